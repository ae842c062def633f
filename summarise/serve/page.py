"""The page `summarise serve` shows at `/`: a form (paste an article or give a URL, choose the brief's languages)
and, once submitted, the summary drawn on its article (`output.html_view.to_html`).

Only pages are made here, from the submitted fields; the HTTP server routes `GET /` to `form_page` and `POST /`
to `submit`, so any server (the standard-library one, or an ASGI app) can carry them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from urllib.parse import parse_qs

from .. import api
from ..engines.base import Engine
from ..errors import ConfigurationError, InputError, SummariseError
from ..inputs.load import Article, from_bytes, load_article
from ..language import LANGUAGES
from ..output.html_view import to_html
from ..results import ArticleSummary

# A form larger than this is refused before it is read: the cap on a page, plus room for the other fields.
MAX_FORM_BYTES = 6 * 1024 * 1024
FORM_TYPE = "application/x-www-form-urlencoded"

_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"
_CSS = """
body{font:15px/1.5 system-ui,"Noto Sans","DejaVu Sans",sans-serif;margin:2rem auto;max-width:900px;padding:0 1rem;
color:#1d232b}h1{font-size:1.4rem}label{display:block;font-weight:600;margin:.9rem 0 .3rem}
textarea{width:100%;min-height:16rem;font:inherit;padding:.5rem;box-sizing:border-box}
input[type=url]{width:100%;font:inherit;padding:.4rem;box-sizing:border-box}
fieldset{border:1px solid #d8dde3;margin:.9rem 0;padding:.5rem .8rem}fieldset label{display:inline-block;
font-weight:400;margin:.2rem .8rem .2rem 0}button{font:inherit;padding:.45rem 1.2rem;margin-top:.6rem}
.error{border:2px solid #b3261e;background:#fff4f3;padding:.5rem .8rem;border-radius:4px}
:focus{outline:3px solid #111;outline-offset:2px}.meta{color:#55606c;font-size:.85rem}
"""


def form_page(
    *, text: str = "", url: str = "", languages: Sequence[str] = (), error: str | None = None, engine: str = ""
) -> str:
    """The form, filled in with what was submitted and the error that stopped it, if any."""
    boxes = "".join(
        f'<label><input type="checkbox" name="lang" value="{code}"{" checked" if code in languages else ""}> '
        f"{escape(name)} ({code})</label>"
        for code, name in sorted(LANGUAGES.items(), key=lambda item: item[1])
    )
    problem = f'<p class="error" role="alert" id="error">{escape(error)}</p>' if error else ""
    using = f'<p class="meta">engine: {escape(engine)}</p>' if engine else ""
    return "".join(
        [
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            f"<title>summarise</title><style>{_CSS}</style></head><body><h1>Summarise an article</h1>",
            problem,
            f'<form method="post" action="/" accept-charset="utf-8" enctype="{FORM_TYPE}">',
            '<label for="text">Paste the article (text or a page\'s HTML)</label>',
            f'<textarea id="text" name="text" dir="auto">{escape(text)}</textarea>',
            '<label for="url">or give its URL</label>',
            f'<input type="url" id="url" name="url" value="{escape(url)}" placeholder="https://…">',
            "<fieldset><legend>Brief languages (none ticked: the article's own; with several, the first in this "
            f"list gives the main brief and the labels)</legend>{boxes}</fieldset>",
            '<button type="submit" id="submit">Summarise</button></form>',
            using,
            "</body></html>\n",
        ]
    )


def parse_form(body: bytes) -> dict[str, list[str]]:
    """The fields of a url-encoded form body. Raises InputError when it is not UTF-8."""
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("the form is not UTF-8") from exc
    return parse_qs(decoded, keep_blank_values=True, max_num_fields=100)


def _article(text: str, url: str, fetch: Callable[[str], Article]) -> Article:
    if text.strip() and url.strip():
        raise InputError("give the article's text or its URL, not both")
    if url.strip():
        return fetch(url.strip())
    if not text.strip():
        raise InputError("paste an article or give its URL")
    return from_bytes(text.encode("utf-8"), "the pasted text")


def submit(body: bytes, engine: Engine, *, fetch: Callable[[str], Article] = load_article) -> tuple[int, str]:
    """The HTTP status and page for a submitted form: the view of the article's summary, or the form again with
    the one-line error that stopped it (400 for bad input, 502 for a URL that cannot be fetched or a model that
    cannot answer). A URL is fetched with `fetch` (the library's own fetch by default)."""
    try:
        fields = parse_form(body)
    except InputError as exc:
        return 400, form_page(error=exc.message, engine=engine.name)

    def one(name: str) -> str:
        values = fields.get(name) or [""]
        return values[0]

    text, url = one("text"), one("url")
    languages = [code for code in fields.get("lang", []) if code in LANGUAGES]
    try:
        article = _article(text, url, fetch)
        summary: ArticleSummary = api.summarise(article, language=languages or None, engine=engine)
    except SummariseError as exc:
        status = 400 if type(exc) is InputError else 500 if isinstance(exc, ConfigurationError) else 502
        return status, form_page(text=text, url=url, languages=languages, error=exc.message, engine=engine.name)
    return 200, to_html(summary, article.text, back="/")


__all__ = ["FORM_TYPE", "MAX_FORM_BYTES", "form_page", "parse_form", "submit"]
