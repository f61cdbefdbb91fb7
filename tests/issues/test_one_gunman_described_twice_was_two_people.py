"""One gunman was two or three people: in "Six people were shot by an unknown man … Witnesses say
a man in a gray hoodie opened fire into the crowd … Police have not arrested the gunman", each
indefinite description made a new person, and "the gunman" a third, since the article had
described two people on the side of the ones who harm. An indefinite description of the one who
did an assault is the person described before as doing an assault of the same kind, at no other
place or date, unless a named person did one or words set them apart; two shootings at two
places keep their two men."""

from described_people_helpers import resolved


def _people(found) -> list[list[str]]:
    return sorted([e.span.text for e in a.evidence] for a in found.actors if a.kind == "Person")


def test_the_unknown_man_the_man_in_a_hoodie_and_the_gunman_are_one(nlp):
    found, _ = resolved(nlp, "Six people were shot by an unknown man at a block party in Corbridge on Saturday. "
                             "Witnesses say a man in a gray hoodie opened fire into the crowd. Police have not "
                             "arrested the gunman.")
    assert ["an unknown man", "a man", "gunman"] in _people(found)


def test_two_shootings_at_two_places_keep_two_men(nlp):
    found, _ = resolved(nlp, "A man shot a woman on Elm Street in Corbridge on Monday. On Tuesday, a man opened "
                             "fire at a bar on Oak Street in Dunmore.")
    men = [mentions for mentions in _people(found) if mentions[0].lower() == "a man"]
    assert len(men) == 2


def test_a_second_man_stays_apart(nlp):
    found, _ = resolved(nlp, "A man opened fire at a bar in Corbridge on Saturday. A second man shot at the "
                             "crowd.")
    assert not any("A second man" in mentions and "A man" in mentions for mentions in _people(found))
