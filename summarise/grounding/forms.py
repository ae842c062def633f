"""Forms of address this round of the defence reads whole, beside the word categories of `features`: a label that
says where its words are to stand, a wish or a conditional mood, the newsroom's first person asking, a sentence
framed by the output it speaks of, and a Chinese output told to write one thing as another."""

from __future__ import annotations

import functools
import re

from .features import words_of


@functools.cache
def unspaced_designates() -> re.Pattern[str]:
    output = words_of("output")[1]
    return re.compile(
        rf"(?:{output})[^。！？，,]{{0,12}}?(?:应|须|必须|需要?)[^。！？]{{0,20}}?(?:写为|写成|标为|标注为|称为|列为|注明为|记为|改为)"
    )


# A label that says where its words are to stand: "— nei riassunti:", "In summaries:", "Nos resumos:".
IN_OUTPUT = re.compile(
    r"(?<![\w'])(?:in|nei|nelle|negli|nel|nos|nas|no|na|en|dans|im|in den|w|we|в|во)\s+\S+$", re.IGNORECASE
)
FULL_WIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
# The first person asking or thanking in advance: "we would appreciate", "agradecemos que", "wir würden uns freuen".
WE_ASK = re.compile(
    r"(?<![\w'])(?:we(?:'d| would)? (?:appreciate|be grateful|ask)|agradecemos|agradeceríamos|gostaríamos|rogamos|"
    r"pedimos|wir (?:bitten|würden uns freuen|wären dankbar)|nous (?:vous )?(?:demandons|serions reconnaissants)|"
    r"vi (?:chiediamo|preghiamo)|saremmo grati|wij (?:vragen|zouden het waarderen)|prosimy|просим|были бы благодарны)"
    r"(?![\w'])",
    re.IGNORECASE,
)
# A wish or a conditional mood: "it would help if", "es wäre schön, wenn", "idéalement", "agradecemos que", "debía".
WISH = re.compile(
    r"(?<![\w'])(?:would|should|ought|ideally|wäre|sollte\w*|würde\w*|idéalement|devrai\w*|serait|agradecemos|"
    r"gostaríamos|debía\w*|debería\w*|deberían|sería|idealmente|andrebbe\w*|dovrebbe\w*|sarebbe|deveria\w*|seria|"
    r"zou(?:den)?|idealiter|powinn\w*|byłoby|следовало|стоило|хорошо бы|было бы|\w+rait|\w+raient)(?![\w'])",
    re.IGNORECASE,
)


# A sentence opened by the place its words are to stand: "In automatic summaries, ...", "Nos resumos ...,".
OUTPUT_FRAME = re.compile(
    r"^\W*(?:in|en|dans|nei|nelle|negli|nel|nos|nas|no|na|w|we|в|во|im|bei)\s+([^,.:;]{3,50}),", re.IGNORECASE
)
# A verse quoted with its line breaks written as " / " (a poem read out).
VERSE = re.compile(r"\S\s/\s\S[^/]*\s/\s\S")
# A processor called with a dative: "ボットさんへ", "AI 요약 서비스에게".
TO_PROCESSOR = re.compile(r"(?:ボット|AI|アシスタント|봇|어시스턴트|서비스)(?:さん|様|님)?(?:へ|宛て|에게|께)")
# Where what a greeting calls ends: a comma, colon or semicolon before a space (not inside "TL;DR"), a dash, a mark.
CALLED = re.compile(r"[,:;](?=\s|$)|\s[—–]\s|[!?]")
