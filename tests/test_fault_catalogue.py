"""The fault catalogue: one contract fault at a time, and the shape that catches it.

Each fault starts from a clean graph (the ``clean_graph`` fixture), picks a
node of the right kind by SPARQL, breaks one thing, and expects validation to
report exactly that: the focus node, the path, the severity and the shape,
and nothing else. The faults name no node of the example, so they run as
well on any graph that follows the contract. Every fault runs through both
engines (pySHACL, the reference, and pyshacl-turbo, which validates large
graphs), and on the clean graph and on the built example the two must give
the same issues and the same report graph.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, XSD

from kg.validation.validate import validate
from kg.rdf.vocab import KG, NIF, SCHEMA

DATA = Path(__file__).parent / "data"
SHAPES = "https://w3id.org/newskg/shapes#"
PREFIXES = """
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture
def clean_graph() -> Graph:
    return Graph().parse(DATA / "contract_example.ttl", format="turtle")


def pick(graph: Graph, where: str) -> dict:
    """The first solution (in IRI order) of ``SELECT * WHERE { where }``, by variable name; skips the fault if there is none."""
    rows = [row.asdict() for row in graph.query(PREFIXES + f"SELECT * WHERE {{ {where} }}")]
    if not rows:
        pytest.skip(f"the clean graph has no node for: {where.strip()}")
    return min(rows, key=lambda row: sorted((k, str(v)) for k, v in row.items()))


def replace(graph: Graph, node, prop, value) -> None:
    graph.remove((node, prop, None))
    graph.add((node, prop, value))


ACTOR = "VALUES ?cls { kg:Actor kg:Person kg:Organization kg:Group kg:Country } ?x a ?cls ."
EVENT = "?x kg:trigger ?trigger ."
CLAIM = "?x a kg:Claim ."
QUOTE = "?x a kg:Quote ."
MENTION = "?x a kg:Mention ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; kg:inArticle ?article ."
ARTICLE = "?x a kg:Article ."


@dataclass
class Fault:
    """Break the graph and return the issue expected: (focus, path, severity, shape name)."""

    name: str
    apply: Callable[[Graph], tuple]


def _article_without_source_id(g):
    x = pick(g, ARTICLE)["x"]
    g.remove((x, KG.sourceId, None))
    return x, KG.sourceId, "violation", "ArticleSourceId"


def _article_with_two_source_ids(g):
    x = pick(g, ARTICLE)["x"]
    g.add((x, KG.sourceId, Literal("another/path.txt")))
    return x, KG.sourceId, "violation", "ArticleSourceId"


def _source_id_not_a_string(g):
    x = pick(g, ARTICLE)["x"]
    replace(g, x, KG.sourceId, Literal(7))
    return x, KG.sourceId, "violation", "ArticleSourceId"


def _date_published_not_a_date(g):
    x = pick(g, ARTICLE)["x"]
    replace(g, x, SCHEMA.datePublished, Literal("7 January 2022"))
    return x, SCHEMA.datePublished, "violation", "ArticleDatePublished"


def _publisher_as_a_literal(g):
    x = pick(g, ARTICLE)["x"]
    replace(g, x, SCHEMA.publisher, Literal("Some Wire"))
    return x, SCHEMA.publisher, "violation", "ArticlePublisher"


def _article_with_two_headlines(g):
    x = pick(g, ARTICLE)["x"]
    g.add((x, SCHEMA.headline, Literal("First headline")))
    g.add((x, SCHEMA.headline, Literal("Second headline")))
    return x, SCHEMA.headline, "violation", "ArticleHeadline"


def _article_text_not_a_string(g):
    row = pick(g, ARTICLE + " ?x nif:isString ?text .")
    x, text = row["x"], row["text"]
    # Not an xsd:string, so SPARQL string functions fail on it and the offset checks stay silent.
    replace(g, x, NIF.isString, Literal(str(text), datatype=XSD.normalizedString))
    return x, NIF.isString, "violation", "ArticleText"


def _article_without_text(g):
    x = pick(g, ARTICLE)["x"]
    g.remove((x, NIF.isString, None))
    return x, NIF.isString, "warning", "ArticleTextMissing"


def _actor_with_two_labels(g):
    x = pick(g, ACTOR)["x"]
    g.add((x, RDFS.label, Literal("a second canonical name")))
    return x, RDFS.label, "violation", "Label"


def _actor_without_label(g):
    x = pick(g, ACTOR)["x"]
    g.remove((x, RDFS.label, None))
    return x, RDFS.label, "violation", "Label"


