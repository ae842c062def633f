"""Ray Data: the UDF and `summarise batch --ray` on a local Ray (2 CPUs) that this module starts once, against
servers on 127.0.0.1, the extractive engine and the embedded model. Records must be those `summarise batch`
writes, every id once; resume skips done ids; a bad row fails alone."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from summarise import ConfigurationError, summarise_dataset
from summarise.batch.ray_data import SummariseRows
from summarise.batch.ray_rows import output_schema, row_result
from summarise.cli import main

from .conftest import EXAMPLES
from .fakes import desk_article, latency_server

ray = pytest.importorskip("ray")

AUTHORED = Path(__file__).parent / "authored"
ARTICLE = (EXAMPLES / "port_strike.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    """One local Ray for the module: starting it costs seconds."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


def _answer() -> str:
    data = json.loads((AUTHORED / "port_strike_grounded.json").read_text(encoding="utf-8"))
    data.pop("_comment")
    return json.dumps(data)


def _items(path: Path, numbers: range, extra: tuple[dict[str, Any], ...] | list[dict[str, Any]] = ()) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for number in numbers:
            entry = {"id": f"art-{number}", "text": desk_article(ARTICLE, number)}
            if number % 2:
                entry["published"] = f"2026-03-0{1 + number % 9}"
            fh.write(json.dumps(entry) + "\n")
        for entry in extra:
            fh.write(json.dumps(entry) + "\n")
    return path


