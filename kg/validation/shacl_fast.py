"""A SHACL engine for large graphs that reports exactly what pySHACL reports.

pySHACL, the reference engine, validates every property shape once per focus
node through its generic machinery and runs every SHACL-SPARQL constraint
once per focus node in rdflib; on a million triples that takes twenty
minutes. This engine keeps pySHACL's model of the shapes (its ``Shape`` and
constraint-component objects, so shapes load, fail and word their messages
as in pySHACL) and replaces only the evaluation:

- SHACL Core constraints are checked in Python over an index of the data
  (subject -> predicate -> objects), each shape once over all its focus
  nodes, with the same tests pySHACL's components make (datatype, string,
  range and ``sh:lessThan`` comparisons use its own helpers);
- each SPARQL constraint runs once over the whole graph in pyoxigraph, with
  ``$this`` bound by the shape's targets at the head of the query, when the
  query's algebra shows that this equals binding ``$this`` node by node;
  any other query runs once per focus node with ``$this`` substituted;
- every result is made by pySHACL's ``make_v_result`` and the report by its
  ``create_validation_report``, so severities, messages, ``sh:detail`` and
  the report triples are pySHACL's own.

Shapes that use anything else (SPARQL-based targets, paths other than a
single property, ``sh:closed``, qualified value shapes, custom constraint
components, ``$PATH`` or ``$currentShape`` in a query, recursive shapes, ...)
raise :class:`Unsupported`, and ``kg.validate`` runs pySHACL instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pyoxigraph
from pyshacl.constraints import CONSTRAINT_PARAMETERS_MAP
from pyshacl.constraints.core import cardinality_constraints as card
from pyshacl.constraints.core import logical_constraints as logic
from pyshacl.constraints.core import other_constraints as other
from pyshacl.constraints.core import property_pair_constraints as pair
from pyshacl.constraints.core import shape_based_constraints as shaped
from pyshacl.constraints.core import string_based_constraints as strings
from pyshacl.constraints.core import value_constraints as values
from pyshacl.constraints.core import value_range_constraints as ranges
from pyshacl.constraints.sparql.sparql_based_constraints import SPARQLBasedConstraint
from pyshacl.errors import ConstraintLoadError, ReportableRuntimeError, ShapeLoadError, ValidationFailure
from pyshacl.rdfutil.compare import compare_literal
from pyshacl.shapes_graph import ShapesGraph
from pyshacl.validator import Validator
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from kg.rdf.terms import UnsupportedTerm, to_oxigraph, to_rdflib


class Unsupported(Exception):
    """The shapes use a feature this engine does not implement; validate with pySHACL."""


# --- the data -------------------------------------------------------------------------


class DataIndex:
    """The data graph as ``subject -> predicate -> [objects]`` of rdflib terms.

    The pyoxigraph store that SPARQL constraints run on is made on first
    use, from the quads the index was read from (files, a store) or from
    the rdflib graph. Blank nodes keep the labels the index gives them.
    """

    def __init__(self) -> None:
        self.out: dict[Node, dict[Node, list[Node]]] = {}
        self._quads: list | None = None
        self._graph: Graph | None = None
        self._store: pyoxigraph.Store | None = None
        self._from_ox: dict = {}  # pyoxigraph term -> rdflib term
        self._to_ox_cache: dict = {}  # rdflib term -> pyoxigraph term
        self._canonical_cache: dict = {}
        self._instances: dict[Node, list[Node]] | None = None
        self._subclasses: dict[Node, list[Node]] | None = None
        self._superclasses: dict[Node, frozenset] = {}

    @classmethod
    def from_quads(cls, quads: list) -> DataIndex:
        """Index pyoxigraph quads (named graphs merged); their blank node labels must already be unique."""
        index = cls()
        index._quads = quads
        convert = index.to_rdflib
        out = index.out
        for quad in quads:
            s = convert(quad.subject)
            p = convert(quad.predicate)
            o = convert(quad.object)
            by_predicate = out.get(s)
            if by_predicate is None:
                out[s] = {p: [o]}
            else:
                objects = by_predicate.get(p)
                if objects is None:
                    by_predicate[p] = [o]
                else:
                    objects.append(o)
        index._deduplicate()
        return index

    @classmethod
    def from_graph(cls, graph: Graph) -> DataIndex:
        index = cls()
        index._graph = graph
        out = index.out
        for s, p, o in graph:
            out.setdefault(s, {}).setdefault(p, []).append(o)
        return index

    def _deduplicate(self) -> None:
        # The same triple in two named graphs (or twice in a file) is one triple.
        for by_predicate in self.out.values():
            for p, objects in by_predicate.items():
                if len(objects) > 1:
                    by_predicate[p] = list(dict.fromkeys(objects))

    def __len__(self) -> int:
        return sum(len(objects) for by_predicate in self.out.values() for objects in by_predicate.values())

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        by_predicate = self.out.get(subject)
        return by_predicate.get(predicate, []) if by_predicate else []

    def value(self, subject: Node, predicate: Node) -> Node | None:
        found = self.objects(subject, predicate)
        return found[0] if found else None

    # --- class membership, as pySHACL reads it from the data graph

    def instances(self, cls: Node) -> list[Node]:
        if self._instances is None:
            self._instances = {}
            for s, by_predicate in self.out.items():
                for t in by_predicate.get(RDF.type, ()):
                    self._instances.setdefault(t, []).append(s)
        return self._instances.get(cls, [])

    def subclasses(self, cls: Node) -> set[Node]:
        """Every class below ``cls`` by rdfs:subClassOf, transitively (not ``cls`` unless in a cycle)."""
        if self._subclasses is None:
            self._subclasses = {}
            for s, by_predicate in self.out.items():
                for parent in by_predicate.get(RDFS.subClassOf, ()):
                    self._subclasses.setdefault(parent, []).append(s)
        found: set[Node] = set()
        pending = [cls]
        while pending:
            for child in self._subclasses.get(pending.pop(), ()):
                if child not in found:
                    found.add(child)
                    pending.append(child)
        return found

    def superclasses(self, cls: Node) -> frozenset:
        """``cls`` and every class above it by rdfs:subClassOf (pySHACL's transitive_objects)."""
        known = self._superclasses.get(cls)
        if known is None:
            found = {cls}
            pending = [cls]
            while pending:
                for parent in self.objects(pending.pop(), RDFS.subClassOf):
                    if parent not in found:
                        found.add(parent)
                        pending.append(parent)
            known = self._superclasses[cls] = frozenset(found)
        return known

    # --- the pyoxigraph side

    def as_in_data(self, literal: Literal, subject: Node, predicate: Node) -> Literal:
        """The object of ``subject predicate`` that the store gave back as ``literal``.

        The store keeps numbers and booleans in canonical form ("05" and
        xsd:nonNegativeInteger come back as "5" and xsd:integer); pySHACL
        reports the literal as written in the data.
        """
        objects = self.objects(subject, predicate)
        if literal in objects:
            return literal
        for candidate in objects:
            if isinstance(candidate, Literal) and self._canonical(candidate) == literal:
                return candidate
        return literal

    def _canonical(self, literal: Literal) -> Literal:
        found = self._canonical_cache.get(literal)
        if found is None:
            probe = pyoxigraph.Store()
            node = pyoxigraph.NamedNode("urn:kg:probe")
            probe.add(pyoxigraph.Quad(node, node, _to_ox(literal, {})))
            (quad,) = probe.quads_for_pattern(None, None, None, None)
            found = self._canonical_cache[literal] = _to_rdflib(quad.object)
        return found

    def store(self) -> pyoxigraph.Store:
        if self._store is None:
            store = pyoxigraph.Store()
            if self._quads is not None:
                store.bulk_extend(self._quads)
            else:
                convert = self._to_ox_converter()
                store.bulk_extend(pyoxigraph.Quad(convert(s), convert(p), convert(o)) for s, p, o in self._graph)
            self._store = store
        return self._store

    def _to_ox_converter(self):
        cache = self._to_ox_cache

        def convert(term):
            found = cache.get(term)
            if found is None:
                found = cache[term] = _to_ox(term, self._from_ox)
            return found

        return convert

    def to_ox(self, term: Node):
        """The store's term for an rdflib term (the same blank node the store holds)."""
        return self._to_ox_converter()(term)

    def to_rdflib(self, term) -> Node:
        found = self._from_ox.get(term)
        if found is None:
            found = self._from_ox[term] = _to_rdflib(term)
        return found


def _to_rdflib(term) -> Node:
    try:
        return to_rdflib(term)
    except UnsupportedTerm as error:
        raise Unsupported(str(error)) from error


def _to_ox(term: Node, from_ox: dict):
    if isinstance(term, BNode):
        try:
            node = to_oxigraph(term)
        except ValueError:  # a label pyoxigraph does not accept: a fresh one, mapped back
            node = pyoxigraph.BlankNode()
        from_ox[node] = term
        return node
    try:
        return to_oxigraph(term)
    except UnsupportedTerm as error:
        raise Unsupported(str(error)) from error


# --- the shapes -----------------------------------------------------------------------

# pySHACL's component class -> the name of the method below that evaluates it.
_EVALUATORS = {
    card.MinCountConstraintComponent: "_min_count",
    card.MaxCountConstraintComponent: "_max_count",
    values.ClassConstraintComponent: "_class",
    values.DatatypeConstraintComponent: "_datatype",
    values.NodeKindConstraintComponent: "_node_kind",
    strings.MinLengthConstraintComponent: "_min_length",
    strings.MaxLengthConstraintComponent: "_max_length",
    strings.PatternConstraintComponent: "_pattern",
    other.InConstraintComponent: "_in",
    other.HasValueConstraintComponent: "_has_value",
    pair.LessThanConstraintComponent: "_less_than",
    ranges.MinInclusiveConstraintComponent: "_range",
    ranges.MinExclusiveConstraintComponent: "_range",
    ranges.MaxInclusiveConstraintComponent: "_range",
    ranges.MaxExclusiveConstraintComponent: "_range",
    shaped.PropertyConstraintComponent: "_property",
    shaped.NodeConstraintComponent: "_node",
    logic.OrConstraintComponent: "_or",
    logic.AndConstraintComponent: "_and",
    logic.XoneConstraintComponent: "_xone",
    logic.NotConstraintComponent: "_not",
    SPARQLBasedConstraint: "_sparql",
}

_RANGE_TEST = {
    ranges.MinInclusiveConstraintComponent: ("min_vals", lambda cmp: cmp >= 0),
    ranges.MinExclusiveConstraintComponent: ("min_vals", lambda cmp: cmp > 0),
    ranges.MaxInclusiveConstraintComponent: ("max_vals", lambda cmp: cmp <= 0),
    ranges.MaxExclusiveConstraintComponent: ("max_vals", lambda cmp: cmp < 0),
}

_NODE_KINDS = {
    "bnode": (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI),
    "literal": (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral),
    "iri": (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI),
}

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)


