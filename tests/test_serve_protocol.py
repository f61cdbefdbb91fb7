"""kg serve: the SPARQL 1.1 Protocol and Graph Store reads, with plain HTTP against a real server process."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_isomorphic
from rdflib.namespace import RDF, RDFS
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.graphio import load_store
from kg.serve.app import allowed_hosts, host_name, is_loopback
from kg.serve.protocol import ProtocolError, negotiate, query_form, refusal
from serve_helpers import OTHER_STORY, free_port, kg_serve

KG = "https://w3id.org/newskg/ontology#"

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

LABELS = "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s ?l"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def request(base, path="/sparql", *, data=None, method=None, headers=None, params=None):
    """(status, headers, body bytes) of one request; error statuses are returned, not raised."""
    url = base + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    body = data.encode("utf-8") if isinstance(data, str) else data
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def form(query, **extra):
    return urllib.parse.urlencode({"query": query, **extra})


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}


@pytest.fixture(scope="module")
def graph(example_graph_file):
    return Graph().parse(example_graph_file)


@pytest.fixture(scope="module")
def server(example_graph_file):
    with kg_serve(str(example_graph_file), "--timeout", "2") as base:
        yield base


@pytest.fixture(scope="module")
def store_server(example_build, tmp_path_factory):
    from kg.rdf.store import save

    folder = tmp_path_factory.mktemp("store") / "kg"
    save(example_build.graph, folder)
    with kg_serve("--store", str(folder)) as base:
        yield base


def labels(graph):
    return sorted((str(s), str(o)) for s, o in graph.subject_objects(RDFS.label))


# -- pure functions ---------------------------------------------------------------------


@pytest.mark.parametrize("accept, chosen", [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ("text/*;q=0.9, application/sparql-results+xml;q=0.8", "text/csv"),
    ("application/json", "application/sparql-results+json"),
    ("*/*;q=0.1, application/sparql-results+json;q=0", "application/sparql-results+xml"),
])
def test_negotiation_follows_q_values_and_specificity(accept, chosen):
    offered = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"]
    assert negotiate(accept, offered) == chosen


def test_negotiation_refuses_what_is_not_offered():
    with pytest.raises(ProtocolError) as refused:
        negotiate("image/png, text/csv;q=0", ["text/csv"])
    assert refused.value.status == 406


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://example.org/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y ?z . SERVICE ?endpoint { ?s ?p ?o } }",
])
def test_service_clauses_are_refused(text):
    assert "SERVICE" in refusal(text)


@pytest.mark.parametrize("text", [
    'SELECT * WHERE { ?s ?p "SERVICE" }',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }  # SERVICE in a comment",
    "SELECT ?service WHERE { ?service a kg:Service }",
])
def test_the_word_service_elsewhere_is_not_a_service_clause(text):
    assert refusal(text) is None


@pytest.mark.parametrize("header, name", [
    ("127.0.0.1:7878", "127.0.0.1"), ("localhost", "localhost"), ("[::1]:7878", "::1"), ("[::1]", "::1"),
    ("evil.example:80", "evil.example"),
])
def test_the_host_name_of_a_host_header(header, name):
    assert host_name(header) == name


def test_loopback_and_the_hosts_allowed():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost") and is_loopback("127.0.0.2")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")
    assert allowed_hosts("127.0.0.1") == {"localhost", "127.0.0.1", "::1"}
    assert allowed_hosts("192.168.1.5") == {"localhost", "127.0.0.1", "::1", "192.168.1.5"}
    assert allowed_hosts("0.0.0.0") is None  # every interface: any name may reach it


def test_the_query_form_is_read_past_prefixes_and_strings():
    assert query_form('PREFIX ask: <http://x/#select>\n# CONSTRUCT\nDESCRIBE <urn:a>') == "DESCRIBE"
    with pytest.raises(ProtocolError) as update:
        query_form("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert update.value.status == 403


def test_an_answer_past_the_size_limit_is_an_error_not_a_truncated_answer(monkeypatch):
    from kg.serve import worker

    store = pyoxigraph.Store()
    for i in range(200):
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(f"urn:s{i}"), pyoxigraph.NamedNode("urn:p"), pyoxigraph.Literal(i)))
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"  # 40,000 rows, about 5 MB of JSON
    whole = worker.execute(store, worker.Job(cross, "SELECT", "application/sparql-results+json"))
    assert whole.status == 200 and len(json.loads(whole.body)["results"]["bindings"]) == 40_000
    monkeypatch.setattr(worker, "ANSWER_LIMIT", len(whole.body) - 1)
    refused = worker.execute(store, worker.Job(cross, "SELECT", "application/sparql-results+json"))
    assert refused.status == 503 and b"add a LIMIT" in refused.body


# -- queries ----------------------------------------------------------------------------


def test_get_post_form_and_post_query_give_the_same_json_answer(server, graph):
    got = request(server, params={"query": LABELS})
    posted = request(server, data=form(LABELS), headers=FORM)
    direct = request(server, data=LABELS, headers=DIRECT)
    for status, headers, body in (got, posted, direct):
        assert status == 200
        assert headers["Content-Type"].startswith("application/sparql-results+json")
        assert "Accept" in headers["Vary"]
        assert body == got[2]
    bindings = json.loads(got[2])["results"]["bindings"]
    assert sorted((b["s"]["value"], b["l"]["value"]) for b in bindings) == labels(graph)


def test_the_count_is_the_number_of_triples(server, graph):
    status, _, body = request(server, params={"query": COUNT})
    assert status == 200
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == len(graph)


@pytest.mark.parametrize("accept, media", [
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
])
def test_select_in_csv_tsv_and_xml(server, graph, accept, media):
    status, headers, body = request(server, data=form(LABELS), headers={**FORM, "Accept": accept})
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == media
    text = body.decode("utf-8")
    if media == "text/csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["s", "l"] and sorted(map(tuple, rows[1:])) == labels(graph)
    elif media == "text/tab-separated-values":
        lines = text.splitlines()
        assert lines[0] == "?s\t?l"
        assert len(lines) - 1 == len(labels(graph))
    else:
        ns = "{http://www.w3.org/2005/sparql-results#}"
        results = ET.fromstring(body).findall(f"{ns}results/{ns}result")
        assert len(results) == len(labels(graph))


def test_ask(server):
    status, _, body = request(server, params={"query": "ASK { ?s a kg:Claim ; kg:conflictsWith ?o }"})
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = request(server, params={"query": "ASK { ?s a kg:Nothing }"})
    assert status == 200 and json.loads(body)["boolean"] is False


@pytest.mark.parametrize("accept, rdflib_format", [
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"),
])
def test_construct_in_every_rdf_format_is_the_same_graph(server, graph, accept, rdflib_format):
    query = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }"
    status, headers, body = request(server, data=query, headers={**DIRECT, "Accept": accept})
    assert status == 200 and headers["Content-Type"].split(";")[0] == accept
    expected = Graph()
    for s, o in graph.subject_objects(RDFS.label):
        expected.add((s, RDFS.label, o))
    assert to_isomorphic(Graph().parse(data=body, format=rdflib_format)) == to_isomorphic(expected)


def test_describe_is_a_graph_about_the_node(server):
    tokayev = "https://w3id.org/newskg/id/person/kassym-jomart-tokayev"
    status, _, body = request(server, params={"query": f"DESCRIBE <{tokayev}>"}, headers={"Accept": "text/turtle"})
    assert status == 200
    described = Graph().parse(data=body, format="turtle")
    assert (URIRef(tokayev), RDFS.label, Literal("Kassym-Jomart Tokayev")) in described


def test_protocol_errors(server):
    assert request(server, params={"query": "SELECT * WHERE {"})[0] == 400
    assert request(server)[0] == 400  # no query at all
    assert request(server, data=LABELS, headers={"Content-Type": "text/plain"})[0] == 415
    assert request(server, params={"query": LABELS}, headers={"Accept": "image/png"})[0] == 406
    assert request(server, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"})[0] == 406
    status, headers, _ = request(server, data=LABELS, method="PUT", headers=DIRECT)
    assert status == 405 and "POST" in headers["Allow"]


def test_writes_are_refused_and_change_nothing(server, graph):
    insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    for status, _, body in (
        request(server, data=urllib.parse.urlencode({"update": insert}), headers=FORM),
        request(server, data=insert, headers={"Content-Type": "application/sparql-update"}),
        request(server, data=insert, headers=DIRECT),
        request(server, data="LOAD <http://example.org/data.ttl>", headers=DIRECT),
    ):
        assert status == 403 and b"read-only" in body
    for method in ("PUT", "POST", "DELETE"):
        status, headers, _ = request(server, "/store", data="<urn:x> <urn:y> <urn:z> .", method=method,
                                     params={"default": ""}, headers={"Content-Type": "application/n-triples"})
        assert status == 405 and headers["Allow"] == "GET, HEAD"
    status, _, body = request(server, params={"query": COUNT})
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == len(graph)


class Listener:
    """A loopback port that records whether anything connected to it."""

    def __enter__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(1.5)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/"
        self.connections = []
        self.thread = threading.Thread(target=self._accept)
        self.thread.start()
        return self

    def _accept(self):
        try:
            self.connections.append(self.socket.accept())
        except OSError:
            pass

    def __exit__(self, *exc):
        self.thread.join()
        self.socket.close()


def test_a_service_clause_never_reaches_the_network(server):
    with Listener() as remote:
        status, _, body = request(server, params={"query": f"SELECT * WHERE {{ SERVICE <{remote.url}sparql> {{ ?s ?p ?o }} }}"})
    assert status == 403 and b"SERVICE" in body
    assert remote.connections == []


def test_a_remote_from_is_not_fetched_and_names_an_empty_graph(server):
    with Listener() as remote:
        status, _, body = request(server, params={"query": f"SELECT * FROM <{remote.url}data.ttl> WHERE {{ ?s ?p ?o }}"})
    assert remote.connections == []
    assert status == 200 and json.loads(body)["results"]["bindings"] == []


def test_a_runaway_query_is_stopped_with_503_and_the_server_goes_on(server, graph):
    status, _, body = request(server, params={"query": RUNAWAY})
    assert status == 503 and b"stopped after 2 s" in body
    status, _, body = request(server, params={"query": COUNT})
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == len(graph)


def test_the_page_row_cap_cuts_and_says_so(server, graph):
    status, headers, body = request(server, data=form(LABELS, **{"kg-max-rows": "5"}), headers=FORM)
    assert status == 200 and headers["X-KG-Truncated"] == "true"
    bindings = json.loads(body)["results"]["bindings"]
    assert [(b["s"]["value"], b["l"]["value"]) for b in bindings] == labels(graph)[:5]
    status, headers, _ = request(server, data=form(LABELS, **{"kg-max-rows": "100000"}), headers=FORM)
    assert status == 200 and headers["X-KG-Truncated"] is None


def test_another_host_name_is_refused(server):
    status, _, body = request(server, params={"query": COUNT}, headers={"Host": "attacker.example"})
    assert status == 403 and b"DNS rebinding" in body
    assert request(server, params={"query": COUNT}, headers={"Host": f"localhost:{server.rsplit(':', 1)[1]}"})[0] == 200


def test_cross_origin_reads_only_with_cors(server, example_graph_file):
    origin = {"Origin": "http://other.example"}
    _, headers, _ = request(server, params={"query": COUNT}, headers=origin)
    assert headers["Access-Control-Allow-Origin"] is None
    with kg_serve(str(example_graph_file), "--cors") as open_server:
        status, headers, _ = request(open_server, params={"query": COUNT}, headers=origin)
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"


def test_the_page_and_its_assets_are_served_under_a_same_origin_policy(server):
    status, headers, body = request(server, "/")
    assert status == 200 and b"static/app.js" in body
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert "connect-src 'self'" in headers["Content-Security-Policy"]
    status, _, body = request(server, "/questions.json")
    assert status == 200 and {q["name"] for q in json.loads(body)} >= {"who-did-what-to-whom", "claims", "quotes-by-speaker"}
    status, _, body = request(server, "/views.json")
    assert status == 200 and json.loads(body)["story-edges"]["limit"] == 120


# -- Graph Store Protocol and datasets (a store with one named graph per article) -------


def test_graph_store_reads_the_default_graph_of_files(server, example_graph_file):
    status, _, body = request(server, "/store", params={"default": ""}, headers={"Accept": "application/n-triples"})
    assert status == 200
    # The graph as pyoxigraph holds it: it stores xsd:nonNegativeInteger offsets as xsd:integer.
    held = pyoxigraph.serialize(load_store([example_graph_file]), format=pyoxigraph.RdfFormat.N_QUADS)
    assert to_isomorphic(Graph().parse(data=body, format="nt")) == to_isomorphic(Graph().parse(data=held, format="nt"))
    assert request(server, "/store", params={"graph": "urn:nothing"})[0] == 404
    assert request(server, "/store")[0] == 400


def test_store_named_graphs_and_dataset_parameters(store_server, example_build):
    article = next(str(a) for a in sorted(example_build.graph.subjects(
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef("https://w3id.org/newskg/ontology#Article"))))
    status, _, body = request(store_server, "/store", params={"graph": article}, headers={"Accept": "text/turtle"})
    assert status == 200
    named = Graph().parse(data=body, format="turtle")
    assert set(named.subjects()) >= {URIRef(article)}
    # The union: every graph; default-graph-uri: only that article's graph.
    union = request(store_server, params={"query": COUNT})
    only = request(store_server, params={"query": COUNT, "default-graph-uri": article})
    count = lambda reply: int(json.loads(reply[2])["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    assert count(union) == len(example_build.graph)
    assert count(only) == len(named)
    quads = request(store_server, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                          "named-graph-uri": article})
    assert count(quads) == len(named)


# -- the command ------------------------------------------------------------------------


def test_a_missing_graph_or_a_busy_port_is_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["serve", str(tmp_path / "missing.ttl"), "--port", str(free_port())])
    assert result.exit_code == 2 and "no such file" in result.output
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        graph = tmp_path / "g.ttl"
        graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
        result = CliRunner().invoke(app, ["serve", str(graph), "--port", str(busy.getsockname()[1])])
    assert result.exit_code == 2 and "cannot listen" in result.output


# -- the page's view queries ------------------------------------------------------------

TEST = "https://w3id.org/newskg/id/test/"


@pytest.fixture(scope="module")
def two_stories(example_graph_file, tmp_path_factory):
    other = tmp_path_factory.mktemp("other") / "other.ttl"
    other.write_text(OTHER_STORY, encoding="utf-8")
    with kg_serve(str(example_graph_file), str(other)) as base:
        yield base


def run_view(base, name, **terms):
    from kg.serve.views import ROW_CAPS, bind, view_text

    query = bind(view_text(name), **terms)
    status, _, body = request(base, data=form(query, **{"kg-max-rows": str(ROW_CAPS[name])}), headers=FORM)
    assert status == 200, body
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


def example_story(graph):
    stories = set(graph.subjects(URIRef(KG + "mainEvent"), None))
    assert len(stories) == 1
    return stories.pop()


def test_the_stories_view_lists_each_story_largest_first_with_its_main_event(two_stories, graph):
    rows = run_view(two_stories, "stories")
    story = example_story(graph)
    articles = set(graph.subjects(URIRef(KG + "inStory"), story))
    assert [row["story"] for row in rows] == [str(story), TEST + "story"]
    assert rows[0]["articles"] == str(len(articles)) and rows[1]["articles"] == "1"
    main = graph.value(story, URIRef(KG + "mainEvent"))
    assert rows[0]["main"] == str(main)
    assert set(rows[0]["types"].split()) == {str(c).split("#")[1] for c in graph.objects(main, RDF.type)} - {"Event"}
    assert set(rows[1]["types"].split()) == {"Kill", "Die", "Assault"}
    assert rows[1]["trigger"] == "killed" and rows[1]["agentLabel"] == "Ann" and rows[1]["headline"] == "Ann kills Bo"


def test_a_story_restricts_the_graph_timeline_and_claims_views(two_stories, graph):
    story = pyoxigraph.NamedNode(str(example_story(graph)))
    other = pyoxigraph.NamedNode(TEST + "story")
    for name in ("story-edges", "timeline", "claims"):
        whole = run_view(two_stories, name)
        mine = run_view(two_stories, name, story=story)
        theirs = run_view(two_stories, name, story=other)
        key = "claim" if name == "claims" else "event"
        assert {r[key] for r in mine} | {r[key] for r in theirs} == {r[key] for r in whole}, name
        assert {r[key] for r in theirs} == {TEST + ("claim" if name == "claims" else "kill")}, name
        assert not {r[key] for r in mine} & {r[key] for r in theirs}, name


def test_views_count_asserted_events_only_with_all_their_classes_in_one_row(two_stories, graph):
    edges = run_view(two_stories, "story-edges")
    asserted = {str(e) for e in graph.subjects(URIRef(KG + "factuality"), URIRef(KG + "Asserted"))}
    assert {r["event"] for r in edges} - {TEST + "kill"} <= asserted
    assert TEST + "attack" not in {r["event"] for r in edges}
    kill = [r for r in edges if r["event"] == TEST + "kill"]
    assert len(kill) == 1 and set(kill[0]["types"].split()) == {"Kill", "Die", "Assault"}
    timeline = run_view(two_stories, "timeline")
    assert TEST + "attack" not in {r["event"] for r in timeline}
    assert len({r["event"] for r in timeline}) == len(timeline)  # one row per event
    neighbours = run_view(two_stories, "neighbours", node=pyoxigraph.NamedNode(TEST + "bo"))
    assert [r["event"] for r in neighbours] == [TEST + "kill"]
    every = run_view(two_stories, "story-edges", story=pyoxigraph.NamedNode(TEST + "story"), asserted=pyoxigraph.Literal(False))
    assert {(r["event"], r["factuality"]) for r in every} == {(TEST + "kill", "Asserted"), (TEST + "attack", "Future")}
    dated = run_view(two_stories, "timeline", story=pyoxigraph.NamedNode(TEST + "story"), asserted=pyoxigraph.Literal(False))
    assert {(r["event"], r["factuality"]) for r in dated} == {(TEST + "kill", "Asserted"), (TEST + "attack", "Future")}
    facts = run_view(two_stories, "node", node=pyoxigraph.NamedNode(TEST + "attack"))
    assert {(r["property"], r["value"]) for r in facts} >= {(KG + "factuality", KG + "Future")}


def test_event_classes_name_their_ancestors_and_plover_category(server):
    status, _, body = request(server, "/event-classes.json")
    classes = json.loads(body)
    assert status == 200
    assert classes["Kill"] == {"ancestors": ["Die", "Assault"], "plover": "Assault"}
    assert classes["Shooting"]["plover"] == "Assault" and classes["Die"]["plover"] is None
    assert classes["Consult"] == {"ancestors": [], "plover": "Consult"}
