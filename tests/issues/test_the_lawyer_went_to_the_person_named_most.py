"""'The lawyer of the family released a statement … The lawyer, Mark Jadd, said …': the first
"lawyer" went to the victim the article names most (the fallback for a description by role),
though the next sentence ties that role noun to Mark Jadd; a role noun the article ties to one
named person close by is that person's."""

from described_people_helpers import resolved


def _evidence(found, label):
    return [e.span.text for e in next(a for a in found.actors if a.label == label).evidence]


def test_a_role_noun_tied_to_a_name_close_by_is_that_person(nlp):
    text = ("Tomas Brell was shot by police on Monday. Tomas Brell was unarmed, and Tomas Brell had a family. "
            "The lawyer of the family released a statement today. "
            "The lawyer, Mark Jadd, said that the family is demanding an investigation.")
    found, _ = resolved(nlp, text)
    assert _evidence(found, "Mark Jadd").count("lawyer") == 2
    assert "lawyer" not in _evidence(found, "Tomas Brell")
