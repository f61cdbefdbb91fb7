"""One report gave the toll and a part of it ("Three people were killed … killing two people at
the fire pit"); a second report gave only the part ("killing two people at a fire pit"). The
part's claim, a lead figure in the second report, was set against the toll as a contradiction,
because the rule that one report's two figures count two things asked for the very same
articles. An article that gives both figures says they are both true."""

import json

from kg.pipeline.build import build

FIRST = {"id": "a", "title": "Three killed at Millbrook house party", "date": "2021-03-06",
         "text": "A gunman opened fire at a house party in Millbrook early Saturday, police said. "
                 "Three people were killed and one was wounded. The gunman first fired at a group around "
                 "the fire pit, killing two people, then shot from the roof."}
SECOND = {"id": "b", "title": "Gunman attacks Millbrook party", "date": "2021-03-06",
          "text": "A gunman attacked a house party in Millbrook early Saturday, killing two people, "
                  "then shot from the roof."}


def test_the_part_and_the_toll_of_one_report_do_not_conflict(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in (FIRST, SECOND)), encoding="utf-8")
    claims = build([path]).resolved.claims
    killed = {(c.value, tuple(sorted(c.articles))) for c in claims if c.measure == "Killed"}
    assert (2, ("a", "b")) in killed  # the part, reported by both
    assert [c for c in claims if c.conflicts_with] == []
