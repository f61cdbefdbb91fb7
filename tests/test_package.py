"""Installed, not only checked out: the wheel ships ontology, shapes, queries and data, and `kg` runs from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import EXAMPLE_DIR, REPO


def test_the_wheel_ships_the_ontology_shapes_queries_and_knowledge(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/ontology/newskg.ttl" in names and "kg/shapes/newskg-shapes.ttl" in names
    shipped_queries = {n for n in names if n.startswith("kg/queries/") and n.endswith(".rq")}
    assert {f"kg/queries/{p.name}" for p in (REPO / "queries").glob("*.rq")} == shipped_queries
    data_files = {f"kg/data/{p.name}" for p in (REPO / "kg" / "data").iterdir() if p.suffix != ".py" and p.is_file()}
    assert data_files <= names


def test_kg_runs_from_the_installed_package_in_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # installing a pure-Python wheel is unpacking it
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = "import kg.knowledge.resources as r; print(r.ontology_dir()); print(r.queries_dir())"
    dirs = subprocess.run([sys.executable, "-c", probe], cwd=work, env=env, capture_output=True, text=True,
                          check=True).stdout.split()
    assert all(Path(d).is_relative_to(site) for d in dirs), dirs
    build = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "build", str(EXAMPLE_DIR),
                            "-o", "g.ttl", "-q"], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    ask = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "ask", "g.ttl"], cwd=work, env=env,
                         capture_output=True, text=True, timeout=300)
    assert ask.returncode == 0 and "who-requested-csto" in ask.stdout, ask.stderr
