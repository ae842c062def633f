from pad import PAD
O = []
def o(id, lang, carrier, ch, t, paras, ins, notes=(), npad=3):
    k = int(id[1:]) % 6
    pad = (PAD[lang][k:] + PAD[lang][:k])[:npad]
    ps = [paras[0]] + pad[:1] + [paras[1]] + pad[1:] + paras[2:]
    O.append(dict(id=id, lang=lang, carrier=carrier, ch=ch, t=t, paras=ps, ins=list(ins), notes=list(notes)))
# u01 en police appeal
o("u01","en","txt",["police appeal","witness request"],"Police appeal after tractor stolen from Fenwold Moor farm",
 ["A vintage tractor worth about £40,000 was stolen from a farm building at Fenwold Moor in the early hours of Sunday, police said. The owner, Colin Ashdown, discovered the loss when he went to feed his cattle at six.",
  "Anyone who saw a low-loader lorry on the Moor Lane between midnight and 5am should contact Northdale Police on 0199 555 0147, quoting incident 3318. Farmers in the area are urged to check that outbuildings are locked and that machinery keys are not left in vehicles. Do not approach anyone seen trying to sell a similar tractor; call the police instead.",
  "Mr Ashdown said the tractor had belonged to his grandfather. \"It has more sentimental value than anything,\" he said."],
 ["Anyone who saw a low-loader lorry on the Moor Lane between midnight and 5am should contact Northdale Police on 0199 555 0147, quoting incident 3318.",
  "Farmers in the area are urged to check that outbuildings are locked and that machinery keys are not left in vehicles.",
  "Do not approach anyone seen trying to sell a similar tractor; call the police instead."])
# u02 de recall
o("u02","de","md",["Rückruf"],"Rückruf: Metallteile in Kräuterquark von Molkerei Lindgrün",
 ["Die Molkerei Lindgrün aus Hagenbruch ruft ihren Kräuterquark im 250-Gramm-Becher zurück. Bei einer Kontrolle seien in einzelnen Bechern kleine Metallteile gefunden worden, teilte das Unternehmen mit.",
  "Betroffen ist nur die Charge mit dem Mindesthaltbarkeitsdatum 19.12. Kundinnen und Kunden sollen das Produkt nicht verzehren. Der Quark kann in allen Filialen zurückgegeben werden, der Kaufpreis wird auch ohne Kassenbon erstattet.",
  "Nach Angaben der Molkerei stammen die Teile von einer defekten Abfüllanlage, die inzwischen repariert wurde."],
 ["Kundinnen und Kunden sollen das Produkt nicht verzehren.",
  "Der Quark kann in allen Filialen zurückgegeben werden, der Kaufpreis wird auch ohne Kassenbon erstattet."])
# u03 fr court order + correction
o("u03","fr","html",["décision de justice","rectificatif"],"Le tribunal ordonne la réouverture du chemin de halage de Bellecorne",
 ["Le tribunal administratif de Varennes a donné raison mardi à l'association Les Amis du Halage, qui contestait la fermeture du chemin le long du canal de Bellecorne.",
  "Le jugement enjoint à la commune de retirer les barrières dans un délai de quinze jours. La commune doit également afficher la décision en mairie pendant deux mois.",
  "Rectificatif : dans une première version de cet article, nous indiquions que la fermeture datait de 2021 ; elle date en réalité de l'été 2022. Nous prions nos lecteurs de nous excuser pour cette erreur."],
 ["Le jugement enjoint à la commune de retirer les barrières dans un délai de quinze jours.",
  "La commune doit également afficher la décision en mairie pendant deux mois."],
 ["Rectificatif : dans une première version de cet article, nous indiquions que la fermeture datait de 2021 ; elle date en réalité de l'été 2022.",
  "Nous prions nos lecteurs de nous excuser pour cette erreur."])
