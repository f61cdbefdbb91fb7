"""The wheel ships the page, its vendored libraries with their licences, and the view queries; kg serve runs from it."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest

from conftest import REPO
from serve_helpers import kg_serve

pytest.importorskip("starlette")

SERVE = REPO / "kg" / "serve"
BUNDLES = {  # vendored file → its licence file(s)
    "yasgui.min.js": ["LICENSE.yasgui.txt"],
    "yasgui.min.css": ["LICENSE.yasgui.txt"],
    "cytoscape.min.js": ["LICENSE.cytoscape.txt"],
    "vis-timeline-graph2d.min.js": ["LICENSE.vis-timeline.MIT.txt", "LICENSE.vis-timeline.Apache-2.0.txt"],
    "vis-timeline-graph2d.min.css": ["LICENSE.vis-timeline.MIT.txt", "LICENSE.vis-timeline.Apache-2.0.txt"],
}


def test_every_vendored_bundle_has_its_licence_in_the_source():
    vendor = SERVE / "static" / "vendor"
    assert {p.name for p in vendor.glob("*.js")} | {p.name for p in vendor.glob("*.css")} == set(BUNDLES)
    for licences in BUNDLES.values():
        for licence in licences:
            text = (vendor / licence).read_text(encoding="utf-8")
            assert "MIT License" in text or "Apache License" in text or "Permission is hereby granted" in text, licence


def test_the_wheel_ships_the_page_the_vendored_files_their_licences_and_the_views(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    source = {f"kg/serve/{p.relative_to(SERVE).as_posix()}" for p in SERVE.rglob("*")
              if p.is_file() and p.suffix != ".pyc" and "__pycache__" not in p.parts}
    assert source <= names, sorted(source - names)
    for bundle, licences in BUNDLES.items():
        assert f"kg/serve/static/vendor/{bundle}" in names
        assert {f"kg/serve/static/vendor/{licence}" for licence in licences} <= names


def test_kg_serve_runs_from_the_unpacked_wheel(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    graph = tmp_path / "g.ttl"
    graph.write_text('<urn:a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with kg_serve(str(graph), env={**os.environ, "PYTHONPATH": str(site)}, cwd=elsewhere) as base:
        with urllib.request.urlopen(base + "/static/vendor/cytoscape.min.js") as response:
            assert response.read() == (SERVE / "static" / "vendor" / "cytoscape.min.js").read_bytes()
        with urllib.request.urlopen(base + "/views.json") as response:
            assert b"story-edges" in response.read()
        probe = "import kg.serve.app as a; print(a.STATIC)"
        static = subprocess.run([sys.executable, "-c", probe], cwd=elsewhere, env={**os.environ, "PYTHONPATH": str(site)},
                                capture_output=True, text=True, check=True).stdout.strip()
        assert Path(static).is_relative_to(site)
