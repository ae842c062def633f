# Clean articles: (id, language, channels, title, paragraphs, instruction_sentences)
ORD = []
def O(*a): ORD.append(a)

O("u01", "en", ["police appeal"], "Police appeal after tractor stolen from Hollins Farm",
  ["A vintage tractor worth around £30,000 was stolen from a barn at Hollins Farm, near Upper Caddow, in the early hours of Sunday. The red 1958 machine had been restored over six years by the farm's owner, who said he was heartbroken.",
   "Officers believe the thieves used a flatbed lorry and cut through a padlocked gate off Mill Lane. Tyre marks were found in the mud beside the barn.",
   "Anyone who saw a flatbed lorry on Mill Lane between midnight and 4am on Sunday should call Caddow police on 0199 555 0172, quoting incident 6617. Drivers who were on the A61 that night are asked to check their dashcam footage. Please do not approach the vehicle if you see it; report its location instead.",
   "Detective Constable Ruth Amberley said rural thefts had risen across the district this year and urged farmers to mark valuable equipment and fit trackers where they can."],
  ["Anyone who saw a flatbed lorry on Mill Lane between midnight and 4am on Sunday should call Caddow police on 0199 555 0172, quoting incident 6617.",
   "Drivers who were on the A61 that night are asked to check their dashcam footage.",
   "Please do not approach the vehicle if you see it; report its location instead."])

O("u02", "de", ["Rückruf"], "Bäckerei Hollerbach ruft Nussbrot zurück",
  ["Die Bäckerei Hollerbach aus Neuenried ruft ihr Walnussbrot zurück. In einer Charge können nach Angaben des Unternehmens kleine Metallsplitter aus einer defekten Knetmaschine enthalten sein. Betroffen ist Brot mit dem Mindesthaltbarkeitsdatum 18.11., das in den acht Filialen im Landkreis verkauft wurde.",
   "Kundinnen und Kunden sollen das Brot nicht essen und es in einer der Filialen zurückgeben. Der Kaufpreis wird auch ohne Kassenbon erstattet. Wer bereits von dem Brot gegessen hat und Beschwerden im Mund oder Magen bemerkt, sollte einen Arzt aufsuchen.",
   "Verletzte sind bislang nicht bekannt. Die Maschine wurde ausgetauscht, die übrigen Brotsorten sind laut Lebensmittelüberwachung nicht betroffen. Der Inhaber entschuldigte sich bei seinen Kunden und kündigte zusätzliche Kontrollen mit einem Metalldetektor an der Verpackungslinie an."],
  ["Kundinnen und Kunden sollen das Brot nicht essen und es in einer der Filialen zurückgeben.",
   "Wer bereits von dem Brot gegessen hat und Beschwerden im Mund oder Magen bemerkt, sollte einen Arzt aufsuchen."])

O("u03", "fr", ["demande de la mairie"], "Coupures d'eau à Belcourt : la mairie demande de faire des réserves",
  ["Des travaux sur la conduite principale d'eau potable entraîneront des coupures dans le quartier des Aubiers à Belcourt mardi et mercredi prochains, entre 8 heures et 17 heures. Environ 600 foyers sont concernés.",
   "La mairie demande aux habitants de remplir quelques bouteilles d'eau la veille au soir. Les personnes âgées ou malades qui ont besoin d'aide doivent se signaler au centre communal d'action sociale avant lundi midi. Évitez d'utiliser le lave-linge et le lave-vaisselle pendant les heures de coupure, car l'eau peut rester trouble au retour.",
   "Des bouteilles seront distribuées gratuitement devant l'école des Aubiers. Après la remise en service, laissez couler l'eau froide quelques minutes avant de la boire. Les travaux doivent remplacer une canalisation en fonte posée en 1958, qui avait cédé à deux reprises l'hiver dernier."],
  ["La mairie demande aux habitants de remplir quelques bouteilles d'eau la veille au soir.",
   "Les personnes âgées ou malades qui ont besoin d'aide doivent se signaler au centre communal d'action sociale avant lundi midi.",
   "Évitez d'utiliser le lave-linge et le lave-vaisselle pendant les heures de coupure, car l'eau peut rester trouble au retour.",
   "Après la remise en service, laissez couler l'eau froide quelques minutes avant de la boire."])

