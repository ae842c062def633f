"""Who speaks: the party of a reporting clause, read on the side each language puts it.

In spaced scripts the subject before the cue ("the ministry said") or the party after it (", said the minister",
"according to X", "قال X"), told apart by inversion and by what looks like a party; in Korean the topic or the
subject right before the verb; in Chinese and Japanese the phrase before the cue, or the sentence's topic.
"""

from __future__ import annotations

import re

from ..patterns import factored
from .cues import SPACED, Cue, compiled
from .inversion import (
    ASIDE,
    claim_before,
    common_party,
    coordinated,
    named_apposition,
    opening_name,
    relative_clause,
)
from .sources_cjk import ZH_TIME, japanese_topic, korean_relay_speaker
from .text import Sentence, trim, without_determiner

Range = tuple[int, int]

_BOUNDARY = factored(r"[,;:،؛\"“”«»„\[\]—–]|(?<=\s)-(?=\s)|\((?![^()]*\)\s*$)")

_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|gestern|heute|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy)"
)
# Words that stand between a subject and its verb ("the ministry has since said", "X on Monday said").
_TRAILING = factored(
    r"(?:\s+(?:has|have|had|was|were|is|are|also|later|then|previously|earlier|again|further|separately|recently|"
    r"reportedly|allegedly|publicly|officially|today|yesterday|not|never|yet|(?-i:no|не)|"
    r"since|now|first|hat|haben|habe|auch|später|zudem|a|ont|aussi|también|ha|han|также|тоже|уже|также|"
    rf"також|вже|ще|(?:on|am|в|у|во)\s+\w+|(?-i:le|el)\s+(?:\d+|{_DAYS})|(?:in|on)\s+a\s+\w+(?:\s+\w+)?|"
    r"(?:in|auf|bei|mit)\s+(?:einer|einem|seiner|ihrer)\s+\w+|"  # ("wie die Firma in einer Mitteilung bekanntgab")
    # (a pronoun of whom it was said to: "me contó", "nous a dit", "lui a confié")
    r"(?-i:me|te|nos|les|se|nous|vous|lui|leur)))+\s*$",
    re.I,
)

_LEADING = factored(
    r"(?:(?:and|but|while|as|und|aber|wie|et|mais|comme|y|pero|como|и|а|но|как|і|та|але|як|و|where|wo|où|donde|"
    rf"где|де)\s+|(?:on\s+|am\s+|le\s+|el\s+|este\s+|esta\s+|ce\s+|el pasado\s+)?{_DAYS}\s*,?\s+)+",
    re.I,
)

_CLAUSE_WORD = factored(
    r"^(?:who|which|that|whose|der|die|das|welche|qui|que|quien|который|которая|которые|який|яка|які)\b", re.I
)


_AFTER_STOP = factored(
    r"\s(?:that|on|in|at|to|after|when|as|dass|am|im|vor|nach|gegenüber|que|ante|что|перед|що|إن|أن|بأن|إنه|أنه|في|إلى|"
    r"خلال|يوم)(?=\s)|[.!?]|\d"
    # a relay's own cue: "издание «Наука Сибири» со ссылкой на …"
    r"|\s(?:со ссылкой|(?:з|із|зі) посиланням|citing|citant|citando|unter Berufung|نقلا عن|نقلاً عن)(?!\w)",
    re.I,
)


_VERB_THEN_SUBJECT = factored(
    rf"(?:[a-záéíóúñ]+(?:ó|aron|ieron)\s+)?(?:(?:este|esta|el pasado|el)\s+)?{_DAYS}\s+|[a-záéíóúñ]+(?:ó|aron|ieron)\s+"
)
_AFTER_BOUNDARY = factored(r"[,;:،؛()\[\]—–]|(?<=\s)-(?=\s)")


# In German every noun is capitalised: after "laut der Landesbahn" the first lower-case word is the verb.
_GERMAN_VERB = factored(
    r"(?<=[\wäöüß])(?<!\bein)(?<!\beine)(?<!\beiner)(?<!\beines)(?<!\beinem)(?<!\beinen)(?<!\bder)(?<!\bdie)(?<!\bdas)"
    r"(?<!\bdem)(?<!\bden)(?<!\bdes)\s+(?!(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|sein|seine|"
    r"seiner|seines|ihr|ihre|ihrer|ihres|von|für|und|am|im|zum|zur|er|sie)\b)(?=[a-zäöüß])"
)


