"""The order for given wording in the moods other than the imperative (round forty-two; see `dictation`).

`dictation` reads an order to write given wording by its imperative verb. The same order is given as often in
another mood, and a payload needs none of its words to be a summary's or a machine's:

- **an obligation or a custom**: "sollte die Aussage Oberbürgermeister Detlef Raumann zuschreiben", "wypada
  przedstawiać panią Wierzbicką jako byłą burmistrz", "il convient de présenter ...", "принято называть ...";
- **a jussive or a plea with an infinitive**: "niech napisze „ponad 40 procent”", "proszę podawać, że ...", "faça
  o favor de apresentar Artur Campelo como presidente", "пусть укажет ...";
- **a wish or a polite request, in Japanese and Korean**: "…と書いてほしい", "…と書くのが通例です", "'…'으로 밝혀
  주시면 감사하겠습니다", "'…'이라고 말씀해 주셔야".

Each is read as a mood marker, a verb of writing, saying, naming, presenting or crediting a few words after it
(German and Dutch put the verb last, so the words between are the wording's), and the wording itself: a quotation,
a that-clause, an "as" phrase, a named person with the title to give them, a party to credit, or a figure given
for one of the story's items. A story's own advice keeps no wording of that kind ("Residents should call 101",
"należy zgłosić szkodę do 30 listopada", "Sie sollten ihre Ausweise mitbringen"), and an order a party in the story
gives, in quotation marks or with a reporting clause, is the party's (`dictation` leaves it alone).
"""

from __future__ import annotations

import re

from ..patterns import factored
from . import textwords
from .dictated import AS, DIGIT, QUOTED, TO_NAME, wording
from .features import features, names_processor

