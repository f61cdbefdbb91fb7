"""Where the shipped files live: ontology, shapes, queries and knowledge data.

Installed, they are the package data of ``kg.ontology``, ``kg.shapes``,
``kg.queries`` and ``kg.data``; in a source checkout that has not been
installed, the folders at the top of the repository.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parents[2]
_FOLDERS = {"kg.ontology": "ontology", "kg.shapes": "shapes", "kg.queries": "queries", "kg.data": "kg/data"}


def folder(package: str) -> Path:
    """The folder that holds the files of ``package`` (one of ``kg.ontology``, ``kg.shapes``, ``kg.queries``, ``kg.data``)."""
    try:
        path = Path(str(importlib.resources.files(package)))
        if path.is_dir():
            return path
    except ModuleNotFoundError:
        pass
    return _REPO_ROOT / _FOLDERS[package]


def ontology_dir() -> Path:
    return folder("kg.ontology")


def shapes_dir() -> Path:
    return folder("kg.shapes")


def queries_dir() -> Path:
    return folder("kg.queries")


def data_dir() -> Path:
    return folder("kg.data")


def data_file(name: str) -> Path:
    return data_dir() / name