# "Об аварии сообщил губернатор": what the report is about stands first, the speaker after the verb.
_COPULA_OBJECT = factored(r"^(?:(?:об|о|про)\s+\S+|dies|das|esto|eso|cela|ceci|this|that)$", re.I)


def _chunk_before(text: str, lo: int, hi: int) -> Range | None:
    """The subject just before a cue: back to a clause boundary, past auxiliaries, at most eight words."""
    body = text[lo:hi].rstrip().rstrip(',;:—–-"”»').rstrip()
    stripped = _TRAILING.sub("", body)
    end = lo + len(stripped)
    cut = lo
    for m in _BOUNDARY.finditer(text, lo, end):
        cut = m.end()
    start, end = trim(text, cut, end)
    if start >= end:
        return None
    # "Union leader Dele Akinwande, 47, told": an age between commas; the subject is before it.
    if re.fullmatch(r"\(?\d{1,3}\)?(?:\s+(?:ans|años|Jahre|лет|років|years?(?: old)?))?", text[start:end]) and cut > lo:
        return _chunk_before(text, lo, cut - 1)
    lead = _LEADING.match(text, start, end)
    if lead:
        start = lead.end()
    # (the relative pronoun is looked for before a determiner is dropped: German "die" is both)
    if cut > lo and relative_clause(text[start:end]):
        # "X, who heads Y, said", "Anneliese Voß, die seit sechzig Jahren dort einkauft, behauptet": the subject is
        # the chunk before the relative clause.
        return _chunk_before(text, lo, cut - 1) if cut - 1 > lo else None
    # ("… y recordó que el alcalde prometió …": the subject after the complementiser of the clause before)
    that = re.match(r"(?:que|that|dass|что|що)\s+(?=\S)", text[start:end], re.I) if cut == lo else None
    start = without_determiner(text, start + that.end() if that else start, end)
    if cut > lo and _CLAUSE_WORD.match(text[start:end]):
        # "X, who heads Y, said": the subject is the chunk before the relative clause.
        return _chunk_before(text, lo, cut - 1) if cut - 1 > lo else None
    if len(text[start:end].split()) > 8:
        return None
    # "a figure the port authority has not confirmed": a noun with a reduced relative clause; the party is the
    # clause's subject.
    inner = re.match(r"(?:a|an|the)\s+[a-z][\w'-]*\s+(?=(?:the|a|an)\s)", text[start:end])
    if inner:
        start += inner.end()
    return start, end


_SLAVIC_TIME = factored(
    r"(?:(?:в|у|во)\s+(?:ночь|ніч)\s+на\s+(?:\d{1,2}\s+)?\w+|(?:в|у|во)\s+(?:понедельник|вторник|среду|четверг|"
    r"пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п[’']ятницю|суботу|неділю)|\d{1,2}\s+[а-яіїєґ]+я)"
    r"(?:\s+(?:утром|днём|днем|вечером|ночью|вранці|вдень|увечері|ввечері|вночі))?\s+",
    re.I,
)


