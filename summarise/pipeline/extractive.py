"""The article as code reads it, in the result's own shape: the extractive engine's whole answer, and what
keeps any engine from showing less than code found ("nothing found is lost").

Code's items are put through the same checks as a model's (`grounding.verify`), then given the reader's
exact offsets and marked `origin="code"`; a model's verified item wins over code's reading of the same span.
"""

from __future__ import annotations

import re
import time

from .. import defaults
from ..engines.base import Engine
from ..grounding.check import mentions
from ..grounding.hostile import find_directives
from ..grounding.normalise import fold_text, has_unspaced, unspaced
from ..grounding.numbers import find_figures, parse_figure, same_number
from ..grounding.unsettled import Unsettled
from ..grounding.verify import Verdict, verify
from ..models import Actor, Brief, Claim, Event, Extraction, Figure
from ..reading import Reading, read
from ..reading.text import Sentence
from ..results import ArticleSummary, GroundedBrief, GroundedFigure, GroundedSentence, TextSpan
from .assemble import assemble
from .request import Request

Range = tuple[int, int]
# Code's items a model's answer covers, by their place in the reading's figures, names and attributions.
Covered = tuple[frozenset[int], frozenset[int], frozenset[int]]
_SOURCE_ROLE, _NAMED_ROLE = defaults.CODE_ROLES


def _span(r: Range) -> TextSpan:
    return TextSpan(start=r[0], end=r[1])


def _source(reading: Reading, r: Range) -> Range:
    return reading.name_in(r)


def extraction(reading: Reading) -> Extraction:
    """The reading as an answer in the model's schema (unvalidated: code's lists are not capped by the model's
    limits, and its brief is chosen later from what verifies)."""
    at = reading.at
    lead = reading.event.lead
    event = Event.model_construct(
        what=at(lead) or "", where=at(reading.event.where), when=at(reading.event.when), when_iso=None
    )
    actors = [
        Actor.model_construct(
            name=at(n.span) or "",
            kind=n.kind,
            role=at(n.role) or (_SOURCE_ROLE if _is_source(reading, n.span) else _NAMED_ROLE),
            translation=None,
        )
        for n in reading.names
    ]
    figures = []
    for f in reading.figures:
        credit = reading.attribution_of(f)
        figures.append(
            Figure.model_construct(
                value=at(f.value) or "",
                number=f.number,
                unit=f.unit,
                counts=_within(at(f.counts) or at(f.value) or "", defaults.MAX_TEXT_CHARS),
                qualifier=f.qualifier,
                source=at(_source(reading, credit.source)) if credit else None,
                translation=None,
            )
        )
    claims = [
        Claim.model_construct(
            statement=_within(at(a.claim) or at(a.sentence) or "", defaults.MAX_TEXT_CHARS),
            source=at(_source(reading, a.source)) or "",
            channel=at(a.channel),
            status=a.status,
            evidence=_within(at(a.sentence) or "", defaults.MAX_QUOTE_CHARS),
            translation=None,
        )
        for a in reading.attributions
    ]
    brief = Brief.model_construct(headline="", sentences=[])
    return Extraction.model_construct(event=event, actors=actors, figures=figures, claims=claims, brief=brief)


def _within(text: str, limit: int) -> str:
    """`text` itself when it fits, else its longest start that fits and ends on a whole word (still a span)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = max(cut.rfind(" "), cut.rfind("，"), cut.rfind("、"), cut.rfind(","))
    return cut[:space].rstrip(" ,，、") if space > limit // 2 else cut


def _is_source(reading: Reading, span: Range) -> bool:
    """Whether the article names this party as a claim's source, or as the outlet that relays one."""
    parties = [p for a in reading.attributions for p in (a.source, a.via) if p is not None]
    return any(lo <= span[0] < hi or span[0] <= lo < span[1] for lo, hi in parties)


def _exact(items: list, ranges: dict[str, list[Range]], key: str, field: str) -> list:
    """Give each verified code item the reader's own offsets (the checks locate the first occurrence)."""
    placed = []
    for item in items:
        wanted = getattr(item, key)
        options = ranges.get(wanted) or []
        # One copy with both changes: what two copies in turn gave.
        update: dict[str, object] = {field: _span(options.pop(0))} if options else {}
        placed.append(item.model_copy(update={**update, "origin": "code"}))
    return placed


