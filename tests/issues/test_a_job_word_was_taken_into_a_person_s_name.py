"""A job word was taken into a person's name: the tagger reads "Receptionist Marta Olsen" as one
PERSON, and the extractor named her 'Receptionist Marta Olsen'; "Hotel Receptionist Marta Olsen"
made an organisation 'Hotel Receptionist'. Jobs of kg/data/person_roles.yaml (`jobs`) are cut
from the front of a name; a tagged organisation ending in one right before a person's name is her
job, no actor, unless a word of it heads an institution ("Elmford Police")."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return [m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal]


def test_the_job_before_a_name_is_no_part_of_it(nlp):
    text = "According to Receptionist Marta Olsen, the gunman fled."
    assert [e.text for e in nlp(text).ents] == ["Receptionist Marta Olsen"]  # the tagger's reading
    assert names(nlp, text) == ["Marta Olsen"]


def test_a_job_tagged_an_organisation_is_no_actor(nlp):
    text = "Hotel Receptionist Marta Olsen told police she heard shots."
    assert ("Hotel Receptionist", "ORG") in [(e.text, e.label_) for e in nlp(text).ents]
    found = names(nlp, text)
    assert "Hotel Receptionist" not in found and "Marta Olsen" in found