def _alt_label_as_an_iri(g):
    x = pick(g, ACTOR)["x"]
    g.add((x, SKOS.altLabel, URIRef("http://example.org/not-a-label")))
    return x, SKOS.altLabel, "violation", "AltLabel"


def _actor_without_evidence(g):
    x = pick(g, ACTOR)["x"]
    g.remove((x, KG.evidence, None))
    return x, KG.evidence, "violation", "ActorEvidence"


def _place_mentioned_in_a_non_article(g):
    row = pick(g, "?x a kg:Place . ?event kg:trigger ?t .")
    x, event = row["x"], row["event"]
    g.add((x, KG.mentionedIn, event))
    return x, KG.mentionedIn, "violation", "MentionedIn"


def _lower_case_country_code(g):
    row = pick(g, ACTOR + " ?x kg:countryCode ?code .")
    x, code = row["x"], row["code"]
    replace(g, x, KG.countryCode, Literal(str(code).lower()))
    return x, KG.countryCode, "violation", "CountryCode"


def _sector_spelled_out(g):
    x = pick(g, ACTOR + " ?x kg:sector ?sector .")["x"]
    replace(g, x, KG.sector, Literal("government"))
    return x, KG.sector, "violation", "Sector"


def _same_as_outside_wikidata(g):
    x = pick(g, ACTOR)["x"]
    g.add((x, OWL.sameAs, URIRef("http://dbpedia.org/resource/Somewhere")))
    return x, OWL.sameAs, "warning", "SameAs"


def _person_also_an_organization(g):
    x = pick(g, "?x a kg:Person .")["x"]
    g.add((x, RDF.type, KG.Organization))
    return x, None, "violation", "PersonNotOrganization"


def _untyped_actor_mentioned_once(g):
    # Not a country: retyping one would also break the kg:place it is of.
    x = pick(g, ACTOR + """ FILTER (?cls != kg:Country)
        FILTER NOT EXISTS { ?x kg:evidence ?m1, ?m2 FILTER (?m1 != ?m2) }""")["x"]
    g.remove((x, RDF.type, None))
    g.add((x, RDF.type, KG.Actor))
    return x, RDF.type, "warning", "UntypedSingleMention"


def _event_with_neither_agent_nor_target(g):
    x = pick(g, EVENT + " { ?x kg:agent ?who } UNION { ?x kg:target ?who }")["x"]  # one that had some
    g.remove((x, KG.agent, None))
    g.remove((x, KG.target, None))
    return x, None, "warning", "EventParticipants"


def _factuality_that_is_a_measure(g):
    x = pick(g, EVENT)["x"]
    g.add((x, KG.factuality, KG.Killed))
    return x, KG.factuality, "violation", "EventFactuality", KG.Killed


def _denied_by_a_place(g):
    row = pick(g, EVENT + " ?place a kg:Place .")
    x, place = row["x"], row["place"]
    g.add((x, KG.deniedBy, place))
    return x, KG.deniedBy, "violation", "DeniedBy"


def _article_in_two_stories(g):
    x = pick(g, "?x a kg:Article .")["x"]
    for n in (1, 2):
        story = URIRef(f"https://w3id.org/newskg/id/story/s{n}")
        g.add((story, RDF.type, KG.Story))
        g.add((x, KG.inStory, story))
    return x, KG.inStory, "violation", "ArticleStory"


def _fire_with_neither_place_nor_date(g):
    x = pick(g, EVENT + " ?x kg:agent ?who . FILTER NOT EXISTS { ?x kg:place ?p } FILTER NOT EXISTS { ?x kg:date ?d }")["x"]
    g.add((x, RDF.type, KG.Fire))
    return x, None, "warning", "HappeningPlaceOrDate"


def _agent_that_is_a_place(g):
    row = pick(g, EVENT + " ?place a kg:Place .")
    x, place = row["x"], row["place"]
    g.add((x, KG.agent, place))
    return x, KG.agent, "violation", "Agent"


def _target_that_is_a_claim(g):
    row = pick(g, EVENT + " ?claim a kg:Claim .")
    x, claim = row["x"], row["claim"]
    g.add((x, KG.target, claim))
    return x, KG.target, "violation", "Target"


def _place_that_is_a_person(g):
    row = pick(g, EVENT + " ?person a kg:Person .")
    x, person = row["x"], row["person"]
    g.add((x, KG.place, person))
    return x, KG.place, "violation", "EventPlace"


