"""quotetool on Dask: bags of documents, data frames of quotes, and the cluster behind
``quotetool extract --dask-scheduler``. Needs the extra: ``pip install 'quotetool[dask]'``.

Dask is imported only when one of these functions runs, so ``import quotetool.dask`` works
(and says what to install) without it. The workers need quotetool installed too, the same
version as here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

from . import __version__
from .batch import Submit
from .config import Config
from .errors import InputError, QuotetoolError
from .model import Quote
from .pipeline import extract

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

QUOTE_COLUMNS: dict[str, str] = {
    "doc_id": "string", "id": "int64", "type": "string", "speaker": "string", "speaker_mention": "string",
    "speaker_start": "Int64", "speaker_end": "Int64", "cue": "string", "cue_start": "Int64", "cue_end": "Int64",
    "start": "int64", "end": "int64", "spans": "string", "paragraph": "int64", "confidence": "float64",
    "text": "string",
}
"""The columns of ``extract_dataframe``, with their pandas dtypes: the CSV columns of
``quotetool extract --format csv`` (``spans`` as ``start-end;start-end``; a missing speaker,
mention or cue is ``<NA>``)."""


class ClusterError(QuotetoolError):
    """The Dask scheduler cannot be reached, has no workers, or its workers lack quotetool."""


def require() -> None:
    """Raise ``ClusterError`` (saying what to install) when Dask is not installed."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise ClusterError("Dask is not installed; install it with pip install 'quotetool[dask]'") from None


# -- bags and data frames -----------------------------------------------------------------


def extract_bag(bag: dask.bag.Bag, config: Config | None = None) -> dask.bag.Bag:
    """A bag of texts, or of ``{"id", "text"}`` records, → a bag of document dicts (the JSON of
    ``Document.to_dict``; a plain text gets the id ``-``).

    Example::

        import dask.bag as db, json
        docs = db.read_text("corpus-*.jsonl").map(json.loads)
        quotetool.dask.extract_bag(docs).map(json.dumps).to_textfiles("quotes-*.jsonl")
    """
    require()
    return bag.map(document_dict, config or Config())


def document_dict(record: str | Mapping[str, Any], config: Config | None = None) -> dict[str, Any]:
    """One bag element → its document dict: ``extract(text, config, id).to_dict(config.explain)``.

    >>> document_dict({"id": 7, "text": "“We won,” Ana Ruiz said."})["quotes"][0]["speaker"]
    'Ana Ruiz'
    """
    config = config or Config()
    if isinstance(record, str):
        text, doc_id = record, "-"
    elif isinstance(record, Mapping) and isinstance(record.get("text"), str):
        text = record["text"]
        doc_id = str(record["id"]) if record.get("id") is not None else "-"
    else:
        raise InputError(f'a bag element must be a text or an {{"id", "text"}} record, not {type(record).__name__}')
    return extract(text, config, doc_id).to_dict(config.explain)


def extract_dataframe(ddf: dask.dataframe.DataFrame, text_column: str = "text", id_column: str | None = "id",
                      config: Config | None = None) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of documents → a Dask DataFrame with one row per quote (columns
    ``QUOTE_COLUMNS``; ``doc_id`` is the ``id_column`` value as a string, or the index when
    ``id_column`` is None). A document without quotes has no rows; a missing text is empty.

    Example::

        import dask.dataframe as dd
        docs = dd.read_json("corpus.jsonl", lines=True, blocksize="64MB")
        quotes = quotetool.dask.extract_dataframe(docs)
        quotes.groupby("speaker").size().nlargest(10).compute()
    """
    require()
    for column in (text_column, id_column):
        if column is not None and column not in ddf.columns:
            raise InputError(f"no column {column!r}; the columns are {', '.join(map(str, ddf.columns))}")
    return ddf.map_partitions(quotes_frame, text_column, id_column, config or Config(), meta=_frame([]))


def quotes_frame(documents: pandas.DataFrame, text_column: str = "text", id_column: str | None = "id",
                 config: Config | None = None) -> pandas.DataFrame:
    """One pandas partition of documents → its quotes, one row each (what ``extract_dataframe``
    runs on every partition)."""
    config = config or Config()
    ids = documents.index if id_column is None else documents[id_column]
    rows: list[dict[str, Any]] = []
    for doc_id, text in zip(ids, documents[text_column]):
        doc = extract(text if isinstance(text, str) else "", config, str(doc_id))
        rows.extend(_row(doc.id, q) for q in doc.quotes)
    return _frame(rows)


def _row(doc_id: str, q: Quote) -> dict[str, Any]:
    d = q.to_dict()
    d["doc_id"] = doc_id
    d["spans"] = ";".join(f"{s}-{e}" for s, e in d["spans"])
    return {k: d[k] for k in QUOTE_COLUMNS}


def _frame(rows: list[dict[str, Any]]) -> pandas.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    return frame.astype(QUOTE_COLUMNS)


# -- the cluster behind the CLI -----------------------------------------------------------


def _worker_version() -> str:
    return __version__


@contextmanager
def connect(address: str, workers: int = 1, timeout: float = 10.0) -> Iterator[tuple[Submit, int]]:
    """``(submit, threads)`` for a Dask cluster: ``submit(fn, *args)`` runs a task there and
    ``threads`` is how many run at once. ``address`` is a scheduler (``tcp://HOST:8786``) or
    ``local``: a ``LocalCluster`` of ``workers`` single-threaded processes, closed on exit."""
    require()
    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)
    with ExitStack() as stack:
        if address == "local":
            cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                       host="127.0.0.1", dashboard_address=":0",
                                                       silence_logs=logging.ERROR))
            address = cluster.scheduler_address
        try:
            client = stack.enter_context(Client(address, timeout=timeout, set_as_default=False))
        except (OSError, TimeoutError, ValueError) as e:
            raise ClusterError(f"cannot reach the Dask scheduler at {address} ({e}); start one with "
                               f"`dask scheduler` and workers with `dask worker {address}`") from None
        try:
            client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError):
            raise ClusterError(f"the Dask scheduler at {address} has no workers; start some with "
                               f"`dask worker {address}`") from None
        try:
            versions = set(client.run(_worker_version).values())
        except Exception as e:  # noqa: BLE001 - whatever the workers say, the fix is the same
            raise ClusterError(f"the Dask workers cannot run quotetool ({type(e).__name__}: {e}); install "
                               f"quotetool {__version__} where the workers run") from None
        if versions != {__version__}:
            raise ClusterError(f"the Dask workers run quotetool {', '.join(sorted(versions))}, this is "
                               f"{__version__}; install the same version on both sides")
        threads = sum(client.nthreads().values()) or 1

        def submit(fn: Any, *args: Any) -> Any:
            return client.submit(fn, *args, pure=False)

        yield submit, threads