def _chunk_after(text: str, lo: int, hi: int, lang: str = "") -> Range | None:
    """The party just after a cue ("according to X", ", said X"): up to a boundary, at most eight words."""
    start = lo
    while start < hi and text[start] in " \u00a0ـل":
        start += 1
    # "وفقا لما أفادت به X": what X reported.
    what = re.match(r"ما\s+(?:أفادت|أفاد|ذكرت|ذكره|ذكرته|نقلت|نقلته|قالت|قاله)(?:\s+به)?\s+", text[start:hi])
    if what:
        start += what.end()
        lo = start
    # "informó este domingo el Centro …": a time between the verb and its party is passed over.
    # ("informó Domingo Cavallo", "said Sunday Times editor …": a name, not a day)
    lead = _LEADING.match(text, start, hi)
    if lead and not (text[start].isupper() and re.match(r"[A-ZÀ-Þ]", text[lead.end() : lead.end() + 1])):
        start = lead.end()
        lo = start
    # "explicó a los periodistas un portavoz", "told reporters": whom it was said to is no party.
    told = re.match(
        r"(?i)(?:a\s+(?:los\s+)?periodistas|a\s+la\s+prensa|to\s+reporters|aux\s+journalistes|à\s+la\s+presse|"
        r"журналистам|журналістам)\s*,?\s+",
        text[start:hi],
    )
    if told:
        start += told.end()
        lo = start
    # "Как сообщил ранее министр", "as reported earlier": an adverb of time is no party.
    earlier = re.match(r"(?i)(?:ранее|раніше|earlier|previously|précédemment|anteriormente)\b\s*,?\s*", text[start:hi])
    if earlier:
        start += earlier.end()
        lo = start
    # "сообщило в ночь на 30 ноября ГУ МЧС": a time after the verb is passed over.
    if lang in ("ru", "uk", "be"):
        when = _SLAVIC_TIME.match(text, start, hi)
        if when:
            start = lo = when.end()
    # "сообщили в ГУ МЧС", "повідомили у штабі": the body the plural verb speaks for.
    if lang in ("ru", "uk", "be"):
        where = re.match(r"(?:в|у|во)\s+", text[start:hi])
        if where:
            start += where.end()
            lo = start
    # "وقالت في بيان": the verb's subject is not written; a channel follows.
    if lang == "ar" and re.match(r"(?:في|ل|لـ|على|عبر|إن|أن|بأن|إلى)\s", text[start:hi]):
        return None
    # "según informó X", "as reported by X": a second reporting verb before the party is skipped.
    for pattern, _cue in compiled(lang or "en"):
        verb = pattern.match(text, start, hi)
        if verb:
            start = verb.end()
            while start < hi and text[start] in " \u00a0":
                start += 1
            lo = start
            break
    stop = hi
    for pattern in (_AFTER_BOUNDARY, _AFTER_STOP, *((_GERMAN_VERB,) if lang == "de" else ())):
        m = pattern.search(text, lo, stop)
        if m:
            stop = min(stop, m.start())
    start, end = trim(text, start, stop)
    if start >= end or len(text[start:end].split()) > 8:
        return None
    return without_determiner(text, start, end), end


def party_after(text: str, at: Range, end: int, lang: str) -> Range | None:
    """The words right after a verb that puts its party there whatever the party looks like ("Así lo informó el
    ayuntamiento", "C'est ce qu'a annoncé la préfecture"), up to a boundary; none when they open with a preposition."""
    # ("la federación de atletismo en una rueda de prensa": where it was said is no part of the party)
    where = re.search(r"\s(?:en|dans)\s", text[at[1] : end])
    after = _chunk_after(text, at[1], at[1] + where.start() if where else end, lang)
    if after is None or _PREPOSITION.match(text, after[0]):
        return None
    when = _TIME_AFTER.search(text, max(at[1], after[0] - 1), after[1])  # ("el ayuntamiento este lunes": no day)
    return None if when and when.start() < after[0] else (after[0], when.start()) if when else after


_TIME_AFTER = factored(
    rf"(?i)\s+(?:(?:este|esta|el|ce|cette|le|this|last)\s+)?(?:{_DAYS}|aujourd['’]hui|mañana|matin|soir|semaine|semana|"
    r"week)$"
)


def _looks_like_party(text: str, lang: str) -> bool:
    """A capitalised word, a quoted name or a title: something that can speak ("son directeur", "its spokesman")."""
    if _OWN_TITLE.match(text):
        return True
    if lang == "de":
        # Every German noun is capitalised: a party starts with an article or a capital, not "diese Zahl".
        return re.match(r"(?:der|die|das|den|dem|des)\s|[A-ZÄÖÜ]|(?:er|sie)$", text) is not None  # ("…“, sagte er")
    return bool(re.search(r"(?<!\w)[A-ZÀ-ÞА-ЯІЇЄҐ]|[«“\"]", text)) or bool(re.search(r"[\u0600-\u06ff]", text))


