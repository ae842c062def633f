"""The summary drawn on its article: one self-contained HTML page (`--format html`).

Every verified span is highlighted in the article text, each kind in its own colour and with a visible label that
links to the item's row; the rows link back to the spans. Unverified items sit in a panel of their own and are
never highlighted. The page carries no script and loads nothing: its Content-Security-Policy forbids both, and
every piece of the article and of the model's answer is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from ..results import ArticleSummary, GroundedBrief, TextSpan

# Each kind of highlight: its label and colour (a light background and a darker border, readable in print).
KINDS: dict[str, tuple[str, str, str]] = {
    "figure": ("figure", "#fde7a6", "#b58400"),
    "actor": ("actor", "#d4e6fb", "#2f6db0"),
    "source": ("source", "#f6d3e6", "#a8386f"),
    "evidence": ("evidence", "#dcf0d5", "#3d8a32"),
    "place": ("place", "#e6dcf8", "#6a45b0"),
    "time": ("time", "#d3f1f1", "#1f8585"),
}
_RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"})

# Nothing runs and nothing is fetched, even if a bug let markup through: no script, no frame, no remote anything.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

_CSS = """
body{font:15px/1.55 system-ui,"Noto Sans","DejaVu Sans","WenQuanYi Micro Hei",sans-serif;margin:1.5rem auto;
max-width:1100px;padding:0 1rem;color:#1d232b;background:#fff}
h1{font-size:1.45rem;margin:.2rem 0 .6rem}h2{font-size:1.1rem;margin:1.8rem 0 .5rem}
.meta{color:#55606c;font-size:.85rem}.brief p{margin:.3rem 0}.ref{font-size:.75rem;margin-inline-start:.2rem}
#article{white-space:pre-wrap;border:1px solid #d8dde3;border-radius:6px;padding:1rem 1.2rem;line-height:2.1}
.hl{border-bottom:2px solid;padding:.05em 0;border-radius:2px;color:inherit}
.hl.code{border-bottom-style:dashed}
.tag{font:600 .62rem/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.02em;color:#fff;
padding:.1em .3em;border-radius:3px;margin-inline-end:.2em;text-decoration:none;vertical-align:.15em;
unicode-bidi:isolate;user-select:none;position:relative}
.tag:focus{outline:3px solid #111;outline-offset:2px}
.tag .tip{display:none;position:absolute;z-index:5;inset-block-start:1.6em;inset-inline-start:0;width:max-content;
max-width:26rem;white-space:normal;background:#1d232b;color:#fff;font:400 .8rem/1.35 system-ui,sans-serif;
text-transform:none;letter-spacing:0;padding:.4rem .55rem;border-radius:4px}
.tag:hover .tip,.tag:focus .tip{display:block}
.hl:target,tr:target{outline:3px solid #e0a000}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #d8dde3;padding:.3rem .45rem;text-align:start;vertical-align:top;
unicode-bidi:plaintext}
thead th{background:#eef1f5}td a{color:#1c4f8a}
.legend span{display:inline-block;margin-inline-end:.8rem}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-inline-end:.25em}
#unverified{border:2px solid #b3261e;background:#fff4f3;border-radius:6px;padding:.3rem 1rem .8rem}
#unverified h2{color:#b3261e}.origin{font-size:.75rem;color:#55606c}.origin.code{color:#8a4b00;font-weight:600}
"""


@dataclass(frozen=True)
class Mark:
    """One highlight: a verified span of the article, with what its row says."""

    id: str
    kind: str
    start: int
    end: int
    row: str
    tip: str
    origin: str | None = None
    ref: str = ""  # the item's number in its table (F1, C2, A3), shown in the label


def _kind_css() -> str:
    rules = []
    for kind, (_, light, dark) in KINDS.items():
        rules.append(
            f".k-{kind}{{background:{light};border-color:{dark}}}.k-{kind}>.tag,.sw-{kind}{{background:{dark}}}"
        )
    return "".join(rules)


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def _origin_note(origin: str | None) -> str:
    return {"code": "read by code alone", "chosen": "read by code, chosen by the model", "model": "from the model"}.get(
        origin or "", ""
    )


def _join(parts: Iterable[tuple[str, object]]) -> str:
    return "; ".join(f"{name}: {value}" for name, value in parts if value not in (None, "", []))


def marks(summary: ArticleSummary) -> list[Mark]:
    """Every verified span of `summary` as a highlight, in the order of the summary's fields."""
    found: list[Mark] = []

    def add(mark_id: str, kind: str, span: TextSpan | None, row: str, tip: str, origin: str | None = None) -> None:
        if span is not None:
            ref = row.removeprefix("r-").upper() if row != "r-event" else ""
            found.append(Mark(mark_id, kind, span.start, span.end, row, tip, origin, ref))

    event = summary.event
    add("m-where", "place", event.where_span, "r-event", _join([("place", event.where), ("event", event.what)]))
    resolved = event.when_resolved
    dates = None if resolved is None else resolved.start if resolved.start == resolved.end else f"{resolved.start}…"
    add("m-when", "time", event.when_span, "r-event", _join([("time", event.when), ("date", dates)]))
    for n, actor in enumerate(summary.actors, start=1):
        origin = ("origin", _origin_note(actor.origin))
        tip = _join([("actor", actor.name), ("kind", actor.kind.value), ("role", actor.role), origin])
        add(f"m-a{n}", "actor", actor.span, f"r-a{n}", tip, actor.origin)
    for n, fig in enumerate(summary.figures, start=1):
        number = None if fig.number is None else _number(fig.number)
        tip = _join(
            [
                ("figure", fig.value),
                ("counts", fig.counts),
                ("number", number),
                ("unit", fig.unit),
                ("qualifier", fig.qualifier),
                ("given by", fig.source or "unattributed"),
                ("origin", _origin_note(fig.origin)),
            ]
        )
        add(f"m-f{n}", "figure", fig.span, f"r-f{n}", tip, fig.origin)
        said = f"source of figure {n} ({fig.value}): {fig.source}"
        add(f"m-f{n}s", "source", fig.source_span, f"r-f{n}", said, fig.origin)
    for n, claim in enumerate(summary.claims, start=1):
        tip = _join(
            [
                ("claim", claim.statement),
                ("source", claim.source),
                ("status", claim.status.value),
                ("channel", claim.channel),
                ("via", claim.via),
                ("origin", _origin_note(claim.origin)),
            ]
        )
        add(f"m-c{n}s", "source", claim.source_span, f"r-c{n}", tip, claim.origin)
        add(f"m-c{n}e", "evidence", claim.evidence_span, f"r-c{n}", tip, claim.origin)
    return found


def _open(mark: Mark, first: bool) -> str:
    classes = f"hl k-{mark.kind}" + (" code" if mark.origin == "code" else "")
    if not first:
        # The rest of a highlight that another one cut: same colour, no second label, id or stop for the keyboard.
        return f'<mark class="{classes}" data-part="{mark.id}">'
    label = " ".join(p for p in (KINDS[mark.kind][0], mark.ref) if p) + (" · code" if mark.origin == "code" else "")
    tip = escape(mark.tip)
    return (
        f'<mark class="{classes}" id="{mark.id}" data-kind="{mark.kind}" data-part="{mark.id}" title="{tip}">'
        f'<a class="tag" dir="ltr" href="#{mark.row}" aria-describedby="{mark.id}-tip">{escape(label)}'
        f'<span class="tip" id="{mark.id}-tip" role="tooltip" dir="auto">{tip}</span></a>'
    )


def highlight(text: str, found: Sequence[Mark]) -> str:
    """`text`, escaped, with each mark wrapped in <mark> elements over exactly its characters.

    Marks that nest are nested; a mark that crosses another's end is cut into pieces at that point, and only its
    first piece carries its id and label. Raises ValueError for a span outside the text.
    """
    for mark in found:
        if not 0 <= mark.start < mark.end <= len(text):
            raise ValueError(f"span {mark.start}-{mark.end} of {mark.id} lies outside the article ({len(text)} chars)")
    order = {m.id: (m.start, -m.end, i) for i, m in enumerate(found)}
    points = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found)})
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[str] = set()
    for a, b in pairwise(points):
        wanted = sorted((m for m in found if m.start <= a and m.end >= b), key=lambda m: order[m.id])
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        del stack[keep:]
        for mark in wanted[keep:]:
            out.append(_open(mark, mark.id not in opened))
            opened.add(mark.id)
            stack.append(mark)
        out.append(escape(text[a:b], quote=False))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _lang(code: str) -> str:
    return "" if not code or code == "und" else escape(code)


