"""A company's acronym in brackets right after its name became a second organisation: "Singapore
Airlines (SIA)" gave Singapore Airlines and SIA, since S-I-A are not the initials of the name."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def test_the_bracketed_acronym_takes_the_name_before_it(nlp):
    text = ("The Prime Minister applauded Singapore Airlines (SIA), the recipient carrier. He said the "
            "landing was a milestone for SIA.")
    names = {m.span.text: m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text))}
    assert names["SIA"] == "Singapore Airlines"
    assert names["Singapore Airlines"] == "Singapore Airlines"


def test_an_acronym_of_other_letters_stays_its_own_name(nlp):
    text = "The Prime Minister applauded Singapore Airlines (NATO) on Monday."
    names = {m.span.text: m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text))}
    assert names["NATO"] == "NATO"
