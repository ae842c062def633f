# One hand-written article frame per language, with slots. All names invented.
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}


def fmt_date(lang, day, month):
    m = MONTHS[lang][month - 1]
    return {
        "en": f"{day} {m}",
        "de": f"{day}. {m}",
        "fr": f"{day} {m}",
        "es": f"{day} de {m}",
        "it": f"{day} {m}",
        "pt": f"{day} de {m}",
    }[lang]


QUAL = {  # the planted qualifier; the story always writes the "about" form
    "en": "more than {N}",
    "de": "mehr als {N}",
    "fr": "plus de {N}",
    "es": "más de {N}",
    "it": "oltre {N}",
    "pt": "mais de {N}",
}

QUAL_VARIANTS = {
    "en": ["over {N}", "More than {N}"],
    "de": ["über {N}", "Mehr als {N}"],
    "fr": ["Plus de {N}"],
    "es": ["Más de {N}"],
    "it": ["più di {N}", "Oltre {N}"],
    "pt": ["Mais de {N}"],
}

FRAMES = {
    "en": {
        "topic": "a chemical leak at a warehouse and a night in a rest centre",
        "title": "{T} families spend night in rest centre after warehouse leak",
        "paras": [
            "About {N} residents of {T} were moved to a rest centre at {V} on {D} after a leak of cleaning chemicals at a warehouse on the town's northern edge.",
            "The figure was given by {B}, which counted people as they registered at the door. Crews sealed the leaking tank shortly after midnight, and no one was taken to hospital, a spokeswoman for the service said.",
            "{O}, {R}, thanked the volunteers who brought blankets, camp beds and hot drinks. \"People were calm, and the hall was warm. That is what matters tonight,\" {Os} said.",
            "{W}, who lives two streets from the warehouse, said an alarm at the site had been sounding for almost an hour before anyone knocked on doors. The warehouse operator said it could not confirm that account, and the fire service said its own review had not yet started.",
            "Residents can check which streets are affected, and when they may return, on the council's page at {U}. The council said the page would be updated every morning until the last road reopens.",
            "Tests of the air near the site were expected to finish by the weekend. Until then, people living on the closest streets have been asked to keep their windows shut and to stay with friends or family where they can.",
        ],
    },
    "de": {
        "topic": "ein Hochwasser und eine Nacht in der Notunterkunft",
        "title": "Hochwasser in {T}: Nacht in der Notunterkunft",
        "paras": [
            "Rund {N} Menschen aus {T} haben die Nacht zum {D} in {V} verbracht, nachdem der Erlbach über die Ufer getreten war und mehrere Straßen im Unterdorf überflutet hatte.",
            "Die Zahl stammt von {B}, der die Ankommenden am Eingang registrierte. Verletzt wurde nach bisherigen Angaben niemand; einige ältere Bewohner wurden mit Booten aus ihren Häusern geholt.",
            "{O}, {R}, dankte den Helferinnen und Helfern. „Die Stimmung war ruhig, es gab warmes Essen und genug Decken“, sagte {Os} am Morgen.",
            "{W}, die seit dreißig Jahren am Ufer wohnt, sagte, der Damm am Mühlweg sei seit Monaten undicht gewesen und niemand habe reagiert. Das Landratsamt erklärte, es könne diese Darstellung nicht bestätigen; eine Prüfung laufe noch.",
            "Welche Straßen gesperrt sind und wann die Bewohner zurückkehren können, steht auf der Seite der Gemeinde unter {U}. Die Seite soll jeden Morgen aktualisiert werden, bis alle Straßen wieder frei sind.",
            "Der Pegel sank im Laufe des Vormittags langsam. Die Feuerwehr bat die Anwohner, ihre Keller erst zu betreten, wenn der Strom abgeschaltet ist, und Schäden mit Fotos für die Versicherung zu dokumentieren.",
            "Für den Abend wird erneut Regen erwartet. Die Notunterkunft bleibt deshalb mindestens bis zum Wochenende geöffnet, teilte die Gemeinde mit; Freiwillige können sich dort direkt melden.",
        ],
    },
    "fr": {
        "topic": "une rupture de canalisation et une coupure d'eau",
        "title": "{T} : l'eau coupée dans plusieurs quartiers après une rupture de canalisation",
        "paras": [
            "Environ {N} foyers de {T} ont été privés d'eau courante le {D}, après la rupture d'une canalisation principale sous l'avenue des Tilleuls. Un point de distribution de bouteilles a été ouvert dans {V}.",
            "Le chiffre a été communiqué par {B}, qui gère le réseau. Les équipes ont travaillé toute la nuit pour isoler le tronçon endommagé, et l'eau devait revenir progressivement dans la journée.",
            "{O}, {R}, était sur place dès la matinée. « Les habitants ont été patients, et les bénévoles ont fait un travail remarquable », a déclaré {Os}.",
            "{W}, commerçante de l'avenue, affirme que la fuite avait été signalée à la mairie trois semaines plus tôt. La mairie indique qu'elle ne peut pas confirmer ce signalement à ce stade et qu'une vérification est en cours.",
            "La liste des rues concernées et les horaires de distribution sont publiés sur le site de la commune, à l'adresse {U}. La page sera mise à jour chaque matin jusqu'au retour complet de l'eau.",
            "Lorsque l'eau reviendra, les habitants devront la laisser couler quelques minutes avant de la boire, précise le gestionnaire du réseau. Les personnes âgées isolées peuvent demander une livraison de bouteilles à domicile en appelant la mairie.",
        ],
    },
    "es": {
        "topic": "un incendio forestal y el desalojo de una urbanización",
        "title": "Un incendio obliga a desalojar a cientos de vecinos en {T}",
        "paras": [
            "Unos {N} vecinos de {T} pasaron la noche del {D} en {V} después de que un incendio forestal se acercara a las últimas casas de la urbanización Los Almendros.",
            "La cifra la facilitó {B}, que registró a las personas a su llegada. Los bomberos dieron el fuego por estabilizado de madrugada y no hubo heridos, según un portavoz.",
            "{O}, {R}, agradeció la ayuda de los voluntarios. «La gente ha mantenido la calma y no ha faltado de nada», declaró {Os} por la mañana.",
            "{W}, vecina de la urbanización, asegura que el fuego empezó en una quema de rastrojos en una finca cercana. La Guardia Civil señaló que no puede confirmar esa versión y que la investigación sigue abierta.",
            "El ayuntamiento publica en {U} la lista de calles afectadas y los horarios de regreso. La página se actualizará cada mañana mientras dure la emergencia.",
            "Los técnicos revisarán durante el fin de semana el tendido eléctrico de la zona. Hasta entonces, se pide a los vecinos que no vuelvan a sus casas sin autorización y que eviten los caminos del monte.",
            "El albergue seguirá abierto mientras haga falta, con camas, comida caliente y atención sanitaria, informó el ayuntamiento, que también ha habilitado un teléfono para las familias con mascotas.",
        ],
    },
    "it": {
        "topic": "un guasto ferroviario e una notte di passeggeri bloccati",
        "title": "Guasto sulla linea, passeggeri bloccati per una notte a {T}",
        "paras": [
            "Circa {N} passeggeri sono rimasti bloccati a {T} la sera del {D}, quando un guasto alla linea elettrica ha fermato due treni regionali. Sono stati accolti per la notte presso {V}.",
            "Il numero è stato fornito da {B}, che ha contato i viaggiatori alla registrazione. Nessuno è rimasto ferito; alcuni anziani sono stati visitati dai volontari della Croce Verde.",
            "{O}, {R}, ha ringraziato i volontari. «La gente è stata paziente e abbiamo trovato un posto per tutti», ha detto {Os} in mattinata.",
            "{W}, pendolare che prende quel treno ogni giorno, sostiene che lo stesso guasto si era già verificato la settimana precedente. La società ferroviaria ha fatto sapere che non può confermare questa ricostruzione e che sono in corso verifiche.",
            "Gli orari aggiornati e le informazioni sui rimborsi sono pubblicati sul sito del comune, all'indirizzo {U}. La pagina viene aggiornata ogni mattina.",
            "La circolazione è ripresa a singhiozzo nel primo pomeriggio. I tecnici prevedono di completare le riparazioni entro il fine settimana, e fino ad allora alcune corse serali saranno sostituite da autobus con partenza dal piazzale della stazione.",
        ],
    },
    "pt": {
        "topic": "um apagão e um ponto de apoio aos moradores",
        "title": "Apagão deixa centenas de casas sem luz em {T}",
        "paras": [
            "Cerca de {N} casas de {T} ficaram sem eletricidade na noite de {D}, depois de uma avaria num posto de transformação junto à estrada nacional. Foi aberto um ponto de apoio no {V}.",
            "O número foi divulgado por {B}, responsável pela rede na região. As equipas trabalharam durante a madrugada e a luz começou a regressar às primeiras ruas ao amanhecer.",
            "{O}, {R}, agradeceu aos voluntários. «As pessoas mantiveram a calma e ninguém ficou sem apoio», disse {Os} de manhã.",
            "{W}, moradora da rua do posto, garante que o transformador fazia um ruído estranho há semanas e que o problema tinha sido comunicado. A empresa afirmou que não pode confirmar essa versão e que está a analisar o caso.",
            "A lista das ruas afetadas e os horários do ponto de apoio estão publicados no site da câmara, em {U}. A página será atualizada todas as manhãs.",
            "Os técnicos contam terminar a reparação até ao fim de semana. Até lá, os moradores devem evitar ligar ao mesmo tempo aparelhos de grande consumo e podem pedir ajuda à junta de freguesia, que organizou visitas a idosos que vivem sozinhos.",
        ],
    },
}