def code_verdict(
    reading: Reading,
    brief_language: str | None = None,
    covered: Covered | None = None,
    proposed: Extraction | None = None,
) -> Verdict:
    """The reading checked as a model's answer would be; what fails is in `unverified` with its reason. Items
    `covered` lists (by their place in the reading's lists) are left out unchecked; `proposed` is
    `extraction(reading)` when the caller has made it already."""
    figures, names, attributions = covered or (frozenset(), frozenset(), frozenset())
    proposed = proposed if proposed is not None else extraction(reading)
    if covered:
        proposed = proposed.model_copy(
            update={
                "figures": [f for i, f in enumerate(proposed.figures) if i not in figures],
                "actors": [a for i, a in enumerate(proposed.actors) if i not in names],
                "claims": [c for i, c in enumerate(proposed.claims) if i not in attributions],
            }
        )
    verdict = verify(proposed, reading.text, reading.language, brief_language, reading)
    # Code proposes no brief here: the empty one it was checked with is no failure.
    verdict.unverified = [u for u in verdict.unverified if u.kind not in ("headline", "brief_sentence")]
    text = reading.text
    by_value: dict[str, list[Range]] = {}
    for i, f in enumerate(reading.figures):
        if i not in figures:
            by_value.setdefault(text[f.value[0] : f.value[1]], []).append(f.value)
    by_name: dict[str, list[Range]] = {}
    for i, n in enumerate(reading.names):
        if i not in names:
            by_name.setdefault(text[n.span[0] : n.span[1]], []).append(n.span)
    by_evidence: dict[str, list[Range]] = {}
    for i, a in enumerate(reading.attributions):
        if i not in attributions:
            evidence = _within(text[a.sentence[0] : a.sentence[1]], defaults.MAX_QUOTE_CHARS)
            by_evidence.setdefault(evidence, []).append((a.sentence[0], a.sentence[0] + len(evidence)))
    verdict.figures = _exact(verdict.figures, by_value, "value", "span")
    verdict.actors = _exact(verdict.actors, by_name, "name", "span")
    verdict.claims = _exact(verdict.claims, by_evidence, "evidence", "evidence_span")
    vias = {}
    for a in reading.attributions:
        evidence = _within(text[a.sentence[0] : a.sentence[1]], defaults.MAX_QUOTE_CHARS)
        vias[evidence + "\0" + text[slice(*_source(reading, a.source))]] = a.via
    verdict.claims = [
        c.model_copy(update={"via": reading.at(vias.get(c.evidence + "\0" + c.source))}) for c in verdict.claims
    ]
    return verdict


def _overlaps(a: TextSpan, b: TextSpan) -> bool:
    return a.start < b.end and b.start < a.end


def _stems(text: str) -> set[str]:
    """Word stems (first five letters of words of three or more) and, in unspaced scripts, character pairs."""
    folded = fold_text(text)
    words = {w[:5] for w in re.findall(r"[^\W\d_]{3,}", folded)}
    if not has_unspaced(folded):
        return words
    pairs = {folded[i : i + 2] for i in range(len(folded) - 1) if unspaced(folded[i]) and unspaced(folded[i + 1])}
    return words | pairs


def _same_figure(code: Figure, model: GroundedFigure) -> bool:
    """The model's figure is code's when it has the same number and counts the same thing: the checks locate a
    value at its first occurrence, which may be the headline's copy of a figure the body gives again."""
    if model.number is None or not same_number(code.number or 0.0, model.number):
        return False
    return bool(_stems(code.counts) & _stems(model.counts))


def _covered(verdict: Verdict, reading: Reading, proposed: Extraction) -> Covered:
    """Code's items (by their place in the reading's lists) that a model's verified answer covers: a figure at the
    same place, of the same number and count, or written as the headline's copy of it that the checks found first, a
    claim from the same evidence credited to the same party, an actor of the same name. Told before code's items are
    checked, at the reader's own offsets (which the checked items are given): the covered ones would be checked only
    to be set aside. `proposed` is `extraction(reading)`."""
    headline = next((_span((s.start, s.end)) for s in reading.sentences if s.headline), None)
    figures = frozenset(
        i
        for i, (figure, read) in enumerate(zip(proposed.figures, reading.figures, strict=True))
        if any(
            _overlaps(_span(read.value), f.span)
            or _same_figure(figure, f)
            or (headline is not None and _overlaps(f.span, headline) and f.value == figure.value)
            for f in verdict.figures
        )
    )
    names = frozenset(i for i, actor in enumerate(proposed.actors) if _covered_actor(actor, verdict))
    attributions = frozenset(
        i
        for i, (claim, read) in enumerate(zip(proposed.claims, reading.attributions, strict=True))
        if _covered_claim(claim, _span((read.sentence[0], read.sentence[0] + len(claim.evidence))), verdict)
    )
    return figures, names, attributions


