"""Map the resolved picture to RDF, exactly as the graph contract says.

Every actor, place, event, claim and quote gets ``kg:evidence`` mentions
(``kg:Mention`` with NIF offsets into the article text as read) and the
articles it comes from. The graph is built in a fixed order from sorted
records, so the same input gives the same triples.

The mapping writes plain rows (IRIs as ``str``, literals as :class:`Lit`)
rather than rdflib terms: adding a triple to an rdflib graph costs far more
than making it, and N-Triples and N-Quads, the formats of large builds, are
written straight from the rows (:meth:`Triples.ntriples_lines`). The rdflib
:class:`~rdflib.Graph` that :func:`to_graph` returns is filled from the rows
the first time something reads it (its store is a :class:`MappedStore`), so
library users get a complete rdflib graph and ``kg build -o x.nt`` never
builds one.
"""

from __future__ import annotations

import functools
import heapq
import os
import re
import shutil
import tempfile
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.plugins.stores.memory import Memory

from kg.resolve import identity
from kg.errors import GraphError
from kg.model import Actor, Article, Claim, Event, Evidence, Quote, Resolved, Story
from kg.rdf.vocab import DATA, KG, NIF, PREFIXES, SCHEMA, event_ancestors

WIKIDATA = "http://www.wikidata.org/entity/"
# Characters an IRI cannot hold in N-Triples or Turtle (rdflib refuses to write them too).
_NOT_IN_IRI = frozenset('<>" {}|\\^`')
_BAD_IRI_CHAR = re.compile("[" + re.escape("".join(sorted(_NOT_IN_IRI))) + "]")  # one C scan, not a str per char


class Lit(NamedTuple):
    """A literal of a mapped row: its lexical form and datatype IRI (None for a plain string)."""

    lexical: str
    datatype: str | None = None


@functools.cache
def _kg(name: str) -> str:
    """The IRI of a term of the kg: vocabulary (rdflib's Namespace builds it anew on each access)."""
    return str(KG[name])


# Terms as plain strings, converted once.
_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_SAME_AS = str(OWL.sameAs)
_DATE, _DECIMAL, _ANY_URI, _COUNT = str(XSD.date), str(XSD.decimal), str(XSD.anyURI), str(XSD.nonNegativeInteger)
_ARTICLE, _SOURCE_ID, _IS_STRING = _kg("Article"), _kg("sourceId"), str(NIF.isString)
_PUBLISHED, _HEADLINE, _URL, _PUBLISHER = (str(SCHEMA.datePublished), str(SCHEMA.headline), str(SCHEMA.url),
                                           str(SCHEMA.publisher))
_ORGANIZATION = str(SCHEMA.Organization)
_MENTION, _IN_ARTICLE, _EVIDENCE, _REPORTED_IN, _MENTIONED_IN = (
    _kg("Mention"), _kg("inArticle"), _kg("evidence"), _kg("reportedIn"), _kg("mentionedIn"))
_BEGIN, _END, _ANCHOR = str(NIF.beginIndex), str(NIF.endIndex), str(NIF.anchorOf)


# Rows held before they are written out as a sorted run of lines (:meth:`Triples.spill`): about 60 MB
# of rows, and a sort of their lines of about as much again, whatever the size of the build.
SPILL_ROWS = 500_000


