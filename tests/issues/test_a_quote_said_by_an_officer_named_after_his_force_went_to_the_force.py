"""'"…," said Elmford Police Sgt. Tom Brell' gave the quote to the force ('Elmford Police'), not
to the sergeant: the parse ends the sentence at the title's full stop and makes "Sgt" the verb's
subject, with the force's name as its compounds. A title's dotted abbreviation (titles.yaml)
before a name now hands the quote to the person named right after it, who is `kg:memberOf` the
force the title phrase names ("Cpt." is read as a captain's abbreviation too)."""

import pytest

from attribution_helpers import graph as graph_of, rows

SPEAKERS = """SELECT ?text ?speaker WHERE { ?q kg:speaker ?s ; kg:text ?text . ?s rdfs:label ?speaker }"""
MEMBERS = """SELECT ?person ?body WHERE { ?p kg:memberOf ?b . ?p rdfs:label ?person . ?b rdfs:label ?body }"""


def labels(graph):
    return {label for (label,) in rows(graph, "SELECT ?l WHERE { ?a a kg:Actor ; rdfs:label ?l }")}


@pytest.mark.parametrize("title", ["Sgt.", "Lt.", "Det."])
def test_the_officer_after_the_force_speaks(nlp, title):
    graph = graph_of(nlp, f'"If you keep a gun at home, lock it up," said Elmford Police {title} Tom Brell. '
                          '"Children find them."')
    assert rows(graph, SPEAKERS) == {("If you keep a gun at home, lock it up", "Tom Brell"),
                                     ("Children find them.", "Tom Brell")}


def test_the_officer_is_a_member_of_the_force_the_title_names(nlp):
    graph = graph_of(nlp, '"If you keep a gun at home, lock it up," said Elmford Police Sgt. Tom Brell.')
    assert rows(graph, MEMBERS) == {("Tom Brell", "Elmford Police")}


def test_a_captain_abbreviated_cpt_is_no_actor_and_speaks(nlp):
    graph = graph_of(nlp, '"We found the car near the river," said Cpt. Ann Lark of the Elmford Police Department.')
    assert rows(graph, SPEAKERS) == {("We found the car near the river", "Ann Lark")}
    assert rows(graph, MEMBERS) == {("Ann Lark", "Elmford Police Department")}
    assert not any("Cpt" in label for label in labels(graph))