class _Shape:
    """One pySHACL shape with its constraint components, ready to evaluate."""

    def __init__(self, shape, components: list) -> None:
        self.shape = shape  # the pySHACL Shape
        self.node = shape.node
        self.path = shape.path() if shape.is_property_shape else None
        self.deactivated = bool(shape.deactivated)
        self.components = components  # [(pySHACL component, evaluator name)]


class _Failure:
    """A validation result before it is worded: pySHACL's make_v_result arguments."""

    __slots__ = ("component", "focus", "kwargs", "details")

    def __init__(self, component, focus, details: list | None = None, **kwargs) -> None:
        self.component = component
        self.focus = focus
        self.kwargs = kwargs
        self.details = details


def _failing_values(component, pairs, ok) -> list[_Failure]:
    """A failure for each value node ``ok`` rejects, focus node by focus node, in value order."""
    return [_Failure(component, focus, value_node=v) for focus, values in pairs for v in values if not ok(v)]


class Engine:
    """The shapes graph compiled for :meth:`run`; raises :class:`Unsupported` for what it cannot evaluate."""

    def __init__(self, shapes_graph: Graph) -> None:
        self.sg = ShapesGraph(shapes_graph)
        self._shapes: dict[Node, _Shape] = {}
        try:
            top = list(self.sg.shapes)
            self.top = [self._compile(shape, ()) for shape in top]
        except (ConstraintLoadError, ShapeLoadError, ReportableRuntimeError, ValidationFailure) as error:
            # pySHACL reports these itself, in its words.
            raise Unsupported(f"shapes pySHACL refuses: {error}") from error
        for shape in top:
            if (shape.node, SH.target, None) in shapes_graph:
                raise Unsupported(f"{shape.node.n3()} has a SPARQL-based target (sh:target)")
            if (shape.node, RDF.type, RDFS.Class) in shapes_graph or (shape.node, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in shapes_graph:
                raise Unsupported(f"{shape.node.n3()} is a class too (implicit class target)")

    def _compile(self, shape, visiting: tuple) -> _Shape:
        known = self._shapes.get(shape.node)
        if known is not None:
            return known
        if shape.node in visiting:
            raise Unsupported(f"{shape.node.n3()} refers to itself (recursive shapes)")
        if shape.is_property_shape and not isinstance(shape.path(), URIRef):
            raise Unsupported(f"{shape.node.n3()} has a path that is not a single property")
        parameters = [p for p, _ in self.sg.graph.predicate_objects(shape.node) if p in CONSTRAINT_PARAMETERS_MAP]
        components = []
        done = set()
        for parameter in parameters:
            kind = CONSTRAINT_PARAMETERS_MAP[parameter]
            if kind in done:
                continue
            done.add(kind)
            if kind not in _EVALUATORS:
                raise Unsupported(f"{shape.node.n3()} uses {parameter.n3()}")
            components.append((kind(shape), _EVALUATORS[kind]))
        if (shape.node, SH.js, None) in self.sg.graph or (shape.node, SH.expression, None) in self.sg.graph:
            raise Unsupported(f"{shape.node.n3()} uses a SHACL-AF constraint")
        compiled = _Shape(shape, components)
        # Shapes used by this one are compiled first, so recursion is found here.
        for component, name in components:
            for other_node in _referenced_shapes(self.sg, component, name):
                other_shape = shape.get_other_shape(other_node)
                if other_shape is None:
                    raise Unsupported(f"{other_node.n3()} is not a shape")
                self._compile(other_shape, visiting + (shape.node,))
            if name == "_sparql":
                component.kg_queries = [_SparqlQuery(helper, shape) for helper in component.sparql_constraints]
        self._shapes[shape.node] = compiled
        return compiled

    def run(self, data: DataIndex) -> Graph:
        """Validate ``data``: pySHACL's report graph."""
        return _Run(self, data).report()


def _referenced_shapes(sg: ShapesGraph, component, name: str) -> Iterator[Node]:
    if name == "_property":
        yield from component.property_shapes
    elif name == "_node":
        yield from component.node_shapes
    elif name == "_not":
        yield from component.not_list
    elif name in ("_or", "_and", "_xone"):
        lists = {"_or": "or_list", "_and": "and_list", "_xone": "xone_nodes"}[name]
        for head in getattr(component, lists):
            yield from sg.graph.items(head)


# --- SPARQL constraints ---------------------------------------------------------------

_THIS = Variable("this")
_TARGET_VAR = "kg_shacl_fast_target"
_TABLE_MARK = "#kg-shacl-fast-targets#\n"
_SELECT = re.compile(r"^\s*SELECT\s+(DISTINCT\s+|REDUCED\s+)?", re.I)
_WHERE_OPEN = re.compile(r"\{")


class _SparqlQuery:
    """One sh:select of a node shape: its text for pyoxigraph, run in bulk when that is exact."""

    def __init__(self, helper, shape) -> None:
        self.helper = helper
        text = helper.select_text
        if shape.is_property_shape:
            raise Unsupported(f"{shape.node.n3()}: SPARQL constraints on property shapes ($PATH)")
        for variable in ("PATH", "currentShape", "shapesGraph", "failure"):
            if re.search(r"[$?]" + variable + r"\b", text):
                raise Unsupported(f"{shape.node.n3()}: a SPARQL constraint using ?{variable}")
        try:
            helper.check_invalid_sparql(text)  # MINUS, VALUES, nested SELECT of $this, ...
        except ValidationFailure as error:
            raise Unsupported(str(error)) from error
        self.binds_this = bool(helper.bind_this_regex.search(text))
        self.prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in helper.prefixes.items())
        self.per_node = self.prefixes + "\n" + text
        self.bulk = _bulk_text(self.prefixes, text) if self.binds_this else None
        projection = _SELECT.sub("", text.split("{", 1)[0])
        self.projects_this = bool(re.search(r"[$?]this\b", projection)) or projection.strip()[:1] == "*"


