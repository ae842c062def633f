# French news passages. Forms cycle: anaphoric, split_quote, colon, two_verbs,
# follow_up, ordinary, trap; items 28 (anaphoric) and 29 (trap) close the set.
# Compound tenses: the cue is the participle ("a annoncé" -> "annoncé"), except that a
# contiguous negation keeps the auxiliary ("n'a pas confirmé").
# Guillemets are written with ordinary spaces, as many web desks do.
# "_other_half" (split quotes only) is checked by build.py and dropped from the output.


def A(source, head, cue, claim, status, form, **kw):
    d = {"source": source, "source_head": head, "cue": cue, "claim": claim, "status": status}
    d.update(kw)
    d["form"] = form
    return d


ITEMS = [
    # 000 anaphoric ("C'est ce qu'a annoncé ...")
    {"text": "La ligne de tramway entre Vaulmont et Brémonde sera prolongée jusqu'à l'aéroport d'ici 2029. C'est ce qu'a annoncé mardi Alain Ferrandou, président de la métropole.",
     "attributions": [
         A("Alain Ferrandou", "Ferrandou", "annoncé",
           "La ligne de tramway entre Vaulmont et Brémonde sera prolongée jusqu'à l'aéroport d'ici 2029",
           "claimed", "anaphoric"),
     ]},
    # 001 split_quote (incise inside the guillemets, French style)
    {"text": "Les travaux sur la voie entre Orsenac et Mervanges ont pris du retard. « Nous rouvrirons la ligne, a assuré mercredi la directrice régionale Sophie Lanvier, mais certainement pas avant le mois de mars. »",
     "attributions": [
         A("la directrice régionale Sophie Lanvier", "Lanvier", "assuré",
           "mais certainement pas avant le mois de mars", "claimed", "split_quote",
           _other_half="Nous rouvrirons la ligne"),
     ]},
    # 002 colon ("a déclaré : « … »")
    {"text": "Les inondations ont coupé une dizaine de routes dans le sud du département. Le préfet Bernard Castagnol a déclaré : « Aucune route ne sera rouverte avant que les experts aient inspecté chaque pont. »",
     "attributions": [
         A("Le préfet Bernard Castagnol", "Castagnol", "déclaré",
           "Aucune route ne sera rouverte avant que les experts aient inspecté chaque pont", "claimed", "colon"),
     ]},
    # 003 two_verbs (a reconnu A, mais a démenti B)
    {"text": "Le ministère de l'Intérieur a reconnu que deux policiers avaient été suspendus après les heurts d'Orsenac, mais a démenti que des consignes de fermeté aient été données. Une enquête de l'inspection générale a été ouverte.",
     "attributions": [
         A("Le ministère de l'Intérieur", "ministère", "reconnu",
           "deux policiers avaient été suspendus après les heurts d'Orsenac", "claimed", "two_verbs"),
         A("Le ministère de l'Intérieur", "ministère", "démenti",
           "des consignes de fermeté aient été données", "denied", "two_verbs"),
     ]},
    # 004 follow_up ("Il a ajouté que ...")
    {"text": "Jacques Morvillier, maire de Brémonde, a affirmé que la piscine municipale rouvrirait en septembre. Il a ajouté que le coût des travaux ne dépasserait pas le budget prévu.",
     "attributions": [
         A("Jacques Morvillier", "Morvillier", "affirmé",
           "la piscine municipale rouvrirait en septembre", "claimed", "ordinary"),
         A("Il", "Il", "ajouté", "le coût des travaux ne dépasserait pas le budget prévu", "claimed", "follow_up",
           refers_to="Jacques Morvillier"),
     ]},
    # 005 ordinary ("Selon la préfecture, ..."; "..., a indiqué X.")
    {"text": "Selon la préfecture, près de 4 000 foyers étaient toujours privés d'électricité lundi soir après le passage de la tempête. Les équipes de dépannage travaillent jour et nuit, a indiqué le gestionnaire du réseau.",
     "attributions": [
         A("la préfecture", "préfecture", "Selon",
           "près de 4 000 foyers étaient toujours privés d'électricité lundi soir après le passage de la tempête",
           "claimed", "ordinary"),
         A("le gestionnaire du réseau", "gestionnaire", "indiqué",
           "Les équipes de dépannage travaillent jour et nuit", "claimed", "ordinary"),
     ]},
    # 006 trap: conditional of hearsay ("aurait"), postponed press conference, no source
    {"text": "Le club de Vaulmont aurait trouvé un accord avec un nouvel entraîneur. La conférence de presse prévue jeudi a été reportée. L'information circulait depuis plusieurs jours dans les tribunes.",
     "attributions": []},
    # 007 anaphoric ("C'est ce qu'on a appris ... auprès de ...")
    {"text": "Un adolescent de 16 ans a été placé en garde à vue après l'incendie du gymnase de Mervanges. C'est ce qu'on a appris samedi auprès de la gendarmerie.",
     "attributions": [
         A("la gendarmerie", "gendarmerie", "appris",
           "Un adolescent de 16 ans a été placé en garde à vue après l'incendie du gymnase de Mervanges",
           "claimed", "anaphoric"),
     ]},
    # 008 split_quote (quote opens the passage, speaker named after it)
    {"text": "« Nous ne laisserons pas fermer la maternité », a lancé dimanche la députée Claire Baudoin-Sarre devant quelque 500 manifestants à Orsenac. L'agence régionale de santé doit rendre sa décision en janvier.",
     "attributions": [
         A("la députée Claire Baudoin-Sarre", "Baudoin-Sarre", "lancé",
           "Nous ne laisserons pas fermer la maternité", "claimed", "split_quote"),
     ]},
    # 009 colon (present tense "écrit :")
    {"text": "Le site logistique d'Orsenac fermera ses portes en juin. Dans un communiqué publié vendredi, la société Trélance Logistique écrit : « Les salariés concernés se verront tous proposer un reclassement. »",
     "attributions": [
         A("la société Trélance Logistique", "Trélance", "écrit",
           "Les salariés concernés se verront tous proposer un reclassement", "claimed", "colon"),
     ]},
    # 010 two_verbs (a confirmé A, mais n'a pas confirmé B -> negated)
    {"text": "Un patient est mort dans la salle d'attente des urgences le week-end dernier. La direction de l'hôpital de Vaulmont a confirmé qu'une enquête interne avait été ouverte, mais n'a pas confirmé que le chef du service des urgences avait été suspendu.",
     "attributions": [
         A("La direction de l'hôpital de Vaulmont", "direction", "confirmé",
           "une enquête interne avait été ouverte", "confirmed", "two_verbs"),
         A("La direction de l'hôpital de Vaulmont", "direction", "n'a pas confirmé",
           "le chef du service des urgences avait été suspendu", "confirmed", "two_verbs", negated=True),
     ]},
    # 011 follow_up ("Elle a précisé que ...")
    {"text": "Hélène Darrieux, ministre de la Santé, a estimé mardi que la pénurie de médecins dans les campagnes pourrait durer dix ans. Elle a précisé qu'un plan d'urgence serait présenté avant l'été.",
     "attributions": [
         A("Hélène Darrieux", "Darrieux", "estimé",
           "la pénurie de médecins dans les campagnes pourrait durer dix ans", "claimed", "ordinary"),
         A("Elle", "Elle", "précisé", "un plan d'urgence serait présenté avant l'été", "claimed", "follow_up",
           refers_to="Hélène Darrieux"),
     ]},
    # 012 ordinary (relay: "rapporte, citant ...")
    {"text": "Le Courrier de Vaulmont rapporte, citant des sources syndicales, que l'usine de pneumatiques de Brémonde pourrait supprimer 200 postes. La direction n'a pas souhaité réagir.",
     "attributions": [
         A("Le Courrier de Vaulmont", "Courrier", "rapporte",
           "l'usine de pneumatiques de Brémonde pourrait supprimer 200 postes", "reported", "ordinary"),
         A("des sources syndicales", "sources syndicales", "citant",
           "l'usine de pneumatiques de Brémonde pourrait supprimer 200 postes", "claimed", "ordinary"),
     ]},
    # 013 trap: "a-t-on appris" with no party named
    {"text": "Le festival de jazz d'Orsenac n'aura pas lieu cette année, a-t-on appris lundi. Les raisons de cette annulation n'ont pas été précisées.",
     "attributions": []},
    # 014 anaphoric confirmation ("L'information a été confirmée ... par ...")
    {"text": "Le collège des Tilleuls de Mervanges restera fermé jusqu'à la fin de la semaine. L'information a été confirmée mercredi par le rectorat.",
     "attributions": [
         A("le rectorat", "rectorat", "confirmée",
           "Le collège des Tilleuls de Mervanges restera fermé jusqu'à la fin de la semaine", "confirmed", "anaphoric"),
     ]},
    # 015 split_quote with pronoun ("a-t-il reconnu"); first half is the longer one
    {"text": "Le maire Gilles Arnautel ne cache pas son inquiétude. « La situation financière de la commune est très grave, a-t-il reconnu, et nous devrons faire des choix douloureux. »",
     "attributions": [
         A("il", "il", "reconnu", "La situation financière de la commune est très grave", "claimed", "split_quote",
           refers_to="Le maire Gilles Arnautel", _other_half="et nous devrons faire des choix douloureux"),
     ]},
    # 016 colon ("a prévenu : « … »")
    {"text": "La piste principale est fermée depuis l'orage de samedi. Le directeur de l'aéroport Marc Delval a prévenu : « Les vols de nuit reprendront dès que la piste sera réparée. »",
     "attributions": [
         A("Le directeur de l'aéroport Marc Delval", "Delval", "prévenu",
           "Les vols de nuit reprendront dès que la piste sera réparée", "claimed", "colon"),
     ]},
    # 017 two_verbs (a affirmé A et a nié B, infinitive complements)
    {"text": "L'ancien adjoint au maire Didier Rouchon a affirmé avoir toujours respecté les règles des marchés publics et a nié avoir reçu le moindre cadeau d'une entreprise de BTP. Son procès doit s'ouvrir le 12 mai devant le tribunal correctionnel de Vaulmont.",
     "attributions": [
         A("L'ancien adjoint au maire Didier Rouchon", "Rouchon", "affirmé",
           "avoir toujours respecté les règles des marchés publics", "claimed", "two_verbs"),
         A("L'ancien adjoint au maire Didier Rouchon", "Rouchon", "nié",
           "avoir reçu le moindre cadeau d'une entreprise de BTP", "denied", "two_verbs"),
     ]},
    # 018 follow_up ("Il a ajouté que ..." after an inverted source-final clause)
    {"text": "La grève des éboueurs de Vaulmont prendra fin lundi, a annoncé le délégué syndical Karim Benhallou. Il a ajouté que les ordures accumulées seraient ramassées en priorité dans le centre-ville.",
     "attributions": [
         A("le délégué syndical Karim Benhallou", "Benhallou", "annoncé",
           "La grève des éboueurs de Vaulmont prendra fin lundi", "claimed", "ordinary"),
         A("Il", "Il", "ajouté", "les ordures accumulées seraient ramassées en priorité dans le centre-ville",
           "claimed", "follow_up", refers_to="le délégué syndical Karim Benhallou"),
     ]},
    # 019 ordinary ("D'après ...")
    {"text": "D'après les services de l'État, la sécheresse a déjà coûté 30 millions d'euros aux agriculteurs du département. Des restrictions d'eau sont en vigueur depuis juillet.",
     "attributions": [
         A("les services de l'État", "services", "D'après",
           "la sécheresse a déjà coûté 30 millions d'euros aux agriculteurs du département", "claimed", "ordinary"),
     ]},
    # 020 trap: verb of saying inside a quoted slogan
    {"text": "Aux cris de « Dites non à la fermeture ! », quelque 300 habitants ont défilé samedi dans les rues de Serlanges pour défendre leur bureau de poste. La manifestation s'est déroulée dans le calme.",
     "attributions": []},
    # 021 anaphoric ("C'est ce qu'ont indiqué ..." with inversion)
    {"text": "Un feu de forêt a parcouru une quarantaine d'hectares près d'Orsenac dans la nuit de samedi à dimanche. C'est ce qu'ont indiqué dimanche matin les pompiers.",
     "attributions": [
         A("les pompiers", "pompiers", "indiqué",
           "Un feu de forêt a parcouru une quarantaine d'hectares près d'Orsenac dans la nuit de samedi à dimanche",
           "claimed", "anaphoric"),
     ]},
    # 022 split_quote (incise outside the guillemets)
    {"text": "« Ce budget est insincère », a dénoncé l'opposition municipale, « et il sera contesté devant le tribunal administratif ». Le budget a été adopté lundi soir par 27 voix contre 8.",
     "attributions": [
         A("l'opposition municipale", "opposition", "dénoncé",
           "et il sera contesté devant le tribunal administratif", "claimed", "split_quote",
           _other_half="Ce budget est insincère"),
     ]},
    # 023 colon ("a réagi dans la soirée : « … »")
    {"text": "Plusieurs élevages ont été détruits par les crues. Le ministère de l'Agriculture a réagi dans la soirée : « Les éleveurs touchés seront indemnisés intégralement. »",
     "attributions": [
         A("Le ministère de l'Agriculture", "ministère", "réagi",
           "Les éleveurs touchés seront indemnisés intégralement", "claimed", "colon"),
     ]},
    # 024 two_verbs (a confirmé A, mais a rejeté B)
    {"text": "Un porte-parole de la compagnie Aéroliance a confirmé que quinze vols avaient été annulés jeudi, mais a rejeté l'idée que la compagnie manquait de pilotes. Plus de 2 000 passagers ont été touchés.",
     "attributions": [
         A("Un porte-parole de la compagnie Aéroliance", "porte-parole", "confirmé",
           "quinze vols avaient été annulés jeudi", "confirmed", "two_verbs"),
         A("Un porte-parole de la compagnie Aéroliance", "porte-parole", "rejeté",
           "la compagnie manquait de pilotes", "denied", "two_verbs"),
     ]},
    # 025 follow_up with null subject (infinitif de narration "Et d'ajouter que ...")
    {"text": "Luc Vendrel, président de l'association des commerçants de Serlanges, a jugé que les nouveaux horaires de stationnement allaient vider le centre-ville. Et d'ajouter que la mairie n'avait consulté personne.",
     "attributions": [
         A("Luc Vendrel", "Vendrel", "jugé",
           "les nouveaux horaires de stationnement allaient vider le centre-ville", "claimed", "ordinary"),
         A("Luc Vendrel", "Vendrel", "ajouter", "la mairie n'avait consulté personne", "claimed", "follow_up",
           implicit_subject=True),
     ]},
    # 026 ordinary ("Selon un communiqué de ...")
    {"text": "Un poids lourd s'est renversé sur l'autoroute près de Mervanges mardi matin, bloquant la circulation pendant cinq heures. Selon un communiqué de la gendarmerie, le conducteur a été testé positif à l'alcool.",
     "attributions": [
         A("la gendarmerie", "gendarmerie", "Selon", "le conducteur a été testé positif à l'alcool", "claimed",
           "ordinary"),
     ]},
    # 027 trap: impersonal "Il est reproché", conditional "aurait"
    {"text": "Il est reproché à l'ancien directeur d'avoir détourné plusieurs centaines de milliers d'euros. Il aurait utilisé les fonds pour acheter un appartement. Son procès s'ouvrira en mars.",
     "attributions": []},
    # 028 anaphoric ("C'est ce qui ressort d'un rapport de ...")
    {"text": "Les dépenses de fonctionnement de la ville de Vaulmont ont augmenté de 18 % en cinq ans. C'est ce qui ressort d'un rapport de la chambre régionale des comptes publié jeudi.",
     "attributions": [
         A("la chambre régionale des comptes", "chambre", "ressort",
           "Les dépenses de fonctionnement de la ville de Vaulmont ont augmenté de 18 % en cinq ans",
           "claimed", "anaphoric"),
     ]},
    # 029 trap: postponed statement; "Selon toute vraisemblance" (no source after selon)
    {"text": "La déclaration du maire sur l'avenir du stade de Serlanges a été reportée. Selon toute vraisemblance, le club devra jouer ailleurs la saison prochaine.",
     "attributions": []},
]