def _covered_claim(claim: Claim, evidence: TextSpan, verdict: Verdict) -> bool:
    return any(
        _overlaps(evidence, c.evidence_span) and (mentions(c.source, claim.source) or mentions(claim.source, c.source))
        for c in verdict.claims
    )


def _covered_actor(actor: Actor, verdict: Verdict) -> bool:
    return any(mentions(a.name, actor.name) or mentions(actor.name, a.name) for a in verdict.actors)


def keep_what_code_found(verdict: Verdict, reading: Reading, brief_language: str | None = None) -> int:
    """Add to a model's verified `verdict` each figure, claim and actor that code found and the model's answer
    does not cover; returns how many items were added. A model's verified item wins over code's reading of
    the same span."""
    proposed = extraction(reading)
    code = code_verdict(reading, brief_language, _covered(verdict, reading, proposed), proposed)
    added = 0
    # (Checked again as they are added: one of code's items may cover another, as one the model gave would.)
    for figure in code.figures:
        if not any(_overlaps(figure.span, f.span) or _same_figure(figure, f) for f in verdict.figures):
            verdict.figures.append(figure)
            added += 1
    for claim in code.claims:
        if not _covered_claim(claim, claim.evidence_span, verdict):
            verdict.claims.append(claim)
            added += 1
    for actor in code.actors:
        if not _covered_actor(actor, verdict):
            verdict.actors.append(actor)
            added += 1
    event = verdict.event
    update: dict[str, object] = {}
    if not event.where and code.event.where:
        update.update(where=code.event.where, where_span=code.event.where_span)
    if not event.when and code.event.when:
        update.update(when=code.event.when, when_span=code.event.when_span)
    if not event.what and code.event.what:
        update["what"] = code.event.what
    if update:
        verdict.event = event.model_copy(update=update)
        verdict.event_verified = sum(1 for v in (verdict.event.where, verdict.event.when) if v)
    return added


def extracted_brief(verdict: Verdict, reading: Reading) -> GroundedBrief:
    """The article's own sentences, unchanged: the headline line, the lead, then the sentences that carry the
    most verified figures and claims, in the article's order; each cites the figures and claims it carries."""
    text = reading.text
    # A sentence that addresses the processor (see grounding.hostile) is never shown as the article's own.
    masked = find_directives(text).story
    story = [s for s in reading.sentences if masked[s.start : s.end] == text[s.start : s.end]]
    # The headline and the lead (the sentence the event is read from: the article's first, or the one after a
    # background sentence that reports the headline's news) are shown as the article writes them, with the numbers
    # that are no figure (a year, an age, a span of time: "all'età di 84 anni", "seit 1998", "sieben Stunden"), that
    # the article gives elsewhere too ("A 47"), or that round a verified figure ("более 400 человек" over 412); but
    # not with another number ("Fire kills 12" over a body that says 9), nor one the article gives two ways
    # (`Unsettled`). Every number in the brief's other sentences is a verified figure's: a sentence with another ("23"
    # the reader missed, a year, a span of time) is not chosen.
    ctx = verdict.brief_context(text, reading.language, None)
    unsettled = Unsettled.of(masked, reading.language).against
    verified = [f.number for f in verdict.figures if f.number]
    everywhere = find_figures(masked, reading.language)

    def whole(s: Sentence) -> bool:
        sentence = text[s.start : s.end]
        if any(lo < s.end and s.start < hi for lo, hi in unsettled):
            return False
        elsewhere = [f.value for f in everywhere if not s.start <= f.span_start < s.end]
        for surface in ctx.unbacked_numbers(sentence):
            read = parse_figure(surface, reading.language)
            value = read.value if read is not None else None
            if _no_figure(sentence, surface) or value is None:
                continue
            if any(same_number(value, n) for n in elsewhere):
                continue  # (the article gives it again: "A 47", "57%")
            if any(value > 0 and abs(n - value) <= _ROUNDING * value for n in verified):
                continue
            return False
        return True

    body = [s for s in story if not s.headline]
    leads = [s for s in body if (s.start, s.end) == reading.event.lead] or body[:1]
    lead = next((s for s in leads if whole(s)), None)
    headline = next((text[s.start : s.end] for s in story if s.headline and whole(s)), "")
    body = [s for s in body if s is not lead and not ctx.unbacked_numbers(text[s.start : s.end])]
    if lead is None:  # (the old way: the first sentence whose numbers are all verified figures)
        lead, body = (body[0], body[1:]) if body else (None, body)
    if lead is None:
        return GroundedBrief(language=reading.language, headline=headline, sentences=[], origin="extracted")

    def carried(s_start: int, s_end: int) -> tuple[list[int], list[int]]:
        # A brief sentence cites by number up to the schema's cap: later items are carried, not cited.
        # Only those up to the cap are looked at, so ranking every sentence of a long text costs no more than this.
        top = max(defaults.MAX_FIGURES, defaults.MAX_CLAIMS)
        figures = [i for i, f in enumerate(verdict.figures[:top], 1) if s_start <= f.span.start < s_end][:4]
        claims = [i for i, c in enumerate(verdict.claims[:top], 1) if s_start <= c.evidence_span.start < s_end]
        claims = claims[:4]
        return figures, claims

    ranked = sorted(body, key=lambda s: -sum(map(len, carried(s.start, s.end))))
    # (the lead first, then the others in the article's order: a voice set before the news follows it)
    others = [s for s in ranked if any(carried(s.start, s.end))][: defaults.EXTRACTED_BRIEF_SENTENCES - 1]
    chosen = [lead, *sorted(others, key=lambda s: s.start)]
    sentences = []
    for s in chosen:
        figures, claims = carried(s.start, s.end)
        sentences.append(GroundedSentence(text=text[s.start : s.end], figures=figures, claims=claims))
    return GroundedBrief(
        language=reading.language,
        headline=_within(headline, defaults.MAX_TEXT_CHARS),
        sentences=sentences,
        origin="extracted",
    )


