"""Reporting clauses: who said what, through which channel, and what the cue implies about its status.

For each sentence, every cue of the article's language is found; its source is read on the side the
language puts it (an inverted ", said the minister" and "Об этом заявил министр" are told apart from
"the ministry said"); a relay ("X reported, citing Y") keeps both parties; a pronoun subject ("he said")
stands for the last person named as a source before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..models import ActorKind, ClaimStatus
from ..patterns import factored
from .backward import credit_back, misread, party_back, pointer_end, points_back
from .claims import claim_after, claim_range, conjoined, past_relay, relayed_claim
from .continued import continued
from .cues import STATUS_WORDS, channel_in, compiled, negated, status_of
from .names import kind_of
from .sources import SPACED, relay_speaker, spaced_source, trim
from .sources_cjk import cjk_source, korean_source
from .speakers import (
    PERSONAL,
    PRONOUN_AND_CHANNEL,
    PRONOUNS,
    SAME_SOURCE,
    french_pronoun,
    interrupts,
    participles,
    person_before,
)
from .text import ALSO, Sentence, inside_quote, verb_first

Range = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """One reporting clause, every part an offset range into the article."""

    sentence: Range
    cue: Range
    status: ClaimStatus
    source: Range
    claim: Range
    via: Range | None = None
    channel: Range | None = None


_PRO_DROP = {"ja", "zh", "ko", "ar"}
_VERB_FIRST = {"es", "ru", "uk", "be", "fr", "de", "en"}
_OPENING_NAME = factored(r"\s*([A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]+){0,3})\s+[a-zà-ÿа-яіїєґ]")
# (an article, then at most four words, and the auxiliary before a compound tense: "le ministre a", "el alcalde")
_SUBJECT_AFTER = factored(
    r"(?:the|le|la|les|el|los|las|der|die|das)\s+((?:[\w'’-]+\s*){1,4}?)(?:\s+(?:a|ont|has|have|hat|haben|ha|han))?"
)
_ARTICLE = factored(r"(?i)the|a|an|la|el|le|les|los|las|un|une|una|der|die|das|ein|eine")
# A source that is only a word opening the clause ("Как уточнила X, …", "mais conteste …").
_NO_PARTY = factored(
    r"^(?:как|як|mais|aber|but|pero|однако|однак|проте|при этом|при цьому|y|and|et|und|и|і|та)$", re.IGNORECASE
)
_PASSIVE = factored(
    r"\b(?:was|were|been|being|is|are|be|wurden|wurde|werden|fueron|fue)\s+(?:(?:first|also|never|not|\w+ly)\s+)?$",
    re.I,
)
# ("… and denied", "…, но не подтвердил", "…, dementierte aber": a second verb of the same party)
_CONJUNCTION = factored(
    r"(?:(?:^|\s)(?:and|but|und|aber|et|mais|y|pero|и|а|но|і|та|але|و)(?:\s+(?:не|nicht|no|n['’](?:a|ont)\s+pas))?|,)\s*$",
    re.I,
)
# A relative that takes up what the clause before claimed: "ce que", "algo que", "lo que", "what", "что".
_WHAT = factored(r"(?:ce que|ce qu['’]|algo que|lo que|cosa que|что|що|чего|чого)\s*", re.I)
_TO_SAY = factored(r"\b(?:to|would|could|can|cannot|will|may|might|should|must|do|does|did)\s+(?:not\s+)?$", re.I)
# A party that is nobody: someone of whom a verb of saying is said in general ("jemand, der sagt, was er denkt"), or an
# idiom after "according to" ("selon toute vraisemblance", "según todos los indicios").
_NO_ONE = factored(
    r"(?:someone|somebody|anyone|jemand|quelqu['’]un|alguien|кто-то|хтось)\W+(?:who|der|die|qui|que|который|котрий|"
    r"який)?\s*$",
    re.IGNORECASE,
)
_IDIOM = factored(
    r"(?:all likelihood|toute vraisemblance|toute probabilité|todos los indicios|todo parece|allem Anschein)", re.I
)
# How far before the relaying party an outlet's own clause may end and still be its ("«Наші гроші. Рівнодольськ»").
_NEAR = 4


def _latest_in(found: list[Attribution], s: Sentence) -> Attribution | None:
    """The last clause read in sentence `s`: `found` is in the sentences' order, so it can only be the last one (a
    search back through every clause read would make a long article's reading quadratic)."""
    return found[-1] if found and found[-1].sentence == (s.start, s.end) else None


