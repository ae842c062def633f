"""Reading a view's DOM back: the article's text, and the characters under each highlight."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Highlight:
    """One highlight as the DOM holds it: its kind, label, and the text of all its pieces in order."""

    id: str
    kind: str = ""
    label: str = ""
    text: str = ""
    pieces: int = 0
    classes: str = ""


@dataclass
class ViewDom:
    article: str = ""
    highlights: dict[str, Highlight] = field(default_factory=dict)
    # Elements the browser built inside the article that are not ours (an injected image or script would be here).
    foreign: list[str] = field(default_factory=list)
    focusable: list[str] = field(default_factory=list)
    tags: dict[str, int] = field(default_factory=dict)
    attributes: list[str] = field(default_factory=list)
    article_attrs: dict[str, str] = field(default_factory=dict)


_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dom = ViewDom()
        self._depth = 0  # depth inside #article, 0 when outside
        self._marks: list[str | None] = []  # the open mark pieces' ids (None for other elements)
        self._in_tag = 0  # depth inside a label (its text is not the article's)
        self._label_for = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {k: v or "" for k, v in attrs}
        self.dom.tags[tag] = self.dom.tags.get(tag, 0) + 1
        self.dom.attributes += [k for k, _ in attrs]
        if self._depth == 0:
            if named.get("id") == "article":
                self._depth = 1
                self.dom.article_attrs = named
            return
        if tag not in ("mark", "a", "span"):
            self.dom.foreign.append(tag)
        if tag in _VOID:
            return
        self._depth += 1
        part = named.get("data-part") if tag == "mark" else None
        self._marks.append(part)
        if part:
            found = self.dom.highlights.setdefault(part, Highlight(part))
            found.pieces += 1
            if "id" in named:
                found.kind = named.get("data-kind", "")
                found.classes = named.get("class", "")
        if self._in_tag or (tag == "a" and "tag" in named.get("class", "").split()):
            self._in_tag += 1
            if self._in_tag == 1:
                self.dom.focusable.append(named.get("href", ""))
                self._label_for = next((m for m in reversed(self._marks) if m), "")

    def handle_endtag(self, tag: str) -> None:
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0:
            return
        self._marks.pop()
        if self._in_tag:
            self._in_tag -= 1

    def handle_data(self, data: str) -> None:
        if self._depth == 0:
            return
        if self._in_tag:
            if self._label_for and self._in_tag == 1:
                self.dom.highlights[self._label_for].label += data
            return
        self.dom.article += data
        for part in self._marks:
            if part:
                self.dom.highlights[part].text += data


def read(dom: str) -> ViewDom:
    """The article text (labels left out), the highlights and what else the article holds, from a DOM."""
    parser = _Parser()
    parser.feed(dom)
    parser.close()
    return parser.dom
