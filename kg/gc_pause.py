"""The cyclic garbage collector paused around work that makes many short-lived objects.

Making and checking article graphs, or laying out the explorer's graph, creates tens of
thousands of terms, tuples and sets that reference counting frees as soon as the work is
done. The collections they trigger meanwhile each walk every object still alive (the
per-word caches, the documents of a batch): a fifth of the time of making and checking
graphs, and a quarter of the explorer's layout. What survives is examined once, by the
next collection after the pause.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
    """Pause the cyclic collector; restore it as it was (a caller's own pause is kept),
    even on an error."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
