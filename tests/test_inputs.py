"""Reading articles: text is accepted, everything else gets a clear InputError."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from summarise import defaults
from summarise.errors import InputError
from summarise.inputs.load import check_text, load_article, read_article

ARTICLE = "The council approved the new budget on Monday after a four-hour debate."


def test_reads_utf8_file_and_stdin(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\ufeff" + ARTICLE + "\r\n", encoding="utf-8")
    assert read_article(path) == ARTICLE
    assert read_article("-", stdin=io.BytesIO(ARTICLE.encode())) == ARTICLE


def test_reads_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert read_article(path) == ARTICLE


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n\t  ", "is empty"),
        (b"Too short.", "too short"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"%PDF-1.7\n" + bytes(100), "PDF"),
        (b"text\x00with\x00nuls " * 10, "NUL bytes"),
        (bytes(range(0x80, 0x100)) * 8, "not text in any encoding|undecodable|control characters"),
        (b"\x01\x02\x03\x04" * 40, "control characters"),
    ],
)
def test_refuses_what_is_not_an_article(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_article(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


def test_check_text_normalises_line_ends() -> None:
    assert check_text("Line one of the article here.\r\nLine two of it.") == (
        "Line one of the article here.\nLine two of it."
    )


ENCODED = Path(__file__).parent / "data" / "enc"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("ru", "cp1251"),
        ("fr", "cp1252"),
        ("de", "cp1252"),
        ("ko", "euc_kr"),
        ("ja", "shift_jis"),
        ("zh", "gb18030"),
        ("ru", "utf-16"),
        ("ja", "utf-16"),
    ],
)
def test_legacy_encodings_are_detected_and_decoded_exactly(tmp_path: Path, name: str, encoding: str) -> None:
    text = (ENCODED / f"{name}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{name}.txt"
    data = text.encode(encoding)
    assert data.decode("utf-8", errors="replace") != text, "the test must not be readable as UTF-8"
    path.write_bytes(data)
    assert read_article(path) == check_text(text)
    assert read_article("-", stdin=io.BytesIO(data)) == check_text(text)


def test_a_page_declares_its_charset_in_a_meta_element(tmp_path: Path) -> None:
    text = (ENCODED / "ru.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    page = f'<html><head><meta charset="windows-1251"><title>Мост</title></head><body>{paragraphs}</body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1251"))
    article = load_article(path)
    assert article.text == check_text(text)
    assert article.title == "Мост"


def test_markdown_and_text_files_are_read_as_written(tmp_path: Path) -> None:
    markdown = "# Council vote\n\nThe council approved the new budget on **Monday** after a four-hour debate."
    (tmp_path / "a.md").write_text(markdown, encoding="utf-8")
    assert read_article(tmp_path / "a.md") == markdown


def test_html_is_recognised_without_its_suffix(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><body><nav>Home | World | Sport</nav><article>"
        f"<p>{ARTICLE}</p><p>The vote passed by eleven votes to four, the clerk announced.</p>"
        "<p>Opposition members said they would ask for a review of the spending plan next month.</p>"
        "</article></body></html>"
    )
    (tmp_path / "saved.txt").write_text(page, encoding="utf-8")
    text = read_article(tmp_path / "saved.txt")
    assert text.startswith(ARTICLE) and "<p>" not in text and "Home | World" not in text
    assert read_article("-", stdin=io.BytesIO(page.encode())) == text


def test_undecodable_text_is_refused_not_sent_as_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "mangled.txt"
    path.write_text(("Der Bürgermeister sagte \ufffd\ufffd am Dienstag \ufffd. " * 10), encoding="utf-8")
    with pytest.raises(InputError, match="undecodable characters"):
        read_article(path)


def _text_of(size: int) -> bytes:
    """Plain text of exactly `size` bytes, made of sentences."""
    sentence = ARTICLE.encode() + b"\n"
    data = sentence * (size // len(sentence))
    return data + b"x" * (size - len(data))


def _page_of(size: int) -> tuple[bytes, int]:
    """A page of at least `size` bytes whose paragraphs all differ (an extractor drops repeated ones), and how
    many paragraphs it has."""
    head, tail = b"<!DOCTYPE html><html><head><title>Budget</title></head><body><article>", b"</article></body></html>"
    paragraphs, n = [], 0
    while sum(map(len, paragraphs)) < size:
        paragraphs.append(f"<p>Paragraph {n}: {ARTICLE} Officials gave the figures later.</p>\n".encode())
        n += 1
    return head + b"".join(paragraphs) + tail, n


def _both(tmp_path: Path, data: bytes, suffix: str) -> dict[str, Callable[[], str]]:
    """Reading `data` from a file and from standard input."""
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    return {"file": lambda: read_article(path), "stdin": lambda: read_article("-", stdin=io.BytesIO(data))}


def test_a_file_and_standard_input_share_the_cap_on_plain_text(tmp_path: Path) -> None:
    cap = defaults.MAX_ARTICLE_BYTES
    for origin, read in _both(tmp_path, _text_of(cap), ".txt").items():
        assert len(read().encode()) == cap, origin
    for origin, read in _both(tmp_path, _text_of(cap + 1), ".txt").items():
        with pytest.raises(InputError, match=f"is larger than {cap:,} bytes"):
            read()
            pytest.fail(f"{origin}: {cap + 1:,} bytes of text were read")


def test_a_page_over_the_text_cap_is_read_from_a_file_and_from_standard_input(tmp_path: Path) -> None:
    page, paragraphs = _page_of(defaults.MAX_ARTICLE_BYTES + 1)
    texts = {origin: read() for origin, read in _both(tmp_path, page, ".html").items()}
    assert texts["file"] == texts["stdin"]
    assert texts["file"].startswith("Paragraph 0: ") and f"\nParagraph {paragraphs - 1}: " in texts["file"]
    # Past a page's cap, both refuse it unread.
    for read in _both(tmp_path, page + b" " * (defaults.MAX_PAGE_BYTES - len(page) + 1), ".html").values():
        with pytest.raises(InputError, match=f"is larger than {defaults.MAX_PAGE_BYTES:,} bytes"):
            read()


def test_utf8_with_a_few_bad_bytes_is_read_as_utf8_not_as_a_legacy_code_page(tmp_path: Path) -> None:
    text = "VALMERA \u2014 Dock workers returned on Friday, the union\u2019s leader said. " * 10
    # A truncated download or a stray byte: not UTF-8 as a whole.
    data = text.encode("utf-8") + b"\xff\xfe\xc3("
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    read = read_article(path)
    assert read.startswith("VALMERA \u2014 Dock") and "\u00e2\u20ac" not in read
    assert read.endswith("\ufffd(") and read.count("\ufffd") == 3


@pytest.mark.parametrize("name", ["fr", "de"])
def test_a_legacy_file_with_one_accidental_utf8_pair_is_still_read_in_its_code_page(tmp_path: Path, name: str) -> None:
    # "Â»" is the bytes C2 BB, which UTF-8 reads whole as "»": one such pair among many accented letters does
    # not make a cp1252 file UTF-8.
    text = (ENCODED / f"{name}.txt").read_text(encoding="utf-8").replace("\n\n", " (Â») \n\n", 1)
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_article(path) == check_text(text)


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_characters_inside_a_number_are_removed(mark: str) -> None:
    text = f"The union said its 2{mark},400 members had accepted a rise of 6{mark}5 percent, or 1,{mark}200 euros."
    assert check_text(text) == "The union said its 2,400 members had accepted a rise of 65 percent, or 1,200 euros."


def test_zero_width_characters_elsewhere_stay() -> None:
    # Inside words (Persian writes a non-joiner there) and around a stretch they wrap (hidden text, which
    # `grounding.obfuscation` finds by them): not inside a number, so kept.
    text = "می\u200cخواهم گفت. The union said \u200bsend 12 euros to this account\u200b. It has 400 members."
    assert check_text(text) == text


def test_a_file_url_is_read_as_the_local_file_it_names(tmp_path: Path) -> None:
    path = tmp_path / "a story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    for url in (
        path.as_uri(),
        path.as_uri().replace("file://", "file://localhost"),
        path.as_uri().upper()[:7] + path.as_uri()[7:],
    ):
        assert read_article(url) == ARTICLE, url
    with pytest.raises(InputError, match=r"absent\.txt: no such file"):
        read_article((tmp_path / "absent.txt").as_uri())


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file://tmp/story.txt", r"names the host 'tmp'.*\(three slashes: file:///tmp/story\.txt\)"),
        ("file://server/share/story.txt", "names the host 'server'"),
        ("file://", "names no file"),
    ],
)
def test_a_file_url_that_names_no_file_on_this_machine_says_how_to_write_one(url: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_article(url)
