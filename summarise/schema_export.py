"""Export the JSON Schemas of the public models to `schemas/`.

Run `python -m summarise.schema_export` after changing a model; a test fails
while the files on disk differ from the models.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from .evaluation.gold import GoldArticle
from .models import Extraction
from .results import ArticleSummary

SCHEMAS: dict[str, type[Any]] = {
    "article_summary.schema.json": ArticleSummary,
    "extraction.schema.json": Extraction,
    "gold_article.schema.json": GoldArticle,
}


def render(model: type[Any]) -> str:
    """The schema file's text for one model: sorted keys, two-space indent, trailing newline."""
    return json.dumps(model.model_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def load(name: str) -> dict[str, Any]:
    """Read a shipped schema file by name (e.g. 'article_summary.schema.json')."""
    return dict(json.loads(resources.files("summarise.schemas").joinpath(name).read_text(encoding="utf-8")))


def write(directory: Path) -> list[Path]:
    """Write every schema into `directory`; return the paths written."""
    written = []
    for name, model in SCHEMAS.items():
        path = directory / name
        path.write_text(render(model), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "schemas"
    for path in write(target):
        print(path)
