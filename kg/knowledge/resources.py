"""Where the shipped files live: ontology, shapes, queries and knowledge data.

Installed, they are the package data of ``kg.ontology``, ``kg.shapes``,
``kg.queries`` and ``kg.data``; in a source checkout that has not been
installed, the folders at the top of the repository.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import IO

import yaml

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


# libyaml's parser when PyYAML was built with it: the same safe constructors, about ten times as
# fast as the pure-Python one, which took most of the start-up of an extracting process (the data
# files are parsed once per process). tests/test_resources.py checks both read every data file alike.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | bytes | IO[str]):
    """What ``yaml.safe_load`` gives for ``source``, parsed by libyaml when it is there."""
    return yaml.load(source, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


def data_yaml(name: str):
    """A data file of ``kg/data`` parsed as YAML (:func:`load_yaml`)."""
    return load_yaml(data_file(name).read_text(encoding="utf-8"))