def _dir(code: str) -> str:
    return "rtl" if code.split("-")[0] in _RTL_LANGUAGES else "auto"


def _refs(figures: Sequence[int], claims: Sequence[int]) -> str:
    links = [f'<a href="#r-f{n}">F{n}</a>' for n in figures] + [f'<a href="#r-c{n}">C{n}</a>' for n in claims]
    return f'<span class="ref">{" ".join(links)}</span>' if links else ""


def _brief(brief: GroundedBrief, heading: str, main: bool) -> str:
    lang = _lang(brief.language)
    attrs = f' lang="{lang}"' if lang else ""
    origin = "the article's own sentences, chosen by code" if brief.origin == "extracted" else "written by the model"
    parts = [f'<section class="brief"{attrs} dir="{_dir(brief.language)}">']
    if main:
        parts.append(f"<h1>{escape(heading)}</h1>")
    else:
        parts.append(f"<h2>Brief ({escape(brief.language)})</h2>")
        if brief.headline:
            parts.append(f"<p><strong>{escape(brief.headline)}</strong></p>")
    for sentence in brief.sentences:
        parts.append(f"<p>{escape(sentence.text)}{_refs(sentence.figures, sentence.claims)}</p>")
    if not (brief.headline or brief.sentences):
        parts.append("<p><em>No verified brief in this language; see the items below.</em></p>")
    parts.append(f'<p class="origin" dir="ltr">brief {origin}, checked against the article</p></section>')
    return "".join(parts)


