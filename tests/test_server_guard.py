"""The URL guard of `summarise serve`: private, loopback, link-local and metadata addresses are refused, after DNS
resolution and after each redirect.

Names are resolved by a stub, and the first hop of a redirect is answered by an httpx mock transport: nothing here
sends a packet to any address the guard is meant to refuse, nor beyond 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import json
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx2
import pytest

from summarise.engines.extractive import ExtractiveEngine
from summarise.errors import FetchError, UrlRefusedError
from summarise.serve import url_guard
from summarise.serve.server import ServeSettings, make_server
from summarise.serve.url_guard import Guard, GuardedTransport, guarded_fetch, refusal

from .fakes import serving

PAGE = (
    "<html><head><title>Port strike ends</title></head><body><article>"
    + "<p>Dock workers at the Port of Valmera returned to work on Friday after a three-day strike ended with a pay "
    "deal, the union said. The deal raises pay by 6 percent this year.</p>" * 3 + "</article></body></html>"
)

# What the stub resolver answers. PUBLIC stands for the outside world; it is never contacted (a mock answers).
PUBLIC = "93.184.215.14"
NAMES = {
    "news.example": [PUBLIC],
    "intranet.example": ["127.0.0.1"],
    "mixed.example": [PUBLIC, "10.1.2.3"],
    "mapped.example": ["::ffff:169.254.169.254"],
}


def stub_resolver(asked: list[str]) -> Any:
    def resolve(host: str, port: int) -> list[str]:
        asked.append(host)
        return NAMES[host]

    return resolve


class Recorder:
    """An httpx transport standing in for the network: records each request and answers from `answers`."""

    def __init__(self, answers: dict[str, httpx2.Response]) -> None:
        self.answers = answers
        self.seen: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.seen.append(request)
        return self.answers[str(request.url)]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "a loopback address"),
        ("http://10.0.0.1/", "a private address"),
        ("http://169.254.169.254/latest/meta-data/", "a cloud metadata address"),
        ("http://[::1]:8080/", "a loopback address"),
        ("http://intranet.example/", "a loopback address"),
        ("http://mixed.example/", "a private address"),
        ("http://mapped.example/", "a cloud metadata address"),
        ("http://0.0.0.0/", "the unspecified address"),
        ("http://[fd00:ec2::254]/", "a cloud metadata address"),
        ("http://100.64.0.1/", "not a public address"),
    ],
)
def test_the_guard_refuses_inner_addresses_before_connecting(url: str, reason: str) -> None:
    asked: list[str] = []
    network = Recorder({})
    transport = httpx2.MockTransport(network)
    with pytest.raises(UrlRefusedError, match=reason) as caught:
        guarded_fetch(url, guard=Guard(stub_resolver(asked)), inner=transport)
    assert network.seen == []
    assert caught.value.exit_code == 8
    assert caught.value.address is not None and refusal(ipaddress.ip_address(caught.value.address)) is not None
    # A literal address is judged as it is; only names go to the resolver.
    host = httpx2.URL(url).host
    assert asked == ([host] if host in NAMES else [])


def test_a_redirect_to_loopback_is_refused_after_the_first_hop_is_allowed() -> None:
    asked: list[str] = []
    network = Recorder(
        {
            f"http://{PUBLIC}/story": httpx2.Response(302, headers={"Location": "http://intranet.example/admin"}),
        }
    )
    with pytest.raises(UrlRefusedError, match=r"intranet\.example \(127\.0\.0\.1\) is a loopback address"):
        guarded_fetch(
            "http://news.example/story", guard=Guard(stub_resolver(asked)), inner=httpx2.MockTransport(network)
        )
    # The first hop went to the checked address with its name in the Host header; the second was never sent.
    assert [str(r.url) for r in network.seen] == [f"http://{PUBLIC}/story"]
    assert network.seen[0].headers["host"] == "news.example"
    assert asked == ["news.example", "intranet.example"]


def test_an_allowed_page_is_fetched_from_the_checked_address() -> None:
    network = Recorder(
        {
            f"https://{PUBLIC}/story": httpx2.Response(
                200, headers={"Content-Type": "text/html; charset=utf-8"}, content=PAGE.encode()
            )
        }
    )
    page = guarded_fetch(
        "https://news.example/story", guard=Guard(stub_resolver([])), inner=httpx2.MockTransport(network)
    )
    assert page.url == "https://news.example/story"
    assert page.body == PAGE.encode()
    # TLS is still checked against the name, not the address.
    assert network.seen[0].extensions["sni_hostname"] == "news.example"


def test_a_name_that_does_not_resolve_is_a_fetch_error() -> None:
    def nowhere(host: str, port: int) -> list[str]:
        raise httpx2.ConnectError(f"cannot resolve {host}")

    with pytest.raises(FetchError, match=r"cannot fetch it: cannot resolve nowhere\.example"):
        guarded_fetch("http://nowhere.example/", guard=Guard(nowhere), inner=httpx2.MockTransport(Recorder({})))


def test_the_system_resolver_is_asked_for_every_address_of_a_name() -> None:
    # 'localhost' resolves on any machine, to loopback only: no packet is sent to it.
    assert set(url_guard.resolve("localhost", 80)) <= {"127.0.0.1", "::1"}
    with pytest.raises(UrlRefusedError, match="localhost"):
        GuardedTransport(Guard()).handle_request(httpx2.Request("GET", "http://localhost:9/"))


# Through the API


class _PageServer(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _summarise_url(page: str, **settings: Any) -> tuple[int, dict[str, Any]]:
    with serving(make_server(ExtractiveEngine(), "127.0.0.1", 0, ServeSettings(**settings))) as api:
        request = urllib.request.Request(
            api + "/v1/summaries", data=json.dumps({"url": page}).encode(), headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())


def test_the_api_refuses_a_loopback_url_and_sends_it_nothing() -> None:
    _PageServer.hits = []
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), _PageServer)) as page:
        status, body = _summarise_url(page + "/story")
    assert status == 400
    assert body["error"]["type"] == "url_refused_error"
    assert "127.0.0.1 is a loopback address" in body["error"]["message"]
    assert _PageServer.hits == []


def test_allow_private_lets_the_api_fetch_a_lan_page() -> None:
    _PageServer.hits = []
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), _PageServer)) as page:
        status, body = _summarise_url(page + "/story", allow_private=True)
    assert status == 200, body
    assert body["metadata"]["source"]["title"] == "Port strike ends"
    assert _PageServer.hits == ["/story"]


def test_the_commands_own_fetching_is_not_guarded() -> None:
    from summarise.inputs.load import load_article

    _PageServer.hits = []
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), _PageServer)) as page:
        article = load_article(page + "/story")
    assert article.title == "Port strike ends"
    assert _PageServer.hits == ["/story"]
