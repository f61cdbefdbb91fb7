"""'A man, a woman and a boy were shot' gave a shooting with no target: the parser hangs "a woman"
as an apposition of "a man" (and "a boy" as its conjunct), so the three were read as one man
described twice, a description that gets no mention. Two common nouns each with an indefinite
article, the second with a conjunct, are a list of people (``kg.extract.syntax.listed_apposition``);
a bare noun joined to a described person ("a man, woman and girl") shares its article."""

from described_people_helpers import resolved


def targets(nlp, text: str, kind: str) -> list[str]:
    found, label = resolved(nlp, text)
    event = next(e for e in found.events if e.type == kind)
    return sorted(label[t] for t in event.targets)


def test_three_people_listed_with_their_articles_are_the_three_targets(nlp):
    assert targets(nlp, "A man, a woman and a boy were shot in Millbrook on Sunday night.", "Shooting") == [
        "a boy", "a man", "a woman"]


def test_nouns_sharing_the_first_article_are_targets_too(nlp):
    assert targets(nlp, "A man, woman and 9-year-old girl were shot by a gunman in Millbrook on Sunday.",
                   "Shooting") == ["9-year-old girl", "a man", "woman"]


def test_a_description_in_apposition_is_still_no_second_person(nlp):
    found, label = resolved(nlp, "Tom Vell, a local teacher, was shot in Millbrook on Sunday.")
    shooting = next(e for e in found.events if e.type == "Shooting")
    assert [label[t] for t in shooting.targets] == ["Tom Vell"]
