# Spanish. Hand-written; all people, clubs, companies and places are invented.


def F(surface, kind, number, counts, alt=()):
    return {"surface": surface, "figure": True, "kind": kind, "number": number,
            "counts": counts, "counts_alt": list(alt)}


def T(surface, kind):
    return {"surface": surface, "figure": False, "kind": kind}


SENTENCES = [
    # a. resultado final
    {"text": "El Deportivo Montealto se impuso por 3-1 al Racing de Villaverde en el estadio municipal, ante 12.400 espectadores.",
     "numbers": [
         F("3-1", "score_final", None, "Deportivo Montealto", ["Racing de Villaverde"]),
         F("12.400", "count", 12400, "espectadores"),
     ]},
    # a. marcador al descanso + final
    {"text": "El Unión Costera, que ganaba 2-0 al descanso, terminó empatando 2-2 tras dos goles del delantero uruguayo Martín Olivera en el tramo final.",
     "numbers": [
         T("2-0", "score_in_play"),
         F("2-2", "score_final", None, "Unión Costera"),
         F("dos", "count", 2, "goles"),
     ]},
    # a. baloncesto
    {"text": "El Baloncesto Arenales ganó 89-84 en la prórroga al Club Llanoverde, con 31 puntos de su base Diego Paredes, y sigue segundo en la clasificación.",
     "numbers": [
         F("89-84", "score_final", None, "Baloncesto Arenales", ["Club Llanoverde"]),
         F("31", "count", 31, "puntos", ["Diego Paredes"]),
         T("segundo", "ordinal"),
     ]},
    # b. votación parlamentaria
    {"text": "El Congreso aprobó la ley con 178 votos a favor, 165 en contra y 4 abstenciones.",
     "numbers": [
         F("178 votos a favor, 165 en contra", "vote", None, "la ley", ["El Congreso"]),
         F("4", "count", 4, "abstenciones"),
     ]},
    # b. pleno municipal
    {"text": "La moción salió adelante por 14 votos contra 11 en el pleno del Ayuntamiento de Valdelobos, celebrado el jueves a las 19:00 horas.",
     "numbers": [
         F("14 votos contra 11", "vote", None, "La moción", ["pleno del Ayuntamiento de Valdelobos"]),
         T("19:00 horas", "time_of_day"),
     ]},
    # b. asamblea de socios + porcentaje + dinero
    {"text": "Los socios del club aprobaron por 2.318 votos frente a 1.047 la venta del 25% de la sociedad a un fondo estadounidense por 60 millones de euros.",
     "numbers": [
         F("2.318 votos frente a 1.047", "vote", None, "la venta", ["socios del club"]),
         F("25%", "percentage", 25, "sociedad"),
         F("60 millones de euros", "money", 60000000, "la venta"),
     ]},
    # c. fracciones en palabras
    {"text": "Casi un tercio de los hogares de la comarca no tiene acceso a internet de alta velocidad, y dos tercios de ellos están en municipios de menos de 500 habitantes.",
     "numbers": [
         F("Casi un tercio", "fraction", 0.3333, "hogares de la comarca", ["hogares"]),
         F("dos tercios", "fraction", 0.6667, "hogares"),
         F("menos de 500", "count", 500, "habitantes"),
     ]},
    # c. tres cuartas partes
    {"text": "«Tres cuartas partes de los incendios de este verano fueron provocados», afirmó el portavoz de la Guardia Civil, que ha detenido a 42 personas.",
     "numbers": [
         F("Tres cuartas partes", "fraction", 0.75, "incendios"),
         F("42", "count", 42, "personas"),
     ]},
    # c. la quinta parte + porcentajes
    {"text": "Los embalses de la cuenca están al 21,4% de su capacidad, apenas la quinta parte del total, frente al 48% de media en la última década.",
     "numbers": [
         F("21,4%", "percentage", 21.4, "embalses de la cuenca", ["capacidad"]),
         F("apenas la quinta parte", "fraction", 0.2, "capacidad", ["total"]),
         F("48%", "percentage", 48, "media"),
     ]},
    # d. uno de cada cuatro (forma "de cada": X) + tramo de edad
    {"text": "Uno de cada cuatro jóvenes de entre 18 y 24 años ni estudia ni trabaja en la provincia, según el informe.",
     "numbers": [
         F("Uno de cada cuatro", "part_of_whole", 1, "jóvenes"),
         T("entre 18 y 24 años", "age"),
     ]},
    # d. 8 de cada 10
    {"text": "8 de cada 10 consumidores asegura haber reducido el gasto en alimentación, y el 35% ha dejado de comprar pescado fresco.",
     "numbers": [
         F("8 de cada 10", "part_of_whole", 8, "consumidores"),
         F("35%", "percentage", 35, "consumidores"),
     ]},
    # e. 12 de los 40
    {"text": "Solo 12 de los 40 colegios públicos de la ciudad cuentan con aire acondicionado en todas sus aulas, pese a que la temperatura superó los 44 grados en julio.",
     "numbers": [
         F("Solo 12 de los 40", "part_of_whole", 12, "colegios públicos", ["colegios"]),
         F("44 grados", "measure", 44, "temperatura"),
     ]},
    # e. siete de los once
    {"text": "Siete de los once titulares de la final de 2023 ya no están en el club, que ha ingresado 95 millones de euros por sus traspasos.",
     "numbers": [
         F("Siete de los once", "part_of_whole", 7, "titulares"),
         T("2023", "year"),
         F("95 millones de euros", "money", 95000000, "traspasos"),
     ]},
    # f. pena compuesta
    {"text": "La Audiencia Provincial ha condenado a seis años y cuatro meses de prisión al exalcalde de Villaverde del Campo por la malversación de 2,3 millones de euros.",
     "numbers": [
         F("seis años y cuatro meses", "duration_news", None, "prisión"),
         F("2,3 millones de euros", "money", 2300000, "malversación"),
     ]},
    # f. duración de obras
    {"text": "Las obras de soterramiento de las vías se prolongarán dos años y tres meses, hasta el verano de 2029, con un sobrecoste de 38 millones.",
     "numbers": [
         F("dos años y tres meses", "duration_news", None, "obras de soterramiento", ["obras"]),
         T("2029", "year"),
         F("38 millones", "money", 38000000, "sobrecoste"),
     ]},
    # f. marca de maratón
    {"text": "La etíope Hana Bekele ganó el Maratón de Valdelobos con un tiempo de 2:22:41, a 38 segundos del récord de la prueba.",
     "numbers": [
         F("2:22:41", "race_time", None, "Maratón de Valdelobos", ["Hana Bekele"]),
         F("38 segundos", "measure", 38, "récord de la prueba"),
     ]},
    # f. contrarreloj
    {"text": "Andrés Mora completó los 32 kilómetros de la contrarreloj en 41 minutos y 12 segundos, 27 segundos menos que su compañero de equipo Iker Salas.",
     "numbers": [
         F("32 kilómetros", "measure", 32, "contrarreloj"),
         F("41 minutos y 12 segundos", "race_time", None, "contrarreloj", ["Andrés Mora"]),
         F("27 segundos", "measure", 27, "Iker Salas", ["compañero de equipo"]),
     ]},
    # g. cuotas
    {"text": "Las casas de apuestas británicas pagan a 7 a 2 una victoria de la española Lucía Ferrer en el torneo, mientras que su rival en la final cotiza a 1 a 4.",
     "numbers": [
         F("7 a 2", "odds", None, "Lucía Ferrer", ["victoria de la española Lucía Ferrer"]),
         F("1 a 4", "odds", None, "su rival en la final", ["rival"]),
     ]},
    # h. dimensiones + hora
    {"text": "Los manifestantes desplegaron una pancarta de 15 por 3 metros frente al Ministerio a las 11:30.",
     "numbers": [
         F("15 por 3 metros", "dimension", None, "pancarta"),
         T("11:30", "time_of_day"),
     ]},
    # h. dimensiones + dinero
    {"text": "El nuevo campo de hierba artificial, de 100 x 64 metros, costará 850.000 euros a las arcas municipales.",
     "numbers": [
         F("100 x 64 metros", "dimension", None, "campo de hierba artificial"),
         F("850.000 euros", "money", 850000, "campo de hierba artificial"),
     ]},
    # i. horquilla de asistentes
    {"text": "Según la Delegación del Gobierno, entre 8.000 y 10.000 personas se manifestaron el domingo en el centro de la capital; los organizadores elevaron la cifra a 50.000.",
     "numbers": [
         F("entre 8.000 y 10.000", "range", 8000, "personas"),
         F("50.000", "count", 50000, "personas", ["cifra"]),
     ]},
    # i. horquilla de crecimiento
    {"text": "El Banco de España prevé que el PIB crezca entre un 2 y un 2,4% este año, tras el 3,1% de 2025.",
     "numbers": [
         F("entre un 2 y un 2,4%", "range", 2, "PIB"),
         F("3,1%", "percentage", 3.1, "PIB"),
         T("2025", "year"),
     ]},
    # d. uno de cada tres + duración + recuento
    {"text": "Uno de cada tres pacientes espera más de seis meses para ver al especialista en la comunidad, donde la lista de espera supera las 84.000 personas.",
     "numbers": [
         F("Uno de cada tres", "part_of_whole", 1, "pacientes"),
         F("más de seis meses", "duration_news", 6, "espera"),
         F("84.000", "count", 84000, "personas", ["lista de espera"]),
     ]},
    # a. balonmano + fecha + ordinal
    {"text": "El Balonmano Costa Verde derrotó 31-27 al Club Ribeira el sábado 14 de marzo y se proclamó campeón de Copa por primera vez.",
     "numbers": [
         F("31-27", "score_final", None, "Balonmano Costa Verde", ["Club Ribeira"]),
         T("14 de marzo", "date"),
         T("primera", "ordinal"),
     ]},
]
