"""How fast each view of the `kg serve` page answers, on graph files or a store.

    python bench/bench_serve.py examples-graph.ttl
    python bench/bench_serve.py --store /tmp/kg-bench/store --write-docs

Starts ``kg serve`` (a separate process, as a user runs it) on a free loopback
port and sends, over HTTP, exactly the requests the page sends for each view:
the view queries of ``kg/serve/views/`` with their parameters bound the way
``app.js`` binds them and the page's row cap (``kg-max-rows``). A view's time
is the sum of its requests that the page waits for, the median of
``--repeat`` runs (the first run, which warms the store's caches, is not
counted). Views are timed for the whole graph and for one story (the
largest, the first the picker lists) and the picker's story list itself; "Any node" for the most mentioned actor: search, facts, mentions and
the text of each article it is mentioned in (at most the 12 the page shows).

``--replicate N`` serves N copies of the given graph files instead (each
copy's instance IRIs renamed, so copies share only the ontology): a larger
graph of the same shape, to see how each view grows when no large store is
at hand.

``--write-docs`` rewrites the section "## kg serve: view timings" of
docs/PERFORMANCE.md (with ``--replicate N``: "…, N copies of the graph").
"""

from __future__ import annotations

import argparse
import json
import platform
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docsection import write_section  # noqa: E402

from kg.serve.views import ROW_CAPS, bind, inner_limit, view_text  # noqa: E402

DOC = Path(__file__).resolve().parent.parent / "docs" / "PERFORMANCE.md"
TITLE = "kg serve: view timings"
ARTICLES_SHOWN = 12  # app.js MAX_ARTICLES_SHOWN


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(args: list[str], timeout: float) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", *args,
                                "--port", str(port), "--timeout", str(timeout)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    while True:
        try:
            urllib.request.urlopen(base + "/questions.json", timeout=5).close()
            return process, base
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit("kg serve did not start")
            time.sleep(0.2)


