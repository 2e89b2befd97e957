"""What one request's image uploads cost a worker: wall time and peak memory of preparing the
images (check, decode, re-encode), each case in a fresh process.

    .venv/bin/python bench/images.py

Cases: the six solid 6300 × 6300 PNGs of the security test (678 KiB in all), two within the
per-image limit that exceed the per-request one, six photo-sized JPEGs (6000 × 4000, what a
24-megapixel camera writes) and one 4900 × 4900 PNG.
"""
import io
import multiprocessing
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def solid_png(side: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (side, side), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def photo_jpeg(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.linear_gradient("L").resize((width, height)).convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def _run(files: list[bytes], queue) -> None:
    from werkzeug.datastructures import FileStorage

    from directory import create_app
    from directory.services import uploads
    from directory.services.errors import DomainError

    app = create_app()
    with app.test_request_context():
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        storages = [FileStorage(io.BytesIO(data), f"{n}.img") for n, data in enumerate(files)]
        try:
            prepare = getattr(uploads, "prepare_images", None)  # absent before the limits per request
            result = prepare(storages) if prepare else [uploads.prepare_image(s) for s in storages]
            outcome = f"{len(result)} stored"
        except DomainError as error:
            outcome = f"refused: {error}"
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    queue.put((elapsed, peak / 1024, outcome))


def measure(files: list[bytes]) -> tuple[float, float, str]:
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=_run, args=(files, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    cases = {
        "6 solid PNG 6300x6300": [solid_png(6300)] * 6,
        "3 solid PNG 4900x4900": [solid_png(4900)] * 3,
        "6 JPEG 6000x4000": [photo_jpeg(6000, 4000)] * 6,
        "1 solid PNG 4900x4900": [solid_png(4900)],
    }
    print(f"{'case':24} {'KiB sent':>9} {'seconds':>8} {'peak MiB':>9}  outcome")
    for name, files in cases.items():
        elapsed, peak, outcome = measure(files)
        print(f"{name:24} {sum(map(len, files)) // 1024:9d} {elapsed:8.2f} {peak:9.0f}  {outcome[:60]}")


if __name__ == "__main__":
    main()
