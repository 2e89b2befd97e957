"""Garbage collection between units of work (a request, a job), never in the middle of one.

Python 3.11 crashed gunicorn workers (SIGSEGV): an automatic collection that starts while an
object's __dict__ is being built from its attribute values runs weakref callbacks (SQLAlchemy's
InstanceState._cleanup) that build a second dict on the same values, and the two then free each
other's memory (bench/README.md, "The worker crash"). A process that runs the app for long (a
gunicorn worker, `flask jobs worker`) turns the automatic collector off and calls
`collect_if_due` between units instead: collections then start only from Python code, where no
such build is under way. Memory is collected as before: the collector's own thresholds decide.

What is alive once the app is loaded (modules, the app, ~160,000 objects) lives as long as the
process, yet a full collection walked all of it: 80-110 ms, one in every few dozen searches of
the million-listing benchmark (bench/README.md, "A million listings on a quiet machine").
`leave_loaded_out` moves it out of the collector's reach (gc.freeze), so a full collection
scans only what requests left behind: ~1 ms.
"""
import gc


def collect_between_units() -> None:
    """From now on this process collects only when `collect_if_due` is called."""
    gc.disable()


def leave_loaded_out() -> None:
    """Everything alive now is left out of every later collection (called once the app is loaded)."""
    gc.freeze()


def collect_if_due() -> None:
    """Collect the generations the automatic collector would have: the oldest one over its threshold."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
    if due:
        gc.collect(max(due))
