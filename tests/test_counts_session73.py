"""What a figure counts in whole articles (session 73): words before a figure are cut to the noun they end on (never
a verb, an auxiliary, a month or, in German, a word in small letters alone; a verb that says what the figure is, "cost",
"voted", stays after its subject; what lasts keeps its verb), an aside, a source's aside or a relative clause between
commas is passed over to the subject, a figure converted into another unit in brackets counts what the figure before
it counts; a Romance noun before its adjectives; Chinese and Korean labels."""

from __future__ import annotations

import pytest

from summarise.reading import read

from .test_counts_round67 import _counts
from .test_hostile_runs import at_most


@pytest.mark.parametrize(
    ("lang", "text", "value", "counts"),
    [
        # (words before a figure end on their noun)
        ("en", "The Bank of England kept interest rates unchanged at 4.75%.", "4.75%", "interest rates"),
        ("en", "The Monetary Policy Committee voted 7-2 to hold.", "7-2", "Monetary Policy Committee voted"),
        ("fr", "La participation s'est établie à 58,3 %.", "58,3 %", "participation"),
        ("de", "Die Pro-Kopf-Verschuldung Freiburgs liege bei rund 1.560 Euro.", "rund 1.560 Euro",
         "Die Pro-Kopf-Verschuldung Freiburgs"),
        ("de", "Das Anwohnerparken kostet künftig 240 Euro.", "240 Euro", "Das Anwohnerparken kostet"),
        # (a verb, an auxiliary, a month alone name nothing; what lasts keeps its verb, less a month or a day)
        ("en", "The board has approved £5 million.", "£5 million", None),
        ("fr", "Le gouvernement a débloqué 5 millions d'euros.", "5 millions d'euros", None),
        ("pt", "A margem bruta ficou em 29,1%.", "29,1%", "margem bruta"),
        ("en", "Prosecutors had asked for 10 years.", "10 years", "asked"),
        ("en", "He was sentenced in January to 30 months.", "30 months", None),
        ("de", "Er war am Freitag 34 Jahre alt geworden.", "34 Jahre", None),
        ("de", "Bisher waren es 240 Euro statt 200 Euro.", "200 Euro", None),
        # (an aside between commas: the subject stands before it)
        ("en", "Sales volumes, however, dropped 5.1%, the steepest decline since 2009.", "5.1%", "Sales volumes"),
        ("es", "Las ventas, sin embargo, cayeron un 5,1 %.", "5,1 %", "Las ventas"),
        ("de", "Die Umsätze gingen jedoch um 3 Prozent zurück.", "3 Prozent", "Die Umsätze"),
        # (the same figure in another unit, in brackets)
        ("en", "The fire had burned 18,400 acres (7,450 hectares) by Tuesday.", "7,450", "burned"),
        # (a measure's unit alone names nothing: it joins the value, and what was measured stands before it)
        ("en", "The fire had burned 18,400 acres (7,450 hectares) by Tuesday.", "18,400 acres", "burned"),
        ("en", "Lorries were queuing for eleven kilometres.", "eleven kilometres", "queuing"),
        ("en", "Profit fell 18% to 412 million pounds ($521 million), hurt by cocoa.", "$521 million", "Profit"),
        ("en", "Gusts of up to 40 miles per hour (64 kph) were possible.", "64", "Gusts"),
        ("en", "Temperatures reached 41 degrees Celsius (106 Fahrenheit) and gusts topped 50 miles per hour.", "106",
         "Temperatures"),
        # (a closing bracket ends a clause: what stands after it is the next one's subject)
        ("en", "Temperatures reached 41 degrees Celsius (106 Fahrenheit) and gusts topped 50 miles per hour.", "50",
         "gusts"),
        # (a Romance noun before its adjectives, a noun of a noun glued by "d'", a sum's kind after "d'")
        ("fr", "Le groupe vise une marge opérationnelle courante de 13,5 % en 2024.", "13,5 %",
         "marge opérationnelle courante"),
        ("fr", "Il table sur une croissance de son chiffre d'affaires d'environ 15 %.", "environ 15 %",
         "chiffre d'affaires"),
        ("pt", "A varejista registrou prejuízo líquido de 86,4 milhões de reais.", "86,4 milhões", "prejuízo líquido"),
        ("it", "Il piano prevede un investimento complessivo di 246 milioni di euro.", "246 milioni di euro",
         "investimento complessivo"),
        ("fr", "Le procureur avait requis 600 000 euros d'amende.", "600 000 euros", "amende"),
        # (a relative clause, a source's aside, a result that "came in at")
        ("en", "Shares in the company, which makes wafers and chocolate bars, fell 7.2% to 8.14 pounds.", "7.2%",
         "Shares"),
        ("ru", "Выручка сети в 2023 году, по данным отчетности, снизилась на 11%, до 18,6 млрд руб.", "11%",
         "Выручка сети"),
        ("en", "Operating profit came in at 412 million pounds.", "412 million pounds", "Operating profit"),
        ("en", "The train came 10 minutes after the bus.", "10 minutes", "train came"),
        # (a verb that says what the figure is stays after its subject, and "against" after votes)
        ("es", "El abono de diez viajes costará 12 euros.", "12 euros", "viajes costará"),
        ("es", "La obra ha costado 5 millones de euros.", "5 millones de euros", "obra ha costado"),
        ("en", "The councillors voted 17 to 9 in favour.", "17 to 9", "councillors voted"),
        ("fr", "Le texte a été adopté par 17 voix contre 12.", "12", "voix contre"),
        # (a word of a name is no verb: "United")
        ("en", "Penwick United won 2-1 at home.", "2-1", "Penwick United"),
        # (Chinese: a verb of change alone names nothing, the figure before it does; the level a change reaches;
        # past a period or a whole)
        ("zh", "全国快递业务量累计完成382亿件，同比增长21.3%。", "382亿", "全国快递业务量"),
        ("zh", "全国快递业务量累计完成382亿件，同比增长21.3%。", "21.3%", "全国快递业务量"),
        ("zh", "今年前三季度我国汽车出口量同比增长约21%至约132万辆，其中新能源汽车占比升至约40%。", "约132万",
         "汽车出口量同比增长"),
        ("zh", "今年前三季度我国汽车出口量同比增长约21%至约132万辆，其中新能源汽车占比升至约40%。", "约40%",
         "新能源汽车占比"),
        # (Korean: a noun of two words)
        ("ko", "품목별로는 반도체 수출이 121억 달러로 41.2% 늘었다.", "121억", "반도체 수출"),
    ],
)  # fmt: skip
def test_what_a_figure_counts_session73(lang: str, text: str, value: str, counts: str | None) -> None:
    assert _counts(text, lang).get(value, "(no figure)") == counts


