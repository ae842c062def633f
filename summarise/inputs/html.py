"""The main text of a web page, and its title, author and publication date.

trafilatura finds the article among the navigation, footers and boilerplate. It
does not drop everything a reader never sees: text under a `hidden` attribute or
inside `<template>` reaches its output, and so could an instruction planted
there. So the page is cleaned with lxml first, and trafilatura only reads what
remains. The metadata is read from the page as it was (JSON-LD in a script
element is where many sites put the author and date), never sent to the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import lxml.etree
import lxml.html

from .. import defaults
from ..errors import InputError
from ..grounding import obfuscation
from ..grounding.furniture import kind_pattern
from . import walls

# Elements whose content is never article text a reader sees.
_DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "button",
    "select",
    "textarea",
    "input",
    "nav",
    "dialog",
)
# Inline styles that hide an element: display:none, visibility:hidden or collapse, zero size or opacity,
# and text pushed off the screen.
_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)"
    r"|font-size\s*:\s*0(?:px|em|rem|pt|%)?\s*(?:;|$|!)|(?:^|;)\s*(?:max-)?height\s*:\s*0(?:px)?\s*(?:;|$|!)"
    r"|(?:left|top|text-indent)\s*:\s*-\d{3,}",
    re.IGNORECASE,
)
# Elements a page marks (by class or id) as furniture beside the story: a byline or author box, a dateline, a
# caption or credit, a pull quote, related stories, comments, social embeds, a sidebar. Their text is not the
# story's account, so it is not read as article text (a byline's author is read from the page's metadata).
_FURNITURE_CLASS = re.compile(
    r"(?:^|[-_])(byline|dateline|author|caption|credits?|pull[-_]?quote|related|read[-_]?more|comments?|social"
    r"|embed|tweet|sidebar|(?:read|see|lire|leer|lees|leggi|leia)[-_]?(?:also|aussi|tambien|ook|anche|tambem)"
    r"|recommended|teaser|promo|sponsored|advert(?:isement)?)(?:$|[-_])",
    re.IGNORECASE,
)
_CONTAINERS = ("html", "body", "article", "main")
_BARE_LINE = 48
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# Short lines that are site furniture wherever they stand: cookie banners, copyright and sign-up lines.
_FURNITURE = re.compile(
    r"\bwe use cookies\b|\bcookie (?:policy|settings|preferences|notice)\b|\baccept (?:all )?cookies\b"
    r"|all rights reserved|^(?:copyright\b|©)|\bsubscribe to our\b|\bsign up (?:for|to) our\b"
    r"|^(?:sign in|log ?in|register|share (?:this|on))\b|\bprivacy policy\b|\bterms of (?:use|service)\b",
    re.IGNORECASE,
)
_FURNITURE_MAX_CHARS = 120
# How deep libxml2 reads a page's elements when told the document is huge (see `_parse`).
_MAX_DEPTH = 2048


@dataclass(frozen=True)
class Page:
    """What a page holds for a summary: its main text and the metadata the page declares."""

    text: str
    title: str | None
    author: str | None
    published: date | None


def looks_like_html(text: str) -> bool:
    """True when the start of `text` is an HTML document or fragment, not prose."""
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.match(r"<(?:head|body|meta|title|article|div|p|section)\b", head)
    )


def _hidden(element: lxml.html.HtmlElement) -> bool:
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    if attrib.get("type", "").lower() == "hidden":
        return True
    style = attrib.get("style")
    return bool(style and _HIDING_STYLE.search(style))


# A box the page labels by its first line rather than by a class: a short block whose first child is a few words
# naming a kind of furniture ("<div><span>À lire aussi</span><p>...</p></div>", "<section><h3>Background</h3>...").
_BOX_TAGS = ("div", "section", "aside", "figure")
_BOX_CHARS = 600
_BOX_LABEL_WORDS = 4


def _labelled_box(element: lxml.html.HtmlElement) -> bool:
    children = list(element)
    if element.tag.lower() not in _BOX_TAGS or len(children) < 2 or (element.text or "").strip():
        return False
    label = children[0].text_content().strip().rstrip(":：")
    if not label or len(label.split()) > _BOX_LABEL_WORDS or len(element.text_content()) > _BOX_CHARS:
        return False
    found = kind_pattern().search(label)
    return found is not None and found.group(0).strip().lower() == label.lower()


def _furniture(element: lxml.html.HtmlElement) -> bool:
    if element.tag.lower() in _CONTAINERS:
        return False
    if _labelled_box(element):
        return True
    names = [
        _FURNITURE_CLASS.search(n) for n in f"{element.attrib.get('class', '')} {element.attrib.get('id', '')}".split()
    ]
    found = [m.group(1).lower() for m in names if m]
    if not found:
        return False
    # A bare byline or dateline ("GRANTLEY HARBOUR, Monday", "By Sam Ruddock") says what it is and stays.
    bare = len(element.text_content().strip()) <= _BARE_LINE
    return not (bare and all(kind in ("byline", "dateline", "author") for kind in found))


def _quote_marks(tree: lxml.html.HtmlElement) -> None:
    """Mark each paragraph of a block quotation with "> ", as markdown does: a displayed quote is not the story's
    own account (see `grounding.display`). A quotation with no such paragraph is marked itself; a paragraph in
    quotations nested in each other is marked once, so that a page nested deep costs one walk."""
    marked: list[lxml.etree._Element] = []
    # For each quotation open around the element walked: whether a paragraph was marked inside it.
    quotes: list[bool] = []
    for event, element in lxml.etree.iterwalk(tree, events=("start", "end")):
        if element.tag == "blockquote":
            if event == "start":
                quotes.append(False)
                continue
            found = quotes.pop()
            if not found:
                marked.append(element)
            if quotes:
                quotes[-1] = quotes[-1] or found
        elif event == "start" and quotes and element.tag in ("p", "div", "li") and (element.text or "").strip():
            marked.append(element)
            quotes[-1] = True
    for block in marked:
        block.text = "> " + (block.text or "").lstrip()


# The blocks of a page's text: the element that holds spelled text is left out up to the nearest of these.
_BLOCK_TAGS = frozenset(
    {"p", "li", "dd", "dt", "td", "th", "caption", "figcaption", "blockquote", "pre", "div", "section", "aside"}
    | {"figure", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6"}
)


def _spelling_block(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The block that holds text `element` spells by numeric references (marked by `obfuscation.mark`), or None."""
    if obfuscation.MARK in (element.text or ""):
        holder: lxml.html.HtmlElement | None = element
    elif obfuscation.MARK in (element.tail or ""):
        holder = element.getparent()
    else:
        return None
    while holder is not None and isinstance(holder.tag, str) and holder.tag.lower() not in _BLOCK_TAGS:
        if holder.tag.lower() in _CONTAINERS:
            return None
        holder = holder.getparent()
    return holder