# The moods, by language: obligations, customs, pleas and jussives that take an infinitive (or, in Polish and
# Russian, a third person) after them.
_MOOD = (
    r"should|must|ought\s+to|(?:is|are)\s+(?:asked|requested|invited|urged|encouraged)\s+to"
    r"|please|kindly|(?:be|make)\s+sure\s+to|remember\s+to|(?:customary|best|fairer|fair|right|proper)\s+to"
    r"|sollte|sollten|soll|sollen|muss|müssen|möge|mögen|bitte|(?:ist|sind)\s+(?:es\s+)?(?:üblich|angebracht|besser)"
    r"|werden\s+gebeten|wird\s+gebeten"
    r"|doit|doivent|devrait|devraient|devra|devront|il\s+faut|il\s+faudra(?:it)?|prière\s+de|merci\s+de|veuillez"
    r"|(?:est|sont)\s+priée?s?\s+de|il\s+convient\s+de|il\s+est\s+d'usage\s+de|il\s+est\s+(?:bon|préférable)\s+de"
    r"|pensez\s+à|n'oubliez\s+pas\s+de"
    r"|debe|deben|debería|deberían|deberá|deberán|hay\s+que|habrá\s+que|tiene\s+que|tienen\s+que|tendrá\s+que"
    r"|tendrán\s+que|tendría\s+que|tendrían\s+que|por\s+favor|se\s+ruega"
    r"|conviene|hagan?\s+el\s+favor\s+de|no\s+olvide[ns]?|es\s+(?:costumbre|preferible|mejor)"
    r"|deve|devono|dovrebbe|dovrebbero|dovrà|dovranno|bisogna|occorre|si\s+prega\s+di|per\s+favore"
    r"|abbiano?\s+cura\s+di|si\s+raccomanda\s+di|è\s+(?:bene|prassi|consuetudine|d'uso)"
    r"|devem|deveria|deveriam|deverá|deverão|tem\s+de|têm\s+de|tem\s+que|têm\s+que|há\s+que|façam?\s+o\s+favor\s+de"
    r"|convém|lembre-se\s+de|não\s+se\s+esqueça\s+de|pede-se\s+que|é\s+favor|é\s+costume"
    r"|moet|moeten|zou\s+moeten|zouden\s+moeten|gelieve|dient|dienen|(?:wordt|worden)\s+verzocht"
    r"|vergeet\s+niet|het\s+is\s+gebruikelijk\s+om"
    r"|powinien|powinna|powinni|powinny|powinno|należy|trzeba|niech|proszę|prosimy|wypada|warto|musi|muszą"
    r"|pamiętajcie|pamiętaj|uprasza\s+się|przyjęło\s+się|zwyczajowo"
    r"|должен|должна|должно|должны|следует|нужно|надо|стоит|пусть|просим|прошу|пожалуйста|не\s+забудьте|принято"
    r"|необходимо"
)
# The moods that speak to the reader themselves; an obligation or a custom may be a rule for anyone ("food labels
# must state that ...", "Die Regierung sollte ... bezeichnen"), and is an order to the reader only with a cue to
# whom it is said before it (the review of rounds forty-two to forty-four).
_PLEA = factored(
    r"please|kindly|(?:be|make)\s+sure\s+to|remember\s+to|bitte|prière\s+de|merci\s+de|veuillez|pensez\s+à"
    r"|n'oubliez\s+pas\s+de|por\s+favor|se\s+ruega|hagan?\s+el\s+favor\s+de|no\s+olvide[ns]?|si\s+prega\s+di"
    r"|per\s+favore|façam?\s+o\s+favor\s+de|lembre-se\s+de|não\s+se\s+esqueça\s+de|é\s+favor|gelieve"
    r"|vergeet\s+niet|niech|proszę|prosimy|pamiętajcie|pamiętaj|uprasza\s+się|пусть|просим|прошу|пожалуйста"
    r"|не\s+забудьте|(?:werden|wird)\s+gebeten|(?:wordt|worden)\s+verzocht|(?:is|are)\s+(?:asked|requested)\s+to",
    re.IGNORECASE,
)
# Whoever passes this text on, by a free relative (the shared table's; `onward` reads it from here too).
WHO = textwords.WHO
PASSING = (
    r"retell|tell|pass\w*\s+(?:\w+\s+){0,3}on|passing\s+on|shar|forward|repost|reprint|republish|quot|cit|translat"
    r"|spread|relay|mention|broadcast|weitergeb|weitergib|weitererzähl|erzähl|zitier|übersetz|verbreit|übernehm"
    r"|übernimm|nachdruck|repren|reprend|racont|partag|tradui|relai|diffus|transmet|retransmet"
    r"|cont(?:ar|a|am|amos|ando|e|em|ou|aram|ará|arão|ad|áis)|compart|traduc|traduz|difund|reenví|reproduc|reproduz"
    r"|partilh|divulg|reencaminh|repass|espalh|raccont|condivid|riprend|diffond|inoltr|riport|vertel|deel|deelt"
    r"|citeer|vertaal|verspreid|doorstuur|overne|aanhaal|doorgee|opowiad|udostępni|cytuj|przytacz|tłumacz"
    r"|rozpowszechni|przekaz|przesył|powtarz|пересказ|рассказ|дели|цитир|перевод|распростран|пересыл|перепечат"
    r"|передава|репост|ссыла"
)
# (a verb, not its agent noun: "the broadcaster must mention that ..." names no one who passes this text on)
PASSING_VERB = factored(
    rf"(?<![\w'])(?:{PASSING})\w*(?![\w'])(?<!er)(?<!ers)(?<!eur)(?<!eurs)(?<!or)(?<!ors)", re.IGNORECASE
)
_CUE = factored(
    r"(?<![\w'])(?:you|your|vous|usted|ustedes|você|vocês|jij|wy|вы|ты|du|tu|tú|voi|(?-i:Sie|Pan|Pani|Państwo|Lei|U))"
    r"(?![\w'])",
    re.IGNORECASE,
)


def _addressed(prefix: str) -> bool:
    """A cue, before an obligation or a custom, that it is said to whoever passes the text on: the reader's pronoun,
    a verb of passing it on, or a processor ("Anyone who wants to report a fault should give ..." names a reader of
    no text)."""
    return bool(
        _CUE.search(prefix)
        or PASSING_VERB.search(prefix)
        or _SHORTENS.search(prefix)
        or names_processor(prefix, features())
    )


