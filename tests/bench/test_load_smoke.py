"""bench/load.py keeps working: a short run at a tiny size on SQLite, every phase, no errors."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # make test-fast leaves it out

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (make test installs it)")
def test_load_benchmark_runs_and_reports_ratios(tmp_path):
    command = [sys.executable, "bench/load.py", "--size", "200", "--database", "sqlite", "--duration", "1",
               "--warmup", "0", "--connections", "4", "--workers", "1", "--single-requests", "2",
               "--urls", "300", "--data-dir", str(tmp_path)]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    out = run.stdout

    assert "single client, sqlite, 200 listings" in out
    for kind in ("home", "search", "enterprise", "offering", "api", "workspace", "inbox", "thread", "dashboard"):
        assert re.search(rf"^  {kind} .*\s0$", out, re.M), f"{kind}: no row or errors in single-client mode\n{out}"
    for mix in ("anonymous", "signed-in"):
        line = re.search(rf"^ratio {mix} mix / minimal Flask endpoint .*: ([\d.]+)% .*errors (\d+)$", out, re.M)
        assert line, out
        assert float(line.group(1)) > 0 and line.group(2) == "0", line.group(0)
    assert re.search(r"^minimal Flask endpoint, .*errors 0$", out, re.M)
    assert re.search(r"^bare WSGI endpoint, .*errors 0$", out, re.M)
