"""Numbers written as words outside English ("cinq habitants", "fünf Bewohner", "пять человек", "خمسة أشخاص"): read
as figures in a text of their language, and only there."""

from __future__ import annotations

import pytest

from summarise import reading, summarise
from summarise.grounding.numbers import find_figures


def _figures(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    read = reading.read(text, lang)
    return [
        (text[f.value[0] : f.value[1]], f.number, text[f.counts[0] : f.counts[1]] if f.counts else None)
        for f in read.figures
    ]


@pytest.mark.parametrize(
    ("text", "lang", "word", "number", "counts"),
    [
        ("L'incendie s'est déclaré dans la nuit ; cinq habitants ont été blessés.", "fr", "cinq", 5, "habitants"),
        ("Beim Brand in der Altstadt wurden fünf Bewohner verletzt.", "de", "fünf", 5, "Bewohner"),
        ("En el incendio resultaron heridos cuatro vecinos del edificio.", "es", "cuatro", 4, "vecinos"),
        ("No incêndio ficaram feridos três moradores do prédio.", "pt", "três", 3, "moradores"),
        ("Nell'incendio sono rimasti feriti quattro residenti.", "it", "quattro", 4, "residenti"),
        ("Bij de brand raakten vijf bewoners gewond.", "nl", "vijf", 5, "bewoners"),
        ("При пожаре пострадали пять человек.", "ru", "пять", 5, "человек"),
        ("Під час пожежі постраждали п’ять людей.", "uk", "п’ять", 5, "людей"),
        ("W pożarze rannych zostało pięć osób.", "pl", "pięć", 5, "osób"),
        ("أصيب في الحريق خمسة أشخاص.", "ar", "خمسة", 5, "أشخاص"),
        ("Die Gewerkschaft zählte zwölf Streikposten vor dem Werk.", "de", "zwölf", 12, "Streikposten"),
        ("Пенсионерка провела двое суток в затопленном подвале.", "ru", "двое", 2, "суток"),
    ],
)
def test_a_number_word_is_a_figure_in_its_language(text: str, lang: str, word: str, number: float, counts: str) -> None:
    assert (word, number, counts) in _figures(text, lang)


def test_a_number_word_takes_the_scale_after_it() -> None:
    assert [(f.value, f.unit) for f in find_figures("Las obras costarán cinco millones de euros.", "es")] == [
        (5e6, "EUR")
    ]


def test_arabic_and_joined_to_a_number_word_is_not_part_of_it() -> None:
    text = "أصيب خمسة أشخاص وثلاثة أطفال في الحريق."
    found = [(f.value, text[f.span_start : f.span_end]) for f in find_figures(text, "ar")]
    assert found == [(5.0, "خمسة"), (3.0, "ثلاثة")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another language's word: "sept" abbreviates September, "dos" is "of the", "elf" an elf, "acht" respect
        ("The vote is set for Sept 5 in the town hall.", "en"),
        ("A reunião dos moradores foi adiada.", "pt"),
        ("Der Film erzählt von einem Elf aus dem Norden.", "en"),
        # "one" is the article "a"; "neuf" is new; a hyphenated compound is read whole or not at all
        ("Une nouvelle école a ouvert dans un bâtiment neuf.", "fr"),
        ("Vingt-cinq ans plus tard, la ville a changé.", "fr"),
        # "les deux", "los dos": both
        ("Les deux parties ont signé l'accord mardi.", "fr"),
        ("Los dos gobiernos firmaron el acuerdo.", "es"),
        # "pour cent", "per cento" are per cent
        ("Le chômage a reculé de deux pour cent.", "en"),
    ],
)
def test_what_is_no_number_word_here_is_not_read(text: str, lang: str) -> None:
    found = {f.value for f in find_figures(text, lang)}
    assert found <= {5.0} if "Sept 5" in text else found == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les Aigles ont remporté leur premier titre depuis douze ans.", "fr"),
        ("Die Mannschaft holte den ersten Titel seit zwölf Jahren.", "de"),
        ("Los Halcones ganaron la final, su primer título en doce años.", "es"),
        ("«Буревій» вперше за десять років став чемпіоном.", "uk"),
        ("The Falcons won their first title in twelve years.", "en"),
        ("Die Mannschaft holte den ersten Titel seit 12 Jahren.", "de"),
    ],
)
def test_the_time_since_something_last_happened_counts_nothing(text: str, lang: str) -> None:
    assert _figures(text, lang) == []


