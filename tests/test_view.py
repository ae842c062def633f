"""The HTML view of a summary on its article (`--format html`, `batch --html-dir`, the page of `summarise serve`),
checked in Debian's headless Chromium: the DOM the browser builds, its screenshots, and what it runs and contacts.

The model's answer for the port-strike article is the team's hand-authored one (tests/authored/); the other
articles go through the extractive engine (no model), which is quick and deterministic.
"""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise import summarise
from summarise.batch.view import view_name
from summarise.cli import main
from summarise.engines.extractive import ExtractiveEngine
from summarise.inputs.load import check_text
from summarise.output.html_view import KINDS, Mark, highlight, marks, to_html
from summarise.results import ArticleSummary, TextSpan
from summarise.serve.server import ServeSettings, make_server

from . import browser, view_dom
from .cdp import Browser
from .fakes import completion, scripted_server, serving

ROOT = Path(__file__).parent.parent
LANG = Path(__file__).parent / "data" / "lang"
PORT_STRIKE = ROOT / "examples" / "port_strike.txt"
AUTHORED = Path(__file__).parent / "authored" / "port_strike_grounded.json"

# An article that tries every way in: markup, an attribute break-out, an image that would call home and a script.
# Executed, any of them marks the body; loaded, the image is an address beyond loopback that the trace would see.
HOSTILE = (
    "Lornville council warns of floods <script>document.body.setAttribute('data-pwned','script')</script>\n\n"
    "The city council said \"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> more than "
    "11,000 people left their homes on Tuesday. Mayor Hana Olsen said repairs would cost about 3.5 million dollars "
    '<img src="http://192.0.2.10/leak.png"> and <a href="javascript:alert(1)">more</a>.'
)


def _authored() -> str:
    data = json.loads(AUTHORED.read_text(encoding="utf-8"))
    data.pop("_comment")
    return json.dumps(data)


def _port_strike() -> tuple[ArticleSummary, str]:
    text = check_text(PORT_STRIKE.read_text(encoding="utf-8"))
    with scripted_server([completion(_authored())]) as (url, _):
        return summarise(text, base_url=url, model="authored"), text


def _extractive(text: str, language: str | None = None) -> tuple[ArticleSummary, str]:
    text = check_text(text)
    return summarise(text, engine="extractive", language=language), text


def _spans(summary: ArticleSummary) -> list[TextSpan]:
    """Every verified span the summary holds, counted from its fields (not from the renderer)."""
    found = [summary.event.where_span, summary.event.when_span]
    found += [a.span for a in summary.actors]
    found += [s for f in summary.figures for s in (f.span, f.source_span)]
    found += [s for c in summary.claims for s in (c.source_span, c.evidence_span)]
    return [s for s in found if s is not None]


def _page(tmp_path: Path, summary: ArticleSummary, text: str, name: str = "view.html") -> Path:
    page = tmp_path / name
    page.write_text(to_html(summary, text), encoding="utf-8")
    return page


def _colours(png: bytes) -> set[bytes]:
    width, _, rows = browser.png_pixels(png)
    step = len(rows[0]) // width
    return {row[x : x + 3] for row in rows for x in range(0, len(row), step)}


def _rgb(colour: str) -> bytes:
    return bytes.fromhex(colour.lstrip("#"))


# --- the renderer, without a browser


def test_nested_and_crossing_spans_keep_the_text_whole() -> None:
    text = "The union said 2,400 members accepted, Perk said."
    evidence = Mark("e", "evidence", 0, 38, "r", "tip")  # "The union said 2,400 members accepted,"
    source = Mark("s", "source", 0, 9, "r", "tip")  # "The union", inside the evidence
    figure = Mark("f", "figure", 15, 20, "r", "tip")  # "2,400", inside the evidence
    crossing = Mark("x", "actor", 29, 43, "r", "tip")  # "accepted, Perk" crosses the evidence's end
    same = Mark("y", "place", 15, 20, "r", "tip")  # exactly over the figure
    found = [evidence, source, figure, crossing, same]
    dom = view_dom.read(f'<div id="article">{highlight(text, found)}</div>')
    assert dom.article == text
    for mark in found:
        assert dom.highlights[mark.id].text == text[mark.start : mark.end], mark.id
        assert dom.highlights[mark.id].kind == mark.kind
    # The crossing mark is cut in two at the evidence's end; only its first piece has a label.
    assert dom.highlights["x"].pieces == 2 and dom.highlights["e"].pieces == 1
    assert len(dom.focusable) == len(found)