# The most reporting cues read in one sentence. Each cue reads its sentence up to it, so that a sentence of thousands
# ("said said said ...", hostile) cost their square; the corpus's 59,000 sentences have at most four.
_MOST_CUES = 16


def find_attributions(
    text: str, sentences: list[Sentence], lang: str, declined: list[Range] | None = None
) -> list[Attribution]:
    """Every reporting clause of the article, one per source and sentence, in order; `declined`, when given, receives
    the parties of the clauses that credit no claim ("La préfecture n'a pas confirmé …": an actor all the same)."""
    cues = compiled(lang)
    found: list[Attribution] = []
    last_source: Range | None = None
    back: set[int] = set()  # (clauses that credit the sentence before theirs: "Das teilte die Stadt mit.")
    for s in sentences:
        if s.headline:
            continue
        pointer = pointer_end(text, s, lang)
        matches = sorted(
            ((m.start(), m.end(), cue) for pattern, cue in cues for m in pattern.finditer(text, s.start, s.end)),
            key=lambda x: (x[0], -x[1]),
        )
        relay: tuple[Range, Range] | None = None  # (speaker, relayed party)
        relayed_at = -1  # (where the relay's own cue ends)
        unsaid: Range | None = None  # (the party of a negated confirmation: "X no ha confirmado … y dice que …")
        seen: set[str] = set()
        taken_to = -1
        clause = s
        quoted: ClaimStatus | None = None
        read = 0
        for start, end, cue in matches:
            if start < taken_to:
                continue
            read += 1
            if read > _MOST_CUES:
                break
            taken_to = end
            at = (start, end)
            if inside_quote(text, s.start, start) and not interrupts(text, s, at, cue):
                # A cue inside quoted speech is the speaker's word ("We have confirmed ...", said the NIS).
                if cue.status in (ClaimStatus.CONFIRMED, ClaimStatus.DENIED) and not negated(text, s, at, lang):
                    quoted = cue.status
                continue
            if cue.status == ClaimStatus.REPORTED and re.fullmatch(r"(?i)reportedly|allegedly", text[start:end]):
                continue
            # "too early to say", "would not say": an infinitive or a modal's verb of saying reports nothing said.
            if lang == "en" and _TO_SAY.search(text, max(s.start, start - 12), start):
                continue
            # "一位不愿透露姓名的官员说": who would not give a name describes the party of the cue after it.
            if lang == "zh" and text.startswith(("姓名", "身份", "名字"), end):
                continue
            # "se aclaró", "se dice": a reflexive verb of saying has no party.
            if lang == "es" and re.search(r"(?<!\w)se\s+$", text[max(s.start, start - 4) : start], re.I):
                continue
            # "Residents were told to keep their windows shut": a passive cue's subject is told, it does not speak.
            backward = lang in SPACED and points_back(text, s, at, pointer, lang)
            if lang in SPACED and not backward and _PASSIVE.search(text, max(s.start, start - 12), start):
                continue
            previous = _latest_in(found, s)
            joined = _CONJUNCTION.search(text, previous.cue[1], start) if previous is not None else None
            if joined is not None and joined.group(0).strip() == ",":  # (a comma only before "dementierte aber")
                joined = joined if re.match(r"\s+(?:aber|jedoch|allerdings)\b", text[end : s.end]) else None
            if previous is not None and joined is not None and lang in SPACED:
                # "X said A and denied B": the same party says each part with its own verb (with no part of its own,
                # a denial or a confirmation is the stronger status).
                status = status_of(cue, negated(text, s, at, lang), lang)
                parts = conjoined(text, (previous.cue, previous.claim), joined.start(), at, s.end)
                if parts is not None and previous is found[-1]:
                    found[-1] = replace(previous, claim=parts[0])  # (a negated confirmation credits nothing)
                    found += [replace(previous, cue=at, status=status, claim=parts[1], via=None)] if status else []
                elif cue.status in (ClaimStatus.DENIED, ClaimStatus.CONFIRMED) and not negated(text, s, at, lang):
                    found[-1] = replace(previous, status=cue.status)
                clause = Sentence(end, s.end)
                continue
            if lang in SPACED:
                source = spaced_source(text, clause, cue, at, lang)
                if backward and misread(text, source, pointer, at):
                    source = party_back(text, sentences, s, clause, (cue, at), pointer, lang)
            elif lang == "ko":
                source = korean_source(text, clause, cue, at)
            else:
                source = cjk_source(text, clause, cue, at, lang)
            if (
                source is None
                and unsaid is not None
                and re.search(r"(?:^|\s)(?:and|und|et|y|и|і|та)\s", text[clause.start : start])
            ):
                source = unsaid  # ("Le département n'a pas confirmé … et indique …": the same party's second verb)
            # A second cue in the sentence reads its source from after the first: "X claimed …, but Y denied".
            clause = Sentence(end, s.end)
            # "Añadió que…", "Добавил, что…": a verb that opens its sentence has the last speaker for subject.
            opens = lang in _VERB_FIRST and verb_first(text, s.start, start)
            source = None if source is not None and ALSO.fullmatch(text, *source) else source  # ("Також", no party)
            # ("وأضاف أن …": an Arabic verb whose subject is dropped speaks for the party last named)
            follows = cue.side == "before" or (lang == "ar" and _latest_in(found, s) is None)
            after_quote = lang == "es" and re.search(r"[»”\"],?\s*$", text[s.start : start]) is not None
            if source is None and (lang in _PRO_DROP or opens or after_quote) and not cue.relay and follows:
                # Japanese, Chinese and Korean leave out a subject the sentence before named:
                # "…と述べ、流出を否定した", "同社は…。…については「事実ではない」と否定した".
                latest = _latest_in(found, s)
                # ("地元紙の潮風新報は、町関係者の話として、…と報じた": the outlet relaying, when one is)
                source = latest.source if latest is not None else relay[0] if relay is not None else last_source
                # ("«…», dice.": the person the sentence before names, when named after the last party)
                named = person_before(text, sentences, s) if after_quote else None
                source = named if named and (source is None or named[0] >= source[1]) else source
            latest = _latest_in(found, s)
            if source is None and lang == "ar" and latest is not None and not cue.relay:
                # "ونفت الشركة توقف الضخ، وقالت في بيان إن …": a second verb, its subject the first one's; each says its
                # own part.
                found[-1] = replace(latest, claim=trim(text, latest.claim[0], min(latest.claim[1], start)))
                status = status_of(cue, negated(text, s, at, lang), lang)
                said = claim_after(text, end, s.end)
                if status is not None and said[1] > said[0]:
                    found.append(replace(latest, cue=at, status=status, claim=said, via=None))
                continue
            if lang == "fr" and (pronoun := french_pronoun(text, at, s.end)) is not None:
                source = pronoun  # ("a-t-elle dit", "précise-t-il": the pronoun inverted with the verb)
            if source is None:
                continue
            word = text[source[0] : source[1]]
            # (what was said is read around the party's words in this sentence, even when they stand for another)
            spoken = source
            if PRONOUN_AND_CHANNEL.match(word) or (
                len(word.split()) == 2 and PRONOUNS.match(word.split()[0]) and lang in ("ru", "uk", "be")
            ):
                # ("він у Facebook", "объяснил он покупателям": the pronoun, then a channel or whom it was told)
                source = (source[0], source[0] + len(word.split()[0]))
                word = word.split()[0]
            if _NO_PARTY.match(word):
                # "Mais le ministre a affirmé …": the words between the conjunction and the verb; "Chimalp reconnaît
                # « … » mais conteste …": the name that opens the sentence, if one does.
                between = trim(text, source[1], start)
                subject = _SUBJECT_AFTER.fullmatch(text, *between) if between[1] > between[0] else None
                opener = _OPENING_NAME.match(text, s.start, source[0])
                if subject is not None:
                    source = subject.span(1)
                elif unsaid is not None:
                    source = unsaid
                elif opener is None or lang not in SPACED or _ARTICLE.fullmatch(opener.group(1)):
                    continue
                else:
                    source = opener.span(1)
                word = text[source[0] : source[1]]
            that_which = _WHAT.match(text, source[0], source[1])
            if that_which and (latest := _latest_in(found, s)) is not None:
                # "…, ce que le Premier ministre a démenti", "…, algo que su abogado niega": the party after the
                # relative says its word on what the clause before claimed.
                source = trim(text, that_which.end(), source[1])
                status = status_of(cue, negated(text, s, at, lang, cue.status in STATUS_WORDS), lang)
                if status is not None and source[1] > source[0]:
                    found[-1] = replace(
                        latest, claim=trim(text, latest.claim[0], min(latest.claim[1], that_which.start()))
                    )
                    found.append(replace(found[-1], cue=at, status=status, source=source, via=None))
                continue
            if _NO_ONE.search(text[max(s.start, source[0] - 12) : source[1]]) or _IDIOM.match(text, *source):
                continue  # ("quelqu'un qui dit ce qu'il pense", "Selon toute vraisemblance": nobody in particular)
            if PRONOUNS.match(word) or SAME_SOURCE.match(word):
                # ("he" or "she" stands for the person the sentence before names, when named after the last party
                # credited; "il", "elle": a party that names no one, "dernières analyses du laboratoire", is no person)
                anyone = last_source is not None and (
                    not PERSONAL.match(word) or any(ch.isupper() for ch in text[last_source[0] : last_source[1]])
                )
                named = person_before(text, sentences, s) if PERSONAL.match(word) else None
                later = named is not None and (last_source is None or named[0] >= last_source[1])
                chosen = named if later or not anyone else last_source
                # ("За її словами": whose words, read only when the sentence before names her, as the checks read it)
                # (the sentences are looked through for the one before only for such a word, not for every "he said")
                whose = re.fullmatch(r"(?i)його|її|їх|его|её|ее|их", word)
                before = (
                    max((p for p in sentences if p.end <= s.start), key=lambda p: p.start, default=None)
                    if whose
                    else None
                )
                far = whose and (before is None or chosen is None or chosen[0] < before.start)
                if chosen is None or far:
                    continue
                source = chosen
            if cue.relay:
                # ("со ссылкой на жителей сообщил, что …": the party cited ends where the relaying verb begins)
                verb = next((lo for lo, _, later in matches if source[0] < lo < source[1] and not later.relay), None)
                source = trim(text, source[0], verb) if verb is not None else source
                speaker = relay_speaker(text, s, at, lang)
                told = _latest_in(found, s)
                if speaker is None and told is not None and told.via is None and told.claim[0] < start < told.claim[1]:
                    # ("The Courier reported that …, citing shipping agents": the outlet's claim runs up to the relay)
                    cut = trim(text, told.claim[0], start)
                    found[-1] = replace(told, source=source, via=told.source, status=ClaimStatus.REPORTED, claim=cut)
                    continue
                if speaker is not None:
                    relay, relayed_at = (speaker, source), end
                continue
            via = None
            if relay is not None and (relay[0] == source or _inside(source, s, relay)):
                via, source = relay[0], relay[1]
            elif relay is not None and cue.status == ClaimStatus.REPORTED:
                via, source = relay
            key = text[source[0] : source[1]].lower()
            if key in seen:
                # The same party again in the sentence: a denial or a confirmation is the stronger status.
                index = next(i for i in range(len(found) - 1, -1, -1) if text[slice(*found[i].source)].lower() == key)
                status = status_of(cue, negated(text, s, at, lang, cue.status in STATUS_WORDS), lang)
                if status in (ClaimStatus.DENIED, ClaimStatus.CONFIRMED) and found[index].sentence == (s.start, s.end):
                    found[index] = replace(found[index], status=status)
                elif lang == "zh" and status and text[start - 1] == "，" and found[index] is found[-1]:
                    # "省生态环境厅否认评估程序存在问题，称调查“完全符合规定”": denies one thing, says another
                    found[-1] = replace(found[-1], claim=trim(text, found[-1].claim[0], start))
                    found.append(replace(found[-1], cue=at, status=status, claim=claim_after(text, end, s.end)))
                continue
            seen.add(key)
            status = status_of(cue, negated(text, s, at, lang, cue.status in STATUS_WORDS), lang)
            if status is None:
                unsaid = source
                seen.discard(key)
                if declined is not None:
                    declined.append(source)
                continue
            if quoted is not None and status == ClaimStatus.CLAIMED:
                status = quoted
            if via is not None or (status == ClaimStatus.CLAIMED and kind_of(text[source[0] : source[1]]) ==
                                   ActorKind.MEDIA_OUTLET):  # fmt: skip
                status = ClaimStatus.REPORTED
            taken_to = max(taken_to, source[1])
            back |= {len(found)} if backward else set()
            found.append(
                Attribution(
                    sentence=(s.start, s.end),
                    cue=at,
                    status=status,
                    source=source,
                    # (a relayed party's claim leaves out the outlet that relays it: "Местный портал «…» со
                    # ссылкой на жителей сообщил, что …")
                    claim=past_relay(
                        text,
                        claim_range(text, s, (min(spoken[0], via[0]), spoken[1]) if via else spoken, at),
                        relayed_at if via else -1,
                    ),
                    via=via,
                    channel=channel_in(text, s),
                )
            )
            last_source = source
        last = _latest_in(found, s)
        # "…, the agency said, adding that …": the participle says more for the clause's own party.
        found += [
            replace(last, cue=participle, status=ClaimStatus.CLAIMED, claim=said, via=None)
            for participle, said in (participles(text, s, last.cue[1]) if last is not None else [])
            if last is not None
        ]
        if relay is not None and not any(a.via == relay[0] for a in found if a.sentence == (s.start, s.end)):
            speaker, party = relay
            # "…, The Harbour Ledger reported, citing two people familiar with the talks": the relay follows the
            # outlet's own cue; the claim is the people's, relayed by the outlet.
            # (the outlet's own clause: a source inside the relaying party, or one that ends where it is named:
            # "According to the Lissen Herald, which cited …", "видання «Наші гроші. Рівнодольськ» з посиланням на …")
            own = next(
                (
                    i
                    for i, a in enumerate(found)
                    if a.sentence == (s.start, s.end)
                    and (
                        (speaker[0] <= a.source[0] and a.source[1] <= speaker[1])
                        or (a.source[0] < speaker[1] and 0 <= speaker[0] - a.source[1] < _NEAR)
                        or (a.source[0] <= speaker[0] < a.source[1])
                    )
                ),
                None,
            )
            if own is not None:
                named = found[own].source
                # (the outlet as its clause names it, run on only into a name cut at a stop: "«Наші гроші.
                # Рівнодольськ»", "«Заречинск.Онлайн»")
                gap = text[named[1] : speaker[1]]
                run_on = speaker[0] < named[1] < speaker[1] or re.match(r"[.\s]*[A-ZÀ-ÞА-ЯІЇЄҐ«]", gap)
                via = (named[0], speaker[1]) if named[1] < speaker[1] and run_on else named
                found[own] = replace(
                    found[own],
                    source=party,
                    via=via,
                    status=ClaimStatus.REPORTED,
                    claim=relayed_claim(
                        text, s, (found[own].source, found[own].cue, found[own].claim), party, speaker, lang
                    ),
                )
                continue
            found.append(
                Attribution(
                    sentence=(s.start, s.end),
                    cue=speaker,
                    status=ClaimStatus.REPORTED,
                    source=party,
                    claim=claim_range(text, s, party, speaker),
                    via=speaker,
                    channel=channel_in(text, s),
                )
            )
    return continued(text, sentences, credit_back(text, sentences, found, back), lang)


def _inside(source: Range, s: Sentence, relay: tuple[Range, Range]) -> bool:
    return relay[1][0] <= source[0] < relay[1][1]