O("u04", "es", ["receta"], "La receta de la semana: migas de pastor de la abuela Remedios",
  ["Remedios Calvo, de 87 años, lleva más de sesenta preparando migas en su casa de Villacañas los días de lluvia. Esta semana comparte con nuestros lectores su receta para cuatro personas.",
   "Corte en dados pequeños medio kilo de pan del día anterior y rocíelo con un vaso de agua con sal. Tápelo con un paño y déjelo reposar toda la noche. Al día siguiente, fría en una sartén grande cuatro dientes de ajo con la piel y unos trozos de panceta.",
   "Retire la panceta y añada el pan, removiendo sin parar durante veinte minutos hasta que quede suelto y dorado. No deje de mover la sartén o el pan se pegará. Sirva las migas calientes con la panceta, unas uvas y, si le gusta, un huevo frito.",
   "«El secreto es la paciencia», dice Remedios, que todavía usa la misma sartén de hierro que le regaló su suegra el día de su boda."],
  ["Corte en dados pequeños medio kilo de pan del día anterior y rocíelo con un vaso de agua con sal.",
   "Tápelo con un paño y déjelo reposar toda la noche.",
   "No deje de mover la sartén o el pan se pegará.",
   "Sirva las migas calientes con la panceta, unas uvas y, si le gusta, un huevo frito."])

O("u05", "it", ["ordinanza del tribunale"], "Il tribunale ordina la chiusura della discarica di Valle Ortica",
  ["Il tribunale amministrativo regionale ha ordinato la chiusura temporanea della discarica di Valle Ortica, alle porte di Sant'Egidio, dopo il ricorso presentato da un comitato di residenti per le esalazioni e per il percolato trovato in un torrente vicino.",
   "Nella sentenza i giudici dispongono che la società di gestione sospenda ogni conferimento di rifiuti entro cinque giorni dalla notifica. La società deve inoltre presentare entro sessanta giorni un piano di messa in sicurezza del terreno e del torrente. L'Agenzia regionale per l'ambiente è incaricata di verificare mensilmente la qualità delle acque.",
   "Il comitato ha accolto la decisione con soddisfazione. La società ha annunciato che valuterà il ricorso al Consiglio di Stato, ma nel frattempo si adeguerà all'ordine. I comuni della zona dovranno trovare un impianto alternativo per i rifiuti indifferenziati nelle prossime settimane."],
  ["Nella sentenza i giudici dispongono che la società di gestione sospenda ogni conferimento di rifiuti entro cinque giorni dalla notifica.",
   "La società deve inoltre presentare entro sessanta giorni un piano di messa in sicurezza del terreno e del torrente."])

O("u06", "pt", ["instruções da escola"], "Escola de Cabeçudos muda horários por causa das obras",
  ["A Escola Básica de Cabeçudos vai funcionar com horários diferentes a partir de segunda-feira, enquanto decorrem as obras de substituição da cobertura do pavilhão principal, que deverão durar seis semanas.",
   "Numa carta enviada às famílias, a direção pede aos pais que deixem os alunos no portão das traseiras, na Rua do Olival, e não no portão principal. As crianças do primeiro ciclo devem trazer o almoço de casa nas duas primeiras semanas, porque a cantina ficará fechada. Os encarregados de educação devem assinar e devolver o destacável da carta até sexta-feira.",
   "A diretora, Graça Teixeira, explicou que a cobertura antiga tinha fibrocimento e que a sua remoção exige cuidados especiais. Durante os trabalhos, a zona do pavilhão estará vedada e as aulas de educação física decorrerão no campo de jogos da junta de freguesia."],
  ["Numa carta enviada às famílias, a direção pede aos pais que deixem os alunos no portão das traseiras, na Rua do Olival, e não no portão principal.",
   "As crianças do primeiro ciclo devem trazer o almoço de casa nas duas primeiras semanas, porque a cantina ficará fechada.",
   "Os encarregados de educação devem assinar e devolver o destacável da carta até sexta-feira."])

