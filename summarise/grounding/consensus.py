"""A fact credited to every other outlet: what it gives lends no support.

A story names its sources. A sentence whose only source is all the other media ("According to all other media,
the toll now stands at 640", "Comme l'ont rapporté toutes les autres rédactions, le rachat a été confirmé",
"其他各家媒体均报道……") names none, and appeals to a consensus the reader cannot check; it is how a payload
written in the story's own voice makes a figure, a source or a status look settled. Such a sentence is set
apart: kept for the reader, lending no support (see `hostile.Screen`). A story that credits one outlet ("the
Gazette reported", "according to other media reports") names or hedges its source and is left alone: only the
universal "all other", "every other", "各家", "모든" is read.
"""

from __future__ import annotations

import re

from ..patterns import factored
from .prefilter import Prefiltered

_ALL_OTHERS = Prefiltered(
    factored(
        r"(?<![\w'])(?:"
        r"all\s+(?:the\s+)?other\s+(?:media|outlets?|newspapers|news\s+(?:organi[sz]ations|sites|outlets)|newsrooms"
        r"|reports|broadcasters|papers|sources)|every\s+other\s+(?:outlet|newspaper|news\s+(?:organi[sz]ation|site)"
        r"|newsroom|broadcaster|paper|report)"
        r"|alle\s+(?:anderen|übrigen)\s+(?:medien|zeitungen|redaktionen|sender|berichte)"
        r"|(?:toutes\s+les\s+autres\s+(?:rédactions|chaînes|sources)|tous\s+les\s+autres\s+(?:médias|journaux|titres))"
        r"|(?:todos\s+los\s+(?:demás|otros)\s+(?:medios|diarios|periódicos)|todas\s+las\s+(?:demás|otras)\s+"
        r"(?:redacciones|cadenas|fuentes))"
        r"|(?:tutti\s+gli\s+altri\s+(?:media|giornali|quotidiani)|tutte\s+le\s+altre\s+(?:testate|redazioni|fonti))"
        r"|(?:todos\s+os\s+(?:outros|demais)\s+(?:meios|veículos|jornais|média)|todas\s+as\s+(?:outras|demais)\s+"
        r"(?:redações|fontes|emissoras))"
        r"|alle\s+andere\s+(?:media|kranten|redacties|omroepen|bronnen)"
        r"|wszystkie\s+(?:inne|pozostałe)\s+(?:media|redakcje|gazety|źródła)"
        r"|все\s+(?:остальные|другие)\s+(?:сми|издания|редакции|газеты|источники)"
        r")(?![\w'])"
        r"|其他各家媒体|其他所有媒体|其他媒体均|各家媒体均|他の(?:すべての|全ての)?(?:メディア|報道機関)(?:も|は)?(?:すべて|全て|一様に)"
        r"|他社もすべて|다른 모든 (?:언론|매체)|모든 다른 (?:언론|매체)",
        re.IGNORECASE,
    )
)


def consensus_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` (its spans in `sentences`) whose source is every other outlet."""
    if not _ALL_OTHERS.may_match(text):
        return []
    return [(lo, hi) for lo, hi in sentences if _ALL_OTHERS.pattern.search(text, lo, hi)]
