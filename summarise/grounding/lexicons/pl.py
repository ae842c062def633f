"""Polish: the word categories `addressing` reads (see `addressing_words`). Round six: set 6 wrote its notes in
Polish, which had only labels (`kinds`)."""

WORDS: dict[str, list[str]] = {
    "processor": [r"agregatory", r"ai", r"boty?", r"crawlery", r"modele językowe", r"chatboty?"],
    "processor_weak": [r"redakcje", r"media", r"serwisy", r"portale", r"narzędzia", r"systemy", r"asystenci"],
    "qualifier": [r"automatyczne", r"które (?:przedrukowują|streszczają|skracają)", r"sztucznej inteligencji"],
    "output": [r"streszczeni[ae]", r"streszczeniach", r"podsumowani[ae]", r"skróty", r"nagłówk\w+"],
    "generic_output": [r"streszczenia", r"podsumowania"],
    "owner": [r"twoje", r"każde", r"wszystkie", r"w"],
    "text_self": [r"(?:tego|ten) (?:artykułu|artykuł|tekstu|tekst|materiału)"],
    "imperative": [r"napisz", r"podaj", r"wymień", r"dodaj", r"zignoruj", r"użyj"],
    "content_imperative": [r"napisz", r"podaj", r"wymień"],
    "output_verb": [r"podawać", r"podać", r"pisać", r"napisać", r"wymieniać"],
    "request": [r"prosimy", r"proszę"],
    "modal": [r"powinny", r"powinien", r"powinna", r"muszą", r"musi", r"należy", r"prosimy"],
    "apart": [r"uwaga", r"notka"],
    "greeting": [r"drogi", r"droga", r"szanowni"],
    "forward": [r"poniżej", r"następujące"],
    "reporting": [r"powiedział", r"powiedziała", r"według", r"poinformował"],
    "benefactive": [r"dla"],
}
