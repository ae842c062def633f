"""Batch work against a local server with injected latency: the concurrency bound, ids, resume after SIGKILL,
the result cache, failures and the accounting."""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import instructor
import pytest
from click.testing import CliRunner
from openai.types.chat import ChatCompletion

from summarise import BatchItem, BatchResult, ResultCache, Tally, summarise_many
from summarise.batch.cache import KeyParts
from summarise.batch.inputs import collect
from summarise.batch.progress import Progress
from summarise.batch.results_file import ResultsFile
from summarise.cli import main
from summarise.errors import ConfigurationError, InputError
from summarise.pipeline.templating import PromptTemplate, load
from summarise.prices import load_prices

from .conftest import EXAMPLES, ROOT
from .fakes import completion, desk_article, latency_server

AUTHORED = Path(__file__).parent / "authored"
ARTICLE = (EXAMPLES / "port_strike.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def fresh_result_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test starts with an empty result cache (the session's cache directory is shared)."""
    monkeypatch.setenv("SUMMARISE_CACHE_DIR", str(tmp_path / "cache"))


def _answer() -> str:
    """The hand-authored, fully grounded answer for the port strike article (no grounding re-ask)."""
    data = json.loads((AUTHORED / "port_strike_grounded.json").read_text(encoding="utf-8"))
    data.pop("_comment")
    return json.dumps(data)


def _items_file(path: Path, count: int, extra: list[dict[str, Any]] | None = None) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for number in range(count):
            fh.write(json.dumps({"id": f"art-{number}", "text": desk_article(ARTICLE, number)}) + "\n")
        for entry in extra or []:
            fh.write(json.dumps(entry) + "\n")
    return path


def _records(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The article records and the summary records of a results file; every line must be complete JSON."""
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n"), "the file must end with a complete line"
    lines = [json.loads(line) for line in text.splitlines()]
    return [r for r in lines if "id" in r], [r["summary"] for r in lines if "summary" in r]


async def _collect(items: list[BatchItem], **options: Any) -> list[BatchResult]:
    return [result async for result in summarise_many(items, **options)]


def test_concurrency_bound_is_respected_and_each_result_is_its_articles() -> None:
    items = [BatchItem(id=f"art-{n}", text=desk_article(ARTICLE, n)) for n in range(24)]
    with latency_server(_answer(), 0.1) as (url, desk):
        results = asyncio.run(_collect(items, concurrency=4, base_url=url, model="authored", cache=False))
    assert desk.peak == 4, "the server saw more (or fewer) requests in flight than the bound"
    assert sorted(desk.numbers) == list(range(24))
    assert sorted(r.id for r in results) == [item.id for item in sorted(items, key=lambda i: i.id)]
    for result in results:
        number = int(result.id.split("-")[1])
        assert result.index == number
        assert result.error is None and result.result is not None
        # The server stamps each answer with the item number it read in the request.
        assert result.result.metadata.prompt_tokens == 10_000 + number


def test_concurrency_one_keeps_the_input_order() -> None:
    items = [BatchItem(id=f"art-{n}", text=desk_article(ARTICLE, n)) for n in range(5)]
    with latency_server(_answer(), 0.02) as (url, desk):
        results = asyncio.run(_collect(items, concurrency=1, base_url=url, model="authored", cache=False))
    assert desk.peak == 1
    assert [r.id for r in results] == [i.id for i in items]
    assert [r.index for r in results] == list(range(5))


class SlowEmbedded:
    """A stand-in for the embedded engine that measures how many calls overlap."""

    name = "embedded"
    model = "stand-in"
    mode = instructor.Mode.JSON_SCHEMA
    constrains = False

    def __init__(self) -> None:
        self.in_flight = 0
        self.peak = 0
        self.calls = 0

    def create(self, **kwargs: Any) -> ChatCompletion:  # pragma: no cover - the batch uses acreate
        raise AssertionError("the batch must call acreate")

    async def acreate(self, **kwargs: Any) -> ChatCompletion:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        self.calls += 1
        await asyncio.sleep(0.01)
        self.in_flight -= 1
        body = completion(_answer()).body
        assert body is not None
        return ChatCompletion.model_validate(body)

    def close(self) -> None:
        pass


def test_embedded_engine_runs_one_article_at_a_time() -> None:
    engine = SlowEmbedded()
    texts = [desk_article(ARTICLE, n) for n in range(4)]
    results = asyncio.run(
        # The whole-schema protocol, so that every article calls the engine (by reference, one with its own
        # headline makes no call at all).
        _collect(
            [BatchItem(id=str(n), text=t) for n, t in enumerate(texts)], concurrency=8, engine=engine, protocol="full"
        )
    )
    assert engine.peak == 1 and engine.calls == 4
    assert all(r.result is not None and r.result.metadata.engine == "embedded" for r in results)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).parent / "summarise"
    return subprocess.Popen(
        [str(exe), "batch", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def test_kill_in_the_middle_then_resume_yields_every_article_exactly_once(tmp_path: Path) -> None:
    items = _items_file(tmp_path / "items.jsonl", 40)
    out = tmp_path / "results.jsonl"
    with latency_server(_answer(), 0.15) as (url, desk):
        args = [str(items), "-o", str(out), "--base-url", url, "-m", "authored", "-j", "4"]
        proc = _cli(*args)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 8):
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        done_before, summaries = _records(out)
        assert 8 <= len(done_before) < 40, "the kill must land in the middle of the batch"
        assert summaries == [], "a killed run writes no summary"

        resumed = _cli(*args)
        _, err = resumed.communicate(timeout=120)
        assert resumed.returncode == 0, err.decode()
    records, summaries = _records(out)
    assert sorted(r["id"] for r in records) == sorted(f"art-{n}" for n in range(40))
    assert all("result" in r for r in records)
    assert summaries[-1]["skipped"] == len(done_before)
    assert summaries[-1]["done"] == 40 - len(done_before)
    # Only the articles in flight at the kill (at most the bound) are asked twice.
    assert sorted(set(desk.numbers)) == list(range(40))
    assert len(desk.numbers) <= 40 + 4


def test_second_run_into_a_new_file_is_served_wholly_from_cache(tmp_path: Path) -> None:
    items = _items_file(tmp_path / "items.jsonl", 12)
    runner = CliRunner()
    with latency_server(_answer(), 0.01) as (url, desk):
        common = ["batch", str(items), "--base-url", url, "-m", "authored", "-j", "4"]
        first = runner.invoke(main, [*common, "-o", str(tmp_path / "first.jsonl")])
        assert first.exit_code == 0, first.output
        assert len(desk.numbers) == 12
        second = runner.invoke(main, [*common, "-o", str(tmp_path / "second.jsonl")])
        assert second.exit_code == 0, second.output
        assert len(desk.numbers) == 12, "a fully cached re-run must make no request"
        uncached = runner.invoke(main, [*common, "--no-cache", "-q", "-o", str(tmp_path / "third.jsonl")])
        assert uncached.exit_code == 0
        assert len(desk.numbers) == 24, "--no-cache bypasses the cache"
    records, summaries = _records(tmp_path / "second.jsonl")
    assert all(r["cached"] for r in records) and len(records) == 12
    assert summaries[-1]["cached"] == 12 and summaries[-1]["model_calls"] == 0
    assert summaries[-1]["prompt_tokens"] == 0
    first_records, _ = _records(tmp_path / "first.jsonl")
    assert {r["id"]: r["result"] for r in first_records} == {r["id"]: r["result"] for r in records}
    assert "12 done (12 from cache)" in second.stderr


def test_codes_reading_after_an_unusable_answer_is_not_cached(tmp_path: Path) -> None:
    """A model that gave no usable answer leaves code's reading as the result; the next run asks the model again."""
    items = _items_file(tmp_path / "items.jsonl", 2)
    runner = CliRunner()
    with latency_server('{"event": {"what": "Dock', 0.0) as (url, desk):
        desk.finish_reason = "length"
        common = ["batch", str(items), "--base-url", url, "-m", "authored", "-q", "--grounding-reasks", "0"]
        first = runner.invoke(main, [*common, "-o", str(tmp_path / "first.jsonl")])
        assert first.exit_code == 0, first.output
        records, _ = _records(tmp_path / "first.jsonl")
        assert all(r["result"]["figures"] for r in records), "code's figures are shown"
        assert len(desk.numbers) == 2
        second = runner.invoke(main, [*common, "-o", str(tmp_path / "second.jsonl")])
        assert second.exit_code == 0, second.output
    assert len(desk.numbers) == 4, "nothing was served from the cache"


def _parts(**changes: Any) -> KeyParts:
    fields: dict[str, Any] = {
        "engine": "openai",
        "model": "authored",
        "template": load(None),
        "language": None,
        "candidates": False,
        "reasks": 2,
        "grounding_reasks": 1,
        "max_output_tokens": 1536,
    }
    return KeyParts(**{**fields, **changes})


def test_cache_key_changes_with_model_prompt_language_and_options() -> None:
    base = _parts().key(ARTICLE)
    assert base == _parts().key(ARTICLE)
    edited = PromptTemplate(name="summary.v2", source=load(None).source + "\n{# edited #}")
    for changed in (
        _parts(model="other"),
        _parts(engine="embedded"),
        _parts(template=edited),
        _parts(language="ko"),
        _parts(candidates=True),
        _parts(reasks=0),
        _parts(grounding_reasks=0),
    ):
        assert changed.key(ARTICLE) != base
    assert _parts().key(ARTICLE + " More.") != base


def test_changing_the_model_makes_the_calls_again(tmp_path: Path) -> None:
    items = [BatchItem(id=f"art-{n}", text=desk_article(ARTICLE, n)) for n in range(3)]
    with latency_server(_answer(), 0.0) as (url, desk):
        asyncio.run(_collect(items, base_url=url, model="authored"))
        asyncio.run(_collect(items, base_url=url, model="authored"))
        assert len(desk.numbers) == 3
        asyncio.run(_collect(items, base_url=url, model="authored-2"))
        assert len(desk.numbers) == 6


def test_a_cache_passed_in_is_used_even_when_empty(tmp_path: Path) -> None:
    store = ResultCache(tmp_path / "own.sqlite3")
    assert len(store) == 0
    items = [BatchItem(id="one", text=desk_article(ARTICLE, 1))]
    with latency_server(_answer(), 0.0) as (url, desk):
        first = asyncio.run(_collect(items, base_url=url, model="authored", cache=store))
        again = asyncio.run(_collect(items, base_url=url, model="authored", cache=store))
    assert len(desk.numbers) == 1 and len(store) == 1
    assert not first[0].cached and again[0].cached
    assert again[0].result == first[0].result
    store.close()


def test_failures_are_recorded_counted_and_the_batch_goes_on(tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    with latency_server(_answer(), 0.01) as (url, _):
        extra = [
            {"id": "too-short", "text": "Too short."},
            # The stub serves no pages: fetching one fails, as one article, with its own error kind.
            {"id": "a-url", "url": url.removesuffix("/v1") + "/story.html"},
            {"id": "refused", "text": desk_article(ARTICLE, "fail")},
            {"id": "missing-file", "path": "nowhere.txt"},
        ]
        items = _items_file(tmp_path / "items.jsonl", 5, extra)
        result = CliRunner().invoke(main, ["batch", str(items), "-o", str(out), "--base-url", url, "-m", "authored"])
    assert result.exit_code == 7
    records, summaries = _records(out)
    by_id = {r["id"]: r for r in records}
    assert len(records) == 9
    assert by_id["too-short"]["error"]["type"] == "InputError"
    assert by_id["a-url"]["error"]["type"] == "FetchError"
    assert "story.html: the server answered HTTP" in by_id["a-url"]["error"]["message"]
    assert by_id["refused"]["error"]["type"] == "ModelRequestError"
    assert "no such file" in by_id["missing-file"]["error"]["message"]
    assert all(by_id[f"art-{n}"]["result"]["metadata"]["engine"] == "openai" for n in range(5))
    assert by_id["refused"]["metadata"]["model"] == "authored"
    summary = summaries[-1]
    assert (summary["done"], summary["failed"], summary["cached"]) == (5, 4, 0)
    assert summary["errors"] == {"InputError": 2, "FetchError": 1, "ModelRequestError": 1}
    assert summary["model_calls"] == 5 and summary["reasks"] == 0
    assert summary["prompt_tokens"] == sum(10_000 + n for n in range(5))


def test_retry_failed_runs_only_the_failures_again(tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.write_text(
        json.dumps({"id": "ok", "result": {}}) + "\n" + json.dumps({"id": "bad", "error": {"type": "X"}}) + "\n"
    )
    assert ResultsFile(out).recorded == {"ok", "bad"}
    again = ResultsFile(out, retry_failed=True)
    assert again.recorded == {"ok"}
    again.close()
    assert "bad" not in out.read_text()


def test_a_partial_last_line_is_cut_away_on_resume(tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.write_bytes(b'{"id": "a", "result": {}}\n{"summary": {"done": 1}}\n{"id": "b", "resu')
    results = ResultsFile(out)
    assert results.recorded == {"a"}, "the summary record is not an article"
    results.write({"id": "b", "result": {}})
    results.close()
    assert [json.loads(line)["id"] for line in out.read_text().splitlines() if "id" in line] == ["a", "b"]


def test_an_output_that_is_not_a_results_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text("dear diary\n")
    with pytest.raises(InputError, match="not JSON"):
        ResultsFile(out)


def test_inputs_from_directories_globs_and_lists(tmp_path: Path) -> None:
    (tmp_path / "feed" / "day2").mkdir(parents=True)
    (tmp_path / "feed" / ".hidden").mkdir()
    for name in ("feed/b.txt", "feed/a.txt", "feed/day2/c.txt", "feed/.hidden/x.txt", "feed/notes.md"):
        (tmp_path / name).write_text(ARTICLE)
    (tmp_path / "list.jsonl").write_text(
        json.dumps({"id": 7, "path": "feed/notes.md"}) + "\n\n" + json.dumps({"text": ARTICLE}) + "\n"
    )
    items = collect([str(tmp_path / "feed"), str(tmp_path / "*.jsonl")])
    assert [i.id for i in items] == [
        str(tmp_path / "feed/a.txt"),
        str(tmp_path / "feed/b.txt"),
        str(tmp_path / "feed/day2/c.txt"),
        "7",
        f"{tmp_path / 'list.jsonl'}:3",
    ]
    assert items[3].path == tmp_path / "feed/notes.md"
    assert items[0].read() == ARTICLE.strip()


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{not json"], "not a JSON object"),
        ([json.dumps({"id": "x"})], "exactly one of"),
        ([json.dumps({"id": "x", "text": ARTICLE}), json.dumps({"id": "x", "text": ARTICLE})], "appears twice"),
    ],
)
def test_a_bad_item_list_exits_3_with_one_line(tmp_path: Path, lines: list[str], message: str) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text("\n".join(lines) + "\n")
    result = CliRunner().invoke(main, ["batch", str(items), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 3
    assert message in result.stderr and result.stderr.startswith("summarise: error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.jsonl").exists()


def test_a_configuration_error_exits_4_and_leaves_no_output(tmp_path: Path) -> None:
    items = _items_file(tmp_path / "items.jsonl", 2)
    out = tmp_path / "out.jsonl"
    args = ["batch", str(items), "-o", str(out), "--engine", "embedded", "--base-url", "http://127.0.0.1:9/v1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 4
    assert "takes no --base-url" in result.stderr
    assert not out.exists()


def test_no_articles_found_exits_3(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 3
    assert "no articles found" in result.stderr


def test_the_cost_uses_the_price_table_the_user_extends(tmp_path: Path) -> None:
    prices = tmp_path / "prices.toml"
    prices.write_text('[authored]\ninput = 2.0\noutput = 10.0\n\n["gpt-4o-mini"]\ninput = 1.0\noutput = 1.0\n')
    table = load_prices(prices)
    assert table["authored"] == (2.0, 10.0) and table["gpt-4o-mini"] == (1.0, 1.0)
    assert "gpt-4.1" in table, "the shipped table stays underneath"
    items = [BatchItem(id="one", text=desk_article(ARTICLE, 3))]
    with latency_server(_answer(), 0.0) as (url, _):
        results = asyncio.run(_collect(items, base_url=url, model="authored", cache=False))
    tally = Tally(prices=table)
    tally.add(results[0])
    assert tally.cost_usd() == pytest.approx((10_003 * 2.0 + 50 * 10.0) / 1_000_000)
    assert Tally().cost_usd() == 0.0
    unknown = Tally(prices={})
    unknown.add(results[0])
    assert unknown.cost_usd() is None and "cost unknown" in unknown.line()
    (tmp_path / "bad.json").write_text(json.dumps({"m": {"input": "cheap"}}))
    with pytest.raises(ConfigurationError, match="numeric"):
        load_prices(tmp_path / "bad.json")


def test_progress_is_plain_lines_off_a_terminal_and_nothing_when_quiet() -> None:
    result = BatchResult(id="a", index=0, seconds=0.1)
    plain, quiet = io.StringIO(), io.StringIO()
    for stream, is_quiet in ((plain, False), (quiet, True)):
        progress = Progress(quiet=is_quiet, stream=stream, every=3600)
        progress.start(2, 1)
        progress.update(result, Tally())
        progress.update(result, Tally())
        progress.stop()
    assert quiet.getvalue() == ""
    lines = plain.getvalue().splitlines()
    assert lines[0].endswith("1 article(s) already in the output, 2 to go")
    assert len(lines) == 2 and "2/2" in lines[1] and "articles/s" in lines[1] and "ETA" in lines[1]


def test_url_items_are_fetched_and_read_as_pages() -> None:
    from .fakes import Page, page_server

    paragraphs = "".join(f"<p>{p}</p>" for p in desk_article(ARTICLE, 7).split("\n\n"))
    page = (
        "<html><head><title>Dock strike ends</title>"
        '<meta property="article:published_time" content="2026-06-05"></head>'
        f"<body><nav>Home | Ports</nav><article>{paragraphs}</article>"
        "<script>CANARY-SCRIPT</script></body></html>"
    )
    with (
        page_server({"/strike": Page(body=page.encode())}) as (base, seen),
        latency_server(_answer(), 0.0) as (
            url,
            desk,
        ),
    ):
        items = [BatchItem(id="web", url=f"{base}/strike")]
        (result,) = asyncio.run(_collect(items, base_url=url, model="authored", cache=False))
    assert seen == ["/strike"] and desk.numbers == [7]
    assert result.error is None and result.result is not None
    source = result.result.metadata.source
    assert source is not None and source.url == f"{base}/strike" and source.title == "Dock strike ends"
    assert source.published == "2026-06-05"


def test_item_list_carries_published_and_lang(tmp_path: Path) -> None:
    listing = tmp_path / "items.jsonl"
    listing.write_text(
        json.dumps({"id": "a", "text": ARTICLE, "published": "2026-03-01", "lang": "ko"})
        + "\n"
        + json.dumps({"id": "b", "text": ARTICLE, "published": "soon"})
        + "\n",
        encoding="utf-8",
    )
    first, second = collect([str(listing)])
    assert (first.published, first.language) == ("2026-03-01", "ko")
    assert first.load().published is not None and first.load().published.isoformat() == "2026-03-01"
    with pytest.raises(InputError, match="published must be YYYY-MM-DD"):
        second.load()
    listing.write_text(json.dumps({"id": "c", "text": ARTICLE, "lang": 7}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="'published' and 'lang' must be strings"):
        collect([str(listing)])


def test_an_items_own_language_wins_over_the_batchs() -> None:
    items = [
        BatchItem(id="own", text=desk_article(ARTICLE, 1), language="xx-bad"),
        BatchItem(id="batch", text=desk_article(ARTICLE, 2)),
    ]
    results = {r.id: r for r in asyncio.run(_collect(items, engine="extractive", cache=False, language="en"))}
    assert results["batch"].error is None
    assert results["own"].error is not None and results["own"].error.type == "ConfigurationError"
