"""quotetool on a real Dask cluster (a LocalCluster of two worker processes): bags, data frames
and ``quotetool extract --dask-scheduler`` give what the local run gives, document for document.
Skipped when the ``dask`` extra is not installed."""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[test,dask]'")
pytest.importorskip("dask.dataframe", reason="the dask extra is not installed: pip install -e '.[test,dask]'")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402
from test_batch import records, run, story, write_corpus  # noqa: E402

import quotetool  # noqa: E402
import quotetool.dask as qd  # noqa: E402
from quotetool.config import Config  # noqa: E402

pytestmark = pytest.mark.dask


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0",
                      silence_logs=logging.ERROR) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster: LocalCluster) -> Iterator[Client]:
    with Client(cluster, set_as_default=False) as c:
        yield c


def test_the_cluster_has_two_worker_processes(client: Client) -> None:
    assert len(client.nthreads()) == 2
    assert len(set(client.run(lambda: __import__("os").getpid()).values())) == 2


def test_extract_bag_of_records_equals_local(client: Client) -> None:
    docs = records(40)
    bag = qd.extract_bag(db.from_sequence(docs, npartitions=4), Config(explain=True))
    assert client.compute(bag).result() == [
        quotetool.extract(d["text"], doc_id=d["id"]).to_dict(explain=True) for d in docs]


def test_extract_bag_of_texts(client: Client) -> None:
    texts = [story(i) for i in range(6)]
    out = client.compute(qd.extract_bag(db.from_sequence(texts, npartitions=2))).result()
    assert out == [quotetool.extract(t).to_dict() for t in texts]
    assert {d["id"] for d in out} == {"-"}


def test_extract_dataframe_has_one_row_per_quote(client: Client) -> None:
    docs = records(30) + [{"id": "empty", "text": "No quotes here."}]
    frame = dd.from_pandas(pd.DataFrame(docs), npartitions=3)
    quotes = qd.extract_dataframe(frame)
    assert list(quotes.columns) == list(qd.QUOTE_COLUMNS)
    got = client.compute(quotes).result().reset_index(drop=True)
    assert got.dtypes.equals(quotes._meta.dtypes)
    expected = [(d["id"], q.id, q.speaker, q.text, q.start, q.end)
                for d in docs for q in quotetool.extract(d["text"], doc_id=d["id"]).quotes]
    assert list(zip(got["doc_id"], got["id"], got["speaker"], got["text"], got["start"], got["end"])) == expected


def test_extract_dataframe_matches_the_csv_output(client: Client, tmp_path: Path) -> None:
    docs = records(12)
    rows = list(csv.DictReader(io.StringIO(run("extract", "-f", "csv",
                                               str(write_corpus(tmp_path / "c.jsonl", docs))).stdout)))
    got = client.compute(qd.extract_dataframe(dd.from_pandas(pd.DataFrame(docs), npartitions=2))).result()
    as_text = got.astype(object).where(got.notna(), "").astype(str)
    assert as_text.to_dict("records") == [{k: r[k] for k in qd.QUOTE_COLUMNS} for r in rows]


def test_extract_dataframe_names_a_missing_column() -> None:
    frame = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(quotetool.InputError, match="no column 'text'"):
        qd.extract_dataframe(frame)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_cli_on_the_cluster_writes_what_one_process_writes(cluster: LocalCluster, tmp_path: Path, fmt: str) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(120))
    local = run("extract", "-f", fmt, "-w", "1", str(corpus))
    remote = run("extract", "-f", fmt, "--dask-scheduler", cluster.scheduler_address, str(corpus))
    assert remote.exit_code == 0, remote.stderr
    assert remote.stderr == ""
    assert remote.stdout == local.stdout


def test_cli_with_a_local_cluster(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(40))
    out = tmp_path / "q.jsonl"
    result = run("extract", "--dask", "local", "-w", "2", "-o", str(out), str(corpus))
    assert result.exit_code == 0, result.stderr
    assert out.read_text("utf-8") == run("extract", "-w", "1", str(corpus)).stdout
    assert [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()] == [d["id"] for d in
                                                                                       records(40)]


def test_unreachable_scheduler_is_one_clear_error() -> None:
    with pytest.raises(qd.ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:1"):
        with qd.connect("tcp://127.0.0.1:1", timeout=0.5):
            pass
