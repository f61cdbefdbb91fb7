"""Trigger words read in a sense that names no event of their class (issue 15, fifth audit's
class, written from invented sentences): a police "release" (a document) was a Retreat, a
phone that "offers the ability" and "a view is offered" were Contracts, "asking God" (a
prayer) a Request, a "press conference" and "an event hosted by" a company Consults, a "formal
protest" before an auditor (an official complaint) a Protest, a "trade war" an Assault.

The lexicon now says which sense is the event's: "offer" is a Contract with a thing dealt, a
sum, a job or a recipient (``offerings``), or with no object ("offered to buy"); hosting an
occasion ("a music event hosted by", ``occasions``) is no Consult; the noun "release" is a Release with whom it
frees (``released``: the "of" object, the possessor or the compound) or a Launch with a
product; a protest that is ``official_complaints`` is an Accuse (CAMEO 114); a prayer's "ask"
is ``not_senses``; and ``fixed_compounds`` name no happening of their words ("trade war") or
one of another class: a press conference is a Statement of whoever holds it or speaks at it."""

import pytest

from event_dates import event_types
from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.model import Article
from kg.nlp.parse import parse


@pytest.mark.parametrize("text, word", [
    ("The boy died on Thursday, according to a release from the city police.", "release"),
    ("The new phone offers the ability to listen to music while messaging.", "offers"),
    ("A contrary view is offered by Dana Whitcombe, a management expert.", "offered"),
    ("A neighbour prayed over the family, asking God to grant them strength.", "asking"),
    ("The announcement came at a special music event hosted by Acme, held in a convention center.", "hosted"),
    ("The two countries have been locked in a trade war since March.", "war"),
])
def test_the_word_in_another_sense_is_no_event_of_its_class(nlp, text, word):
    assert word not in event_types(nlp, text)


@pytest.mark.parametrize("text, word, kind", [
    ("Aerobus challenged the award in a formal protest before the auditor.", "protest", "Accuse"),
    ("They offered him the job on Friday.", "offered", "Contract"),
    ("The company offered $5 billion for its rival.", "offered", "Contract"),
    ("The club offered a new contract to the striker.", "offered", "Contract"),
    ("Ruritania has again offered its troops to the new president.", "offered", "Contract"),
    ("The company offered to buy its rival.", "offered", "Contract"),
    ("Ruritania hosted the Freedonian president in its capital.", "hosted", "Consult"),
    ("His release from prison came on Monday.", "release", "Release"),
    ("The prisoner release took place at dawn.", "release", "Release"),
    ("The rebels demanded the release of the hostages.", "release", "Release"),
    ("The band announced the release of the album.", "release of the album", "Launch"),
    ("Thousands joined the protest in the capital.", "protest", "Protest"),
    ("The minister asked the government to resign.", "asked", "Request"),
])
def test_the_event_sense_stays_an_event_of_its_class(nlp, text, word, kind):
    assert event_types(nlp, text).get(word) == kind


@pytest.mark.parametrize("text, trigger, speaker", [
    ("In a July 16 press conference, Smith said every buyer would get a free case.", "press conference", "Smith"),
    ("Mayor Anna Berg held a news conference on Monday.", "news conference", "Anna Berg"),
])
def test_a_press_conference_is_a_statement_of_its_speaker(nlp, text, trigger, speaker):
    article = clean(Article("a", text))
    (_, doc), = parse(nlp, [article])
    extraction = Extractor()(article, doc)
    names = {m.key: m.name for m in extraction.entities}
    events = {event.trigger.text: event for event in extraction.events}
    assert events[trigger].type == "Statement"
    assert speaker in {names[key] for key in events[trigger].agents}
