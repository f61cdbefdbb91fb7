"""bench/corefscore.py on the textbook examples, and against scorch where it is installed."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import corefscore  # noqa: E402

# Pradhan et al. 2014 (the reference scorer paper), figure 1 / its worked example:
# key {a b c} {d e f g}; response {a b} {c d} {f g h i}; "e" is missing from the
# response, "h" and "i" are not in the key.
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_muc_reference_example():
    s = corefscore.muc(KEY, RESPONSE)
    assert s.recall == pytest.approx(2 / 5)
    assert s.precision == pytest.approx(2 / 5)


def test_b_cubed_reference_example():
    s = corefscore.b_cubed(KEY, RESPONSE)
    assert s.recall == pytest.approx(5 / 12)  # (2/3 + 2/3 + 1/3 + 1/4 + 0 + 2/4 + 2/4) / 7
    assert s.precision == pytest.approx(1 / 2)  # (1 + 1 + 1/2 + 1/2 + 2/4 + 2/4 + 0 + 0) / 8


def test_ceaf_e_reference_example():
    s = corefscore.ceaf_e(KEY, RESPONSE)
    # best alignment {abc}–{ab}: 2·2/5 and {defg}–{fghi}: 2·2/8, Φ = 1.3
    assert s.recall == pytest.approx(1.3 / 2)
    assert s.precision == pytest.approx(1.3 / 3)


def test_muc_vilain_example():
    # Vilain et al. 1995: key A-B-C-D, response A-B, C-D → R 2/3, P 1.
    s = corefscore.muc([{"A", "B", "C", "D"}], [{"A", "B"}, {"C", "D"}])
    assert (s.recall, s.precision) == (pytest.approx(2 / 3), 1.0)


def test_b_cubed_bagga_baldwin_example():
    # Bagga and Baldwin 1998, figure: key {1-5} {6 7} {8-12}; response {1-5} {6-12}.
    key = [set(range(1, 6)), {6, 7}, set(range(8, 13))]
    response = [set(range(1, 6)), set(range(6, 13))]
    s = corefscore.b_cubed(key, response)
    assert s.recall == pytest.approx(1.0)
    assert s.precision == pytest.approx((5 + 2 * 2 / 7 + 5 * 5 / 7) / 12)


def test_identical_clusterings_score_one():
    s = corefscore.score(KEY, KEY)
    assert s.conll_f1 == pytest.approx(1.0)


def test_singletons_carry_no_muc_link_but_count_elsewhere():
    key = [{"a"}, {"b"}]
    response = [{"a", "b"}]
    assert corefscore.muc(key, response).recall == 0.0
    assert corefscore.b_cubed(key, response).recall == 1.0
    assert corefscore.b_cubed(key, response).precision == 0.5
    assert corefscore.ceaf_e(key, response).recall == pytest.approx(2 / 3 / 2)


def test_mention_in_two_clusters_is_an_error():
    with pytest.raises(ValueError):
        corefscore.muc([{"a", "b"}, {"b"}], [{"a"}])


def test_assignment_beats_greedy():
    # Greedy takes 0.9 and is left with 0.1; the optimum is 0.8 + 0.8.
    assert corefscore._max_assignment([[0.9, 0.8], [0.8, 0.1]]) == pytest.approx(1.6)
    assert corefscore._max_assignment([[0.0, 0.5, 0.2]]) == pytest.approx(0.5)
    assert corefscore._max_assignment([[0.5], [0.7], [0.0]]) == pytest.approx(0.7)


def test_agrees_with_scorch_on_random_clusterings():
    scores = pytest.importorskip("scorch.scores")
    rng = random.Random(7)
    for _ in range(50):
        mentions = list(range(rng.randint(2, 30)))
        key = _random_partition(rng, mentions)
        response = _random_partition(rng, [m for m in mentions if rng.random() < 0.8] + [100 + i for i in range(rng.randint(0, 5))])
        ours = corefscore.score(key, response)
        for name, theirs in (("muc", scores.muc), ("b_cubed", scores.b_cubed), ("ceaf_e", scores.ceaf_e)):
            r, p, _ = theirs(key, response)
            assert getattr(ours, name).recall == pytest.approx(r), name
            assert getattr(ours, name).precision == pytest.approx(p), name


def _random_partition(rng: random.Random, mentions: list) -> list[set]:
    clusters: list[set] = []
    for m in mentions:
        if clusters and rng.random() < 0.6:
            rng.choice(clusters).add(m)
        else:
            clusters.append({m})
    return clusters
