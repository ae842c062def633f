# A third, one-line paragraph for the few articles still just under 180 words.
EXTRA3 = {
"r121": "Билеты на первый концерт разошлись за два дня.",
"r135": "Bilet do miasta kosztuje 7,50 zł, a uczniowie mają 50 procent zniżki. Na peronie stanął też automat biletowy.",
"r141": "Le soir, un repas a réuni 280 convives sous un chapiteau dressé sur le parking du stade.",
"r142": "Koszt prac pokryto ze zbiórki mieszkańców i z grantu fundacji zajmującej się zabytkami techniki. Młyn można zwiedzać po wcześniejszym umówieniu.",
"r146": "La primera sesión está prevista para el 4 de julio con una película familiar, y la entrada de ese día será gratuita para todos los vecinos.",
"r147": "Администрация просит посетителей не выходить на лёд в уличной обуви и не оставлять мусор у бортов. За порядком следят два дежурных.",
"r148": "Wer helfen möchte, kann sich im Gemeindehaus melden. Gebraucht werden vor allem Menschen mit Führerschein, die vormittags Zeit haben.",
"r149": "Dyrektorka zapowiada dzień otwarty dla rodziców w marcu. Będzie można wtedy obejrzeć sale i porozmawiać z opiekunkami.",
"r154": "Проект амбулатории прошёл государственную экспертизу ещё в прошлом году, но стройку откладывали из-за нехватки денег. Деньги выделили только этой осенью из областной программы модернизации сельского здравоохранения.",
"r155": "Die Feuerwehr rückt im Jahr zu rund 60 Einsätzen aus, die meisten davon technische Hilfe bei Unfällen auf der Bundesstraße.",
"r156": "De telling wordt elk jaar doorgegeven aan de landelijke vogelbescherming.",
"r158": "I residenti delle frazioni potranno intanto richiedere un contributo per la connessione satellitare.",
}
