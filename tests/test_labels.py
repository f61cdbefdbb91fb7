"""A side's label for a group ("bandits", "terrorists") stays an alias and records who used it
(kg.extract.labels, kg:usedBy)."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import SKOS

from kg.model import Article
from kg.rdf.vocab import KG

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


def test_a_sides_label_for_a_group_records_who_used_it(nlp):
    from kg.extract import Extractor

    text = "The president made reference to “20,000 bandits” who had attacked the capital. Looters were seen."
    article = Article("a", text)
    extraction = Extractor()(article, nlp(article.masked))
    by_word = {m.span.text: m for m in extraction.entities}
    assert extraction.entity(by_word["bandits"].used_by).span.text == "president"
    assert by_word["Looters"].used_by is None  # the writer's own word: no one to record


def test_the_example_records_that_the_president_called_the_armed_men_bandits(example_build):
    g = example_build.graph
    uses = {(str(g.value(m, NIF.anchorOf)), str(who).rsplit("/", 1)[-1]) for m, who in g.subject_objects(KG.usedBy)}
    assert ("bandits", "kassym-jomart-tokayev") in uses
    assert ("armed criminals", "interior-ministry") in uses
    group = next(g.subjects(KG.evidence, next(m for m, _ in g.subject_objects(KG.usedBy)
                                               if str(g.value(m, NIF.anchorOf)) == "bandits")))
    assert "bandits" in {str(label) for label in g.objects(group, SKOS.altLabel)}
