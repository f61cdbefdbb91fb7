"""Mentions by character offsets: those overlapping a stretch of text, without scanning them all.

Extractors ask, for word after word, which mentions (or which quoted stretches:
``Ranges``) cover it; a scan of every one per question is quadratic on a long article. The index finds them by
bisection on the start offsets (a mention that overlaps ``[start, end)``
starts before ``end`` and at most the longest mention's length before
``start``) and returns them in the order they were given.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from kg.model import EntityMention


class MentionsByOffset:
    def __init__(self, mentions: Sequence[EntityMention]) -> None:
        self.mentions = list(mentions)
        order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].span.start)
        self._order = order
        self._starts = [self.mentions[i].span.start for i in order]
        self._ends = [self.mentions[i].span.end for i in order]
        self._longest = max((m.span.end - m.span.start for m in self.mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[EntityMention]:
        """The mentions with ``m.span.start < end and start < m.span.end``, in the order given."""
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        if low >= high:
            return []  # most words: asked tens of thousands of times in 300 articles
        ends, order = self._ends, self._order
        found = sorted(order[k] for k in range(low, high) if start < ends[k])
        return [self.mentions[i] for i in found]


class Ranges:
    """Half-open character ranges ``[start, end)``, asked whether any covers an offset or starts
    in a stretch, by bisection on their starts rather than by a scan of them all (a long article
    asks about its quoted stretches word after word)."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self._starts = [start for start, _ in self.ranges]
        self._reach, furthest = [], None  # the furthest end among the ranges up to each one
        for _, end in self.ranges:
            furthest = end if furthest is None else max(furthest, end)
            self._reach.append(furthest)

    def covers(self, offset: int) -> bool:
        """Whether some range has ``start <= offset < end``."""
        before = bisect_right(self._starts, offset)
        return before > 0 and self._reach[before - 1] > offset

    def starts_within(self, begin: int, end: int) -> bool:
        """Whether some range has ``begin <= start < end``."""
        first = bisect_left(self._starts, begin)
        return first < len(self._starts) and self._starts[first] < end

    def first_start_inside(self, begin: int, end: int) -> int | None:
        """The smallest start of a range with ``begin < start < end <= its end``, or None."""
        i = bisect_right(self._starts, begin)
        while i < len(self.ranges) and self.ranges[i][0] < end:
            if self.ranges[i][1] >= end:
                return self.ranges[i][0]
            i += 1
        return None

    def holds(self, begin: int, end: int) -> bool:
        """Whether some range has ``start <= begin and end <= its end``."""
        before = bisect_right(self._starts, begin)
        return before > 0 and self._reach[before - 1] >= end
