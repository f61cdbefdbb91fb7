"""Coreference scores: MUC, B³, CEAF-e and their mean, the CoNLL F1.

A clustering is a list of sets of mention ids. Key (gold) and response
(system) may hold different mentions: a response mention the key lacks
("twinless") lowers precision, a key mention the response lacks lowers
recall, as in the reference scorer (Pradhan et al. 2014, "Scoring
Coreference Partitions of Predicted Mentions: A Reference Implementation").

- MUC (Vilain et al. 1995): links. Recall = Σ_K (|K| − |p(K)|) / Σ_K (|K| − 1),
  where p(K) is the partition of K by the response clusters, a mention the
  response lacks counting as a part of its own; precision swaps the roles.
  Singletons carry no link and count for nothing.
- B³ (Bagga and Baldwin 1998): per mention. Recall = Σ_K Σ_R |K∩R|² / |K|
  over Σ_K |K|; precision = the same sum over Σ_R |R|.
- CEAF-e (Luo 2005): entities. φ4(K, R) = 2|K∩R| / (|K| + |R|); the best
  one-to-one alignment of key and response entities (Kuhn–Munkres) gives
  Φ; recall = Φ / |key|, precision = Φ / |response|.
- CoNLL F1 = the mean of the three F1 (Pradhan et al. 2011).

Written here rather than taken from PyPI: ``scorch`` (the one maintained
re-implementation of the reference scorer) needs scipy, which the project
does not otherwise install; ``tests/test_corefscore.py`` checks these
functions on the textbook examples and against scorch where it is installed.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

Clusters = Sequence[set[Hashable]]


@dataclass(frozen=True)
class PRF:
    recall: float
    precision: float

    @property
    def f1(self) -> float:
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0


def _clean(clusters: Iterable[Iterable[Hashable]]) -> list[set[Hashable]]:
    out = [set(c) for c in clusters if c]
    seen: set[Hashable] = set()
    for cluster in out:
        if cluster & seen:
            raise ValueError(f"a mention is in two clusters: {sorted(map(str, cluster & seen))}")
        seen |= cluster
    return out


def _muc_side(key: list[set], response: list[set]) -> float:
    owner = {m: i for i, cluster in enumerate(response) for m in cluster}
    numerator = denominator = 0
    for cluster in key:
        parts = {owner.get(m, ("alone", m)) for m in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator / denominator if denominator else 0.0


def muc(key: Clusters, response: Clusters) -> PRF:
    key, response = _clean(key), _clean(response)
    return PRF(_muc_side(key, response), _muc_side(response, key))


def _b_cubed_side(key: list[set], response: list[set]) -> float:
    owner = {m: i for i, cluster in enumerate(response) for m in cluster}
    total = sum(len(cluster) for cluster in key)
    score = 0.0
    for cluster in key:
        overlaps: dict[int, int] = {}
        for m in cluster:
            if m in owner:
                overlaps[owner[m]] = overlaps.get(owner[m], 0) + 1
        score += sum(n * n for n in overlaps.values()) / len(cluster)
    return score / total if total else 0.0


def b_cubed(key: Clusters, response: Clusters) -> PRF:
    key, response = _clean(key), _clean(response)
    return PRF(_b_cubed_side(key, response), _b_cubed_side(response, key))


def ceaf_e(key: Clusters, response: Clusters) -> PRF:
    key, response = _clean(key), _clean(response)
    if not key or not response:
        return PRF(0.0, 0.0)
    owner = {m: j for j, cluster in enumerate(response) for m in cluster}
    similarity = [[0.0] * len(response) for _ in key]
    for i, cluster in enumerate(key):
        for m in cluster:
            if m in owner:
                j = owner[m]
                similarity[i][j] += 1
        for j, shared in enumerate(similarity[i]):
            if shared:
                similarity[i][j] = 2 * shared / (len(cluster) + len(response[j]))
    best = _max_assignment(similarity)
    return PRF(best / len(key), best / len(response))


def _max_assignment(weights: list[list[float]]) -> float:
    """The largest total weight of a one-to-one assignment of rows to columns (Kuhn–Munkres).

    Only rows and columns with a non-zero weight can contribute, so the
    problem is cut down to them before the O(n³) Hungarian algorithm runs.
    """
    rows = [i for i, row in enumerate(weights) if any(row)]
    cols = sorted({j for i in rows for j, w in enumerate(weights[i]) if w})
    if not rows:
        return 0.0
    transpose = len(rows) > len(cols)
    if transpose:
        matrix = [[weights[i][j] for i in rows] for j in cols]
    else:
        matrix = [[weights[i][j] for j in cols] for i in rows]
    n, m = len(matrix), len(matrix[0])  # n <= m
    # Minimise cost = -weight; potentials u (rows), v (columns); p[j] = row matched to column j (1-based).
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -matrix[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return sum(matrix[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


@dataclass(frozen=True)
class CorefScores:
    muc: PRF
    b_cubed: PRF
    ceaf_e: PRF

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


def score(key: Clusters, response: Clusters) -> CorefScores:
    return CorefScores(muc(key, response), b_cubed(key, response), ceaf_e(key, response))


def clusters_of(assignment: dict[Hashable, Hashable]) -> list[set[Hashable]]:
    """Mention → entity id, as a list of clusters."""
    grouped: dict[Hashable, set[Hashable]] = {}
    for mention, entity in assignment.items():
        grouped.setdefault(entity, set()).add(mention)
    return list(grouped.values())
