"""Parse and extract on a Dask cluster; resolution stays on the client.

The articles are cut into the same chunks the process pool uses
(:func:`kg.pipeline.extraction.chunks`: whole spaCy batches), each chunk is one Dask task,
and every worker process loads the pipeline and the extractor once. The
records come back in article order, so the build is the same as a local one.

``scheduler`` is ``"local"`` (a :class:`distributed.LocalCluster` of one
single-threaded worker process per core, closed afterwards) or the address of
a running scheduler (``tcp://host:8786``), whose workers need newskg and the
spaCy pipeline installed.
"""

from __future__ import annotations

import os
from functools import partial
from collections.abc import Iterator, Sequence

from kg.errors import KGError
from kg.model import Article, ArticleExtraction
from kg.pipeline.extraction import chunks, extract_chunk


def extract_on_dask(articles: Sequence[Article], model: str, *, batch_size: int, scheduler: str = "local",
                    workers: int | None = None) -> Iterator[ArticleExtraction]:
    """The extraction record of every article, in order, computed on Dask workers."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise KGError("Dask is not installed: pip install 'newskg[dask]'") from error
    work = chunks(articles, batch_size)
    if not work:
        return
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        cluster = None
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as error:
            raise KGError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
    try:
        # partial, not keyword arguments: Client.map has a batch_size of its own.
        futures = client.map(partial(extract_chunk, model=model, batch_size=batch_size), work, pure=False)
        for chunk, future in zip(work, futures):
            for article, record in zip(chunk, future.result()):
                record.article = article
                yield record
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
