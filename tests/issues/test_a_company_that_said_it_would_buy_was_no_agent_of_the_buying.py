""""it" and "its" for a company were no mention of it: in "Harwick Media Inc. said on Monday it
would acquire Brightwell Studios" the acquisition had no agent, since "it" named no one (audits
of business news found acquisitions, launches and forecasts without the company that made them,
and MEANTIME marks such pronouns as mentions of the company). An "it" that is the subject or
object of a reporting or planning verb's complement clause, or an "its" in the clause of a
company or a country, now stands for that subject when it is an organisation or a country.
An "it" of an adverbial clause ("after it sold the plant") stays open: it stands for things as
often as for companies."""

from kg.extract import Extractor
from kg.model import COUNTRY, ORGANIZATION, Article
from kg.resolve.actors import Resolver


def extract(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    actors, actor_of = Resolver().resolve_actors([extraction])
    return extraction, actor_of


def named(extraction, name):
    return next(m for m in extraction.entities if m.name == name and not m.pronoun)


def test_the_company_that_said_it_would_acquire_is_the_acquirer(nlp):
    extraction, actor_of = extract(nlp, "Harwick Media Inc. said on Monday it would acquire Brightwell Studios.")
    harwick = named(extraction, "Harwick Media Inc")
    it = [m for m in extraction.entities if m.name == "it"]
    assert [(m.kind, m.refers_to) for m in it] == [(ORGANIZATION, harwick.key)]
    assert actor_of[("a.txt", it[0].key)] == actor_of[("a.txt", harwick.key)]
    acquisition = next(e for e in extraction.events if e.trigger.text == "acquire")
    assert acquisition.agents == [it[0].key]


def test_its_in_a_companys_clause_is_the_company(nlp):
    extraction, _ = extract(nlp, "Tarrow Holdings raised its forecast for the year.")
    its = [m for m in extraction.entities if m.name == "its"]
    assert [m.refers_to for m in its] == [named(extraction, "Tarrow Holdings").key]


def test_a_country_that_said_it_would_send_troops_sends_them(nlp):
    extraction, _ = extract(nlp, "Russia said it would send troops to the region.")
    it = [m for m in extraction.entities if m.name == "it"]
    assert [(m.kind, m.refers_to) for m in it] == [(COUNTRY, named(extraction, "Russia").key)]


def test_it_after_an_adverbial_clause_stays_open(nlp):
    extraction, _ = extract(nlp, "Tarrow Holdings closed the mill after it lost money for a decade.")
    assert not [m for m in extraction.entities if m.name == "it"]


def test_it_said_by_a_person_is_not_the_person(nlp):
    extraction, _ = extract(nlp, "Dana Vole said it would rain on Monday.")
    assert not [m for m in extraction.entities if m.name == "it"]
