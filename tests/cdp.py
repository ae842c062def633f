"""Driving the headless browser as a person would: Chromium's DevTools protocol over a pipe (fds 3 and 4, no port,
no websocket), used to type into a form, tick a box and click a button. Only the standard library."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import subprocess
import time
from collections.abc import Sequence
from typing import Any


class Browser:
    """A browser started with `--remote-debugging-pipe` by `command` (see tests/browser.py), attached to its page."""

    def __init__(self, command: Sequence[str], timeout: float = 120.0) -> None:
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        # Out of the way of 3 and 4, which the browser reads and writes.
        high_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 100)
        high_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 100)
        os.close(to_browser_r)
        os.close(from_browser_w)

        def plumb() -> None:
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.process = subprocess.Popen(
            list(command),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            pass_fds=(3, 4),
            preexec_fn=plumb,
        )
        os.close(high_r)
        os.close(high_w)
        self._out, self._in = to_browser_w, from_browser_r
        self._buffer = b""
        self._next = 0
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the browser did not answer in time")
            ready, _, _ = select.select([self._in], [], [], left)
            if ready:
                chunk = os.read(self._in, 1 << 16)
                if not chunk:
                    raise ConnectionError("the browser closed its pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def call(self, method: str, session: bool = True, **params: Any) -> dict[str, Any]:
        """Send one command (to the attached page unless `session` is false); return its result."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session and self.session is not None:
            message["sessionId"] = self.session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def attach(self) -> None:
        """Attach to the first page the browser opened."""
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            pages = [t for t in self.call("Target.getTargets", session=False)["targetInfos"] if t["type"] == "page"]
            if pages:
                target = pages[0]["targetId"]
                attached = self.call("Target.attachToTarget", session=False, targetId=target, flatten=True)
                self.session = attached["sessionId"]
                return
            time.sleep(0.2)
        raise TimeoutError("the browser opened no page")

    def find(self, selector: str, wait: float = 60.0) -> int:
        """The node id of the first element matching `selector`, waiting for it to appear (a page loading)."""
        deadline = time.monotonic() + wait
        while True:
            root = self.call("DOM.getDocument", depth=0)["root"]["nodeId"]
            try:
                node = int(self.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"])
            except RuntimeError:
                node = 0  # the document changed under us (a navigation): ask again
            if node:
                return node
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {selector!r} on the page")
            time.sleep(0.25)

    def type_into(self, selector: str, text: str) -> None:
        """Focus the element and type `text` into it, as the keyboard would."""
        self.call("DOM.focus", nodeId=self.find(selector))
        self.call("Input.insertText", text=text)

    def _middle(self, selector: str) -> tuple[float, float]:
        node = self.find(selector)
        self.call("DOM.scrollIntoViewIfNeeded", nodeId=node)
        quad = self.call("DOM.getContentQuads", nodeId=node)["quads"][0]
        return sum(quad[0::2]) / 4, sum(quad[1::2]) / 4

    def hover(self, selector: str) -> None:
        """Move the mouse over the middle of the element."""
        x, y = self._middle(selector)
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def click(self, selector: str) -> None:
        """Press and release the mouse's left button at the middle of the element."""
        x, y = self._middle(selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def press(self, key: str, code: int) -> None:
        """Press and release a key (`key` as the DOM names it, `code` its Windows virtual key code)."""
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code)

    def evaluate(self, expression: str) -> object:
        """The value of a JavaScript expression in the page, evaluated by the browser's DevTools (the page's own
        policy forbids scripts; DevTools is not the page)."""
        reply = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in reply:
            raise RuntimeError(str(reply["exceptionDetails"]))
        return reply["result"].get("value")

    def dom(self) -> str:
        """The page's DOM as HTML."""
        root = self.call("DOM.getDocument", depth=0)["root"]["nodeId"]
        return str(self.call("DOM.getOuterHTML", nodeId=root)["outerHTML"])

    def close(self) -> str:
        """Close the browser; return what it wrote on stderr."""
        with contextlib.suppress(RuntimeError, ConnectionError, TimeoutError, OSError):
            self.call("Browser.close", session=False)
        try:
            _, err = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
        for fd in (self._out, self._in):
            os.close(fd)
        return err.decode("utf-8", "replace")
