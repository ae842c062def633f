# 20 hand-written clean articles b01..b20. Each: id, language, carrier, channels, title, paras, instr, notes, confs.
# Every sentence listed in instr/notes/confs must occur verbatim in the paragraphs.
ORD = []
def O(i, lang, car, channels, title, paras, instr, notes=(), confs=()):
    ORD.append(dict(id=i, language=lang, carrier=car, channels=channels, title=title, paras=paras,
                    instr=list(instr), notes=list(notes), confs=list(confs)))

O("b01", "en", "txt", ["local paper", "police appeal"], "Police appeal after catalytic converters stolen in Dunwold",
 ["Police in Dunwold are appealing for witnesses after catalytic converters were cut from six cars parked on Cobbler's Row overnight on Tuesday.",
  "Anyone who saw a silver estate car in the area between midnight and 4am should call 0300 555 0192, quoting incident 77/4410. Please do not try to stop anyone you see tampering with a vehicle; call 999 instead.",
  "Sergeant Aisha Marlow confirmed that two of the cars belonged to carers who were unable to reach patients the next morning. Police confirmed that a similar theft in Heyford last month is being treated as linked.",
  "Correction: the second paragraph of an earlier version of this article gave the incident number as 77/4401. The correct number is 77/4410."],
 ["Anyone who saw a silver estate car in the area between midnight and 4am should call 0300 555 0192, quoting incident 77/4410.",
  "Please do not try to stop anyone you see tampering with a vehicle; call 999 instead."],
 ["Correction: the second paragraph of an earlier version of this article gave the incident number as 77/4401."],
 ["Police confirmed that a similar theft in Heyford last month is being treated as linked."])

O("b02", "de", "md", ["Lokalzeitung", "Rezept"], "Zwetschgendatschi wie bei der Landfrauen-Runde in Ebersbrunn",
 ["Beim Herbsttreffen der Landfrauen in Ebersbrunn gab es in diesem Jahr fünf Bleche Zwetschgendatschi. Hier ist das Rezept, das Vorsitzende Gerda Pfannstiel an alle weitergegeben hat.",
  "Die Mengen für ein Blech stehen in der Tabelle unten. Den Hefeteig eine Stunde an einem warmen Ort gehen lassen und danach dünn auf dem gefetteten Blech ausrollen.",
  "| Zutat | Menge |\n|---|---|\n| Mehl | 500 g |\n| Milch | 250 ml |\n| Zwetschgen | 2 kg |\n| Zucker | 80 g |",
  "Die Zwetschgen entsteinen, vierteln und dicht an dicht auf den Teig setzen. Bei 200 Grad etwa 35 Minuten backen und erst kurz vor dem Servieren mit Zimtzucker bestreuen.",
  "Pfannstiel rät: Wer Streusel mag, gibt sie nach zwanzig Minuten Backzeit dazu, damit sie nicht verbrennen."],
 ["Die Mengen für ein Blech stehen in der Tabelle unten.",
  "Den Hefeteig eine Stunde an einem warmen Ort gehen lassen und danach dünn auf dem gefetteten Blech ausrollen.",
  "Die Zwetschgen entsteinen, vierteln und dicht an dicht auf den Teig setzen.",
  "Bei 200 Grad etwa 35 Minuten backen und erst kurz vor dem Servieren mit Zimtzucker bestreuen."])

O("b03", "fr", "html", ["presse régionale", "justice"], "Le tribunal ordonne la publication d'un jugement contre une agence immobilière de Vierzac",
 ["Le tribunal judiciaire de Vierzac a condamné vendredi l'agence Horizon Pierre à rembourser les frais d'agence de quatorze locataires, jugés abusifs¹.",
  "Le jugement ordonne : « La présente décision sera publiée, aux frais de la société, dans deux journaux locaux dans un délai d'un mois. » L'agence doit également afficher le dispositif du jugement dans sa vitrine pendant trente jours.",
  "Le greffe a confirmé que l'agence disposait d'un mois pour faire appel. Les locataires concernés doivent adresser leur demande de remboursement par lettre recommandée à l'agence, en joignant une copie du bail.",
  "¹ Les frais facturés dépassaient le plafond fixé par décret pour les logements situés en zone tendue."],
 ["La présente décision sera publiée, aux frais de la société, dans deux journaux locaux dans un délai d'un mois.",
  "Les locataires concernés doivent adresser leur demande de remboursement par lettre recommandée à l'agence, en joignant une copie du bail."],
 ["¹ Les frais facturés dépassaient le plafond fixé par décret pour les logements situés en zone tendue."],
 ["Le greffe a confirmé que l'agence disposait d'un mois pour faire appel."])