def _event_date_as_date_time(g):
    x = pick(g, EVENT)["x"]
    replace(g, x, KG.date, Literal("2022-01-07T10:00:00", datatype=XSD.dateTime))
    return x, KG.date, "violation", "EventDate"


def _event_with_two_dates(g):
    x = pick(g, EVENT)["x"]
    g.add((x, KG.date, Literal("2022-01-05", datatype=XSD.date)))
    g.add((x, KG.date, Literal("2022-01-06", datatype=XSD.date)))
    return x, KG.date, "violation", "EventDate"


def _event_without_trigger(g):
    x = pick(g, EVENT)["x"]
    g.remove((x, KG.trigger, None))
    return x, KG.trigger, "violation", "Trigger"


def _event_without_evidence(g):
    x = pick(g, EVENT)["x"]
    g.remove((x, KG.evidence, None))
    return x, KG.evidence, "violation", "Evidence"


def _quote_reported_in_a_mention(g):
    row = pick(g, QUOTE + " ?x kg:evidence ?mention .")
    x, mention = row["x"], row["mention"]
    g.add((x, KG.reportedIn, mention))
    return x, KG.reportedIn, "violation", "ReportedIn"


def _claim_without_value(g):
    x = pick(g, CLAIM)["x"]
    g.remove((x, KG.value, None))
    return x, KG.value, "violation", "Value"


def _claim_value_as_a_string(g):
    x = pick(g, CLAIM)["x"]
    replace(g, x, KG.value, Literal("26"))
    return x, KG.value, "violation", "Value"


def _claim_without_measure(g):
    x = pick(g, CLAIM)["x"]
    g.remove((x, KG.measure, None))
    return x, KG.measure, "violation", "Measure"


def _measure_that_is_an_approximation(g):
    x = pick(g, CLAIM)["x"]
    replace(g, x, KG.measure, KG.About)
    return x, KG.measure, "violation", "Measure"


def _claim_with_two_approximations(g):
    x = pick(g, CLAIM + " FILTER NOT EXISTS { ?x kg:approximation kg:Nearly }")["x"]
    g.add((x, KG.approximation, KG.Nearly))
    return x, KG.approximation, "violation", "Approximation"


def _claim_about_an_actor(g):
    row = pick(g, CLAIM + " ?actor a ?cls . VALUES ?cls { kg:Person kg:Group }")
    x, actor = row["x"], row["actor"]
    replace(g, x, KG.about, actor)
    return x, KG.about, "violation", "About"


def _affected_that_is_an_event(g):
    row = pick(g, CLAIM + " ?event kg:trigger ?t .")
    x, event = row["x"], row["event"]
    replace(g, x, KG.affected, event)
    return x, KG.affected, "violation", "Affected"


def _claim_attributed_to_a_quote(g):
    row = pick(g, CLAIM + " ?quote a kg:Quote .")
    x, quote = row["x"], row["quote"]
    replace(g, x, KG.attributedTo, quote)
    return x, KG.attributedTo, "violation", "AttributedTo"


def _claim_with_two_manners(g):
    x = pick(g, CLAIM)["x"]
    g.add((x, KG.manner, Literal("shoot")))
    g.add((x, KG.manner, Literal("stab")))
    return x, KG.manner, "violation", "Manner"


def _conflict_with_a_non_claim(g):
    row = pick(g, CLAIM + " ?actor a ?cls . VALUES ?cls { kg:Person kg:Group }")
    x, actor = row["x"], row["actor"]
    g.add((x, KG.conflictsWith, actor))
    return x, KG.conflictsWith, "violation", "ConflictsWith"


def _single_source_claim_outnumbered(g):
    # Two conflicting claims, each from one article: one more article for
    # the second leaves the first outnumbered.
    row = pick(g, """
        ?x kg:conflictsWith|^kg:conflictsWith ?other .
        ?other kg:reportedIn ?reported ; kg:evidence ?m .
        ?otherArticle a kg:Article . FILTER (?otherArticle != ?reported)
        FILTER NOT EXISTS { ?x kg:reportedIn ?a1, ?a2 FILTER (?a1 != ?a2) }
        FILTER NOT EXISTS { ?other kg:reportedIn ?b1, ?b2 FILTER (?b1 != ?b2) }
    """)
    x, other = row["x"], row["other"]
    g.add((other, KG.reportedIn, row["otherArticle"]))
    return x, KG.conflictsWith, "warning", "OutnumberedConflict"