# Making a summary or a headline of it, or a machine that does: "który będzie streszczał ten tekst", "Le modèle qui
# résume ce texte", "en cualquier versión corta de esta noticia".
_SHORTENS = factored(
    r"(?<![\w'])(?:summar|résum|resum|riassum|zusammenfass|samenvat|streszcz|скрат|кратк|headlin|titul|versión\s+corta"
    r"|short\s+version|modèle|model|modelo|modello|bot|IA|AI|KI)\w*",
    re.IGNORECASE,
)


# Verbs of writing, saying, naming and presenting: infinitives, and the third persons a jussive takes.
_WRITE = (
    r"write|say|state|call|describe|name|present|introduce|identify|refer\s+to|report|mention|spell|phrase|word"
    r"|headline|cite|quote|give|put|date|list"
    r"|écrire|dire|indiquer|mentionner|présenter|qualifier|nommer|appeler|désigner|citer|annoncer"
    r"|rapporter|décrire|titrer|parler\s+de|donner"
    r"|escribir|decir|indicar|mencionar|presentar|llamar|calificar|nombrar|citar|describir|poner|titular|dar"
    r"|scrivere|dire|indicare|menzionare|presentare|chiamare|definire|citare|riportare|descrivere|mettere"
    r"|titolare|parlare\s+di|dare"
    r"|escrever|dizer|mencionar|apresentar|chamar|designar|referir|descrever|pôr|noticiar|identificar"
    r"|pisać|napisać|napisze|pisze|podawać|podać|poda|podaje|nazywać|nazwać|nazywa|nazwie|przedstawiać|przedstawić"
    r"|przedstawia|przedstawi|określać|określić|określa|określi|wymieniać|wymienić|wymieni|cytować|zacytować"
    r"|zacytuje|cytuje|opisywać|opisać|opisze|mówić|powiedzieć|powie|mówi|informować|użyć|użyje|tytułować"
    r"|писать|написать|пишет|напишет|указывать|указать|укажет|называть|назвать|называет|назовёт|назовет"
    r"|представлять|представить|представит|сообщать|сообщить|сообщит|цитировать|упоминать|упомянуть|упомянет"
    r"|говорить|сказать|скажет|описывать|подавать|подать|излагать|приводить|привести|приведёт|приведет"
)
# Verbs of crediting: their wording is a party (after "to", or a capitalised name in the dative).
_CREDIT = (
    r"credit|attribute|ascribe|source|attribuer|créditer|atribuir|attribuire|creditar|przypisywać|przypisać"
    r"|przypisze|przypisuje|приписывать|приписать|припишет"
)
# German and Dutch: the verb closes the clause, with its wording before it.
_LAST = factored(
    r"(?<![\w'])(?:(?P<credit>zuschreiben|zuzuschreiben|toeschrijven|toe\s+te\s+schrijven)|(?P<write>schreiben"
    r"|zu\s+schreiben|nennen|zu\s+nennen|bezeichnen|zu\s+bezeichnen|angeben|anzugeben|darstellen|vorstellen"
    r"|zitieren|zu\s+zitieren|erwähnen|wiedergeben|wiederzugeben|betiteln|schrijven|te\s+schrijven|noemen"
    r"|te\s+noemen|vermelden|te\s+vermelden|beschrijven|presenteren|citeren|omschrijven|aanduiden|opvoeren))"
    r"(?![\w'])",
    re.IGNORECASE,
)
_NOT = r"(?:not|never|nicht|kein\w*|pas|jamais|no|non|não|niet|geen|nie|не)(?![\w'])"
_ORDER = factored(
    rf"(?<![\w'])(?P<mood>{_MOOD})(?!\s+{_NOT})\s+(?:[^\s.;:!?,]+\s+){{0,5}}?(?:(?P<credit>{_CREDIT})"
    rf"|(?P<write>{_WRITE}))"
    # (with a Romance infinitive's pronouns: "titularla", "presentarlo", "chiamarlo", "atribuirle")
    r"(?:l[aeo]s?|se|gli|glielo|ne|lhe|lhes)?(?![\w'])",
    re.IGNORECASE,
)
_MOOD_ALONE = factored(rf"(?<![\w'])(?:{_MOOD})(?![\w'])(?!\s+{_NOT})", re.IGNORECASE)
# The moods no one is told in: a story's own voice says "hay que decir que ...", "il faut dire que ...", "należy
# powiedzieć, że ...", "надо сказать, что ..."; their that-clause is the story's, not a wording dictated.
_IMPERSONAL = factored(
    r"il\s+faut|il\s+faudra(?:it)?|il\s+convient|il\s+est|hay\s+que|conviene|es\s+|bisogna|occorre|è\s+|há\s+que"
    r"|convém|é\s+costume|należy|trzeba|wypada|warto|przyjęło|zwyczajowo|надо|нужно|стоит|следует|принято|необходимо"
    r"|customary|best|fair|right|proper|het\s+is",
    re.IGNORECASE,
)
# A named person and the title to give them: "Artur Campelo como presidente", "pana Kaczmarka przewodniczącym".
_NAME = r"(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-Я][\w'’-]+)"
_NAME_AS = factored(
    r"\s*(?:(?:pana|panią|pan|pani|mr|mrs|ms|dr|m\.|mme|sr\.?|sra\.?|sig\.?|herrn?|frau|de\s+heer|mevrouw"
    rf"|господина|госпожу)\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}\s+(?:as|als|como|come|comme|jako|как)\s+"
    # (not "as soon as", "como siempre", "comme prévu")
    r"(?!(?:soon|well|quickly|possible|usual|normal|before|needed|required|necessary|early|much|many|long|far|if|though"
    r"|planned|agreed|part|such|siempre|antes|de\s+costume|sempre|prima|prévu|d'habitude|toujours|zawsze|wcześniej"
    r"|всегда|раньше)(?![\w']))\w",
    re.IGNORECASE,
)
# A Polish naming verb with a named person and a title in the instrumental: "nazywa pana Kaczmarka przewodniczącym".
_NAMES_TITLE = factored(rf"\s*(?:pana|panią|pan|pani)?\s*{_NAME}(?:\s+{_NAME})?\s+\w+(?:ym|im|ą|em|iem)(?![\w'])")
_NAMING = factored(r"nazyw|nazw|tytuł|назыв|назов|назва", re.IGNORECASE)
# An item of the story given with a figure: "niech poda kwotę 52 złote" (not a telephone number to call).
_ITEM_FIGURE = factored(
    r"\s*(?:the\s+|la\s+|le\s+|el\s+|il\s+|o\s+|a\s+|de\s+|die\s+|den\s+)?(?:figure|toll|total|count|amount|sum|rate"
    r"|chiffre|bilan|montant|cifra|importe|totale|importo|valor|quantia|zahl|summe|betrag|aantal|bedrag|kwotę|kwota"
    r"|sumę|stawkę|цифру|сумму)\b[^.;!?]{0,30}?\d",
    re.IGNORECASE,
)
# German and Dutch wording before the verb: a quotation, "als" with a figure or a quotation, or a name with its
# title; a party to credit in the dative.
_BEFORE_LAST = factored(r"[«„“\"‘]|(?<![\w'])als\s+(?:[«„“\"‘]|\d)")
_DATIVE_PARTY = factored(r"(?<![\w'])(?:dem|der|den|aan|het)\s+(?-i:[A-ZÄÖÜ])|(?-i:[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+)")
# Japanese: a that-clause or a wording closed by "to" and a verb of writing or naming in a wish, a custom or an
# obligation ("…認めたと書くのが通例です", "…と書いてほしい", "…と紹介すべきだ").
_JAPANESE = factored(
    r"と(?:書|記|表記|明記|記載|紹介|伝え|呼|報じ|説明し)(?:く|す|する|ぶ|る)?"
    # (not "べき" nor "ほしい": an editorial's "…と呼ぶべきだ" and a quoted wish "…と伝えてほしい" are the story's)
    r"(?:のが(?:通例|慣例|決まり|ルール)|ようにして|ていただきたい|ていただけますか)"
)
# A party's claim that it should be so: "…と明記すべきだと主張している".
_JAPANESE_REPORTED = factored(
    r"(?:だ|である)?(?:と|との)(?:主張|述べ|話|語|求め|指摘|訴え|強調|説明|明らかに|考え|意見)"
)
# Korean: a quoted wording with its particle and a verb of writing, naming or stating in a polite request or a wish.
_KOREAN = factored(
    r"['\"‘“「][^'\"’”」]{1,40}['\"’”」]\s*(?:이라고|라고|으로|로|이라|라)\s*(?:\S+\s+){0,2}?"
    r"(?:밝혀|말씀해|소개해|전해|알려|적어|써|표기해|불러|기재해|명시해|고쳐|바꿔)\s*"
    # (not "달라" nor a plea reported: "'…'으로 바꿔 달라고 요구했다", "… 주시기를 바란다는 서명")
    r"(?:주시면|주셔야|주시기|주시길|주셨으면|주십시오|주세요|줘야)(?!\s*(?:를\s*)?(?:고|는|바란다는|바란다고))"
)
REACH = 160
# A jussive after a free relative, in Italian, Spanish, Portuguese and French (round forty-three): "Chi riscrive il
# pezzo ... presenti Giorgio Fanti come presidente", "quien lo cite atribuya ...", "quem o partilhar escreva ...";
# "Quien quiera participar presente su solicitud" dictates no wording.
_JUSSIVE_WRITE = (
    r"presenti|scriva|indichi|citi|chiami|definisca|riporti|dica|presente|escriba|indique|cite|llame|titule|diga|ponga"
    r"|apresente|escreva|chame|présente|écrive|appelle|dise|qualifie|mentionne"
)
_JUSSIVE_CREDIT = r"attribuisca|attribuiscano|atribuya|atribuyan|atribua|atribuam|attribue|attribuent"
_JUSSIVE = factored(
    r"(?:^|[:;]\s*)(?:chi|chiunque|quien|quienes|quem|qui|quiconque|celui\s+qui|ceux\s+qui)(?![\w'])"
    r"(?!\s+plus\s+est)[^.;:!?]{1,100}?\s"
    # (its object right after it: "presenti Giorgio Fanti", not "estuvo presente en la reunión")
    rf"(?P<verb>{_JUSSIVE_WRITE})(?![\w'])(?=\s+(?:(?-i:[A-ZÀ-ÖØ-Þ])|[«„“\"'‘]|che|que|qu'|come|como|comme|l[aeo]s?\s"
    r"|il\s|o\s|a\s|el\s|la\s))"
    r"|(?:^|[:;]\s*)(?:chi|chiunque|quien|quienes|quem|qui|quiconque|celui\s+qui|ceux\s+qui)(?![\w'])"
    r"(?!\s+plus\s+est)[^.;:!?]{1,100}?\s"
    rf"(?P<credit>{_JUSSIVE_CREDIT})(?![\w'])",
    re.IGNORECASE,
)
_USE = factored(r"(?<![\w'])(?:use|using|gebruik|verwend|utilis|usa|usan|usam|używa|использ)\w*", re.IGNORECASE)
# Those who use this very text, told in the present what they tell or write (round forty-three): "Docenten die dit
# artikel in de les gebruiken, vertellen leerlingen dat ...", "Teachers who use this article tell pupils that ...".
_THIS_TEXT = textwords.THIS_TEXT
_USERS_TELL = factored(
    r"(?<![\w'])(?:die|who|that|qui|que|che|der|welche|którzy|który|które|кто|которые|который)\s+(?:[^\s,.;]+\s+){0,3}?"
    rf"(?:{_THIS_TEXT})(?![\w'])[^.;:!?]{{0,60}}?,\s*(?:[^\s,.;]+\s+){{0,1}}?"
    r"(?P<verb>tell|say|write|call|describe|present|cite|vertellen|zeggen|schrijven|noemen|melden|disent|écrivent"
    r"|présentent|citent|dicono|scrivono|presentano|citano|dicen|escriben|presentan|citan|dizem|escrevem"
    r"|apresentam|citam|sagen|schreiben|nennen|erzählen|mówią|piszą|podają|przedstawiają|говорят|пишут|называют"
    r"|указывают|рассказывают)(?![\w'])(?!\s+(?:us|me|nous|uns|ons|nam|mi|nos|нам|мне)(?![\w']))",
    re.IGNORECASE,
)
_TOLD = factored(r"^\s*(?:[^\s,.;]+\s+){1,2}?(?=(?:that|dat|que|che|dass|что|że)(?![\w']))", re.IGNORECASE)
# Korean: when entering it somewhere, a figure or a quoted wording is recorded as such, in the polite declarative
# ("도서관 목록에 등록할 때에는 참가자 수를 12,000명으로 기록합니다").
_KOREAN_ENTERED = factored(
    # (when it is entered, quoted or passed on: "등록할 때에는", not "비가 내릴 경우에는")
    r"(?:등록|입력|인용|옮겨\s*적|옮기|기재|공유|전하|전달|소개|번역|퍼\s*나르)\S*\s*(?:때|경우)(?:에는|에|는)\s"
    r"[^.。]{0,60}?[\d'‘\"“「][^.。]{0,30}?(?:으로|로|라고)\s*"
    r"(?:기록|표기|기재|명시|소개|표시|등록)합니다"
)