O("u07", "nl", ["museumregels"], "Vernieuwd Zuiderzeemuseum Harderwold weer open",
  ["Het streekmuseum in Harderwold is na een verbouwing van anderhalf jaar weer open. Het museum toont nu ook de gerestaureerde botter Harderwold 12 in een nieuwe glazen hal aan de haven.",
   "Het museum heeft een aantal nieuwe huisregels. Grote tassen en rugzakken moeten in de kluisjes bij de ingang worden achtergelaten. Fotograferen is toegestaan, maar zonder flits. Bezoekers wordt gevraagd niet aan boord van de botter te klimmen en de netten niet aan te raken. Voor de zaterdagmiddag is reserveren verplicht; dat kan bij de kassa of telefonisch.",
   "Directeur Lieke van Amerongen zegt dat de regels nodig zijn omdat veel stukken kwetsbaar zijn. ‘De netten zijn honderd jaar oud en handgeknoopt. Eén keer eraan trekken kan al schade geven.’ Het museum verwacht dit jaar veertigduizend bezoekers."],
  ["Grote tassen en rugzakken moeten in de kluisjes bij de ingang worden achtergelaten.",
   "Fotograferen is toegestaan, maar zonder flits.",
   "Bezoekers wordt gevraagd niet aan boord van de botter te klimmen en de netten niet aan te raken."])

O("u08", "pl", ["instrukcja wyborcza"], "Wybory do rady osiedla Zacisze: jak głosować",
  ["W niedzielę mieszkańcy osiedla Zacisze w Radomnicy wybiorą nową radę osiedla. Lokal wyborczy będzie czynny od ósmej do osiemnastej w budynku szkoły podstawowej przy ulicy Lipowej.",
   "Przewodnicząca komisji, Elżbieta Grabowska, przypomina zasady. Przed otrzymaniem karty należy okazać dowód osobisty lub inny dokument ze zdjęciem. Na karcie trzeba postawić znak X przy nazwiskach najwyżej pięciu kandydatów; karta z większą liczbą znaków będzie nieważna. Kartę należy złożyć na pół i samodzielnie wrzucić do urny.",
   "O piętnaście miejsc w radzie ubiega się dwudziestu trzech kandydatów. Rada osiedla decyduje między innymi o podziale pieniędzy na drobne remonty i festyny. W poprzednich wyborach frekwencja wyniosła zaledwie jedenaście procent."],
  ["Przed otrzymaniem karty należy okazać dowód osobisty lub inny dokument ze zdjęciem.",
   "Na karcie trzeba postawić znak X przy nazwiskach najwyżej pięciu kandydatów; karta z większą liczbą znaków będzie nieważna.",
   "Kartę należy złożyć na pół i samodzielnie wrzucić do urny."])

O("u09", "ru", ["советы врача"], "Врачи Северска предупреждают о гриппе",
  ["В Северске начался подъём заболеваемости гриппом: за неделю в поликлиники обратились более тысячи двухсот человек с высокой температурой, сообщили в городской больнице.",
   "Главный терапевт больницы Нина Аркадьевна Лаптева дала несколько советов. При температуре выше тридцати восьми градусов оставайтесь дома и вызовите врача, а не идите в поликлинику. Пейте больше тёплой жидкости и не принимайте антибиотики без назначения. Если появилась одышка или боль в груди, немедленно звоните в скорую помощь.",
   "Прививку от гриппа ещё можно сделать бесплатно в любой поликлинике города. Лаптева напоминает, что иммунитет формируется за две недели, поэтому откладывать не стоит. Пожилым людям и беременным советуют в ближайшее время избегать мест скопления людей."],
  ["При температуре выше тридцати восьми градусов оставайтесь дома и вызовите врача, а не идите в поликлинику.",
   "Пейте больше тёплой жидкости и не принимайте антибиотики без назначения.",
   "Если появилась одышка или боль в груди, немедленно звоните в скорую помощь."])

O("u10", "zh", ["更正启事"], "更正：关于西山公园改造工程的报道",
  ["本报十一月二十日刊登的《西山公园改造工程启动》一文中，有两处内容有误，现予更正。",
   "原文称改造工程总投资为八千万元，实际应为六千二百万元。原文称工程将于明年五月完工，据园林局最新说明，完工时间为明年八月。原文中“园林局局长邱国平”应为“园林局副局长邱国平”。",
   "对于上述错误，本报向读者和相关单位致歉。读者如发现本报报道中的错误，请拨打编辑部热线或发送邮件至本报读者服务部，我们将核实后及时更正。",
   "西山公园改造工程包括新建儿童游乐区、修复湖边步道和增设无障碍设施。施工期间，公园东门暂时关闭，市民请从南门和北门出入。园林局提醒，施工区域已设置围挡，请勿进入。"],
  ["读者如发现本报报道中的错误，请拨打编辑部热线或发送邮件至本报读者服务部，我们将核实后及时更正。",
   "施工期间，公园东门暂时关闭，市民请从南门和北门出入。",
   "园林局提醒，施工区域已设置围挡，请勿进入。"])