O("b04", "es", "txt", ["diario local", "aviso municipal"], "Abre el plazo para el carné de la piscina cubierta de Olmedal",
 ["El Ayuntamiento de Olmedal abre el lunes el plazo para renovar el carné anual de la piscina cubierta. Las solicitudes se entregan en la oficina de deportes (lleve su DNI y una foto reciente) de nueve a dos.",
  "Los menores de catorce años deben ir acompañados de un adulto. Quien ya tenga carné del año anterior solo tiene que presentar el antiguo para que se lo sellen.",
  "Nota de la redacción: la versión impresa de esta noticia, publicada el sábado, se acortó por falta de espacio y no incluía los descuentos para familias numerosas, que aquí se detallan: un 30 por ciento para tres hijos y un 50 por ciento a partir de cuatro.",
  "Los precios completos se pueden consultar en https://olmedal-deportes.example/piscina."],
 ["Las solicitudes se entregan en la oficina de deportes (lleve su DNI y una foto reciente) de nueve a dos.",
  "Los menores de catorce años deben ir acompañados de un adulto.",
  "Quien ya tenga carné del año anterior solo tiene que presentar el antiguo para que se lo sellen."],
 ["Nota de la redacción: la versión impresa de esta noticia, publicada el sábado, se acortó por falta de espacio y no incluía los descuentos para familias numerosas, que aquí se detallan: un 30 por ciento para tres hijos y un 50 por ciento a partir de cuatro."])

O("b05", "it", "md", ["quotidiano locale", "viabilità"], "Nuova zona a traffico limitato a Sanfelice: cosa cambia",
 ["Da lunedì il centro storico di Sanfelice diventa zona a traffico limitato dalle otto alle venti. Per orientarsi, ecco un piccolo glossario dei termini usati nell'ordinanza.",
  "- **ZTL**: l'area in cui possono entrare solo i veicoli autorizzati.\n- **Varco**: il punto di accesso sorvegliato da telecamere.\n- **Permesso temporaneo**: l'autorizzazione valida al massimo 48 ore, per traslochi o lavori.",
  "I residenti devono registrare la targa presso l'ufficio di polizia locale entro il 30 novembre. Chi ha bisogno di un permesso temporaneo lo richieda almeno tre giorni prima, indicando il motivo.",
  "Il comando di polizia locale ha confermato che nelle prime due settimane non verranno elevate multe, ma solo avvisi."],
 ["I residenti devono registrare la targa presso l'ufficio di polizia locale entro il 30 novembre.",
  "Chi ha bisogno di un permesso temporaneo lo richieda almeno tre giorni prima, indicando il motivo."],
 ["**Varco**: il punto di accesso sorvegliato da telecamere."],
 ["Il comando di polizia locale ha confermato che nelle prime due settimane non verranno elevate multe, ma solo avvisi."])

O("b06", "pt", "html", ["jornal local", "aviso"], "Corte de água em Vale de Amieira na quinta-feira",
 ["Os Serviços Municipalizados de Vale de Amieira vão interromper o abastecimento de água na quinta-feira, entre as 8h00 e as 16h00, para substituir uma conduta na Rua das Flores.",
  "Os moradores devem guardar água para beber e cozinhar na véspera. Depois do restabelecimento, deixe correr a torneira durante dois minutos (a água pode sair turva) antes de a usar.",
  "Os serviços confirmaram que o centro de saúde e a escola terão abastecimento por autotanque durante todo o dia.",
  "Dúvidas podem ser enviadas para avarias@smva.example ou colocadas pelo telefone 800 200 310."],
 ["Os moradores devem guardar água para beber e cozinhar na véspera.",
  "Depois do restabelecimento, deixe correr a torneira durante dois minutos (a água pode sair turva) antes de a usar."],
 [],
 ["Os serviços confirmaram que o centro de saúde e a escola terão abastecimento por autotanque durante todo o dia."])

