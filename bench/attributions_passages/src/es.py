# Spanish news passages. Forms cycle: anaphoric, split_quote, colon, two_verbs,
# follow_up, ordinary, trap; items 28 (anaphoric) and 29 (trap) close the set.
# Compound tenses: the cue is the participle ("ha anunciado" -> "anunciado").
# "_other_half" (split quotes only) is checked by build.py and dropped from the output.


def A(source, head, cue, claim, status, form, **kw):
    d = {"source": source, "source_head": head, "cue": cue, "claim": claim, "status": status}
    d.update(kw)
    d["form"] = form
    return d


ITEMS = [
    # 000 anaphoric ("Así lo informó ...")
    {"text": "El servicio de trenes de cercanías entre Valdecruz y Puertoluz quedará suspendido durante todo el mes de agosto por obras. Así lo informó este lunes la empresa ferroviaria en un comunicado.",
     "attributions": [
         A("la empresa ferroviaria", "empresa", "informó",
           "El servicio de trenes de cercanías entre Valdecruz y Puertoluz quedará suspendido durante todo el mes de agosto por obras",
           "claimed", "anaphoric"),
     ]},
    # 001 split_quote (rayas inside guillemets)
    {"text": "La línea de autobuses lanzadera seguirá funcionando hasta el verano. «Vamos a reabrir la línea —aseguró la consejera Lucía Arrieta—, pero no antes de que terminen las pruebas de seguridad».",
     "attributions": [
         A("la consejera Lucía Arrieta", "Arrieta", "aseguró",
           "pero no antes de que terminen las pruebas de seguridad", "claimed", "split_quote",
           _other_half="Vamos a reabrir la línea"),
     ]},
    # 002 colon ("declaró: «…».")
    {"text": "El pleno municipal de Sierramora aprobó anoche los presupuestos de 2027 con los votos del equipo de gobierno. El alcalde Ramón Ezquerra declaró: «No vamos a subir el impuesto de basuras el próximo año».",
     "attributions": [
         A("El alcalde Ramón Ezquerra", "Ezquerra", "declaró",
           "No vamos a subir el impuesto de basuras el próximo año", "claimed", "colon"),
     ]},
    # 003 two_verbs (confirmó A, pero negó B)
    {"text": "La Consejería de Sanidad confirmó que dos pacientes habían contraído la infección en el hospital de Castrolindo, pero negó que hubiera un brote fuera del centro. El hospital ha reforzado las medidas de aislamiento.",
     "attributions": [
         A("La Consejería de Sanidad", "Consejería", "confirmó",
           "dos pacientes habían contraído la infección en el hospital de Castrolindo", "confirmed", "two_verbs"),
         A("La Consejería de Sanidad", "Consejería", "negó",
           "hubiera un brote fuera del centro", "denied", "two_verbs"),
     ]},
    # 004 follow_up with null subject ("Añadió que ...")
    {"text": "Julián Corvera, presidente de la asociación de hosteleros, afirmó que la ocupación hotelera de este verano fue la más alta de la década. Añadió que el sector necesitará contratar a unos 2.000 trabajadores más el próximo año.",
     "attributions": [
         A("Julián Corvera", "Corvera", "afirmó",
           "la ocupación hotelera de este verano fue la más alta de la década", "claimed", "ordinary"),
         A("Julián Corvera", "Corvera", "Añadió",
           "el sector necesitará contratar a unos 2.000 trabajadores más el próximo año", "claimed", "follow_up",
           implicit_subject=True),
     ]},
    # 005 ordinary ("Según los bomberos, ..."; "..., informó la policía local.")
    {"text": "Según los bomberos, el incendio se originó en la cocina de un restaurante del casco antiguo de Puertoluz. No hubo heridos, informó la policía local.",
     "attributions": [
         A("los bomberos", "bomberos", "Según",
           "el incendio se originó en la cocina de un restaurante del casco antiguo de Puertoluz", "claimed", "ordinary"),
         A("la policía local", "policía", "informó", "No hubo heridos", "claimed", "ordinary"),
     ]},
    # 006 trap: "Al parecer ... habría", postponed press conference, impersonal "Se espera"
    {"text": "Al parecer, el delantero habría firmado ya su contrato con un club extranjero. La rueda de prensa prevista para el martes fue aplazada. Se espera que el traspaso se haga oficial esta semana.",
     "attributions": []},
    # 007 anaphoric confirmation ("Lo confirmó ...")
    {"text": "El Ayuntamiento de Castrolindo cerrará la piscina municipal durante dos años para reformarla. Lo confirmó este miércoles el concejal Andrés Peñalver.",
     "attributions": [
         A("el concejal Andrés Peñalver", "Peñalver", "confirmó",
           "El Ayuntamiento de Castrolindo cerrará la piscina municipal durante dos años para reformarla",
           "confirmed", "anaphoric"),
     ]},
    # 008 split_quote (quote opens the passage, speaker named after it; curly quotes)
    {"text": "“Nadie debería esperar once horas en urgencias”, reconoció Marta Solís, gerente del hospital de Sierramora. El centro abrirá 40 camas adicionales este invierno.",
     "attributions": [
         A("Marta Solís", "Solís", "reconoció", "Nadie debería esperar once horas en urgencias", "claimed",
           "split_quote"),
     ]},
    # 009 colon ("señaló: “…”.")
    {"text": "En un comunicado, el sindicato de maquinistas señaló: “La huelga se mantendrá mientras la empresa no retire los despidos”. La empresa ha convocado una reunión para el jueves.",
     "attributions": [
         A("el sindicato de maquinistas", "sindicato", "señaló",
           "La huelga se mantendrá mientras la empresa no retire los despidos", "claimed", "colon"),
     ]},
    # 010 two_verbs (admitió A, pero rechazó B)
    {"text": "El exalcalde de Puertoluz Tomás Urquidi admitió ante el juez que había recibido regalos de una constructora, pero rechazó que estos influyeran en la adjudicación de las obras. El juicio continuará la próxima semana.",
     "attributions": [
         A("El exalcalde de Puertoluz Tomás Urquidi", "Urquidi", "admitió",
           "había recibido regalos de una constructora", "claimed", "two_verbs"),
         A("El exalcalde de Puertoluz Tomás Urquidi", "Urquidi", "rechazó",
           "estos influyeran en la adjudicación de las obras", "denied", "two_verbs"),
     ]},
    # 011 follow_up with null subject ("Asimismo, indicó que ...")
    {"text": "La portavoz del Gobierno regional Carmen Villodres anunció que la ayuda al alquiler para jóvenes se ampliará a los menores de 35 años. Asimismo, indicó que las solicitudes podrán presentarse a partir de enero.",
     "attributions": [
         A("La portavoz del Gobierno regional Carmen Villodres", "Villodres", "anunció",
           "la ayuda al alquiler para jóvenes se ampliará a los menores de 35 años", "claimed", "ordinary"),
         A("La portavoz del Gobierno regional Carmen Villodres", "Villodres", "indicó",
           "las solicitudes podrán presentarse a partir de enero", "claimed", "follow_up", implicit_subject=True),
     ]},
    # 012 ordinary (relay: "informó ..., citando fuentes ...")
    {"text": "La policía detuvo el jueves a un hombre de 43 años por el atraco. El Diario de Valdecruz informó este domingo, citando fuentes de la investigación, que el detenido había trabajado durante años en la joyería asaltada.",
     "attributions": [
         A("El Diario de Valdecruz", "Diario", "informó",
           "el detenido había trabajado durante años en la joyería asaltada", "reported", "ordinary"),
         A("fuentes de la investigación", "fuentes", "citando",
           "el detenido había trabajado durante años en la joyería asaltada", "claimed", "ordinary"),
     ]},
    # 013 trap: "Según se ha sabido" (no party), impersonal "Se desconoce", passive "Se informó"
    {"text": "Según se ha sabido este martes, la empresa de autobuses cambiará de dueño antes de fin de año. Se desconoce el precio de la operación. Se informó a los trabajadores en una reunión a puerta cerrada.",
     "attributions": []},
    # 014 anaphoric ("Así lo ha anunciado ...")
    {"text": "Sierramora acogerá el campeonato nacional de atletismo en pista cubierta en 2028. Así lo ha anunciado este jueves la federación de atletismo en una rueda de prensa.",
     "attributions": [
         A("la federación de atletismo", "federación", "anunciado",
           "Sierramora acogerá el campeonato nacional de atletismo en pista cubierta en 2028", "claimed", "anaphoric"),
     ]},
    # 015 split_quote («…», advirtió X, «…»); first half is the longer one
    {"text": "«La cosecha de aceite será la peor en veinte años», advirtió Ignacio Lobera, presidente de la cooperativa, «y los precios subirán antes de Navidad». La sequía ha reducido la producción de aceituna a la mitad.",
     "attributions": [
         A("Ignacio Lobera", "Lobera", "advirtió", "La cosecha de aceite será la peor en veinte años", "claimed",
           "split_quote", _other_half="y los precios subirán antes de Navidad"),
     ]},
    # 016 colon ("explicó: «…».")
    {"text": "La sequía amenaza las lagunas del parque natural de Sierramora. La directora del parque Rosa Mediavilla explicó: «Sin lluvias en otoño, perderemos la mitad de los humedales».",
     "attributions": [
         A("La directora del parque Rosa Mediavilla", "Mediavilla", "explicó",
           "Sin lluvias en otoño, perderemos la mitad de los humedales", "claimed", "colon"),
     ]},
    # 017 two_verbs (confirmó A, aunque no confirmó B -> negated)
    {"text": "Un autobús urbano chocó el viernes contra una marquesina en el centro de Valdecruz. La policía local confirmó que el conductor había dado positivo en el control de alcoholemia, aunque no confirmó que fuera a ser detenido.",
     "attributions": [
         A("La policía local", "policía", "confirmó",
           "el conductor había dado positivo en el control de alcoholemia", "confirmed", "two_verbs"),
         A("La policía local", "policía", "no confirmó", "fuera a ser detenido", "confirmed", "two_verbs",
           negated=True),
     ]},
    # 018 follow_up with null subject ("Agregó que ...") after a "Según X, ..." sentence
    {"text": "Según Fermín Oyarzábal, director del puerto, el tráfico de contenedores creció un 12 % en el primer semestre. Agregó que la ampliación del muelle norte estará lista en 2028.",
     "attributions": [
         A("Fermín Oyarzábal", "Oyarzábal", "Según",
           "el tráfico de contenedores creció un 12 % en el primer semestre", "claimed", "ordinary"),
         A("Fermín Oyarzábal", "Oyarzábal", "Agregó", "la ampliación del muelle norte estará lista en 2028",
           "claimed", "follow_up", implicit_subject=True),
     ]},
    # 019 ordinary (source after the claim)
    {"text": "Las obras del nuevo mercado de abastos de Castrolindo comenzarán en marzo, informaron fuentes municipales. El proyecto tiene un presupuesto de 14 millones de euros.",
     "attributions": [
         A("fuentes municipales", "fuentes", "informaron",
           "Las obras del nuevo mercado de abastos de Castrolindo comenzarán en marzo", "claimed", "ordinary"),
     ]},
    # 020 trap: verb of saying inside a quoted motto
    {"text": "Bajo el lema «Di no al cierre», cientos de vecinos se manifestaron el sábado frente al centro de salud de Puertoluz. La protesta transcurrió sin incidentes.",
     "attributions": []},
    # 021 anaphoric ("Así lo aseguró ...")
    {"text": "El paro registrado en la provincia bajó en 1.300 personas en noviembre. Así lo aseguró el consejero Raúl Maestre durante una visita a Castrolindo.",
     "attributions": [
         A("el consejero Raúl Maestre", "Maestre", "aseguró",
           "El paro registrado en la provincia bajó en 1.300 personas en noviembre", "claimed", "anaphoric"),
     ]},
    # 022 split_quote with null subject («… —explicó—, …»)
    {"text": "La presidenta de la protectora de animales Nuria Castell pide ayuda. «Estamos desbordados —explicó—, y cada semana llegan más perros abandonados».",
     "attributions": [
         A("La presidenta de la protectora de animales Nuria Castell", "Castell", "explicó",
           "y cada semana llegan más perros abandonados", "claimed", "split_quote", implicit_subject=True,
           _other_half="Estamos desbordados"),
     ]},
    # 023 colon ("indicó en un comunicado: «…».")
    {"text": "La campaña de vacunación contra la gripe se amplía a los mayores de 60 años. El Ministerio de Sanidad indicó en un comunicado: «Los centros de vacunación permanecerán abiertos durante las fiestas».",
     "attributions": [
         A("El Ministerio de Sanidad", "Ministerio", "indicó",
           "Los centros de vacunación permanecerán abiertos durante las fiestas", "claimed", "colon"),
     ]},
    # 024 two_verbs (dijo A y negó B)
    {"text": "El entrenador Sergio Valcárcel dijo que el equipo saldrá a ganar en el derbi del domingo y negó que su puesto esté en peligro. El equipo encadena cuatro derrotas consecutivas.",
     "attributions": [
         A("El entrenador Sergio Valcárcel", "Valcárcel", "dijo",
           "el equipo saldrá a ganar en el derbi del domingo", "claimed", "two_verbs"),
         A("El entrenador Sergio Valcárcel", "Valcárcel", "negó", "su puesto esté en peligro", "denied", "two_verbs"),
     ]},
    # 025 follow_up with null subject ("Añadió que ...")
    {"text": "Alberto Quiroga, presidente de la Diputación, aseguró que ningún pueblo quedará a más de veinte minutos de un hospital cuando concluya el nuevo plan de carreteras. Añadió que las primeras obras empezarán en primavera.",
     "attributions": [
         A("Alberto Quiroga", "Quiroga", "aseguró",
           "ningún pueblo quedará a más de veinte minutos de un hospital cuando concluya el nuevo plan de carreteras",
           "claimed", "ordinary"),
         A("Alberto Quiroga", "Quiroga", "Añadió", "las primeras obras empezarán en primavera", "claimed",
           "follow_up", implicit_subject=True),
     ]},
    # 026 ordinary ("de acuerdo con ...")
    {"text": "El precio medio de la vivienda en Valdecruz subió un 9 % en el último año, de acuerdo con la oficina regional de estadística. Los alquileres crecieron aún más.",
     "attributions": [
         A("la oficina regional de estadística", "oficina", "de acuerdo con",
           "El precio medio de la vivienda en Valdecruz subió un 9 % en el último año", "claimed", "ordinary"),
     ]},
    # 027 trap: impersonal "Trascendió", hedge "Supuestamente ... trasladaría"
    {"text": "Trascendió este viernes que la fábrica de Sierramora podría cerrar antes del verano. Supuestamente, la producción se trasladaría a otro país.",
     "attributions": []},
    # 028 anaphoric (outlet relay: "Así lo publica ..., que cita a ...")
    {"text": "El alcalde de Puertoluz no se presentará a la reelección. Así lo publica este domingo el Diario de Valdecruz, que cita a personas de su entorno.",
     "attributions": [
         A("el Diario de Valdecruz", "Diario", "publica",
           "El alcalde de Puertoluz no se presentará a la reelección", "reported", "anaphoric"),
         A("personas de su entorno", "personas", "cita",
           "El alcalde de Puertoluz no se presentará a la reelección", "claimed", "anaphoric"),
     ]},
    # 029 trap: "Según parece" (no source), postponed announcement
    {"text": "Según parece, el festival de cine de Castrolindo cambiará de fechas el próximo año. El anuncio oficial fue aplazado hasta después del verano.",
     "attributions": []},
]
