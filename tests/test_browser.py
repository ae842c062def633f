"""The headless browser the report tests use contacts nothing beyond 127.0.0.1: every connect and send of
every Chromium process is traced (strace), inside a network namespace that has only loopback, so even a
regression sends nothing off the machine."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from . import browser

# A page that asks for remote things every way a page can: an image and a style sheet by name, a literal
# address, DNS prefetch and preconnect hints; and one image from the loopback server, which the trace must see.
PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="dns-prefetch" href="//tracker.example.net"><link rel="preconnect" href="https://cdn.example.org">
<link rel="stylesheet" href="http://cdn.example.org/site.css"></head>
<body><h1 id="loaded">loaded</h1><img src="https://images.example.com/a.png"><img src="http://192.0.2.10/b.png">
<img src="http://127.0.0.1:8765/pixel.gif"><a href="https://news.example.com/">a link</a></body></html>"""
# The smallest GIF: what the loopback server hands the page.
PIXEL = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


def _traced(tmp_path: Path, *, quiet: bool) -> tuple[str, list[str]]:
    if not browser.isolated():
        pytest.skip("needs root with unshare and ip, to run the browser where nothing can leave (CI runs as root)")
    site = tmp_path / "site"
    site.mkdir()
    (site / "page.html").write_text(PAGE, encoding="utf-8")
    (site / "pixel.gif").write_bytes(PIXEL)
    trace = tmp_path / "trace.txt"
    line = browser.command(
        "http://127.0.0.1:8765/page.html", tmp_path / "profile", "--dump-dom", quiet=quiet, trace=trace, serve=site
    )
    done = subprocess.run(line, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, browser.contacted(trace)


def test_the_browser_contacts_nothing_beyond_loopback(tmp_path: Path) -> None:
    dom, addresses = _traced(tmp_path, quiet=True)
    assert 'id="loaded"' in dom, "the page did not load from the loopback server"
    # The trace sees the browser's connections: the page itself and its loopback image came over one.
    assert "127.0.0.1:8765" in addresses, addresses
    beyond = sorted({a for a in addresses if not browser.is_loopback(a)})
    assert beyond == [], f"the browser tried to reach {beyond}"


def test_the_trace_sees_a_browser_that_reaches_out(tmp_path: Path) -> None:
    """The check above can fail: the same page without the quiet flags and the resolver rule tries addresses
    beyond loopback (name servers, the literal address), which the namespace stops and the trace records."""
    _, addresses = _traced(tmp_path, quiet=False)
    beyond = {a for a in addresses if not browser.is_loopback(a)}
    assert beyond, addresses
