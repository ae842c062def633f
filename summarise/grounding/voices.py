"""Words a page carries that are not the newsroom's account: readers' comments and posts by a handle (round seven).

A story quotes people it names, and a reporter stands behind the naming. A comment under the story, or a post by
an account known only by its handle, is a voice the newsroom has not vouched for, whether the page shows it in a
comment section or the story quotes it in its prose. It is found by who speaks, not by what is said:

- **a handle**: a sentence that carries an account's handle (`@HelpHollowbrook`, not an e-mail address) or a
  pseudonym in quotation marks made as user names are made, with an underscore or closing digits ("Dunmore_Dave",
  « Gégé_du_71 », «Рыбак_Сольва», "reisefuchs88"), or after a word that introduces one ("posting as", "signant",
  "под ником", 网友"...");
- **a reader's comment**: a sentence in which a reader or commenter (reader, internaute, Leser, lector, читатель,
  网友, 누리꾼, ...) and a comment (comment, Kommentar, commentaire, комментарий, 评论, 댓글, ...) both appear;
- **a comment section**: a heading or a short line that names comments ("### Kommentare (3)", "Comments",
  "Комментарии", "댓글") and everything after it, up to the next heading or the end.

Kept for the reader, lending no support (see `hostile.Screen`). The cost: a reader's genuine comment quoted by the
story, and a genuine official post quoted with its handle, lend nothing either, so a fact only they give is listed
as not verified. A named person who "wrote on social media", or an official account named by its owner ("En su
cuenta oficial, la Policía Local escribió"), carries no handle and stays the story's.
"""

from __future__ import annotations

import re

from ..patterns import factored
from .prefilter import Prefiltered

_QUOTES = "\"'“”„«»‹›「」『』‚‘’"
# An account's handle: "@" not after a word or dot (an e-mail address), then a user name.
_AT_HANDLE = r"(?<![\w.@])@[A-Za-z_]\w{1,30}"
# A user name in quotation marks, made as user names are: an underscore inside it, or letters closed by digits.
_QUOTED_USER = rf"[{_QUOTES}]\s?(?:\w+_[\w.]+|[^\W\d_]{{3,}}\d{{2,}})\s?[{_QUOTES}]"
# Words that introduce a pseudonym, before the name (quoted or not).
_PSEUDONYM_CUES = (
    r"posting as|posts as|under the (?:user ?)?name|username|user name|signant|sous le pseudo(?:nyme)?|"
    r"sous le nom de|unter dem (?:Nutzer|Benutzer)?namen|Nutzername|con el seudónimo|firmando como|bajo el nombre de|"
    r"con il nickname|con lo pseudonimo|com o nome de usuário|sob o pseudónimo|под ником|под псевдонимом|ник"
)
_PSEUDONYM = factored(
    rf"{_AT_HANDLE}|{_QUOTED_USER}|(?<!\w)(?:{_PSEUDONYM_CUES})(?!\w)"
    rf"|(?:网友|网民|用户|博主|昵称|ユーザー|닉네임|누리꾼|네티즌)\s?[{_QUOTES}@]",
    re.IGNORECASE,
)
# A name in quotation marks after a kind of outlet is the outlet's, however it is made: «Заречье24», "Radio61".
_OUTLET_BEFORE = factored(
    r"(?<![^\W\d_])(?:portal|website|site|newspaper|paper|channel|station|outlet|agency|magazine|Zeitung|Sender|"
    r"Nachrichtenportal|Onlineportal|Magazin|journal|chaîne|radio|télévision|periódico|diario|cadena|emisora|canal|"
    r"revista|портал|сайт|издание|телеканал|газета|агентство|радиостанция|журнал|видання|радіо|"
    r"网站|报|电视台|媒体|サイト|紙|방송|신문|매체|موقع|صحيفة|قناة|وكالة)\s*$",
    re.IGNORECASE,
)
_READER = (
    r"readers?|commenters?|internautes?|lecteurs?|lectrices?|Leser(?:in|innen)?|Kommentator(?:in|en)?|User(?:in)?|"
    r"lector(?:a|es)?|comentarista|internautas?|leitor(?:a|es)?|lettor[ei]|lettrice|utenti|читател[ьяюие]\w*|"
    r"комментатор\w*|пользовател\w+"
)
_COMMENT = (
    r"(?<!for )(?<!to )(?<!no )comments?|commented|commenting|commentaires?|commenté|Kommentar\w*|kommentiert\w*|"
    r"comentari\w*|comentou|comentó|comment[oi]|commentato|коммент\w*"
)
_READER_COMMENT = Prefiltered(
    factored(
        rf"(?<!\w)(?:{_READER})(?!\w)[^\n]*?(?<!\w)(?:{_COMMENT})(?!\w)"
        rf"|(?<!\w)(?:{_COMMENT})(?!\w)[^\n]*?(?<!\w)(?:{_READER})(?!\w)"
        r"|(?:网友|网民|读者)[^\n。]*?(?:评论|留言)|(?:评论|留言)[^\n。]*?(?:网友|网民|读者)"
        r"|(?:누리꾼|네티즌|독자)[^\n.]*?댓글|댓글[^\n.]*?(?:누리꾼|네티즌|독자)",
        re.IGNORECASE,
    )
)
# A comment section's head: a markdown heading or a line of its own naming comments, with a count at most.
_SECTION = factored(
    r"^[ \t]*+(?:#{1,6}[ \t]++)?[*_]*+[ \t]*+(?:(?:reader|readers'?|user)[ \t]++)?"
    r"(?:comments|kommentare|leserkommentare|commentaires|comentarios|comentários|commenti|комментарии|"
    r"评论|网友评论|读者评论|댓글|베스트 댓글|コメント|reacties|komentarze)"
    r"[ \t]*+(?:\(\d{1,5}\)|\d{1,5})?[ \t]*+[*_:]*+[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADING = factored(r"^[ \t]*#{1,6}[ \t]", re.MULTILINE)


_OPENS = "“„«‹「『"
_CLOSES = "”»›」』"


def _quoted_on(text: str, lo: int, hi: int) -> int:
    """Where the voice's words end: a sentence that opens a quotation it does not close, or that ends with a colon,
    runs on to the end of its line (the quoted comment or post)."""
    sentence = text[lo:hi].rstrip()
    opened = sum(sentence.count(c) for c in _OPENS) > sum(sentence.count(c) for c in _CLOSES)
    if opened or sentence.endswith((":", "：")):
        end = text.find("\n", hi)
        return len(text) if end < 0 else end
    return hi


def _handle(text: str, found: re.Match[str]) -> bool:
    """Whether a `_PSEUDONYM` match names an account: a quoted name after a kind of outlet ("Местный портал
    «Заречье24»") is the outlet's (round 53, found on a new held-out article)."""
    name = found.group(0)
    # (an underscore is a user name's mark, not an outlet's: 'The Telegram channel "Rybar_22"' is an account)
    outlet = name[0] in _QUOTES and "_" not in name
    return not (outlet and _OUTLET_BEFORE.search(text, max(0, found.start() - 30), found.start()))


def voice_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` given to a handle or to a reader's comment, and the comment sections (see the
    module's docstring)."""
    spans = []
    for lo, hi in sentences:
        if any(_handle(text, m) for m in _PSEUDONYM.finditer(text, lo, hi)) or _READER_COMMENT.search(text[lo:hi]):
            spans.append((lo, _quoted_on(text, lo, hi)))
    for head in _SECTION.finditer(text):
        after = _HEADING.search(text, head.end())
        spans.append((head.start(), after.start() if after else len(text)))
    return spans
