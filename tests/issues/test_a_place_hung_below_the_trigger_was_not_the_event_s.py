"""Places the parser hangs away from the trigger's own phrases were lost: "shot by a gunman in
Millbrook" (the place on the "by" of the passive), "outside a bar located in the Elmwood Plaza"
(on a participle describing a phrase's object), "were wounded when a gunman opened fire in
Millbrook" (in the clause that says when), "opened fire in Millbrook, killing two" (in the clause
a participle adds a consequence to). Phrases of "in", "at", "on"… there tell where the
event happened; they give places only, never targets."""

from described_people_helpers import resolved


def places(nlp, text: str, kind: str) -> list[str]:
    found, label = resolved(nlp, text)
    event = next(e for e in found.events if e.type == kind)
    return sorted(label[p] for p in event.places)


def test_the_place_on_the_agent_of_a_passive(nlp):
    assert "Millbrook" in places(nlp, "A woman was shot by a masked man in Millbrook, Ohio, on Sunday.", "Shooting")


def test_the_place_a_participle_locates_a_phrase_s_object_in(nlp):
    assert "Elmwood Plaza" in places(
        nlp, "Two men were shot outside a bar located in the Elmwood Plaza on Sunday.", "Shooting")


def test_the_place_of_the_clause_that_says_when(nlp):
    assert "Millbrook" in places(nlp, "Three people were wounded when a gunman opened fire in Millbrook, Ohio.",
                                 "Injure")


def test_what_the_one_by_whom_wears_is_neither_place_nor_target(nlp):
    found, label = resolved(nlp, "A woman was shot by a man in a red coat in Millbrook, Ohio.")
    shooting = next(e for e in found.events if e.type == "Shooting")
    assert sorted(label[p] for p in shooting.places) == ["Millbrook", "Ohio"]
    assert [label[t] for t in shooting.targets] == ["a woman"]
    assert [label[a] for a in shooting.agents] == ["a man"]


def test_a_consequence_told_by_a_participle_happened_where_its_clause_did(nlp):
    assert "Millbrook" in places(nlp, "A gunman opened fire at a bar in Millbrook, Ohio, killing two people.", "Kill")