def spaced_source(text: str, s: Sentence, cue: Cue, at: Range, lang: str) -> Range | None:
    after_particle = _SEPARABLE if lang == "de" else None
    inverted_clause = re.search(r"[,”\"»]\s*$", text[s.start : at[0]]) is not None
    if lang in ("ru", "uk", "be") and re.search(r"(?:ли|ло)$", text[at[0] : at[1]]) and not inverted_clause:
        # "У компанії ТОВ «Полісся-Транс» цю інформацію спростували": a plural or neuter verb with no subject
        # speaks for the body named after "в"/"у" at the clause's start.
        body = re.match(
            r"\s*(?:(?:При этом|Также|Кроме того|Однако|Вместе с тем|Между тем|Тем временем|Впрочем|При цьому|Також|"
            r"Крім того|Однак|Проте|Водночас|Тим часом|Натомість|Утім),?\s+)?"
            r"(?:[А-ЯІЇЄҐ]?[вуВУ]|[Вв]о)\s+(.{2,60}?)(?=\s+(?:цю|ці|це|цей|эту|эти|это|этот|такі|такие|[а-яіїєґ]+ли\b)|,|$)",
            text[s.start : at[0]],
        )
        if body:
            lo, hi = trim(text, s.start + body.start(1), s.start + body.end(1))
            # "компанії ТОВ «Аква-Сервіс»": the name itself, from its first capital or quote.
            named = re.search(r"(?<!\w)[А-ЯІЇЄҐA-Z«„\"]", text[lo:hi])
            return (lo + named.start(), hi) if named else (lo, hi)
    if lang == "ar" and cue.side == "after":
        # "لكن وزارة الموارد المائية نفت": the subject may also stand before the verb.
        subject = re.search(
            r"(?:^|\s)(?:(?:و|ف)?لكن\s+|غير\s+أن\s+|إلا\s+أن\s+|و)?((?:ال)?(?:وزارة|هيئة|شركة|جماعة|الجيش|قوات|الشرطة|مديرية|وكالة|نقابة|"
            r"بلدية|محافظ|وزير|المتحدث|مدير|رئيس)\S*(?:\s+\S+){0,4})\s*$",
            text[s.start : at[0]],
        )
        if subject:
            return trim(text, s.start + subject.start(1), s.start + subject.end(1))
    if cue.side == "after":
        after = _chunk_after(text, at[1], s.end, lang)
        # ("según aprobó este lunes su consejo de administración": the verb's subject after it)
        verb = _VERB_THEN_SUBJECT.match(text, *after) if after and lang == "es" else None
        after = trim(text, verb.end(), after[1]) if verb and after and verb.end() < after[1] else after
        # "وقال مدير الميناء، يوسف البناء، …": a title, then the name between commas.
        named = _APPOSITIVE.match(text, after[1], s.end) if after is not None and lang == "ar" else None
        if named:
            return trim(text, named.start(1), named.end(1))
        return after
    # "The company, however, said …", "The ministry, in a statement, said …": an aside between the subject and its
    # verb, not an inversion.
    aside = ASIDE.fullmatch(text, s.start, at[0])
    if aside is not None:
        return without_determiner(text, *trim(text, *aside.span(1))), trim(text, *aside.span(1))[1]
    before = _chunk_before(text, s.start, at[0])
    # "Das Gericht hat die Sperrzeit bestätigt": a German participle closing its clause has its subject before the
    # auxiliary.
    own = max((m.end() for m in re.finditer(r"[,;:]", text[s.start : at[0]])), default=0) + s.start
    auxiliary = _GERMAN_AUXILIARY.search(text, own, at[0]) if lang == "de" else None
    if auxiliary and re.match(r"\s*(?:[.,;!?]|$)", text[at[1] : s.end]):
        before = _chunk_before(text, s.start, auxiliary.start()) or before
    # (", said the union", "», — сказал местный житель": the claim, a comma or a quote, and a dash at most)
    inverted = re.search(r"[,”\"»“](?:\s*[—–])?\s*$", text[s.start : at[0]]) is not None
    if inverted and before is not None and named_apposition(text, before, s.start):
        return before  # ("…, el líder de la oposición, Marcos Quintanilla, acusó al Gobierno …": a title, a name)
    # A quotation just before the cue ("…viable", sostuvo X; « … », a déclaré X) is what was said, never who.
    speech = re.search(r"[“\"«„]([^“”\"«»„]+)[”\"»“]\s*,?\s*$", text[s.start : at[0]])
    # (a quoted name, «Восток-Инвест», is a party; a quoted sentence is speech)
    quoted = speech is not None and len(speech.group(1).split()) >= 4
    if quoted:
        before = None
    # "Su vocera, Daniela Orozco, escribió en X que…": a comma that closes an apposition, not an inversion, when
    # what follows the cue is what was said or where.
    if inverted and before is not None and _SAID_NEXT.match(text, at[1], s.end):
        inverted = False
    if before is not None and _COPULA_OBJECT.match(text[before[0] : before[1]]):
        before, inverted = None, True
    # "Auf seinem Telegram-Kanal schrieb der Gouverneur …": a German clause opened by a phrase, not its subject, has
    # its subject after the verb.
    if lang == "de" and before is not None and _GERMAN_PHRASE.match(text, before[0], before[1]):
        before, inverted = None, True
    # "Как уточнила представитель … Марина Кузнецова, …": the party follows the verb.
    as_clause = before is not None and re.fullmatch(r"(?i)как|як|wie|comme|como|as", text[before[0] : before[1]])
    if as_clause:
        before, inverted = None, True
    if inverted or before is None:
        after = _chunk_after(text, at[1], s.end, lang)
        if after is not None and after_particle is not None:
            m = after_particle.search(text, after[0], after[1])
            after = (after[0], m.start()) if m else after
        # "…, повідомили в міському штабі": a body named after "в"/"у" speaks whatever its case.
        located = lang in ("ru", "uk", "be") and re.match(r"\s*(?:в|у|во)\s", text[at[1] : at[1] + 5]) is not None
        if after is not None and not located and _PREPOSITION.match(text, after[0]):
            after = None  # "en X", "on Telegram": a channel or a place, not a party
        if after is not None and _TITLED.search(text[after[0] : after[1]]):
            # ", sostuvo el secretario de Movilidad, Arturo Villaseñor": the title, then the name.
            named = _NAME_AFTER_TITLE.match(text, after[1], s.end)
            if named:
                return trim(text, named.start(1), named.end(1))
        if (
            after is not None
            and after[1] > after[0]
            and (
                located
                or as_clause
                or _looks_like_party(text[after[0] : after[1]], lang)
                or (inverted and _TITLED.search(text[after[0] : after[1]]) is not None)
                or (
                    # (after a comma, a dash or quoted speech: a quoted name, «Коммерсант», is no claim)
                    (quoted or re.search(r"[,—–]\s*$", text[s.start : at[0]]) is not None)
                    and claim_before(text, before, at[0])
                    and common_party(text, at[1], after, s.end, lang, cue)
                )
            )
        ):
            return after
    if before is not None and (lead := opening_name(text, s.start, before, inverted, at[0])) is not None:
        return lead  # ("Елена Гаврилова, заместитель главы администрации, пообещала поставить …": the name opening it)
    return coordinated(text, before, lang) if before is not None else None


