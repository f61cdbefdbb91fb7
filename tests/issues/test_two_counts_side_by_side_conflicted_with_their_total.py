"""A part of a count was set against the total: "Three people who had been shot were taken by
ambulance … and two people who had been shot went by private car" (one report) against "Five
people were shot" (another). Figures of one measure and manner side by side in one sentence are
parts of a whole the sentence does not state; marked as parts, they contradict no total."""

import json

from attribution_helpers import extraction
from kg.pipeline.build import build

SIDE_BY_SIDE = ("Three people who had been shot were taken by ambulance to Mercy Hospital and two people who had been "
                "shot went by private car to the hospital.")


def test_counts_side_by_side_are_parts(nlp):
    assert [(int(c.value), c.part) for c in extraction(nlp, SIDE_BY_SIDE)[0].claims] == [(3, "and"), (2, "and")]


def test_a_count_alone_in_its_sentence_is_no_part(nlp):
    assert [(int(c.value), c.part) for c in extraction(nlp, "Five people were shot at a party on Sunday.")[0].claims] \
        == [(5, None)]


def test_the_parts_do_not_conflict_with_another_report_s_total(tmp_path):
    total = {"id": "a", "title": "Five shot at Millbrook party", "date": "2021-03-07",
             "text": "Five people were shot at a party above a bakery on Elm Street in Millbrook early Sunday, "
                     "Police Chief Dana Reyes said."}
    parts = {"id": "b", "title": "Millbrook party shooting", "date": "2021-03-07",
             "text": "Police Chief Dana Reyes said officers were called to a party above a bakery on Elm Street in "
                     "Millbrook early Sunday. " + SIDE_BY_SIDE}
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(article) + "\n" for article in (total, parts)), encoding="utf-8")
    assert [c for c in build([path]).resolved.claims if c.conflicts_with] == []
