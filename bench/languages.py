"""Per language: detection, verified share of figures, and what each further brief language costs.

Usage: .venv/bin/python bench/languages.py
Runs the embedded engine on the team's article in each language (tests/data/lang/), then one article with
three brief languages. Not part of the test suite: it measures the bundled model.
"""

from __future__ import annotations

import time
from pathlib import Path

from summarise import language, summarise
from summarise.engines import from_settings
from summarise.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "data" / "lang").glob("*.txt"))


def main() -> None:
    engine = from_settings(Settings())
    print(f"{'lang':5} {'detected':8} {'figures ok':>10} {'flagged':>7} {'brief ok':>8} {'seconds':>7}")
    detected_right = figures_ok = figures_flagged = 0
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        code = path.stem
        started = time.perf_counter()
        result = summarise(text, engine=engine)
        seconds = time.perf_counter() - started
        detected_right += result.source_language == code
        figures_ok += result.grounding.figures.verified
        figures_flagged += result.grounding.figures.unverified
        print(
            f"{code:5} {result.source_language:8} {result.grounding.figures.verified:10} "
            f"{result.grounding.figures.unverified:7} {len(result.brief.sentences):8} {seconds:7.1f}"
        )
    share = figures_ok / max(figures_ok + figures_flagged, 1)
    total = figures_ok + figures_flagged
    print(f"detection {detected_right}/{len(ARTICLES)}; figures verified {figures_ok}/{total} ({share:.0%})")

    text = (ROOT / "tests" / "data" / "lang" / "en.txt").read_text(encoding="utf-8")
    one = summarise(text, engine=engine, language="en")
    three = summarise(text, engine=engine, language="en,ko,uk")
    in_language = [language.written_in(" ".join(s.text for s in b.sentences), b.language) for b in three.briefs]
    calls = len(three.metadata.attempts) - len(one.metadata.attempts)
    tokens_in = three.metadata.prompt_tokens - one.metadata.prompt_tokens
    tokens_out = three.metadata.completion_tokens - one.metadata.completion_tokens
    print(
        f"two further languages: {calls} extra call(s), {tokens_in} tokens in and {tokens_out} out "
        f"({tokens_in / 2:.0f} in, {tokens_out / 2:.0f} out per language); "
        f"briefs in {[b.language for b in three.briefs]}, "
        f"in their language: {in_language}"
    )


if __name__ == "__main__":
    main()
