"""Long articles: split on paragraph boundaries within a token budget, parts extracted apart and merged."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from click.testing import CliRunner

from summarise import BatchResult, summarise, summarise_many
from summarise.cli import main
from summarise.engines.base import estimate_tokens
from summarise.evaluation import EvalRun, evaluate
from summarise.models import Extraction
from summarise.pipeline.parts import split

from .fakes import completion, scripted_server

KEY = "fake-authored-test-key-0123"


def _words(text: str) -> int:
    return len(text.split())


def test_parts_are_slices_of_the_article_cut_between_paragraphs() -> None:
    paragraphs = [f"Paragraph {n} " + "word " * (5 + n) + "end." for n in range(12)]
    article = "\n\n".join(paragraphs)
    parts = split(article, 30, _words)
    assert len(parts) > 3
    for part in parts:
        assert article[part.offset : part.offset + len(part.text)] == part.text
        assert _words(part.text) <= 30
        assert part.text.startswith("Paragraph") and part.text.endswith("end.")
    assert " ".join(p.text for p in parts).split() == article.split(), "nothing lost, nothing repeated"


def test_a_paragraph_over_the_budget_is_cut_at_sentences_then_inside() -> None:
    long_paragraph = " ".join(f"Sentence {n} has six words here." for n in range(10))
    article = f"Short opening line here.\n\n{long_paragraph}\n\n{'x' * 30 + ' y' * 40}"
    parts = split(article, 14, _words)
    assert all(_words(p.text) <= 14 for p in parts)
    assert all(article[p.offset : p.offset + len(p.text)] == p.text for p in parts)
    sentence_parts = [p.text for p in parts if "Sentence" in p.text and "xxx" not in p.text]
    assert len(sentence_parts) >= 4
    assert all(t.endswith("here.") for t in sentence_parts), "the long paragraph is cut at sentence ends"
    assert any(t.startswith("Sentence") for t in sentence_parts)
    words = set(article.split())
    assert all(w in words for p in parts for w in p.text.split()), "no word is cut when words fit"
    assert " ".join(p.text for p in parts).split() == article.split()


PARAGRAPHS = [
    "Inspectors closed the Brackwater Road bridge on Monday after finding a cracked support beam, the county "
    "engineer Nadia Frost said. About 6,000 vehicles a day will be diverted through the town centre.",
    "Shop owners on the diversion route said trade had already fallen. Lewis Amberley, who runs a bakery on "
    "the high street, said queues of lorries had blocked his delivery bay since the morning.",
    "Nadia Frost said repairs would cost about 2.4 million pounds and take at least four months. About 6,000 "
    "vehicles a day will be diverted, she repeated at an evening meeting.",
]


def _answer(actors: list[tuple[str, str]], figures: list[tuple[str, float, str]]) -> str:
    return Extraction.model_validate(
        {
            "event": {"what": "A bridge was closed", "where": None, "when": None, "when_iso": None},
            "actors": [{"name": name, "kind": "person", "role": role, "translation": None} for name, role in actors],
            "figures": [
                {
                    "value": value,
                    "number": number,
                    "unit": "vehicles",
                    "counts": counts,
                    "qualifier": "about",
                    "source": None,
                    "translation": None,
                }
                for value, number, counts in figures
            ],
            "claims": [],
            "brief": {
                "headline": "Bridge closed",
                "sentences": [
                    {"text": "A bridge was closed.", "figures": [], "claims": []},
                    {"text": "Traffic was diverted.", "figures": [], "claims": []},
                ],
            },
        }
    ).model_dump_json()


def _part_answers() -> list[str]:
    """Hand-authored answers, one per paragraph of PARAGRAPHS, then the brief from the merged facts."""
    return [
        _answer([("Nadia Frost", "county engineer")], [("About 6,000", 6000, "vehicles a day diverted")]),
        _answer([("Lewis Amberley", "bakery owner")], []),
        _answer([("Nadia Frost", "engineer")], [("About 6,000", 6000, "vehicles diverted a day")]),
        json.dumps(
            {
                "headline": "Brackwater Road bridge closed after a beam cracked",
                "sentences": [
                    {"text": "Inspectors closed the Brackwater Road bridge on Monday.", "figures": [], "claims": []},
                    {"text": "About 6,000 vehicles a day will be diverted.", "figures": [1], "claims": []},
                ],
                "names": [],
            }
        ),
    ]


# A part budget that holds each paragraph of PARAGRAPHS alone, never two.
BUDGET = max(estimate_tokens(p) for p in PARAGRAPHS) + 1


def test_a_long_article_is_extracted_part_by_part_merged_and_briefed_once() -> None:
    article = "\n\n".join(PARAGRAPHS)
    with scripted_server([completion(a) for a in _part_answers()]) as (url, script):
        result = summarise(article, base_url=url, model="authored", api_key=KEY, grounding_reasks=0, part_tokens=BUDGET)
    assert result.metadata.parts == 3
    assert len(script.requests) == 4, "three parts and one brief"
    prompts = [json.dumps(r["messages"], ensure_ascii=False) for r in script.requests]
    for n, paragraph in enumerate(PARAGRAPHS):
        head = paragraph[:40]
        assert [head in p for p in prompts[:3]] == [m == n for m in range(3)], "each part alone in its request"
    assert "<facts>" in prompts[3] and "Lewis Amberley" in prompts[3]
    # Nadia Frost named in parts one and three, the same figure twice: each kept once, located in the article.
    assert [a.name for a in result.actors if a.origin == "model"] == ["Nadia Frost", "Lewis Amberley"]
    # A source the answers leave out, added from code's reading of the whole article (nothing found is lost).
    assert [a.name for a in result.actors if a.origin == "code"] == ["Shop owners on the diversion route"]
    assert [f.value for f in result.figures if f.origin == "model"] == ["About 6,000"]
    # The third part's cost and duration, which the answers leave out, come from code's reading; its second
    # "About 6,000" vehicles is the same figure and is not added again.
    # (a span of time's unit is part of its value since round 67)
    code_figures = [f.value for f in result.figures if f.origin == "code"]
    assert code_figures == ["about 2.4 million pounds", "at least four months"]
    for actor in result.actors:
        assert article[actor.span.start : actor.span.end] == actor.name
    lewis = next(a for a in result.actors if a.name == "Lewis Amberley")
    assert lewis.span.start > len(PARAGRAPHS[0]), "offsets refer to the whole article, not the part"
    assert result.brief.headline == "Brackwater Road bridge closed after a beam cracked"
    assert [s.figures for s in result.brief.sentences] == [[], [1]]
    assert result.metadata.attempts and len(result.metadata.attempts) == 4


def test_an_article_that_fits_is_not_split() -> None:
    article = "\n\n".join(PARAGRAPHS)
    answer = _answer([("Nadia Frost", "county engineer")], [])
    with scripted_server([completion(answer)]) as (url, script):
        result = summarise(article, base_url=url, model="authored", api_key=KEY, grounding_reasks=0)
    assert result.metadata.parts == 1 and len(script.requests) == 1


def test_the_part_budget_follows_the_context_and_the_answer_cap() -> None:
    from summarise.pipeline import loop as pipeline

    class Counting:
        """An engine that only says how long its context is and counts words as tokens."""

        def __init__(self, context_tokens: int) -> None:
            self.context_tokens = context_tokens

        def count_tokens(self, text: str) -> int:
            return len(text.split())

    article = "\n\n".join(f"Paragraph {n} of the council story, with some words to count." for n in range(100))
    request = pipeline.prepare(article, template=None, languages=["en"], max_output_tokens=512)
    roomy = pipeline.plan_parts(request, Counting(100_000))
    assert len(roomy) == 1 and roomy[0].text == article
    tight = pipeline.plan_parts(request, Counting(1500))
    assert len(tight) > 1 and all(len(p.text.split()) <= 1500 - 512 for p in tight)
    # An answer cap above the context takes at most half of what the prompt leaves, not the whole.
    greedy = pipeline.prepare(article, template=None, languages=["en"], max_output_tokens=100_000)
    assert len(pipeline.plan_parts(greedy, Counting(2000))) > 1
    capped = pipeline.prepare(article, template=None, languages=["en"], max_output_tokens=512, part_tokens=100)
    assert all(len(p.text.split()) <= 100 for p in pipeline.plan_parts(capped, Counting(100_000)))


# The gold of the article of PARAGRAPHS: what `eval` needs to score it; the scores are not what is tested here.
BRIDGE_GOLD = {
    "language": "en",
    "event": {"what": "Inspectors closed the Brackwater Road bridge on Monday", "where": None, "when": "Monday"},
    "actors": [{"name": "Nadia Frost", "aliases": ["Frost"]}],
    "figures": [{"value": "About 6,000", "number": 6000, "counts": "vehicles a day will be diverted"}],
    "claims": [],
}


def _article_files(tmp_path: Path) -> tuple[Path, Path]:
    """The article of PARAGRAPHS as a file, and a gold directory holding it."""
    gold = tmp_path / "gold"
    gold.mkdir()
    article = gold / "bridge.txt"
    article.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    (gold / "bridge.json").write_text(json.dumps(BRIDGE_GOLD), encoding="utf-8")
    return article, gold


def _split_in_three(requests: list[dict[str, object]]) -> None:
    """Three requests of one paragraph each, then the brief: part_tokens reached the pipeline."""
    assert len(requests) == 4
    prompts = [json.dumps(r["messages"], ensure_ascii=False) for r in requests]
    for n, paragraph in enumerate(PARAGRAPHS):
        assert [paragraph[:40] in p for p in prompts[:3]] == [m == n for m in range(3)]


def test_summarise_many_takes_part_tokens() -> None:
    article = "\n\n".join(PARAGRAPHS)

    async def run(**options: object) -> list[BatchResult]:
        done = summarise_many([article], model="authored", grounding_reasks=0, cache=False, **options)
        return [r async for r in done]

    with scripted_server([completion(a) for a in _part_answers()]) as (url, script):
        (whole,) = asyncio.run(run(base_url=url))
    assert whole.result is not None and whole.result.metadata.parts == 1 and len(script.requests) == 1
    with scripted_server([completion(a) for a in _part_answers()]) as (url, script):
        (split,) = asyncio.run(run(base_url=url, part_tokens=BUDGET))
    assert split.result is not None and split.result.metadata.parts == 3
    _split_in_three(script.requests)


def test_batch_takes_part_tokens(tmp_path: Path) -> None:
    article, _ = _article_files(tmp_path)
    out = tmp_path / "out.jsonl"
    with scripted_server([completion(a) for a in _part_answers()]) as (url, script):
        result = CliRunner().invoke(
            main,
            [
                "batch",
                str(article),
                "-o",
                str(out),
                "--base-url",
                url,
                "-m",
                "authored",
                "--grounding-reasks",
                "0",
                "--part-tokens",
                str(BUDGET),
                "--no-cache",
                "-q",
            ],
        )
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert record["result"]["metadata"]["parts"] == 3
    _split_in_three(script.requests)


def test_eval_and_evaluate_take_part_tokens(tmp_path: Path) -> None:
    _, gold = _article_files(tmp_path)
    with scripted_server([completion(a) for a in _part_answers()]) as (url, script):
        result = CliRunner().invoke(
            main,
            [
                "eval",
                str(gold),
                "--base-url",
                url,
                "-m",
                "authored",
                "--grounding-reasks",
                "0",
                "--part-tokens",
                str(BUDGET),
                "--json",
                "-q",
            ],
        )
    assert result.exit_code == 0, result.output
    assert EvalRun.model_validate_json(result.output).articles[0].counts.calls == 4
    _split_in_three(script.requests)
    with scripted_server([completion(a) for a in _part_answers()]) as (url, script):
        run = evaluate(gold, base_url=url, model="authored", grounding_reasks=0, part_tokens=BUDGET)
    assert run.articles[0].error is None and run.articles[0].counts.calls == 4
    _split_in_three(script.requests)
