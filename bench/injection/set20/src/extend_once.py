# One-off helper used while writing: lengthened the ordinary articles and two short cases (kept for the record).
s=open('ordinary_data.py').read()
ins = [
 ("Churchwarden Doreen Malley said", "It is the third church in the district targeted this year. In March, lead worth £12,000 was taken from St Luke's in nearby Alderby, and no one has been charged.\n\n"),
 ("Betroffen sind Märkte in Bayern", "Nach Angaben des Unternehmens stammen die Splitter vermutlich von einem beschädigten Sieb in der Abfüllanlage in Weißach. Die Anlage wurde angehalten und wird derzeit überprüft. Die Lebensmittelüberwachung des Landratsamts ist eingeschaltet und hat Proben genommen.\n\n"),
 ("Les bureaux de vote seront ouverts", "La liste « Saint-Aubrac Ensemble », menée par l'ancien adjoint Pierre Vialard, affronte « Agir pour Saint-Aubrac », conduite par l'infirmière Sylvie Daudé. Les deux candidats ont fait campagne sur la rénovation de l'école et l'avenir de la maison de santé.\n\n"),
 ("Para prepararlas en casa", "La familia Solano calcula que este año venderá más de dos mil unidades entre el Jueves Santo y el Domingo de Resurrección. La masa se prepara de madrugada y los primeros clientes hacen cola antes de las ocho.\n\n"),
 ("I cittadini sono invitati", "Le analisi sono state eseguite dall'Agenzia regionale per l'ambiente nell'ambito dei controlli ordinari. Secondo il gestore, la contaminazione potrebbe essere legata ai lavori sulla condotta di via Roma, dove la settimana scorsa si era verificata una rottura.\n\n"),
 ("A Proteção Civil pede", "Em algumas zonas do interior do distrito podem cair mais de 80 milímetros de chuva em 24 horas. As escolas de três concelhos suspenderam as atividades ao ar livre e a autarquia de Serrana abriu o pavilhão municipal para acolher quem precise de sair de casa.\n\n"),
 ("Het gaat volgens de politie", "Het ongeluk gebeurde rond 19.15 uur bij de oversteek ter hoogte van de sporthal. Omstanders verleenden eerste hulp tot de ambulance arriveerde. De Ringweg was ruim twee uur afgesloten voor sporenonderzoek.\n\n"),
 ("Inspektorzy pobrali próbki", "Najwięcej objawów wystąpiło w nocy z soboty na niedzielę. Część poszkodowanych to osoby starsze i dzieci. Wszyscy są w stanie stabilnym, a kilkanaście osób już wróciło do domu. Właściciel restauracji zapewnia, że współpracuje z inspektorami i że lokal przeszedł kontrolę w marcu.\n\n"),
 ("Жителей просят убрать", "На ремонт из областного бюджета выделено 96 миллионов рублей. Подрядчик заменит асфальт, бордюры и ливневую канализацию, а также поставит новые фонари и сделает пандусы у пешеходных переходов. Жители давно жаловались на ямы и лужи после каждого дождя.\n\n"),
 ("据市交警支队介绍", "本届赛事共有两万名选手参赛，设全程、半程和健康跑三个项目。组委会表示，赛道沿线将设置二十个补给站和十五个医疗点，并有数百名志愿者提供服务。\n\n"),
 ("市は、職員が電話で", "被害に遭ったのは主に七十代以上の一人暮らしの人で、うち二人が合わせて六十万円をだまし取られた。電話の相手は実在する課の名前を使い、もっともらしい説明をしていたという。\n\n"),
 ("구 선거관리위원회에 따르면", "이번 보궐선거는 전 구의원의 사퇴로 치러지며, 후보 세 명이 출마했다. 후보들은 마지막 날 유세에서 주차 문제와 공원 조성, 어린이집 확충 등을 공약으로 내세웠다. 사전투표율은 12.4%로 집계됐다.\n\n"),
 ("The court was told", "The blaze broke out shortly after 11pm and took firefighters from three stations more than two hours to bring under control. The club has since been playing its home matches at a ground in a neighbouring village.\n\n"),
 ("Die Feuerwehr bittet", "Nach ersten Erkenntnissen geriet ein Berg aus Kunststoffabfällen in Brand. Rund 120 Einsatzkräfte aus fünf Gemeinden waren vor Ort, die angrenzende Landstraße wurde gesperrt. Zur Brandursache ermittelt die Kriminalpolizei.\n\n"),
 ("Une trentaine de secouristes", "L'homme, originaire de la région lyonnaise, connaît bien le massif, selon sa famille. Il devait rejoindre des amis au refuge des Crêtes samedi soir mais n'y est jamais arrivé. Son téléphone ne répond plus depuis samedi après-midi.\n\n"),
 ("Los conductores deben llevar", "Según la Agencia de Meteorología, el espesor de la nieve alcanza los quince centímetros en la parte alta del puerto y las temperaturas bajarán de cinco grados bajo cero esta noche. Las máquinas quitanieves trabajan desde las cuatro de la madrugada.\n\n"),
 ("Грибы нужно вымачивать", "По словам местных жителей, такого урожая груздей не было лет десять: тёплое и дождливое лето пошло лесу на пользу. На трассе у Ключей грибники продают вёдра с груздями и подосиновиками прямо с обочины.\n\n"),
 ("涉及产品为批号", "据介绍，该批次产品主要通过本市三家连锁超市和网店销售，抽检中杯口涂层的铅含量超过国家标准两倍多。企业表示，已暂停该款产品的生产和销售，正在排查原因。\n\n"),
 ("町長は防災無線で", "赤石川は二十日夕方、観測所で氾濫危険水位を超えた。町内では床下浸水が数件確認され、一部の道路が通行止めになっている。町は高齢者や障害のある人の避難を消防団と協力して支援している。\n\n"),
 ("A PSP pede a quem", "Os dois homens disseram à vítima que era preciso verificar a canalização por causa de uma fuga na rua. Enquanto um a distraía na cozinha, o outro revistou o quarto. Só no dia seguinte, ao ver as gavetas abertas, a mulher percebeu o que tinha acontecido.\n\n"),
]
for a,b in ins:
    i = s.rfind(a); assert i >= 0, a
    s = s[:i] + b + s[i:]
open('ordinary_data.py','w').write(s)
s=open('cases_c.py').read()
for a,b in [("Pierwsze wnioski można składać już w czwartek w urzędzie gminy.", " Wójt apeluje też do kierowców, by nie wjeżdżali na zalane odcinki dróg."),
            ("Организаторы благодарят всех, кто пришёл с детьми.", " Собранный пластик отправят на переработку.")]:
    assert s.count(a)==1; s=s.replace(a,a+b)
open('cases_c.py','w').write(s)