def _bulk_text(prefixes: str, text: str) -> str | None:
    """The query with ``$this`` bound by a target table at the head of its WHERE group, or None.

    None when that would not give what binding ``$this`` node by node
    gives: see :func:`_bulk_is_exact`. ``_TABLE_MARK`` marks where the table of
    focus nodes goes.
    """
    select = _SELECT.match(text)
    opening = _WHERE_OPEN.search(text)
    if select is None or opening is None:
        return None
    head = text[: opening.start()]
    if not re.fullmatch(r"\s*SELECT\s.*?(WHERE\s*)?", head, re.I | re.S):
        return None
    body = text[opening.end():]
    projection = head[select.end():]
    if not re.search(r"[$?]this\b", projection) and projection.strip()[:1] != "*":
        head = head[: select.end()] + "?this " + projection  # each row must say its focus node
    table = f"{{ SELECT DISTINCT ?this WHERE {{ VALUES ?{_TARGET_VAR} {{ 0 }} ?this ?{_TARGET_VAR} ?{_TARGET_VAR} }} }}"
    candidate = prefixes + "\n" + head + "{ " + table + "\n" + body
    candidate = re.sub(r"\$this\b", "?this", candidate)
    try:
        algebra = translateQuery(parseQuery(candidate)).algebra
    except Exception:  # rdflib cannot read it: do not guess
        return None
    if not _bulk_is_exact(algebra):
        return None
    return candidate.replace(table, _TABLE_MARK, 1)


