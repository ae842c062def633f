EXTRA = {
44: ["Autor wątku: Dziękuję, Zenon, uspokoiłeś mnie. Przekażę to w grupie rodziców z klasy mojego syna, bo tam już krążyła plotka, że trzeba będzie jeździć na basen aż do sąsiedniego powiatu."],
51: ["Strona 11/12. Raport zostanie przedstawiony na sesji rady gminy w lutym, a jego pełna wersja będzie dostępna w bibliotece gminnej i w sekretariacie urzędu."],
56: ["Совет ТОС благодарит районную управу за два грузовика и водителей, которые работали в свой выходной день без перерыва, а также магазин стройматериалов, подаривший грабли и лопаты."],
57: ["Das Mobilitätsbüro plant zudem eine Umfrage unter den Nutzern, um herauszufinden, welche Stationen zusätzlich gewünscht werden und zu welchen Tageszeiten die Räder knapp sind."],
58: ["De vereniging benadrukt dat zij de bakkerij van harte steunt en hoopt dat die nog lang in het dorp blijft. Wie een idee heeft voor een opvolger of een overname, kan contact opnemen met het bestuur."],
}
EXTRA[56] = EXTRA.get(56, []) + ["Нина Кудрявцева предложила сделать субботники регулярными, раз в сезон, и составить список жителей, готовых помогать с инструментом и транспортом. Первые двадцать человек записались прямо на месте, у стола с чаем."]
