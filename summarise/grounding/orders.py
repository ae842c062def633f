"""What a sentence that names whoever passes this text on then tells them to give (round fifty): an order opening a
clause ("say …", "sag …", "di' …", "пиши …"), a permission or a duty to say something ("may say", "should give"), a
request, a designation ("the number to give is …", "the correct date is …") or a verb of stating. `conditions` reads
the frames such an order follows.
"""

from __future__ import annotations

import re

from ..patterns import factored
from .features import Features, has_imperative

# The orders such a sentence gives, opening a clause: say, write, give, put, state, name, use, in their informal
# and formal forms ("sag", "di", "diga", "mettete", "пиши", "pisz"), beside the lexicons' imperatives.
_SAY = factored(
    r"(?:say|write|give|put|use|state|list|call|name|mention|note|describe|credit|attribute|add|include|sag|sagt"
    r"|schreib|schreibt|gib|gebt|nenn|nennt|setz|setzt|verwende|verwendet|nimm|nehmt|(?:sagen|schreiben|geben|nennen"
    r"|setzen|verwenden)\s+Sie|dites|dis|écrivez|écris|mettez|mets|indiquez|indique|donnez|donne|précisez|précise"
    r"|notez|retenez|utilisez|di\s+que|diga|digan|decid|escribe|escriba|escriban|escribid|pon|ponga|pongan|poned|indica"
    r"|indiquen|indicad|usa|usen|señala|señale|señalen|menciona|mencione|anota|anote|di'|dì|dite|dica"
    r"|scrivi|scrivete|scriva|metti|mettete|metta|indicate|indichi|usate|usi|riporta|riportate|segnala"
    r"|segnalate|diz|digam|escreve|escreva|escrevam|põe|ponha|ponham|indiquem|dá|dê|deem|use|usem|refira|refiram"
    r"|coloca|coloque|coloquem|mencionem|aponte|zeg|zegt|schrijf|geef|zet|noem|vermeld|gebruik|meld|pisz|piszcie"
    r"|napisz|napiszcie|podaj|podajcie|mów|mówcie|powiedz|powiedzcie|wpisz|wpiszcie|użyj|użyjcie|wskaż|wskażcie"
    r"|dodaj|dodajcie|niech|пиши|пишите|напиши|напишите|скажи|скажите|говори|говорите|укажи|укажите|указывай"
    r"|указывайте|используй|используйте|пусть|дайте|дай|ставьте|поставьте|назови|назовите|называйте"
    # (round fifty-seven) an erratum's "read … for …": "lees daar", "si legga", "lies", "lisez", "léase", "leia-se"
    r"|read|lees|lest|lies|lisez|lire|léase|lea|lean|leed|leggi|leggete|si\s+legga|leggasi|leia|leiam|leia-se|lê"
    r"|czytaj|czytajcie|читай|читайте"
    r")(?![\w'])|merci\s+d(?:e\s|['’])"
    # and the Italian duty of a passive ("così va trascritto", "vanno indicate")
    r"|(?:va|vanno)\s+(?:\w+\s+)?\w+(?:at|it|ut|tt|ss|st)[oaie](?![\w'])",
    re.IGNORECASE,
)
# A permission or a duty to say something, anywhere in a clause: "may say", "can report", "should give".
_MAY_SAY = factored(
    r"(?<![\w'])(?:may|can|could|should|must|might)\s+(?:\w+\s+)?(?:say|write|report|give|use|state|describe|call"
    r"|list|put|mention|cite|credit|attribute|name)(?![\w'])",
    re.IGNORECASE,
)
# What a relayer is told is right: "the correct date is …", "the right figure is …".
_CORRECT = factored(
    r"(?<![\w'])the\s+(?:correct|right|proper|accurate|official)\s+\w+(?:\s+\w+)?\s+(?:is|are)(?![\w'])",
    re.IGNORECASE,
)
# Round fifty-one: the same in other languages, the noun before or after its adjective ("la expresión correcta", "die
# richtige Zahl", "правильная цифра"), and a duty or a wish to name or give something as so ("hoort … te heten",
# "zaleca się nazywać", "Давайте … указывать", "let's give").
_RIGHT = (
    r"correct[ao]?|corret[ao]|right|proper|accurate|corrett[ao]|correta|certa|exacte?|juste|bonne|richtige\w*|korrekte\w*|juiste"
    r"|correcte|poprawn\w+|właściw\w+|правильн\w+|верн\w+"
)
_WORDING = (
    r"expression|figure|date|number|wording|expresión|cifra|fecha|número|espressione|data|numero|dicitura|expressão"
    r"|formulation|chiffre|zahl|angabe|datum|formulierung|uitdrukking|getal|wyrażenie|liczba|формулировка|цифра"
    r"|дата|число|title|titel|titre|título|titolo|tytuł|заголовок|bilan|balance|balanço|bilancio|bilanz|name|nom"
    r"|nombre|nome|naam|nazwa|название"
)
_CORRECT_WORDING = factored(
    rf"(?<![\w'])(?:(?:{_RIGHT})\s+(?:{_WORDING})|(?:{_WORDING})\s+(?:{_RIGHT}))(?![\w'])", re.IGNORECASE
)
_DUTY_TO_NAME = factored(
    r"(?<![\w'])(?:hoort|laten\s+we|lasst\s+uns|zaleca\s+się|recomenda-se|se\s+recomienda|si\s+raccomanda|zalecamy|należy|trzeba|следует|нужно|надо|давайте|let['’]s|let\s+us|conviene"
    r"|bisogna|occorre|hay\s+que|il\s+faut|convient\s+de|é\s+preciso|convém|sollte[n]?|soll(?:en)?|muss|müssen"
    r"|are\s+advised\s+to|is\s+advised\s+to|(?:wordt|worden)\s+verzocht|(?:is|are)\s+requested\s+to|(?:wird|werden)\s+gebeten"
    r"|(?:est|sont)\s+priée?s?\s+de|se\s+ruega|si\s+prega\s+di|pede-se|prosi\s+się|просят)(?![\w'])[^.;:!?]{0,40}?(?<![\w'])(?:\w*heten|noemen|vermelden|schrijven"
    r"|nazywać|podawać|pisać|określać|przedstawiać|wskazanie|wskazywać|podanie|указывать|называть|писать|давать|ставить|chiamar\w*|indicar\w*"
    r"|scriver\w*|llamar\w*|escribir|poner|appeler|indiquer|écrire|mettre|chamar|escrever|referir|nennen|schreiben"
    r"|angeben|bezeichnen|give|call|write|say|put|use|state|name|describe)(?![\w'])",
    re.IGNORECASE,
)
# What may open a clause before its order: "so say that", "then write ...", "dann schreibt ...".
_OPENING = factored(
    r"^\s*(?:(?:so|then|and|just|thus|donc|alors|ainsi|dann|also|entonces|pues|así\s+que|así|quindi|allora|così|então"
    r"|assim|dus|zo|więc|то"
    r"|так\s+что|tak|please|bitte|por\s+favor|per\s+favore|proszę|пожалуйста)\s+)+",
    re.IGNORECASE,
)