def _mentions_this(value) -> bool:
    if isinstance(value, Variable):
        return value == _THIS
    if isinstance(value, CompValue):
        return any(_mentions_this(v) for k, v in value.items() if k != "_vars")
    if isinstance(value, dict):
        return any(_mentions_this(v) for k, v in value.items() if k != "_vars")
    if isinstance(value, (list, tuple, set)):
        return any(_mentions_this(v) for v in value)
    return False


def _is_target_table(node) -> bool:
    return isinstance(node, CompValue) and node.name == "ToMultiSet" and _TARGET_VAR in repr(node)


def _bulk_is_exact(algebra: CompValue) -> bool:
    """Whether joining the target table first equals pre-binding ``$this`` (SHACL 1.0 §5.2.1).

    Graph patterns that mention ``?this`` join on it either way. What differs
    is an expression (FILTER, BIND, OPTIONAL's condition, ORDER BY) that
    reads ``?this`` where it is not bound by the table: inside a nested
    group, a UNION branch, a sub-select or an EXISTS. Such expressions are
    allowed only on the query's top group, whose first element is the
    table. Grouping and LIMIT would mix focus nodes, so they are refused.
    """
    found_table = []

    def walk(node, top: bool) -> bool:
        if not isinstance(node, CompValue):
            return not _mentions_this(node)
        name = node.name
        if _is_target_table(node):
            found_table.append(top)
            return True
        if name in ("Project", "Distinct", "Reduced", "SelectQuery"):
            return walk(node.p, top)
        if name in ("Filter", "Extend", "OrderBy"):
            return _expression_ok(node.expr, top) and walk(node.p, top)
        if name == "Join":
            return walk(node.p1, top) and walk(node.p2, False)
        if name == "LeftJoin":
            return walk(node.p1, top) and walk(node.p2, False) and _expression_ok(node.expr, top)
        if name == "Union":
            return walk(node.p1, False) and walk(node.p2, False)
        if name == "BGP":
            return True
        if name in ("Slice", "Group", "AggregateJoin") and top:
            return False
        return not _mentions_this(node)

    return walk(algebra, True) and found_table == [True]


