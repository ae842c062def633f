"""A worker process of `readers`: reads articles sent on stdin and sends code's reading of each back.

Messages each way are a pickle with its length before it (8 bytes, big-endian). The worker first reads a short
article of its own, to load the reader's tables and language models, and says it is ready, with the folder of the
`summarise` it imported (the caller uses it only if that is its own); then, for each (text, language) it is sent, it
answers with an `Ahead`, or with None when the reading failed (the caller then reads the article itself, and meets
the same failure there). It ends at the end of its input. What else writes to its standard output (a library's
stray print) goes to its standard error instead, so the messages stay whole.
"""

from __future__ import annotations

import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..grounding.hostile import Directives, Screen, find_directives
from ..reading import Reading, read

# A sentence with a figure, a reporting clause and a name: it loads what a real article needs.
_WARM_UP = ("The city council said on Monday that 1,200 homes had lost power, Mayor Ana Ruiz told reporters.", "en")


@dataclass(frozen=True)
class Ahead:
    """What a worker sends back: code's reading of the article, and the hostile screen's verdicts on it."""

    reading: Reading
    language: str  # as the pipeline asks for the reading: `read(text, language)`
    directives: Directives
    screen: Screen


def read_ahead(text: str, lang: str) -> Ahead:
    """Read the article as the pipeline will ask for it."""
    reading = read(text, lang)
    directives = find_directives(text)
    return Ahead(reading, lang, directives, Screen.of(text, directives))


def send(stream: IO[bytes], value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(8, "big") + data)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    """The next message, or EOFError at the end of the stream."""
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError("the stream ended")
    size = int.from_bytes(head, "big")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the stream ended inside a message")
    return pickle.loads(data)


def main() -> None:
    stdin = sys.stdin.buffer
    # The messages get the standard output's own descriptor; anything else written there goes to standard error.
    stdout = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    read_ahead(*_WARM_UP)
    send(stdout, ("ready", str(Path(__file__).resolve().parents[1])))
    while True:
        try:
            text, lang = receive(stdin)
        except EOFError:
            return
        try:
            answer: Ahead | None = read_ahead(text, lang)
        except Exception:
            answer = None
        send(stdout, answer)