class Triples:
    """The mapped graph as rows ``(subject, predicate, object)`` in the order they were mapped.

    Subjects and predicates are IRIs (``str``); an object is an IRI or a
    :class:`Lit`. A row mapped twice counts once, as in an RDF graph.

    A large graph does not stay in memory: once :attr:`rows` holds ``spill_rows`` rows, the
    mapper has them written out (:meth:`spill`) as a run of sorted distinct N-Triples lines,
    in a temporary folder removed with the object, and :attr:`rows` starts again empty. The
    writers merge the runs (:meth:`subject_lines`); :meth:`all_rows` reads them back as rows.
    """

    def __init__(self, namespaces: dict[str, str], spill_rows: int | None = SPILL_ROWS) -> None:
        self.rows: list[tuple[str, str, str | Lit]] = []  # the rows not written out yet
        self.namespaces = namespaces  # prefix → namespace, bound on the rdflib graph
        self.spill_rows = spill_rows  # None: never write rows out
        self._runs: list[str] = []  # files of sorted distinct lines, one per spill or merge of runs
        self._levels: list[int] = []  # of each run: 0 for a spill, one more than its runs' for a merge
        self._made = 0  # run files made
        self._spilled = 0  # rows written out
        self._folder: str | None = None
        # (rows, distinct triples) once :meth:`subject_lines` has made every line: a set of every row
        # takes about 50 bytes a row (500 MB at 11 million rows), and `kg build` asks for the
        # number of triples after writing them.
        self._counted: tuple[int, int] | None = None

    def _added(self) -> int:
        return self._spilled + len(self.rows)

    def __len__(self) -> int:
        if self._counted is not None and self._counted[0] == self._added():
            return self._counted[1]
        if not self._runs:
            return len(set(self.rows))
        return sum(len(lines) for lines in self.subject_lines())

    def spill_if_large(self) -> None:
        """Write the rows out (:meth:`spill`) once there are ``spill_rows`` of them."""
        if self.spill_rows is not None and len(self.rows) >= self.spill_rows:
            self.spill()

    def spill(self) -> None:
        """Write the rows held to a new run (their distinct lines, sorted) and empty :attr:`rows`."""
        if not self.rows:
            return
        if self._folder is None:
            self._folder = tempfile.mkdtemp(prefix="kg-rows-")
            weakref.finalize(self, shutil.rmtree, self._folder, True)
        path = self._new_run()
        with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as run:
            for lines in _sorted_lines(self.rows):
                run.write("\n".join(lines) + "\n")
        self._runs.append(path)
        self._levels.append(0)
        self._spilled += len(self.rows)
        self.rows.clear()  # the same list: a mapper holds its append
        # _FAN_IN runs of one level are merged into one of the next, so that a merge never opens
        # more than a few hundred files, however large the build
        while len(self._levels) >= _FAN_IN and len(set(self._levels[-_FAN_IN:])) == 1:
            merged, level = self._new_run(), self._levels[-1] + 1
            with open(merged, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as run:
                run.writelines(_merged(self._runs[-_FAN_IN:]))
            for old in self._runs[-_FAN_IN:]:
                os.remove(old)
            self._runs[-_FAN_IN:], self._levels[-_FAN_IN:] = [merged], [level]

    def _new_run(self) -> str:
        self._made += 1
        return os.path.join(self._folder, f"{self._made}.nt")

    def _run_lines(self, path: str) -> Iterator[str]:
        with open(path, encoding="utf-8", errors="surrogatepass", newline="\n") as run:
            for line in run:
                yield line[:-1]

    def all_rows(self) -> Iterator[tuple[str, str, str | Lit]]:
        """Every row: those written out (each distinct row of a run once, in the order of its lines),
        then those held."""
        for path in self._runs:
            for line in self._run_lines(path):
                yield _row(line)
        yield from self.rows

    def ntriples_lines(self) -> list[str]:
        """Every distinct triple as an N-Triples line (no newline), sorted: the same rows give the same lines.

        Byte for byte what rdflib's N-Triples serialiser writes for the same graph.
        """
        return [line for lines in self.subject_lines() for line in lines]

    def subject_lines(self) -> Iterator[list[str]]:
        """The sorted distinct N-Triples lines of :meth:`ntriples_lines`, one subject's at a time, made
        only when asked for: a writer holds the rows and one subject's lines, not every line.

        A line is ``<s> <p> … .`` and an IRI holds no ``>``, so the lines of a subject are consecutive in
        the sorted lines and the subjects come in the order of ``s + ">"``. Once rows were written out,
        the rest are written out too and the runs merged: the sorted lines of every run, each line once."""
        if self._runs:
            yield from self._merged_subject_lines()
            return
        rows, distinct = len(self.rows), 0
        for lines in _sorted_lines(self.rows):
            distinct += len(lines)
            yield lines
        self._counted = (rows, distinct)

    def _merged_subject_lines(self) -> Iterator[list[str]]:
        self.spill()
        distinct, subject, block = 0, "\n", []  # no line begins with a newline
        for line in _merged(self._runs):
            if not line.startswith(subject):
                if block:
                    yield block
                subject, block = line[:line.index(" ") + 1], []
            block.append(line[:-1])
            distinct += 1
        if block:
            yield block
        self._counted = (self._added(), distinct)

    def rdflib_triples(self) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
        """The rows as rdflib terms, each distinct IRI made once."""
        iris: dict[str, URIRef] = {}

        def iri(value: str) -> URIRef:
            node = iris.get(value)
            if node is None:
                node = iris[value] = URIRef(value)
            return node

        for s, p, o in self.all_rows():
            if o.__class__ is str:
                yield iri(s), iri(p), iri(o)
            else:
                yield iri(s), iri(p), Literal(o.lexical, datatype=None if o.datatype is None else iri(o.datatype))

    def graph(self) -> Graph:
        """An rdflib graph of the rows, filled when first read (see :class:`MappedStore`)."""
        store = MappedStore(self)
        graph = Graph(store=store)
        store.owner = graph
        for prefix, namespace in self.namespaces.items():
            graph.bind(prefix, namespace)
        return graph


def _quoted(text: str) -> str:
    """A string literal as N-Triples writes it (rdflib's escapes: backslash, newline, quote, carriage return)."""
    return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


def _line(row: tuple[str, str, str | Lit]) -> str:
    """A row's N-Triples line (no newline)."""
    s, p, o = row
    if o.__class__ is str:
        return f"<{s}> <{p}> <{o}> ."
    if o.datatype is None:
        return f"<{s}> <{p}> {_quoted(o.lexical)} ."
    return f"<{s}> <{p}> {_quoted(o.lexical)}^^<{o.datatype}> ."


_FAN_IN = 128  # runs merged at once (Triples.spill)


def _merged(paths: list[str]) -> Iterator[str]:
    """The distinct lines of runs of sorted lines, sorted, each with its newline. No line begins
    another (a line ends where its object does, and an object cannot go on past its closing ">" or
    quote and " ."), so the newlines change no comparison."""
    previous = None
    with ExitStack() as stack:
        runs = [stack.enter_context(open(path, encoding="utf-8", errors="surrogatepass", newline="\n"))
                for path in paths]
        for line in heapq.merge(*runs):
            if line != previous:
                previous = line
                yield line


def _sorted_lines(rows: list[tuple[str, str, str | Lit]]) -> Iterator[list[str]]:
    """The sorted distinct lines of ``rows``, a subject's at a time (see :meth:`Triples.subject_lines`):
    sorting each subject's lines apart is cheaper than sorting all of them, which share long starts."""
    by_subject: dict[str, list[tuple[str, str, str | Lit]]] = defaultdict(list)
    for row in rows:
        by_subject[row[0]].append(row)
    quoted = _quoted  # _line, written out: millions of rows
    for subject in sorted(by_subject, key=lambda s: s + ">"):
        yield sorted({f"<{s}> <{p}> <{o}> ." if o.__class__ is str else f"<{s}> <{p}> {quoted(o.lexical)} ."
                      if o.datatype is None else f"<{s}> <{p}> {quoted(o.lexical)}^^<{o.datatype}> ."
                      for s, p, o in by_subject.pop(subject)})


_ESCAPED = re.compile(r"\\(.)")
_UNESCAPED = {"\\": "\\", "n": "\n", '"': '"', "r": "\r"}


def _row(line: str) -> tuple[str, str, str | Lit]:
    """The row of a line of :func:`_line` (its inverse: an IRI holds no ``>`` nor space)."""
    middle = line.index("> <", 1)
    subject, rest = line[1:middle], line[middle + 3:]
    end = rest.index(">")
    predicate, obj = rest[:end], rest[end + 2:-2]
    if obj[0] == "<":
        return subject, predicate, obj[1:-1]
    close = obj.rindex('"')
    lexical = _ESCAPED.sub(lambda m: _UNESCAPED[m.group(1)], obj[1:close])
    return subject, predicate, Lit(lexical, obj[close + 4:-1] if close + 1 < len(obj) else None)


class MappedStore(Memory):
    """An rdflib in-memory store that loads the rows of a :class:`Triples` the first time it is used.

    Until then it holds nothing but the rows, and the graph's size is known
    without loading them; :func:`mapped_rows` hands the rows to writers that
    need no rdflib terms, as long as nothing was added to or removed from the
    graph.
    """

    def __init__(self, triples: Triples) -> None:
        super().__init__()
        self.mapped = triples
        self.owner: Graph | None = None  # the graph whose context the rows belong to
        self.loaded = False
        self.changed = False

    def _load(self) -> None:
        if not self.loaded:
            self.loaded = True
            for triple in self.mapped.rdflib_triples():
                Memory.add(self, triple, self.owner)

    def add(self, triple, context, quoted=False):
        self._load()
        self.changed = True
        return super().add(triple, context, quoted)

    def remove(self, triple, context=None):
        self._load()
        self.changed = True
        return super().remove(triple, context)

    def triples(self, triple_pattern, context=None):
        self._load()
        return super().triples(triple_pattern, context)

    def __len__(self, context=None):
        if not self.loaded and context is self.owner:
            return len(self.mapped)
        self._load()
        return super().__len__(context)

    def contexts(self, triple=None):
        self._load()
        return super().contexts(triple)

    def add_graph(self, graph):
        self._load()
        self.changed = True
        return super().add_graph(graph)

    def remove_graph(self, graph):
        self._load()
        self.changed = True
        return super().remove_graph(graph)


def mapped_rows(graph: Graph) -> Triples | None:
    """The rows ``graph`` was made from by :func:`to_graph`, if it still holds exactly them; else None."""
    store = graph.store
    if isinstance(store, MappedStore) and not store.changed and store.owner is graph:
        return store.mapped
    return None


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def check_base(base: str) -> None:
    """Raise GraphError unless ``base`` can begin every minted IRI: an absolute IRI (a scheme
    such as ``https:``), with no space, control character or character IRIs exclude."""
    if not base:
        raise GraphError("the base IRI is empty: give an absolute IRI such as https://example.org/id/")
    bad = sorted({c for c in base if c in _NOT_IN_IRI or ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F
                  or 0xD800 <= ord(c) <= 0xDFFF})
    if bad:
        raise GraphError(f"the base IRI {base!r} cannot hold {' '.join(repr(c) for c in bad)}")
    if not _SCHEME.match(base):
        raise GraphError(f"the base IRI {base!r} is relative: give an absolute IRI such as https://example.org/id/")


class Mapper:
    """Turns a :class:`Resolved` into rows under one base IRI."""

    def __init__(self, base: str = str(DATA), spill_rows: int | None = SPILL_ROWS) -> None:
        check_base(base)
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.triples = Triples({**{prefix: str(namespace) for prefix, namespace in PREFIXES.items()}, "id": self.base},
                               spill_rows)
        # The offset literals by value: a large build maps millions of rows, most of them of
        # mentions. (No table of the mentions written: nearly every mention evidences one node
        # only, and the rows of one mapped again are the same rows, which count once.)
        self._counts: dict[int, Lit] = {}
        self._used_by: set[tuple[str, str]] = set()  # (mention, actor) kg:usedBy rows written
        self._articles: dict[str, str] = {}

    def iri(self, local: str) -> str:
        return self.base + local

    def node_iri(self, local: str) -> str:
        """The IRI of a node named by resolution or data (not minted here): checked once, as rdflib would on writing."""
        if _BAD_IRI_CHAR.search(local):
            raise GraphError(f"cannot make an IRI of {local!r}")
        return self.base + local

    def _count(self, value: int) -> Lit:
        """The xsd:nonNegativeInteger literal of an offset, one object per value."""
        found = self._counts.get(value)
        if found is None:
            found = self._counts[value] = Lit(str(value), _COUNT)
        return found

    def article_iri(self, source_id: str) -> str:
        node = self._articles.get(source_id)
        if node is None:
            node = self._articles[source_id] = self.iri(identity.article_id(source_id))
        return node

    def add(self, resolved: Resolved) -> Triples:
        actor_iris = {actor.key: self.node_iri(actor.key) for actor in resolved.actors}
        event_iris = {event.key: self.node_iri(event.key) for event in resolved.events}
        claim_iris = {claim.key: self.node_iri(claim.key) for claim in resolved.claims}
        publishers = {name: actor_iris[actor.key] for actor in resolved.actors if actor.sector == "MED"
                      for name in sorted(actor.alt_labels | {actor.label})}
        spill = self.triples.spill_if_large  # a large graph is written out as it is mapped
        for article in sorted(resolved.articles, key=lambda a: a.source_id):
            self._article(article, publishers)
            spill()
        for actor in sorted(resolved.actors, key=lambda a: a.key):
            self._actor(actor, actor_iris[actor.key])
            spill()
        for event in sorted(resolved.events, key=lambda e: e.key):
            self._event(event, event_iris[event.key], actor_iris)
            spill()
        for claim in sorted(resolved.claims, key=lambda c: c.key):
            self._claim(claim, claim_iris[claim.key], actor_iris, event_iris, claim_iris)
            spill()
        for quote in sorted(resolved.quotes, key=lambda q: q.key):
            self._quote(quote, self.node_iri(quote.key), actor_iris)
            spill()
        for story in sorted(resolved.stories, key=lambda s: s.key):
            self._story(story, self.node_iri(story.key), event_iris)
            spill()
        return self.triples

    def _story(self, story: Story, node: str, events: dict[str, str]) -> None:
        """A story: its articles (kg:inStory) and the event most of them report (kg:mainEvent)."""
        add = self.triples.rows.append
        add((node, _TYPE, _kg("Story")))
        for source_id in story.articles:
            add((self.article_iri(source_id), _kg("inStory"), node))
        if story.main_event in events:
            add((node, _kg("mainEvent"), events[story.main_event]))

    # -- nodes -----------------------------------------------------------------

    def _article(self, article: Article, publishers: dict[str, str]) -> None:
        node = self.article_iri(article.source_id)
        add = self.triples.rows.append
        add((node, _TYPE, _ARTICLE))
        add((node, _SOURCE_ID, Lit(article.source_id)))
        add((node, _IS_STRING, Lit(article.text)))
        if article.date is not None:
            add((node, _PUBLISHED, Lit(article.date.isoformat(), _DATE)))
        if article.title:
            add((node, _HEADLINE, Lit(article.title)))
        if article.url:
            add((node, _URL, Lit(article.url, _ANY_URI)))
        if article.publisher:
            publisher = publishers.get(article.publisher)
            if publisher is None:
                # Named only in metadata, not in the text: an organisation without evidence,
                # so not a kg:Actor (every actor has evidence).
                publisher = self.iri(identity.actor_id("Organization", identity.slug(article.publisher)))
                add((publisher, _TYPE, _ORGANIZATION))
                add((publisher, _LABEL, Lit(article.publisher)))
            add((node, _PUBLISHER, publisher))

    def _actor(self, actor: Actor, node: str) -> None:
        add = self.triples.rows.append
        add((node, _TYPE, _kg(actor.kind)))
        add((node, _LABEL, Lit(actor.label)))
        for alt in sorted(actor.alt_labels - {actor.label}):
            add((node, _ALT, Lit(alt)))
        if actor.country:
            add((node, _kg("countryCode"), Lit(actor.country)))
        if actor.sector:
            add((node, _kg("sector"), Lit(actor.sector)))
        if actor.in_country:
            add((node, _kg("inCountry"), self.node_iri(actor.in_country)))
        for employer in sorted(actor.speaks_for):
            add((node, _kg("spokesFor"), self.node_iri(employer)))
        for body in sorted(actor.member_of):
            add((node, _kg("memberOf"), self.node_iri(body)))
        if actor.wikidata:
            add((node, _SAME_AS, _checked(WIKIDATA + actor.wikidata)))
        for source_id in actor.articles:
            add((node, _MENTIONED_IN, self.article_iri(source_id)))
        self._evidence(node, actor.evidence)

    def _event(self, event: Event, node: str, actors: dict[str, str]) -> None:
        add = self.triples.rows.append
        add((node, _TYPE, _kg(event.type)))
        # A general-news class also states its PLOVER category ("an arrest is also Coerce"), so that
        # queries by PLOVER category need no reasoner (kg.knowledge.event_classes.event_ancestors).
        for ancestor in event_ancestors(event.type):
            add((node, _TYPE, _kg(ancestor)))
        # The name of its own class, one literal per event, so that a query over every event reads its
        # kind from one scan of one property instead of its rdf:type rows, mostly those of the classes
        # it specialises (docs/PERFORMANCE.md, "Query latency: notes on the rewrites").
        add((node, _kg("eventType"), Lit(event.type)))
        for trigger in sorted(event.triggers):
            add((node, _kg("trigger"), Lit(trigger)))
        for role, keys in ((_kg("agent"), event.agents), (_kg("target"), event.targets),
                           (_kg("place"), event.places)):
            for key in sorted(keys):
                add((node, role, actors[key]))
        if event.date is not None:
            add((node, _kg("date"), Lit(event.date.isoformat(), _DATE)))
        add((node, _kg("factuality"), _kg(event.factuality.capitalize())))
        for key in sorted(event.denied_by):
            add((node, _kg("deniedBy"), actors[key]))
        self._reported(node, event.evidence)

    def _claim(self, claim: Claim, node: str, actors, events, claims) -> None:
        add = self.triples.rows.append
        add((node, _TYPE, _kg("Claim")))
        add((node, _kg("measure"), _kg(claim.measure)))
        # rdflib's lexical form of the value, so that the rows read back as the same Literal.
        add((node, _kg("value"), Lit(str(Literal(claim.value, datatype=XSD.decimal)), _DECIMAL)))
        add((node, _kg("approximation"), _kg(claim.approximation)))
        if claim.affected:
            add((node, _kg("affected"), actors[claim.affected]))
        if claim.attributed_to:
            add((node, _kg("attributedTo"), actors[claim.attributed_to]))
        if claim.manner:
            add((node, _kg("manner"), Lit(claim.manner)))
        if claim.event:
            add((node, _kg("about"), events[claim.event]))
        for other in sorted(claim.conflicts_with):
            add((node, _kg("conflictsWith"), claims[other]))
        for other in sorted(claim.supersedes):
            add((node, _kg("supersedes"), claims[other]))
        self._reported(node, claim.evidence)

    def _quote(self, quote: Quote, node: str, actors: dict[str, str]) -> None:
        add = self.triples.rows.append
        add((node, _TYPE, _kg("Quote")))
        add((node, _kg("text"), Lit(quote.text)))
        if quote.speaker:
            add((node, _kg("speaker"), actors[quote.speaker]))
        self._reported(node, quote.evidence)

    # -- evidence ----------------------------------------------------------------

    def _reported(self, node: str, evidence: Iterable[Evidence]) -> None:
        evidence = list(evidence)
        add = self.triples.rows.append
        for source_id in sorted({e.source_id for e in evidence}):
            add((node, _REPORTED_IN, self.article_iri(source_id)))
        self._evidence(node, evidence)

    def _evidence(self, node: str, evidence: Iterable[Evidence]) -> None:
        add = self.triples.rows.append
        for item in sorted(set(evidence), key=lambda e: (e.source_id, e.span.start, e.span.end)):
            span = item.span
            mention = self.iri(identity.mention_id(item.source_id, span.start, span.end))
            add((node, _EVIDENCE, mention))
            if item.used_by and (mention, item.used_by) not in self._used_by:
                self._used_by.add((mention, item.used_by))  # who used a side's label for a group
                add((mention, _kg("usedBy"), self.node_iri(item.used_by)))
            add((mention, _TYPE, _MENTION))
            add((mention, _IN_ARTICLE, self.article_iri(item.source_id)))
            add((mention, _BEGIN, self._count(span.start)))
            add((mention, _END, self._count(span.end)))
            add((mention, _ANCHOR, Lit(span.text)))


def _checked(iri: str) -> str:
    if _BAD_IRI_CHAR.search(iri):
        raise GraphError(f"cannot make an IRI of {iri!r}")
    return iri


def to_triples(resolved: Resolved, base: str = str(DATA)) -> Triples:
    """The rows of a resolved set of articles."""
    return Mapper(base).add(resolved)


def to_graph(resolved: Resolved, base: str = str(DATA)) -> Graph:
    """The RDF graph of a resolved set of articles (an rdflib graph, filled from the rows when first read)."""
    return to_triples(resolved, base).graph()