def _comparable(path: Path) -> dict[str, dict[str, Any]]:
    """The article records of a results file by id, without their timings; each id must appear once."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in records if "id" in r]
    assert len(ids) == len(set(ids)), "an id was written twice"
    out = {}
    for record in records:
        if "id" not in record:
            continue
        record.pop("seconds")
        metadata = record["result"]["metadata"] if "result" in record else record.get("metadata", {})
        metadata.pop("wall_seconds", None)
        out[record["id"]] = record
    return out


def _batch(*args: str) -> Any:
    return CliRunner().invoke(main, ["batch", *args, "-q"], catch_exceptions=False)


BAD = [
    {"id": "too-short", "text": "Too short."},
    {"id": "bad-date", "text": desk_article(ARTICLE, 90), "published": "last week"},
    {"id": "refused", "text": desk_article(ARTICLE, "fail")},
]


def test_ray_batch_writes_what_batch_writes_and_resumes(tmp_path: Path) -> None:
    items = _items(tmp_path / "items.jsonl", range(12), BAD)
    with latency_server(_answer(), 0.05) as (url, desk):
        common = ["--base-url", url, "-m", "authored", "-j", "4", "--no-cache"]
        plain = _batch(str(items), "-o", str(tmp_path / "plain.jsonl"), *common)
        assert plain.exit_code == 7, plain.output  # three articles failed, and are recorded
        # Half the output already there: the Ray run must ask only for the rest.
        first = _items(tmp_path / "first.jsonl", range(6))
        assert _batch(str(first), "-o", str(tmp_path / "ray.jsonl"), *common, "--ray").exit_code == 0
        asked = len(desk.numbers)
        resumed = _batch(str(items), "-o", str(tmp_path / "ray.jsonl"), *common, "--ray")
        assert resumed.exit_code == 7, resumed.output
        # Only the 6 articles not yet in the output reach the server (the refused one is not counted).
        assert sorted(desk.numbers[asked:]) == list(range(6, 12))
    expected = _comparable(tmp_path / "plain.jsonl")
    got = _comparable(tmp_path / "ray.jsonl")
    assert set(got) == set(expected) == {f"art-{n}" for n in range(12)} | {b["id"] for b in BAD}
    # Each run numbers its records among the articles it ran, so only the index may differ.
    for ident, record in got.items():
        assert {**record, "index": None} == {**expected[ident], "index": None}, ident
    assert {i for i, r in got.items() if "error" in r} == {b["id"] for b in BAD}
    assert got["bad-date"]["error"]["type"] == "InputError"
    assert got["too-short"]["error"]["type"] == "InputError"


def test_ray_batch_equals_batch_record_for_record(tmp_path: Path) -> None:
    items = _items(tmp_path / "items.jsonl", range(8), BAD[:1])
    with latency_server(_answer(), 0.02) as (url, _):
        common = ["--base-url", url, "-m", "authored", "-j", "3", "--no-cache"]
        _batch(str(items), "-o", str(tmp_path / "plain.jsonl"), *common)
        _batch(str(items), "-o", str(tmp_path / "ray.jsonl"), *common, "--ray", "--actors", "2")
    assert _comparable(tmp_path / "ray.jsonl") == _comparable(tmp_path / "plain.jsonl")
    summaries = [json.loads(line)["summary"] for line in (tmp_path / "ray.jsonl").read_text().splitlines()[-1:]]
    assert summaries[0]["done"] == 8 and summaries[0]["failed"] == 1


def test_parquet_output_is_readable_and_resumes(tmp_path: Path) -> None:
    output = tmp_path / "out.parquet"
    with latency_server(_answer(), 0.02) as (url, desk):
        common = ["--base-url", url, "-m", "authored", "-j", "4", "--no-cache", "--ray"]
        assert _batch(str(_items(tmp_path / "a.jsonl", range(5))), "-o", str(output), *common).exit_code == 0
        asked = len(desk.numbers)
        again = _batch(str(_items(tmp_path / "b.jsonl", range(7), BAD[:1])), "-o", str(output), *common)
        assert again.exit_code == 7
        assert sorted(desk.numbers[asked:]) == [5, 6]
    table = pq.read_table(output)
    assert table.schema.names == output_schema().names
    rows = table.to_pylist()
    assert sorted(r["id"] for r in rows) == sorted([f"art-{n}" for n in range(7)] + ["too-short"])
    assert not list(tmp_path.glob(".out.parquet*")), "the journal must be merged and removed"
    done = next(r for r in rows if r["id"] == "art-3")
    assert done["status"] == "done" and done["model_calls"] == 1 and done["prompt_tokens"] == 10_003
    assert row_result(done).result.event.what  # the summary column is the whole ArticleSummary
    failed = next(r for r in rows if r["id"] == "too-short")
    assert (failed["status"], failed["error_type"], failed["summary"]) == ("failed", "InputError", None)


def test_parquet_retry_failed_runs_the_failures_again(tmp_path: Path) -> None:
    output = tmp_path / "out.parquet"
    items = _items(tmp_path / "items.jsonl", range(3), [{"id": "late", "text": desk_article(ARTICLE, "fail")}])
    with latency_server(_answer(), 0.01) as (url, desk):
        common = ["--base-url", url, "-m", "authored", "--no-cache", "--ray", "--actors", "1"]
        assert _batch(str(items), "-o", str(output), *common).exit_code == 7
        # The server now accepts the article it refused: only that one runs again.
        items.write_text(items.read_text().replace("item-fail", "item-7"), encoding="utf-8")
        asked = len(desk.numbers)
        assert _batch(str(items), "-o", str(output), *common, "--retry-failed").exit_code == 0
        assert desk.numbers[asked:] == [7]
    rows = pq.read_table(output).to_pylist()
    assert sorted(r["id"] for r in rows) == ["art-0", "art-1", "art-2", "late"]
    assert all(r["status"] == "done" for r in rows)


def test_parquet_without_ray_is_a_usage_error(tmp_path: Path) -> None:
    items = _items(tmp_path / "items.jsonl", range(1))
    result = CliRunner().invoke(main, ["batch", str(items), "-o", str(tmp_path / "x.parquet")])
    assert result.exit_code == 2
    assert "parquet output needs --ray" in result.output
    assert not (tmp_path / "x.parquet").exists()


def test_udf_records_a_bad_row_and_keeps_its_batch_mates() -> None:
    """The UDF in-process: one batch with good rows and rows whose input is bad."""
    rows = [
        {"id": "good-1", "text": desk_article(ARTICLE, 1), "published": None, "lang": None},
        {"id": "no-source", "text": None, "published": None, "lang": None},
        {"id": "bad-lang", "text": desk_article(ARTICLE, 2), "published": None, "lang": "xx-not-a-language"},
        {"id": "good-2", "text": desk_article(ARTICLE, 3), "published": "2026-03-01", "lang": "en"},
    ]
    udf = SummariseRows(options={"engine": "extractive"}, concurrency=2)
    out = udf(pa.Table.from_pylist(rows)).to_pylist()
    assert sorted(r["id"] for r in out) == sorted(r["id"] for r in rows)
    by_id = {r["id"]: r for r in out}
    assert by_id["good-1"]["status"] == by_id["good-2"]["status"] == "done"
    assert by_id["no-source"]["error_type"] == "InputError"
    assert by_id["bad-lang"]["status"] == "failed"
    # The row's publication date reaches the summary's source.
    assert json.loads(by_id["good-2"]["summary"])["metadata"]["source"]["published"] == "2026-03-01"


def test_extractive_engine_on_ray_equals_batch(tmp_path: Path) -> None:
    items = _items(tmp_path / "items.jsonl", range(4))
    common = ["--engine", "extractive", "--no-cache"]
    _batch(str(items), "-o", str(tmp_path / "plain.jsonl"), *common)
    _batch(str(items), "-o", str(tmp_path / "ray.jsonl"), *common, "--ray", "--actors", "1")
    got = _comparable(tmp_path / "ray.jsonl")
    assert got == _comparable(tmp_path / "plain.jsonl")
    assert {r["result"]["metadata"]["engine"] for r in got.values()} == {"extractive"}


def test_summarise_dataset_spreads_actors_over_base_urls() -> None:
    rows = [{"id": f"art-{n}", "text": desk_article(ARTICLE, n)} for n in range(16)]
    with latency_server(_answer(), 0.05) as (one, first), latency_server(_answer(), 0.05) as (two, second):
        ds = summarise_dataset(
            ray.data.from_items(rows), base_urls=[one, two], model="authored", actors=2, concurrency=2, batch_size=2
        )
        out = ds.take_all()
    assert sorted(r["id"] for r in out) == sorted(r["id"] for r in rows)
    assert all(r["status"] == "done" for r in out)
    # Each actor took its own endpoint: both served, and together exactly once per article.
    assert first.numbers and second.numbers
    assert sorted(first.numbers + second.numbers) == list(range(16))


def test_an_unusable_engine_is_our_error_and_exit_4(tmp_path: Path) -> None:
    items = _items(tmp_path / "items.jsonl", range(2))
    # An endpoint with no model name is refused on the driver, before any actor starts: one line.
    result = _batch(str(items), "-o", str(tmp_path / "o.jsonl"), "--base-url", "http://127.0.0.1:9/v1", "--ray")
    assert result.exit_code == 4, result.output
    assert result.output == "summarise: error: an endpoint needs a model name: pass --model or set SUMMARISE_MODEL\n"
    # A model file missing on the workers fails each actor's start; the command ends with our error, not Ray's.
    # (Ray core still prints the dead actor's trace on stderr after it; that line is Ray's own.)
    missing = ["--engine", "embedded", "-m", str(tmp_path / "missing.gguf"), "--ray"]
    result = _batch(str(items), "-o", str(tmp_path / "o.jsonl"), *missing)
    assert result.exit_code == 4, result.output
    assert result.output.startswith("summarise: error: model file "), result.output[:500]
    assert not (tmp_path / "o.jsonl").exists()


def test_missing_ray_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    with pytest.raises(ConfigurationError, match=r"pip install 'summarise\[ray\]'"):
        summarise_dataset(object())  # type: ignore[arg-type]
    items = _items(tmp_path / "items.jsonl", range(1))
    result = CliRunner().invoke(main, ["batch", str(items), "-o", str(tmp_path / "o.jsonl"), "--ray"])
    assert result.exit_code == 4
    assert result.output.strip().startswith("summarise: error: Ray is not installed")
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.embedded
def test_embedded_engine_on_ray(tmp_path: Path) -> None:
    texts = sorted(EXAMPLES.glob("*.txt"))[:2]
    items = tmp_path / "items.jsonl"
    items.write_text(
        "".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) + "\n" for p in texts),
        encoding="utf-8",
    )
    common = ["--engine", "embedded", "--no-cache"]
    _batch(str(items), "-o", str(tmp_path / "ray.jsonl"), *common, "--ray", "--actors", "1")
    got = _comparable(tmp_path / "ray.jsonl")
    assert set(got) == {p.stem for p in texts}
    assert all("result" in r and r["result"]["metadata"]["engine"] == "embedded" for r in got.values())
    _batch(str(items), "-o", str(tmp_path / "plain.jsonl"), *common)
    assert got == _comparable(tmp_path / "plain.jsonl")