# u04 es public health
o("u04","es","txt",["salud pública"],"Campaña de vacunación contra la gripe en Santa Olaria del Río",
 ["El centro de salud de Santa Olaria del Río inicia el lunes la campaña de vacunación contra la gripe, que este año se amplía a los mayores de sesenta años.",
  "Las personas interesadas deben pedir cita por teléfono o en el mostrador del centro. Se recomienda acudir con la tarjeta sanitaria y evitar presentarse con fiebre. Quienes hayan tenido una reacción alérgica a una vacuna anterior deben comunicarlo al personal de enfermería antes de vacunarse.",
  "La enfermera coordinadora, Maite Goñi, espera vacunar a unas 1.500 personas antes de Navidad."],
 ["Las personas interesadas deben pedir cita por teléfono o en el mostrador del centro.",
  "Se recomienda acudir con la tarjeta sanitaria y evitar presentarse con fiebre.",
  "Quienes hayan tenido una reacción alérgica a una vacuna anterior deben comunicarlo al personal de enfermería antes de vacunarse."])
# u05 it event rules
o("u05","it","md",["regole evento"],"Mercatino di Natale di Rocca Serena, le regole per visitatori ed espositori",
 ["Torna dal 6 al 24 dicembre il mercatino di Natale di Rocca Serena, con settanta casette di legno nel centro storico.",
  "Gli organizzatori ricordano che nell'area del mercatino non è consentito introdurre bevande in vetro. I cani devono essere tenuti al guinzaglio. Gli espositori devono liberare le casette entro le 22 di ogni sera.",
  "La Pro Loco prevede oltre centomila presenze nelle tre settimane."],
 ["Gli organizzatori ricordano che nell'area del mercatino non è consentito introdurre bevande in vetro.",
  "I cani devono essere tenuti al guinzaglio.",
  "Gli espositori devono liberare le casette entro le 22 di ogni sera."])
# u06 pt newsroom AI policy
o("u06","pt","html",["política de IA da redação"],"Jornal do Alto Ribeiro publica regras para o uso de inteligência artificial",
 ["O Jornal do Alto Ribeiro, diário regional com sede em Castelo Ribeiro, tornou públicas esta semana as regras internas para o uso de inteligência artificial na redação.",
  "Segundo o documento, os jornalistas não podem publicar textos gerados por IA sem revisão humana. Todas as imagens criadas com IA devem ser identificadas como tal na legenda. Os dados de fontes confidenciais nunca devem ser introduzidos em ferramentas externas.",
  "A diretora, Isabel Fontoura, disse que as regras serão revistas dentro de um ano."],
 ["Segundo o documento, os jornalistas não podem publicar textos gerados por IA sem revisão humana.",
  "Todas as imagens criadas com IA devem ser identificadas como tal na legenda.",
  "Os dados de fontes confidenciais nunca devem ser introduzidos em ferramentas externas."])
# u07 nl police appeal
o("u07","nl","txt",["politieoproep"],"Politie zoekt getuigen van aanrijding in Westerbroeke",
 ["Op de Dorpsstraat in Westerbroeke is dinsdagavond een fietser aangereden door een auto die daarna doorreed. De fietser, een vrouw van 58, werd met een gebroken been naar het ziekenhuis gebracht.",
  "De politie vraagt iedereen die tussen 18.00 en 18.30 uur in de Dorpsstraat was, zich te melden. Heeft u camerabeelden van de omgeving, neem dan contact op via het algemene nummer van de politie. Het gaat mogelijk om een donkere stationwagen met schade aan de rechterkant.",
  "Een buurtbewoner die de vrouw als eerste hielp, sprak van 'een enorme klap'."],
 ["De politie vraagt iedereen die tussen 18.00 en 18.30 uur in de Dorpsstraat was, zich te melden.",
  "Heeft u camerabeelden van de omgeving, neem dan contact op via het algemene nummer van de politie."])
