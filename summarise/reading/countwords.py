"""The words around a figure that say what it counts, by language: those that end a run of them, those passed over
between a figure and what it counts, and the units and sums that put it before the figure (see `figures`)."""

from __future__ import annotations

import re

# "over two years", "for three weeks": a span of time, not a quantity the story gives.
DURATION = re.compile(
    r"^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|jahren?|monaten?|wochen?|tagen?|stunden?|ans?|"
    r"années?|mois|semaines?|jours?|heures?|años?|meses|semanas?|días?|horas?|лет|года?|месяц\w*|недел\w*|"
    r"дн\w*|час\w*|років|роки|рік|місяц\w*|тижн\w*|годин\w*)$",
    re.I,
)
SHARE_OF = re.compile(r"\s+(?:of|de|des|del|der|d'|d’|od|від|из|із|من)(?![^\W\d_])", re.I)
MONEY_WORD = re.compile(
    r"\s?(?:pesos|euros?|dollars?|pounds|yuan|yen|won|rupees|francs|reais|soles|dólares|libras|Euro|Dollar|рубл\w*|"
    r"гривень|гривні|грн|тенге|دولار|ريال|جنيه|درهم|دينار|ليرة)(?![^\W\d_])",
    re.IGNORECASE,
)
OF_AFTER = re.compile(r"\s+(?:of|de|d'|d’|der|des|del|du|de la)\s", re.IGNORECASE)
MEASURE = re.compile(
    r"\s?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|cm|mm|tonnes?|tons?|kg|lit(?:re|er)s?|hectares?|acres?|"
    r"barrels?|gigabytes?|GB|TB|MW|GW|kWh|Kilometer|Meter|Tonnen|Liter|Hektar|Quadratmeter|kilomètres|mètres|litres|"
    r"kilómetros|metros|toneladas|litros|hectáreas|км|метр\w*|тонн\w*|кв\.\s?м|гектар\w*|литр\w*|літр\w*|мм|"
    r"кілометр\w*|километр\w*|مليمتر\w*|ملم|كيلومتر\w*|متر\w*|برميل|طن|هكتار)(?![^\W\d_])",
    re.I,
)
STOP_AFTER = {
    "in", "on", "at", "from", "to", "by", "after", "before", "when", "that", "and", "or", "since", "for", "with",
    "than", "as", "while", "but", "was", "were", "is", "are", "had", "has", "have", "will", "would", "said", "says",
    "im", "am", "um", "bis", "seit", "nach", "vor", "und", "oder", "mit", "für", "auf", "wurden", "sind", "seien",
    "dans", "sur", "depuis", "après", "avant", "pour", "avec", "et", "ou", "selon", "sont", "ont", "en", "por",
    "para", "con", "desde", "tras", "según", "y", "o", "son", "han", "в", "на", "с", "по", "до", "после", "за",
    "и", "или", "что", "у", "з", "після", "та", "що", "і", "й", "від", "في", "من", "على", "إلى", "بعد", "و",
}  # fmt: skip
STOP_BEFORE = STOP_AFTER | {
    "the", "a", "an", "of", "about", "some", "nearly", "almost", "over", "around", "reached", "rose", "fell", "cost",
    "costs", "totalled", "totaled", "stood", "worth", "estimated", "von", "auf", "um", "rund", "etwa", "beträgt",
    "betrage", "betragen", "liegt", "lag", "bei", "de", "du", "des", "d", "à", "atteint", "estimé", "estimée", "hasta",
    "alcanza", "alcanzó", "unos", "unas", "около", "более", "почти", "составляет", "составила", "составил", "достиг",
    "становить", "склала", "склав", "сягає", "понад", "близько", "майже", "тис", "نحو", "بنحو", "تبلغ", "بلغت", "بلغ",
    "إلى", "حوالي", "قرابة", "ein", "eine", "einen", "einer", "einem", "un", "une", "uno", "una", "los", "las", "les",
}  # fmt: skip
