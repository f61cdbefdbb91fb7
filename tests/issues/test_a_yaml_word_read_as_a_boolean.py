"""YAML 1.1 reads a bare on, off, yes or no as a boolean: `target_prepositions: [on, …]` in
event_triggers.yaml held True instead of "on" (so "an attack on X" had no target), and the
negators and figures.yaml's not_single lost "no". Words in the data files' lists are strings;
only a mapping's values (titles.yaml's `office: true`) may be booleans."""

import yaml

from kg.knowledge.resources import data_file


def booleans_in_lists(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                yield f"{path}.{key} (key)"
            yield from booleans_in_lists(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            if isinstance(value, bool):
                yield f"{path}[{i}]"
            else:
                yield from booleans_in_lists(value, f"{path}[{i}]")


def test_no_word_in_a_data_list_is_read_as_a_boolean():
    folder = data_file("event_triggers.yaml").parent
    found = [f"{path.name}{where}" for path in sorted(folder.glob("*.yaml"))
             for where in booleans_in_lists(yaml.safe_load(path.read_text()))]
    assert found == []
