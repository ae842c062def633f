"""Numbers that count nothing in Korean, Japanese and Chinese, beyond those `notfigures` reads in every language: a
score ("3比1", "７対２", "2대 3으로 이겼다"), a level or a grade ("警戒レベル４", "震度５弱", "대응 1단계", "5类"), a
quarter or a run of months named ("3분기", "1至10月"), a unit of an office ("형사3부"), a round ("3회전", "３回戦"),
an age by decade ("８０代の女性", "80대 남성"), an emergency number ("119 신고", "拨打110"), a road or a flight
("国道３１２号は", "汐見発の１０３便") and a weight class ("６０キロ級")."""

from __future__ import annotations

import re

from ..patterns import factored
from .text import Sentence

_DIGIT = "0-9０-９"
_GRADE_BEFORE = factored(r"(?:レベル|震度|경보|등급)\s?$")
_GRADE_AFTER = factored(
    r"(?:단계|등급|급(?!여)|[類类][」”]|级(?:响应|预警|警报|应急|地震)?(?![\u4e00-\u9fff])|級)"
    r"|(?:キロ|kg|㎏)(?:級|급)"
)
_PERIOD_AFTER = factored(rf"(?:분기|四半期|月期|季度)|\s?[～~∼〜至\-–]\s?[{_DIGIT}]{{1,2}}\s?(?:월|月)")
_OFFICE_AFTER = factored(r"(?:부|과|팀|반|지대|대대|중대|사단|소대)(?=[\s(（은는이가의에]|$)")
_ROUND_AFTER = factored(r"(?:회전|라운드|회말|회초|세트|回戦|回表|回裏|セット)")
_DECADE_AFTER = factored(
    r"代(?:前半|後半|半ば)?(?:の|で|以上|以下|から|まで|、|と|〜|～|女性|男性)|대\s?(?:초반|중반|후반)?\s?(?:남성|여성|남자|여자|노인|주부|부부|환자|운전자|남녀|청년|가장)"
)
_EMERGENCY_AFTER = factored(r"(?:번|番)?\s?(?:신고|에\s?신고|通報|报警|急救|に通報)")
_EMERGENCY_BEFORE = factored(r"(?:拨打|致电|전화)\s?$")
_ROAD_AFTER = factored(r"(?:号線|号|番線|便)(?:は|が|の|を|に|で|と|も|から|まで|では|、)")
_FLIGHT_BEFORE = factored(r"(?:発の?|行きの?)$")
_SCHOOL_YEAR = factored(r"(?:高校|中学|小学校?|大学)\s?$")
# (one of a rate's terms, "1人1泊200円", "1人当たり", "每人每月": per person, per night; a household by its size, "4인
# 가족의 한 달 식비", "3人家族")
_RATE_AFTER = factored(r"(?:人|名|泊|台|世帯|戸)(?:当たり|あたり|につき|ごと|[1１一](?:泊|日|回|人|台))")
_RATE_BEFORE = factored(r"[1１一](?:人|名|台|世帯|戸)$")
# (a play in baseball: outs, a base, a hit by its bases, and a score in play by "대": "9회말 2사 1, 2루에서", "끝내기
# 2루타", "2대 3으로 끌려가던")
_PLAY_AFTER = factored(
    r"사\s?(?:만루|주자|[0-9]|$)|루(?:타|에서|에|로|를|$)|,\s?[0-9]루|대\s?[0-9]+\s?(?:으로|로)\s?(?:끌려가|뒤지|뒤진|앞서|앞선|리드)"
)
# (the other side's runs of a score in play, not a final one: "2대 3으로 끌려가던"; "4대 3으로 꺾고" is a result)
_IN_PLAY_AFTER = factored(r"\s?(?:으로|로)\s?(?:끌려가|뒤지|뒤진|앞서|앞선|리드)")
_HOUSEHOLD_AFTER = factored(r"(?:인\s?(?:가족|가구)|人(?:家族|世帯|家庭)|口之家)")


def counts_nothing(text: str, start: int, end: int, sentence: Sentence, number: float) -> bool:
    """Whether the number `text[start:end]` of `sentence`, in Korean, Japanese or Chinese, counts nothing."""
    before = text[max(sentence.start, start - 12) : start]
    after = text[end : min(sentence.end, end + 12)]
    # (a wind's force on its scale is a measure, as an earthquake's magnitude is: "最大风力14级")
    graded = _GRADE_AFTER.match(after) and "风" not in before[-6:]
    if _GRADE_BEFORE.search(before) or graded or _PERIOD_AFTER.match(after):
        return True
    if re.search(r"[가-힣]$", before) and _OFFICE_AFTER.match(after):
        return True
    if _ROUND_AFTER.match(after) or (number < 120 and _DECADE_AFTER.match(after)):
        return True
    if number < 1000 and (_EMERGENCY_AFTER.match(after) or _EMERGENCY_BEFORE.search(before)):
        return True
    if _ROAD_AFTER.match(after) and (not after.startswith("便") or _FLIGHT_BEFORE.search(before)):
        return True
    if number == 1 and (_RATE_AFTER.match(after) or _RATE_BEFORE.search(before)):
        return True
    if number < 10 and (_HOUSEHOLD_AFTER.match(after) or (re.search(r"[가-힣]", after) and _PLAY_AFTER.match(after))):
        return True
    score = re.search(r"[0-9]\s?대\s?$", before) or re.search(r"[0-9]\s?대\s?[0-9]+$", text[start:end])
    if number < 40 and score and _IN_PLAY_AFTER.match(after):
        return True
    return number < 7 and bool(_SCHOOL_YEAR.search(before)) and after.startswith("年")
