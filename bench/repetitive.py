"""Time per KB of the extractive engine on hostile shapes of text, at two or three sizes side by side, so that a step
whose cost grows faster than the text shows as a ratio above 1.

Shapes, each built here from the team's example article (examples/port_strike.txt):
- repeated: one sentence of it, repeated with spaces (a page that repeats itself);
- long line: the whole article repeated on one line, paragraphs joined by spaces;
- tiny paragraphs: "Para N ok." paragraphs, each with its own number;
- varied: the article's paragraphs with their numbers and names changed from copy to copy;
- hostile runs, after the article (a step that retries a pattern from each character of a run costs the run's
  square): hyphens, letters with no space (CJK), spaces inside a line, "Mr. " over and over, lines of a stop and 30
  asterisks and a letter (hours per line before session 51), unclosed guillemets, "<" signs;
- hostile sentences, after the article (a step that reads the sentence from each figure, verb or mark costs its
  square): one sentence of figures ("5 5 5 ..."), of reporting verbs ("said said ..."), of unclosed low quotation
  marks with a per cent sign ("„5% „5% ..."), a run of colons ("a:a:a...");
- shapes a fuzzing helper found in session 52 (cubic ones among them): raw HTML "<p hidden" over and over, accents
  strewn on letters ("q̣ž"), digits for letters ("h3ll0"), words of mixed scripts ("aж aж"), lines each hidden by
  a zero-width space, rule lines ("---"), unclosed 「, a run of the digit 1.

Usage: .venv/bin/python bench/repetitive.py [--sizes 20,80,320] [--shapes repeated,long_line]
The ratio column is the time per KB at each size over that at the smallest: near 1 is linear. Run it on a quiet
machine (bench/record.sh repetitive .venv/bin/python bench/repetitive.py); the machine's load is part of the figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarise import summarise  # noqa: E402
from summarise.errors import SummariseError  # noqa: E402

ARTICLE = (ROOT / "examples" / "port_strike.txt").read_text(encoding="utf-8").strip()


def _fill(size: int, piece: Callable[[int], str], joiner: str) -> str:
    parts: list[str] = []
    length = 0
    n = 0
    while length < size:
        parts.append(piece(n))
        length += len(parts[-1]) + len(joiner)
        n += 1
    return joiner.join(parts)[:size]


def _varied(n: int) -> str:
    # Numbers and a name that differ from copy to copy, so that no sentence repeats.
    return (
        ARTICLE.replace("2,400", f"{2400 + n:,}")
        .replace("40 ships", f"{40 + n} ships")
        .replace("Valmera", f"Valmera{n % 97}")
    )


SHAPES: dict[str, Callable[[int], str]] = {
    "repeated": lambda size: _fill(size, lambda n: ARTICLE.split("\n")[-1].split(". ")[0] + ".", " "),
    "long_line": lambda size: _fill(size, lambda n: " ".join(ARTICLE.split("\n")), " "),
    "tiny_paragraphs": lambda size: _fill(size, lambda n: f"Para {n} ok.", "\n\n"),
    "varied": lambda size: _fill(size, _varied, "\n\n"),
    "hyphen_run": lambda size: ARTICLE + "\n\n" + "-" * size,
    "no_spaces": lambda size: ARTICLE + "\n\n" + "中" * size,
    "space_run": lambda size: ARTICLE + " " * size + "end.",
    "abbreviations": lambda size: ARTICLE + "\n\n" + _fill(size, lambda n: "Mr.", " "),
    "star_lines": lambda size: ARTICLE + "\n\n" + _fill(size, lambda n: "The end." + "*" * 30 + "x", "\n"),
    "open_quotes": lambda size: ARTICLE + "\n\n" + _fill(size, lambda n: "« a", " "),
    "angle_signs": lambda size: ARTICLE + "\n\n" + "<" * size,
    "figure_sentence": lambda size: ARTICLE + "\n\nThe counts were " + _fill(size, lambda n: "5", " ") + ".",
    "verb_sentence": lambda size: ARTICLE + "\n\nHe " + _fill(size, lambda n: "said", " ") + ".",
    "low_quotes": lambda size: ARTICLE + "\n\n" + _fill(size, lambda n: "„5%", " "),
    "colons": lambda size: ARTICLE + "\n\n" + "a:" * (size // 2),
    "hidden_tags": lambda size: ARTICLE + "\n\n" + "<p hidden" * (size // 9),
    "strewn_accents": lambda size: ARTICLE + "\n\n" + "q\u0323ž" * (size // 3),
    "leet_words": lambda size: ARTICLE + "\n\n" + "h3ll0 " * (size // 6),
    "mixed_scripts": lambda size: ARTICLE + "\n\n" + "aж " * (size // 3),
    "hidden_lines": lambda size: ARTICLE + "\n\n" + "\u200ba\n" * (size // 3),
    "rule_lines": lambda size: ARTICLE + "\n\n" + "---\n" * (size // 4),
    "open_corners": lambda size: ARTICLE + "\n\n" + "「" * size,
    "ones": lambda size: ARTICLE + "\n\n" + "1" * size,
}


def _seconds(text: str) -> float:
    started = time.perf_counter()
    try:
        summarise(text, engine="extractive")
    except SummariseError as exc:
        print(f"    ({type(exc).__name__}: {exc})")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="20,80,320", help="sizes in KB, smallest first (default 20,80,320)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help=f"of {', '.join(SHAPES)}")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    _seconds(SHAPES["varied"](4000))  # warm-up: imports, the language detector and compiled patterns
    print(f"{'shape':<16}" + "".join(f"{f'{kb} KB':>22}" for kb in sizes))
    for shape in args.shapes.split(","):
        per_kb = [_seconds(SHAPES[shape](kb * 1000)) / kb for kb in sizes]
        cells = [f"{1000 * t:7.1f} ms/KB  x{t / per_kb[0]:4.2f}" for t in per_kb]
        print(f"{shape:<16}" + "".join(f"{c:>22}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
