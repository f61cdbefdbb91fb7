"""'The family of Halvard demand an investigation' after 'Halvard Quirke': the tagger read the bare
given name as an organisation there, and it stayed an organisation of its own. A given name the
name list does not know, that begins the article's one full person name of it, is that person's
whatever the tagger typed it, when no place or country has that name and no frame says otherwise."""

from described_people_helpers import resolved


def test_a_bare_given_name_typed_an_organisation_joins_the_person(nlp):
    text = ("We represent the family of Halvard Quirke, a young man who was shot by police. "
            "The family of Halvard demand an investigation conducted by an independent agency.")
    found, _ = resolved(nlp, text)
    person = next(a for a in found.actors if a.label == "Halvard Quirke")
    assert [e.span.text for e in person.evidence if e.span.text.startswith("Halvard")] == ["Halvard Quirke", "Halvard"]
    assert not any(a.kind == "Organization" and a.label == "Halvard" for a in found.actors)

