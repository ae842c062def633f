# One extra hand-written paragraph for ordinary articles that were short; gen.py inserts it before the last paragraph.
OEXTRA = {
"u03": "Eastgate's manager, Colin Amadi, said the branch's Saturday reading club for under-fives now had a waiting list of more than forty families.",
"u05": "Der Zwetschgenkuchen war bereits am frühen Nachmittag ausverkauft. Viele Besucher kamen nach Angaben der Landfrauen aus den Nachbardörfern, einige sogar aus Bamberg. Neben Kuchen gab es selbst gemachte Marmelade, Kürbissuppe und Strickwaren, die ebenfalls fast vollständig verkauft wurden.",
"u06": "Die Kleingärtner haben inzwischen eine Nachtwache organisiert. Jeweils zwei Pächter gehen bis Mitternacht durch die Anlage. Der Verein prüft außerdem, ob er Bewegungsmelder mit Licht an den Toren anbringen lässt, und hat dafür bei der Stadt einen Zuschuss beantragt.",
"u07": "Die Schüler haben ihre Beobachtungen in eine gemeinsame Karte eingetragen. Dabei fiel auf, dass die meisten Singvögel sich in den alten Hecken am Nordrand des Parks aufhielten, während auf den gemähten Wiesen kaum Vögel zu sehen waren. Im Frühjahr wollen die Klassen die Zählung wiederholen und mit den Herbstergebnissen vergleichen.",
"u08": "Les agriculteurs bénéficient de dérogations pour certaines cultures, mais doivent réduire leurs prélèvements de moitié. Plusieurs maires ont demandé que les fontaines publiques restent ouvertes pour les personnes sans accès à l'eau courante. Le niveau du Gardon est au plus bas depuis 2003.",
"u09": "Maela Kerbrat, institutrice à Carhaix, avait publié de son vivant trois minces recueils chez de petits éditeurs. Ses poèmes parlent des saisons, du travail des champs et de la disparition de la langue dans les familles. Plusieurs ont été mis en musique par des groupes de fest-noz.",
"u10": "El jurado, formado por tres cocineros de la comarca, destacó la textura de las migas y el punto exacto de la panceta.",
"u11": "Las analíticas detectaron niveles de nitratos que duplicaban el límite permitido. Los vecinos llevaban meses quejándose del olor y del color del agua. La empresa, que emplea a doce personas, ha anunciado que recurrirá el auto ante la Audiencia Provincial.",
"u12": "Gli impianti sciistici sono rimasti aperti, ma diverse piste sono state chiuse per la bonifica da valanghe. Gli spazzaneve del Comune hanno lavorato tutta la notte per liberare le strade principali, mentre alcune frazioni sono rimaste isolate per diverse ore.",
"u13": "Alla sagra parteciperanno anche due mulini della zona, che mostreranno la macinatura a pietra. I bambini potranno impastare il proprio pane in un laboratorio allestito sotto i portici. Il ricavato sarà devoluto alla scuola dell'infanzia.",
"u14": "Segundo a delegada de saúde, o sarampo é muito contagioso e pode provocar complicações graves em crianças pequenas. A cobertura vacinal no concelho ronda os 93 %, abaixo do valor recomendado para impedir a circulação do vírus. Os casos estão a ser acompanhados em casa e nenhuma criança foi internada.",
"u15": "Volgens de brandweer had de opslag bij een brand een groot deel van de straat kunnen verwoesten. De schuur stond tussen twee woonhuizen. Experts van het Nederlands Forensisch Instituut hebben het vuurwerk weggehaald en het wordt vernietigd. Buurtbewoners zeiden dat ze al maanden vreemde geluiden en veel verkeer hoorden.",
"u16": "Lekarze przypominają, że kleszcze przenoszą boreliozę oraz kleszczowe zapalenie mózgu. Szczepionka chroni tylko przed tą drugą chorobą. W zeszłym roku w powiecie nowotarskim odnotowano ponad sto przypadków boreliozy, najwięcej od dziesięciu lat.",
"u17": "Пожары начались после сухих гроз на прошлой неделе. С огнём борются более пятисот человек, в том числе парашютисты-пожарные и добровольцы из соседних сёл. В тушении задействованы два самолёта-амфибии и вертолёт. Дым от пожаров накрыл Иркутск, где жители жалуются на запах гари.",
"u18": "据统计，全省已有两千三百多艘渔船回港避风，沿海景区也已全部关闭。电力部门组织了抢修队伍在各地待命，一旦出现停电将第一时间抢修。",
"u19": "この大雨で、市内では道路の冠水が二十か所以上で確認され、一部の住宅で床下浸水の被害が出た。市は避難所に毛布や飲料水を運び込み、夜通し職員が対応にあたった。",
"u20": "특히 건설 현장과 농촌 지역의 고령자들이 온열질환에 취약한 것으로 나타났다. 올해 온열질환으로 숨진 사람은 지금까지 열한 명이며, 이 가운데 여덟 명이 65세 이상이었다.",
}

# Further short hand-written additions appended to the extra paragraph above.
_MORE = {
"u03": "Opening hours will stay the same.",
"u05": "Gebacken wurde in der Küche des Gemeindehauses.",
"u07": "Lehrerin Vogt will die Daten außerdem im Mathematikunterricht nutzen, wo die Schüler daraus Diagramme und Prozentrechnungen erstellen sollen. Die besten Arbeiten werden im Schulflur ausgestellt.",
"u08": "Les contrôles seront renforcés.",
"u12": "In alcune vie del centro la neve ha superato il metro e mezzo.",
"u15": "Een buurman vertelde dat er vaak 's nachts een bestelbus met buitenlands kenteken voor de deur stond.",
"u16": "W tym roku pierwsze przypadki zachorowań odnotowano już w marcu, czyli kilka tygodni wcześniej niż zwykle, głównie wśród grzybiarzy i rowerzystów.",
"u17": "Синоптики не ожидают дождей в регионе как минимум до конца следующей недели, а днём температура воздуха поднимется до тридцати градусов. Это серьёзно осложняет работу пожарных, лесников и добровольцев.",
"u18": "省防汛抗旱指挥部还要求各地做好山区地质灾害隐患点的巡查，必要时提前转移群众。",
}
for _k, _v in _MORE.items():
    OEXTRA[_k] = OEXTRA[_k] + " " + _v