def test_a_span_outside_the_article_is_an_error() -> None:
    with pytest.raises(ValueError, match="outside the article"):
        highlight("short", [Mark("m", "figure", 2, 9, "r", "tip")])


def test_unverified_items_sit_apart_and_are_never_highlighted() -> None:
    data = json.loads(_authored())
    data["figures"][0]["value"] = "9,999"  # not in the article: it fails verification
    text = check_text(PORT_STRIKE.read_text(encoding="utf-8"))
    with scripted_server([completion(json.dumps(data))]) as (url, _):
        summary = summarise(text, base_url=url, model="authored", grounding_reasks=0)
    assert any("9,999" in json.dumps(u.item) for u in summary.unverified)
    html = to_html(summary, text)
    dom = view_dom.read(html)
    assert all("9,999" not in h.text for h in dom.highlights.values())
    panel = html[html.index('<section id="unverified">') :]
    assert "9,999" in panel[: panel.index("</section>")]
    assert len(dom.highlights) == len(_spans(summary))


def test_what_the_model_wrote_is_escaped_everywhere_it_shows() -> None:
    payload = '"><img src=x onerror="alert(1)"><script>alert(2)</script>'
    data = json.loads(_authored())
    data["actors"][0]["role"] = f"union {payload}"  # shown in a tooltip, a title attribute and a table cell
    data["figures"][0]["counts"] = f"members {payload}"
    data["figures"].append({**data["figures"][0], "value": f"7 {payload}"})  # unverified: in the panel
    data["brief"]["headline"] = f"Strike ends {payload}"
    text = check_text(PORT_STRIKE.read_text(encoding="utf-8"))
    with scripted_server([completion(json.dumps(data))]) as (url, _):
        summary = summarise(text, base_url=url, model="authored", grounding_reasks=0)
    assert any(payload in str(u.item) for u in summary.unverified)
    assert any(payload in a.role for a in summary.actors)
    html = to_html(summary, text)
    dom = view_dom.read(html)
    assert "img" not in dom.tags and "script" not in dom.tags and "onerror" not in dom.attributes
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html


def test_items_read_by_code_alone_say_so() -> None:
    summary, text = _port_strike()
    code = [m for m in marks(summary) if m.origin == "code"]
    assert code, "the port strike's reading adds items of code's own"
    dom = view_dom.read(to_html(summary, text))
    for mark in code:
        assert dom.highlights[mark.id].label.endswith("· code")
        assert "code" in dom.highlights[mark.id].classes.split()
    model = [m for m in marks(summary) if m.origin == "model"]
    assert model and all("code" not in dom.highlights[m.id].label for m in model)


# --- in the browser


def test_every_verified_span_is_one_highlight_over_its_text(tmp_path: Path) -> None:
    summary, text = _port_strike()
    spans = _spans(summary)
    dom = view_dom.read(browser.dump_dom(_page(tmp_path, summary, text), tmp_path / "profile"))
    assert dom.article == text, "the article's text is not whole in the DOM"
    assert len(dom.highlights) == len(spans) == 27
    by_position = sorted(text[s.start : s.end] for s in spans)
    assert sorted(h.text for h in dom.highlights.values()) == by_position
    for mark in marks(summary):
        shown = dom.highlights[mark.id]
        assert shown.text == text[mark.start : mark.end], mark.id
        assert shown.label.split(" · ")[0] == f"{KINDS[mark.kind][0]} {mark.ref}".strip()
    # Each label names the item's row: three sources over "The union" are told apart.
    assert [dom.highlights[i].label for i in ("m-f1s", "m-f2s", "m-c1s", "m-c1e")] == [
        "source F1",
        "source F2",
        "source C1",
        "evidence C1",
    ]
    # A figure inside a claim's evidence is nested in it, not torn out of it.
    figure = next(m for m in marks(summary) if m.kind == "figure" and m.id == "m-f1")
    evidence = next(m for m in marks(summary) if m.id == "m-c1e")
    assert evidence.start <= figure.start < figure.end <= evidence.end
    # One keyboard stop per highlight, each linking to its row; the rows link back.
    assert len(dom.focusable) == len(spans)
    assert all(href.startswith("#r-") for href in dom.focusable)
    html = to_html(summary, text)
    for mark in marks(summary):
        assert f'href="#{mark.id}"' in html and f'id="{mark.row}"' in html