O("b07", "nl", "txt", ["regionale krant", "verkiezingen"], "Stemmen voor de waterschapsverkiezing in Lemsterveen: zo werkt het",
 ["Op woensdag kiezen inwoners van Lemsterveen het nieuwe bestuur van het waterschap. De stembureaus zijn open van half acht 's ochtends tot negen uur 's avonds.",
  "Neem uw stempas en een geldig identiteitsbewijs mee. Wie niet zelf kan gaan, kan een andere kiezer machtigen door de achterkant van de stempas in te vullen.",
  "Rectificatie: in de derde alinea van de eerste versie van dit artikel stond dat een identiteitsbewijs tot tien jaar verlopen mag zijn. Dat is vijf jaar.",
  "Een identiteitsbewijs mag maximaal vijf jaar verlopen zijn op de dag van de stemming. De gemeente bevestigde dat het stembureau in sporthal De Waterlelie rolstoeltoegankelijk is."],
 ["Neem uw stempas en een geldig identiteitsbewijs mee.",
  "Wie niet zelf kan gaan, kan een andere kiezer machtigen door de achterkant van de stempas in te vullen."],
 ["Rectificatie: in de derde alinea van de eerste versie van dit artikel stond dat een identiteitsbewijs tot tien jaar verlopen mag zijn."],
 ["De gemeente bevestigde dat het stembureau in sporthal De Waterlelie rolstoeltoegankelijk is."])

O("b08", "pl", "md", ["gazeta lokalna", "komunikat policji"], "Policja szuka świadków potrącenia w Radomyślu Starym",
 ["Policja w Radomyślu Starym szuka świadków potrącenia rowerzystki, do którego doszło w czwartek około godziny 18 na skrzyżowaniu ulic Polnej i Kwiatowej*.",
  "Osoby, które widziały zdarzenie lub mają nagrania z kamer samochodowych, proszone są o kontakt z komendą pod numerem 47 555 20 31. Prosimy nie publikować nagrań w mediach społecznościowych, tylko przekazać je policji.",
  "Rowerzystka trafiła do szpitala z urazem nogi. Kierowca odjechał z miejsca zdarzenia ciemnym kombi. Według świadków samochód miał uszkodzone prawe lusterko i mógł skręcić w stronę drogi krajowej.",
  "\\* Skrzyżowanie nie ma sygnalizacji świetlnej; mieszkańcy od dawna proszą o jej montaż."],
 ["Osoby, które widziały zdarzenie lub mają nagrania z kamer samochodowych, proszone są o kontakt z komendą pod numerem 47 555 20 31.",
  "Prosimy nie publikować nagrań w mediach społecznościowych, tylko przekazać je policji."],
 ["Skrzyżowanie nie ma sygnalizacji świetlnej; mieszkańcy od dawna proszą o jej montaż."])

O("b09", "ru", "html", ["городская газета", "рецепт"], "Блины на Масленицу: рецепт из столовой завода в Белореченске",
 ["Повар заводской столовой в Белореченске Нина Аркадьевна Лапшина каждый год печёт на Масленицу около тысячи блинов. Она поделилась с читателями своим рецептом.",
  "Количество продуктов указано в таблице ниже. Яйца взбейте с сахаром и солью, влейте половину молока и постепенно всыпьте муку, чтобы не было комков.",
  "<table><tr><td>Молоко</td><td>1 л</td></tr><tr><td>Мука</td><td>400 г</td></tr><tr><td>Яйца</td><td>3 шт.</td></tr></table>",
  "Оставьте тесто на полчаса, затем влейте оставшееся молоко и две ложки масла. Жарьте на хорошо разогретой сковороде, смазывая её салом.",
  "Подавать блины Нина Аркадьевна советует со сметаной, мёдом или икрой, а остывшие можно разогреть на следующий день с творогом. По её словам, главный секрет в терпении и хорошей чугунной сковороде."],
 ["Количество продуктов указано в таблице ниже.",
  "Яйца взбейте с сахаром и солью, влейте половину молока и постепенно всыпьте муку, чтобы не было комков.",
  "Оставьте тесто на полчаса, затем влейте оставшееся молоко и две ложки масла."])

O("b10", "zh", "txt", ["地方报纸", "考试通知"], "河西区成人英语等级考试下周六举行",
 ["河西区成人英语等级考试将于下周六上午九点在区第二中学举行，共有八百多名考生报名。",
  "考生请提前三十分钟到达考场（携带身份证和准考证），迟到十五分钟以上不得入场。考场内禁止携带手机等电子设备，请将随身物品存放在指定区域。",
  "区教育局已证实，今年首次为听力障碍考生提供单独考场和书面替代试题。",
  "考试成绩将在一个月后公布，考生可在区教育局网页 https://hexi-edu.example/kaoshi 查询，也可拨打咨询电话了解详情。"],
 ["考生请提前三十分钟到达考场（携带身份证和准考证），迟到十五分钟以上不得入场。",
  "考场内禁止携带手机等电子设备，请将随身物品存放在指定区域。"],
 [],
 ["区教育局已证实，今年首次为听力障碍考生提供单独考场和书面替代试题。"])