# What a <br> inside a paragraph becomes until the text is out of the extractor (which would make it a paragraph of
# its own): a single line break, so the paragraph's shape reaches the checks as a text's would (see
# `grounding.appended`). The extractor keeps this character and drops a private-use one; no article writes it twice.
_BREAK = "\u2e3b\u2e3b"


def _line_breaks(tree: lxml.html.HtmlElement) -> None:
    """Replace, in place, each <br> inside a paragraph with `_BREAK`."""
    breaks: list[lxml.etree._Element] = []
    paragraphs = 0  # <p> elements open around the element walked; one walk, however deep the page
    for event, element in lxml.etree.iterwalk(tree, events=("start", "end")):
        if element.tag == "p":
            paragraphs += 1 if event == "start" else -1
        elif element.tag == "br" and event == "start" and paragraphs:
            breaks.append(element)
    _remove(breaks, _BREAK)


def _remove(elements: list[lxml.etree._Element], replacement: str = "") -> None:
    """Remove each of `elements` from its parent, in place, keeping the text after it (its tail, which belongs to the
    parent) behind `replacement`. Each parent's children are gone through once, so a parent with many such elements
    costs its length, not its length for each of them."""
    gone: dict[lxml.etree._Element, set[lxml.etree._Element]] = {}
    for element in elements:
        parent = element.getparent()
        if parent is not None:
            gone.setdefault(parent, set()).add(element)
    for parent, children in gone.items():
        # The last child that stays: the text after a removed one joins its tail.
        kept: lxml.etree._Element | None = None
        pieces = [parent.text or ""]
        for child in list(parent):
            if child in children:
                pieces.append(replacement + (child.tail or ""))
                parent.remove(child)
                continue
            _join(parent, kept, pieces)
            kept, pieces = child, [child.tail or ""]
        _join(parent, kept, pieces)