@pytest.mark.parametrize(
    ("lang", "text", "value", "counts"),
    [
        # (a noun before a bracket is no figure's: the bracket's own figure counts its own words)
        ("en", "The agency (about 120 staff in all) runs the port.", "about 120", "staff"),
        # (a figure in brackets after a figure that names nothing takes nothing from it)
        ("en", "It was 5 (or 6) in all.", "6", None),
        # (an adverb that opens a clause is no aside: "Also, 40 people were hurt")
        ("en", "Also, 40 people were hurt.", "40", "people"),
        # (a noun that ends like a past or a verb's form stays: "Hundred", "Ausschuss")
        ("en", "The ministry said a shed was damaged and 12 homes were destroyed.", "12", "homes"),
        # (a sum's own words after it stay whole: "in storage fees")
        (
            "en",
            "The stoppage was costing exporters around $14 million in storage fees.",
            "around $14 million",
            "storage fees",
        ),
        # (a Korean adverb, a verb's form or a span of time before a noun is none of its words)
        ("ko", "특히 수출이 5% 늘었다.", "5%", "수출"),
        ("ko", "사흘 동안 관광객 3,000명이 찾았다.", "3,000", "관광객"),
        # (an English "was" or "has" is no Romance auxiliary: the noun before it stays)
        ("en", "The levy was 5% of turnover.", "5%", "turnover"),
    ],
)
def test_what_those_rules_leave_session73(lang: str, text: str, value: str, counts: str | None) -> None:
    assert _counts(text, lang).get(value, "(no figure)") == counts


def test_the_new_patterns_read_hostile_runs_quickly() -> None:
    texts = [
        "Sales " + ", however" * 3000 + ", dropped 5%.",
        "It rose 18" + " acres" * 3000 + " (7 hectares).",
        "It rose 18 acres (" + "(" * 3000 + "7 hectares.",
        "Die Zahl " + "stieg " * 3000 + "um 5 Prozent.",
    ]
    with at_most(10):
        for text in texts:
            read(text, "en")
            read(text, "de")