def run_view(base: str, name: str, **terms) -> tuple[float, list[dict], bool]:
    """(seconds, rows, truncated) of one view query as the page sends it."""
    query = bind(view_text(name), **terms)
    body = urllib.parse.urlencode({"query": query, "kg-max-rows": ROW_CAPS[name]}).encode()
    request = urllib.request.Request(base + "/sparql", data=body, headers={"Accept": "application/sparql-results+json"})
    began = time.perf_counter()
    with urllib.request.urlopen(request, timeout=600) as response:
        data = json.loads(response.read())
        truncated = response.headers.get("X-KG-Truncated") == "true"
    seconds = time.perf_counter() - began
    rows = [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
    limit = inner_limit(view_text(name))
    kept = len({row.get("event") or row.get("claim") or str(i) for i, row in enumerate(rows)})
    return seconds, rows, truncated or (limit is not None and kept >= limit)


def views(base: str, story: str | None, node: str) -> dict[str, tuple[float, int, bool]]:
    """View → (seconds, rows, truncated) for one story (None: the whole graph)."""
    scope = {"story": pyoxigraph.NamedNode(story)} if story else {}
    out = {}
    for view, name in (("Story graph", "story-edges"), ("Timeline", "timeline"), ("Claims", "claims")):
        seconds, rows, truncated = run_view(base, name, **scope)
        out[view] = (seconds, len({row.get("event") or row.get("claim") for row in rows}), truncated)
    seconds, rows, truncated = run_view(base, "neighbours", node=pyoxigraph.NamedNode(node), **scope)
    out["Story: expand an actor"] = (seconds, len(rows), truncated)
    return out


def any_node(base: str, node: str) -> dict[str, tuple[float, int, bool]]:
    term = pyoxigraph.NamedNode(node)
    search = run_view(base, "search", find=pyoxigraph.Literal(""))
    facts = run_view(base, "node", node=term)
    mentions = run_view(base, "mentions", node=term)
    articles = list(dict.fromkeys(row["article"] for row in mentions[1]))[:ARTICLES_SHOWN]
    texts = [run_view(base, "article", article=pyoxigraph.NamedNode(a)) for a in articles]
    return {
        "Any node: search": (search[0], len(search[1]), search[2]),
        "Any node: facts + mentions + texts": (facts[0] + mentions[0] + sum(t[0] for t in texts),
                                               len(mentions[1]), mentions[2]),
    }


def measure(base: str, repeat: int) -> tuple[list[tuple[str, str, float, int, bool]], str, str | None, int]:
    _, stories, _ = run_view(base, "stories")
    _, found, _ = run_view(base, "search", find=pyoxigraph.Literal(""))
    node = found[0]["node"]
    story = stories[0]["story"] if stories else None
    rounds = []
    for round_number in range(repeat + 1):
        picker = run_view(base, "stories")
        results = {("whole graph", "Story picker"): (picker[0], len(picker[1]), picker[2])}
        results.update({("whole graph", k): v for k, v in views(base, None, node).items()})
        results.update({("whole graph", k): v for k, v in any_node(base, node).items()})
        if story:
            results.update({("largest story", k): v for k, v in views(base, story, node).items()})
        if round_number:  # the first round warms the caches
            rounds.append(results)
    table = []
    for key in rounds[0]:
        seconds = statistics.median(r[key][0] for r in rounds)
        _, rows, truncated = rounds[0][key]
        table.append((key[0], key[1], seconds, rows, truncated))
    return table, node, story, len(stories)


def replicate(graphs: list[Path], copies: int, out: Path) -> Path:
    """N-Triples of ``copies`` disjoint copies of the graphs (instance IRIs get a /copyK suffix)."""
    from kg.rdf.graphio import load_store

    lines = pyoxigraph.serialize(load_store(graphs), format=pyoxigraph.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    data = "https://w3id.org/newskg/id/"
    with out.open("w", encoding="utf-8") as stream:
        for copy in range(copies):
            renamed = f"{data}copy{copy}/"
            for line in lines:
                stream.write(line.replace(f"<{data}", f"<{renamed}") + "\n")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graphs", nargs="*", type=Path, help="graph files")
    parser.add_argument("--store", type=Path, help="a store folder (kg build --store)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (after one warm-up run)")
    parser.add_argument("--timeout", type=float, default=60.0, help="kg serve --timeout")
    parser.add_argument("--replicate", type=int, default=0, help="serve this many disjoint copies of the graph files")
    parser.add_argument("--write-docs", action="store_true", help=f"rewrite '## {TITLE}' in docs/PERFORMANCE.md")
    args = parser.parse_args(argv)
    if bool(args.graphs) == bool(args.store):
        parser.error("give graph files or --store")
    if args.replicate:
        import tempfile

        copies = Path(tempfile.mkdtemp(prefix="kg-bench-serve-")) / f"x{args.replicate}.nq"
        args.graphs = [replicate(args.graphs, args.replicate, copies)]
    serve_args = ["--store", str(args.store)] if args.store else [str(g) for g in args.graphs]
    process, base = start(serve_args, args.timeout)
    try:
        with urllib.request.urlopen(base + "/sparql?" + urllib.parse.urlencode(
                {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}), timeout=600) as response:
            triples = int(json.loads(response.read())["results"]["bindings"][0]["n"]["value"])
        table, node, story, stories = measure(base, args.repeat)
    finally:
        process.terminate()
        process.wait(timeout=30)
    source = f"store {args.store.name}" if args.store else ", ".join(g.name for g in args.graphs)
    if args.replicate:
        source = f"{args.replicate} disjoint copies of the example graph"
    lines = [
        f"{source}: {triples:,} triples, {stories:,} stories in the picker (at most {ROW_CAPS['stories']}). "
        f"Machine: {platform.machine()}, Python {platform.python_version()}; median of {args.repeat} runs after a "
        f"warm-up, seconds as the page waits for them over HTTP. The largest story is {story}; the "
        f"expanded and inspected node is the most mentioned actor, {node}.",
        "",
        "| scope | view | seconds | events, claims or rows | cut at the cap |",
        "| --- | --- | ---: | ---: | --- |",
        *(f"| {scope} | {view} | {seconds:.3f} | {rows} | {'yes' if cut else 'no'} |"
          for scope, view, seconds, rows, cut in table),
    ]
    text = "\n".join(lines)
    print(text)
    if args.write_docs:
        write_section(f"{TITLE}, {args.replicate} copies of the graph" if args.replicate else TITLE, text, DOC)
    return 0


if __name__ == "__main__":
    sys.exit(main())