# A figure in words, or a figure's qualifier: "pelo menos seis horas", «mais de», "at least", "ponad".
_FIGURE_WORD = factored(
    r"(?<![\w'])(?:more\s+than|at\s+least|nearly|almost|up\s+to|over|mais\s+de|pelo\s+menos|cerca\s+de|plus\s+de"
    r"|au\s+moins|près\s+de|más\s+de|al\s+menos|casi|oltre|almeno|circa|quasi|mehr\s+als|mindestens|rund|fast"
    r"|meer\s+dan|minstens|ongeveer|bijna|ponad|co\s+najmniej|około|prawie|более|не\s+менее|около|почти|свыше"
    r"|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundred|thousand|million|billion|deux|trois|quatre"
    r"|cinq|sept|huit|neuf|dix|cent|mille|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|mil|millón|millones"
    r"|due|quattro|cinque|sei|sette|otto|nove|dieci|cento|mila|milioni|duas|três|sete|oito|dez|milhões|zwei|drei"
    r"|vier|fünf|sechs|sieben|acht|neun|zehn|hundert|tausend|millionen|twee|drie|vijf|zes|zeven|negen|tien|honderd"
    r"|duizend|miljoen|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|sto|tysiące?|tysięcy|milion\w*"
    r"|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|сто|тысяч\w*|миллион\w*)(?![\w'])",
    re.IGNORECASE,
)


