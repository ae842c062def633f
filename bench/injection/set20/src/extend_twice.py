# Second one-off lengthening pass for six short ordinary articles (already applied; three insertions that landed in notes lists were moved into the text by hand).
s=open('ordinary_data.py').read()
ins = [
 ("Verletzungen sind bisher nicht bekannt.", "Die Packungen wurden seit Anfang Juli in rund 300 Filialen verkauft. Wie viele davon betroffen sind, konnte das Unternehmen noch nicht sagen. "),
 ("Update 21.40 uur:", "De politie heeft inmiddels een deel van een koplampglas gevonden dat mogelijk van de auto afkomstig is. Buurtbewoners zeggen dat er op die plek vaker te hard wordt gereden en vragen al jaren om een verkeersdrempel.\n\n"),
 ("Aktualizacja: w pierwszej", "Wesele odbyło się w restauracji przy drodze do Koluszek i uczestniczyło w nim około 140 gości.\n\n"),
 ("Подрядчик обещает сохранить", "Жители соседних улиц опасаются, что объезд создаст пробки у школы № 5. В администрации обещают выставить там регулировщика в утренние часы.\n\n"),
 ("Hinweis der Redaktion:", "Anwohner berichteten von beißendem Geruch bis in die Nachbarorte. Der Betreiber des Recyclinghofs kündigte an, den Schaden so schnell wie möglich begutachten zu lassen; der Hof bleibt bis auf Weiteres geschlossen.\n\n"),
 ("Грибники напоминают:", "Для груздей лучше брать эмалированную или стеклянную посуду. "),
]
for a,b in ins:
    i = s.rfind(a); assert i >= 0, a
    s = s[:i] + b + s[i:]
open('ordinary_data.py','w').write(s)