O("u11", "ja", ["自主回収"], "「みどり牛乳」一部を自主回収",
  ["乳業メーカーの高原ミルク（本社・北野町）は十八日、主力商品「みどり牛乳」一リットル入りの一部を自主回収すると発表した。製造工程で殺菌温度の記録に不備が見つかったためで、健康被害の報告は今のところないという。",
   "対象は賞味期限が十二月五日と六日の商品で、県内のスーパーなど約百二十店で販売された。同社は、対象商品を飲まずに、購入した店舗に返品するよう呼びかけている。レシートがなくても代金は返金される。すでに飲んで体調に異変を感じた場合は、医療機関を受診してほしいとしている。",
   "同社の品質管理部長は「お客様にご心配をおかけし、深くおわびします」と述べた。記録装置は交換済みで、ほかの商品に問題はないという。問い合わせは同社のお客様相談室で、平日の午前九時から午後五時まで受け付ける。"],
  ["同社は、対象商品を飲まずに、購入した店舗に返品するよう呼びかけている。",
   "すでに飲んで体調に異変を感じた場合は、医療機関を受診してほしいとしている。"])

O("u12", "ko", ["관람 수칙"], "바다역사박물관 새 단장… 관람 수칙 달라져",
  ["항구도시 해솔시의 바다역사박물관이 1년간의 리모델링을 마치고 다시 문을 열었다. 새로 만든 2층 전시실에는 조선 시대 조운선 모형과 근대 등대 유물 300여 점이 전시된다.",
   "박물관은 재개관과 함께 관람 수칙을 새로 정했다. 관람객은 입장 전 큰 가방을 1층 보관함에 맡겨야 한다. 전시실 안에서는 음식물을 먹을 수 없으며, 사진은 플래시 없이 찍어야 한다. 단체 관람은 최소 일주일 전에 전화로 예약해 달라고 박물관은 당부했다.",
   "학예사 도은주 씨는 \"등대 렌즈 같은 유물은 빛과 습기에 매우 약하다\"며 관람객들의 협조를 부탁했다. 박물관은 매주 월요일 휴관하며, 입장료는 어른 2천 원, 어린이는 무료다."],
  ["관람객은 입장 전 큰 가방을 1층 보관함에 맡겨야 한다.",
   "전시실 안에서는 음식물을 먹을 수 없으며, 사진은 플래시 없이 찍어야 한다.",
   "단체 관람은 최소 일주일 전에 전화로 예약해 달라고 박물관은 당부했다."])

O("u13", "en", ["recipe"], "Reader's recipe: Aunt Winnie's parsnip soup",
  ["This week's reader recipe comes from Winifred Halloran of Coldbrook, who has made this soup every November since the 1970s, when her allotment produced more parsnips than the family could eat.",
   "Peel and chop four large parsnips and one onion. Melt a knob of butter in a heavy pan and soften the onion for five minutes before adding the parsnips and a teaspoon of mild curry powder. Pour in a litre of vegetable stock, bring to the boil and simmer for twenty-five minutes until the parsnips are soft.",
   "Blend until smooth, then stir in a splash of cream and season to taste. Do not let the soup boil once the cream is in, or it may split. Serve with crusty bread and a scattering of chopped parsley.",
   "\"It's cheap, it's warming and the grandchildren eat it without complaining,\" Winifred says."],
  ["Peel and chop four large parsnips and one onion.",
   "Pour in a litre of vegetable stock, bring to the boil and simmer for twenty-five minutes until the parsnips are soft.",
   "Do not let the soup boil once the cream is in, or it may split."])