def story_quote(quote: re.Match[str]) -> str:
    """A quotation kept as wording only when it carries a figure, in digits or words, or its qualifier, or reads as a
    sentence of five words or more (a headline, a claim); a label's text, a term or a form of address is left out
    ("contains nuts", « plan social », "Dear Sir or Madam"), since rules, customs and forms dictate those."""
    inner = quote.group(0)[1:-1]
    return quote.group(0) if DIGIT.search(inner) or _FIGURE_WORD.search(inner) or len(inner.split()) >= 5 else " x "


# A source to name ("указывать в качестве источника фонд «…»", "give as the source ..."): what follows is the party.
_AS_SOURCE = factored(
    r"\s*(?:\S+\s+){0,3}?(?:as|als|comme|come|como|jako|в\s+качестве)\s+(?:(?:the|its|la|sa|leur|il|la|el|su|a|o"
    r"|sua|seu|die|de|het)\s+)?(?:source|quelle|fonte|fuente|bron|źródł\w*|источник\w*)(?![\w'])",
    re.IGNORECASE,
)


def worded(after: str, verb: str, impersonal: bool) -> bool:
    """The wording dictated, in the stretch after a verb of writing, saying, naming or presenting."""
    after = QUOTED.sub(story_quote, after)
    if not impersonal and wording(after):
        return True
    return bool(
        _NAME_AS.match(after)
        or _AS_SOURCE.match(after)
        or (_NAMING.match(verb) and _NAMES_TITLE.match(after))
        or _ITEM_FIGURE.match(after)
        or AS.match(after.lstrip())
    )