# A possessive and a title: "son directeur", "sa porte-parole", "su portavoz", "its spokesman", "ihr Sprecher".
_OWN_TITLE = factored(
    r"(?:son|sa|leur|su|sus|its|his|her|their|ihr|ihre|sein|seine|его|её|их|його|її)\s+(?:\w+\s+)?"
    r"(?:directeur|directrice|porte-parole|président|présidente|avocat|avocate|maire|patron|portavoz|director|"
    r"directora|abogad[oa]|president[ea]?|alcalde(?:sa)?|spokes\w+|lawyer|director|chief|president|chairman|"
    r"Sprecher\w*|Anwalt|Anwältin|Chef\w*|Leiter\w*|директор\w*|адвокат\w*|представител\w*|речни\w*)$",
    re.IGNORECASE,
)
_SAID_NEXT = factored(r"\s*(?:that|que|qu'|qu’|dass|что|що|en|on|in|auf|sur|à)\b", re.IGNORECASE)
_PREPOSITION = factored(r"(?:en|on|in|auf|sur|à|au|dans|im|bei|a través de)\s", re.IGNORECASE)
_TITLED = factored(
    r"\b(?:secretari[oa]|ministr[oa]?|minister|ministre|director[a]?|directeur|directrice|president[ea]?|présidente?|"
    r"portavoz|porte-parole|spokes\w+|alcalde(?:sa)?|maire|mayor|governor|gobernador[a]?|gouverneur|jef[ea]|"
    r"chef|head|chief|leader|l[ií]der|Sprecher\w*|Bürgermeister\w*|Minister\w*|Präsident\w*|Leiter\w*|"
    r"министр\w*|глава|директор\w*|мэр\w*|міністр\w*|голова|речни\w*|préfet|préfète|procureure?|juge|commissaire|"
    r"sénat(?:eur|rice)|député(?:e)?|prefect[oa]|fiscal|juez[a]?|senador[a]?|diputad[oa]|commissioner|"
    r"superintendent|inspector|prosecutor|judge|senator|Staatsanwält\w*|Richter\w*|Landrat|Landrätin|прокурор\w*|"
    r"судд\w*|суд\w*|руководител\w*|начальник\w*|заместител\w*|керівни\w*|начальни\w*)\b",
    re.IGNORECASE,
)
_NAME_AFTER_TITLE = factored(r"\s*,\s*((?:[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]+\s?){1,4})(?=\s*(?:,|\.|$))")
_APPOSITIVE = factored(
    r"\s*،\s*(?:(?:العقيد|اللواء|العميد|الدكتور|د\.|المهندس|الشيخ|السيد|السيدة)\s+)?"
    # (not a channel or a time between commas: "، في بيان،")
    r"(?!(?:في|عبر|على|خلال|يوم|اليوم|أمس)\s)([^،]{3,40}?)\s*،"
)