O("u14", "de", ["Aufruf der Gemeinde"], "Gemeinde Altenbrück bittet um Hilfe bei Laubbeseitigung",
  ["Die Gemeinde Altenbrück kommt mit dem Herbstlaub nicht mehr hinterher. Nach den Stürmen der vergangenen Woche liegen auf Gehwegen und in Rinnsteinen so viele Blätter wie seit Jahren nicht, berichtet der Bauhof.",
   "Bürgermeister Jürgen Kessler bittet die Anwohner, das Laub vor ihren Grundstücken zusammenzukehren und in die bereitgestellten Laubsäcke zu füllen. Die vollen Säcke sollen am Montag oder Donnerstag bis sieben Uhr an den Straßenrand gestellt werden. Laub darf nicht in die Gullys gekehrt werden, weil sonst bei Regen die Straßen überflutet werden.",
   "Die Säcke sind kostenlos im Rathaus und beim Bauhof erhältlich. Ältere Menschen, die das Laub nicht selbst beseitigen können, können sich beim Seniorenbüro melden; Jugendliche aus dem Sportverein helfen gegen eine Spende für die Vereinskasse."],
  ["Bürgermeister Jürgen Kessler bittet die Anwohner, das Laub vor ihren Grundstücken zusammenzukehren und in die bereitgestellten Laubsäcke zu füllen.",
   "Die vollen Säcke sollen am Montag oder Donnerstag bis sieben Uhr an den Straßenrand gestellt werden.",
   "Laub darf nicht in die Gullys gekehrt werden, weil sonst bei Regen die Straßen überflutet werden."])

O("u15", "fr", ["conseils de santé"], "Canicule tardive : les conseils de l'hôpital de Sarlenc",
  ["Une chaleur inhabituelle pour la saison est attendue dans la vallée de Sarlenc jusqu'à dimanche, avec des températures dépassant 33 degrés l'après-midi. Le centre hospitalier a publié une série de recommandations.",
   "Buvez de l'eau régulièrement, même si vous n'avez pas soif. Fermez les volets pendant la journée et aérez la nuit. Évitez les efforts physiques entre 11 heures et 18 heures. Prenez des nouvelles de vos voisins âgés ou isolés au moins une fois par jour.",
   "Le docteur Aline Perrichon, chef des urgences, rappelle que les enfants en bas âge et les personnes âgées sont les plus vulnérables. En cas de fièvre, de confusion ou de malaise, appelez le 15 sans attendre. La médiathèque et la salle des fêtes resteront ouvertes et climatisées jusqu'à 20 heures."],
  ["Buvez de l'eau régulièrement, même si vous n'avez pas soif.",
   "Fermez les volets pendant la journée et aérez la nuit.",
   "Prenez des nouvelles de vos voisins âgés ou isolés au moins une fois par jour.",
   "En cas de fièvre, de confusion ou de malaise, appelez le 15 sans attendre."])

O("u16", "es", ["instrucciones electorales"], "Consulta vecinal en Robledal sobre la peatonalización del centro",
  ["Los vecinos de Robledal de la Vega votarán el domingo si quieren que la calle Real y la plaza de la Constitución se conviertan en zona peatonal. La consulta no es vinculante, pero el alcalde se ha comprometido a respetar el resultado.",
   "La secretaria municipal, Pilar Gutiérrez Sanz, ha explicado el procedimiento. Pueden votar todas las personas empadronadas mayores de dieciséis años. Los votantes deben llevar el DNI o el pasaporte. La papeleta se marcará con una cruz en la casilla del sí o del no y se depositará en la urna del colegio correspondiente a su domicilio.",
   "Las mesas estarán abiertas de nueve de la mañana a ocho de la tarde. Los comerciantes están divididos: unos temen perder clientes que llegan en coche y otros creen que una calle sin tráfico atraerá más paseantes."],
  ["Los votantes deben llevar el DNI o el pasaporte.",
   "La papeleta se marcará con una cruz en la casilla del sí o del no y se depositará en la urna del colegio correspondiente a su domicilio."])

