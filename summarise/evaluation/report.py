"""The evaluation as one self-contained HTML page: inline CSS and inline SVG charts, no script, nothing fetched."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from .compare import Delta
from .run import EvalRun
from .score import METRICS, SHARES
from .table import cell, change

_LABEL = {key: label for key, label, _ in METRICS}
# The shares drawn per language: one colour each.
LANGUAGE_METRICS = ("figures_recall", "actors_recall", "claims_source_accuracy", "verified_share")
_COLOURS = ("#3b6ea5", "#d08a2c", "#4f9a5b", "#9a4f8f")

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1d232b}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #d8dde3;padding:.25rem .5rem;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}thead th{background:#eef1f5}
tr.failed td{color:#a33}.up{color:#2f7d3a}.down{color:#a33}
.meta{color:#55606c}.wrap{overflow-x:auto}svg text{font:12px system-ui,sans-serif;fill:#1d232b}
"""


def _bars(rows: Sequence[tuple[str, float]], *, width: int = 520, unit: str = "", scale: float | None = None) -> str:
    """A horizontal bar chart: one labelled bar per (label, value); shares are drawn against 1."""
    top = scale if scale is not None else max([v for _, v in rows] + [1e-9])
    label_w, bar_w, row_h = 170, width - 250, 22
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{row_h * len(rows) + 10}" role="img">']
    for i, (label, value) in enumerate(rows):
        y = 5 + i * row_h
        length = 0 if top <= 0 else max(0.0, value) / top * bar_w
        shown = f"{value:.0%}" if scale == 1 and not unit else f"{value:,.1f}{unit}"
        parts.append(f'<text x="0" y="{y + 14}">{escape(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{length:.1f}" height="{row_h - 8}" fill="#3b6ea5"/>')
        parts.append(f'<text x="{label_w + length + 6:.1f}" y="{y + 14}">{escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _grouped(run: EvalRun, width: int = 720) -> str:
    """Per language, one bar per share of LANGUAGE_METRICS, with a legend."""
    groups = list(run.by_language.items())
    bar_h, gap, label_w = 9, 10, 60
    bar_w = width - label_w - 60
    group_h = bar_h * len(LANGUAGE_METRICS) + gap
    height = 30 + group_h * len(groups)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for i, key in enumerate(LANGUAGE_METRICS):
        x = label_w + i * 160
        parts.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{_COLOURS[i]}"/>')
        parts.append(f'<text x="{x + 16}" y="14">{escape(_LABEL[key])}</text>')
    for g, (code, group) in enumerate(groups):
        y0 = 28 + g * group_h
        parts.append(f'<text x="0" y="{y0 + group_h / 2:.0f}">{escape(code)} ({group.counts.articles})</text>')
        for i, key in enumerate(LANGUAGE_METRICS):
            value = group.scores.get(key)
            y = y0 + i * bar_h
            length = 0.0 if value is None else value * bar_w
            colour = _COLOURS[i]
            parts.append(f'<rect x="{label_w}" y="{y}" width="{length:.1f}" height="{bar_h - 2}" fill="{colour}"/>')
            shown = "–" if value is None else f"{value:.0%}"
            parts.append(f'<text x="{label_w + length + 4:.1f}" y="{y + bar_h - 2}" font-size="9">{shown}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _stacked_tokens(run: EvalRun, width: int = 720) -> str:
    """Tokens per article, read (light) and written (dark), stacked."""
    rows = [(a.name, a.counts.prompt_tokens, a.counts.completion_tokens) for a in run.articles]
    top = max([p + c for _, p, c in rows] + [1])
    label_w, bar_w, row_h = 170, width - 320, 20
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{row_h * len(rows) + 30}" role="img">']
    parts.append('<rect x="0" y="4" width="12" height="12" fill="#9bb7d6"/><text x="16" y="14">tokens in</text>')
    parts.append('<rect x="100" y="4" width="12" height="12" fill="#1f4e79"/><text x="116" y="14">tokens out</text>')
    for i, (name, read, written) in enumerate(rows):
        y = 26 + i * row_h
        a, b = read / top * bar_w, written / top * bar_w
        parts.append(f'<text x="0" y="{y + 13}">{escape(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{a:.1f}" height="{row_h - 7}" fill="#9bb7d6"/>')
        parts.append(f'<rect x="{label_w + a:.1f}" y="{y + 3}" width="{b:.1f}" height="{row_h - 7}" fill="#1f4e79"/>')
        parts.append(f'<text x="{label_w + a + b + 6:.1f}" y="{y + 13}">{read:,} + {written:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _articles(run: EvalRun) -> str:
    keys = [key for key, _, _ in METRICS]
    head = "".join(f"<th>{escape(_LABEL[k])}</th>" for k in keys)
    rows = []
    for article in run.articles:
        css = ' class="failed"' if article.error is not None else ""
        note = f' title="{escape(article.error.type)}: {escape(article.error.message)}"' if article.error else ""
        cells = "".join(f"<td>{escape(cell(k, article.scores.get(k)))}</td>" for k in keys)
        rows.append(f"<tr{css}{note}><td>{escape(article.name)}</td><td>{escape(article.language)}</td>{cells}</tr>")
    overall = "".join(f"<th>{escape(cell(k, run.overall.scores.get(k)))}</th>" for k in keys)
    return (
        '<div class="wrap"><table id="articles"><thead><tr><th>article</th><th>lang</th>'
        + head
        + "</tr></thead><tbody>"
        + "".join(rows)
        + f"</tbody><tfoot><tr><th>all</th><th>{len(run.by_language)}</th>{overall}</tr></tfoot></table></div>"
    )


def _comparison(deltas: dict[str, Delta]) -> str:
    rows = []
    for key, (before, after, diff) in deltas.items():
        better = key in SHARES
        css = "" if not diff else ("up" if (diff > 0) == better else "down")
        rows.append(
            f"<tr><td>{escape(_LABEL[key])}</td><td>{escape(cell(key, before))}</td>"
            f'<td>{escape(cell(key, after))}</td><td class="{css}">{escape(change(key, diff))}</td></tr>'
        )
    return (
        '<h2>Against the previous run</h2><table id="compare"><thead><tr><th>metric</th><th>previous</th>'
        "<th>now</th><th>change</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def render_html(run: EvalRun, deltas: dict[str, Delta] | None = None) -> str:
    """The report page for `run`, with a comparison section when `deltas` are given."""
    overall = run.overall.scores
    shares = [(_LABEL[k], float(overall[k] or 0.0)) for k in SHARES if overall.get(k) is not None]
    seconds = [(a.name, a.counts.seconds) for a in run.articles]
    title = f"summarise eval: {run.model}"
    return "".join(
        [
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
            f"<h1>{escape(title)}</h1>",
            f'<p class="meta">engine {escape(run.engine)} · prompt {escape(run.prompt_template)} · gold '
            f"{escape(run.gold_dir)} · {len(run.articles)} articles in {len(run.by_language)} languages · "
            f"started {escape(run.started)} · {run.wall_seconds:,.1f} s</p>",
            "<h2>Articles</h2>",
            _articles(run),
            _comparison(deltas) if deltas is not None else "",
            '<h2>Scores per field</h2><figure id="chart-fields">',
            _bars(shares, scale=1),
            "</figure>",
            '<h2>Per language</h2><figure id="chart-languages">',
            _grouped(run),
            "</figure>",
            '<h2>Tokens per article</h2><figure id="chart-tokens">',
            _stacked_tokens(run),
            "</figure>",
            '<h2>Time per article</h2><figure id="chart-time">',
            _bars(seconds, unit=" s"),
            "</figure>",
            "</body></html>\n",
        ]
    )
