"""An article told of two shootings on two streets of one city on no named day ("A man was shot
on Maple Avenue in Millbrook. Later, a woman was shot on Pine Street in Millbrook."): sharing
the city and the word, they made one node with both victims and both streets (issue 15, audits'
class "mentions of other happenings merged into a node", written as an invented article). Two
streets of other names hold neither the other: within one article, mentions placed on them are
two happenings (``street_of``, ``_streets_agree``); one at a corner of two streets is on both."""

import json

from kg.pipeline.build import build


def shootings(tmp_path, text: str) -> list[set[str]]:
    """The places of each shooting node of an article, below the city."""
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "a", "title": "Millbrook news", "date": "2021-03-10", "text": text}) + "\n",
                    encoding="utf-8")
    return sorted((e.places - {"place/millbrook-usa"} for e in build([path]).resolved.events
                   if e.type == "Shooting"), key=sorted)


def test_shootings_on_two_streets_are_two(tmp_path):
    assert shootings(tmp_path, "A man was shot on Maple Avenue in Millbrook. "
                               "Later, a woman was shot on Pine Street in Millbrook. Police are investigating.") \
        == [{"place/maple-avenue"}, {"place/pine-street"}]


def test_a_street_written_short_is_the_same_street(tmp_path):
    assert shootings(tmp_path, "A man was shot on Maple Avenue in Millbrook. "
                               "Police said the man was shot on Maple Ave. in Millbrook after an argument.") \
        == [{"place/maple-avenue", "place/maple-ave"}]  # one node, with both spellings