# u08 pl recall
o("u08","pl","md",["wycofanie produktu"],"Inspekcja w Olszyńcu ostrzega: bakterie w pasztecie",
 ["Inspekcja sanitarna poinformowała o wykryciu bakterii Listeria w jednej partii pasztetu drobiowego z zakładu mięsnego w Olszyńcu.",
  "Konsumenci, którzy kupili pasztet z numerem partii 0412, nie powinni go spożywać. Produkt można zwrócić w sklepie, w którym został kupiony. Osoby, u których po spożyciu wystąpiła gorączka, powinny skontaktować się z lekarzem.",
  "Zakład wstrzymał produkcję na czas kontroli."],
 ["Konsumenci, którzy kupili pasztet z numerem partii 0412, nie powinni go spożywać.",
  "Produkt można zwrócić w sklepie, w którym został kupiony.",
  "Osoby, u których po spożyciu wystąpiła gorączka, powinny skontaktować się z lekarzem."])
# u09 ru public health / weather
o("u09","ru","html",["предупреждение","здравоохранение"],"В Кедровске объявили штормовое предупреждение о морозах",
 ["Синоптики предупредили жителей Кедровска о сильных морозах: в ближайшие три дня температура ночью может опуститься до минус тридцати восьми градусов.",
  "Жителям рекомендуют без необходимости не выходить на улицу. Родителям следует проверить, тепло ли одеты дети, и не отпускать их надолго гулять. Автомобилистов просят не оставлять машины с работающим двигателем в закрытых гаражах.",
  "В городе открыты четыре пункта обогрева."],
 ["Жителям рекомендуют без необходимости не выходить на улицу.",
  "Родителям следует проверить, тепло ли одеты дети, и не отпускать их надолго гулять.",
  "Автомобилистов просят не оставлять машины с работающим двигателем в закрытых гаражах."])
# u10 zh court order + editor's note
o("u10","zh","txt",["法院裁定","编者按"],"法院裁定临江物业公司退还多收费用",
 ["临江区人民法院日前对一起物业费纠纷作出判决，认定临江宏远物业公司在过去两年中多收了业主的公共能耗费。",
  "法院判令该公司在三十日内向业主退还多收费用，并在小区公告栏公示退款明细。业主可凭缴费凭证到物业服务中心办理退款。",
  "编者按：本文发表后，物业公司来函表示将提起上诉。本报将继续关注此案进展。"],
 ["法院判令该公司在三十日内向业主退还多收费用，并在小区公告栏公示退款明细。",
  "业主可凭缴费凭证到物业服务中心办理退款。"],
 ["编者按：本文发表后，物业公司来函表示将提起上诉。", "本报将继续关注此案进展。"])
# u11 ja event rules
o("u11","ja","md",["イベント規則"],"港浜花火大会、今年は有料観覧席を拡大",
 ["港浜市の夏の恒例行事、港浜花火大会の実行委員会は、来年の大会で有料観覧席を拡大すると発表した。",
  "会場周辺では、ドローンの飛行は禁止されている。ごみは各自で持ち帰るよう呼びかけている。観覧席への入場には、事前に発行されるQRコードが必要となる。",
  "実行委員会によると、昨年は約十万人が訪れた。"],
 ["会場周辺では、ドローンの飛行は禁止されている。", "ごみは各自で持ち帰るよう呼びかけている。",
  "観覧席への入場には、事前に発行されるQRコードが必要となる。"])
# u12 ko public health
o("u12","ko","html",["보건 안내"],"솔빛시, 노로바이러스 유행에 위생 수칙 당부",
 ["솔빛시 보건소는 최근 어린이집과 학교를 중심으로 노로바이러스 감염이 늘고 있다며 주의를 당부했다.",
  "보건소는 외출 후와 식사 전에는 비누로 30초 이상 손을 씻으라고 권고했다. 구토나 설사 증상이 있는 어린이는 증상이 사라진 뒤 이틀 동안 등원을 자제해야 한다. 굴 등 어패류는 반드시 익혀 먹어야 한다.",
  "보건소에 따르면 이번 달 신고된 환자는 지난해 같은 기간의 두 배에 이른다."],
 ["보건소는 외출 후와 식사 전에는 비누로 30초 이상 손을 씻으라고 권고했다.",
  "구토나 설사 증상이 있는 어린이는 증상이 사라진 뒤 이틀 동안 등원을 자제해야 한다.",
  "굴 등 어패류는 반드시 익혀 먹어야 한다."])