def test_the_view_is_drawn_with_each_kind_in_its_colour(tmp_path: Path) -> None:
    summary, text = _port_strike()
    png = browser.screenshot(_page(tmp_path, summary, text), tmp_path / "profile", tmp_path / "shot.png")
    assert 0.02 < browser.ink_share(png) < 0.9, "the page is blank or all ink"
    colours = _colours(png)
    assert len(colours) > 50, "the page is nearly uniform"
    for kind, (_, light, dark) in KINDS.items():
        assert _rgb(light) in colours and _rgb(dark) in colours, f"no {kind} highlight is drawn"


@pytest.mark.parametrize(("code", "direction"), [("ar", "rtl"), ("zh", "auto")])
def test_arabic_and_chinese_articles_render(code: str, direction: str, tmp_path: Path) -> None:
    summary, text = _extractive((LANG / f"{code}.txt").read_text(encoding="utf-8"))
    page = _page(tmp_path, summary, text)
    dom = view_dom.read(browser.dump_dom(page, tmp_path / "profile"))
    assert dom.article == text
    assert dom.article_attrs["lang"] == code and dom.article_attrs["dir"] == direction
    assert len(dom.highlights) == len(_spans(summary)) > 0
    for mark in marks(summary):
        assert dom.highlights[mark.id].text == text[mark.start : mark.end]
    png = browser.screenshot(page, tmp_path / "profile", tmp_path / "shot.png")
    assert 0.02 < browser.ink_share(png) < 0.9
    assert _rgb(KINDS["figure"][1]) in _colours(png)


# What has the keyboard's focus: the highlight it labels (or the link's target outside the article), whether its
# row's tooltip shows, and the focus outline's style.
_FOCUSED = """(() => {
  const a = document.activeElement, mark = a.closest('mark'), tip = a.querySelector('.tip');
  return [mark ? mark.id : a.getAttribute('href'), tip ? getComputedStyle(tip).display : '',
          getComputedStyle(a).outlineStyle, tip ? tip.textContent : ''];
})()"""


def test_tab_moves_through_the_highlights_and_shows_each_row(tmp_path: Path) -> None:
    summary, text = _port_strike()
    page = _page(tmp_path, summary, text)
    html = page.read_text(encoding="utf-8")
    found = marks(summary)
    in_page_order = sorted((m for m in found), key=lambda m: html.index(f'id="{m.id}"'))
    driven = Browser(browser.command(page.resolve().as_uri(), tmp_path / "profile", "--remote-debugging-pipe"))
    focused = []
    try:
        driven.attach()
        driven.find("#article")
        # The brief's links to its figures and claims come first, then one stop per highlight.
        for _ in range(html.count('class="ref"') * 2 + len(found) + 12):
            driven.press("Tab", 9)
            focused.append(driven.evaluate(_FOCUSED))
        # The mouse shows a row too: over a label, its tooltip; the others stay hidden.
        driven.press("Escape", 27)
        driven.evaluate("document.activeElement.blur()")
        driven.hover("#m-c2e > .tag")
        shown = driven.evaluate(
            "[...document.querySelectorAll('.tip')].filter(t => getComputedStyle(t).display === 'block').map(t => t.id)"
        )
    finally:
        driven.close()
    assert shown == ["m-c2e-tip"]
    stops = [f for f in focused if isinstance(f, list) and str(f[0]).startswith("m-")]
    assert [s[0] for s in stops] == [m.id for m in in_page_order]
    by_id = {m.id: m for m in found}
    for mark_id, tip_display, outline, tip in stops:
        assert tip_display == "block" and outline == "solid", mark_id
        assert tip == by_id[mark_id].tip


def test_a_cjk_font_is_installed() -> None:
    """Without one, Chromium draws Chinese as empty boxes and the screenshot above would still have ink."""
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout
    assert fonts.strip(), "no Chinese font: run ./setup.sh (it apt-installs fonts-wqy-microhei)"


def _hostile_site(tmp_path: Path) -> tuple[Path, ArticleSummary, str]:
    summary, text = _extractive(HOSTILE)
    site = tmp_path / "site"
    site.mkdir()
    _page(site, summary, text)
    return site, summary, text


