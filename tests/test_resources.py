"""The shipped YAML data files read the same through libyaml as through PyYAML's own parser."""

from __future__ import annotations

import pytest
import yaml

from kg.knowledge.resources import data_dir, load_yaml

YAML_FILES = sorted(data_dir().glob("*.yaml"))


def test_there_are_data_files_to_compare():
    assert len(YAML_FILES) >= 10


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda path: path.name)
def test_a_data_file_reads_the_same_with_libyaml(path):
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_a_stream_reads_like_its_text():
    path = YAML_FILES[0]
    with open(path, encoding="utf-8") as stream:
        assert load_yaml(stream) == yaml.safe_load(path.read_text(encoding="utf-8"))