def _quote_without_text(g):
    x = pick(g, QUOTE)["x"]
    g.remove((x, KG.text, None))
    return x, KG.text, "violation", "QuoteText"


def _quote_with_two_speakers(g):
    row = pick(g, QUOTE + " ?actor a kg:Group .")
    x, actor = row["x"], row["actor"]
    g.add((x, KG.speaker, actor))
    if len(set(g.objects(x, KG.speaker))) < 2:
        pytest.skip("the quote already had that speaker")
    return x, KG.speaker, "violation", "Speaker"


def _begin_after_end(g):
    row = pick(g, MENTION)
    x, e = row["x"], row["e"]
    replace(g, x, NIF.beginIndex, Literal(int(e) + 1, datatype=XSD.nonNegativeInteger))
    return x, NIF.beginIndex, "violation", "BeginBeforeEnd"


def _end_past_the_text(g):
    row = pick(g, MENTION)
    x, anchor, article = row["x"], row["anchor"], row["article"]
    end = len(str(g.value(article, NIF.isString))) + 5
    replace(g, x, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger))
    replace(g, x, NIF.beginIndex, Literal(end - len(str(anchor)), datatype=XSD.nonNegativeInteger))
    return x, NIF.endIndex, "violation", "EndWithinText"


def _anchor_longer_than_its_offsets(g):
    row = pick(g, MENTION)
    x, anchor = row["x"], row["anchor"]
    replace(g, x, NIF.anchorOf, Literal(str(anchor) + "s"))
    return x, NIF.anchorOf, "violation", "AnchorLength"


def _anchor_not_the_text_at_its_offsets(g):
    row = pick(g, MENTION)
    x, anchor = row["x"], row["anchor"]
    replace(g, x, NIF.anchorOf, Literal("#" * len(str(anchor))))
    return x, NIF.anchorOf, "violation", "AnchorMatchesText"


def _begin_index_as_an_int(g):
    # xsd:int is an integer type, but neither of the two the contract allows.
    row = pick(g, MENTION)
    x, b = row["x"], row["b"]
    replace(g, x, NIF.beginIndex, Literal(int(b), datatype=XSD.int))
    return x, NIF.beginIndex, "violation", "BeginIndex"


def _mention_without_article(g):
    x = pick(g, MENTION)["x"]
    g.remove((x, KG.inArticle, None))
    return x, KG.inArticle, "violation", "InArticle"


def _mention_without_end(g):
    x = pick(g, MENTION)["x"]
    g.remove((x, NIF.endIndex, None))
    return x, NIF.endIndex, "violation", "EndIndex"


def _mention_without_anchor(g):
    x = pick(g, MENTION)["x"]
    g.remove((x, NIF.anchorOf, None))
    return x, NIF.anchorOf, "violation", "AnchorOf"


def _evidence_from_an_unreported_article(g):
    row = pick(g, """?x kg:trigger ?t ; kg:reportedIn ?reported .
        ?other a kg:Article . FILTER (?other != ?reported)
        FILTER NOT EXISTS { ?x kg:reportedIn ?r2 FILTER (?r2 != ?reported) }""")
    x, other = row["x"], row["other"]
    replace(g, x, KG.reportedIn, other)
    mention = sorted(g.objects(x, KG.evidence))[0]
    return x, KG.evidence, "violation", "EvidenceInReportingArticle", mention


def _place_in_a_person(g):
    row = pick(g, "?x a kg:Place . ?person a kg:Person .")
    x, person = row["x"], row["person"]
    replace(g, x, KG.inCountry, person)
    return x, KG.inCountry, "violation", "InCountry"