def test_a_hostile_article_runs_nothing_and_loads_nothing(tmp_path: Path) -> None:
    if not browser.isolated():
        pytest.skip("needs root with unshare and ip, to run the browser where nothing can leave (CI runs as root)")
    site, summary, text = _hostile_site(tmp_path)
    assert summary.claims and summary.figures, "the payload sits inside highlighted items"
    trace = tmp_path / "trace.txt"
    line = browser.command(
        f"http://127.0.0.1:{browser.PORT}/view.html", tmp_path / "profile", "--dump-dom", trace=trace, serve=site
    )
    done = subprocess.run(line, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = view_dom.read(done.stdout)
    assert dom.article == text, "the article's markup was not shown as text"
    assert "data-pwned" not in dom.attributes
    assert dom.foreign == [] and "img" not in dom.tags and "script" not in dom.tags
    addresses = browser.contacted(trace)
    assert f"127.0.0.1:{browser.PORT}" in addresses, addresses
    beyond = sorted({a for a in addresses if not browser.is_loopback(a)})
    assert beyond == [], f"the view made the browser reach {beyond}"


def test_the_check_for_running_markup_can_fail(tmp_path: Path) -> None:
    """The same payload pasted into a page unescaped, with no policy, does run: the check above would see it."""
    page = tmp_path / "raw.html"
    page.write_text(f"<!DOCTYPE html><html><body><p>{HOSTILE}</p></body></html>", encoding="utf-8")
    dom = view_dom.read(browser.dump_dom(page, tmp_path / "profile"))
    assert "data-pwned" in dom.attributes


# --- the command line and batch


def test_run_writes_the_view_chosen_by_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "summary.html"
    result = CliRunner().invoke(main, [str(LANG / "en.txt"), "--engine", "extractive", "-o", str(out)])
    assert result.exit_code == 0, result.output
    summary, text = _extractive((LANG / "en.txt").read_text(encoding="utf-8"))
    dom = view_dom.read(out.read_text(encoding="utf-8"))
    assert dom.article == text and len(dom.highlights) == len(_spans(summary))
    shown = CliRunner().invoke(main, [str(LANG / "en.txt"), "--engine", "extractive", "--format", "html"])
    assert shown.exit_code == 0 and shown.output.startswith("<!DOCTYPE html>")


def test_batch_writes_a_view_per_article_and_an_index(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    for code in ("en", "ar", "zh"):
        (articles / f"{code}.txt").write_text((LANG / f"{code}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (articles / "empty.txt").write_text("", encoding="utf-8")
    out, pages = tmp_path / "out.jsonl", tmp_path / "pages"
    args = ["batch", str(articles), "-o", str(out), "--engine", "extractive", "-q", "--html-dir", str(pages)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 7, result.output  # the empty article fails; the others are summarised
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    done = [r for r in records if "result" in r]
    assert len(done) == 3
    index = (pages / "index.html").read_text(encoding="utf-8")
    assert browser.tables(index).rows["articles"] == 4
    assert "failed" in index and "empty.txt" in index
    for record in done:
        name = view_name(record["id"])
        assert f'href="{name}"' in index
        summary = ArticleSummary.model_validate(record["result"])
        text = check_text(Path(record["id"]).read_text(encoding="utf-8"))
        dom = view_dom.read((pages / name).read_text(encoding="utf-8"))
        assert dom.article == text and len(dom.highlights) == len(_spans(summary))
        counts = f"<td>{len(summary.actors)}</td><td>{len(summary.figures)}</td><td>{len(summary.claims)}</td>"
        assert counts in index


def test_batch_refuses_a_folder_of_pages_it_cannot_write_before_any_work(tmp_path: Path) -> None:
    blocked = tmp_path / "pages"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    taken = blocked / "views"  # a folder inside a file: it cannot be made
    out = tmp_path / "out.jsonl"
    args = ["batch", str(LANG / "en.txt"), "-o", str(out), "--engine", "extractive", "-q", "--html-dir", str(taken)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 9, result.output
    assert result.output.startswith(f"summarise: error: cannot write {taken}") and "Traceback" not in result.output
    assert not out.exists(), "no article ran, so no results file is left"


# --- the page of `summarise serve`


@pytest.fixture
def served() -> Iterator[str]:
    # The page's own fetches go to a local site here, which the URL guard refuses unless private addresses are allowed.
    with serving(make_server(ExtractiveEngine(), "127.0.0.1", 0, ServeSettings(allow_private=True))) as url:
        yield url


def _post(url: str, fields: dict[str, str]) -> tuple[int, str]:
    body = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def test_serve_shows_the_form_and_the_json_api_is_unchanged(served: str) -> None:
    with urllib.request.urlopen(f"{served}/", timeout=30) as response:
        assert response.headers["Content-Type"].startswith("text/html")
        page = response.read().decode("utf-8")
    assert '<form method="post" action="/"' in page and 'name="text"' in page and 'value="ko"' in page
    with urllib.request.urlopen(f"{served}/v1/models", timeout=30) as response:
        assert json.loads(response.read())["data"][0]["id"] == "reader"
    status, _ = _post(f"{served}/v1/chat/completions", {"a": "b"})
    assert status == 400  # still the JSON API's own refusal of a body that is not JSON


def test_serve_turns_pasted_text_into_the_view(served: str) -> None:
    text = (LANG / "en.txt").read_text(encoding="utf-8")
    status, page = _post(f"{served}/", {"text": text, "lang": "en"})
    assert status == 200
    summary, article = _extractive(text, "en")
    dom = view_dom.read(page)
    assert dom.article == article and len(dom.highlights) == len(_spans(summary))


def test_serve_fetches_a_url_through_the_librarys_fetch(served: str, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text((LANG / "en.txt").read_text(encoding="utf-8"), encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)) as site:
        status, page = _post(f"{served}/", {"url": f"{site}/story.txt"})
    assert status == 200, page[:500]
    assert "Lornville" in view_dom.read(page).article and f"{site}/story.txt" in page


def test_the_serve_page_refuses_a_loopback_url_as_the_summary_api_does() -> None:
    with serving(make_server(ExtractiveEngine(), "127.0.0.1", 0)) as url:
        status, page = _post(f"{url}/", {"url": "http://127.0.0.1:9/internal"})
    assert status == 502
    assert 'id="error"' in page and "127.0.0.1" in page and "refuse" in page.lower()


@pytest.mark.parametrize(
    ("fields", "status", "message"),
    [
        ({"text": ""}, 400, "paste an article or give its URL"),
        ({"text": "a whole article", "url": "http://127.0.0.1:9/x"}, 400, "not both"),
        ({"url": "http://127.0.0.1:9/gone"}, 502, "127.0.0.1:9"),
    ],
)
def test_serve_shows_a_bad_submission_as_one_line_on_the_form(
    served: str, fields: dict[str, str], status: int, message: str
) -> None:
    got, page = _post(f"{served}/", fields)
    assert got == status
    assert 'id="error"' in page and message in page and "Traceback" not in page


def _drive_the_serve_page(tmp_path: Path, imports: str, engine: str, text: str, languages: tuple[str, ...]) -> str:
    """Serve `engine` (a Python expression, after `imports`) in a loopback-only namespace, type `text` into the page
    in the browser, tick `languages`, submit, and return the page shown; fail if the browser tried any address
    beyond loopback."""
    if not browser.isolated():
        pytest.skip("needs root with unshare and ip, to run the server and browser where nothing can leave")
    server = [
        sys.executable,
        "-c",
        f"{imports}; from summarise.serve.server import make_server; "
        f"make_server({engine}, '127.0.0.1', {browser.PORT}).serve_forever()",
    ]
    trace = tmp_path / "trace.txt"
    line = browser.command(
        f"http://127.0.0.1:{browser.PORT}/", tmp_path / "profile", "--remote-debugging-pipe", trace=trace, server=server
    )
    driven = Browser(line)
    try:
        driven.attach()
        driven.find("#text")
        driven.type_into("#text", text)
        for code in languages:
            driven.click(f'input[name="lang"][value="{code}"]')
        driven.click("#submit")
        driven.find("#article")
        page = driven.dom()
    finally:
        stderr = driven.close()
    assert 'id="article"' in page, stderr[-2000:]
    beyond = sorted({a for a in browser.contacted(trace) if not browser.is_loopback(a)})
    assert beyond == [], f"the browser tried to reach {beyond}"
    return page


def test_the_serve_page_driven_in_the_browser_shows_the_view(tmp_path: Path) -> None:
    text = (LANG / "en.txt").read_text(encoding="utf-8")
    imports = "from summarise.engines.extractive import ExtractiveEngine"
    page = _drive_the_serve_page(tmp_path, imports, "ExtractiveEngine()", text, ("en", "ko"))
    summary, article = _extractive(text, "en,ko")
    dom = view_dom.read(page)
    assert dom.article == article
    assert len(dom.highlights) == len(_spans(summary)) > 0
    # Both ticked languages reached the library: English is the brief's, Korean is listed as not written.
    assert 'lang="en"' in page and "no brief in ko" in page


@pytest.mark.embedded
def test_the_serve_page_driven_in_the_browser_shows_the_embedded_models_view(tmp_path: Path) -> None:
    text = (LANG / "en.txt").read_text(encoding="utf-8")
    imports = "from summarise.engines import from_settings; from summarise.settings import Settings"
    page = _drive_the_serve_page(tmp_path, imports, "from_settings(Settings())", text, ())
    dom = view_dom.read(page)
    assert dom.article == check_text(text)
    # The bundled model answers by reference: every highlight is over the article's own text, none of it invented.
    assert dom.highlights and all(h.text and h.text in dom.article for h in dom.highlights.values())
    assert "embedded" in page
