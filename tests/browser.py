"""A real headless browser for the tests: Debian's chromium, which ./setup.sh installs."""

from __future__ import annotations

import ipaddress
import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

import pytest

NAMES = ("chromium", "chromium-browser")
# The loopback port of the server a test runs beside the browser.
PORT = 8765


def executable() -> str:
    """The browser's path; fails the test (never skips it) when there is none."""
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("chromium is not installed: run ./setup.sh (it apt-installs chromium) or apt-get install chromium")


# Chromium's own traffic, all of it off: background services, component and safe-browsing updates, metrics,
# pings, DNS prefetch, sync, extensions. Left on, a headless start looks up Google's hosts and tries their
# addresses (seen in a trace of the report test).
QUIET = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-breakpad",
    "--metrics-recording-only",
    "--no-default-browser-check",
    "--no-pings",
    "--dns-prefetch-disable",
    # Whatever is not loopback goes to a proxy on a closed loopback port: no name is looked up by the browser,
    # and no address beyond loopback is tried (the resolver rule alone still leaves its IPv6 reachability probe).
    "--proxy-server=http://127.0.0.1:9",
    "--disable-features=OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate,"
    "AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying",
)
# Every host name fails to resolve but the loopback address: a page that names a remote resource gets
# nothing, and nothing is looked up.
LOOPBACK_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"


def isolated() -> bool:
    """Whether the browser can run in a network namespace of its own that has only loopback (root, unshare)."""
    return os.geteuid() == 0 and shutil.which("unshare") is not None and shutil.which("ip") is not None


def command(
    url: str,
    profile: Path,
    *flags: str,
    quiet: bool = True,
    trace: Path | None = None,
    serve: Path | None = None,
    server: Sequence[str] | None = None,
) -> list[str]:
    """The command line that opens `url`: with Chromium's own traffic off (unless `quiet` is false, for the
    test that shows the trace would see it), inside a loopback-only network namespace where the machine allows
    one, under strace recording every connect and send when `trace` is given, and with a static file server
    for `serve`'s folder on 127.0.0.1:8765 inside the same namespace (or `server`, a command that listens there,
    such as `summarise serve`); the browser starts once the port answers."""
    browser = [
        executable(),
        "--headless",
        "--no-sandbox",  # the tests run as root in CI
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *((*QUIET, LOOPBACK_ONLY) if quiet else ()),
        *flags,
        url,
    ]
    if trace is not None:
        tracer = shutil.which("strace")
        if tracer is None:
            pytest.fail("strace is not installed: run ./setup.sh (it apt-installs strace) or apt-get install strace")
        browser = [
            tracer,
            "-f",
            "-qq",
            "-yy",
            "-e",
            "trace=connect,sendto,sendmsg,sendmmsg,write,writev",
            "-o",
            str(trace),
            *browser,
        ]
    if serve is not None:
        server = [sys.executable, "-m", "http.server", str(PORT), "--bind", "127.0.0.1", "--directory", str(serve)]
    if not isolated():
        if server is not None or not quiet:
            pytest.fail("this test needs a network namespace of its own: run it as root with unshare and ip")
        return browser
    # A new network namespace: only loopback, so nothing the browser tries can leave the machine.
    script = "ip link set lo up || exit 97; "
    if server is not None:
        ready = f"import socket; socket.create_connection(('127.0.0.1', {PORT}), 1)"
        script += (
            f"{shlex.join(server)} >/dev/null 2>&1 & server=$!; "
            f"for _ in $(seq 150); do {shlex.quote(sys.executable)} -c {shlex.quote(ready)} 2>/dev/null && break; "
            "sleep 0.2; done; "
            '"$@"; status=$?; kill $server; exit $status'
        )
    else:
        script += 'exec "$@"'
    return ["unshare", "--net", "--", "sh", "-c", script, "sh", *browser]


def _run(page: Path, profile: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(page.resolve().as_uri(), profile, *flags), capture_output=True, text=True, timeout=180, check=True
    )


# Chromium learns whether IPv6 is routable by connecting a UDP socket to this address and reading which local
# address the kernel chose; it never sends on that socket (net/dns HostResolverManager's reachability probe), and
# no flag turns it off. A UDP connect puts nothing on the wire; `contacted` still reports any send to it.
ROUTE_PROBE = "2001:4860:4860::8888:443"

_FD = re.compile(r"^\d+\s+(\w+)\(\d+<(\w+):\[([^\]]*)\]>")
_V4 = re.compile(r'sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)')
_V6 = re.compile(r'sin6_port=htons\((\d+)\).*?inet_pton\(AF_INET6, "([^"]+)"')
_PEER = re.compile(r"->\[?([0-9a-fA-F:.]+?)\]?:(\d+)$")


def contacted(trace: Path) -> list[str]:
    """Every internet address (`host:port`) that a traced process tried to connect to or sent bytes to, read
    from an `strace -f -yy` trace; the UDP route probe counts only if something was sent on it."""
    found = []
    for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
        fd = _FD.match(line)
        call, kind, endpoints = fd.groups() if fd else ("", "", "")
        targets = [f"{m.group(2)}:{m.group(1)}" for m in (_V4.search(line), _V6.search(line)) if m]
        peer = _PEER.search(endpoints)
        if peer and call != "connect":
            targets.append(f"{peer.group(1)}:{peer.group(2)}")
        for target in targets:
            if call == "connect" and kind == "UDPv6" and target == ROUTE_PROBE:
                continue
            found.append(target)
        if "AF_INET" in line and not targets:
            found.append(f"unparsed: {line.strip()}")
    return found


def is_loopback(address: str) -> bool:
    """Whether `host:port` names this machine's loopback (127.0.0.0/8 or ::1)."""
    host = address.rsplit(":", 1)[0]
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def dump_dom(page: Path, profile: Path) -> str:
    """The page's DOM as the browser built it."""
    return _run(page, profile, "--dump-dom").stdout


def screenshot(page: Path, profile: Path, out: Path, size: str = "1280,1600") -> bytes:
    """A PNG of the page as the browser drew it."""
    _run(page, profile, f"--screenshot={out}", f"--window-size={size}", "--hide-scrollbars")
    return out.read_bytes()


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows of an 8-bit RGB or RGBA PNG, unfiltered."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), f"unsupported PNG (depth {depth}, colour type {colour})"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows = zlib.decompress(idat), width * channels, []
    previous = bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for x in range(stride):
            left = row[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            add = (0, left, up, (left + up) // 2, _paeth(left, up, corner))[kind]
            row[x] = (row[x] + add) & 0xFF
        rows.append(bytes(row))
        previous = row
    return width, height, rows


def ink_share(data: bytes, channels: int = 4) -> float:
    """The share of pixels that are not the page's background (the top-left pixel's colour)."""
    width, height, rows = png_pixels(data)
    step = len(rows[0]) // width
    background = rows[0][:step]
    inked = sum(1 for row in rows for x in range(0, len(row), step) if row[x : x + step] != background)
    return inked / (width * height)


class _Tables(HTMLParser):
    """Counts rows of each table body, and svg elements, in a DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, int] = {}
        self.svgs = 0
        self._table: str | None = None
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._table = dict(attrs).get("id") or "?"
            self.rows.setdefault(self._table, 0)
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body and self._table is not None:
            self.rows[self._table] += 1
        elif tag == "svg":
            self.svgs += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self._in_body = False
        elif tag == "table":
            self._table = None


def tables(dom: str) -> _Tables:
    """Parse a DOM: body rows per table id, and the number of svg charts."""
    parser = _Tables()
    parser.feed(dom)
    return parser
