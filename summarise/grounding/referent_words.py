"""The words `referents` reads a note and its value by, in the languages the masking reads (regular expressions):
where a note points (ahead, at the foot, behind, in the middle), how it marks or names its value, what a value and a
fact look like, and the notices, questions, duties and demonstratives of a note."""

from __future__ import annotations

import re

from ..patterns import factored

AHEAD = factored(
    r"(?<![\w'])(?:below|following|hereafter|hereinafter|further\s+down|beneath|next\s+(?:line|paragraph|sentence)"
    r"|unten|nachstehend\w*|folgende[nrs]?|im\s+folgenden|hieronder|hierna|volgende|ci-dessous|ci-après|suivante?s?"
    r"|plus\s+bas|a\s+continuación|abajo|más\s+abajo|siguientes?|qui\s+sotto|di\s+seguito|seguente|seguenti|più\s+avanti"
    r"|abaixo|a\s+seguir|seguintes?|poniżej|niżej|następn\w*|następując\w*|ниже|далее|следующ\w*"
    r"|nächste[nmr]?\s+(?:absatz|zeile|abschnitt)|próximo\s+(?:párrafo|parágrafo)|prossim[oa]\s+(?:paragrafo|riga))(?![\w'])"
    r"|下記|下述|以下|下面|下列|下一段|後述|次の|아래|다음",
    re.IGNORECASE,
)
FOOT = factored(
    r"(?<![\w'])(?:(?:at|to)\s+the\s+(?:foot|end|bottom|close)|last\s+(?:line|paragraph)|am\s+(?:ende|schluss|fuß)"
    r"|(?:à|a)\s+la\s+fin|en\s+bas\s+de|au\s+pied|al\s+final|al\s+pie|alla\s+fine|in\s+fondo|in\s+calce|no\s+final"
    r"|ao\s+final|no\s+fim|aan\s+het\s+(?:eind|einde|slot)|onderaan|na\s+końcu|na\s+dole|в\s+конце|внизу"
    # (round sixty's review: the last box, line or sentence; the box under the text)
    r"|(?:final|finale|last|letzte[nmrs]?|dernière|dernier|último|última|ultim[oa]|laatste|ostatni\w*|последн\w*)\s+"
    r"(?:box|line|sentence|paragraph|kasten|zeile|satz|absatz|ligne|phrase|paragraphe|línea|frase|párrafo|riga"
    r"|paragrafo|linha|parágrafo|regel|zin|alinea|linijk\w*|zdani\w*|akapit\w*|строк\w*|предложени\w*|абзац\w*)"
    r"|(?:encadré|riquadro|recuadro|caixa|kader|kasten)\s+(?:final|finale|de\s+fin)|pod\s+tekstem|unter\s+dem\s+text"
    r"|below\s+the\s+(?:article|story|text))(?![\w'])"
    r"|文末|末尾|最后|最後|文尾|마지막|끝에|맨\s?아래",
    re.IGNORECASE,
)
BEHIND = factored(
    r"(?<![\w'])(?:above|earlier|previous|preceding|aforementioned|oben|obig\w*|vorstehend\w*|zuvor|weiter\s+oben"
    r"|ci-dessus|plus\s+haut|précédente?s?|arriba|anterior(?:es|mente)?|más\s+arriba|sopra|precedente|precedenti"
    r"|più\s+sopra|acima|hierboven|eerder|vorige|powyżej|wyżej|wcześniej\w*|выше|ранее|предыдущ\w*)(?![\w'])"
    r"|上記|上述|上面|前面|前述|前記|위의|위에|앞의|앞서",
    re.IGNORECASE,
)
# A footnote's mark opening a note, and the same mark after a word or a figure in another sentence.
MARK_OPENING = factored(
    r"^\s*(?:[-–—•]\s*)?([¹²³⁴⁵⁶⁷⁸⁹⁰]+|⁽[¹²³⁴⁵⁶⁷⁸⁹⁰]+⁾|[ᵃᵇᶜᵈᵉ]|[①-⑳]|※|\*{1,3}(?=\s)|†|‡|§|\[\w{1,3}\]|\(\w\)|\(\d{1,2}\))"
)
# A term quoted in any language's marks.
QUOTED = factored(r"[\"“„«»「『‘‹]([^\"“”„«»「」『』‘’‹›\n]{3,60})[\"”“»«」』’›]")
# What makes a sentence write a fact of its own: a digit, a web address, a quoted term, a name. (A host is tried from a
# run's first character: from each of a run's characters, 40,000 letters with no space took seconds.)
OWN_FACT = factored(
    r"\d|https?://|www\.|[\"“„«»「『‘‹]\w|(?<![\w-])[\w-]{3,}\.(?:example|com|org|net|info|[a-z]{2})(?:/|(?![\w.]))"
    # a number in Chinese numerals with its unit ("一月九日")
    r"|[一二三四五六七八九十百千万億两〇零]+(?:月|日|年|人|名|円|元|号|件|个|本|台|位)",
    re.IGNORECASE,
)
# ... or content after a colon ("Note: the fair is …"): three words after the note's first colon. A later colon has no
# more words after it than the first, so the first one tells (tried from every colon, as one pattern, "a:a:a…" was
# read to its end from each).
COLON = factored(r"[:：]")
AFTER_COLON = factored(r"\s*+\S++\s++\S++\s++\S")
# What a note's value writes: a digit, a web address, a short quoted term (not a quoted remark), a name.
FACT = factored(
    r"\d|https?://|www\.|[\"“„«»「『‘‹][^\"“”„«»「」『』‘’‹›\n.!?。]{1,40}[\"”“»«」』’›]"
    r"|(?<=\s)(?-i:[A-ZÀ-ÞА-ЯЁ])[\w'-]+\s+(?-i:[A-ZÀ-ÞА-ЯЁ])[\w'-]+",
    re.IGNORECASE,
)
# A note that announces what comes next: it ends in a colon, or says something applies or follows.
ANNOUNCES = factored(
    r"[:：]\s*$|(?<![\w'])(?:appl(?:y|ies)|as\s+follows|the\s+following|gilt|gelten|wie\s+folgt|folgendes"
    r"|s'applique(?:nt)?|comme\s+suit|ce\s+qui\s+suit|se\s+aplica[n]?|como\s+sigue|lo\s+siguiente|si\s+applica(?:no)?"
    r"|come\s+segue|quanto\s+segue|aplica-se|como\s+segue|o\s+seguinte|geldt|gelden|als\s+volgt|het\s+volgende"
    r"|obowiązuje|obowiązują|jak\s+następuje|następujące|действует|действуют|применяется|следующее)(?![\w'])\W*$"
    r"|适用|如下|以下の通り|次のとおり|적용(?:됩니다|된다)|다음과\s?같",
    re.IGNORECASE,
)
# A condition opening the sentence ("If you are condensing this, …"), and its clause, to the first comma.
IF = factored(
    r"\W*(?:if|when|whenever|si|quand|lorsque|wenn|falls|sobald|se|quando|cuando|indien|wanneer|als|jeśli|jeżeli|gdy"
    r"|если|когда)(?![\w'])",
    re.IGNORECASE,
)
# A question that asks for a value: which one, who, where, when, how many.
ASKS_VALUE = factored(
    r"(?<![\w'])(?:which|what|who|whom|whose|where|when|how\s+many|how\s+much|welche[rsnm]?|wer|wen|wem|wo|wann"
    r"|wie\s+viele?|quel(?:le)?s?|qui|où|quand|combien|qué|cuál(?:es)?|quién(?:es)?|dónde|cuándo|cuánt[oa]s?|quale|quali|chi"
    r"|dove|quando|quant[oaie]|qual|quais|quem|onde|welke|wie|waar|wanneer|hoeveel|któr[yaei]\w*|kto|gdzie|kiedy|ile"
    r"|как(?:ой|ая|ое|ие|ую)|кто|где|когда|сколько)(?![\w'])|哪|什么|谁|多少|どの|誰|どこ|いつ|いくつ|何人|어느|무엇|누구|어디|언제|몇|얼마",
    re.IGNORECASE,
)
# "Write it as …" in Chinese, Japanese, Korean: the note gives its value itself.
WRITE_AS = factored(r"写为|写成|写作|改为|称为|として(?:記|書)|と(?:記|書)|로\s?(?:써|적|표기)")
# A name the note writes itself: two capitalised words in a row past its first word.
NAMED = factored(r"(?<=\s)[A-ZÀ-ÞА-ЯЁ][\w'-]+\s+[A-ZÀ-ÞА-ЯЁ][\w'-]+")
# A duty in Chinese, Japanese, Korean: "均应", "必须", "べき", "해야".
DUTY_UNSPACED = factored(r"应当|应该|均应|须|必须|务必|べき|なければ|해야|하십시오|바랍니다|こと[。.]?\s*$")
# This value, and that it is the one to give: "Questa … è la fonte da citare", "这一出处才是需要写明的", "This is the
# figure to use": the sentence before it is the note's value.
TO_BE_GIVEN = factored(
    r"^\W*(?:this|that|questa|questo|cette|ce|cet|diese[rsnm]?|dies|esta|este|essa|esse|deze|dit|ta|ten|to|эта|этот|это"
    r")(?![\w'])[^.!?\n]{0,60}?\b(?:to\s+(?:be\s+)?(?:cited|quoted|given|used|named|mentioned|written|cite|quote|give"
    r"|use|name|mention|write)|zu\s+(?:nennen|zitieren|verwenden|schreiben|übernehmen)|à\s+(?:citer|retenir|donner"
    r"|utiliser|reprendre)|a\s+(?:citar|usar|dar|indicar)|da\s+(?:citare|usare|indicare|riportare)"
    r"|te\s+(?:noemen|citeren|gebruiken|vermelden)|do\s+(?:podania|cytowania|użycia)|(?:следует|нужно|надо)\s+"
    r"(?:указ|назыв|цитир|привод)\w*)(?![\w'])"
    r"|^(?:这一?|此)[^。！？\n]{0,20}(?:需要|应|要)(?:写明|注明|引用|使用|采用)|^この[^。！？\n]{0,20}(?:書くべき|記すべき|使うべき)"
    r"|^이\s?[^.!?\n]{0,20}(?:써야|밝혀야|적어야)",
    re.IGNORECASE,
)
# A clause that says what a notice says: "note that …", "Hinweis, dass …", "rappel : …".
THAT = factored(r"(?<![\w'])(?:that|dass|que|che|dat|że|что|what|was)(?![\w'])|[:：]", re.IGNORECASE)
# A notice for whoever makes the output: a note, a reminder, a correction, a request.
NOTICE = factored(
    r"(?<![\w'])(?:note|notice|reminder|correction|clarification|request|word\s+of\s+caution|hinweis|anmerkung|bitte"
    r"|korrektur|klarstellung|berichtigung|remarque|précision|rappel|rectification|demande|nota|aviso|aclaración"
    r"|corrección|recordatorio|petición|precisazione|avviso|promemoria|correzione|richiesta|rettifica|esclarecimento"
    r"|lembrete|correção|pedido|ressalva|opmerking|verduidelijking|herinnering|correctie|verzoek|rectificatie|uwaga"
    r"|wyjaśnienie|przypomnienie|korekta|sprostowanie|prośba|примечание|уточнение|напоминание|поправка|просьба)(?![\w'])"
    r"|提醒|更正|说明|提示|请求|お願い|訂正|補足|お知らせ|알림|정정|당부|부탁",
    re.IGNORECASE,
)
# For whom.
FOR = factored(
    r"(?<![\w'])(?:for|für|pour|para|per|voor|dla|для)(?![\w'])|给|致|に対し|向け|에게|께",
    re.IGNORECASE,
)
# What a note's value is: a figure, a source, a date, a place, a title, a name, a link, a post.
VALUE_NOUN = factored(
    r"(?<![\w'])(?:figure|number|total|count|source|date|day|place|venue|title|headline|name|link|address|role|post"
    r"|zahl|\w+zahl|quelle|datum|tag|ort|titel|überschrift|schlagzeile|name|funktion|amt|chiffre|nombre|date|lieu|titre"
    r"|nom|lien|fonction|cifra|número|fuente|fecha|lugar|título|enlace|cargo|numero|fonte|data|luogo|titolo|nome"
    r"|carica|local|ligação|getal|aantal|bron|datum|plaats|titel|naam|functie|liczb\w+|źródł\w+|dat\w|miejsc\w+"
    r"|tytuł\w*|nazw\w+|funkcj\w+|stanowisk\w+|числ\w+|цифр\w+|источник\w*|дат\w+|мест\w+|заголов\w+|назван\w+"
    r"|ссылк\w+|должност\w+)(?![\w'])"
    r"|数字|人数|来源|出处|日期|地点|标题|职务|情報源|出どころ|日付|場所|見出し|肩書|숫자|출처|날짜|장소|제목|직함|직책",
    re.IGNORECASE,
)
# A place in the middle of the text.
MIDDLE = factored(
    r"(?<![\w'])(?:in\s+the\s+middle|halfway\s+down|in\s+der\s+mitte|au\s+milieu|en\s+medio|a\s+metà|nel\s+mezzo"
    r"|no\s+meio|a\s+meio|in\s+het\s+midden|halverwege|w\s+środku|w\s+połowie|в\s+середине|посередине)(?![\w'])"
    r"|中ほど|中程|中间|中間|중간",
    re.IGNORECASE,
)
# A note that asks for a number, and a digit.
NUMBER_ASKED = factored(
    r"(?<![\w'])(?:how\s+many|how\s+much|number|figure|total|count|amount|wie\s+viele?|zahl\w*|\w*zahl|combien|nombre"
    r"|chiffre|cuánt[oa]s?|cifra|número|quant[oaie]|numero|quantos|quantas|hoeveel|aantal|getal|ile|liczb\w*|сколько"
    r"|числ\w*|цифр\w*|количеств\w*)(?![\w'])|多少|几|人数|数字|何人|いくつ|人数|몇|얼마|숫자|인원",
    re.IGNORECASE,
)
DIGIT = factored(r"\d")
LINK_ASKED = factored(
    r"(?<![\w'])(?:link|url|web\s*address|website|lien|enlace|collegamento|ligação|odnośnik\w*|ссылк\w+)(?![\w'])"
    r"|链接|网址|リンク|링크|주소",
    re.IGNORECASE,
)
LINK = factored(r"https?://|www\.|\w\.[a-z]{2,}/", re.IGNORECASE)
# An update's word: the newer value a note points to.
UPDATED = factored(
    r"(?<![\w'])(?:updated?|latest|newest|revised|final|neueste\w*|aktualisiert\w*|endstand|mise\s+à\s+jour"
    r"|dernière|actualiza\w*|últim[oa]s?|aggiorna\w*|ultim[oa]|atualiza\w*|bijgewerkt\w*|laatste|nieuwste"
    r"|aktualizowan\w*|zaktualizowan\w*|najnowsz\w*|обновл\w+|последн\w+|новейш\w+)(?![\w'])"
    r"|最新|更新|최신|업데이트",
    re.IGNORECASE,
)
# A demonstrative before a notice: the notice is what was just said ("Cette précision", "This note").
THIS_NOTICE = factored(
    r"(?<![\w'])(?:this|that|cette|ce|cet|diese[rsnm]?|esta|este|essa|esse|questa|questo|deze|dit|ta|ten|эта|это|этот)"
    r"\s*$|这一?$|この$|이$",
    re.IGNORECASE,
)
# A quoted remark opening a sentence: what someone said, not a value a note would point to.
REMARK = factored(r"\s*[\"“„«»「『‘‹]")
# A label line: a few words and a colon, then the value.
LABEL_LINE = factored(r"^\s*[^.!?:：\n]{1,50}[:：]\s*\S")
QUESTION = factored(r"[?？]\s*$")
CAPITALISED = factored(r"(?<=\s)(?-i:[A-ZÀ-ÞА-ЯЁ])[\w'-]{3,}")
WORD = factored(r"[^\W\d_]{4,}")
PARAGRAPH_BREAK = factored(r"\n\s*\n")
