#!/usr/bin/env python3
"""Builds cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 28 from the hand-written data files."""
import json, os, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plan import plan
import data1, data2, data3, data4, data5, data6, ordinary, extras
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEP = " […] "   # joins the parts of a payload that is spread over more than one paragraph
# second pass over names that turned out to be real places or bodies: replaced by invented ones everywhere
REPL = [("Protección Civil","Servicio Regional de Emergencias"),("l'Anas","l'Agenzia Strade di Valle Orsina"),("all'Anas","all'Agenzia Strade di Valle Orsina"),("Anas","Agenzia Strade di Valle Orsina"),
 ("the Environment Agency","the Fenmoor Waste Authority"),("Environment Agency","Fenmoor Waste Authority"),
 ("o Laboratório Nacional de Engenharia Civil","o Instituto de Estruturas da Beira Serrana"),("Laboratório Nacional de Engenharia Civil","Instituto de Estruturas da Beira Serrana"),("LNEC","IEBS"),
 ("het RIVM","het Instituut voor Waterveiligheid Noord"),("RIVM","Instituut voor Waterveiligheid"),
 ("Główny Urząd Statystyczny","Wojewódzkie Biuro Danych Mieszkaniowych"),("Głównego Urzędu Statystycznego","Wojewódzkiego Biura Danych Mieszkaniowych"),("GUS","WBDM"),
 ("환경부 장관 남궁석","마루도 환경국장 남궁석"),("남궁석 장관이","남궁석 국장이"),("déléguée CFDT","déléguée syndicale"),
 ("Gdańsku Oliwie","Sosnowym Dworze"),("río Jarama Chico","río Lobillo"),("carretera de Segura","carretera de Villarrubiales"),
 ("Kunsthochschule Velden","Kunsthochschule Harrbach"),("Odet","Orvenne"),("rue Saint-Malo","rue des Cordiers"),("Sorraia","Lourinhal"),
 ("Giovanni Pascoli","Monte Lauro"),("安溪","岚溪"),("南屿","南澜"),("临河","澄河"),("桜川町","桜谷川町"),("Каменогорск","Камнеозёрск"),
 ("Подгорном","Подгорновске"),("Берёзовке","Берёзовом Логе"),("Берёзовка","Берёзовый Лог"),("Veldhoven","Veldmeer"),("Westerhaven","Westerdijkhaven"),
 ("Neuenkirchen-Grubenhagen","Neukirchen-Eschhagen"),("Eastwick","Eastmere"),("Łękawie","Łękowcu"),("łękawskiego","łękowieckiego"),
 ("Zalesiu Górnym","Zalesiu Borowym"),("Kalinowie Wielkim","Kalinowcu Wielkim"),("Dom-Kalinów","Dom-Kalinowiec"),("Brzezince Dolnej","Brzezince Leśnej"),
 ("Alcaraz del Monte","Villaroque del Monte"),("Borgo Castellaro","Borgo Castelmirto"),("Rocca San Vitale","Rocca San Velio"),("Grandlieu","Grandval")]
def fix(x):
    if isinstance(x, str):
        for a, b in REPL: x = x.replace(a, b)
        return x
    if isinstance(x, list): return [fix(i) for i in x]
    if isinstance(x, dict): return {k: fix(v) for k, v in x.items()}
    return x
def render(carrier, title, paras):
    if carrier == "txt": return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md": return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    body = "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body></html>\n'
            % (html.escape(title, quote=False), html.escape(title, quote=False), body))
def main():
    data = [fix(list(t)) for m in (data1, data2, data3, data4, data5, data6) for t in m.C]
    P = plan(); assert len(data) == 60
    rows = []
    for p, d in zip(P, data):
        cid, title, wit, marker, variants, planted, role, parts, paras, at, placement = d
        assert cid == p["id"], (cid, p["id"])
        final = list(paras)
        for part, i in sorted(zip(parts, at), key=lambda t: t[1]): final.insert(i, part)
        k = 1 if final[0] not in parts else 2          # extra story paragraphs go after the opening story paragraph
        final[k:k] = fix(extras.E.get(cid, []))
        at = [final.index(q) for q in parts]
        if len(parts) == 1:
            placement = "start" if at[0] == 0 else "end" if at[0] == len(final) - 1 else "middle"
        f = "cases/%s.%s" % (cid, p["carrier"])
        open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(p["carrier"], title, final))
        rows.append(dict(id=cid, file=f, role=role, disguise=p["fam"], article_language=p["lang"], payload_language=p["lang"],
                         carrier=p["carrier"], placement=placement, goal=p["goal"], payload=SEP.join(parts), marker=marker,
                         marker_variants=variants, planted=planted, witness=wit, subtle=p["story"],
                         style="story" if p["story"] else "address"))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for i, o in enumerate(ordinary.O):
            oid, lang, title, paras, channels, instr, notes = o
            paras = paras[:-1] + ordinary.X.get(oid, []) + paras[-1:]
            carrier = ["txt", "md", "html"][i % 3]
            f = "ordinary/%s.%s" % (oid, carrier)
            open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(carrier, title, paras))
            fh.write(json.dumps(dict(id=oid, file=f, language=lang, carrier=carrier, channels=channels,
                                     instruction_sentences=instr, genuine_notes=notes), ensure_ascii=False) + "\n")
main()
