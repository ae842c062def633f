"""Code's reading made in worker processes (`Settings.readers`, `pipeline.readers`): the same reading and the same
result as in the calling process, the calling process reading when no worker can, and a caller's script never run
again by a worker. Against bench/stub.py on 127.0.0.1."""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from summarise import Settings, asummarise, summarise
from summarise.batch import run as batch_run
from summarise.engines.openai_compat import OpenAIEngine
from summarise.grounding.hostile import Screen, find_directives
from summarise.pipeline import reader_worker, readers
from summarise.reading import read

from .conftest import ROOT

ARTICLES = [
    ROOT / "examples" / "port_strike.txt",
    *sorted((ROOT / "tests" / "data" / "lang").glob("*.txt"))[:4],
]


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pools of this test's own, ended after it."""
    mine: dict[int, Any] = {}
    monkeypatch.setattr(readers, "_pools", mine)
    yield
    for pool in mine.values():
        pool.close()


@pytest.fixture(scope="module")
def warm() -> Iterator[None]:
    """One ready worker, shared by the tests that only use it (a worker takes seconds to load the reader)."""
    mine: dict[int, Any] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(readers, "_pools", mine)
        _warm(1)
        yield
    for pool in mine.values():
        pool.close()


def _warm(workers: int) -> Any:
    assert readers.warm(workers), "the reader workers did not start"
    return readers._pool(workers)


def _shown(result: Any) -> str:
    data = result.model_dump(mode="json")
    data["metadata"].pop("wall_seconds")
    return json.dumps(data, sort_keys=True)


# -- the worker ---------------------------------------------------------------------------------------------------


def test_messages_go_through_a_stream_whole_and_a_cut_one_is_an_end() -> None:
    stream = io.BytesIO()
    reader_worker.send(stream, ("text", "en"))
    reader_worker.send(stream, "ready")
    data = stream.getvalue()
    stream = io.BytesIO(data)
    assert reader_worker.receive(stream) == ("text", "en")
    assert reader_worker.receive(stream) == "ready"
    with pytest.raises(EOFError):
        reader_worker.receive(stream)
    cut = io.BytesIO(data[:-3])
    assert reader_worker.receive(cut) == ("text", "en")
    with pytest.raises(EOFError):
        reader_worker.receive(cut)


def test_a_worker_reads_an_article_as_this_process_does(warm: None) -> None:
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        lang = "en" if path.name == "port_strike.txt" else path.stem[:2]
        future = readers._pool(1).submit(text, lang)
        assert future is not None
        ahead = future.result(timeout=60)
        assert ahead is not None
        mine = read(text, lang)
        assert ahead.reading == mine and ahead.reading.figures and ahead.reading.sentences
        directives = find_directives(text)
        assert ahead.directives == directives
        assert ahead.screen == Screen.of(text, directives)


def test_no_worker_ready_means_the_article_is_read_here(pools: None) -> None:
    # A pool just started has no worker ready (each loads the reader first): nothing waits on it.
    assert readers.submit("Officials said 3 people were hurt.", "en", 1) is None
    assert readers.submit("Officials said 3 people were hurt.", "en", 0) is None


# -- the pipeline with workers ------------------------------------------------------------------------------------


def _awaited(url: str, text: str, settings: Settings) -> Any:
    async def one() -> Any:
        engine = OpenAIEngine(model="stub", base_url=f"{url}/v1", api_key="stub", timeout=30, transport_retries=0)
        try:
            return await asummarise(text, engine=engine, settings=settings)
        finally:
            await engine.aclose()

    return asyncio.run(one())


