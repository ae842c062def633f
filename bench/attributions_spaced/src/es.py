# Spanish items, hand-written. Every person, organisation and place is invented.


def a(source, head, cue, claim, status="claimed", **extra):
    d = {"source": source, "source_head": head, "cue": cue, "claim": claim, "status": status}
    d.update(extra)
    return d


ITEMS = [
    # 000 sujeto antes del verbo
    {"text": "La Consejería de Salud de Valdomar informó este martes de que los casos de gripe se han duplicado en las dos últimas semanas.",
     "attributions": [a("La Consejería de Salud de Valdomar", "Consejería", "informó", "los casos de gripe se han duplicado en las dos últimas semanas")]},
    # 001 cita, luego verbo + nombre común
    {"text": "«La carretera seguirá cortada al menos hasta el jueves», dijo la policía local.",
     "attributions": [a("la policía local", "policía", "dijo", "La carretera seguirá cortada al menos hasta el jueves")]},
    # 002 según
    {"text": "Según la Agencia de Meteorología de Costaverde, las lluvias podrían superar los 200 litros por metro cuadrado en el litoral.",
     "attributions": [a("la Agencia de Meteorología de Costaverde", "Agencia", "Según", "las lluvias podrían superar los 200 litros por metro cuadrado en el litoral")]},
    # 003 cargo y nombre en aposición
    {"text": "El fiscal jefe de Alcorán, Ramiro Ezquerra, aseguró que hay indicios suficientes para sentar en el banquillo al exalcalde.",
     "attributions": [a("El fiscal jefe de Alcorán, Ramiro Ezquerra", "Ezquerra", "aseguró", "hay indicios suficientes para sentar en el banquillo al exalcalde")]},
    # 004 TRAMPA pasiva refleja
    {"text": "Se pidió a los vecinos de la zona baja que no salieran de sus casas hasta nuevo aviso.",
     "attributions": []},
    # 005 verbo inicial "Añadió que", sujeto en la oración anterior
    {"text": "La presidenta del consejo, Lucía Arbeloa, aseguró que el presupuesto está «equilibrado». Añadió que no habrá recortes en educación ni en sanidad.",
     "attributions": [a("La presidenta del consejo, Lucía Arbeloa", "Arbeloa", "aseguró", "el presupuesto está «equilibrado»"),
                      a("La presidenta del consejo, Lucía Arbeloa", "Arbeloa", "Añadió", "no habrá recortes en educación ni en sanidad", implicit_subject=True)]},
    # 006 inciso entre sujeto y verbo
    {"text": "El alcalde, que asumió el cargo en 2019, admitió sin embargo que la obra del nuevo mercado costará el doble de lo previsto.",
     "attributions": [a("El alcalde", "alcalde", "admitió", "la obra del nuevo mercado costará el doble de lo previsto")]},
    # 007 relevo: diario citando fuentes
    {"text": "El diario El Faro de Marisal publicó, citando fuentes de la investigación, que el detenido, un empresario de 52 años muy conocido en la comarca, había sido condenado en 2016 por una estafa inmobiliaria de más de un millón de euros.",
     "attributions": [a("El diario El Faro de Marisal", "Marisal", "publicó", "el detenido, un empresario de 52 años muy conocido en la comarca, había sido condenado en 2016 por una estafa inmobiliaria de más de un millón de euros", "reported"),
                      a("fuentes de la investigación", "fuentes", "citando", "el detenido, un empresario de 52 años muy conocido en la comarca, había sido condenado en 2016 por una estafa inmobiliaria de más de un millón de euros")]},
    # 008 dos partes: afirmación y negación
    {"text": "La policía aseguró que el conductor iba ebrio en el momento del accidente, algo que su abogado negó rotundamente.",
     "attributions": [a("La policía", "policía", "aseguró", "el conductor iba ebrio en el momento del accidente"),
                      a("su abogado", "abogado", "negó", "el conductor iba ebrio en el momento del accidente", "denied")]},
    # 009 TRAMPA "al parecer"
    {"text": "Al parecer, el hotel había cambiado de dueño dos veces en el año anterior al incendio.",
     "attributions": []},
    # 010 "según él", antecedente en la oración anterior
    {"text": "El ministro de Defensa, Íñigo Salvatierra, visitó el jueves el puesto fronterizo de Mirabrava. Según él, el Ejército reforzará las patrullas en la zona antes de la primavera.",
     "attributions": [a("él", "él", "Según", "el Ejército reforzará las patrullas en la zona antes de la primavera", refers_to="El ministro de Defensa, Íñigo Salvatierra")]},
    # 011 confirmación
    {"text": "La aerolínea Surcal confirmó que el vuelo tuvo que regresar a Puerto Almena por una avería en uno de los motores.",
     "attributions": [a("La aerolínea Surcal", "Surcal", "confirmó", "el vuelo tuvo que regresar a Puerto Almena por una avería en uno de los motores", "confirmed")]},
    # 012 confirmación negada
    {"text": "El club no confirmó los rumores sobre la salida de su entrenador, Aitor Mendiluce, al final de la temporada.",
     "attributions": [a("El club", "club", "no confirmó", "la salida de su entrenador, Aitor Mendiluce, al final de la temporada", "confirmed", negated=True)]},
    # 013 afirmación, luego verbo + fuentes
    {"text": "Dos personas murieron y once resultaron heridas en la explosión de un depósito de gas en un almacén de Villanueva del Cierzo, informaron fuentes de los bomberos.",
     "attributions": [a("fuentes de los bomberos", "bomberos", "informaron", "Dos personas murieron y once resultaron heridas en la explosión de un depósito de gas en un almacén de Villanueva del Cierzo")]},
    # 014 cita partida por el inciso
    {"text": "«Hemos hecho todo lo posible», afirmó el capitán, Julen Otxoa, «pero hoy no nos ha salido nada».",
     "attributions": [a("el capitán, Julen Otxoa", "Otxoa", "afirmó", "pero hoy no nos ha salido nada")]},
    # 015 TRAMPA "la historia que contó"
    {"text": "La historia que contó a los vecinos aquella noche nunca convenció a nadie en el pueblo.",
     "attributions": []},
    # 016 de acuerdo con un informe
    {"text": "De acuerdo con el informe forense, la víctima murió entre las dos y las cuatro de la madrugada.",
     "attributions": [a("el informe forense", "informe", "De acuerdo con", "la víctima murió entre las dos y las cuatro de la madrugada")]},
    # 017 dos puntos y cita, sin verbo de decir clásico
    {"text": "La jueza Amparo Lizarán fue tajante durante la vista: «El acusado sabía que el puente no era seguro».",
     "attributions": [a("La jueza Amparo Lizarán", "Lizarán", "fue tajante", "El acusado sabía que el puente no era seguro")]},
    # 018 canal: red social, cita parcial
    {"text": "En un mensaje en la red social X, el líder de la oposición, Marcos Quintanilla, acusó al Gobierno de «maquillar» las cifras del paro.",
     "attributions": [a("el líder de la oposición, Marcos Quintanilla", "Quintanilla", "acusó", "al Gobierno de «maquillar» las cifras del paro")]},
    # 019 TRAMPA "comunicado" sin contenido
    {"text": "Se espera que el comunicado del ministro sobre el precio del agua se publique la próxima semana.",
     "attributions": []},
    # 020 según + relativo "que añadió"
    {"text": "Los inspectores no hallaron rastro de contaminación, según la agencia de seguridad alimentaria, que añadió que la retirada del producto seguirá adelante.",
     "attributions": [a("la agencia de seguridad alimentaria", "agencia", "según", "Los inspectores no hallaron rastro de contaminación"),
                      a("que", "que", "añadió", "la retirada del producto seguirá adelante", refers_to="la agencia de seguridad alimentaria")]},
    # 021 afirmación, luego verbo + aposición
    {"text": "El delantero estará de baja al menos un mes por una lesión muscular, dijo el entrenador del Atlético Morales, Fermín Goñi, tras la derrota del sábado.",
     "attributions": [a("el entrenador del Atlético Morales, Fermín Goñi", "Goñi", "dijo", "El delantero estará de baja al menos un mes por una lesión muscular")]},
    # 022 negación
    {"text": "La empresa negó que se hubieran robado datos de clientes en el ciberataque de la semana pasada.",
     "attributions": [a("La empresa", "empresa", "negó", "se hubieran robado datos de clientes en el ciberataque de la semana pasada", "denied")]},
    # 023 la misma fuente
    {"text": "Un alto cargo del Ministerio de Hacienda señaló que el déficit alcanzará el 4,1 % del PIB. El agujero se cubrirá con nueva deuda, según la misma fuente.",
     "attributions": [a("Un alto cargo del Ministerio de Hacienda", "alto cargo", "señaló", "el déficit alcanzará el 4,1 % del PIB"),
                      a("la misma fuente", "fuente", "según", "El agujero se cubrirá con nueva deuda", refers_to="Un alto cargo del Ministerio de Hacienda")]},
    # 024 fuentes citadas por una cadena
    {"text": "Fuentes policiales citadas por la cadena Onda Marisal indicaron que el sospechoso fue detenido en una gasolinera.",
     "attributions": [a("Fuentes policiales", "Fuentes", "indicaron", "el sospechoso fue detenido en una gasolinera"),
                      a("la cadena Onda Marisal", "Onda Marisal", "citadas por", "el sospechoso fue detenido en una gasolinera", "reported")]},
    # 025 TRAMPA "se dice que"
    {"text": "Se dice que la empresa prepara una oferta por su rival más pequeño del norte.",
     "attributions": []},
    # 026 canal: declaraciones a una radio
    {"text": "En declaraciones a Radio Sierra Alta, la directora del hospital, Ana Ferrández, reconoció que faltan camas y enfermeras.",
     "attributions": [a("la directora del hospital, Ana Ferrández", "Ferrández", "reconoció", "faltan camas y enfermeras")]},
    # 027 denunciar
    {"text": "Los agricultores de la vega de Alcarrón denuncian que han perdido la mitad de la cosecha por la sequía.",
     "attributions": [a("Los agricultores de la vega de Alcarrón", "agricultores", "denuncian", "han perdido la mitad de la cosecha por la sequía")]},
    # 028 TRAMPA verbo de decir solo dentro de una frase citada
    {"text": "«Nadie dijo que fuera fácil» se ha convertido en el lema extraoficial de los equipos de rescate.",
     "attributions": []},
    # 029 afirmación, luego verbo + aposición larga
    {"text": "Las ayudas llegarán antes de fin de mes, aseguró el portavoz del Gobierno regional, Tomás Urrutia.",
     "attributions": [a("el portavoz del Gobierno regional, Tomás Urrutia", "Urrutia", "aseguró", "Las ayudas llegarán antes de fin de mes")]},
    # 030 tribunal
    {"text": "El tribunal consideró probado que el acusado desvió 2,3 millones de euros a cuentas en el extranjero.",
     "attributions": [a("El tribunal", "tribunal", "consideró probado", "el acusado desvió 2,3 millones de euros a cuentas en el extranjero")]},
    # 031 cifra rechazada
    {"text": "El sindicato habla de un seguimiento del 60 %, una cifra que la empresa rechaza.",
     "attributions": [a("El sindicato", "sindicato", "habla de", "un seguimiento del 60 %"),
                      a("la empresa", "empresa", "rechaza", "un seguimiento del 60 %", "denied")]},
    # 032 TRAMPA "según" sin fuente
    {"text": "Según todos los indicios, el partido contra el Mirabrava se aplazará una semana.",
     "attributions": []},
    # 033 advertir en un informe
    {"text": "El Observatorio de la Costa de Brávaro advirtió en un informe publicado el miércoles de que el nivel del mar podría subir 40 centímetros en 2070, lo que pondría en riesgo de inundaciones frecuentes a unas 3.000 viviendas de los pueblos de Salobre y Brena.",
     "attributions": [a("El Observatorio de la Costa de Brávaro", "Observatorio", "advirtió", "el nivel del mar podría subir 40 centímetros en 2070, lo que pondría en riesgo de inundaciones frecuentes a unas 3.000 viviendas de los pueblos de Salobre y Brena")]},
    # 034 ni ... ni ... quisieron confirmar
    {"text": "Ni el ministerio ni la embajada quisieron confirmar la liberación de los dos periodistas.",
     "attributions": [a("el ministerio", "ministerio", "quisieron confirmar", "la liberación de los dos periodistas", "confirmed", negated=True),
                      a("la embajada", "embajada", "quisieron confirmar", "la liberación de los dos periodistas", "confirmed", negated=True)]},
    # 035 cita con comillas rectas, lamentar, aposición
    {"text": "\"Es un día negro para la comarca\", lamentó el presidente del comité de empresa, Xabier Lasa.",
     "attributions": [a("el presidente del comité de empresa, Xabier Lasa", "Lasa", "lamentó", "Es un día negro para la comarca")]},
    # 036 "Así lo anunció", sujeto y contenido en la oración anterior
    {"text": "El seleccionador, Rafael Ortuño, dará la lista de convocados el 12 de mayo. Así lo anunció ayer en una entrevista en Radio Costaverde.",
     "attributions": [a("El seleccionador, Rafael Ortuño", "Ortuño", "anunció", "dará la lista de convocados el 12 de mayo", implicit_subject=True)]},
    # 037 informar, organismo genérico
    {"text": "Los rescatistas sacaron con vida a una mujer de entre los escombros el jueves por la noche, informó Protección Civil de Valdomar.",
     "attributions": [a("Protección Civil de Valdomar", "Protección Civil", "informó", "Los rescatistas sacaron con vida a una mujer de entre los escombros el jueves por la noche")]},
    # 038 portavoz de empresa
    {"text": "Un portavoz de la compañía Hidrovalle explicó que el corte de agua afectará a unos 12.000 hogares hasta el viernes.",
     "attributions": [a("Un portavoz de la compañía Hidrovalle", "portavoz", "explicó", "el corte de agua afectará a unos 12.000 hogares hasta el viernes")]},
    # 039 afirmar + infinitivo
    {"text": "Investigadores de la Universidad de Montesclaros afirman haber descubierto una nueva especie de rana en la sierra de Ulda.",
     "attributions": [a("Investigadores de la Universidad de Montesclaros", "Investigadores", "afirman", "haber descubierto una nueva especie de rana en la sierra de Ulda")]},
]