def test_a_figure_the_article_writes_in_words_is_verified() -> None:
    article = (
        "Incendie à Bérolles : cinq habitants blessés\n\n"
        "L'incendie s'est déclaré vers 3 heures du matin au deuxième étage d'un immeuble de la rue des Tanneurs, "
        "ont indiqué les pompiers. Cinq habitants ont été blessés, dont deux grièvement, selon la préfecture. "
        "Douze familles ont été relogées par la mairie."
    )
    result = summarise(article, engine="extractive")
    verified = {(f.number, f.value) for f in result.figures}
    assert (5.0, "Cinq") in verified or (5.0, "cinq") in verified
    assert (12.0, "Douze") in verified


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rosa trabalha na casa há vinte e dois anos.", "pt"),
        ("Самому старшему участнику восемьдесят два года.", "ru"),
        ("Hervé habite à trois cents mètres de la zone.", "fr"),
        ("Straty sięgają około dwóch milionów pięciuset tysięcy złotych.", "pl"),
        ("أصيب خمسة وعشرون شخصا في الحادث.", "ar"),
        ("Der Verein hat dreiundzwanzig Mitglieder.", "de"),
    ],
)
def test_a_larger_number_in_several_words_is_not_read_in_part(text: str, lang: str) -> None:
    # (not read at all rather than read as its last or first word: "vinte e dois" is not two)
    assert find_figures(text, lang) == []


def test_a_scale_the_scanner_knows_is_read_with_the_word_before_it() -> None:
    text = "Больница обслуживает около тридцати тысяч жителей."
    assert [(f.value, f.qualifier) for f in find_figures(text, "ru")] == [(30000.0, "about")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an hour: by the part of the day after it, or by "antes de las", "desde as", "depois das" before it
        ("La tienda abre a las ocho de la mañana.", "es"),
        ("La tienda abre a las 8 de la mañana.", "es"),
        ("O posto está aberto desde as seis da manhã.", "pt"),
        ("Магазин работает до шести вечера.", "ru"),
        ("Los comercios cierran antes de las ocho.", "es"),
        ("O mercado fecha antes das dez.", "pt"),
        # a multiplier
        ("Il numero dei visitatori era tre volte più alto del solito.", "it"),
        ("Les files d'attente étaient deux fois plus longues.", "fr"),
        # an age
        ("Las plazas son solo para mayores de sesenta años.", "es"),
        # a period referred to, and how long something has gone on
        ("La decisione arriverà entro sessanta giorni.", "it"),
        ("Negli ultimi due anni il paese ha perso abitanti.", "it"),
        ("Eusebio lleva cuarenta años cocinando en el mismo bar.", "es"),
        # a share: one in so many
        ("Secondo i dati, un lettore su tre si informa sul telefono.", "it"),
        # not a number at all: "семью" is a family
        ("Семью эвакуировали из горящего дома.", "ru"),
    ],
)
def test_what_counts_nothing_in_words_or_digits_is_not_a_figure(text: str, lang: str) -> None:
    assert _figures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Schepen moeten omvaren, wat ruim drie uur extra betekent.", "nl", "ruim drie"),  # hours, not o'clock
        ("Los trabajos durarán ocho días más de lo previsto.", "es", "ocho días"),
        ("Около ста человек пришли на митинг.", "ru", "Около ста"),
        ("Die Feuerwehr rettete drei Menschen aus dem Haus.", "de", "drei"),
    ],
)
def test_a_count_or_duration_beside_those_words_stays(text: str, lang: str, word: str) -> None:
    assert word in [w for w, _, _ in _figures(text, lang)]


