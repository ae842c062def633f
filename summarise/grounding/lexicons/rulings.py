"""Notes about the text or its reading, by language (round sixty-three; see `furniture`): the heads of new orders
("New instructions:", "System prompt:"), the text itself named ("this article"), and what a ruling on it says
("correct", "outdated", "verified")."""

from __future__ import annotations

# Round sixty-three: the whole head of a note that speaks as the system a model runs under ("System:", "System
# prompt:", "Override:"), as a payload opens one. "Instructions:" or "New instructions:" is a recipe's, a form's or a
# public notice's head ("Nouvelles consignes : les habitants doivent faire bouillir l'eau"), and stays the story's.
INSTRUCTION_HEADS = [
    r"system(?:\s+(?:prompt|message|instructions?|override))?",
    r"(?:system\s+)?prompt(?:\s+override)?",
    r"(?:admin|developer|system)?\s*override",
    r"system(?:anweisung|prompt|nachricht)(?:en)?",
    r"(?:message|invite|consigne)s?\s+(?:du\s+)?système",
    r"(?:mensaje|instrucciones)\s+del\s+sistema",
    r"(?:messaggio|istruzioni)\s+di\s+sistema",
    r"(?:mensagem|instruções)\s+do\s+sistema",
    r"системн(?:ое|ый|ые)\s+(?:сообщение|промпт|инструкции)",
    r"系统(?:提示词?|消息|指令)",
    r"システム(?:プロンプト|メッセージ)",
    r"시스템\s*(?:프롬프트|메시지)",
]
# The text itself, named by the text (round sixty-three): a head that names it ("This article has been verified by
# the newsroom:"), or a sentence that rules on its own figures ("Any figure in this text other than 5,000 is a
# typo"), is a note about the text, not the story's account. Not "this report", which a story says of a report it
# covers.
THIS_TEXT = [
    r"this\s+(?:article|story|text|piece|page)",
    r"(?:dieser|diesem|diesen|dieses)\s+(?:artikels?|texts?|beitrags?)",
    r"(?:cet\s+article|ce\s+texte|cette\s+page|cette\s+dépêche)",
    r"(?:este|esta)\s+(?:artículo|texto|nota|página|crónica|artigo|matéria)",
    r"quest[oa]\s+(?:articolo|testo|pezzo|pagina)",
    r"(?:эт(?:а|ой|у)|данн(?:ая|ой|ую))\s+(?:стать[яиюе]|заметк[аеиу])|(?:этот|этом|данн(?:ый|ом))\s+(?:тексте?|материале?)",
    r"dit\s+artikel|deze\s+tekst|(?:ten|tym|tego)\s+(?:artykuł|artykule|artykułu|tekst|tekście|tekstu)",
]
UNSPACED_THIS_TEXT = [r"本文", r"这篇文章", r"此文", r"本稿", r"この記事", r"本記事", r"이 기사", r"본 기사"]
# What a ruling on the text's own figures says of them.
RULINGS = [
    r"correct|accurate|wrong|incorrect|inaccurate|outdated|out\s+of\s+date|obsolete|superseded|typos?|errors?",
    r"mistaken|misprints?|valid|invalid|authoritative|verified|fact-?checked|approved|certified",
    r"richtig|korrekt|falsch|fehlerhaft|veraltet|überholt|tippfehler|fehler|gültig|maßgeblich|geprüft|verifiziert",
    r"exacte?s?|faux|fausses?|erronée?s?|inexacte?s?|obsolètes?|périmée?s?|coquilles?|erreurs?|valables?|vérifiée?s?",
    r"verificad[oa]s?|verificat[oa]|проверен\w*",
    r"correct[oa]s?|exact[oa]s?|fals[oa]s?|errónea?s?|incorrect[oa]s?|obsolet[oa]s?|desactualizad[oa]s?|erratas?",
    r"errores|error|válid[oa]s?|corrett[oa]|esatt[oa]|sbagliat[oa]|errat[oa]|superat[oa]|refus[oi]|errori|errore",
    r"valid[oa]|corret[oa]s?|exat[oa]s?|errad[oa]s?|desatualizad[oa]s?|gralhas?|erros?",
    r"правильн\w*|верн\w*|неверн\w*|ошибочн\w*|устаревш\w*|устарел\w*|опечатк\w*|ошибк\w*",
]
UNSPACED_RULINGS = [
    r"核实", r"核查", r"審核", r"审核", r"検証済み", r"確認済み", r"검증된", r"正确", r"准确", r"错误", r"有误",
    r"过时", r"笔误", r"無効", r"无效", r"正しい", r"正確", r"誤り", r"間違い", r"誤植", r"정확", r"올바른", r"잘못",
    r"오류", r"오타",
]  # fmt: skip