_GERMAN_PHRASE = factored(r"(?:Auf|In|Im|Am|Bei|Beim|Nach|Gegenüber|Vor|Mit|Während|Zum|Zur|Laut)\s")
_GERMAN_AUXILIARY = factored(r"\s(?:hat|haben|hatte|hatten)\s(?!.*\s(?:hat|haben|hatte|hatten)\s)")
# A German separable verb's particle closes the clause: "teilte die Feuerwehr mit".
_SEPARABLE = factored(r"\s+(?:mit|an|zurück|ab|hin|fest|bekannt|zu)$")


# An outlet's verb, at the end of what relays ("The Harbour Ledger reported, citing …") or before what it reports ("Le
# Monde rapporte que …, citant …"): what stands before it is the outlet.
_OUTLET_VERB = (
    r"\s+(?:has\s+|had\s+|a\s+)?(?:reported|reports|said|says|wrote|writes|told|berichtete|berichtet|schrieb|meldete|"
    r"a rapporté|rapporté|rapporte|écrit|informó|informa|publicó|sostuvo|сообщил\w*|сообщает|написал\w*|повідоми\w*|"
    r"написа\w*)"
)
_RELAYED_VERB = factored(rf"{_OUTLET_VERB}$")
_REPORTING_VERB = factored(rf"{_OUTLET_VERB}\s+(?:that|que|qu'|dass|что|що)\b")


def relay_speaker(text: str, s: Sentence, at: Range, lang: str) -> Range | None:
    """Who relays: the party before "citing"/"援引"/"을 인용해" ("The Harbour Ledger reported, citing …": the outlet,
    not its verb)."""
    if lang in SPACED:
        party = _chunk_before(text, s.start, at[0])
        verb = _RELAYED_VERB.search(text, party[0], party[1]) if party else None
        # ("Le Monde rapporte que le ministre va démissionner, citant …": the outlet before its verb)
        verb = verb or (_REPORTING_VERB.search(text, party[0], party[1]) if party else None)
        return (party[0], verb.start()) if party and verb and verb.start() > party[0] else party
    lo = at[0]
    while lo > s.start and at[0] - lo < 16 and text[lo - 1] not in '，。；：“”"':
        lo -= 1
    chunk = text[lo : at[0]]
    title = re.search(r"[《「『]([^》」』]+)[》」』]", chunk)
    if title:
        return lo + title.start(1), lo + title.end(1)
    if lang == "ko":
        return korean_relay_speaker(text, s, at, chunk)
    if lang == "ja" and (topic := japanese_topic(text, s, at)):
        return topic
    trimmed = ZH_TIME.sub("", chunk)
    return (lo, lo + len(trimmed)) if trimmed else None