def _expression_ok(expression, top: bool) -> bool:
    if not _mentions_this(expression):
        return True
    if not top:
        return False
    # On the top group ?this is bound; inside an EXISTS only its graph patterns may use it.
    return not any(_mentions_this(part) for part in _exists_expressions(expression))


def _exists_expressions(value) -> Iterator:
    """The expressions inside the EXISTS / NOT EXISTS of an expression."""
    if isinstance(value, CompValue):
        if value.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
            yield from _expressions_in_pattern(value.graph)
            return
        for k, v in value.items():
            if k != "_vars":
                yield from _exists_expressions(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _exists_expressions(v)


def _expressions_in_pattern(value) -> Iterator:
    """The expressions (and whole sub-selects) inside a graph pattern, parsed or translated."""
    if isinstance(value, CompValue):
        if value.name in ("SubSelect", "ToMultiSet", "InlineData", "values"):
            yield value
            return
        for k, v in value.items():
            if k == "expr":
                yield v
            elif k != "_vars":
                yield from _expressions_in_pattern(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _expressions_in_pattern(v)


# --- evaluation -----------------------------------------------------------------------


class _Run:
    def __init__(self, engine: Engine, data: DataIndex) -> None:
        self.engine = engine
        self.data = data
        self._conformance: dict[tuple, list] = {}

    def report(self) -> Graph:
        failures: list[_Failure] = []
        for shape in self.engine.top:
            focus = self._focus_nodes(shape)
            if focus:
                failures.extend(self._validate(shape, focus))
        return self._report(failures)

    # pySHACL's Shape.focus_nodes
    def _focus_nodes(self, shape: _Shape) -> list[Node]:
        target_nodes, target_classes, implicit_classes, objects_of, subjects_of = map(set, shape.shape.target())
        found = set(target_nodes)
        for cls in target_classes | implicit_classes:
            found.update(self.data.instances(cls))
            for subclass in self.data.subclasses(cls):
                if subclass != cls:
                    found.update(self.data.instances(subclass))
        if subjects_of or objects_of:
            for s, by_predicate in self.data.out.items():
                for p in subjects_of.intersection(by_predicate):
                    found.add(s)
                for p in objects_of.intersection(by_predicate):
                    found.update(by_predicate[p])
        return list(found)

    def _value_nodes(self, shape: _Shape, focus: Node) -> list[Node]:
        if shape.path is None:
            return [focus]
        return self.data.objects(focus, shape.path)

    def _validate(self, shape: _Shape, focus: list[Node]) -> list[_Failure]:
        if shape.deactivated:
            return []
        pairs = [(f, self._value_nodes(shape, f)) for f in focus]
        failures: list[_Failure] = []
        for component, name in shape.components:
            failures.extend(getattr(self, name)(component, shape, pairs))
        return failures

    def _nested(self, shape_node: Node, value: Node) -> list[_Failure]:
        """The failures of ``value`` against a shape used by sh:node, sh:or, ...; empty if it conforms."""
        key = (shape_node, value)
        known = self._conformance.get(key)
        if known is None:
            known = self._conformance[key] = self._validate(self.engine._shapes[shape_node], [value])
        return known

    def _conforms(self, shape_node: Node, value: Node) -> bool:
        return not self._nested(shape_node, value)

    # --- SHACL Core, as pySHACL's components test it

    def _min_count(self, c, shape, pairs):
        n = c.min_count.value
        return [_Failure(c, f) for f, vs in pairs if not len(vs) >= n]

    def _max_count(self, c, shape, pairs):
        n = c.max_count.value
        return [_Failure(c, f) for f, vs in pairs if not len(vs) <= n]

    def _class(self, c, shape, pairs):
        def instance_of(cls, v) -> bool:
            return not isinstance(v, Literal) and any(
                t == cls or cls in self.data.superclasses(t) for t in self.data.objects(v, RDF.type))

        return [failure for cls in c.class_rules
                for failure in _failing_values(c, pairs, lambda v: instance_of(cls, v))]

    def _datatype(self, c, shape, pairs):
        rule = c.datatype_rule

        def matches(v) -> bool:
            if not isinstance(v, Literal):
                return False
            if v.datatype == rule:
                return False if getattr(v, "ill_typed", None) is True else c._assert_actual_datatype(v, rule)
            if rule == RDFS.Literal or (rule == RDFS.Datatype and v.datatype):
                return True
            if (v.datatype is None and v.language is None and rule == XSD.string) \
                    or (rule == RDF.langString and v.language):
                return c._assert_actual_datatype(v, rule)
            return False

        return _failing_values(c, pairs, matches)

    def _node_kind(self, c, shape, pairs):
        def kind(v) -> str:
            return "bnode" if isinstance(v, BNode) else "literal" if isinstance(v, Literal) else "iri"

        return _failing_values(c, pairs, lambda v: c.nodekind_rule in _NODE_KINDS[kind(v)])

    def _lengths(self, c, pairs, test):
        failures = []
        for rule in c.string_rules:
            limit = rule.value
            if limit < 0:
                raise Unsupported("a negative length")
            failures += _failing_values(
                c, pairs, lambda v: test(limit, None if isinstance(v, BNode) else len(c.value_node_to_string(v))))
        return failures

    def _min_length(self, c, shape, pairs):
        return self._lengths(c, pairs, lambda limit, n: limit == 0 or (n is not None and n >= limit))

    def _max_length(self, c, shape, pairs):
        return self._lengths(c, pairs, lambda limit, n: n is not None and n <= limit)

    def _pattern(self, c, shape, pairs):
        failures = []
        for rule in c.string_rules:
            matcher = c.compiled_cache[rule]
            failures += _failing_values(
                c, pairs, lambda v: not isinstance(v, BNode) and bool(matcher.search(c.value_node_to_string(v))))
        return failures

    def _in(self, c, shape, pairs):
        return _failing_values(c, pairs, lambda v: v in c.in_vals)

    def _has_value(self, c, shape, pairs):
        return [_Failure(c, f) for wanted in c.has_value_set for f, vs in pairs if wanted not in vs]

    def _range(self, c, shape, pairs):
        attribute, test = _RANGE_TEST[type(c)]
        failures = []
        for bound in getattr(c, attribute):
            def within(v) -> bool:
                if not (isinstance(v, Literal) and isinstance(v.value, str) == isinstance(bound.value, str)):
                    return False
                try:
                    return test(compare_literal(v, bound))
                except (TypeError, NotImplementedError):
                    return False

            failures += _failing_values(c, pairs, within)
        return failures

    def _less_than(self, c, shape, pairs):
        failures = []
        for other_path in c.property_compare_set:
            for f, vs in pairs:
                others = self.data.objects(f, other_path)
                for v in set(vs):
                    left, left_is_string = _comparable(v)
                    for o in set(others):
                        right, right_is_string = _comparable(o)
                        if left_is_string != right_is_string or not left < right:
                            failures.append(_Failure(c, f, value_node=v))
        return failures

    # --- shapes within shapes

    def _property(self, c, shape, pairs):
        failures = []
        nodes = [v for _, vs in pairs for v in vs]
        for node in c.property_shapes:
            failures.extend(self._validate(self.engine._shapes[node], nodes))
        return failures

    def _node(self, c, shape, pairs):
        failures = []
        for node in c.node_shapes:
            for f, vs in pairs:
                for v in vs:
                    nested = self._nested(node, v)
                    if nested:
                        failures.append(_Failure(c, f, details=nested, value_node=v))
        return failures

    def _members(self, head) -> list[Node]:
        return list(self.engine.sg.graph.items(head))

    def _or(self, c, shape, pairs):
        failures = []
        for head in c.or_list:
            members = set(self._members(head))
            failures += _failing_values(c, pairs, lambda v: not members or any(self._conforms(m, v) for m in members))
        return failures

    def _and(self, c, shape, pairs):
        failures = []
        for head in c.and_list:
            members = set(self._members(head))
            failures += _failing_values(c, pairs, lambda v: all(self._conforms(m, v) for m in members))
        return failures

    def _xone(self, c, shape, pairs):
        failures = []
        for head in c.xone_nodes:
            members = self._members(head)
            failures += _failing_values(
                c, pairs, lambda v: not members or sum(self._conforms(m, v) for m in members) == 1)
        return failures

    def _not(self, c, shape, pairs):
        failures = []
        for node in c.not_list:
            failures += _failing_values(c, pairs, lambda v: not self._conforms(node, v))
        return failures

    # --- SPARQL

    def _sparql(self, c, shape, pairs):
        failures = []
        focus = [f for f, _ in pairs]
        for query in c.kg_queries:
            helper = query.helper
            if helper.deactivated:
                continue
            kwargs = {"source_constraint": helper.node, "extra_messages": helper.messages or None}
            for f, rows in self._sparql_rows(query, focus):
                seen = []
                for t, p, v, variables in rows:
                    if (t, p, v, variables) in seen:  # pySHACL's guard against duplicate rows
                        continue
                    seen.append((t, p, v, variables))
                    value = f if v is None else v  # a node shape reports its focus node
                    failures.append(_Failure(c, t or f, value_node=value, result_path=p,
                                             bound_vars=(t, p, value, variables), **kwargs))
        return failures

    def _sparql_rows(self, query: _SparqlQuery, focus: list[Node]) -> Iterator[tuple[Node, list]]:
        """(focus node, its rows (this, path, value, other variables)), as pySHACL reads them."""
        store = self.data.store()
        if query.bulk is not None and len(focus) > 1 and not any(isinstance(f, BNode) for f in focus):
            wanted = set(focus)
            rows: dict[Node, list] = {}
            text = query.bulk.replace(_TABLE_MARK, _target_table(focus), 1)
            for t, p, v, variables in self._rows(store.query(text, use_default_graph_as_union=True)):
                if t in wanted:
                    # The focus node was added to the projection: a row says it only if the query did.
                    rows.setdefault(t, []).append((t if query.projects_this else None, p, v, variables))
            yield from rows.items()
            return
        for f in focus:
            substitutions = {pyoxigraph.Variable("this"): self.data.to_ox(f)} if query.binds_this else None
            solutions = store.query(query.per_node, substitutions=substitutions, use_default_graph_as_union=True)
            rows = list(self._rows(solutions, this=f if query.binds_this else None))
            if rows:
                yield f, rows

    def _rows(self, solutions, this: Node | None = None) -> Iterator[tuple]:
        names = [v.value for v in solutions.variables]
        convert = self.data.to_rdflib
        for solution in solutions:
            variables = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    variables[name] = convert(term)
            p = variables.pop("path", None)
            v = variables.pop("value", None)
            t = variables.pop("this", None)
            if this is not None and t is None and "this" in names:
                t = this
            if isinstance(v, Literal) and p is not None and (t or this) is not None:
                v = self.data.as_in_data(v, t or this, p)
            if p is not None or v is not None or t is not None:
                yield t, p, v, variables

    # --- the report, worded by pySHACL

    def _report(self, failures: list[_Failure]) -> Graph:
        context = Graph()  # the data pySHACL's messages and clones look at: blank nodes' own triples
        for failure in _all_failures(failures):
            for node in (failure.focus, failure.kwargs.get("value_node")):
                if isinstance(node, BNode):
                    self._copy_closure(node, context)
        results = [self._worded(failure, context) for failure in failures]
        report, _ = Validator.create_validation_report(self.engine.sg, not results, results)
        return report

    def _worded(self, failure: _Failure, context: Graph):
        text, node, triples = failure.component.make_v_result(context, failure.focus, **failure.kwargs)
        for detail in failure.details or ():
            _, detail_node, detail_triples = self._worded(detail, context)
            triples.append((node, SH.detail, detail_node))
            triples.extend(detail_triples)
        return text, node, triples

    def _copy_closure(self, node: BNode, graph: Graph) -> None:
        pending, seen = [node], {node}
        while pending:
            subject = pending.pop()
            for p, objects in self.data.out.get(subject, {}).items():
                for o in objects:
                    graph.add((subject, p, o))
                    if isinstance(o, BNode) and o not in seen:
                        seen.add(o)
                        pending.append(o)


def _all_failures(failures: Iterable[_Failure]) -> Iterator[_Failure]:
    for failure in failures:
        yield failure
        if failure.details:
            yield from _all_failures(failure.details)


def _comparable(node: Node) -> tuple:
    """A value as pySHACL's sh:lessThan compares it: IRIs and string literals as text."""
    if isinstance(node, BNode):
        raise ReportableRuntimeError("Cannot use sh:lessThan to compare a BlankNode.")
    if isinstance(node, URIRef):
        return str(node), True
    if isinstance(node, Literal) and isinstance(node.value, str):
        return node.value, True
    return node, False


def _target_table(focus: list[Node]) -> str:
    """``{ VALUES ?this { ... } }`` of the focus nodes (IRIs and literals) as SPARQL text."""
    return "{ VALUES ?this { " + " ".join(str(_to_ox(node, {})) for node in focus) + " } }\n"