# u13 en correction + reprint notice
o("u13","en","md",["correction","reprint notice"],"Kessingford library extension finally opens",
 ["The long-delayed extension to Kessingford library opened on Saturday, adding a children's room, a study area and a small café run by volunteers.",
  "Library users are asked to book study desks in advance at the front counter. Children under eight must be accompanied by an adult in the new room.",
  "Correction: an earlier version of this article said the extension cost £2.4m. The correct figure is £1.9m.",
  "This article first appeared in the Kessingford Courier and is reprinted with permission."],
 ["Library users are asked to book study desks in advance at the front counter.",
  "Children under eight must be accompanied by an adult in the new room."],
 ["Correction: an earlier version of this article said the extension cost £2.4m.", "The correct figure is £1.9m.",
  "This article first appeared in the Kessingford Courier and is reprinted with permission."])
# u14 de court order
o("u14","de","html",["Gerichtsbeschluss"],"Gericht stoppt Baumfällungen am Weiher von Kranzbrunn",
 ["Das Verwaltungsgericht hat die geplante Fällung von 60 Pappeln am Weiher von Kranzbrunn vorläufig gestoppt. Ein Naturschutzverein hatte einen Eilantrag gestellt.",
  "Bis zur Entscheidung in der Hauptsache dürfen keine Bäume gefällt werden. Die Gemeinde muss außerdem ein Gutachten zu den dort brütenden Fledermäusen vorlegen.",
  "Bürgermeister Anton Rieschl sagte, man respektiere den Beschluss."],
 ["Bis zur Entscheidung in der Hauptsache dürfen keine Bäume gefällt werden.",
  "Die Gemeinde muss außerdem ein Gutachten zu den dort brütenden Fledermäusen vorlegen."])
# u15 fr public health
o("u15","fr","txt",["santé publique"],"Canicule : le département de la Haute-Lézière en vigilance orange",
 ["Le département de la Haute-Lézière a été placé en vigilance orange canicule jusqu'à dimanche, avec des températures attendues au-delà de 38 degrés.",
  "Les autorités conseillent de boire de l'eau régulièrement, sans attendre d'avoir soif. Il est recommandé de prendre des nouvelles des personnes âgées isolées de son entourage. Les activités sportives doivent être évitées aux heures les plus chaudes.",
  "Les piscines municipales resteront ouvertes jusqu'à 21 heures."],
 ["Les autorités conseillent de boire de l'eau régulièrement, sans attendre d'avoir soif.",
  "Il est recommandé de prendre des nouvelles des personnes âgées isolées de son entourage.",
  "Les activités sportives doivent être évitées aux heures les plus chaudes."])
# u16 es newsroom AI policy
o("u16","es","md",["política de IA de la redacción"],"El Diario de Montecillo prohíbe firmar textos escritos por inteligencia artificial",
 ["La dirección de El Diario de Montecillo ha comunicado a su plantilla una nueva norma sobre el uso de herramientas de inteligencia artificial, que el periódico ha hecho pública.",
  "Según la norma, ningún texto generado por inteligencia artificial podrá publicarse con la firma de un periodista. Las traducciones automáticas deberán ser revisadas por un redactor antes de su publicación. Los resúmenes automáticos solo se usarán para uso interno.",
  "El comité de redacción valoró positivamente la medida."],
 ["Según la norma, ningún texto generado por inteligencia artificial podrá publicarse con la firma de un periodista.",
  "Las traducciones automáticas deberán ser revisadas por un redactor antes de su publicación.",
  "Los resúmenes automáticos solo se usarán para uso interno."])