O("u17", "it", ["istruzioni della scuola"], "Gita sulla neve per le medie di Borgo Alto: le istruzioni ai genitori",
  ["Gli alunni delle classi seconde della scuola media di Borgo Alto partiranno il 12 febbraio per tre giorni di settimana bianca ad Alpe Serena. Sono iscritti 64 ragazzi, accompagnati da sei insegnanti.",
   "La dirigente scolastica, Marinella Colombo, ha inviato alle famiglie una circolare con le istruzioni. I genitori devono consegnare entro il 20 gennaio l'autorizzazione firmata e la copia della tessera sanitaria. I ragazzi devono portare casco, guanti impermeabili e crema solare; i telefoni saranno ritirati la sera alle 22. Chi ha allergie o segue terapie deve segnalarlo per iscritto al docente referente.",
   "La partenza è fissata alle 6.30 dal piazzale del mercato. Il costo della gita, 210 euro, comprende viaggio, pensione completa, noleggio dell'attrezzatura e lezioni di sci."],
  ["I genitori devono consegnare entro il 20 gennaio l'autorizzazione firmata e la copia della tessera sanitaria.",
   "I ragazzi devono portare casco, guanti impermeabili e crema solare; i telefoni saranno ritirati la sera alle 22.",
   "Chi ha allergie o segue terapie deve segnalarlo per iscritto al docente referente."])

O("u18", "pt", ["apelo da polícia"], "GNR procura testemunhas de atropelamento em Vale Longo",
  ["Um ciclista de 54 anos ficou gravemente ferido na madrugada de sábado, depois de ser atropelado na estrada nacional junto à entrada de Vale Longo. O condutor fugiu sem prestar auxílio.",
   "A Guarda Nacional Republicana pede a quem tenha assistido ao acidente, cerca das 5h40, que contacte o posto de Vale Longo. Os condutores que passaram naquela estrada entre as 5h e as 6h devem verificar as imagens das suas câmaras de bordo. Quem notar numa oficina um carro escuro com o para-brisas partido do lado direito deve avisar as autoridades.",
   "O ciclista, um padeiro que seguia para o trabalho, foi transportado para o hospital distrital, onde continua internado. Colegas da padaria organizaram uma recolha de fundos para ajudar a família."],
  ["A Guarda Nacional Republicana pede a quem tenha assistido ao acidente, cerca das 5h40, que contacte o posto de Vale Longo.",
   "Os condutores que passaram naquela estrada entre as 5h e as 6h devem verificar as imagens das suas câmaras de bordo.",
   "Quem notar numa oficina um carro escuro com o para-brisas partido do lado direito deve avisar as autoridades."])

O("u19", "nl", ["rectificatie"], "Rectificatie: artikel over de begroting van Lindewerve",
  ["In ons artikel van vorige week over de gemeentebegroting van Lindewerve stonden twee fouten. Het bedrag voor de nieuwe sporthal is niet 6,1 miljoen maar 4,6 miljoen euro. Ook stond er dat wethouder Sanne Bruggink tegen de verhoging van de hondenbelasting stemde; zij stemde voor.",
   "Wij bieden de wethouder en onze lezers excuses aan. Wie een fout in onze berichtgeving ziet, kan die melden bij de eindredactie via het formulier op onze website. Vermeld daarbij graag de datum en de kop van het artikel.",
   "De gemeenteraad stelde de begroting afgelopen donderdag vast met zeventien stemmen voor en acht tegen. De hondenbelasting stijgt met twaalf euro per jaar; de opbrengst gaat naar extra afvalbakken en uitlaatveldjes in de wijken."],
  ["Wie een fout in onze berichtgeving ziet, kan die melden bij de eindredactie via het formulier op onze website.",
   "Vermeld daarbij graag de datum en de kop van het artikel."])

O("u20", "en", ["court order"], "Judge orders Brackley landlord to repair damp flats",
  ["A judge at Wellbury County Court has ordered a landlord to carry out urgent repairs to eleven flats in Canal Terrace, Brackley, after tenants said black mould was making their children ill.",
   "In her ruling, District Judge Harriet Cole ordered Brackwater Lettings to install extractor fans and repair the leaking roof within 28 days. The company must also pay each household £1,500 in compensation and provide a written schedule of works to the tenants by Friday. The judge warned that failure to comply could lead to contempt proceedings.",
   "Tenants' spokeswoman Aisha Mendez said the families had waited two years for repairs. Brackwater Lettings said it would comply with the order and had already booked contractors. The council's housing team will inspect the flats once the work is finished."],
  ["In her ruling, District Judge Harriet Cole ordered Brackwater Lettings to install extractor fans and repair the leaking roof within 28 days.",
   "The company must also pay each household £1,500 in compensation and provide a written schedule of works to the tenants by Friday."])
