"""The words around a figure that say what it counts, by language: those that end a run of them, those passed over
between a figure and what it counts, and the units and sums that put it before the figure (see `figures`)."""

from __future__ import annotations

import re

from ..patterns import factored

# "over two years", "for three weeks": a span of time, not a quantity the story gives.
DURATION = factored(
    r"^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|jahren?|monaten?|wochen?|tagen?|stunden?|"
    r"minuten|sekunden|ans?|minutos?|segundos?|secondes?|минут\w*|секунд\w*|хвилин\w*|"
    r"années?|mois|semaines?|jours?|heures?|años?|meses|semanas?|días?|horas?|лет|года?|годам|годами|месяц\w*|недел\w*|"
    r"дн\w*|час\w*|років|роки|рік|місяц\w*|тижн\w*|годин\w*|سنوات|سنة|سنتين|أعوام|عاما|أيام|يوما|أشهر|شهرا|شهور|"
    r"أسابيع|أسبوعا|ساعات|ساعة|دقائق|دقيقة)$",
    re.I,
)
SHARE_OF = factored(
    r"\s+(?:of|de|des|del|der|d'|d’|od|від|из|із|من|dei|degli|delle|della|dello|do|da|dos|das)(?![^\W\d_])", re.I
)
MONEY_WORD = factored(
    r"\s?(?:pesos|euros?|dollars?|pounds|pence|cents|centimes|céntimos|yuan|yen|won|rupees|francs|reais|soles|dólares|"
    r"libras|Euro|Dollar|Cent|рубл\w*|копе\w*|копій\w*|"
    r"гривень|гривні|грн|тенге|دولار|ريال|جنيه|درهم|دينار|ليرة)(?![^\W\d_])",
    re.IGNORECASE,
)
OF_THE = factored(
    r"\s+(?:of the|of its|de la|de l['’]|du|des|de los|de las|del|della|dello|dell['’]|dei|degli|delle|do|da|dos|das"
    r"|der|des)\s*(?![^\W\d_]+\s+(?:of|de|di)\s)",
    re.IGNORECASE,
)
OF_AFTER = factored(r"\s+(?:of|de|d'|d’|der|des|del|du|de la)\s", re.IGNORECASE)
# "millones de pesos", "millions d'euros": the currency after a scale word and "of" is still the sum's unit.
OF_MONEY = factored(r"\s+(?:of|de|d'|d’)\s?(?=" + MONEY_WORD.pattern[3:] + r")", re.IGNORECASE)
# "Der Umsatz sei im vergangenen Jahr um 6,5 Prozent gesunken": a time between a figure and what it counts is
# passed over (with the preposition after it).
TIME_BEFORE = factored(
    r"(?:\b(?:im|in the|in|en el|el|l['’]|в|у|في)\s+)?"
    r"\b(?:vergangenen|letzten|last|past|previous|pasado|anterior|dernier|dernière|précédente?|прошлом|минулому|"
    r"попередньому|الماضي)\s+(?:Jahr|year|año|année|an|mois|mes|month|Monat|году|році|місяці|месяце)"
    r"(?:\s+(?:um|by|de|en|на|of|à|a))?\s*$",
    re.IGNORECASE,
)
# "Ein Neubau werde nach ersten Schätzungen etwa 185 Millionen Euro kosten", "the repair will, according to the
# council, cost £2 million": who estimates a sum stands between it and what it is the sum of (session 55).
SOURCE_BEFORE = factored(
    r"(?:\bnach\s+(?:ersten\s+|neuen\s+|jüngsten\s+|eigenen\s+|offiziellen\s+)?(?:Schätzungen|Angaben|Berechnungen)"
    r"|\b(?:laut|according\s+to|selon|según)(?:\s+[^\W\d_][\w-]*){1,3},?)\s*$",
    re.IGNORECASE,
)
# "компенсацию в размере 5 тыс. рублей", "ein Zuschuss in Höhe von 2 Millionen Euro": a phrase that says "a sum of"
# stands between the figure and what it is the sum of.
AMOUNT_BEFORE = factored(
    r"(?:\bin the amount of|\bworth|\bin Höhe von|\bd['’]un montant de|\bpor (?:un )?(?:valor|monto|importe) de|"
    r"\bв размере|\bв розмірі|\bв сумме|\bу сумі|\bна сумму|\bна суму|\bw wysokości(?: do)?|\bw kwocie|\bo wartości"
    r"|بقيمة)\s*$",
    re.IGNORECASE,
)
MEASURE = factored(
    r"\s?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|cm|mm|tonnes?|tons?|kg|lit(?:re|er)s?|hectares?|acres?|"
    r"barrels?|gigabytes?|GB|TB|MW|GW|kWh|TWh|GWh|MWh|(?:giga|mega|kilo|tera)watt(?:s|-hours?| hours?)?|"
    r"(?:Giga|Mega|Kilo|Tera)watt(?:stunden)?|(?:giga|méga|kilo|téra)watts?(?:-heures?)?|(?:giga|mega|kilo|tera)vatios?|"
    r"Kilometer|Meter|Tonnen|Liter|Hektar|Quadratmeter|kilomètres|mètres|litres|"
    r"kilómetros|metros|toneladas|litros|hectáreas|км|метр\w*|тонн\w*|кв\.\s?м|гектар\w*|литр\w*|літр\w*|мм|"
    r"кілометр\w*|километр\w*|مليمتر\w*|ملم|كيلومتر\w*|متر\w*|برميل|طن|هكتار)(?![^\W\d_])",
    re.I,
)
# Session 55: an area, a speed or a temperature measures what stands before it too, when nothing it names follows it
# ("Temperatures fell to minus 12 degrees", not "a 45 degree angle", "70 mph gusts", "a 5,000 m² warehouse").
MEASURE_ALONE = factored(
    r"\s?(?:square kilomet(?:re|er)s?|square miles?|km²|m²|Quadratkilometer|kilomètres carrés|kilómetros cuadrados|"
    r"km/h|m/s|км/ч|м/с|mph|degrees|Grad|degrés|grados|graus|gradi|graden|градус\w*)(?![^\W\d_])"
    r"(?=\s*(?:[,.;:!?)»”\"]|$|(?:in|on|at|from|to|by|and|or|for|with|but|when|this|last|on|below|above|im|am|um|bis|und"
    r"|oder|mit|für|auf|unter|über|dans|sur|et|ou|avec|pour|sous|en|à|y|o|con|para|por|bajo|sobre|na|no|em|e|ou|com|in"
    r"|nel|nella|e|o|a|con|per|sotto|sopra|в|на|и|или|с|по|до|ниже|выше|мороза|тепла|у|і|та|нижче|вище|Celsius|celsius"
    r"|Celsjusza|цельсия|overnight|today|yesterday|tonight|tomorrow|heute|gestern|morgen|nachts|aujourd'hui|hier|demain"
    r"|hoy|ayer|oggi|ieri|domani|hoje|ontem|amanhã|сегодня|вчера|завтра|ночью|днём|сьогодні|вчора|завтра|вночі"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b))",
    re.IGNORECASE,
)
# The word between a change and the level it reaches ("by 6.5% to 1.2 billion", "um 6,5 Prozent auf 1,2 Milliarden"),
# or between the ends of a range ("between £3 million and £4 million").
# "3.1 million containers last year, up 8% on 2023", "340 000 visiteurs, en hausse de 5 %": a change given after a
# figure, after a comma, is a change of what that figure counts (session 55).
CHANGE_AFTER = factored(
    r"[^,.;:!?]{0,60},\s*(?:up|down|rising|falling|an? (?:increase|rise|drop|fall|decline) of|en (?:hausse|baisse) de"
    r"|soit une (?:hausse|baisse) de|un (?:aumento|alza) del?|una (?:subida|caída|bajada) del?|ein (?:Plus|Minus) von"
    r"|mehr als|weniger als|(?:рост|снижение|больше|меньше) на|(?:зростання|зниження|більше|менше) на)\s+$",
    re.IGNORECASE,
)
# (and only when the change is compared with a time or nothing follows it: "up 8% on 2023", "en hausse de 5 % sur un
# an"; not "una caída del 10% de los precios", "up 20% on the street price", "up 5% in revenue terms")
CHANGE_COMPARED = factored(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:on|over|from|compared with|against|sur|par rapport à|respecto a|frente a|gegenüber|"
    r"im Vergleich zu|по сравнению с|порівняно з)\s+(?:(?:the|a|un|une|el|al|dem|der|le|l')\s+)?"
    r"(?:(?:19|20)\d\d|year|previous|last|an|année|año|Vorjahr|Jahr|прошл\w*|минул\w*)\b|\s+(?:year[- ]on[- ]year|y/y)",
    re.IGNORECASE,
)
# What stands between two figures in one unit when the second is the first's value at another time or place, and so
# counts what the first counts: "7,1 % au troisième trimestre, contre 7,4 %", "al 27 % de su capacidad, frente al
# 45 %", "to 3.2 percent in October from 3.7 percent" (a few words of the first's time or place between).
COMPARED_WITH = factored(
    r"(?:\s+[^\s,;:.!?()]+){0,5},?\s+(?:contre|face à|par rapport à|frente (?:a|al)|comparado con|compared (?:with|to)"
    r"|against|versus|vs\.?|from|down from|up from|gegenüber|nach|im Vergleich zu|verglichen mit|rispetto (?:a|al|alla)"
    r"|contro|em comparação com|face a|contra|против|по сравнению с|проти|порівняно з)\s+(?:(?:le|la|les|el|los|las|the"
    r"|il|lo|o|a|os|as|den|dem|der|die)\s+)?$",
    re.IGNORECASE,
)
# The level a change reaches, after the change and its unit: "en 50 puntos básicos, hasta el 7,25 %", "by 0.25
# points to 5.5%", "de 11 % l'an dernier pour atteindre 142 000".
LEVEL_AFTER = factored(
    r"(?:\s+[^\s,;:.!?()]+){0,3},?\s+(?:to|hasta|auf|à|a|до|إلى|pour atteindre|to reach|reaching|para alcanzar"
    r"|alcanzando|atteignant|per raggiungere|raggiungendo|para atingir|atingindo)(?:\s+(?:el|la|los|las|le|les|the|il"
    r"|o|a))?\s+$",
    re.IGNORECASE,
)
# (and not after a count of places, "in 12 cities, up 8%": the change is of what rose in them)
PLACES_BEFORE = factored(r"\b(?:in|dans|en|w|в|у|im|in den)\s+$", re.IGNORECASE)
TO_NEXT = factored(r"\s+(?:to|auf|à|a|hasta|до|إلى|and|und|et|y|и|і|та|و)\s+|\s+و", re.IGNORECASE)
STOP_AFTER = {
    "in", "on", "at", "from", "to", "by", "after", "before", "when", "that", "and", "or", "since", "for", "with",
    "than", "as", "while", "but", "was", "were", "is", "are", "had", "has", "have", "will", "would", "said", "says",
    "im", "am", "um", "bis", "seit", "nach", "vor", "und", "oder", "mit", "für", "auf", "wurden", "sind", "seien",
    "dans", "sur", "depuis", "après", "avant", "pour", "avec", "et", "ou", "selon", "sont", "ont", "en", "por",
    "para", "con", "desde", "tras", "según", "y", "o", "son", "han", "в", "на", "с", "по", "до", "после", "за",
    "и", "или", "что", "у", "з", "після", "та", "що", "і", "й", "від", "في", "من", "على", "إلى", "بعد", "و",
    # (auxiliaries and relative words: a clause's verb or its start, never what a figure counts)
    "ist", "sei", "war", "wird", "werde", "wurde", "werden", "hat", "habe", "soll", "solle", "est", "était", "sera",
    "qui", "que", "es", "fue", "será", "который", "которая", "которые", "которых", "який", "яка", "які", "яких",
}  # fmt: skip
STOP_BEFORE = STOP_AFTER | {
    "the", "a", "an", "of", "about", "some", "nearly", "almost", "over", "around", "reached", "rose", "fell", "cost",
    "costs", "totalled", "totaled", "stood", "worth", "estimated", "von", "auf", "um", "rund", "etwa", "beträgt",
    "betrage", "betragen", "liegt", "lag", "bei", "de", "du", "des", "d", "à", "atteint", "estimé", "estimée", "hasta",
    "alcanza", "alcanzó", "unos", "unas", "около", "более", "почти", "составляет", "составила", "составил", "достиг",
    "становить", "склала", "склав", "сягає", "понад", "близько", "майже", "тис", "نحو", "بنحو", "تبلغ", "بلغت", "بلغ",
    "إلى", "حوالي", "قرابة", "عند", "وبلغت", "وبلغ", "وتبلغ", "يبلغ", "ويبلغ", "تجاوز", "تجاوزت", "يعادل",
    "ein", "eine", "einen", "einer", "einem", "un", "une", "uno", "una", "los", "las", "les",
    "el", "la", "le", "between", "zwischen", "entre", "между", "між", "بين", "تتراوح", "يتراوح", "تراوحت", "تراوح",
    # (adverbs of time and of degree stand between a figure and what it counts: "der Bau habe bisher 7,5 Millionen")
    "bisher", "bereits", "schon", "insgesamt", "jährlich", "derzeit", "nun", "jetzt", "noch", "already", "now", "still",
    "currently", "déjà", "actuellement", "désormais", "ya", "actualmente", "уже", "ещё", "еще", "сейчас", "вже", "ще",
    # (a span of time's own preposition: "durante cerca de 20 minutos", "не позднее чем через 40 минут")
    "during", "within", "throughout", "durante", "pendant", "innerhalb", "binnen", "через", "протягом", "впродовж",
    "примерно", "приблизно", "чем", "ніж",
    "наразі", "voraussichtlich", "knapp", "gut", "fast", "roughly",
}  # fmt: skip
# The words between the two figures of a range ("20 to 30 homes", "between 4,000 and 6,500 snow leopards", "entre 20
# y 25 hectáreas"): "and" and its kind only after "between" (`figures._BETWEEN`).
RANGE_JOIN = factored(
    r"\s*[-–—]\s*|\s+(?:to|bis|à|a|au|hasta|al|до|по|or|oder|ou|o|или|або)\s+|\s+(?:and|und|et|y|e|и|і|та)\s+|\s+و",
    re.IGNORECASE,
)
RANGE_AND = factored(r"\s+(?:and|und|et|y|e|и|і|та)\s+|\s+و", re.IGNORECASE)
# A comparative right after a figure ("22% less than in 2026", "un 22 % menos que", "на 9% менше, ніж", "um 5
# Prozent weniger als"): the figure compares what is counted before it, and the comparative is no noun it counts.
COMPARATIVE_AFTER = factored(
    r"\s+(?:de\s+)?(?:less|fewer|more|lower|higher|cheaper|menos|más|moins|plus|weniger|mehr|niedriger|höher|"
    r"меньше|больше|менше|більше|meno|più|mais)(?=\s+(?:than|que|qu['’]|als|чем|ніж|di|do|del|della|dello)(?!\w)"
    r"|\s*[,.;:]|\s*$)",
    re.IGNORECASE,
)
# What a figure never counts by itself, one word alone: a preposition, an article, a conjunction, a pronoun, a
# relative word, a possessive, a particle, a comparative or a participle of being ("de 1,30 a 1,60 euros", "the
# blaze, which was 15% contained", "Sur mes 90 hectares", "up from 6").
FUNCTION_WORDS = STOP_AFTER | {
    "the", "an", "of", "de", "du", "des", "d", "à", "von", "bei", "ein", "eine", "einen", "einer", "einem", "un",
    "une", "uno", "una", "unos", "unas", "около", "более", "почти", "понад", "близько", "майже", "між", "между",
    "between", "zwischen", "entre",
    "a", "which", "who", "whom", "whose", "been", "be", "being", "up", "down", "off", "out", "it", "its", "they",
    "them", "their", "he", "she", "we", "you", "i", "his", "her", "our", "my", "mes", "mon", "ma", "mis", "mi", "il",
    "elle", "ils", "elles", "on", "nous", "vous", "je", "er", "sie", "wir", "ich", "él", "ella", "ellos", "ellas",
    "yo", "он", "она", "они", "оно", "мы", "вы", "я", "він", "вона", "вони", "ми", "ви", "هو", "هي", "هم", "le", "la",
    "les", "el", "los", "las", "der", "die", "das", "den", "dem", "al", "del", "au", "aux", "se", "si", "no", "not",
    "nicht", "ne", "не", "ні", "also", "auch", "aussi", "también", "тоже", "також", "so", "too", "there",
    "here", "then", "than", "more", "less", "plus", "moins", "más", "menos", "mehr", "weniger", "больше", "меньше",
    "більше", "менше", "below", "above", "higher", "lower", "fewer", "cheaper", "well",
}  # fmt: skip