# A fresh-eyes review's finds (2026-12-06), each read wrongly or dropped by the first version of this reading.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a larger number with "one" in it, or hundreds, or more after the scale, or an Arabic teen
        ("Vingt et un blessés ont été transportés.", "fr"),
        ("Murieron treinta y una personas.", "es"),
        ("Погиб двадцать один человек.", "ru"),
        ("قتل واحد وعشرون شخصا.", "ar"),
        ("قتل إحدى وعشرين امرأة.", "ar"),
        ("Погибли триста пять человек.", "ru"),
        ("Murieron doscientas cinco personas.", "es"),
        ("Morreram trezentos e cinco soldados.", "pt"),
        ("Zginęło dwieście pięć osób.", "pl"),
        ("قتل ثلاثمائة وخمسة أشخاص.", "ar"),
        ("قتل مئتان وخمسون شخصا.", "ar"),
        ("Приехали две тысячи пятьсот человек.", "ru"),
        ("Llegaron dos mil quinientas personas.", "es"),
        ("قتل ثلاثة عشر شخصا.", "ar"),
        ("Встреча с двадцатью пятью участниками.", "ru"),
        ("Близько дев'яноста п'яти людей.", "uk"),
        ("Две с половиной тысячи человек вышли на улицы.", "ru"),
        ("Es kamen drei Dutzend Menschen.", "de"),
        ("Sono arrivati duemila cinque migranti.", "it"),
        ("Es kamen zweitausend fünf Menschen.", "de"),
        # a date, an hour, a fraction, a saying
        ("El dos de mayo se celebra en Madrid.", "es"),
        ("La reunión empezó a las once.", "es"),
        ("A reunião começou às dez.", "pt"),
        ("Президент подписал указ в три часа ночи.", "ru"),
        ("تم تخصيص خمس الميزانية للصحة.", "ar"),
        ("Vinieron de dos en dos hasta llenar la sala.", "es"),
        ("La mairie est à deux pas de la gare.", "fr"),
        ("El cien por cien de los vecinos votó.", "es"),
    ],
)
def test_no_part_of_a_larger_number_nor_a_date_hour_or_saying_is_read(text: str, lang: str) -> None:
    assert _figures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "written", "number"),
    [
        ("Los dos millones de habitantes quedaron sin luz.", "es", "dos millones", 2e6),
        ("Ces deux hommes ont été arrêtés mardi.", "fr", "deux", 2),
        ("Загинули пʼять людей.", "uk", "пʼять", 5),
        # the rules for numbers that count nothing leave these counts, in digits and words
        ("Se registraron temperaturas mayores de 40 grados.", "es", "40", 40),
        ("La primera fase se completará en 18 meses.", "es", "18 meses", 18),
        ("The first phase will be finished in 18 months.", "en", "18 months", 18),
        ("El número de muertos se elevó hasta las 12 personas.", "es", "12", 12),
        ("È stato condannato a una pena da 12 anni di carcere.", "it", "12", 12),
        ("Las siete veces que se ha celebrado el torneo, ganó España.", "es", "siete", 7),
        ("Компания заплатила штраф за 5 дней простоя.", "ru", "5 дней", 5),
        ("Фестиваль продлится три вечера.", "ru", "три", 3),
    ],
)
def test_a_count_the_first_version_lost_is_read(text: str, lang: str, written: str, number: float) -> None:
    assert (written, number) in [(w, n) for w, n, _ in _figures(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El accidente ocurrió en Tres Cantos el lunes.", "es"),
        ("España juega el Seis Naciones de rugby.", "es"),
        ("La ONCE repartió premios en Sevilla.", "es"),
        ("La bataille de Quatre Bras a fait des milliers de morts.", "fr"),
        ("Die Elf von Trainer Nagelsmann verlor am Samstag.", "de"),
        ("Die Polizei ließ die Vorschriften außer Acht.", "de"),
        # and a decade, with a capital or without
        ("Il ponte fu costruito negli anni Cinquanta.", "it"),
        ("Il ponte fu costruito negli anni cinquanta.", "it"),
    ],
)
def test_a_number_word_with_a_capital_inside_a_sentence_is_a_name_or_a_noun(text: str, lang: str) -> None:
    assert _figures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Elf Menschen wurden verletzt.", "de", "Elf"),
        ("MADRID, 3 may (EFE) – Tres personas murieron en el incendio.", "es", "Tres"),
        ("Le bilan est lourd : Cinq blessés graves.", "fr", "Cinq"),
        ("**Dwa** razy w roku odbierane są odpady.", "pl", "Dwa"),
        ("‘Tien mensen raakten gewond’, zei hij.", "nl", "Tien"),
    ],
)
def test_a_number_word_opening_a_sentence_or_clause_is_read(text: str, lang: str, word: str) -> None:
    assert word in [w for w, _, _ in _figures(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # the scale after a number, in digits or words: these were read as the bare number ("3 milioni" as 3)
        ("Il progetto costa 3 milioni di euro.", "it", 3e6),
        ("Lo Stato ha stanziato 3 miliardi di euro.", "it", 3e9),
        ("Sono arrivati 3 mila migranti.", "it", 3e3),
        ("O governo gastou 2 milhões de euros.", "pt", 2e6),
        ("O défice chegou a 2 mil milhões de euros.", "pt", 2e9),
        ("A Petrobras lucrou 2 bilhões de reais.", "pt", 2e9),
        ("De gemeente trekt 5 miljoen euro uit.", "nl", 5e6),
        ("Er kwamen 3 duizend mensen.", "nl", 3e3),
        ("Rząd przeznaczy 2 miliony złotych.", "pl", 2e6),
        ("Na osiedlu mieszka blisko cztery tysiące osób.", "pl", 4e3),
        ("Збитки склали 2 мільйони гривень.", "uk", 2e6),
        ("La pétition a recueilli plus de six mille signatures.", "fr", 6e3),
    ],
)
def test_the_scale_after_a_number_is_read_in_more_languages(text: str, lang: str, value: float) -> None:
    assert [f.value for f in find_figures(text, lang)] == [value]


def test_italian_di_joins_a_sum_to_its_currency() -> None:
    assert [(f.value, f.unit) for f in find_figures("Il progetto costa 3 milioni di euro.", "it")] == [(3e6, "EUR")]
