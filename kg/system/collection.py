"""Pausing Python's cyclic garbage collector around a step that makes objects, not garbage.

Python runs a full collection each time the objects that survived younger
collections grow by a quarter, walking every object still alive. A step that
builds a large, long-lived structure (the gazetteer, the resolved nodes of a
whole build) triggers many such walks over objects that are all still in use:
about a third of resolution's CPU time on 4,000 articles. Reference counting
still frees what is no longer referenced while the collector is paused; only
reference cycles wait for the collection made when the pause ends.

Ending a pause without collecting does not spare the walk: the next young
collection, at the first allocations after it, walks every object the block
made (about 0.1 s after resolving and mapping 300 articles). A block whose
objects live as long as the process, or as the result a caller keeps (the
pipeline, the gazetteer, the resolved nodes and rows of a build), freezes them
out of the collector instead (``freeze``): reference counting still frees them
when they are dropped; only a reference cycle among them is never collected.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused(collect: bool = True, freeze: bool = False) -> Iterator[None]:
    """Run the block with the cyclic collector off; afterwards it is as it was, and collects
    once if ``collect``. With ``freeze``, every object alive (what the block made included) is
    frozen out of the collector (``gc.freeze``) before it comes back, and nothing is collected."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()
            if collect and not freeze:
                gc.collect()
