"""Score a graph against a gold-facts file (the YAML format of ``shared/gold/``).

Matching rules (from the gold file's header):

- actor/place: a node whose ``rdfs:label`` or ``skos:altLabel`` equals one of
  the gold ``names`` (case- and punctuation-insensitive) and whose type is, or
  is a subclass of, ``kg:<type>`` (``kg:Place`` for places);
- event: an asserted node (kg:factuality) typed with one of ``types`` whose agents / targets / places
  include one of the listed actors, where given;
- claim: a ``kg:Claim`` with the same measure and value; approximation,
  attribution and sources are scored on top;
- quote: a ``kg:Quote`` whose speaker matches and whose text contains the
  phrase (case-insensitive);
- conflict: two claims matching the two sides, linked by ``kg:conflictsWith``;
- question: the answer of ``queries/<id>.rq`` contains the IRI of a node that
  matches each expected item.

Recall counts non-optional gold items; precision counts graph nodes that
match any gold item (optional ones included) among all nodes of the kind, so
it is a lower bound where the gold is not exhaustive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.rdf.vocab import KG, SCHEMA

_PUNCT = re.compile(r"[^\w\s]")
SUBCLASSES = {
    "Actor": {"Actor", "Person", "Organization", "Group", "Country"},
    "Place": {"Place", "Country"},
}


def norm(text: str) -> str:
    return " ".join(_PUNCT.sub("", text.replace("’", "'")).lower().split())


@dataclass
class KindScore:
    kind: str
    gold: int = 0
    found: int = 0
    nodes: int = 0
    matched_nodes: int = 0
    details: dict[str, dict] = field(default_factory=dict)  # gold id → what was checked
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched_nodes / self.nodes if self.nodes else 1.0


class GoldScorer:
    def __init__(self, graph: Graph, gold: dict) -> None:
        self.g = graph
        self.gold = gold
        self.article_by_prefix = {}
        for article, sid in graph.subject_objects(KG.sourceId):
            self.article_by_prefix[str(sid).split("_")[0]] = article
            self.article_by_prefix[str(sid)] = article
        self.actor_nodes: dict[str, list[URIRef]] = {}

    # -- helpers -------------------------------------------------------------------

    def types(self, node) -> set[str]:
        return {str(t).split("#")[-1] for t in self.g.objects(node, RDF.type)}

    def names(self, node) -> set[str]:
        return {norm(str(n)) for p in (RDFS.label, SKOS.altLabel) for n in self.g.objects(node, p)}

    def sources(self, node, prop) -> set[str]:
        found = set()
        for article in self.g.objects(node, prop):
            sid = str(self.g.value(article, KG.sourceId))
            found.add(sid.split("_")[0])
        return found

    def _source_recall(self, wanted, node_sources: set[str]) -> float:
        wanted = {str(w).zfill(3) if isinstance(w, int) else str(w) for w in (wanted or [])}
        if not wanted:
            return 1.0
        return len(wanted & node_sources) / len(wanted)

    def match_actor(self, spec: dict, kind: str) -> list[URIRef]:
        allowed = SUBCLASSES.get(kind, {kind})
        wanted = {norm(n) for n in spec["names"]}
        nodes = {s for s in self.g.subjects(RDFS.label, None)} | {s for s in self.g.subjects(SKOS.altLabel, None)}
        return sorted(n for n in nodes if self.types(n) & allowed and self.names(n) & wanted)

    # -- kinds ---------------------------------------------------------------------------

    def score_entities(self, section: str, default_kind: str | None) -> KindScore:
        score = KindScore(section)
        all_kind = "Place" if section == "places" else "Actor"
        all_nodes = {n for n in self.g.subjects(RDF.type, None) if self.types(n) & SUBCLASSES[all_kind]}
        if section == "actors":
            all_nodes = {n for n in all_nodes if "Place" not in self.types(n) or "Country" in self.types(n)}
        else:
            all_nodes = {n for n in all_nodes if "Country" not in self.types(n)}
        matched: set = set()
        for gold_id, spec in (self.gold.get(section) or {}).items():
            kind = spec.get("type", default_kind)
            nodes = self.match_actor(spec, kind)
            self.actor_nodes[gold_id] = nodes
            matched.update(nodes)
            optional = spec.get("optional", False)
            if not optional:
                score.gold += 1
                score.found += bool(nodes)
            node = nodes[0] if nodes else None
            detail = {"found": bool(nodes), "nodes": len(nodes)}
            if node is not None:
                country = self.g.value(node, KG.countryCode)
                if "country" in spec:
                    detail["country"] = str(country) == spec["country"] or str(
                        self.g.value(self.g.value(node, KG.inCountry), KG.countryCode)) == spec["country"]
                if "sector" in spec:
                    detail["sector"] = str(self.g.value(node, KG.sector)) == spec["sector"]
                detail["sources"] = self._source_recall(spec.get("sources"), self.sources(node, KG.mentionedIn))
            score.details[gold_id] = detail
        score.nodes = len(all_nodes)
        score.matched_nodes = len(all_nodes & matched)
        if section == "actors":
            junk = {norm(n) for n in self.gold.get("not_actors", [])}
            labels = {norm(str(label)) for n in all_nodes | {
                n for n in self.g.subjects(RDF.type, KG.Place)} for label in self.g.objects(n, RDFS.label)}
            score.extra["junk_labels"] = len(junk & labels)
            score.extra["split_actors"] = sum(1 for d in score.details.values() if d["nodes"] > 1)
        return score

    def score_events(self) -> KindScore:
        score = KindScore("events")
        events = {n for n in self.g.subjects(KG.reportedIn, None) if self.types(n) - {"Claim", "Quote"}
                  and self.asserted(n)}
        matched = set()
        for gold_id, spec in (self.gold.get("events") or {}).items():
            candidates = self.event_nodes(gold_id)
            matched.update(candidates)
            if not spec.get("optional"):
                score.gold += 1
                score.found += bool(candidates)
            detail = {"found": bool(candidates), "nodes": len(candidates)}
            if candidates:
                if "date" in spec:
                    detail["date"] = any(str(self.g.value(c, KG.date)) == str(spec["date"]) for c in candidates)
                srcs = set().union(*(self.sources(c, KG.reportedIn) for c in candidates))
                detail["sources"] = self._source_recall(spec.get("sources"), srcs)
            score.details[gold_id] = detail
        score.nodes = len(events)
        score.matched_nodes = len(matched & events)
        return score

    def _role_ok(self, node, prop, wanted) -> bool:
        if not wanted:
            return True
        targets = set(self.g.objects(node, prop))
        return any(set(self.actor_nodes.get(w, [])) & targets for w in wanted)

    def claim_nodes(self, spec: dict) -> list[URIRef]:
        found = []
        for node in sorted(self.g.subjects(RDF.type, KG.Claim)):
            if self.g.value(node, KG.measure) != KG[spec["measure"]]:
                continue
            value = self.g.value(node, KG.value)
            if value is None or Decimal(str(value)) != Decimal(str(spec["value"])):
                continue
            if "manner" in spec and not _manner_ok(str(self.g.value(node, KG.manner) or ""), spec["manner"]):
                continue
            found.append(node)
        return found

    def score_claims(self) -> KindScore:
        score = KindScore("claims")
        all_claims = set(self.g.subjects(RDF.type, KG.Claim))
        matched = set()
        for gold_id, spec in (self.gold.get("claims") or {}).items():
            nodes = self.claim_nodes(spec)
            matched.update(nodes)
            if not spec.get("optional"):
                score.gold += 1
                score.found += bool(nodes)
            detail = {"found": bool(nodes), "nodes": len(nodes)}
            if nodes:
                if "approximation" in spec:
                    detail["approximation"] = any(self.g.value(n, KG.approximation) == KG[spec["approximation"]] for n in nodes)
                if "attributedTo" in spec:
                    want = set(self.actor_nodes.get(spec["attributedTo"], []))
                    detail["attributedTo"] = any(self.g.value(n, KG.attributedTo) in want for n in nodes)
                if "affected" in spec:
                    want = set(self.actor_nodes.get(spec["affected"], []))
                    detail["affected"] = any(self.g.value(n, KG.affected) in want for n in nodes)
                srcs = set().union(*(self.sources(n, KG.reportedIn) for n in nodes))
                detail["sources"] = self._source_recall(spec.get("sources"), srcs)
            score.details[gold_id] = detail
        score.nodes = len(all_claims)
        score.matched_nodes = len(matched)
        return score

    def score_conflicts(self) -> KindScore:
        score = KindScore("conflicts")
        links = {(a, b) for a, b in self.g.subject_objects(KG.conflictsWith)}
        pairs = {frozenset(p) for p in links}
        matched = set()
        for index, conflict in enumerate(self.gold.get("conflicts") or []):
            left, right = conflict["between"]
            a_nodes = self.claim_nodes(conflict["claims"][left])
            b_nodes = self.claim_nodes(conflict["claims"][right])
            hits = {frozenset((a, b)) for a in a_nodes for b in b_nodes} & pairs
            matched |= hits
            score.gold += 1
            score.found += bool(hits)
            score.details[f"{left}~{right}"] = {"found": bool(hits)}
        score.nodes = len(pairs)
        score.matched_nodes = len(matched)
        return score

    def score_quotes(self) -> KindScore:
        score = KindScore("quotes")
        quotes = set(self.g.subjects(RDF.type, KG.Quote))
        matched = set()
        for gold_id, spec in (self.gold.get("quotes") or {}).items():
            speakers = set(self.actor_nodes.get(spec["speaker"], []))
            phrase = spec["phrase"].lower()
            nodes = [q for q in sorted(quotes) if phrase in _plain(str(self.g.value(q, KG.text)))]
            right = [q for q in nodes if self.g.value(q, KG.speaker) in speakers]
            matched.update(right)
            if not spec.get("optional"):
                score.gold += 1
                score.found += bool(right)
            detail = {"found": bool(right), "text_found": bool(nodes)}
            if right:
                srcs = set().union(*(self.sources(q, KG.reportedIn) for q in right))
                detail["sources"] = self._source_recall(spec.get("sources"), srcs)
            score.details[gold_id] = detail
        score.nodes = len(quotes)
        score.matched_nodes = len(matched)
        return score

    def score_articles(self) -> KindScore:
        score = KindScore("articles")
        for sid, spec in (self.gold.get("articles") or {}).items():
            article = self.article_by_prefix.get(sid)
            detail = {"found": article is not None}
            score.gold += 1
            score.found += article is not None
            if article is not None:
                if "date" in spec:
                    detail["date"] = str(self.g.value(article, SCHEMA.datePublished)) == str(spec["date"])
                if "publisher" in spec:
                    publisher = self.g.value(article, SCHEMA.publisher)
                    detail["publisher"] = publisher is not None and norm(spec["publisher"]) in self.names(publisher)
            score.details[sid] = detail
        return score

    def score(self) -> dict[str, KindScore]:
        results = {"actors": self.score_entities("actors", None), "places": self.score_entities("places", "Place")}
        results["events"] = self.score_events()
        results["claims"] = self.score_claims()
        results["conflicts"] = self.score_conflicts()
        results["quotes"] = self.score_quotes()
        results["articles"] = self.score_articles()
        return results

    def expected_nodes(self, item) -> set[URIRef]:
        """The graph nodes that satisfy one expected item of a competency question."""
        if isinstance(item, str):
            return set(self.actor_nodes.get(item, []))
        if "claim" in item:
            return set(self.claim_nodes(self.gold["claims"][item["claim"]]))
        if "quote" in item:
            spec = self.gold["quotes"][item["quote"]]
            speakers = set(self.actor_nodes.get(spec["speaker"], []))
            return {q for q in self.g.subjects(RDF.type, KG.Quote)
                    if spec["phrase"].lower() in _plain(str(self.g.value(q, KG.text)))
                    and self.g.value(q, KG.speaker) in speakers}
        if "event" in item:
            return {n for n in self.event_nodes(item["event"])
                    if "date" not in item or str(self.g.value(n, KG.date)) == str(item["date"])}
        if "conflict" in item:
            left, right = item["conflict"]
            specs = next(c["claims"] for c in self.gold["conflicts"] if c["between"] == [left, right])
            return set(self.claim_nodes(specs[left])) | set(self.claim_nodes(specs[right]))
        raise ValueError(f"unknown expected item {item!r}")

    def asserted(self, node) -> bool:
        """The articles assert the event happened (kg:factuality kg:Asserted, or no factuality
        in a graph made before issue 15): gold events are what happened."""
        return self.g.value(node, KG.factuality) in (None, KG.Asserted)

    def event_nodes(self, gold_id: str) -> list[URIRef]:
        """The asserted event nodes that match a gold event: one of its types, and its roles where given."""
        spec = self.gold["events"][gold_id]
        return sorted(n for n in set(self.g.subjects(KG.reportedIn, None)) if self.types(n) & set(spec["types"])
                      and self.asserted(n) and all(
            self._role_ok(n, prop, spec.get(role)) for role, prop in
            (("agent", KG.agent), ("target", KG.target), ("place", KG.place))))


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def _manner_ok(found: str, wanted: str) -> bool:
    """The graph's manner is a lemma ("decapitate"); gold may give a participle ("decapitated")."""
    from kg.extract.figures import same_manner

    if not found:
        return False
    candidates = {wanted, wanted[:-1] if wanted.endswith("d") else wanted, wanted[:-2] if wanted.endswith("ed") else wanted}
    return any(found == c or same_manner(found, c) for c in candidates)


def load_gold(path: Path | str) -> dict:
    with open(path, encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def score_graph(graph: Graph, gold: dict) -> tuple[GoldScorer, dict[str, KindScore]]:
    scorer = GoldScorer(graph, gold)
    return scorer, scorer.score()


def format_scores(scores: dict[str, KindScore]) -> str:
    lines = [f"{'kind':<10} {'recall':>7} {'found':>7} {'precision':>9} {'nodes':>7}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<10} {s.recall:>7.2f} {s.found:>3}/{s.gold:<3} {s.precision:>9.2f} {s.nodes:>7}")
        for name, value in s.extra.items():
            lines.append(f"  {name}: {value}")
    return "\n".join(lines)