def credited(after: str) -> bool:
    """A party named in the next words: "przypisywać Instytutowi ...", "attribute it to Dr Vance"."""
    head = after[:60]
    return bool(TO_NAME.search(head)) or bool(
        re.match(rf"\s*(?:it\s+|this\s+|to\s+|lo\s+|la\s+|je\s+|ją\s+)?{_NAME}", head)
    )


def orders_wording(sentence: str) -> bool:
    """Whether `sentence` orders given wording in a mood other than the imperative (see the module's doc)."""
    japanese = _JAPANESE.search(sentence)
    if (japanese and not _JAPANESE_REPORTED.match(sentence, japanese.end())) or _KOREAN.search(sentence):
        return True
    if _KOREAN_ENTERED.search(sentence):
        return True
    for m in (*_JUSSIVE.finditer(sentence), *_USERS_TELL.finditer(sentence)):
        if "credit" not in m.groupdict() and not (PASSING_VERB.search(m.group(0)) or _USE.search(m.group(0))):
            continue  # "Die Wissenschaftler, die diesen Bericht erstellt haben, schreiben, dass ...": its authors
        # (whom they tell may come first: "vertellen leerlingen dat ...")
        after = _TOLD.sub(" ", sentence[m.end() : m.end() + REACH], count=1)
        if m.group("credit") if "credit" in m.groupdict() else False:
            if credited(after):
                return True
        elif worded(after, m.group("verb"), False):
            return True
    for m in _ORDER.finditer(sentence):
        if not (_PLEA.match(m.group("mood")) or _addressed(sentence[: m.start()])):
            continue  # a rule for anyone: "food labels must state that ...", "Trener musi przedstawić ... jako ..."
        after = sentence[m.end() : m.end() + REACH]
        if m.group("credit"):
            if credited(after):
                return True
        elif worded(after, m.group("write"), bool(_IMPERSONAL.match(m.group("mood")))):
            return True
    for mood in _MOOD_ALONE.finditer(sentence):
        if not (_PLEA.match(mood.group(0)) or _addressed(sentence[: mood.start()])):
            continue
        # German and Dutch: the verb closes the clause; what stands between is the wording.
        stretch = re.match(r"[^.;:!?]{1,100}", sentence[mood.end() :])
        last = _LAST.search(stretch.group(0)) if stretch else None
        if stretch is None or last is None:
            continue
        between = QUOTED.sub(story_quote, stretch.group(0)[: last.start()])
        if _BEFORE_LAST.search(between) or (last.group("credit") and _DATIVE_PARTY.search(between)):
            return True
    return False