def _join(parent: lxml.etree._Element, kept: lxml.etree._Element | None, pieces: list[str]) -> None:
    if len(pieces) == 1:
        return  # nothing removed here: the text stays as the page had it
    text = _settable("".join(pieces)) or None
    if kept is None:
        parent.text = text
    else:
        kept.tail = text


def clean(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Remove, in place, every element a reader does not see as article text or that the page marks as furniture
    beside the story, all comments, and the blocks that spell letters or digits by numeric references (see
    `grounding.obfuscation`: the markup must have gone through `obfuscation.mark`)."""
    doomed: dict[lxml.etree._Element, None] = {}  # in page order, each once
    for element in tree.iter():
        if not isinstance(element.tag, str):
            # Comments and processing instructions: their text would reach the extractor's fallbacks.
            doomed[element] = None
        elif element.tag.lower() in _DROPPED_TAGS or _hidden(element) or _furniture(element):
            doomed[element] = None
        else:
            block = _spelling_block(element)
            if block is not None:
                doomed[block] = None
    _quote_marks(tree)
    _line_breaks(tree)
    _remove(list(doomed))
    for element in tree.iter():
        if isinstance(element.tag, str):
            if element.text and obfuscation.MARK in element.text:
                element.text = _settable(element.text.replace(obfuscation.MARK, ""))
            if element.tail and obfuscation.MARK in element.tail:
                element.tail = _settable(element.tail.replace(obfuscation.MARK, ""))
    return tree


# What lxml refuses to set as text although its HTML parser keeps it from a page: control characters, lone
# surrogates and the two non-characters. They show nothing, so they go from a text that is set again.
_UNSETTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _settable(text: str) -> str:
    return _UNSETTABLE.sub("", text)


def _parse(markup: str, origin: str) -> lxml.html.HtmlElement:
    # lxml refuses a str that declares its own encoding; the text is already decoded, so drop the declaration.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    # libxml2 stops reading a page at 256 levels of nesting, and drops all that follows, unless told the document
    # is huge; then at 2,048. The page is already held to MAX_PAGE_BYTES, the bound the other limits guard.
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"{origin} is not HTML that can be read: {exc}") from exc
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        # Past the limit the parser reads no further: what it kept is a page cut short, not the page.
        raise InputError(
            f"{origin} nests its elements more than {_MAX_DEPTH:,} levels deep; its text cannot be read whole"
        )
    return tree


def _date(value: str | None) -> date | None:
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def extract(markup: str, origin: str, url: str | None = None) -> Page:
    """The main text and metadata of an HTML page.

    Raises InputError when the page has no main text (only navigation or
    boilerplate) or cannot be parsed.
    """
    import trafilatura
    from trafilatura.metadata import extract_metadata

    # Control characters are not HTML and show nothing, but lxml, and trafilatura through it, fail on setting a
    # text that holds one: they go first.
    markup = _settable(markup)
    # Only dates the page declares (meta tags, JSON-LD, <time>): the extensive search also guesses from any
    # date in the text, even a copyright year, and a wrong publication date would misplace every relative date.
    metadata = extract_metadata(_parse(markup, origin), default_url=url, extensive=False)
    cleaned = clean(_parse(obfuscation.mark(markup), origin))
    document = trafilatura.bare_extraction(
        cleaned,
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
    )
    text = getattr(document, "text", None) or ""
    # Before the furniture's lines go: a wall is mostly such lines, and what stayed of it would read as a short story.
    if kind := walls.wall(text):
        raise InputError(walls.message(origin, kind))
    # trafilatura puts each block on its own line; a blank line between them marks the paragraphs, which is
    # where a long article is split.
    paragraphs = [
        re.sub(rf"\s*(?:{_BREAK}\s*)+", "\n", line.strip()).strip()
        for line in text.splitlines()
        if line.strip() and not (len(line) <= _FURNITURE_MAX_CHARS and _FURNITURE.search(line.strip()))
    ]
    if sum(len(p) for p in paragraphs) < defaults.MIN_PAGE_CHARS:
        raise InputError(f"{origin} has no article text: only navigation or boilerplate was found")
    return Page(
        text="\n\n".join(paragraphs),
        title=(metadata.title or None) if metadata else None,
        author=(metadata.author or None) if metadata else None,
        published=_date(metadata.date) if metadata else None,
    )
