"""The pipeline's cost per article in machine instructions (valgrind's callgrind), for this checkout and, side by
side, another: a count that the other programs on a shared machine do not move, where CPU seconds move by 20%.

Usage: .venv/bin/python bench/instructions.py [--other CHECKOUT ...] [--articles N]

Each checkout is run twice under callgrind, summarising bench/overhead.py's article against bench/stub.py (the stub
runs in its own, untraced process): once with two warm-up articles only, once with N more. The difference, divided
by N, is the cost of one article without start-up. Every cache the pipeline keeps by a text is cleared before each
article (overhead.forget), so an article costs what a new one costs. PYTHONHASHSEED is fixed, so a run repeats to
within a few thousand instructions. With --other, that checkout's `summarise` package is put first on PYTHONPATH.

Each run under callgrind takes one to two minutes; the two runs of a checkout go side by side on two cores.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_RUN = """
import sys
sys.path.insert(0, {bench!r})
import overhead
import summarise
from summarise import summarise as run
print(summarise.__file__, file=sys.stderr)
with overhead.stub_server() as url:
    engine = overhead._engine(url + "/v1")
    for _ in range(2):
        run(overhead.ARTICLE, engine=engine)
    for _ in range({articles}):
        overhead.forget()
        run(overhead.ARTICLE, engine=engine)
    engine.close()
"""


def _started(checkout: Path | None, articles: int, out: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout)
    script = _RUN.format(bench=str(HERE), articles=articles)
    # -P: the working directory (this checkout) is not put before PYTHONPATH, so --other's package is the one imported.
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-P", "-c", script]
    return subprocess.Popen(command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)


def _collected(process: subprocess.Popen[str], package: Path) -> int:
    _, err = process.communicate()
    found = re.search(r"Collected\s*:\s*(\d+)", err)
    if process.returncode != 0 or found is None:
        raise SystemExit(f"callgrind run failed (exit {process.returncode}):\n{err[-2000:]}")
    if str(package / "summarise" / "__init__.py") not in err:
        raise SystemExit(f"the run did not import the summarise package of {package}:\n{err[-2000:]}")
    return int(found.group(1))


def per_article(checkout: Path | None, articles: int) -> float:
    """Instructions per article of the `summarise` in `checkout` (this checkout's when None)."""
    package = checkout or ROOT
    with tempfile.TemporaryDirectory() as tmp:
        base = _started(checkout, 0, Path(tmp) / "base.out")
        more = _started(checkout, articles, Path(tmp) / "more.out")
        return (_collected(more, package) - _collected(base, package)) / articles


def _commit(checkout: Path) -> str:
    command = ["git", "-C", str(checkout), "describe", "--always", "--dirty"]
    done = subprocess.run(command, capture_output=True, text=True)
    return done.stdout.strip() or "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--other", type=Path, action="append", default=[], help="another checkout to count first (repeatable)"
    )
    parser.add_argument("--articles", type=int, default=20)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian package valgrind)")
    rows: list[tuple[str, Path, Path | None]] = [("other", p.resolve(), p.resolve()) for p in args.other]
    rows.append(("this checkout", ROOT, None))
    counts = []
    for label, place, checkout in rows:
        count = per_article(checkout, args.articles)
        counts.append(count)
        print(f"{label:14} {_commit(place):>16}: {count / 1e6:7.1f} M instructions per article", flush=True)
    for (_, place, _), count in zip(rows[:-1], counts, strict=False):
        print(f"this checkout / {_commit(place)}: {counts[-1] / count:.3f}")


if __name__ == "__main__":
    main()
