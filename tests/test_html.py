"""Web pages: only the main text reaches the model; hidden text, scripts, comments and navigation never do."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import lxml.html
import pytest

from summarise import load_article, summarise
from summarise.errors import InputError
from summarise.inputs.html import clean
from summarise.inputs.load import from_bytes

from .conftest import DATA
from .fakes import completion, scripted_server
from .test_cli import EXE, ROOT

AUTHORED = Path(__file__).parent / "authored"
PAGE = DATA / "pages" / "canary.html"
KEY = "fake-authored-test-key-0123"


def _answer() -> str:
    data = json.loads((AUTHORED / "ferry_page.json").read_text(encoding="utf-8"))
    data.pop("_comment")
    return json.dumps(data)


def test_hidden_text_never_reaches_the_model_and_the_metadata_does_not_either() -> None:
    article = load_article(PAGE)
    with scripted_server([completion(_answer())]) as (url, script):
        result = summarise(article, base_url=url, model="authored", api_key=KEY, grounding_reasks=0)
    assert len(script.requests) == 1
    prompt = json.dumps(script.requests[0]["messages"], ensure_ascii=False)
    assert "About 900 passengers a day use the crossing" in prompt
    assert "said Ewan Tull, who chairs the island's community council" in prompt
    assert "CANARY" not in prompt, "hidden text, scripts, styles, comments or navigation reached the prompt"
    assert "Ada Brennick" not in prompt, "metadata is recorded, not sent"
    source = result.metadata.source
    assert source is not None
    assert (source.title, source.author, source.published, source.url) == (
        "Ferry to Skarra resumes",
        "Ada Brennick",
        "2026-05-08",
        None,
    )
    # Published on Friday 8 May 2026: 'on Thursday' is the day before.
    assert result.event.when == "on Thursday"
    assert result.event.when_iso == "2026-05-07"
    assert result.event.when_resolved is not None and result.event.when_resolved.anchored
    assert [a.name for a in result.actors if a.origin == "model"] == ["Skarra Links", "Ewan Tull"]
    # The answer leaves out two sources the page names; code's reading adds them (nothing found is lost).
    assert [a.name for a in result.actors if a.origin == "code"] == ["harbour board", "shops on the island"]
    for actor in result.actors:
        assert article.text[actor.span.start : actor.span.end] == actor.name


@pytest.mark.parametrize(
    "hidden",
    [
        '<p style="display:none">X</p>',
        '<p style="color: red; DISPLAY : NONE !important">X</p>',
        '<p style="visibility: hidden">X</p>',
        '<span style="font-size:0px">X</span>',
        '<span style="opacity:0">X</span>',
        '<div style="position:absolute; left:-9999px">X</div>',
        "<p hidden>X</p>",
        '<div aria-hidden="true"><p>X</p></div>',
        "<template><p>X</p></template>",
        "<noscript>X</noscript>",
        "<script>X</script>",
        "<style>X</style>",
        "<!-- X -->",
        '<input type="hidden" value="X">',
        '<iframe srcdoc="X">X</iframe>',
        "<nav>X</nav>",
    ],
)
def test_clean_removes_each_kind_of_hidden_text_and_keeps_what_follows(hidden: str) -> None:
    tree = lxml.html.document_fromstring(f"<html><body><p>before {hidden} after</p></body></html>")
    text = clean(tree).text_content()
    assert "X" not in text
    assert "before" in text and "after" in text


def test_a_boilerplate_only_page_is_refused_with_no_model_call(tmp_path: Path) -> None:
    page = tmp_path / "front.html"
    page.write_text(
        "<html><head><title>Northshore Courier</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        "<div class='cookie'>We use cookies to improve your experience. <a href='/p'>Privacy policy</a></div>"
        "<footer><p>Copyright 2026 Northshore Courier. All rights reserved.</p>"
        "<p>Subscribe to our newsletter for the morning headlines.</p></footer></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no article text"):
        load_article(page)
    with scripted_server([completion(_answer())]) as (url, script):
        proc = subprocess.run(
            [EXE, str(page), "--base-url", url, "-m", "authored"], capture_output=True, timeout=60, cwd=ROOT
        )
    assert proc.returncode == 3
    assert proc.stderr.decode().strip() == (
        f"summarise: error: {page} has no article text: only navigation or boilerplate was found"
    )
    assert script.requests == [], "no model call for a page with no article"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t \r\n ", "is empty"),
        (b"Ferry back.", "too short"),
        (b"<html><body></body></html>", "no article text"),
    ],
)
def test_empty_and_too_short_input_make_no_model_call(content: bytes, message: str) -> None:
    with scripted_server([completion(_answer())]) as (url, script):
        proc = subprocess.run(
            [EXE, "-", "--base-url", url, "-m", "authored"], input=content, capture_output=True, timeout=60, cwd=ROOT
        )
    assert proc.returncode == 3
    assert message in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
    assert script.requests == []


def test_markdown_shows_the_resolved_date_and_the_source() -> None:
    from summarise.output.markdown import to_markdown

    with scripted_server([completion(_answer())]) as (url, _):
        result = summarise(load_article(PAGE), base_url=url, model="authored", api_key=KEY, grounding_reasks=0)
    text = to_markdown(result)
    assert "- **When:** on Thursday (2026-05-07)" in text
    assert "_Source: “Ferry to Skarra resumes” · by Ada Brennick · published 2026-05-08_" in text


def test_furniture_lines_are_dropped_but_article_lines_that_mention_the_words_are_kept(tmp_path: Path) -> None:
    kept = [
        "The bakery on Mill Lane sold out of cookies by nine on Saturday morning.",
        "Readers can subscribe for a year at the old price until June, the publisher said.",
        "The council voted to sign up to the regional recycling scheme from April.",
    ]
    dropped = ["We use cookies to improve your experience.", "Copyright 2026 Mill Lane Gazette.", "Privacy policy"]
    body = "".join(f"<p>{line}</p>" for line in [*kept, *dropped])
    page = tmp_path / "p.html"
    page.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    assert load_article(page).text == "\n\n".join(kept)


def test_control_characters_in_a_page_are_dropped_not_a_crash() -> None:
    # lxml's HTML parser keeps a control character from the page, then refuses to set it again as text: the page
    # reader re-sets texts when it removes hidden elements and spelled numbers, and trafilatura does the same.
    body = " ".join(["The harbour authority said the eastern quay would reopen on Monday after repairs."] * 4)
    markup = (
        "<html><body><article>"
        f"<p>Dock\x01workers returned.\x0b {body}</p>"
        '<div class="sidebar">Related</div>\x0bThe ferry timetable is unchanged, the operator said.'
        "<p>A note: &#50;&#51; crates were counted.\x02</p>"
        "</article></body></html>"
    )
    article = from_bytes(markup.encode(), "the page", html=True)
    assert "Dockworkers returned." in article.text
    assert "The ferry timetable is unchanged" in article.text
    assert not any(ch in article.text for ch in "\x01\x02\x0b")


STORY = (
    "Dock workers at the Port of Valmera returned to work on Friday after a three-day strike ended with a pay deal, "
    "the union said."
)
AFTER = "The harbour authority said the eastern quay would reopen on Monday after repairs to the cranes."


def test_a_page_nested_a_thousand_deep_keeps_its_text() -> None:
    # libxml2 stops reading at 256 levels unless told the page is huge: before, nothing past them was read.
    depth = 1_000
    markup = f"<html><body>{'<div>' * depth}<p>{STORY}</p>{'</div>' * depth}<p>{AFTER}</p></body></html>"
    article = from_bytes(markup.encode(), "the page", html=True)
    assert article.text == f"{STORY}\n\n{AFTER}"


def test_a_page_nested_past_the_parsers_limit_is_refused_in_one_line_not_cut_short() -> None:
    depth = 100_000
    markup = f"<html><body><p>{AFTER}</p>{'<div>' * depth}<p>{STORY}</p>{'</div>' * depth}</body></html>"
    with pytest.raises(InputError, match=r"^the page nests its elements more than 2,048 levels deep"):
        from_bytes(markup.encode(), "the page", html=True)


def _cleaned(markup: str) -> tuple[str, float]:
    tree = lxml.html.document_fromstring(markup)
    started = time.perf_counter()
    body = clean(tree).find("body")
    assert body is not None
    return body.text_content(), time.perf_counter() - started


def test_cleaning_a_paragraph_of_many_breaks_or_comments_takes_one_pass() -> None:
    # Each removed element's text was added to the text before it, one at a time: 50,000 breaks took 37 s, 50,000
    # comments 10 s. Now each parent is gone through once (a fraction of a second).
    count = 50_000
    text, seconds = _cleaned(f"<html><body><p>Start{'<br>x' * count}</p></body></html>")
    assert text == "Start" + "\u2e3b\u2e3bx" * count and seconds < 5
    text, seconds = _cleaned(f"<html><body><p>Start{'<!--c-->x' * count}</p></body></html>")
    assert text == "Start" + "x" * count and seconds < 5


def test_a_paragraph_in_nested_quotations_is_marked_once() -> None:
    depth = 200
    text, _ = _cleaned(f"<html><body>{'<blockquote>' * depth}<p>quoted</p>{'</blockquote>' * depth}</body></html>")
    assert text == "> quoted"
    text, _ = _cleaned("<html><body><blockquote>bare <blockquote><p>inner</p></blockquote></blockquote></body></html>")
    assert text == "bare > inner", "a quotation with a paragraph inside, at any depth, is marked on that paragraph"
    text, _ = _cleaned("<html><body><blockquote>bare</blockquote></body></html>")
    assert text == "> bare"
