# French items, hand-written. Every person, organisation and place is invented.
# Guillemets are written « ... » with ordinary spaces inside.


def a(source, head, cue, claim, status="claimed", **extra):
    d = {"source": source, "source_head": head, "cue": cue, "claim": claim, "status": status}
    d.update(extra)
    return d


ITEMS = [
    # 000 sujet avant le verbe
    {"text": "Le ministère de l'Intérieur a indiqué mardi que 1 200 gendarmes supplémentaires seraient déployés dans le département avant les fêtes.",
     "attributions": [a("Le ministère de l'Intérieur", "ministère", "a indiqué", "1 200 gendarmes supplémentaires seraient déployés dans le département avant les fêtes")]},
    # 001 citation, puis inversion avec nom commun
    {"text": "« La situation reste très tendue sur les axes secondaires », a indiqué la préfecture.",
     "attributions": [a("la préfecture", "préfecture", "a indiqué", "La situation reste très tendue sur les axes secondaires")]},
    # 002 titre et nom en apposition
    {"text": "Le procureur de la République de Valmont, Jean-Baptiste Morel, a précisé que le suspect, un homme de 34 ans déjà connu des services de police pour des faits de violences conjugales, avait été placé en garde à vue à la gendarmerie de Lussac-le-Haut.",
     "attributions": [a("Le procureur de la République de Valmont, Jean-Baptiste Morel", "Morel", "a précisé", "le suspect, un homme de 34 ans déjà connu des services de police pour des faits de violences conjugales, avait été placé en garde à vue à la gendarmerie de Lussac-le-Haut")]},
    # 003 selon
    {"text": "Selon la direction régionale de la santé, 87 cas de dengue ont été recensés depuis janvier sur l'île de Sainte-Ardoise.",
     "attributions": [a("la direction régionale de la santé", "direction", "Selon", "87 cas de dengue ont été recensés depuis janvier sur l'île de Sainte-Ardoise")]},
    # 004 PIÈGE passif
    {"text": "Les habitants des quartiers bas ont été invités à ne pas sortir de chez eux jusqu'à nouvel ordre.",
     "attributions": []},
    # 005 incise entre sujet et verbe
    {"text": "Le maire, élu en 2020 sur une liste sans étiquette, a toutefois assuré que la piscine municipale rouvrirait avant l'été.",
     "attributions": [a("Le maire", "maire", "assuré", "la piscine municipale rouvrirait avant l'été")]},
    # 006 citation partielle, inversion avec apposition
    {"text": "Les discussions sont « au point mort », a déclaré mardi la secrétaire générale du syndicat, Claire Dutertre.",
     "attributions": [a("la secrétaire générale du syndicat, Claire Dutertre", "Dutertre", "a déclaré", "Les discussions sont « au point mort »")]},
    # 007 relais : journal citant des sources
    {"text": "Le quotidien L'Écho de Sarlène affirme, citant des sources proches du dossier, que le club aurait été racheté par un fonds étranger.",
     "attributions": [a("Le quotidien L'Écho de Sarlène", "Sarlène", "affirme", "le club aurait été racheté par un fonds étranger", "reported"),
                      a("des sources proches du dossier", "sources", "citant", "le club aurait été racheté par un fonds étranger")]},
    # 008 deux parties : accusation et démenti
    {"text": "L'opposition accuse le gouvernement d'avoir caché le rapport pendant six mois, ce que le Premier ministre a formellement démenti.",
     "attributions": [a("L'opposition", "opposition", "accuse", "le gouvernement d'avoir caché le rapport pendant six mois"),
                      a("le Premier ministre", "Premier ministre", "a formellement démenti", "le gouvernement d'avoir caché le rapport pendant six mois", "denied")]},
    # 009 pronom, phrase précédente nécessaire
    {"text": "La ministre des Sports, Nadia Berthelot, s'est rendue samedi au chevet des blessés. Elle a promis une enquête « rapide et transparente ».",
     "attributions": [a("Elle", "Elle", "a promis", "une enquête « rapide et transparente »", refers_to="La ministre des Sports, Nadia Berthelot")]},
    # 010 PIÈGE l'histoire qu'il a racontée
    {"text": "L'histoire qu'il a racontée aux enquêteurs ce soir-là a changé trois fois en une semaine.",
     "attributions": []},
    # 011 confirmation, canal
    {"text": "Les cours reprendront lundi dans les trois collèges touchés, a confirmé le rectorat dans un communiqué.",
     "attributions": [a("le rectorat", "rectorat", "a confirmé", "Les cours reprendront lundi dans les trois collèges touchés", "confirmed")]},
    # 012 confirmation niée + annonce par des médias
    {"text": "Le club n'a pas confirmé le départ de son entraîneur, Luc Fabre, annoncé dimanche par plusieurs médias.",
     "attributions": [a("Le club", "club", "n'a pas confirmé", "le départ de son entraîneur, Luc Fabre", "confirmed", negated=True),
                      a("plusieurs médias", "médias", "annoncé", "le départ de son entraîneur, Luc Fabre", "reported")]},
    # 013 démenti
    {"text": "L'entreprise dément toute fuite de données personnelles de ses clients après la cyberattaque.",
     "attributions": [a("L'entreprise", "entreprise", "dément", "toute fuite de données personnelles de ses clients après la cyberattaque", "denied")]},
    # 014 citation coupée par l'incise
    {"text": "« On a tout donné, a reconnu le capitaine Yanis Keddar, mais ça n'a pas suffi. »",
     "attributions": [a("le capitaine Yanis Keddar", "Keddar", "a reconnu", "mais ça n'a pas suffi")]},
    # 015 PIÈGE conditionnel journalistique, personne n'est cité
    {"text": "Le témoin aurait vu deux hommes quitter les lieux à bord d'une camionnette blanche.",
     "attributions": []},
    # 016 d'après
    {"text": "D'après les pompiers, l'incendie de l'entrepôt a été maîtrisé vers 4 heures du matin.",
     "attributions": [a("les pompiers", "pompiers", "D'après", "l'incendie de l'entrepôt a été maîtrisé vers 4 heures du matin")]},
    # 017 canal : entretien
    {"text": "Dans un entretien au Journal du Lévant, le président de la région, Hervé Castaing, estime que la ligne ferroviaire doit être rouverte « sans délai ».",
     "attributions": [a("le président de la région, Hervé Castaing", "Castaing", "estime", "la ligne ferroviaire doit être rouverte « sans délai »")]},
    # 018 chercheurs, infinitif
    {"text": "Des chercheurs de l'université de Brescan affirment dans la revue Écosystèmes avoir identifié une nouvelle espèce de grenouille.",
     "attributions": [a("Des chercheurs de l'université de Brescan", "chercheurs", "affirment", "avoir identifié une nouvelle espèce de grenouille")]},
    # 019 la même source
    {"text": "Un haut responsable du ministère des Finances a affirmé que le déficit atteindrait 5,2 % du PIB. Le gouvernement n'envisage pas de hausse d'impôts, a ajouté la même source.",
     "attributions": [a("Un haut responsable du ministère des Finances", "responsable", "a affirmé", "le déficit atteindrait 5,2 % du PIB"),
                      a("la même source", "source", "a ajouté", "Le gouvernement n'envisage pas de hausse d'impôts", refers_to="Un haut responsable du ministère des Finances")]},
    # 020 selon un bilan
    {"text": "Deux personnes ont été tuées et onze blessées dans l'explosion d'une citerne de gaz à Pontvieux, selon un bilan des secours.",
     "attributions": [a("un bilan des secours", "secours", "selon", "Deux personnes ont été tuées et onze blessées dans l'explosion d'une citerne de gaz à Pontvieux")]},
    # 021 PIÈGE « communiqué » sans contenu
    {"text": "Le communiqué du ministre sur le prix de l'eau a été reporté à la semaine prochaine.",
     "attributions": []},
    # 022 citation, verbe fort, apposition
    {"text": "« Nous ne lâcherons rien », a martelé dimanche le porte-parole du collectif, Mathieu Roux, devant la mairie.",
     "attributions": [a("le porte-parole du collectif, Mathieu Roux", "Roux", "a martelé", "Nous ne lâcherons rien")]},
    # 023 verbe avant la citation
    {"text": "Le juge Antoine Pelletier a déclaré : « Les preuves ont été obtenues de manière parfaitement régulière. »",
     "attributions": [a("Le juge Antoine Pelletier", "Pelletier", "a déclaré", "Les preuves ont été obtenues de manière parfaitement régulière")]},
    # 024 canal : réseau social
    {"text": "Sur son compte X, le député Rémi Laborde a dénoncé une « manœuvre politicienne » du gouvernement.",
     "attributions": [a("le député Rémi Laborde", "Laborde", "a dénoncé", "une « manœuvre politicienne » du gouvernement")]},
    # 025 PIÈGE slogan cité
    {"text": "« Dire non, c'est aussi protéger » : le slogan de la campagne s'affiche depuis lundi dans les abribus.",
     "attributions": []},
    # 026 a-t-on appris de source policière
    {"text": "Le suspect a été interpellé dans une station-service près de Vernac, a-t-on appris lundi de source policière.",
     "attributions": [a("source policière", "source policière", "a-t-on appris", "Le suspect a été interpellé dans une station-service près de Vernac")]},
    # 027 a fait savoir
    {"text": "Le trafic restera interrompu jusqu'à mercredi entre Lorvel et Saint-Ambrun, a fait savoir la compagnie ferroviaire régionale.",
     "attributions": [a("la compagnie ferroviaire régionale", "compagnie", "a fait savoir", "Le trafic restera interrompu jusqu'à mercredi entre Lorvel et Saint-Ambrun")]},
    # 028 tribunal
    {"text": "Le président de la cour d'assises a rappelé que l'accusé encourt la réclusion criminelle à perpétuité.",
     "attributions": [a("Le président de la cour d'assises", "président", "a rappelé", "l'accusé encourt la réclusion criminelle à perpétuité")]},
    # 029 incise « de son côté »
    {"text": "La direction, de son côté, assure qu'aucun licenciement n'est prévu sur le site de Brescan.",
     "attributions": [a("La direction", "direction", "assure", "aucun licenciement n'est prévu sur le site de Brescan")]},
    # 030 PIÈGE « dit » dans une relative, aucune affirmation
    {"text": "Dans son village, il passe pour quelqu'un qui dit ce qu'il pense, quitte à froisser ses voisins.",
     "attributions": []},
    # 031 agence citant un responsable
    {"text": "L'agence Vigie, citant un responsable de la sécurité, rapporte qu'au moins neuf personnes ont été tuées dans l'attaque.",
     "attributions": [a("L'agence Vigie", "Vigie", "rapporte", "au moins neuf personnes ont été tuées dans l'attaque", "reported"),
                      a("un responsable de la sécurité", "responsable", "citant", "au moins neuf personnes ont été tuées dans l'attaque")]},
    # 032 chiffre contesté
    {"text": "Le syndicat revendique 60 % de grévistes, un chiffre contesté par la direction de l'usine.",
     "attributions": [a("Le syndicat", "syndicat", "revendique", "60 % de grévistes"),
                      a("la direction de l'usine", "direction", "contesté", "60 % de grévistes", "denied")]},
    # 033 pronom inversé dans l'incise
    {"text": "L'entraîneur Patrick Vidal n'a pas caché sa déception. « On a été naïfs sur les deux buts », a-t-il lâché en conférence de presse.",
     "attributions": [a("il", "il", "lâché", "On a été naïfs sur les deux buts", refers_to="L'entraîneur Patrick Vidal")]},
    # 034 PIÈGE « selon » sans source
    {"text": "Selon toute vraisemblance, le match contre Vernac sera reporté à la semaine prochaine.",
     "attributions": []},
    # 035 ni confirmé ni démenti
    {"text": "Interrogé par l'agence Vigie, le ministère n'a ni confirmé ni démenti la libération des deux journalistes.",
     "attributions": [a("le ministère", "ministère", "n'a ni confirmé ni démenti", "la libération des deux journalistes", "confirmed", negated=True)]},
    # 036 estimer + infinitif
    {"text": "Les agriculteurs du plateau de Serrac estiment avoir perdu la moitié de leur récolte à cause de la sécheresse.",
     "attributions": [a("Les agriculteurs du plateau de Serrac", "agriculteurs", "estiment", "avoir perdu la moitié de leur récolte à cause de la sécheresse")]},
    # 037 rapport qui alerte
    {"text": "Le rapport de l'Observatoire régional de l'eau, publié mercredi, alerte sur la baisse des nappes phréatiques dans le sud du département.",
     "attributions": [a("Le rapport de l'Observatoire régional de l'eau", "Observatoire", "alerte sur", "la baisse des nappes phréatiques dans le sud du département")]},
    # 038 citation partielle au début, porte-parole
    {"text": "Le gouvernement « n'a jamais promis » une baisse des taxes sur le carburant, a assuré la porte-parole, Inès Garnier.",
     "attributions": [a("la porte-parole, Inès Garnier", "Garnier", "a assuré", "Le gouvernement « n'a jamais promis » une baisse des taxes sur le carburant")]},
    # 039 long, a raconté à la presse
    {"text": "Les secouristes ont sorti une femme vivante des décombres d'un immeuble effondré de Pontvieux jeudi soir, plus de 50 heures après le séisme, a raconté à la presse un responsable de la protection civile, Karim Benhadj.",
     "attributions": [a("un responsable de la protection civile, Karim Benhadj", "Benhadj", "a raconté", "Les secouristes ont sorti une femme vivante des décombres d'un immeuble effondré de Pontvieux jeudi soir, plus de 50 heures après le séisme")]},
]
