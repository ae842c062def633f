"""Summarise a ~20,000-word article on the embedded engine: wall time, peak memory and number of parts.

The article is built by this script from paragraphs the team wrote (a fictional investigation into a
regional water company), each filled in with its own names, places and figures so that no two sections
repeat. Not part of the tests; run it on a quiet machine, for example:

    nice -n 10 .venv/bin/python bench/long_article.py            # 20,000 words
    nice -n 10 .venv/bin/python bench/long_article.py --words 3000
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarise import summarise
from summarise.engines import from_settings
from summarise.grounding import fold
from summarise.settings import Settings

TOWNS = ["Harrowby", "Ellesmere Vale", "Tarnwick", "Oakhollow", "Brisford", "Kelmarsh", "Dunmore Cross", "Withypool"]
PEOPLE = [
    ("Miriam Castell", "a retired hydrologist"),
    ("Owen Radley", "the company's former operations manager"),
    ("Priya Nandakumar", "a councillor for the eastern ward"),
    ("Tomasz Wilk", "a dairy farmer downstream of the works"),
    ("Grace Okafor", "the regulator's chief inspector"),
    ("Daniel Ferreira", "a spokesman for Northmere Water"),
    ("Ingrid Solberg", "an engineer who audited the pumps"),
    ("Harold Pike", "chair of the residents' association"),
]
PARAGRAPHS = [
    "In {town}, residents first noticed the brown water in the spring of {year}. {person}, {role}, said the "
    "complaints arrived in waves: {n1} households in the first week, then more than {n2} by the end of the "
    "month. Northmere Water told them the discolouration was harmless sediment stirred up by routine flushing.",
    "Documents seen by this newspaper show that the pumping station serving {town} had been flagged for "
    "replacement as early as {year0}. An internal memo put the cost at {money} million pounds and warned that "
    "the station's two main pumps were running at {pct} per cent of their rated capacity.",
    '{person}, {role}, described the inspections as a box-ticking exercise. "We were told which valves to '
    'look at and which to leave alone," {surname} said. The company says every inspection followed the '
    "regulator's published schedule and that no warning was ignored.",
    "The regulator's records list {n1} pollution incidents near {town} between {year0} and {year}, of which "
    "{n3} were classed as serious. Fines totalling {money} million pounds were issued, but {pct} per cent of "
    "that sum was later waived after the company appealed.",
    "At a packed meeting in the {town} village hall, {person}, {role}, asked why bills had risen by {pct} per "
    "cent while the pipes under the high street had not been touched in {n3} years. The room applauded; the "
    "company's representative left before questions ended.",
    "Engineers who worked on the network say the problem was never a lack of warnings. {person}, {role}, "
    "kept a spreadsheet of {n2} faults logged at the {town} works and sent it to managers twice. Neither "
    "email, {surname} said, received a reply.",
    "Northmere Water disputes that account. In a statement, the company said it had invested {money} million "
    "pounds in the region over {n3} years and that its leakage rate had fallen by {pct} per cent. It said it "
    '"does not recognise" the figures compiled by former staff.',
    "Downstream of {town}, the river tells its own story. Volunteers testing the water every fortnight "
    "recorded phosphate levels {n3} times above the guideline on {n1} occasions last year. {person}, {role}, "
    "said fish that once filled the pools below the weir had all but vanished.",
    "The company's accounts show that shareholders received dividends of {money} million pounds in {year}, "
    "the same year the {town} pumping station failed twice. {person}, {role}, called the timing "
    '"indefensible"; the company said dividends and investment are decided separately.',
    "For families in {town}, the cost is counted in bottled water and lost days of work. {person}, {role}, "
    "estimated that {n1} homes had been told to boil their water at least once since {year0}, some of them "
    "for {n3} days at a stretch.",
]


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", fold(text)[0])


def build_article(words: int) -> str:
    """About `words` words of paragraphs, each section with its own town, people and figures."""
    out: list[str] = []
    total = 0
    i = 0
    while total < words:
        person, role = PEOPLE[(i * 3) % len(PEOPLE)]
        text = PARAGRAPHS[i % len(PARAGRAPHS)].format(
            town=TOWNS[(i // len(PARAGRAPHS) + i) % len(TOWNS)],
            person=person,
            role=role,
            surname=person.split()[-1],
            year=2015 + i % 10,
            year0=2005 + i % 9,
            n1=120 + 37 * i,
            n2=1_000 + 211 * i,
            n3=3 + i % 17,
            pct=11 + (7 * i) % 60,
            money=f"{2 + (13 * i) % 90}.{i % 10}",
        )
        out.append(text)
        total += len(text.split())
        i += 1
    return "\n\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=20_000, help="length of the generated article")
    parser.add_argument(
        "--part-tokens", type=int, default=None, help="cap on a part [default: what the context leaves]"
    )
    parser.add_argument("--grounding-reasks", type=int, default=None, help="[default: the library's]")
    # By reference (the embedded engine's default) code reads the whole article and no part goes to the model;
    # the parts are the whole-schema protocol's.
    parser.add_argument("--protocol", choices=("full", "reference"), default="full", help="[default: full]")
    args = parser.parse_args()
    article = build_article(args.words)
    engine = from_settings(Settings())
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    result = summarise(
        article,
        engine=engine,
        grounding_reasks=args.grounding_reasks,
        part_tokens=args.part_tokens,
        protocol=args.protocol,
    )
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    meta = result.metadata
    print(
        f"article: {len(article.split()):,} words, {len(article):,} characters, {engine.count_tokens(article):,} tokens"
    )
    print(f"engine: {meta.engine} {meta.model}, context {engine.context_tokens} tokens")
    print(f"parts: {meta.parts}")
    print(f"model calls: {len(meta.attempts)}, prompt tokens {meta.prompt_tokens:,}, ", end="")
    print(f"completion tokens {meta.completion_tokens:,}")
    print(f"wall time: {wall:.1f} s ({wall / max(meta.parts, 1):.1f} s per part)")
    print(f"peak RSS: {peak:.0f} MiB (after loading the model: {rss_loaded:.0f} MiB)")
    print(
        f"merged: {len(result.actors)} actors, {len(result.figures)} figures, {len(result.claims)} claims, "
        f"{len(result.unverified)} unverified"
    )
    print(f"brief: {result.brief.headline!r} and {len(result.brief.sentences)} sentences")
    for item in result.unverified:
        if item.kind in ("headline", "brief_sentence"):
            print(f"  brief item not verified: {item.reason[:150]}")
    spans_ok = all(_letters(article[a.span.start : a.span.end]) == _letters(a.name) for a in result.actors)
    print(f"every actor's span, read in the whole article, is its name: {spans_ok}")


if __name__ == "__main__":
    main()
