"""kg serve: the analyst page in headless Chromium (Debian's chromium, driven by Playwright).

Skipped, with the reason, when Playwright or a chromium binary is missing
(scripts/test.sh installs chromium from Debian when it can). No browser is
ever downloaded: Playwright is pointed at the system chromium.
"""

from __future__ import annotations

import shutil
import time

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from serve_helpers import OTHER_STORY, kg_serve

KG = "https://w3id.org/newskg/ontology#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
TOKAYEV = "https://w3id.org/newskg/id/person/kassym-jomart-tokayev"

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (test extra)")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("no chromium binary on PATH (apt-get install chromium); the browser tests are skipped",
                allow_module_level=True)
pytest.importorskip("starlette")


@pytest.fixture(scope="module")
def graph(example_graph_file):
    return Graph().parse(example_graph_file)


@pytest.fixture(scope="module")
def server(example_graph_file):
    with kg_serve(str(example_graph_file)) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    """A fresh page on the server; requests anywhere else are blocked and recorded in page.outside."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.outside = []
    page.errors = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(server + "/") or url.startswith("data:"):
            request_route.continue_()
        else:
            page.outside.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.set_default_timeout(15_000)
    yield page
    context.close()


def wait_until(page, expression, timeout=15.0):
    """Poll a JavaScript expression (page.wait_for_function evaluates strings, which the page's CSP forbids)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        page.wait_for_timeout(50)


def open_view(page, server, view):
    page.goto(f"{server}/#{view}")
    wait_until(page, "typeof views === 'object' && Object.keys(views).length > 0")


def asserted(graph, events):
    """The events without a factuality other than kg:Asserted: the ones the views count."""
    factuality = URIRef(KG + "factuality")
    return {e for e in events if all(f == URIRef(KG + "Asserted") for f in graph.objects(e, factuality))}


def labels_of(graph, nodes):
    return {str(graph.value(node, RDFS.label)) for node in nodes}


def test_the_page_and_every_view_make_no_outside_request(page, server):
    page.on("websocket", lambda socket: page.outside.append(socket.url))
    open_view(page, server, "story")
    wait_until(page, "cy !== null && cy.nodes().length > 0")
    for view in ("timeline", "claims", "node", "questions"):
        page.click(f"nav button[data-view={view}]")
        page.wait_for_timeout(300)
    page.wait_for_selector(".CodeMirror")
    page.click("#question-list a >> nth=0")
    page.wait_for_selector(".yasr table.dataTable tbody tr")
    assert page.outside == []
    assert page.errors == []
    assert page.evaluate("Object.keys(localStorage)") == []


def test_a_shipped_question_runs_in_yasgui_on_this_endpoint(page, server):
    open_view(page, server, "questions")
    page.click("text=Where do the articles contradict each other?")
    page.wait_for_selector(".yasr tbody tr")
    table = page.inner_text(".yasr tbody")
    assert "killed-1-8e1924f80696" in table and "killed-2-ff6b548a0236" in table
    assert page.input_value(".autocompleteWrapper input.autocomplete") == server + "/sparql"
    page.click("button.addTab")  # a new tab keeps this endpoint (YASGUI's default is DBpedia)
    page.wait_for_timeout(300)
    assert page.evaluate("yasgui.getTab().getEndpoint()") == server + "/sparql"


def test_the_story_graph_shows_the_example_actors_and_their_events(page, server, graph):
    open_view(page, server, "story")
    wait_until(page, "cy !== null && cy.nodes().length > 0")
    kg = lambda name: URIRef(KG + name)  # noqa: E731
    events = asserted(graph, {e for e in graph.subjects(kg("agent"), None) if graph.value(e, kg("target")) is not None})
    actors = {a for e in events for a in [*graph.objects(e, kg("agent")), *graph.objects(e, kg("target"))]}
    shown = page.evaluate("cy.nodes().map((n) => n.data('label'))")
    assert set(shown) == labels_of(graph, actors)
    assert "Kassym-Jomart Tokayev" in shown
    edges = page.evaluate("cy.edges().map((e) => e.data('event'))")
    assert set(edges) == {str(e) for e in events}


def test_the_timeline_has_the_dated_events_and_filters_by_type(page, server, graph):
    open_view(page, server, "timeline")
    page.wait_for_selector("#timeline .vis-item")
    dated = {str(e) for e in asserted(graph, set(graph.subjects(URIRef(KG + "date"), None)))}
    assert set(page.evaluate("timeline.itemsData.getIds()")) == dated
    assert page.locator("#timeline .vis-item").count() == len(dated)
    protests = {e for e in dated if (URIRef(e), RDF.type, URIRef(KG + "Protest")) in graph}
    assert protests
    page.select_option("#timeline-type", "Protest")
    page.wait_for_timeout(200)
    assert set(page.evaluate("timeline.itemsData.getIds()")) == protests
    page.select_option("#timeline-type", "")
    page.select_option("#timeline-actor", label="Ned Price")
    page.wait_for_timeout(200)
    shown = page.locator("#timeline .vis-item").all_inner_texts()
    assert shown and all("Ned Price" in text for text in shown)


def test_the_claims_table_shows_the_beheaded_decapitated_conflict_with_both_sources(page, server, graph):
    open_view(page, server, "claims")
    page.wait_for_selector("#conflicts .conflict")
    conflicts = page.locator("#conflicts .conflict")
    assert conflicts.count() == 1
    cards = conflicts.first.locator(".claim").all_inner_texts()
    assert len(cards) == 2
    one, two = sorted(cards)
    assert "Killed: 1" in one and "behead" in one and "002_dcdabc9cd42fd5c7.txt" in one
    assert "Killed: 2" in two and "decapitate" in two and "000_c1077620c8d308b9.txt" in two
    claims = set(graph.subjects(RDF.type, URIRef(KG + "Claim")))
    assert page.locator("#claims-table tbody tr").count() == len(claims)


def test_clicking_an_actor_highlights_its_spans_in_the_articles(page, server, graph):
    open_view(page, server, "story")
    wait_until(page, "cy !== null && cy.nodes().length > 0")
    # A tap through cytoscape's public API: the node's screen position may sit under an edge label.
    page.evaluate(f"cy.getElementById({TOKAYEV!r}).emit('tap')")
    page.wait_for_selector("#story-detail h3")
    assert page.inner_text("#story-detail h3") == "Kassym-Jomart Tokayev"
    page.click("#story-detail a.node")
    page.wait_for_selector("#node-detail mark")
    texts = {str(a): str(graph.value(a, URIRef(NIF + "isString"))) for a in graph.subjects(RDF.type, URIRef(KG + "Article"))}
    expected = set()
    for mention in graph.objects(URIRef(TOKAYEV), URIRef(KG + "evidence")):
        article = str(graph.value(mention, URIRef(KG + "inArticle")))
        begin = int(graph.value(mention, URIRef(NIF + "beginIndex")))
        end = int(graph.value(mention, URIRef(NIF + "endIndex")))
        expected.add((article, begin, end, texts[article][begin:end]))
    marks = page.evaluate("""Array.from(document.querySelectorAll('#node-detail mark')).map((m) => [
        m.closest('article').dataset.article, Number(m.dataset.begin), Number(m.dataset.end), m.textContent])""")
    assert {tuple(mark) for mark in marks} == expected
    assert "Kassym-Jomart Tokayev" in {mark[3] for mark in marks}


# Each actor names the articles it is mentioned in (kg:mentionedIn, 1..n in the graph contract), as
# kg build writes it: the node view finds a node's mentions through those articles.
ASTRAL = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/newskg/id/article/a> a kg:Article ; kg:sourceId "a.txt" ; nif:isString "\U0001F600\U0001F600 Ann met \U0001D400o." .
<https://w3id.org/newskg/id/person/ann> a kg:Person ; rdfs:label "Ann" ;
    kg:mentionedIn <https://w3id.org/newskg/id/article/a> ; kg:evidence <https://w3id.org/newskg/id/mention/a-3-6> .
<https://w3id.org/newskg/id/person/bo> a kg:Person ; rdfs:label "Bo" ;
    kg:mentionedIn <https://w3id.org/newskg/id/article/a> ; kg:evidence <https://w3id.org/newskg/id/mention/a-11-13> .
<https://w3id.org/newskg/id/mention/a-3-6> a kg:Mention ; kg:inArticle <https://w3id.org/newskg/id/article/a> ;
    nif:beginIndex "3"^^xsd:nonNegativeInteger ; nif:endIndex "6"^^xsd:nonNegativeInteger ; nif:anchorOf "Ann" .
<https://w3id.org/newskg/id/mention/a-11-13> a kg:Mention ; kg:inArticle <https://w3id.org/newskg/id/article/a> ;
    nif:beginIndex "11"^^xsd:nonNegativeInteger ; nif:endIndex "13"^^xsd:nonNegativeInteger ; nif:anchorOf "\U0001D400o" .
"""


def test_offsets_count_code_points_not_utf16_units(browser, tmp_path):
    """Characters outside the BMP take two UTF-16 units in JavaScript but one code point in the graph."""
    graph_file = tmp_path / "astral.ttl"
    graph_file.write_text(ASTRAL, encoding="utf-8")
    with kg_serve(str(graph_file)) as base:
        context = browser.new_context()
        page = context.new_page()
        for person, anchor in (("ann", "Ann"), ("bo", "\U0001D400o")):
            page.goto(f"{base}/#node=https%3A%2F%2Fw3id.org%2Fnewskg%2Fid%2Fperson%2F{person}")
            page.wait_for_selector("#node-detail mark")
            assert page.locator("#node-detail mark").all_inner_texts() == [anchor]
        context.close()


def test_an_event_with_several_classes_is_one_edge_of_its_most_specific_class(page, server, graph):
    open_view(page, server, "story")
    wait_until(page, "cy !== null && cy.nodes().length > 0")
    edges = page.evaluate("cy.edges().map((e) => [e.data('event'), e.data('type'), e.data('colour')])")
    kills = {e for e in graph.subjects(RDF.type, URIRef(KG + "Kill"))}
    shown = [edge for edge in edges if URIRef(edge[0]) in kills]
    assert shown and all(edge[1] == "Kill" for edge in shown)
    assault = page.evaluate("TYPE_COLOURS.Assault")
    assert all(edge[2] == assault for edge in shown)  # coloured by its PLOVER category
    assert len({(edge[0], edge[1]) for edge in edges}) == len({edge[0] for edge in edges})  # one type per event
    legend = page.inner_text("#story-legend")
    assert "Kill" in legend and "Die" in legend and "Arrest" in legend
    kill = shown[0][0]
    page.evaluate(f"cy.edges().filter((e) => e.data('event') === {kill!r}).first().emit('tap')")
    page.wait_for_selector("#story-detail .factuality:has-text('Asserted')")
    assert "also typed Assault, Die" in page.inner_text("#story-detail")




def test_the_story_picker_lists_the_stories_and_one_restricts_every_view(browser, graph, example_graph_file, tmp_path):
    other = tmp_path / "other.ttl"
    other.write_text(OTHER_STORY, encoding="utf-8")
    story = next(graph.subjects(URIRef(KG + "mainEvent"), None))
    main = str(graph.value(story, URIRef(KG + "mainEvent")))
    size = len(set(graph.subjects(URIRef(KG + "inStory"), story)))
    with kg_serve(str(example_graph_file), str(other)) as base:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        open_view(page, base, "story")
        wait_until(page, "cy !== null && cy.nodes().length > 0")
        options = page.evaluate("Array.from(document.querySelectorAll('#story option')).map((o) => [o.value, o.textContent])")
        assert [value for value, _ in options] == ["", str(story), "https://w3id.org/newskg/id/test/story"]
        classes = {str(c).split("#")[-1] for c in graph.objects(URIRef(main), RDF.type)} - {"Event"}
        assert options[1][1].split(": ")[0] in classes and options[1][1].endswith(f"({size} articles)")
        assert options[2][1] == "Kill: killed — Ann (1 article)"
        whole = set(page.evaluate("cy.nodes().map((n) => n.data('label'))"))
        assert {"Ann", "Bo", "Kassym-Jomart Tokayev"} <= whole

        page.select_option("#story", str(story))
        wait_until(page, "loaded.story === scope() && "
                         "document.getElementById('story-status').textContent.includes('actors')")
        shown = set(page.evaluate("cy.nodes().map((n) => n.data('label'))"))
        assert shown == whole - {"Ann", "Bo"}
        if graph.value(URIRef(main), URIRef(KG + "agent")) and graph.value(URIRef(main), URIRef(KG + "target")):
            assert page.evaluate("cy.edges('.main').map((e) => e.data('event'))") == [main]
            assert "The main event of this story" in page.inner_text("#story-detail")
        else:  # the example's main event (its protests) has agents but no target: no edge to draw
            assert page.evaluate("cy.edges('.main').length") == 0
            assert "the main event has no agent and target to draw" in page.inner_text("#story-status")

        page.click("nav button[data-view=timeline]")
        page.wait_for_selector("#timeline .vis-item")
        ids = set(page.evaluate("timeline.itemsData.getIds()"))
        assert ids and "https://w3id.org/newskg/id/test/kill" not in ids
        page.click("nav button[data-view=claims]")
        page.wait_for_selector("#conflicts .conflict")
        claims = set(page.evaluate("Array.from(document.querySelectorAll('#claims-table tbody tr')).map((r) => r.dataset.claim)"))
        assert claims and "https://w3id.org/newskg/id/test/claim" not in claims

        page.select_option("#story", "https://w3id.org/newskg/id/test/story")
        wait_until(page, "document.querySelectorAll('#claims-table tbody tr').length === 1")
        assert page.inner_text("#conflicts") == "No conflicting figures."
        page.click("nav button[data-view=story]")
        wait_until(page, "loaded.story === scope() && cy.nodes().length === 2")
        assert sorted(page.evaluate("cy.nodes().map((n) => n.data('label'))")) == ["Ann", "Bo"]
        assert page.evaluate("cy.edges('.main').map((e) => e.data('label'))") == ["Kill: killed"]
        assert page.evaluate("cy.edges('.main').map((e) => e.data('type'))") == ["Kill"]

        # Not only asserted events: the planned attack appears, dashed, with its factuality.
        page.check("#every-factuality")
        wait_until(page, "cy.edges().length === 2")
        assert page.evaluate("cy.edges('.unasserted').map((e) => e.data('label'))") == ["Attack: will attack (Future)"]
        page.evaluate("cy.edges('.unasserted').emit('tap')")
        assert page.inner_text("#story-detail .factuality") == "factuality: Future"
        page.click("nav button[data-view=timeline]")
        wait_until(page, "timeline.itemsData.getIds().length === 2")
        assert any("(Future)" in text for text in page.locator("#timeline .vis-item").all_inner_texts())
        assert errors == [] and page.is_hidden("#error")
        context.close()
