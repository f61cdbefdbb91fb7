"""A title that its own sentence ties to a named person went to another article's holder of
the title: "Ryanair CEO, Michael O'Leary, justified his choice by saying, "…"" gave the CEO,
and so the quote, to the Apple CEO named in another article of the build."""

from kg.pipeline.build import build


def test_the_title_stays_with_the_person_its_sentence_names(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Apple shows a new phone\n\nApple CEO Steve Jobs showed the new phone on Monday in San Francisco.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Airline orders five jets\n\nThe airline Ryanair ordered five new jets on Monday. Ryanair CEO, "
        "Michael O'Leary, justified his choice by saying, \"These planes have the lowest operating "
        "cost of any jet in the world today.\"\n", encoding="utf-8")
    resolved = build([tmp_path]).resolved
    label = {a.key: a.label for a in resolved.actors}
    jobs = next(a for a in resolved.actors if a.label == "Steve Jobs")
    assert all(e.source_id.endswith("a.txt") for e in jobs.evidence)
    (quote,) = resolved.quotes
    assert label[quote.speaker] == "Michael O'Leary"