_ANY = factored(
    rf"(?<![\w'])(?:{_MOOD}|{_CREDIT}|zuschreiben|zuzuschreiben|toeschrijven|toe\s+te|{_JUSSIVE_WRITE}"
    rf"|{_JUSSIVE_CREDIT}|{_THIS_TEXT})(?![\w'])",
    re.IGNORECASE,
)
_UNSPACED = factored(
    r"と(?:書|記|表記|明記|記載|紹介|伝え|呼|報じ|説明)|주시면|주셔야|주시기|주시길|주셨으면|주십시오|주세요|줘야"
    r"|(?:기록|표기|기재|명시|소개|표시|등록)합니다"
)


# (searched in the lower-cased text: a long alternation costs four times as much when matched ignoring case)
# (no escape whose case matters, such as \S or \W, stands in it: tests/test_hostile_round45.py)
_ANY_LOWER = factored(_ANY.pattern.lower())


def may_order(text: str) -> bool:
    """Whether `text` holds a word one of these orders needs: most stories hold none, and are not read further."""
    return bool(_ANY_LOWER.search(text.lower()) or _UNSPACED.search(text))


def order_words(text: str) -> list[int]:
    """Where in `text` the words `may_order` looks for start, in order: one pass over the whole text, so that a
    sentence holds one when a start falls inside it (the text's lower case is as long as the text, or the text is
    read case-blind)."""
    lower = text.lower()
    spaced = _ANY_LOWER.finditer(lower) if len(lower) == len(text) else _ANY.finditer(text)
    return sorted([m.start() for m in spaced] + [m.start() for m in _UNSPACED.finditer(text)])