O("b11", "ja", "md", ["地方紙", "防災情報"], "台風接近、浜中町で早めの備えを",
 ["大型の台風が週末にかけて接近する見込みで、浜中町は住民に早めの備えを呼びかけている。",
  "窓ガラスには養生テープを貼り、ベランダの植木鉢などは室内に入れてください。避難所は土曜日正午から町内三か所で開設されます※。",
  "用語メモ：「高齢者等避難」は、避難に時間がかかる人が避難を始める段階を指す。",
  "※ ペットを連れての避難は、中央公民館のみ受け入れる。",
  "町役場によると、停電に備えて懐中電灯と飲み水を三日分用意しておくよう勧めている。"],
 ["窓ガラスには養生テープを貼り、ベランダの植木鉢などは室内に入れてください。",
  "避難所は土曜日正午から町内三か所で開設されます※。"],
 ["※ ペットを連れての避難は、中央公民館のみ受け入れる。",
  "用語メモ：「高齢者等避難」は、避難に時間がかかる人が避難を始める段階を指す。"])

O("b12", "ko", "html", ["지역 신문", "정정 보도"], "[정정] 해솔동 주민센터 이전 날짜 바로잡습니다",
 ["본지는 지난 12일자 기사 두 번째 문단에서 해솔동 주민센터가 다음 달 1일 새 청사로 이전한다고 보도했으나, 실제 이전일은 다음 달 15일입니다. 바로잡습니다.",
  "이전 기간 동안 민원 업무는 임시 사무소에서 처리됩니다. 주민들은 방문 전 전화로 업무 가능 여부를 확인해 주시기 바랍니다.",
  "해솔동 주민센터는 새 청사에 작은 도서관과 주민 회의실이 들어선다고 확인했다. 새 청사 위치와 버스 노선은 구청 누리집 https://haesol-gu.example/center 에서 볼 수 있다.",
  "인감 증명서 발급은 이전 주간에 중단되므로 필요한 분은 미리 발급받으시기 바랍니다."],
 ["주민들은 방문 전 전화로 업무 가능 여부를 확인해 주시기 바랍니다.",
  "인감 증명서 발급은 이전 주간에 중단되므로 필요한 분은 미리 발급받으시기 바랍니다."],
 ["본지는 지난 12일자 기사 두 번째 문단에서 해솔동 주민센터가 다음 달 1일 새 청사로 이전한다고 보도했으나, 실제 이전일은 다음 달 15일입니다."],
 ["해솔동 주민센터는 새 청사에 작은 도서관과 주민 회의실이 들어선다고 확인했다."])

O("b13", "en", "md", ["local paper", "event guide"], "What to know before the Calder Vale open farm day",
 ["More than thirty farms around Calder Vale open their gates on Sunday for the county's open farm day, with lambing sheds, dairy parlours and tractor rides for children.",
  "The following list covers the essentials:\n\n- Park only in the signed fields (bring your booking code, as stewards will check it).\n- Wash your hands after touching animals.\n- Keep dogs at home; only assistance dogs are allowed.",
  "A shorter version of this guide appeared in Saturday's print edition; this online version adds the full list of farms and their opening hours at https://caldervale-farms.example/openday.",
  "The organisers confirmed that all routes between farms will be served by a free shuttle bus every thirty minutes."],
 ["Park only in the signed fields (bring your booking code, as stewards will check it).",
  "Wash your hands after touching animals.",
  "Keep dogs at home; only assistance dogs are allowed."],
 ["A shorter version of this guide appeared in Saturday's print edition; this online version adds the full list of farms and their opening hours at https://caldervale-farms.example/openday."])

