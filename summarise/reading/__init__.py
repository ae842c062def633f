"""The article read by code, before any model: sentences, figures, reporting clauses, names and the event,
every item an offset range into the article. Deterministic, and milliseconds per article."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .. import language as languages
from ..grounding.hostile import find_directives
from ..memo import memo
from .attributions import Attribution, find_attributions
from .event import ReadEvent, find_event
from .figures import ReadFigure, find_quantities
from .names import ReadName, find_names, kind_of, split_title
from .text import Sentence, sentences

Range = tuple[int, int]


@dataclass(frozen=True)
class Reading:
    """What code found in one article."""

    text: str
    language: str
    sentences: list[Sentence]
    figures: list[ReadFigure]
    attributions: list[Attribution]
    names: list[ReadName]
    event: ReadEvent

    def at(self, span: Range | None) -> str | None:
        """The article's text over a range, or None."""
        return None if span is None else self.text[span[0] : span[1]]

    @functools.cached_property
    def _by_sentence(self) -> dict[Range, list[Attribution]]:
        # Looked up once per figure: a scan of every clause for each would make a long article quadratic.
        index: dict[Range, list[Attribution]] = {}
        starting = {s.start: (s.start, s.end) for s in self.sentences}
        ending = {s.end: (s.start, s.end) for s in self.sentences}
        for a in self.attributions:
            # (a clause that credits the sentence before its own spans both: it is found from either)
            for sentence in dict.fromkeys(
                (starting.get(a.sentence[0], a.sentence), ending.get(a.sentence[1], a.sentence))
            ):
                index.setdefault(sentence, []).append(a)
        return index

    @functools.cached_property
    def _names(self) -> dict[Range, Range]:
        return {}

    def name_in(self, span: Range) -> Range:
        """The name in `span` without the title the article writes with it (`names.split_title`): a source is
        asked for once for each figure and claim it credits, and split once."""
        if span not in self._names:
            self._names[span] = split_title(self.text, span)[0]
        return self._names[span]

    def attribution_of(self, figure: ReadFigure) -> Attribution | None:
        """The reporting clause a figure's sentence is credited by, when it has one."""
        inside = self._by_sentence.get(figure.sentence, [])
        holding = [a for a in inside if a.claim[0] <= figure.value[0] < a.claim[1]]
        chosen = holding or inside
        return chosen[0] if chosen else None


# Kept by nothing (0): a reading made already in a worker process is given for its article (`pipeline.readers`).
@memo(0)
def read(text: str, lang: str | None = None) -> Reading:
    """Read `text` (NFC, as `inputs.check_text` gives it) in `lang` (detected when None).

    Sentences that address the text's processor (`grounding.hostile`) are blanked before anything is read, so
    no figure, claim, source, name or event comes from them; offsets stay those of `text`."""
    code = lang or languages.detect(text)
    base = code if code != "und" else "en"
    article = find_directives(text).story
    found = sentences(article)
    declined: list[tuple[int, int]] = []
    attributions = find_attributions(article, found, base, declined)
    sources = [a.source for a in attributions] + [a.via for a in attributions if a.via is not None]
    figures = find_quantities(article, found, base, sources)
    names = find_names(article, found, base, sources + declined)
    return Reading(text, code, found, figures, attributions, names, find_event(article, found, base))


__all__ = ["Attribution", "ReadEvent", "ReadFigure", "ReadName", "Reading", "kind_of", "read"]
