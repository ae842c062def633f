# French. Hand-written; all people, clubs, companies and places are invented.
# Thousands are separated by a space as in French print; one sentence uses a
# no-break space (U+00A0), written here as \u00a0.


def F(surface, kind, number, counts, alt=()):
    return {"surface": surface, "figure": True, "kind": kind, "number": number,
            "counts": counts, "counts_alt": list(alt)}


def T(surface, kind):
    return {"surface": surface, "figure": False, "kind": kind}


SENTENCES = [
    # a. score final
    {"text": "Le Stade marignanais s'est imposé 2-1 face à l'US Castelviel samedi soir, grâce à un but de son attaquant de 22 ans, Karim Bensaïd, à la 87e minute.",
     "numbers": [
         F("2-1", "score_final", None, "Stade marignanais", ["US Castelviel"]),
         T("22 ans", "age"),
         T("87e", "ordinal"),
     ]},
    # a. score à la pause + score final
    {"text": "Menée 0-2 à la pause, l'AS Valmont a finalement arraché le match nul (2-2) dans le temps additionnel.",
     "numbers": [
         T("0-2", "score_in_play"),
         F("2-2", "score_final", None, "AS Valmont", ["match nul"]),
     ]},
    # a. basket, titre
    {"text": "Basket : Lorvan remporte le derby 78-71 devant 4\u00a0500 spectateurs et prend la tête du classement",
     "numbers": [
         F("78-71", "score_final", None, "Lorvan", ["derby"]),
         F("4\u00a0500", "count", 4500, "spectateurs"),
     ]},
    # b. vote
    {"text": "L'Assemblée nationale a adopté le texte par 312 voix contre 221, lors d'un vote solennel mardi.",
     "numbers": [
         F("312 voix contre 221", "vote", None, "le texte", ["L'Assemblée nationale"]),
     ]},
    # b. vote en conseil municipal
    {"text": "Le conseil municipal de Saint-Aurèle a approuvé le projet de piscine par 23 voix pour, 8 contre et 2 abstentions.",
     "numbers": [
         F("23 voix pour, 8 contre", "vote", None, "le projet de piscine", ["conseil municipal de Saint-Aurèle"]),
         F("2", "count", 2, "abstentions"),
     ]},
    # b. vote des adhérents
    {"text": "Par 1 204 voix contre 877, les adhérents du club ont voté la transformation de la section professionnelle en société anonyme.",
     "numbers": [
         F("1 204 voix contre 877", "vote", None, "transformation de la section professionnelle en société anonyme", ["adhérents du club"]),
     ]},
    # c. fractions en lettres + âge
    {"text": "Près d'un tiers des communes du département n'ont plus de médecin généraliste, et les deux tiers des médecins en exercice ont plus de 60 ans.",
     "numbers": [
         F("Près d'un tiers", "fraction", 0.3333, "communes du département", ["communes"]),
         F("les deux tiers", "fraction", 0.6667, "médecins en exercice"),
         T("plus de 60 ans", "age"),
     ]},
    # c. trois quarts + heure
    {"text": "Les trois quarts des 1 800 salariés du site de Vernanges ont suivi la grève lancée lundi à 5 heures.",
     "numbers": [
         F("Les trois quarts", "fraction", 0.75, "salariés"),
         F("1 800", "count", 1800, "salariés"),
         T("5 heures", "time_of_day"),
     ]},
    # c. moitié + i. fourchette
    {"text": "L'incendie a parcouru près de 1 200 hectares, dont la moitié de forêts classées, et mobilisé entre 400 et 500 pompiers.",
     "numbers": [
         F("près de 1 200 hectares", "measure", 1200, "L'incendie"),
         F("la moitié", "fraction", 0.5, "forêts classées"),
         F("entre 400 et 500", "range", 400, "pompiers"),
     ]},
    # d. un sur cinq (forme « sur » : règle X sur Y -> X)
    {"text": "Un jeune sur cinq a renoncé à des soins pour raisons financières en 2025, contre un sur huit en 2015, selon une étude publiée mercredi.",
     "numbers": [
         F("Un jeune sur cinq", "part_of_whole", 1, "jeune"),
         T("2025", "year"),
         F("un sur huit", "part_of_whole", 1, "jeune"),
         T("2015", "year"),
     ]},
    # d. trois sur dix
    {"text": "Trois Français sur dix déclarent avoir déjà sauté des repas faute d'argent, d'après le baromètre annuel réalisé auprès de 1 012 personnes.",
     "numbers": [
         F("Trois Français sur dix", "part_of_whole", 3, "Français"),
         F("1 012", "count", 1012, "personnes"),
     ]},
    # e. douze des 40
    {"text": "« Douze des 40 écoles de la ville ne respectent toujours pas les normes d'accessibilité », a reconnu le maire, qui promet 3,5 millions d'euros de travaux d'ici à 2028.",
     "numbers": [
         F("Douze des 40", "part_of_whole", 12, "écoles"),
         F("3,5 millions d'euros", "money", 3500000, "travaux"),
         T("2028", "year"),
     ]},
    # e. 143 sur 150
    {"text": "Au lycée Jean-Moulin, 143 élèves sur 150 ont décroché le bac cette année, soit un taux de réussite de 95,3 %.",
     "numbers": [
         F("143 élèves sur 150", "part_of_whole", 143, "élèves"),
         F("95,3 %", "percentage", 95.3, "taux de réussite"),
     ]},
    # d. près d'un sur deux + dates
    {"text": "Près d'un salarié sur deux dit avoir déjà été témoin de harcèlement au travail, selon un sondage de l'institut Opinéa réalisé du 2 au 9 octobre.",
     "numbers": [
         F("Près d'un salarié sur deux", "part_of_whole", 1, "salarié"),
         T("du 2 au 9 octobre", "date"),
     ]},
    # f. peine composée
    {"text": "L'ancien trésorier du club a été condamné à quatre ans et huit mois de prison ferme pour avoir détourné 1,3 million d'euros entre 2017 et 2023.",
     "numbers": [
         F("quatre ans et huit mois", "duration_news", None, "prison ferme"),
         F("1,3 million d'euros", "money", 1300000, "détourné"),
         T("2017", "year"),
         T("2023", "year"),
     ]},
    # f. durée « et demi »
    {"text": "Les travaux du tramway dureront finalement deux ans et demi, soit un an de plus que prévu, et coûteront 48 millions d'euros supplémentaires.",
     "numbers": [
         F("deux ans et demi", "duration_news", 2.5, "travaux du tramway"),
         F("un an de plus", "change", 1, "travaux du tramway"),
         F("48 millions d'euros", "money", 48000000, "travaux du tramway"),
     ]},
    # f. temps de course h/min/s
    {"text": "Marathon de Valmont : le Kényan David Kiprop s'impose en 2 h 06 min 33 s, nouveau record de l'épreuve.",
     "numbers": [
         F("2 h 06 min 33 s", "race_time", None, "Marathon de Valmont", ["David Kiprop"]),
     ]},
    # f. temps de ski + écart
    {"text": "La Française Inès Daudet a remporté le slalom géant en 2 min 14 s 87, devançant la Suissesse Mia Keller de 43 centièmes.",
     "numbers": [
         F("2 min 14 s 87", "race_time", None, "slalom géant", ["Inès Daudet"]),
         F("43 centièmes", "measure", 43, "devançant", ["Mia Keller"]),
     ]},
    # g. cotes
    {"text": "Grand favori du Prix de Valmont, Éclair Noir est coté à 3 contre 1, tandis que l'outsider Sirocco a vu sa cote passer de 25 contre 1 à 12 contre 1 en quelques jours.",
     "numbers": [
         F("3 contre 1", "odds", None, "Éclair Noir"),
         F("25 contre 1", "odds", None, "Sirocco"),
         F("12 contre 1", "odds", None, "Sirocco"),
     ]},
    # h. dimensions + autoroute + heure
    {"text": "Les militants ont déployé une banderole de 10 mètres sur 2 depuis le pont de l'A7, vers 11 h 30.",
     "numbers": [
         F("10 mètres sur 2", "dimension", None, "banderole"),
         T("A7", "route_or_flight"),
         T("11 h 30", "time_of_day"),
     ]},
    # h. dimensions + i. fourchette de prix
    {"text": "Le tableau volé, une huile sur toile de 46 x 55 cm peinte en 1892, est estimé entre 800 000 et 1,2 million d'euros.",
     "numbers": [
         F("46 x 55 cm", "dimension", None, "huile sur toile", ["tableau volé"]),
         T("1892", "year"),
         F("entre 800 000 et 1,2 million d'euros", "range", 800000, "tableau volé"),
     ]},
    # i. fourchette police / organisateurs
    {"text": "Entre 3 000 et 4 000 personnes selon la police, 15 000 selon les organisateurs, ont manifesté samedi à Valmont contre la réforme des retraites.",
     "numbers": [
         F("Entre 3 000 et 4 000", "range", 3000, "personnes"),
         F("15 000", "count", 15000, "personnes"),
     ]},
    # i. fourchette en pourcentage
    {"text": "L'Insee table sur une croissance de 0,8 à 1 % en 2027, après 1,1 % en 2026.",
     "numbers": [
         F("0,8 à 1 %", "range", 0.8, "croissance"),
         T("2027", "year"),
         F("1,1 %", "percentage", 1.1, "croissance"),
         T("2026", "year"),
     ]},
    # a. rugby, chiffres romains
    {"text": "Rugby : le XV de Castelviel bat Lormont 27-24 grâce à une pénalité dans les arrêts de jeu",
     "numbers": [
         T("XV", "other_identifier"),
         F("27-24", "score_final", None, "XV de Castelviel", ["Lormont"]),
     ]},
]