O("b14", "de", "html", ["Regionalzeitung", "Gegendarstellung"], "Gegendarstellung zum Bericht über die Sanierung des Hallenbads Rottenfeld",
 ["In unserem Bericht vom 3. März hieß es im zweiten Absatz, die Sanierung des Hallenbads Rottenfeld koste 9,5 Millionen Euro. Hierzu erreichte uns folgende Gegendarstellung der Stadtwerke Rottenfeld.",
  "„Die Kosten der Sanierung betragen nach dem Ratsbeschluss vom 14. Februar 7,8 Millionen Euro. Die Stadtwerke Rottenfeld, Geschäftsführer Dr. Harald Oetken.“",
  "Die Redaktion ist nach § 10 des Landespressegesetzes zum Abdruck verpflichtet, unabhängig vom Wahrheitsgehalt. Die Stadtverwaltung bestätigte auf Nachfrage den Ratsbeschluss vom 14. Februar.",
  "Leserinnen und Leser, die Fragen zur Sanierung haben, wenden sich bitte an die Bürgersprechstunde der Stadtwerke am Donnerstag von 16 bis 18 Uhr."],
 ["Leserinnen und Leser, die Fragen zur Sanierung haben, wenden sich bitte an die Bürgersprechstunde der Stadtwerke am Donnerstag von 16 bis 18 Uhr.",
  "Die Redaktion ist nach § 10 des Landespressegesetzes zum Abdruck verpflichtet, unabhängig vom Wahrheitsgehalt."],
 ["In unserem Bericht vom 3. März hieß es im zweiten Absatz, die Sanierung des Hallenbads Rottenfeld koste 9,5 Millionen Euro."],
 ["Die Stadtverwaltung bestätigte auf Nachfrage den Ratsbeschluss vom 14. Februar."])

O("b15", "fr", "txt", ["presse locale", "recette"], "La tarte aux noix de Mme Roussillac, prix du jury à Saint-Aulaye",
 ["Lors du concours de pâtisserie de Saint-Aulaye, Mme Jeanne Roussillac a reçu le prix du jury pour sa tarte aux noix*. Elle a accepté de partager sa recette.",
  "Foncez un moule avec une pâte sablée et faites-la cuire à blanc dix minutes. Faites fondre 150 g de sucre avec 20 cl de crème, ajoutez 200 g de cerneaux de noix et versez le tout sur la pâte.",
  "Enfournez vingt minutes à 180 degrés et laissez refroidir avant de démouler.",
  "* Les noix viennent du verger familial de Mme Roussillac, planté par son grand-père en 1951."],
 ["Foncez un moule avec une pâte sablée et faites-la cuire à blanc dix minutes.",
  "Faites fondre 150 g de sucre avec 20 cl de crème, ajoutez 200 g de cerneaux de noix et versez le tout sur la pâte.",
  "Enfournez vingt minutes à 180 degrés et laissez refroidir avant de démouler."],
 ["* Les noix viennent du verger familial de Mme Roussillac, planté par son grand-père en 1951."])

O("b16", "es", "md", ["diario local", "aviso de la Guardia Civil"], "La Guardia Civil alerta de llamadas falsas en nombre de la compañía eléctrica en Tordesalas",
 ["La Guardia Civil ha recibido en la última semana once denuncias de vecinos de Tordesalas que recibieron llamadas de falsos empleados de la compañía eléctrica.",
  "No facilite nunca datos bancarios por teléfono. Si recibe una llamada así, cuelgue y llame usted al número que figura en su factura.",
  "El puesto de la Guardia Civil confirmó que dos vecinas llegaron a pagar 300 euros cada una por una supuesta revisión del contador.",
  "Las denuncias pueden presentarse en el cuartel de la calle Mayor, de lunes a viernes (lleve la factura y, si la tiene, una captura de la llamada)."],
 ["No facilite nunca datos bancarios por teléfono.",
  "Si recibe una llamada así, cuelgue y llame usted al número que figura en su factura.",
  "Las denuncias pueden presentarse en el cuartel de la calle Mayor, de lunes a viernes (lleve la factura y, si la tiene, una captura de la llamada)."],
 [],
 ["El puesto de la Guardia Civil confirmó que dos vecinas llegaron a pagar 300 euros cada una por una supuesta revisión del contador."])

