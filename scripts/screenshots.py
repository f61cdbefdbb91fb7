"""Screenshots of each view of the kg serve page, for the README (docs/screenshots/*.png).

    .venv/bin/kg build examples/kazakhstan-2022-01-07 -o /tmp/example.ttl
    .venv/bin/python scripts/screenshots.py /tmp/example.ttl

Starts kg serve on the graph, opens the page in Debian's chromium (through
Playwright, which never downloads a browser here) and saves one PNG per view.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
TOKAYEV = "https://w3id.org/newskg/id/person/kassym-jomart-tokayev"


def main(graph: str) -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", graph, "--port", str(port)])
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base, timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            page.goto(base + "#story")
            page.wait_for_selector("#story option >> nth=1", state="attached")
            page.select_option("#story", index=1)  # the largest story: its main event is highlighted
            page.wait_for_selector("#story-status:has-text('actors')")
            page.wait_for_timeout(500)
            page.evaluate(f"cy.getElementById({TOKAYEV!r}).emit('tap')")  # expand Tokayev's events
            page.wait_for_timeout(800)
            page.evaluate("cy.edges('.main').emit('tap')")  # and show the main event in the panel
            page.wait_for_timeout(1000)
            page.screenshot(path=OUT / "story.png")
            page.click("nav button[data-view=timeline]")
            page.wait_for_selector("#timeline .vis-item")
            page.screenshot(path=OUT / "timeline.png")
            page.click("nav button[data-view=claims]")
            page.wait_for_selector("#conflicts .conflict")
            page.screenshot(path=OUT / "claims.png")
            page.click("nav button[data-view=questions]")
            page.click("text=Where do the articles contradict each other?")
            page.wait_for_selector(".yasr tbody tr")
            page.screenshot(path=OUT / "questions.png")
            page.click("nav button[data-view=node]")
            page.fill("#node-search", "Tokayev")
            page.click("#search-results li >> nth=0")
            page.wait_for_selector("#node-detail mark")
            page.screenshot(path=OUT / "node.png")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    for png in sorted(OUT.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