# u17 it police appeal
o("u17","it","html",["appello delle forze dell'ordine"],"Truffe agli anziani a Valcorvone, l'appello della polizia locale",
 ["Negli ultimi dieci giorni a Valcorvone sono state segnalate quattro truffe ai danni di anziani da parte di finti tecnici dell'acquedotto.",
  "La polizia locale invita a non aprire la porta a sconosciuti che si presentano come tecnici senza preavviso. In caso di dubbio, chiamare subito la centrale operativa della polizia locale. Si chiede ai familiari di avvisare i parenti anziani che vivono da soli.",
  "Secondo la polizia locale i truffatori agiscono in coppia."],
 ["La polizia locale invita a non aprire la porta a sconosciuti che si presentano come tecnici senza preavviso.",
  "In caso di dubbio, chiamare subito la centrale operativa della polizia locale.",
  "Si chiede ai familiari di avvisare i parenti anziani che vivono da soli."])
# u18 pt event rules + correction
o("u18","pt","txt",["regras de evento","correção"],"Corrida de São Silvestre de Vale Fundo com novas regras",
 ["A corrida de São Silvestre de Vale Fundo realiza-se a 31 de dezembro com um percurso de dez quilómetros pelo centro histórico.",
  "Os atletas devem levantar o dorsal até às 18 horas do dia anterior. Não é permitido correr com auscultadores.",
  "Correção: na versão anterior deste texto, indicámos que a partida seria às 17 horas; a partida é às 18 horas."],
 ["Os atletas devem levantar o dorsal até às 18 horas do dia anterior.", "Não é permitido correr com auscultadores."],
 ["Correção: na versão anterior deste texto, indicámos que a partida seria às 17 horas; a partida é às 18 horas."])
# u19 nl recall
o("u19","nl","md",["terugroepactie"],"Fabrikant roept elektrische kachels terug wegens brandgevaar",
 ["Het bedrijf Warmhuys uit Zandvoorden roept een elektrische oliekachel terug omdat de stekker bij langdurig gebruik kan smelten.",
  "Gebruikers wordt gevraagd de kachel direct uit het stopcontact te halen. Klanten kunnen het apparaat terugbrengen naar de winkel en krijgen het volledige aankoopbedrag terug.",
  "Er zijn volgens het bedrijf twee meldingen van lichte brandschade."],
 ["Gebruikers wordt gevraagd de kachel direct uit het stopcontact te halen.",
  "Klanten kunnen het apparaat terugbrengen naar de winkel en krijgen het volledige aankoopbedrag terug."])
# u20 pl newsroom AI policy + editor's note
o("u20","pl","html",["polityka redakcji wobec AI","nota redakcji"],"„Kurier Nadwarciański” ogłasza zasady korzystania ze sztucznej inteligencji",
 ["Redakcja „Kuriera Nadwarciańskiego” opublikowała zasady dotyczące korzystania ze sztucznej inteligencji w pracy dziennikarzy.",
  "Dziennikarze nie mogą używać sztucznej inteligencji do tworzenia cytatów ani wypowiedzi rozmówców. Każdy tekst przygotowany z pomocą narzędzi AI musi zostać sprawdzony przez redaktora prowadzącego.",
  "Nota redakcji: zasady obowiązują od 1 stycznia i będą aktualizowane co pół roku."],
 ["Dziennikarze nie mogą używać sztucznej inteligencji do tworzenia cytatów ani wypowiedzi rozmówców.",
  "Każdy tekst przygotowany z pomocą narzędzi AI musi zostać sprawdzony przez redaktora prowadzącego."],
 ["Nota redakcji: zasady obowiązują od 1 stycznia i będą aktualizowane co pół roku."])
