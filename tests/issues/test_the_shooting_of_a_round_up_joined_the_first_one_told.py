"""In an article telling of several happenings of one class (a round-up of a city's shootings, a
killing with a recap of an earlier one), a noun naming one without telling which ("the
shooting", "the killing") joined the node the article told of first or most, not the one just
told of: the two shootings (or killings) mixed their mentions, and a node took its words from
another incident (issue 15, audits' class "mentions of other happenings merged into a node",
written as invented articles). Such a noun now joins the compatible node holding its article's
mention nearest before it, its antecedent, when the node it would join by evidence is another
happening (another day, street or victim: ``_antecedent_or``)."""

import json

from kg.pipeline.build import build


def nodes(tmp_path, text: str) -> dict[str, set[int]]:
    """The event nodes of one article: each node's class and first trigger's offset → the offsets
    of its triggers."""
    path = tmp_path / "news.jsonl"
    article = {"id": "a", "title": "Millbrook news", "date": "2021-03-10", "text": text}
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    return {f"{e.type}@{e.evidence[0].span.start}": {ev.span.start for ev in e.evidence}
            for e in build([path]).resolved.events}


def test_the_shooting_after_the_second_of_two_shootings_is_the_second(tmp_path):
    text = ("A man was shot on Friday on Maple Avenue in Millbrook. "
            "On Wednesday, two teenagers were shot on Pine Street in Millbrook. "
            "The shooting happened outside a school.")
    first, second, noun = text.index("shot on Friday"), text.index("shot on Pine"), text.index("shooting")
    made = nodes(tmp_path, text)
    assert made[f"Shooting@{first}"] == {first}
    assert made[f"Shooting@{second}"] == {second, noun}


def test_the_killing_after_a_recap_of_an_earlier_killing_is_the_earlier_one(tmp_path):
    text = ("Ana Ruiz was shot dead on Monday on Elm Street in Millbrook, police said. "
            "Police said the killing was the third in the city this year. "
            "On January 4, Ben Cole was killed on Oak Road in Millbrook. "
            "Detectives have made no arrests in the killing.")
    ruiz, cole = text.index("shot dead"), text.index("killed on Oak")
    her_killing, his_killing = text.index("killing was"), text.index("killing.")
    made = nodes(tmp_path, text)
    assert made[f"Kill@{ruiz}"] == {ruiz, her_killing}
    assert made[f"Kill@{cole}"] == {cole, his_killing}
