"""An official whose title names an organisation ("Brindle CEO Tom Harl said …") was a speaker with
no link to the organisation: a query for what the organisation's people said missed them. The
person is now `kg:memberOf` the organisation the text names (kg/extract/offices.py,
kg/resolve/members.py); none is invented, and a spokesperson's noun gives `kg:spokesFor`."""

import pytest

from kg.extract import Extractor
from kg.model import Article
from kg.rdf.mapping import to_graph
from kg.rdf.vocab import KG
from kg.resolve.resolution import resolve

MEMBERS = """SELECT ?person ?body WHERE { ?p kg:memberOf ?b . ?p rdfs:label ?person . ?b rdfs:label ?body }"""
SPOKES = """SELECT ?person ?body WHERE { ?p kg:spokesFor ?b . ?p rdfs:label ?person . ?b rdfs:label ?body }"""


def graph_of(nlp, text):
    article = Article(source_id="a1", text=text)
    return to_graph(resolve([Extractor()(article, nlp(article.masked))]))


def pairs(graph, query):
    return {(str(person), str(body)) for person, body in graph.query(query, initNs={"kg": KG})}


@pytest.mark.parametrize("text, member, body", [
    ('Brindle CEO Tom Harl said "we will ship the phone in May."', "Tom Harl", "Brindle"),
    ('Norvania\'s Minister of Health Piet Kalder said "we will open twenty new clinics."', "Piet Kalder", "Norvania"),
    ('Police Chief Ann Ross of the Elmford Police Department said "the road is closed."',
     "Ann Ross", "Elmford Police Department"),
    ('Tom Harl, the chief executive of Brindle Foods, said "we will ship the phone in May."',
     "Tom Harl", "Brindle Foods"),
    ('The Harbour Commission backed the deal. Harbour Commissioner for Trade Lena Vrost said '
     '"the markets are open."', "Lena Vrost", "Harbour Commission"),
])
def test_an_official_is_a_member_of_the_organisation_the_title_names(nlp, text, member, body):
    graph = graph_of(nlp, text)
    assert pairs(graph, MEMBERS) == {(member, body)}
    assert pairs(graph, SPOKES) == set()


def test_the_quote_of_a_member_is_found_from_the_organisation(nlp):
    graph = graph_of(nlp, 'Brindle CEO Tom Harl said "we will ship the phone in May."')
    rows = graph.query('SELECT ?text WHERE { ?q kg:speaker/kg:memberOf ?b ; kg:text ?text . ?b rdfs:label "Brindle" }',
                       initNs={"kg": KG})
    assert [str(text) for (text,) in rows] == ["we will ship the phone in May."]


def test_a_named_spokeswoman_with_her_employer_before_her_name_speaks_for_it(nlp):
    graph = graph_of(nlp, 'Sheriff\'s Office spokeswoman Ann Ross said "the road is closed."')
    assert pairs(graph, SPOKES) == {("Ann Ross", "Sheriff's Office")}
    assert pairs(graph, MEMBERS) == set()


@pytest.mark.parametrize("text", [
    'Former Brindle CEO Tom Harl said "we will ship the phone in May."',  # no longer in office
    'CEO Tom Harl said "we will ship the phone in May." Brindle shares fell.',  # the title names no one
    'Tom Harl said Brindle would ship the phone in May.',  # no title at all
    'Harbour Commissioner for Trade Lena Vrost said "the markets are open."',  # the Commission not named
])
def test_no_organisation_the_title_does_not_name_is_linked(nlp, text):
    assert pairs(graph_of(nlp, text), MEMBERS) == set()
