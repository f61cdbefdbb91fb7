"""'…, Ann Lee, the mayor of Millbrook, who said it "…"' gave a quote with no speaker: the subject
of the cue is "who", which no mention covers. A relative pronoun stands for the noun its clause
modifies, for quotes and for figures ("the sheriff, who said three were killed")."""

from attribution_helpers import attributions, extraction


def test_who_said_is_the_person_the_clause_describes(nlp):
    found, by_key = attributions(nlp, 'The plan was criticised by Ann Lee, the mayor of Millbrook, who said it '
                                      '"will cost the town far too much money."')
    assert [by_key[a.speaker].name if a.speaker else None for a in found] == ["Ann Lee"]


def test_who_said_is_the_source_of_a_figure(nlp):
    found, by_key = extraction(nlp, "The blast was described by Sheriff Tom Hale, who said three workers were killed.")
    killed = next(c for c in found.claims if c.measure == "Killed")
    assert killed.attributed_to is not None and by_key[killed.attributed_to].name == "Tom Hale"