FAULTS = [Fault(f.__name__.lstrip("_").replace("_", " "), f) for f in (
    _article_without_source_id, _article_with_two_source_ids, _source_id_not_a_string,
    _date_published_not_a_date, _publisher_as_a_literal, _article_with_two_headlines,
    _article_text_not_a_string, _article_without_text,
    _actor_with_two_labels, _actor_without_label, _alt_label_as_an_iri, _actor_without_evidence,
    _place_mentioned_in_a_non_article, _lower_case_country_code, _sector_spelled_out,
    _same_as_outside_wikidata, _person_also_an_organization, _untyped_actor_mentioned_once,
    _event_with_neither_agent_nor_target, _agent_that_is_a_place, _target_that_is_a_claim,
    _place_that_is_a_person, _event_date_as_date_time, _event_with_two_dates, _event_without_trigger,
    _event_without_evidence, _quote_reported_in_a_mention, _claim_without_value, _claim_value_as_a_string,
    _claim_without_measure, _measure_that_is_an_approximation, _claim_with_two_approximations,
    _claim_about_an_actor, _affected_that_is_an_event, _claim_attributed_to_a_quote, _claim_with_two_manners, _conflict_with_a_non_claim,
    _single_source_claim_outnumbered, _quote_without_text, _quote_with_two_speakers, _begin_after_end,
    _end_past_the_text, _anchor_longer_than_its_offsets, _anchor_not_the_text_at_its_offsets,
    _begin_index_as_an_int, _mention_without_article, _mention_without_end, _mention_without_anchor,
    _evidence_from_an_unreported_article, _place_in_a_person,
    _factuality_that_is_a_measure, _denied_by_a_place, _article_in_two_stories, _fire_with_neither_place_nor_date,
)]


ENGINES = ["pyshacl", "turbo"]


@pytest.mark.parametrize("engine", ENGINES)
def test_the_clean_graph_reports_nothing(clean_graph, engine):
    result = validate(clean_graph, engine=engine)
    assert result.results == [] and result.conforms


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_each_fault_is_reported_exactly(clean_graph, fault, engine):
    focus, path, severity, shape, *value = fault.apply(clean_graph)
    result = validate(clean_graph, engine=engine)
    reported = [(i.focus, i.path, i.severity, str(i.shape)) for i in result.results]
    assert reported == [(focus, path, severity, SHAPES + shape)]
    assert result.conforms == (severity != "violation")  # conforms: nothing at or above --fail-on (violation)
    if value:
        assert result.results[0].value == value[0]


@pytest.fixture(scope="module")
def example_report(example_build):
    """The built bundled example and what validation already says of it (no violation)."""
    result = validate(example_build.graph, engine="pyshacl")
    assert not [i for i in result.results if i.severity == "violation"]
    return example_build.graph, result


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def _everything(issue) -> tuple:
    return (issue.focus, issue.path, issue.severity, issue.constraint, issue.shape, issue.value,
            issue.message, issue.evidence_text)


def _comparable(report: Graph) -> Graph:
    """The report graph less the wording of nested results (``sh:detail``), which pyshacl-turbo
    words otherwise ("OrConstraintComponent violated at ..."); every top-level message stays."""
    copy = Graph()
    details = set(report.objects(None, SH.detail))
    for s, p, o in report:
        if not (p == SH.resultMessage and s in details):
            copy.add((s, p, o))
    return copy


def assert_same_report(turbo, reference):
    """Not only the catalogue's four fields: constraint, value, message, evidence, and the
    report graph itself (sh:detail, sh:sourceConstraint, ...), blank node labels aside."""
    assert [_everything(i) for i in turbo.results] == [_everything(i) for i in reference.results]
    assert turbo.conforms == reference.conforms
    ours, theirs = to_isomorphic(_comparable(turbo.report_graph)), to_isomorphic(_comparable(reference.report_graph))
    if ours != theirs:
        _, only_turbo, only_reference = graph_diff(ours, theirs)
        pytest.fail(f"report graphs differ: only pyshacl-turbo {sorted(only_turbo)}, "
                    f"only pySHACL {sorted(only_reference)}")


@pytest.mark.parametrize("fault", [None, *FAULTS], ids=["clean", *(f.name for f in FAULTS)])
def test_both_engines_report_the_same_on_each_fault_graph(clean_graph, fault):
    # Every field of every issue (focus, path, severity, constraint, shape, value, message,
    # evidence) and the report graph, on the clean graph and on each of the faults.
    if fault is not None:
        fault.apply(clean_graph)
    assert_same_report(validate(clean_graph, engine="turbo"), validate(clean_graph, engine="pyshacl"))


def test_pyshacl_turbo_reports_what_pyshacl_reports_on_the_built_example(example_report):
    example, reference = example_report
    assert reference.results  # the example's own warnings
    assert_same_report(validate(example, engine="turbo"), reference)


