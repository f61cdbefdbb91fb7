"""How many of the machine's cores other processes are using right now.

The load average answers that only for the last minute, and late: a job that
ended seconds ago still counts for most of a core. A build decides whether to
start a helper process a fraction of a second after it starts, so it measures
instead: the system's idle CPU time and this process's own CPU time over the
time since a mark taken when the build began (psutil reads them from the
operating system). Whatever is neither idle nor this process is the others'.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

import psutil

# A window shorter than this says little: the counters tick every 10 ms per core.
MIN_WINDOW = 0.1


@dataclass(frozen=True)
class CpuMark:
    """The counters at one moment: wall-clock seconds, the system's idle CPU seconds (all
    cores) and this process's CPU seconds."""

    wall: float
    idle: float
    own: float


def cpu_mark() -> CpuMark:
    return CpuMark(time.monotonic(), psutil.cpu_times().idle, time.process_time())


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def others_busy(since: CpuMark, now: CpuMark | None = None) -> float | None:
    """Cores the other processes kept busy, on average, between ``since`` and ``now`` (default:
    this moment); None if the window is too short to tell (:data:`MIN_WINDOW`)."""
    now = cpu_mark() if now is None else now
    window = now.wall - since.wall
    if window < MIN_WINDOW:
        return None
    total = psutil.cpu_count() or usable_cores()
    idle = (now.idle - since.idle) / window
    own = (now.own - since.own) / window
    return max(0.0, total - idle - own)


def load_average() -> float:
    """The last minute's load average (0.0 where the system has none)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # not on Unix
        return 0.0
