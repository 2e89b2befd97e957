"""Garbage collection between units of work (a request, a job), never in the middle of one.

Python 3.11 crashed gunicorn workers (SIGSEGV): an automatic collection that starts while an
object's __dict__ is being built from its attribute values runs weakref callbacks (SQLAlchemy's
InstanceState._cleanup) that build a second dict on the same values, and the two then free each
other's memory (bench/README.md, "The worker crash"). A process that runs the app for long (a
gunicorn worker, `flask jobs worker`) turns the automatic collector off and calls
`collect_if_due` between units instead: collections then start only from Python code, where no
such build is under way. Memory is collected as before: the collector's own thresholds decide.
"""
import gc


def collect_between_units() -> None:
    """From now on this process collects only when `collect_if_due` is called."""
    gc.disable()


def collect_if_due() -> None:
    """Collect the generations the automatic collector would have: the oldest one over its threshold."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
    if due:
        gc.collect(max(due))