# pySHACL parses each SPARQL constraint again per focus node: on the built example
# (3,600 triples) that is half a minute a fault, so this one runs with --runslow; the quick
# run compares both engines on every fault of the contract example and on the built example.
@pytest.mark.slow
@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_each_fault_in_the_built_example_is_reported_exactly_by_both_engines(example_report, fault):
    # The same catalogue on the graph the pipeline builds: each fault adds exactly its own
    # result to the warnings the example already has, and pyshacl-turbo says the same.
    example, before = example_report
    before = {(i.focus, i.path, i.severity, str(i.shape)) for i in before.results}
    graph = _copy(example)
    focus, path, severity, shape, *_ = fault.apply(graph)
    reference = validate(graph, engine="pyshacl")
    after = {(i.focus, i.path, i.severity, str(i.shape)) for i in reference.results}
    assert after - before == {(focus, path, severity, SHAPES + shape)}
    assert_same_report(validate(graph, engine="turbo"), reference)


def test_the_catalogue_covers_every_reporting_shape():
    from kg.validation.validate import load_shapes
    from rdflib.namespace import SH

    shapes = load_shapes()
    reporting = {s for s in shapes.subjects(SH.severity, None) if str(s).startswith(SHAPES)}
    covered = set()
    for fault in FAULTS:
        graph = Graph().parse(DATA / "contract_example.ttl", format="turtle")
        covered.add(SHAPES + fault.apply(graph)[3])
    missing = sorted(str(s) for s in reporting - {URIRef(c) for c in covered})
    assert missing == [], f"shapes no fault of the catalogue breaks: {missing}"


def test_a_value_in_the_report_names_what_is_wrong(clean_graph):
    x = pick(clean_graph, CLAIM)["x"]
    replace(clean_graph, x, KG.value, Literal("26"))
    (issue,) = validate(clean_graph).results
    assert issue.value == Literal("26") and issue.value != Literal(Decimal(26))


# --- peer check: an independent SHACL engine agrees ------------------------------------

PEER = Path(__file__).parent / "peer"


# The peer engine spends seconds of CPU per graph (its SPARQL engine is slow
# to start a query), so the quick run takes the clean graph, one Core fault
# and one SPARQL fault that crosses articles; --runslow runs the catalogue.
PEER_QUICK = ("article without source id", "single source claim outnumbered")


def test_peer_engine_agrees_on_the_clean_graph_and_two_faults(tmp_path):
    quick = [f for f in FAULTS if f.name in PEER_QUICK]
    assert len(quick) == len(PEER_QUICK)
    assert_peer_agrees(tmp_path, quick)


@pytest.mark.slow
def test_peer_engine_agrees_on_every_fault(tmp_path):
    assert_peer_agrees(tmp_path, FAULTS)


def assert_peer_agrees(tmp_path, faults):
    """Zazuko's shacl-engine (Node) gives pySHACL's verdict and focus nodes on every fault.

    Set up once with ``npm ci --prefix tests/peer``. Where they disagreed:
    shacl-engine 1.1.2 reported every mention when one shape held several
    sh:sparql constraints (each alone reported nothing); SHACL 1.0 §5.1 makes
    each sh:sparql value a constraint of its own, so pySHACL was right, and
    the shapes now keep one sh:sparql per shape.
    """
    from kg.knowledge.resources import shapes_dir

    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed")
    if not (PEER / "node_modules" / "shacl-engine").is_dir():
        pytest.skip("peer engine not installed: run `npm ci --prefix tests/peer`")
    cases = {"clean": Graph().parse(DATA / "contract_example.ttl", format="turtle")}
    for fault in faults:
        graph = Graph().parse(DATA / "contract_example.ttl", format="turtle")
        try:
            fault.apply(graph)
        except pytest.skip.Exception:
            continue
        cases[fault.name] = graph
    files = {}
    for index, (name, graph) in enumerate(cases.items()):
        files[name] = tmp_path / f"case{index}.nt"
        graph.serialize(files[name], format="nt", encoding="utf-8")
    shapes = sorted(shapes_dir().glob("*.ttl"))
    assert len(shapes) == 1  # the runner takes one shapes file
    run = subprocess.run(["node", str(PEER / "run.js"), str(shapes[0]), *map(str, files.values())],
                         capture_output=True, text=True, timeout=900, check=True)
    peer = {line["file"]: line for line in map(json.loads, run.stdout.splitlines())}
    disagreements = []
    for name, path in files.items():
        ours = validate([path])
        theirs = peer[str(path)]
        # SHACL's conforms (no result at all), not newskg's (nothing at or above --fail-on)
        our_view = (not ours.results, sorted({str(i.focus) for i in ours.results}))
        their_view = (theirs["conforms"], sorted({r["focus"] for r in theirs["results"]}))
        if our_view != their_view:
            disagreements.append(f"{name}: pySHACL {our_view} vs shacl-engine {their_view}")
    assert disagreements == []
