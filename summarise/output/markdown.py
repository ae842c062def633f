"""Turning an ArticleSummary into text for people (markdown) or programs (JSON)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..results import ArticleSummary

FORMATS = ("markdown", "json")


# Arabic, Hebrew, Syriac, Thaana and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
# First-strong isolate: a right-to-left cell keeps its own direction and cannot reorder the table around it.
_ISOLATE, _POP = "\u2068", "\u2069"


def _cell(value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(getattr(value, "value", value)).replace("|", "\\|").replace("\n", " ")
    return f"{_ISOLATE}{text}{_POP}" if _RTL.search(text) else text


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines


# Markdown that a viewer would turn into a link, or an image it loads by itself (an address planted in an
# article can leak what the reader's viewer sends with the request): inert in the unverified items.
_LINK_SYNTAX = re.compile(r"[\[\]()<>]")


def _inert(text: str) -> str:
    return _LINK_SYNTAX.sub(lambda m: "\\" + m.group(0), text)


def _item_text(item: object) -> str:
    if isinstance(item, dict):
        return _inert("; ".join(f"{k}: {v}" for k, v in item.items() if v not in (None, "", [], {})))
    return _inert(str(item))


def to_markdown(summary: ArticleSummary) -> str:
    """A readable brief with tables of the verified actors, figures and claims, and the unverified items apart."""
    event = summary.event
    meta = summary.metadata
    when = event.when_iso or event.when
    resolved = event.when_resolved
    if resolved is not None:
        days = resolved.start if resolved.start == resolved.end else f"{resolved.start} to {resolved.end}"
        when = f"{resolved.text} ({days})"
    out = [f"# {summary.brief.headline or event.what}", ""]
    if summary.brief.sentences:
        out += [" ".join(s.text for s in summary.brief.sentences), ""]
    for brief in summary.briefs:
        out += [f"## Brief ({brief.language})", ""]
        if brief.headline:
            out += [f"**{brief.headline}**", ""]
        if brief.sentences:
            out += [" ".join(s.text for s in brief.sentences), ""]
        if not (brief.headline or brief.sentences):
            out += ["_No verified brief in this language; see below._", ""]
    out += ["## Event", "", f"- **What:** {event.what}"]
    out += [f"- **Where:** {_cell(event.where)}", f"- **When:** {_cell(when)}", ""]
    if summary.actors:
        out += ["## Actors", ""]
        out += _table(("Name", "Kind", "Role"), ((a.name, a.kind, a.role) for a in summary.actors))
        out.append("")
    if summary.figures:
        out += ["## Figures", ""]
        out += _table(
            ("As written", "Number", "Unit", "Counts", "Qualifier", "Source"),
            ((f.value, f.number, f.unit, f.counts, f.qualifier, f.source) for f in summary.figures),
        )
        out.append("")
    if summary.claims:
        out += ["## Claims", ""]
        out += _table(
            ("Source", "Statement", "Channel", "Status", "Evidence"),
            ((c.source, c.statement, c.channel, c.status, f"“{c.evidence}”") for c in summary.claims),
        )
        out.append("")
    report = summary.grounding
    out += ["## Grounding", ""]
    out += _table(
        ("", "Event", "Actors", "Figures", "Claims", "Brief"),
        [
            (
                "verified",
                *(k.verified for k in (report.event, report.actors, report.figures, report.claims, report.brief)),
            ),
            (
                "unverified",
                *(k.unverified for k in (report.event, report.actors, report.figures, report.claims, report.brief)),
            ),
        ],
    )
    out += ["", f"Re-asked for grounding {report.reasks} time(s).", ""]
    if summary.unverified:
        out += ["## ⚠ Not verified (not supported by the article; do not rely on these)", ""]
        out += _table(
            ("Kind", "Item", "Why"), ((u.kind, _item_text(u.item), _inert(u.reason)) for u in summary.unverified)
        )
        out.append("")
    source = meta.source
    if source is not None:
        said = [f"“{source.title}”" if source.title else "", f"by {source.author}" if source.author else ""]
        said += [f"published {source.published}" if source.published else "", source.url or ""]
        out += [f"_Source: {_cell(' · '.join(part for part in said if part))}_", ""]
    parts = f"{meta.parts} parts merged · " if meta.parts > 1 else ""
    out.append(
        f"_{meta.engine} · {meta.model} · prompt {meta.prompt_template} · schema {meta.schema_version} · "
        f"language {summary.source_language} · {parts}{len(meta.attempts)} attempt(s) · "
        f"{meta.prompt_tokens} tokens in, {meta.completion_tokens} out · {meta.wall_seconds:.1f} s_"
    )
    return "\n".join(out) + "\n"


def to_json(summary: ArticleSummary) -> str:
    """The summary as indented JSON that validates against schemas/article_summary.schema.json."""
    return summary.model_dump_json(indent=2) + "\n"


def render(summary: ArticleSummary, fmt: str) -> str:
    """Render in one of FORMATS."""
    return to_json(summary) if fmt == "json" else to_markdown(summary)
