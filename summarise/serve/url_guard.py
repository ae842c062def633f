"""Fetching a URL for a caller of `summarise serve` without letting the caller reach inside the network.

Every hop (the first request and each redirect) goes through `GuardedTransport`: it resolves the host itself,
refuses the hop when any resolved address is private, loopback, link-local, a cloud metadata address or otherwise
not globally routable, and connects to the address it checked (the URL's host is replaced by that address; the
Host header and, for https, the TLS server name and certificate check keep the name). A name whose DNS answer
changes between the check and the connection (DNS rebinding) cannot move the connection elsewhere.

The command line's own fetching (`summarise URL`) does not use this: a user fetching on their own machine may
read their LAN.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any

import httpx2

from .. import defaults
from ..errors import UrlRefusedError
from ..inputs.fetch import Fetched, fetch

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# Metadata services that sit on addresses `is_global` alone might let through, named so the reason is clear.
METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean
        "169.254.170.2",  # AWS ECS task metadata
        "100.100.100.200",  # Alibaba Cloud
        "fd00:ec2::254",  # AWS over IPv6
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (tests replace this function with a stub)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpx2.ConnectError(f"cannot resolve {host}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def refusal(address: Address) -> str | None:
    """Why `address` may not be fetched for a caller, or None when it may."""
    if isinstance(address, ipaddress.IPv6Address):
        # An IPv4 address carried in IPv6 (::ffff:10.0.0.1, 64:ff9b::a00:1) is judged as the IPv4 address.
        embedded = address.ipv4_mapped or (
            ipaddress.IPv4Address(int(address) & 0xFFFFFFFF) if address in _NAT64 else None
        )
        if embedded is not None:
            return refusal(embedded)
    if address in METADATA:
        return "a cloud metadata address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_unspecified:
        return "the unspecified address (this host)"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private address"
    if address.is_multicast or address.is_reserved or not address.is_global:
        return "not a public address"
    return None


class Guard:
    """Checks hosts against the rules; `resolver` is `resolve` unless a test gives a stub."""

    def __init__(self, resolver: Callable[[str, int], list[str]] | None = None) -> None:
        self.resolver = resolver

    def address(self, url: str, host: str, port: int) -> str:
        """The one address to connect to for `host`; raises UrlRefusedError when any address it has is refused."""
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            addresses = (self.resolver or resolve)(host, port)
        if not addresses:
            raise httpx2.ConnectError(f"{host} resolves to no address")
        for text in addresses:
            reason = refusal(ipaddress.ip_address(text.split("%", 1)[0]))
            if reason is not None:
                shown = host if host == text else f"{host} ({text})"
                raise UrlRefusedError(
                    f"{url}: refused: {shown} is {reason}, which the server does not fetch for callers",
                    url=url,
                    address=text,
                )
        return addresses[0]


class GuardedTransport(httpx2.BaseTransport):
    """An httpx transport that checks each request's host with `guard` and connects to the checked address."""

    def __init__(self, guard: Guard, inner: httpx2.BaseTransport | None = None) -> None:
        self.guard = guard
        self.inner = inner if inner is not None else httpx2.HTTPTransport()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        url = request.url
        host = url.host
        port = url.port or (443 if url.scheme == "https" else 80)
        address = self.guard.address(str(url), host, port)
        extensions: dict[str, Any] = dict(request.extensions)
        if url.scheme == "https":
            extensions["sni_hostname"] = host
        pinned = httpx2.Request(
            request.method,
            url.copy_with(host=address),
            headers=request.headers,
            stream=request.stream,
            extensions=extensions,
        )
        return self.inner.handle_request(pinned)

    def close(self) -> None:
        self.inner.close()


def guarded_fetch(
    url: str,
    *,
    guard: Guard | None = None,
    inner: httpx2.BaseTransport | None = None,
    timeout: float = defaults.FETCH_TIMEOUT_SECONDS,
) -> Fetched:
    """`fetch.fetch` with every hop checked by `guard` (by default one with the system resolver).

    Raises UrlRefusedError for a refused address, and FetchError as `fetch` does for the rest.
    """
    return fetch(url, timeout=timeout, transport=GuardedTransport(guard or Guard(), inner))