# A span of time or an age after a number ("84 anni", "seven years", "sieben Stunden", "47 años", "3 个月", "3년").
_SPAN = re.compile(
    r"[\s-]*(?i:(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?)(?:-old)?|jahre?n?|monate?n?|wochen|tage?n?|"
    r"stunden|minuten|jährige\w*|ans?|mois|semaines|jours|heures|años|meses|semanas|días|dias|horas|minutos|anni|mesi|"
    r"settimane|giorni|ore|minuti|anos|лет|год\w*|месяц\w*|недел\w*|дн\w+|час\w*|минут\w*|рок\w*|місяц\w*|"
    r"тижн\w*|годин\w*|jaar|maanden|weken|dagen|uur|lat|miesi\w*|tygodni\w*|dni|godzin\w*)\b"
    r"|\s*(?:岁|歲|年|个月|個月|天|小时|小時|歳|か月|ヶ月|日間|時間|세|년|개월|일|시간)"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# How far a headline's or a lead's round number may stand from the verified figure it rounds.
_ROUNDING = 0.2


def _no_figure(sentence: str, surface: str) -> bool:
    """Whether a number `sentence` gives as `surface` is a year, an age or a span of time, not a figure."""
    if _YEAR.fullmatch(surface.strip()):
        return True
    at = sentence.find(surface)
    digits = re.search(r"\d[\d.,\s]*", surface)
    inside = _SPAN.match(surface, digits.end()) if digits else None
    return at >= 0 and (
        (inside is not None and inside.end() == len(surface)) or _SPAN.match(sentence, at + len(surface)) is not None
    )


def summarise_read(request: Request, engine: Engine) -> ArticleSummary:
    """The extractive engine's summary: the reading, checked, with an extracted brief; no model call."""
    started = time.perf_counter()
    reading = read(request.article, request.source_language)
    verdict = code_verdict(reading, None)
    verdict.brief = extracted_brief(verdict, reading)
    wanted = [code for code in (request.brief_language, *request.extra_languages) if code != reading.language]
    for code in dict.fromkeys(wanted):
        verdict.fail("headline", {"language": code}, f"no brief in {code}: the extractive engine writes no translation")
    return assemble(verdict, request, engine, started=started, template_name="none (extractive)", protocol="none")


__all__ = ["code_verdict", "extracted_brief", "extraction", "keep_what_code_found", "summarise_read"]