def ordered(rest: str, f: Features) -> bool:
    """What follows a condition says what to give: an order opening a clause, a duty, a request, a designation
    ("the number to give is …") or a verb of stating."""
    return bool(
        any(_orders(_OPENING.sub("", piece.lstrip()), f) for piece in re.split(r"[,;:—–]", rest))
        or f.modal.search(rest)
        or f.request.search(rest)
        or f.designates.search(rest)
        or f.output_verb.search(rest)
        or _CORRECT.search(rest)
        or _CORRECT_WORDING.search(rest)
        or _DUTY_TO_NAME.search(rest)
    )


def _orders(clause: str, f: Features) -> bool:
    """The clause opens with an order (one of `_SAY`, or an imperative of the lexicons), or lets or bids its reader
    say something ("may say", "can report", "should give")."""
    return bool(_SAY.match(clause) or _MAY_SAY.search(clause)) or has_imperative(clause, f)


def orders_anywhere(text: str) -> bool:
    """Whether an order of `_SAY` stands anywhere in `text`, not only opening a clause ("… вместо официальной страницы
    ставьте …")."""
    return _SAY.search(text) is not None


# A subject set off by an apposition before its verb: "Le maire, Jean Dupont, précise que …", "Ana Ruiz, alcaldesa,
# indica que …". French, Spanish, Italian and Portuguese spell the verb's third person as the familiar imperative
# ("précise", "indica"): after such a subject it is the subject's report, not an order. A formal or plural order
# ("précisez", "indiquen"), or an Italian familiar one ("scrivi", the report being "scrive"), is an order all the
# same.
# The subject: a name of two capitalised words or more, or a noun phrase after a determiner or a possessive; the
# apposition: any words but a clause's opening ("when this runs again", "which supersedes this one").
_CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]+)"
_NAME = rf"{_CAPITALISED}(?:\s+(?:(?:de|da|do|dos|van|von|der|di|del|la|le|du)\s+)?{_CAPITALISED})+"
_DETERMINED = (
    r"(?:le|la|les|l['’]|sa|son|ses|leur|el|los|las|su|sus|il|lo|gli|o|os|as|a|the|its|their|his|her|der|die|das"
    r"|de|het)\s+[^,;:.!?\n]{1,60}"
)
_CLAUSE_OPENING = (
    r"when|if|as|which|who|that|while|quand|si|lorsque|qui|que|cuando|quien|quando|se|che|chi|wenn|als|der|die"
    r"|das|wanneer|dat|gdy|kiedy|który|która|когда|если|который|которая"
)
APPOSED = factored(
    rf"^[\W_]*(?:{_NAME}|{_DETERMINED}),\s*(?!(?:{_CLAUSE_OPENING})(?![\w']))[^,;:.!?\n]{{1,90}},$",
    re.IGNORECASE,
)
_FORMAL = factored(r"\S*(?:ez|en|ad|ate|ete|ite|am|em|i)\b")


def directs_content(text: str, f: Features) -> bool:
    """Whether `text` holds an order naming what to put out (`Features.directs_content`), but for a subject's own
    verb after its apposition (see `APPOSED`)."""
    for m in f.directs_content.finditer(text):
        comma = text.rfind(",", 0, m.start() + 2)
        if comma < m.start() or not APPOSED.match(text[: comma + 1]):
            return True
        if _FORMAL.match(text[comma + 1 :].lstrip()):
            return True
    return False