def _counting_given(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts whose worker reading the pipeline was handed."""
    handed: list[str] = []
    original = readers.given

    def given(found: Any) -> Any:
        if found is not None:
            handed.append(found.reading.text)
        return original(found)

    monkeypatch.setattr(readers, "given", given)
    return handed


def test_a_result_with_a_worker_reading_is_the_result_without(
    overhead: ModuleType, warm: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_here: list[str] = []
    original = read._function  # type: ignore[attr-defined]
    monkeypatch.setattr(read, "_function", lambda text, lang=None: read_here.append(text) or original(text, lang))
    handed = _counting_given(monkeypatch)
    with overhead.stub_server() as url:
        engine = OpenAIEngine(model="stub", base_url=f"{url}/v1", api_key="stub", timeout=30, transport_retries=0)
        for path in ARTICLES:
            text = path.read_text(encoding="utf-8")
            expected = _shown(summarise(text, engine=engine, settings=Settings(readers=0)))
            read_here.clear()
            got = _awaited(url, text, Settings(readers=1))
            assert _shown(got) == expected, path.name
            assert text not in read_here, f"{path.name} was read here, not by the worker"
        engine.close()
        assert not _awaited(url, overhead.ARTICLE, Settings(readers=1)).unverified
    assert len(handed) == len(ARTICLES) + 1  # every article's reading was the worker's


def test_answers_by_choice_wait_for_the_worker_and_come_out_the_same(
    overhead: ModuleType, warm: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The 'choices' protocol numbers code's items in its prompt: the reading is awaited before the first call.
    handed = _counting_given(monkeypatch)
    text = overhead.ARTICLE
    with overhead.stub_server(ROOT / "tests" / "authored" / "choices" / "port_strike.json") as url:
        engine = OpenAIEngine(model="stub", base_url=f"{url}/v1", api_key="stub", timeout=30, transport_retries=0)
        expected = _shown(summarise(text, engine=engine, settings=Settings(readers=0, protocol="choices")))
        engine.close()
        got = _awaited(url, text, Settings(readers=1, protocol="choices"))
    assert _shown(got) == expected and len(handed) == 1
    assert got.figures and got.claims


def test_an_article_cancelled_before_its_answer_takes_its_reading_off_the_queue(
    overhead: ModuleType, warm: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[Any] = []
    original = readers.submit

    def submit(text: str, lang: str, workers: int) -> Any:
        sent.append(future := original(text, lang, workers))
        return future

    monkeypatch.setattr(readers, "submit", submit)

    async def cancelled(url: str) -> None:
        engine = OpenAIEngine(model="stub", base_url=f"{url}/v1", api_key="stub", timeout=30, transport_retries=0)
        task = asyncio.ensure_future(asummarise(overhead.ARTICLE, engine=engine, settings=Settings(readers=1)))
        while not sent:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await engine.aclose()

    with overhead.stub_server() as url:
        asyncio.run(cancelled(f"{url}/delay/5000"))
    assert sent[0] is not None and sent[0].done()
    assert readers._pool(1).jobs.qsize() == 0


def test_a_worker_that_dies_costs_nothing_but_its_help(overhead: ModuleType, pools: None) -> None:
    pool = _warm(1)
    pool.workers[0].process.kill()
    pool.workers[0].process.wait(timeout=30)
    with overhead.stub_server() as url:
        # The article queued for the dead worker comes back to be read here; the next is read here at once.
        for _ in range(2):
            result = _awaited(url, overhead.ARTICLE, Settings(readers=1))
            assert not result.unverified and result.figures
    assert pool.workers == [] and readers.submit(overhead.ARTICLE, "en", 1) is None


def test_a_script_with_no_main_guard_is_not_run_again_by_a_worker(tmp_path: Any) -> None:
    # multiprocessing's spawn would import the caller's script again in each worker, running its top level.
    runs = tmp_path / "runs.txt"
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import asyncio, os, sys, time\n"
        f"open({str(runs)!r}, 'a').write(str(os.getpid()) + '\\n')\n"
        f"sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
        "import overhead\n"
        "from summarise import Settings, asummarise\n"
        "from summarise.engines.openai_compat import OpenAIEngine\n"
        "from summarise.pipeline import readers\n"
        "async def both(url):\n"
        "    engine = OpenAIEngine(\n"
        "        model='stub', base_url=url + '/v1', api_key='stub', timeout=30, transport_retries=0\n"
        "    )\n"
        "    settings = Settings(readers=1)\n"
        "    await asummarise(overhead.ARTICLE, engine=engine, settings=settings)\n"
        "    await asyncio.to_thread(readers.warm, 1)\n"
        "    sent = readers.submit(overhead.ARTICLE, 'en', 1)\n"
        "    print('worker read', sent is not None and (await sent) is not None, flush=True)\n"
        "    return await asummarise(overhead.ARTICLE, engine=engine, settings=settings)\n"
        "with overhead.stub_server() as url:\n"
        "    result = asyncio.run(both(url))\n"
        "    print('figures', len(result.figures), flush=True)\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "SUMMARISE_READERS"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "worker read True" in done.stdout
    assert "figures 0" not in done.stdout and "figures " in done.stdout
    assert len(runs.read_text().split()) == 1  # the script's top level ran once: in the caller alone


# -- when a batch uses them ---------------------------------------------------------------------------------------


def test_a_batch_on_a_remote_endpoint_uses_one_worker_when_it_has_a_core_to_spare(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from types import SimpleNamespace

    def engine(name: str, base_url: str | None = "https://api.example.com/v1") -> Any:
        return SimpleNamespace(name=name, base_url=base_url)

    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    assert batch_run._readers(engine("openai"), 4) == 1
    assert batch_run._readers(engine("openai", None), 4) == 1  # OpenAI's own API
    assert batch_run._readers(engine("openai"), 1) == 0  # one article at a time: nothing to read alongside
    for local in ("http://127.0.0.1:8080/v1", "http://localhost:11434/v1", "http://[::1]:8000/v1"):
        assert batch_run._readers(engine("openai", local), 4) == 0  # a server here computes on these cores
    assert batch_run._readers(engine("embedded", None), 4) == 0  # the model takes the cores
    assert batch_run._readers(engine("extractive", None), 4) == 0
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0}, raising=False)
    assert batch_run._readers(engine("openai"), 4) == 0


def test_the_setting_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_READERS", "2")
    assert Settings().readers == 2
    monkeypatch.delenv("SUMMARISE_READERS")
    assert Settings().readers is None


def test_a_batch_that_starts_a_worker_gets_the_same_results_and_ends_it(
    overhead: ModuleType, pools: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarise.batch.inputs import BatchItem
    from summarise.batch.run import summarise_many

    items = [BatchItem(id=path.name, text=path.read_text(encoding="utf-8")) for path in ARTICLES]

    async def batch(url: str, settings: Settings) -> dict[str, str]:
        engine = OpenAIEngine(model="stub", base_url=f"{url}/v1", api_key="stub", timeout=30, transport_retries=0)
        try:
            run = summarise_many(items, engine=engine, cache=False, concurrency=4, settings=settings)
            found = [r async for r in run]
        finally:
            await engine.aclose()
        assert all(r.error is None for r in found)
        return {r.id: _shown(r.result) for r in found}

    with overhead.stub_server() as url:
        here = asyncio.run(batch(url, Settings(readers=0)))
        assert readers._pools == {}
        # The stub is on this machine, where a batch starts none by itself: as if it were a remote endpoint.
        monkeypatch.setattr(batch_run, "_readers", lambda engine, concurrency: 1)
        pool = _warm(1)  # the very pool the batch asks for, warm before the batch starts
        started = list(pool.workers)
        handed = _counting_given(monkeypatch)
        helped = asyncio.run(batch(url, Settings.model_validate({"readers": None})))
    assert helped == here
    assert len(handed) == len(items)
    assert readers._pools == {} and pool.workers == []  # the batch ended the worker it started
    assert started and all(w.process.poll() is not None for w in started)


def test_no_worker_to_be_had_means_every_article_is_read_here(
    overhead: ModuleType, pools: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A process that cannot be started (a missing interpreter), and one that runs another copy of summarise.
    monkeypatch.setattr(sys, "executable", str(ROOT / "no-such-python"))
    assert readers.submit(overhead.ARTICLE, "en", 1) is None
    assert readers._pools[1].workers == []
    monkeypatch.undo()
    monkeypatch.setattr(readers, "_pools", {})
    monkeypatch.setattr(readers, "_PACKAGE", str(ROOT / "elsewhere" / "summarise"))
    pool = readers._pool(1)
    deadline = time.monotonic() + 120
    while pool.workers:
        assert time.monotonic() < deadline, "a worker of another summarise was kept"
        time.sleep(0.05)
    assert readers.submit(overhead.ARTICLE, "en", 1) is None
    with overhead.stub_server() as url:
        assert _awaited(url, overhead.ARTICLE, Settings(readers=1)).figures
