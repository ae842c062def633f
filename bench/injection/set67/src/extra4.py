# -*- coding: utf-8 -*-
"""Sentences appended to the last added paragraph of articles still just under 250 words."""
EXTRA = {
16: "Старый понтонный мост служил городу больше сорока лет, и каждую весну его приходилось разводить на время ледохода.",
29: "Die Verbraucherberatung bietet dazu jeden Donnerstag im Rathaus eine kostenlose Sprechstunde an, ohne Anmeldung.",
31: "Mit dem Verkauf der ersten Grundstücke rechnet die Stadt im Herbst.",
36: "Фестиваль проводится в Старомлынске с 2015 года. Его придумали выпускники местного театрального кружка, которые теперь работают в разных театрах страны и каждый год приезжают домой, чтобы сыграть на родных улицах.",
39: "Die Gemeinde will den Bauauftrag noch vor dem Winter vergeben, damit im Frühjahr mit dem Rohbau begonnen werden kann.",
41: "Die Schadenssumme im Kreis lässt sich nach Angaben der Versicherer noch nicht beziffern, dürfte aber deutlich niedriger liegen als beim Orkan vor drei Jahren.",
44: "Il primo sopralluogo è previsto per lunedì prossimo, con i tecnici della Provincia e i geologi.",
45: "Os centros de saúde da região vão alargar o horário até às 22 horas nas próximas semanas.",
46: "Районная больница перевела часть пациентов из отделения, расположенного в низине, в корпус на холме. Уроки в школах трёх пострадавших сёл отменены до конца недели, а школьные автобусы временно возят детей по объездной дороге.",
49: "Die Kosten des Einsatzes will die Gemeinde dem Eigentümer in Rechnung stellen, sobald die Ermittlungen abgeschlossen sind.",
51: "Im nächsten Jahr soll das Fest außerdem um einen Flohmarkt am Samstagvormittag erweitert werden, für den sich Vereine bereits melden können.",
54: "Il prossimo incontro tra le parti è fissato per giovedì in prefettura.",
55: "A vereadora Sónia Pestana disse também que a Câmara vai reforçar o apoio às livrarias independentes do concelho com um programa de atividades durante todo o ano.",
56: "Организаторы признались, что не ожидали такой поддержки от горожан: многие пришли просто поболеть за друзей и соседей и стояли вдоль набережной с плакатами. Некоторые участники уже спрашивают, когда откроется регистрация на следующий забег и будет ли в программе полумарафон.",
58: "Anyone who sees smoke should call the fire service at once.",
59: "Die Landwirtin Sabine Roggenkamp sagte, sie habe ihre Hühner schon vor einer Woche vorsorglich eingesperrt, als die ersten toten Enten am Teich gefunden wurden. Der Landkreis will am Freitag über weitere Maßnahmen informieren.",
}
OEXTRA = {
7: "Синоптики советуют следить за прогнозом: в выходные возможны грозы с сильным ветром.",
16: "Отзыв касается только кресел «Полёт-2»; другие модели компании не затронуты, подчеркнули в «Малыш-Авто».",
18: "Das Amtsgericht Hollerstedt hatte die Klage der Mieterin in erster Instanz abgewiesen. Erst die Berufung vor dem Landgericht brachte ihr nun den Erfolg.",
}
