"""OWL consistency of a graph with the ontology, by HermiT (through owlready2).

What the reasoner is given: the ontology, and from the data only the
``rdf:type`` assertions of ``kg:`` classes and the ``kg:`` object property
assertions between nodes, without mentions (``kg:evidence``,
``kg:inArticle``) and without literals. That is what the ontology's axioms
(disjoint classes, domains and ranges, functional properties, distinct
measures) can conflict over; mentions are most of a graph's nodes but meet
no axiom but a range, and literals are checked by the SHACL shapes (HermiT
does not even know ``xsd:date``). So the run stays small and bounded on a
graph with thousands of mentions.

When HermiT finds the whole inconsistent, the explanation is worked out here
from the same axioms, in plain words: which node, which axioms.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from kg.errors import ReasonerError
from kg.rdf.graphio import write_graph
from kg.validation.validate import load_data
from kg.rdf.vocab import KG, load_ontology, prefixed

# Mentions meet no axiom that could conflict; leaving them out keeps the run small.
_SKIPPED_PROPERTIES = {KG.evidence, KG.inArticle}
_JAVA_HINT = "Java not found: HermiT needs a Java runtime (install Java 17 or later, e.g. `apt-get install default-jre-headless`, and put `java` on PATH)"


@dataclass
class ReasonResult:
    consistent: bool
    explanation: str
    inferred_types: dict[str, list[str]] = field(default_factory=dict)  # node IRI → class IRIs it was not typed with


def check_consistency(graph_paths: list[Path] | Graph, *, materialize_to: Path | None = None) -> ReasonResult:
    """Run HermiT on the ontology plus the typing and linking facts of the data.

    With ``materialize_to``, the data plus every entailed ``rdf:type`` of a
    named class is written there (format by extension), so plain SPARQL sees
    a kg:Person as a kg:Actor, schema:Person and sem:Actor too.
    """
    import owlready2

    if shutil.which(owlready2.JAVA_EXE) is None:
        raise ReasonerError(_JAVA_HINT)

    data = load_data(graph_paths)
    ontology = load_ontology()
    facts = reasoning_facts(data)

    with tempfile.TemporaryDirectory(prefix="kg-reason-") as folder:
        path = Path(folder) / "input.nt"
        (ontology + facts).serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load(format="ntriples")
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError:
            return ReasonResult(consistent=False, explanation=explain_inconsistency(ontology, facts))
        except owlready2.OwlReadyJavaError as error:
            raise ReasonerError(f"HermiT failed: {str(error).strip().splitlines()[-1] if str(error).strip() else error}") from error
        entailed = _entailed_types(world, facts)

    asserted = defaultdict(set)
    for node, cls in facts.subject_objects(RDF.type):
        asserted[str(node)].add(str(cls))
    inferred = {node: sorted(classes - asserted[node]) for node, classes in sorted(entailed.items()) if classes - asserted[node]}
    if materialize_to is not None:
        out = Graph()
        for triple in data:
            out.add(triple)
        for node, classes in entailed.items():
            for cls in classes:
                out.add((URIRef(node), RDF.type, URIRef(cls)))
        write_graph(out, materialize_to)
    count = sum(len(v) for v in inferred.values())
    return ReasonResult(
        consistent=True,
        explanation=f"consistent: {len(set(facts.subjects()))} nodes checked; {count} types inferred for {len(inferred)} nodes",
        inferred_types=inferred,
    )


def reasoning_facts(data: Graph) -> Graph:
    """The part of the data the reasoner needs: kg: typing, and kg: links between nodes (no mentions, no literals)."""
    facts = Graph()
    mentions = set(data.subjects(RDF.type, KG.Mention))
    for s, p, o in data:
        if s in mentions or o in mentions or p in _SKIPPED_PROPERTIES:
            continue
        if p == RDF.type and str(o).startswith(str(KG)):
            facts.add((s, p, o))
        elif str(p).startswith(str(KG)) and isinstance(o, URIRef):
            facts.add((s, p, o))
    return facts


def _entailed_types(world, facts: Graph) -> dict[str, set[str]]:
    """Every named class (but owl:Thing) that HermiT entails for each data node."""
    import owlready2

    entailed: dict[str, set[str]] = {}
    for node in set(facts.subjects()) | {o for o in facts.objects() if isinstance(o, URIRef)}:
        individual = world[str(node)]
        if not isinstance(individual, owlready2.Thing):
            continue
        classes = {c.iri for c in individual.INDIRECT_is_a if isinstance(c, owlready2.ThingClass) and c is not owlready2.Thing}
        if classes:
            entailed[str(node)] = classes
    return entailed


# --- explanations -----------------------------------------------------------------


def explain_inconsistency(ontology: Graph, facts: Graph) -> str:
    """The causes found, one per line: disjoint types, or two values of a functional property that must differ."""
    types = _types_by_node(ontology, facts)
    reasons = []
    disjoint = {frozenset(pair) for pair in ontology.subject_objects(OWL.disjointWith)}
    for node in sorted(types, key=str):
        for first, second in itertools.combinations(sorted(types[node], key=str), 2):
            if frozenset((first, second)) in disjoint:
                reasons.append(
                    f"{_name(node)} is both {_name(first)} ({types[node][first]}) and {_name(second)} "
                    f"({types[node][second]}), and the ontology says {_name(first)} owl:disjointWith {_name(second)}."
                )
    different = _different_pairs(ontology)
    for prop in sorted(set(ontology.subjects(RDF.type, OWL.FunctionalProperty)), key=str):
        values = defaultdict(set)
        for s, o in facts.subject_objects(prop):
            values[s].add(o)
        for node, objects in sorted(values.items(), key=lambda item: str(item[0])):
            for first, second in itertools.combinations(sorted(objects, key=str), 2):
                if frozenset((first, second)) in different:
                    reasons.append(
                        f"{_name(node)} has two values of {_name(prop)}, {_name(first)} and {_name(second)}, but "
                        f"{_name(prop)} is functional (at most one value) and the two are declared different individuals."
                    )
    if not reasons:
        return ("HermiT found the ontology and data inconsistent, but no single disjointness or functional-property "
                "clash explains it; load the ontology and the graph in Protégé and ask for an explanation.")
    return "inconsistent: " + " ".join(reasons)


def _types_by_node(ontology: Graph, facts: Graph) -> dict[Node, dict[Node, str]]:
    """For each node, every class it belongs to by RDFS entailment, with the fact it follows from."""
    domains = defaultdict(set)
    ranges = defaultdict(set)
    for prop, cls in ontology.subject_objects(RDFS.domain):
        domains[prop].add(cls)
    for prop, cls in ontology.subject_objects(RDFS.range):
        ranges[prop].add(cls)
    direct: dict[Node, dict[Node, str]] = defaultdict(dict)
    # The ontology's own individuals (kg:Killed, kg:About, ...) take part too.
    individuals = set(ontology.subjects(RDF.type, OWL.NamedIndividual))
    ontology_typing = ((s, RDF.type, o) for s in individuals for o in ontology.objects(s, RDF.type) if o != OWL.NamedIndividual)
    for s, p, o in itertools.chain(ontology_typing, facts):
        if p == RDF.type:
            direct[s].setdefault(o, f"typed {_name(o)}")
            continue
        for cls in domains[p]:
            direct[s].setdefault(cls, f"it has {_name(p)}, whose domain is {_name(cls)}")
        for cls in ranges[p]:
            direct[o].setdefault(cls, f"it is the {_name(p)} of {_name(s)}, whose range is {_name(cls)}")
    closed: dict[Node, dict[Node, str]] = {}
    for node, classes in direct.items():
        closed[node] = {}
        for cls, why in classes.items():
            for ancestor in ontology.transitive_objects(cls, RDFS.subClassOf):
                closed[node].setdefault(ancestor, why if ancestor == cls else f"{why}, a subclass of {_name(ancestor)}")
    return closed


def _different_pairs(ontology: Graph) -> set[frozenset]:
    pairs = {frozenset(pair) for pair in ontology.subject_objects(OWL.differentFrom)}
    for group in ontology.subjects(RDF.type, OWL.AllDifferent):
        members = ontology.value(group, OWL.distinctMembers) or ontology.value(group, OWL.members)
        items = list(ontology.items(members)) if members is not None else []
        pairs.update(frozenset(pair) for pair in itertools.combinations(items, 2))
    return pairs


def _name(node: Node) -> str:
    return prefixed(str(node)) or f"<{node}>"


def java_available() -> bool:
    """Whether a Java runtime is on PATH (for tests and the CLI to say so early)."""
    import owlready2

    return shutil.which(owlready2.JAVA_EXE) is not None or os.path.isfile(owlready2.JAVA_EXE)
