"""'“…,” Sgt. Brannock said', a surname NER did not tag after a dotted title abbreviation, made an
Organization speaker 'Brannock' (one capitalised word with no given name before it); the title
before the name says it is a person's."""

from attribution_helpers import speakers


def test_a_surname_after_a_dotted_title_is_a_person_speaker(nlp):
    text = ("Rescuers worked through the night. \"In my twenty years in this job, this is the worst storm I have "
            "seen,\" Sgt. Brannock said.")
    assert speakers(nlp, text, kinds=True) == [("Brannock", "Person")]


def test_an_untitled_name_without_a_given_name_stays_an_organisation(nlp):
    text = ("Rescuers worked through the night. \"In my twenty years in this job, this is the worst storm we have "
            "seen,\" Brannock Marine said.")
    assert speakers(nlp, text, kinds=True) == [("Brannock Marine", "Organization")]
