"""The import contract: the layers, cycles and shared records of pyproject.toml's
``[tool.importlinter]`` hold, and no module of kg uses another module's private names."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import REPO

KG = REPO / "kg"


def test_the_import_linter_contracts_are_kept():
    run = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                          "lint_imports_command()", "--no-cache", "--no-logo"],
                         cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_kg_module(name: str) -> bool:
    path = REPO.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_uses(source: str, module: str) -> list[str]:
    """``module``'s uses of private names of another kg module: ``from kg.x import _name``,
    ``import kg.x._name`` and ``x._name`` where ``x`` is a kg module."""
    found, modules = [], {}
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "kg":
            for alias in node.names:
                if node.module != module and _private(alias.name):
                    found.append(f"line {node.lineno}: from {node.module} import {alias.name}")
                elif _is_kg_module(f"{node.module}.{alias.name}"):
                    modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] != "kg":
                    continue
                if any(_private(part) for part in alias.name.split(".")):
                    found.append(f"line {node.lineno}: import {alias.name}")
                if alias.asname:
                    modules[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules
                and modules[node.value.id] != module and _private(node.attr)):
            found.append(f"line {node.lineno}: {node.value.id}.{node.attr} ({modules[node.value.id]})")
    return found


def test_the_checker_finds_each_form_of_private_use():
    source = ("from kg.sparql.query import _prologue, run\nimport kg.rdf._hidden\nfrom kg.resolve import identity\n"
              "identity._key(1)\nidentity.public(2)\nfrom kg import __version__\n")
    assert private_uses(source, "kg.sparql.endpoint") == [
        "line 1: from kg.sparql.query import _prologue",
        "line 2: import kg.rdf._hidden",
        "line 4: identity._key (kg.resolve.identity)",
    ]
    assert private_uses("from kg.sparql.query import _prologue\n", "kg.sparql.query") == []


def test_no_module_uses_another_modules_private_names():
    found = {
        str(path.relative_to(REPO)): uses
        for path in sorted(KG.rglob("*.py"))
        if (uses := private_uses(path.read_text(encoding="utf-8"), _module_name(path)))
    }
    assert not found, f"private names used across modules (make them public or move the code): {found}"
