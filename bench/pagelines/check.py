"""Sanity check for the pagelines test set: every line parses, its dates are dates, its headline and time are in its
article, and the time first stands in the story's first paragraph."""

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"name", "language", "furniture", "published", "headline", "when", "when_date", "note"}


def problems(item: dict[str, object]) -> list[str]:
    text = (HERE / "articles" / f"{item['name']}.txt").read_text(encoding="utf-8")
    found = [] if set(item) == KEYS else ["keys"]
    for key in ("published", "when_date"):
        if item[key] is not None:
            dt.date.fromisoformat(str(item[key]))
    if str(item["headline"]) not in text:
        found.append("headline not in text")
    when = item["when"]
    if when is None:
        return found + (["when_date without when"] if item["when_date"] is not None else [])
    at = text.find(str(when))
    if at < 0:
        return [*found, "when not in text"]
    # (the first paragraph of the story, after the page's opening block)
    body = text.split("\n\n", 1)[1] if "\n\n" in text.split("\n", 1)[1] else text
    paragraph = body.split("\n\n")[0]
    start = text.find(paragraph)
    if not start <= at < start + len(paragraph):
        found.append("when not first in the first paragraph")
    return found


def main() -> None:
    lines = (HERE / "items.jsonl").read_text(encoding="utf-8").splitlines()
    failed = [(json.loads(line)["name"], p) for line in lines for p in problems(json.loads(line))]
    for name, problem in failed:
        print(f"{name}: {problem}")
    print(len(lines), "items;", "FAILED" if failed else "OK")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
