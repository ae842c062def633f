"""Byte-identical outputs: every article of eval/, examples/ and tests/data/ summarised with the extractive engine and
against bench/stub.py, each result as JSON, so that a change made for speed can be shown to change no output.

Usage: .venv/bin/python bench/same_output.py save FILE      (record the outputs of the code as it is)
       .venv/bin/python bench/same_output.py check FILE     (compare with them; exit 1 on any difference)
       .venv/bin/python bench/same_output.py check FILE --readers N
                 (each article through `asummarise` with code's reading made by N worker processes, which must change
                 nothing: the workers are started and warm before the first article, and the count of articles they
                 read is printed)

Against the stub: the team's answer for examples/port_strike.txt served for every article (for the others most items
fail, which runs the failure paths and the grounding re-ask), each hand-written answer of tests/authored/lang/ for its
own article (the verified paths), the 'choices' protocol with its authored answer, and a further brief language. The
wall time in the metadata is the one field left out: it is the one that differs from run to run.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import overhead  # noqa: E402

from summarise import asummarise, summarise  # noqa: E402
from summarise.engines.openai_compat import OpenAIEngine  # noqa: E402
from summarise.errors import SummariseError  # noqa: E402
from summarise.pipeline import readers  # noqa: E402
from summarise.settings import Settings  # noqa: E402

ROOT = HERE.parent
AUTHORED = ROOT / "tests" / "authored"
ARTICLES = sorted(
    [
        *ROOT.glob("eval/*/*.txt"),
        *ROOT.glob("examples/*.txt"),
        *ROOT.glob("tests/data/*.txt"),
        *ROOT.glob("tests/data/lang/*.txt"),
    ]
)


# Worker processes that read the articles (`--readers`); 0: `summarise`, read in this process.
_READERS = 0
_read_by_workers = 0


def _settings(**values: Any) -> Settings:
    # Nothing from the environment: the defaults alone, so that two runs differ only by the code.
    return Settings.model_validate({**values, "readers": _READERS})


def _submit(text: str, lang: str, workers: int) -> Any:
    global _read_by_workers
    sent = _submit_here(text, lang, workers)
    _read_by_workers += sent is not None
    return sent


_submit_here, readers.submit = readers.submit, _submit


def _shown(result: Any) -> str:
    data = result.model_dump(mode="json")
    data["metadata"].pop("wall_seconds")
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _one(name: str, text: str, **options: Any) -> tuple[str, str]:
    try:
        return name, _shown(summarise(text, **options))
    except SummariseError as exc:
        return name, f"{type(exc).__name__}: {exc}"


def _engine(url: str) -> OpenAIEngine:
    return OpenAIEngine(
        model="stub", base_url=f"{url}/v1", api_key="stub", timeout=30, transport_retries=0, mode="json_schema"
    )


async def _awaited(name: str, text: str, url: str, **options: Any) -> tuple[str, str]:
    engine = _engine(url)
    try:
        return name, _shown(await asummarise(text, engine=engine, **options))
    except SummariseError as exc:
        return name, f"{type(exc).__name__}: {exc}"
    finally:
        await engine.aclose()


def _stub_cases(answer: Path, articles: list[Path], tag: str, **options: Any) -> Iterator[tuple[str, str]]:
    with overhead.stub_server(answer) as url:
        engine = _engine(url)
        for path in articles:
            text = path.read_text(encoding="utf-8")
            name = f"{tag} {path.relative_to(ROOT)}"
            yield (
                asyncio.run(_awaited(name, text, url, **options))
                if _READERS
                else _one(name, text, engine=engine, **options)
            )
        engine.close()


def outputs() -> Iterator[tuple[str, str]]:
    extractive = _settings(engine="extractive")
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        yield _one(f"extractive {path.relative_to(ROOT)}", text, settings=extractive)
    port_strike = AUTHORED / "port_strike_grounded.json"
    yield from _stub_cases(port_strike, ARTICLES, "stub", settings=_settings(protocol="full"))
    yield from _stub_cases(port_strike, ARTICLES[:8], "stub+de", settings=_settings(protocol="full"), language="en,de")
    for answer in sorted((AUTHORED / "lang").glob("*.json")):
        article = ROOT / "tests" / "data" / "lang" / f"{answer.stem}.txt"
        if article.exists():
            yield from _stub_cases(answer, [article], "lang", settings=_settings(protocol="full"))
    yield from _stub_cases(
        AUTHORED / "choices" / "port_strike.json",
        [ROOT / "examples" / "port_strike.txt"],
        "choices",
        settings=_settings(protocol="choices"),
    )


def main() -> None:
    global _READERS
    if len(sys.argv) == 5 and sys.argv[3] == "--readers":
        _READERS = int(sys.argv[4])
        if not readers.warm(_READERS):
            sys.exit("the reader workers did not start")
        del sys.argv[3:]
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "check"):
        sys.exit(__doc__)
    # The re-asks of answers that break the schema are the point of some cases; instructor logs each as an error.
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    path = Path(sys.argv[2])
    found = dict(outputs())
    if sys.argv[1] == "save":
        path.write_text(json.dumps(found, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
        print(f"saved {len(found)} outputs to {path}")
        return
    saved = json.loads(path.read_text(encoding="utf-8"))
    differ = [name for name in sorted(saved.keys() | found.keys()) if saved.get(name) != found.get(name)]
    for name in differ:
        print(f"DIFFERS: {name}\n  was: {str(saved.get(name))[:300]}\n  now: {str(found.get(name))[:300]}")
    print(f"{len(found) - len(differ)} of {len(saved)} outputs the same, {len(differ)} differ")
    if _READERS:
        print(f"{_read_by_workers} articles read by {_READERS} worker process(es), the rest read here")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