def _cell(value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, float):
        return escape(_number(value))
    return escape(str(getattr(value, "value", value)))


def _link(mark_id: str, text: object) -> str:
    return f'<a href="#{mark_id}" dir="auto">{_cell(text)}</a>'


def _origin_cell(origin: str) -> str:
    css = ' class="origin code"' if origin == "code" else ' class="origin"'
    return f"<td{css}>{escape(origin)}{' (code alone)' if origin == 'code' else ''}</td>"


def _table(table_id: str, headers: Sequence[str], rows: Sequence[str]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _tables(summary: ArticleSummary) -> str:
    event = summary.event
    resolved = event.when_resolved
    when = event.when_iso or (f"{resolved.start} to {resolved.end}" if resolved is not None else None)
    where = _link("m-where", event.where) if event.where_span is not None else _cell(event.where)
    said_when = _link("m-when", event.when) if event.when_span is not None else _cell(event.when)
    out = [
        "<h2>Event</h2>",
        _table(
            "event",
            ("What", "Where", "When", "Date"),
            [
                f'<tr id="r-event"><td>{_cell(event.what)}</td><td>{where}</td><td>{said_when}</td>'
                f"<td>{_cell(when)}</td></tr>"
            ],
        ),
    ]
    if summary.actors:
        rows = [
            f'<tr id="r-a{n}"><td>A{n}</td><td>{_link(f"m-a{n}", a.name)}</td><td>{_cell(a.kind)}</td>'
            f"<td>{_cell(a.role)}</td>{_origin_cell(a.origin)}</tr>"
            for n, a in enumerate(summary.actors, start=1)
        ]
        out += ["<h2>Actors</h2>", _table("actors", ("", "Name", "Kind", "Role", "Origin"), rows)]
    if summary.figures:
        rows = []
        for n, f in enumerate(summary.figures, start=1):
            source = _link(f"m-f{n}s", f.source) if f.source_span is not None else _cell(f.source)
            rows.append(
                f'<tr id="r-f{n}"><td>F{n}</td><td>{_link(f"m-f{n}", f.value)}</td><td>{_cell(f.number)}</td>'
                f"<td>{_cell(f.unit)}</td><td>{_cell(f.counts)}</td><td>{_cell(f.qualifier)}</td><td>{source}</td>"
                f"{_origin_cell(f.origin)}</tr>"
            )
        headers = ("", "As written", "Number", "Unit", "Counts", "Qualifier", "Given by", "Origin")
        out += ["<h2>Figures</h2>", _table("figures", headers, rows)]
    if summary.claims:
        rows = [
            f'<tr id="r-c{n}"><td>C{n}</td><td>{_link(f"m-c{n}s", c.source)}</td><td>{_cell(c.statement)}</td>'
            f"<td>{_cell(c.channel)}</td><td>{_cell(c.status)}</td><td>{_cell(c.via)}</td>"
            f"<td>{_link(f'm-c{n}e', c.evidence)}</td>{_origin_cell(c.origin)}</tr>"
            for n, c in enumerate(summary.claims, start=1)
        ]
        headers = ("", "Source", "Statement", "Channel", "Status", "Via", "Evidence", "Origin")
        out += ["<h2>Claims</h2>", _table("claims", headers, rows)]
    return "".join(out)


def _item_text(item: object) -> str:
    if isinstance(item, dict):
        return "; ".join(f"{k}: {v}" for k, v in item.items() if v not in (None, "", [], {}))
    return str(item)


def _unverified(summary: ArticleSummary) -> str:
    if not summary.unverified:
        return '<section id="unverified-none"><p class="meta">Every item the summary gives verified.</p></section>'
    rows = [
        f'<tr><td>{escape(u.kind)}</td><td dir="auto">{escape(_item_text(u.item))}</td>'
        f'<td dir="auto">{escape(u.reason)}</td></tr>'
        for u in summary.unverified
    ]
    return (
        '<section id="unverified"><h2>⚠ Not verified: not supported by the article, not highlighted, do not rely on '
        "these</h2>" + _table("unverified-items", ("Kind", "Item", "Why"), rows) + "</section>"
    )


def _legend(found: Sequence[Mark]) -> str:
    counts = {kind: sum(1 for m in found if m.kind == kind) for kind in KINDS}
    items = [
        f'<span><i class="swatch sw-{kind}"></i>{escape(label)} ({counts[kind]})</span>'
        for kind, (label, _, _) in KINDS.items()
    ]
    return (
        f'<p class="legend meta">{"".join(items)}<span>dashed: read by code alone</span>'
        "<span>Tab moves through the highlights; each label links to its row.</span></p>"
    )


def _footer(summary: ArticleSummary) -> str:
    meta = summary.metadata
    said = []
    if meta.source is not None:
        source = meta.source
        said = [source.title or "", f"by {source.author}" if source.author else "", source.published or ""]
        said.append(source.url or "")
    line = (
        f"{meta.engine} · {meta.model} · protocol {meta.protocol} · prompt {meta.prompt_template} · "
        f"schema {meta.schema_version} · language {summary.source_language} · {len(meta.attempts)} attempt(s) · "
        f"{meta.wall_seconds:.1f} s"
    )
    source_line = " · ".join(p for p in said if p)
    return (
        f'<p class="meta" dir="auto">{escape(source_line)}</p>' if source_line else ""
    ) + f'<p class="meta">{escape(line)}</p>'


def to_html(summary: ArticleSummary, article: str, *, back: str | None = None) -> str:
    """The page: the brief on top, the article with every verified span highlighted, the tables of items linked to
    their spans, and the unverified items apart.

    `article` is the text the summary was made from, as read (`inputs.check_text`): the spans are offsets into it.
    `back`, when given, is the address of a "new article" link on top (the `serve` page's form).
    Raises ValueError when a span lies outside it.
    """
    found = marks(summary)
    body = highlight(article, found)
    lang = _lang(summary.source_language)
    lang_attr = f' lang="{lang}"' if lang else ""
    heading = summary.brief.headline or summary.event.what or "Summary"
    briefs = [_brief(summary.brief, heading, main=True)]
    briefs += [_brief(b, heading, main=False) for b in summary.briefs]
    return "".join(
        [
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            '<meta name="viewport" content="width=device-width,initial-scale=1">',
            f"<title>{escape(heading)}</title><style>{_CSS}{_kind_css()}</style></head><body>",
            f'<p class="meta"><a href="{escape(back)}" id="back">← another article</a></p>' if back else "",
            *briefs,
            "<h2>The article</h2>",
            _legend(found),
            f'<div id="article"{lang_attr} dir="{_dir(summary.source_language)}">{body}</div>',
            _unverified(summary),
            _tables(summary),
            _footer(summary),
            "</body></html>\n",
        ]
    )


__all__ = ["KINDS", "Mark", "highlight", "marks", "to_html"]
