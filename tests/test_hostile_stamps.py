"""A page's time stamp over its entries is no box's title (round sixty-eight): "Última actualización: 16:05" or
"更新时间：7月16日 18:30" above a live blog's entries sets the stamp apart, not the entries under it; a label line that
keeps its line break sets apart its own line, not the next one. A box's title with no clock time still sets apart
the block under it. A dateline's hyphenated town before a dash ("SAINTE-AVELINE — Les bus …") is no wire
slug, and a sentence ending in a footnote's mark after its stop ("… Роман Жуков.¹") is no display line."""

from __future__ import annotations

from summarise.grounding.hostile import find_directives

LIVE_ES = (
    "Directo | El incendio de Villaseca supera las 300 hectáreas\n\n"
    "Última actualización: 16:05\n"
    "15:48 — El incendio declarado a las 12:30 de este sábado en el paraje de Los Cañizares ha calcinado ya unas "
    "300 hectáreas de pinar.\n"
    "15:55 — La Guardia Civil mantiene cortada la A-1702.\n"
)
LIVE_ZH = (
    "直播｜强降雨致梅溪县城多条街道积水\n\n"
    "更新时间：7月16日 18:30\n"
    "【17:50】今天下午3时许，梅溪县城关镇遭遇短时强降雨，两小时降雨量达186毫米。\n"
    "【18:25】G205国道部分路段临时封闭。\n"
)
BOX = "Storm closes Fenby bridge\n\nThe bridge closed on Monday.\n\nKey points\nThe toll is 9 euros from Friday.\n"


def _apart(text: str) -> list[str]:
    return [text[lo:hi].strip() for lo, hi in find_directives(text).apart]


def test_an_update_stamp_sets_apart_itself_not_the_entries_under_it() -> None:
    assert _apart(LIVE_ES) == ["Última actualización: 16:05"]
    story = find_directives(LIVE_ES).story
    assert "paraje de Los Cañizares" in story and "A-1702" in story


def test_a_label_line_with_its_break_ends_on_its_own_line() -> None:
    assert _apart(LIVE_ZH) == ["更新时间：7月16日 18:30"]
    assert "梅溪县城关镇" in find_directives(LIVE_ZH).story


def test_a_box_title_without_a_clock_still_sets_apart_its_block() -> None:
    story = find_directives(BOX).story
    assert "The bridge closed on Monday." in story
    assert "9 euros" not in story


DATELINE_DASH = (
    "Grève des bus mardi\n\nSAINTE-AVELINE — Les bus du réseau Avelibus circuleront très peu mardi en raison d'une "
    "grève des conducteurs.\n"
)
SLUG = "Crane collapses\n\nPORT-CRANE/COLLAPSE (UPDATE 2)\nA crane collapsed at the Saltmarren terminal on Monday.\n"
FOOTNOTE = (
    "Новый график\n\nС 1 декабря в Лесогорске мусор будут вывозить по новому графику, сообщил Роман Жуков.¹\n\n"
    "Жителям частного сектора необходимо выставлять контейнеры к дороге до восьми часов утра в дни вывоза.\n\n"
    "¹ Сейчас мусоровозы совершают 35 рейсов в неделю.\n"
)


def test_a_datelines_hyphenated_town_before_a_dash_is_no_wire_slug() -> None:
    assert "Les bus du réseau" in find_directives(DATELINE_DASH).story
    # (a slug on its own line is still set apart; the story under it is not)
    story = find_directives(SLUG).story
    assert "PORT-CRANE/COLLAPSE" not in story and "A crane collapsed" in story


def test_a_footnote_mark_after_the_stop_ends_the_sentence() -> None:
    story = find_directives(FOOTNOTE).story
    assert "мусор будут вывозить" in story
    assert "35 рейсов" not in story
