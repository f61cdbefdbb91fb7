"""'A woman was killed in a shooting on Sunday. In 2019, three people were shot and killed at a
park nearby' gave one claim, Killed 3, about Sunday's shooting: the toll of the earlier happening
the article recalls was read as the reported event's stated figure, and the woman's death was
dropped as already counted. A figure whose clause is dated weeks before the report counts that
earlier happening: it is kept apart (a part, compared with no other figure) and leaves the
reported event its own count (issue 14 item 5)."""

from datetime import date

from kg.extract import Extractor
from kg.model import Article
from kg.resolve.resolution import resolve


def _resolved(nlp, text):
    article = Article("a0.txt", text, masked=text, date=date(2021, 6, 14))
    return resolve([Extractor()(article, nlp(text))])


def test_the_reported_death_keeps_its_claim_and_the_recalled_toll_its_own_event(nlp):
    found = _resolved(nlp, "A woman was killed in a shooting on Elm Street in Harlow on Sunday. In 2019, three "
                           "people were shot and killed at a park nearby.")
    labels = {actor.key: actor.label for actor in found.actors}
    killed = {c.value: c for c in found.claims if c.measure == "Killed"}
    assert sorted(killed) == [1, 3]
    assert labels[killed[1].affected] == "a woman"
    assert killed[3].event != killed[1].event
    assert not killed[1].conflicts_with


def test_a_toll_dated_in_the_reported_week_is_the_event_s(nlp):
    found = _resolved(nlp, "A woman was killed in a shooting in Harlow on Sunday. On Saturday, three people were "
                           "shot and killed at a park nearby.")
    assert sorted(c.value for c in found.claims if c.measure == "Killed") == [3]


def test_one_person_of_a_recalled_happening_is_no_count_of_the_reported_one(nlp):
    found = _resolved(nlp, "How no one was killed I don't know, the chief said of Sunday's shooting in Harlow. "
                           "Tom Vesk was gunned down in May 2019 during a drive-by shooting nearby.")
    assert [c.value for c in found.claims if c.measure == "Killed"] == [0]
