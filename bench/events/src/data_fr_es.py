# Invented articles, French and Spanish.

CASES = [
("fr_01", [
"Un incendie ravage un entrepôt de pneus à Marvaux",
"Marvaux (AFP) - Un violent incendie a détruit dans la nuit de lundi à mardi un entrepôt de pneumatiques à Marvaux (Loiret), sans faire de victime, a-t-on appris auprès des pompiers. Quelque 80 sapeurs-pompiers ont été mobilisés pour venir à bout des flammes, qui ont dégagé un épais panache de fumée noire visible à plusieurs kilomètres.",
"Le bâtiment appartient aux Transports Vialle de Saint-Arbois. Une enquête a été ouverte pour déterminer l'origine du sinistre.",
], "Marvaux (Loiret)", "Marvaux", "dans la nuit de lundi à mardi", "lundi à mardi",
["agency-name", "org-with-place-name", "non-date-number"],
"Town with département in parentheses; night spanning two days."),

("fr_02", [
"Carambolage sur l'A7 : deux morts et quinze blessés",
"Deux personnes ont été tuées et quinze autres blessées samedi matin dans un carambolage impliquant une trentaine de véhicules sur l'autoroute A7, près de Montclaret-sur-Rhône (Drôme), selon la préfecture. Un épais brouillard réduisait la visibilité à moins de cinquante mètres au moment des faits.",
"La circulation a été coupée dans les deux sens et ne devrait pas être rétablie avant dimanche midi. En 2021, un accident similaire avait fait trois morts à hauteur de Loriac.",
], "l'autoroute A7, près de Montclaret-sur-Rhône", "Montclaret-sur-Rhône", "samedi matin", "samedi",
["future-date", "background-event", "non-date-number"],
"Motorway + nearby town; time appears before the place."),

("fr_03", [
"Le prix Verlaine-Darcel décerné à Solène Aubrac",
"Le prix Verlaine-Darcel, l'une des récompenses littéraires les plus convoitées de l'automne, a été attribué mardi à la romancière Solène Aubrac pour « Les Heures blanches », a annoncé le jury. L'ouvrage l'a emporté au quatrième tour de scrutin, par six voix contre quatre.",
"Créé en 1962 à Saint-Vrain-des-Landes, le prix est doté de 15 000 euros. La remise officielle aura lieu le 12 janvier.",
], None, None, "mardi", "mardi",
["null-place", "person-name", "background-event", "future-date", "non-date-number"],
"Award announced Tuesday, no place given. 'Aubrac' (a real region) is a surname here; 1962 place is background."),

("fr_04", [
"Football : Villemarin renverse Sainte-Ombeline au bout du suspense",
"L'US Villemarin s'est imposée 3-2 face au FC Sainte-Ombeline, dimanche après-midi au stade Léon-Marchetti, devant 4 200 spectateurs. Menés 2-0 à la pause, les Villemarinois ont renversé la rencontre grâce à un doublé de Karim Belaïd et à un but de Théo Marchand dans le temps additionnel.",
"Les deux équipes se retrouveront dès mercredi prochain en Coupe de France, à Sainte-Ombeline.",
], "stade Léon-Marchetti", "Léon-Marchetti", "dimanche après-midi", "dimanche",
["org-with-place-name", "person-name", "future-date", "secondary-place", "non-date-number"],
"Stadium named after a person; club names contain town names; next match place is future."),

("fr_05", [
"Braquage d'une bijouterie en plein centre de Bazonville",
"Publié le 05/12/2026 à 18h40 — Par Claire Moutet",
"Deux hommes armés et cagoulés ont braqué jeudi vers 10 heures une bijouterie du centre-ville de Bazonville (Meurthe-et-Moselle), avant de prendre la fuite à scooter. Le butin est estimé à 150 000 euros, selon une source policière. La gérante, menacée avec une arme de poing, est choquée mais n'a pas été blessée.",
"La même boutique avait déjà été visée en mars 2022.",
], "centre-ville de Bazonville", "Bazonville", "jeudi vers 10 heures", "jeudi",
["publication-line", "byline", "background-event", "non-date-number"],
"Publication timestamp is not the event time."),

("fr_06", [
"Un glissement de terrain ensevelit un hameau valaisan",
"VAL-D'ORMERET (VS), 8 janvier (ATS) - Un glissement de terrain a enseveli jeudi à l'aube une partie du hameau des Combettes, sur la commune de Val-d'Ormeret, a indiqué la police cantonale valaisanne. Une dizaine d'habitants avaient été évacués la veille par mesure de précaution, si bien que personne n'a été blessé.",
"Trois chalets et une grange ont été détruits. Le secteur avait déjà été touché par une coulée de boue en 1999.",
], "hameau des Combettes", "Combettes", "jeudi à l'aube", "jeudi",
["agency-name", "dateline-other-place", "background-event", "later-time", "non-date-number"],
"Hamlet is more specific than the commune in the dateline; 'la veille' is an earlier preparatory step."),

("fr_07", [
"Le maire de Saint-Aurèle placé en garde à vue",
"Le maire (divers droite) de Saint-Aurèle, Bernard Lafitte, a été placé en garde à vue le mardi 1er décembre dans les locaux de la brigade de recherches de Castelvieil (Var), dans le cadre d'une enquête sur l'attribution de marchés publics, a-t-on appris de source judiciaire. Les faits visés porteraient sur des contrats passés entre 2019 et 2023.",
"Son avocate, Me Hélène Roussin, dénonce « un acharnement ». L'élu pourrait être présenté à un juge d'instruction jeudi.",
], "la brigade de recherches de Castelvieil", "Castelvieil", "le mardi 1er décembre", "1er décembre",
["secondary-place", "person-name", "background-event", "future-date"],
"The mayor's town (Saint-Aurèle, in headline) is not where the custody took place."),

("fr_08", [
"Grêle : le vignoble de Montbazan-le-Vieux dévasté",
"Un violent orage de grêle s'est abattu hier en fin d'après-midi sur le vignoble de Montbazan-le-Vieux, en Gironde, détruisant jusqu'à 80 % de la récolte sur certaines parcelles. Des grêlons « de la taille d'une balle de ping-pong » sont tombés pendant une vingtaine de minutes, selon des viticulteurs.",
"« C'est pire qu'en 2018 », se désole Jean-Marc Ferrand, propriétaire du Château Ferrand-Lacoste. La chambre d'agriculture doit publier un premier bilan d'ici vendredi.",
], "le vignoble de Montbazan-le-Vieux", "Montbazan-le-Vieux", "hier en fin d'après-midi", "hier",
["background-event", "org-with-place-name", "person-name", "deadline", "non-date-number"],
"Vineyard of a village; 'Château Ferrand-Lacoste' is an estate name, not the place of the storm."),

# ---------------- Spanish ----------------
("es_01", [
"Muere un trabajador al caer de un andamio",
"VALDEMORAL (Toledo), 2 dic (EFE).- Un hombre de 47 años ha muerto este miércoles al caer desde un andamio de unos diez metros de altura en una obra del casco urbano, según ha informado el Servicio de Emergencias 112 de Castilla-La Mancha.",
"El accidente se produjo hacia las 11:20 horas, cuando el operario trabajaba en la fachada de un edificio de viviendas. Hasta el lugar se desplazaron una UVI móvil y agentes de la Guardia Civil, que investiga las causas del siniestro.",
], "VALDEMORAL (Toledo)", "VALDEMORAL", "este miércoles", "miércoles",
["agency-name", "non-date-number", "org-with-place-name"],
"Place given only in the capitalised dateline (same town as event). Dateline date '2 dic' is the same day."),

("es_02", [
"Un incendio forestal obliga a desalojar una urbanización en Puerto Alcázar",
"Un incendio forestal declarado el sábado por la tarde en el paraje de Las Albercas, en la localidad gaditana de Puerto Alcázar, obligó a desalojar de forma preventiva a unos 120 vecinos de la urbanización Los Pinares, según informó el Plan Infoca. En las labores de extinción participaron seis medios aéreos y más de un centenar de efectivos.",
"El fuego quedó estabilizado a primera hora del domingo. La Junta investiga si el origen pudo ser una quema agrícola, como ocurrió en el gran incendio de la sierra de Atalaya en 2022.",
], "el paraje de Las Albercas", "Las Albercas", "el sábado por la tarde", "sábado",
["secondary-place", "later-time", "background-event", "non-date-number"],
"Fire started at the paraje; Puerto Alcázar is the municipality, Los Pinares the evacuated estate."),

("es_03", [
"Sismo de magnitud 5.8 sacude Oaxaca; no se reportan víctimas",
"Un sismo de magnitud 5.8 sacudió la madrugada de este lunes el estado de Oaxaca, con epicentro a 14 kilómetros al noroeste de San Miguel Tlacolula, informó el Servicio Sismológico Nacional (SSN). El movimiento se registró a las 03:42 horas, tiempo del centro, con una profundidad de 38 kilómetros.",
"Protección Civil estatal reportó daños menores en la iglesia de la comunidad y en algunas viviendas de adobe. En Oaxaca aún está presente el recuerdo del terremoto del 7 de septiembre de 2017.",
], "14 kilómetros al noroeste de San Miguel Tlacolula", "San Miguel Tlacolula", "la madrugada de este lunes", "lunes",
["non-date-number", "background-event", "org-with-place-name"],
"Epicentre relative to a town is the most specific place; magnitude/depth numbers are traps."),

("es_04", [
"Tres mineros quedan atrapados tras un derrumbe en una mina de carbón en Boyacá",
"ÚLTIMA HORA. Tres mineros permanecen atrapados desde la noche del jueves en una mina de carbón de la vereda Peña Negra, en el municipio boyacense de Villanueva del Chicamocha, informó la Agencia Nacional de Minería (ANM). Los trabajadores se encontraban a unos 300 metros de la bocamina cuando se produjo el derrumbe.",
"Cuatro equipos de salvamento minero trabajan por turnos para llegar hasta ellos. En 2021, una explosión en otra mina de la región dejó doce muertos.",
], "la vereda Peña Negra", "Peña Negra", "desde la noche del jueves", "jueves",
["caps-heading", "background-event", "non-date-number"],
"Rural vereda inside a multi-word municipality; ongoing since Thursday night."),

("es_05", [
"Localizan frente a Mallorca los restos de un galeón del siglo XVII",
"Un equipo de arqueólogos subacuáticos ha localizado los restos de un galeón del siglo XVII a unos 30 metros de profundidad frente a la costa de Cala Morisca, en el sur de Mallorca. Según el Instituto de Arqueología Marina de Portals, el barco podría ser el San Telmo, hundido durante un temporal en 1641 con un cargamento de plata.",
"Entre los objetos recuperados hay cañones de bronce, cerámica y varias monedas. Las piezas se expondrán a partir de 2027 en el museo de la localidad.",
], "la costa de Cala Morisca", "Cala Morisca", None, None,
["null-time", "background-event", "org-with-place-name", "future-date", "non-date-number"],
"No time given for the discovery; 1641 and 2027 are not event times."),

("es_06", [
"Un oso pardo hiere a un ganadero en el occidente asturiano",
"Un ganadero de 63 años resultó herido ayer por la mañana tras ser atacado por un oso pardo en la braña de La Mortera, en el concejo asturiano de Valdecoro, según informó el Servicio de Emergencias del Principado de Asturias (SEPA). El hombre, vecino de la parroquia de Vilarín, sufrió heridas en un brazo y en la cabeza y fue trasladado en helicóptero al hospital comarcal de Vegalonga.",
"Es el primer ataque de este tipo que se registra en la región desde 2019, cuando un cazador resultó herido en el valle de Arroxo.",
], "la braña de La Mortera", "La Mortera", "ayer por la mañana", "ayer",
["secondary-place", "background-event", "org-with-place-name", "non-date-number"],
"Mountain pasture is the most specific place; home parish and hospital are other places."),

("es_07", [
"Evacuan un hospital en Villa Esperanza por un escape de gas",
"Más de 200 pacientes y trabajadores fueron evacuados en la noche del martes del Hospital Regional de Villa Esperanza, en el interior bonaerense, tras detectarse un escape de gas en la sala de calderas. Según informó el director del centro, Ernesto Lagos, ninguna persona resultó intoxicada y los pacientes internados fueron derivados a clínicas de la zona.",
"Bomberos voluntarios y técnicos de la empresa Gas Pampeano trabajaron durante varias horas para reparar la cañería dañada. Se prevé que el hospital retome su actividad normal el jueves.",
], "Hospital Regional de Villa Esperanza", "Villa Esperanza", "en la noche del martes", "martes",
["person-name", "org-with-place-name", "future-date", "non-date-number"],
"The hospital is the venue; core is the town in its name."),

("es_08", [
"Lucía Ferrán recibe el Premio Alcántara de Novela",
"La escritora Lucía Ferrán recibió el pasado 2 de diciembre el Premio Alcántara de Novela, dotado con 30.000 euros, por su obra «La casa de los vencejos», en una ceremonia celebrada en el Teatro Cervantes de Mirabel de la Sierra. El jurado destacó «la precisión de una prosa que convierte lo cotidiano en épica».",
"Ferrán, nacida en Alcañicejo en 1978, es la tercera mujer que obtiene el galardón. La próxima edición se fallará en octubre de 2027.",
], "el Teatro Cervantes de Mirabel de la Sierra", "Teatro Cervantes", "el pasado 2 de diciembre", "2 de diciembre",
["org-with-place-name", "background-event", "future-date", "non-date-number"],
"Ceremony venue; award named after a real town (Alcántara) is a trap. Core is the venue name; town follows it."),
]
