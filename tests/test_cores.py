"""What other processes use of the machine, measured between two marks (kg.system.cores)."""

from kg.system import cores
from kg.system.cores import CpuMark, others_busy


def test_what_is_neither_idle_nor_this_process_is_the_others(monkeypatch):
    monkeypatch.setattr(cores.psutil, "cpu_count", lambda: 4)
    start = CpuMark(wall=10.0, idle=100.0, own=5.0)
    # Over 2 s the four cores were idle 3 s in all and this process ran 2 s: the others used 3 s, 1.5 cores.
    assert others_busy(start, CpuMark(wall=12.0, idle=103.0, own=7.0)) == 1.5


def test_a_window_too_short_to_measure_tells_nothing():
    start = CpuMark(wall=10.0, idle=100.0, own=5.0)
    assert others_busy(start, CpuMark(wall=10.05, idle=100.1, own=5.05)) is None