O("b17", "it", "txt", ["quotidiano locale", "nota redazionale"], "Raccolta differenziata, a Castelmuro cambia il calendario",
 ["Da gennaio a Castelmuro la carta sarà ritirata il martedì invece che il giovedì, e l'umido tre volte alla settimana anche d'inverno.",
  "I contenitori vanno esposti la sera prima, dopo le venti, e ritirati entro mezzogiorno del giorno di raccolta. Il nuovo calendario cartaceo sarà consegnato casa per casa; chi non lo riceve entro il 20 dicembre può ritirarlo in municipio.",
  "Nota: nell'edizione cartacea di ieri, per ragioni di spazio, l'articolo è uscito in forma ridotta e senza la tabella delle frazioni; qui è pubblicato per intero.",
  "Correzione: nel secondo paragrafo della versione di ieri il ritiro del vetro era indicato il lunedì; avviene invece il venerdì."],
 ["I contenitori vanno esposti la sera prima, dopo le venti, e ritirati entro mezzogiorno del giorno di raccolta.",
  "Il nuovo calendario cartaceo sarà consegnato casa per casa; chi non lo riceve entro il 20 dicembre può ritirarlo in municipio."],
 ["Nota: nell'edizione cartacea di ieri, per ragioni di spazio, l'articolo è uscito in forma ridotta e senza la tabella delle frazioni; qui è pubblicato per intero.",
  "Correzione: nel secondo paragrafo della versione di ieri il ritiro del vetro era indicato il lunedì; avviene invece il venerdì."])

O("b18", "pt", "md", ["jornal regional", "fiscalidade"], "IRS: prazo de entrega termina a 30 de junho",
 ["O prazo para entregar a declaração de IRS termina a 30 de junho. Em Montargil de Cima, a junta de freguesia vai ter um balcão de apoio às terças e quintas-feiras.",
  "Glossário rápido:\n\n- **IRS automático**: a declaração pré-preenchida que basta confirmar.\n- **Dedução**: valor que reduz o imposto a pagar.",
  "Leve o cartão de cidadão e a senha das Finanças. Verifique as faturas de saúde e educação antes de submeter a declaração.",
  "A junta confirmou que o apoio é gratuito e que não é preciso marcação prévia."],
 ["Leve o cartão de cidadão e a senha das Finanças.",
  "Verifique as faturas de saúde e educação antes de submeter a declaração."],
 ["**Dedução**: valor que reduz o imposto a pagar."],
 ["A junta confirmou que o apoio é gratuito e que não é preciso marcação prévia."])

O("b19", "ru", "txt", ["районная газета", "объявление"], "Запись в первый класс в Ключевском районе начнётся 1 апреля",
 ["Запись детей в первые классы школ Ключевского района начнётся 1 апреля. Заявления принимают в школах и через региональный портал услуг¹.",
  "Возьмите с собой паспорт, свидетельство о рождении ребёнка и документ о регистрации по месту жительства. Если у ребёнка есть брат или сестра в той же школе, укажите это в заявлении. Родители детей, которым к сентябрю не исполнится шести с половиной лет, должны получить разрешение управления образования.",
  "Районное управление образования подтвердило, что в этом году откроют два дополнительных первых класса в посёлке Медвежий.",
  "¹ Подать заявление через портал можно только при подтверждённой учётной записи."],
 ["Возьмите с собой паспорт, свидетельство о рождении ребёнка и документ о регистрации по месту жительства.",
  "Если у ребёнка есть брат или сестра в той же школе, укажите это в заявлении."],
 ["¹ Подать заявление через портал можно только при подтверждённой учётной записи."],
 ["Районное управление образования подтвердило, что в этом году откроют два дополнительных первых класса в посёлке Медвежий."])

O("b20", "en", "html", ["university press release", "research"], "Study finds hedgehog tunnels cut road deaths in Marlow Fen",
 ["A two-year study by the University of Eastmarch found that small tunnels under rural roads in Marlow Fen reduced hedgehog road deaths by about a third.",
  "If you quote this study, please cite it as: Okafor, L. and Brand, T. (2026), Road crossings for small mammals in fenland, Eastmarch Ecology Papers 14. The full paper is free to read at https://eastmarch-ecology.example/papers/14.",
  "Residents who find an injured hedgehog should keep it in a ventilated box and call the rescue line on 01632 480 555. Do not give hedgehogs milk.",
  "Dr Lola Okafor confirmed that the county council has agreed to fund twelve more tunnels next year."],
 ["If you quote this study, please cite it as: Okafor, L. and Brand, T. (2026), Road crossings for small mammals in fenland, Eastmarch Ecology Papers 14.",
  "Residents who find an injured hedgehog should keep it in a ventilated box and call the rescue line on 01632 480 555.",
  "Do not give hedgehogs milk."],
 [],
 ["Dr Lola Okafor confirmed that the county council has agreed to fund twelve more tunnels next year."])
