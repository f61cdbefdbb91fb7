"""Extraction on a Dask LocalCluster gives the same per-article N-Quads as a local build."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("distributed")

from kg.pipeline.build import build  # noqa: E402
from kg.rdf.store import serialize_dataset  # noqa: E402

from conftest import EXAMPLE_DIR  # noqa: E402


@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_dataset(tmp_path):
    for path in sorted(EXAMPLE_DIR.glob("*.txt"))[:3]:
        shutil.copy(path, tmp_path)
    local = build([tmp_path], batch_size=1)
    distributed = build([tmp_path], batch_size=1, scheduler="local")  # three chunks, one article each
    assert serialize_dataset(distributed.graph, "nq") == serialize_dataset(local.graph, "nq")
    assert distributed.parsed == 3
