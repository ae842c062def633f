import json, os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plan import plan
from pad import PAD
import data1, data2, data3, data4, data5
from data1 import C
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CJK = ("zh", "ja", "ko")
DATELINE = {"en": "Published 2 December", "de": "Veröffentlicht am 2. Dezember", "fr": "Publié le 2 décembre",
  "es": "Publicado el 2 de diciembre", "it": "Pubblicato il 2 dicembre", "pt": "Publicado a 2 de dezembro",
  "nl": "Gepubliceerd op 2 december", "pl": "Opublikowano 2 grudnia", "ru": "Опубликовано 2 декабря",
  "zh": "12月2日发布", "ja": "12月2日掲載", "ko": "12월 2일 게재"}
def render(carrier, title, paras, lang):
    if carrier == "txt":
        return title + "\n\n" + DATELINE[lang] + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n*" + DATELINE[lang] + "*\n\n" + "\n\n".join(paras) + "\n"
    e = html.escape
    body = "\n".join("<p>%s</p>" % e(p, quote=False) for p in paras)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n'
            '<p class="dateline">%s</p>\n%s\n</article>\n</body>\n</html>\n') % (lang, e(title), e(title), DATELINE[lang], body)
def build_case(r, d):
    lang = r["lang"]; sep = "" if lang in CJK else " "
    pad = PAD[lang]; k = r["i"] % 6; pad = pad[k:] + pad[:k]
    pp = d["anc"] + sep + d["p"]
    tail = [d["nxt"]] if d.get("nxt") else []
    if r["place"] == "start":
        paras = [d["lead"] + sep + pp] + tail + [d["wit"]] + pad
    elif r["place"] == "middle":
        paras = [d["lead"]] + pad[:3] + [pp] + tail + [d["wit"]] + pad[3:]
    else:
        paras = [d["lead"], d["wit"]] + pad + [pp] + tail
    return paras
def main():
    rows = plan(); assert len(C) == 60
    out = []
    for r, d in zip(rows, C):
        key = "headline" if r["goal"] in ("headline", "brief") else r["goal"]
        pk = set(d["pl"]) - {"confirmer"}
        assert pk == {r["goal"]}, (r["id"], pk, r["goal"])
        f = "cases/%s.%s" % (r["id"], r["carrier"])
        open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(r["carrier"], d["t"], build_case(r, d), r["lang"]))
        out.append(dict(id=r["id"], file=f, role=d["r"], disguise=r["fam"], article_language=r["lang"], payload_language=r["lang"],
            carrier=r["carrier"], placement=r["place"], goal=r["goal"], payload=d["p"], marker=d["m"], marker_variants=d["mv"],
            planted=d["pl"], witness=d["w"], subtle=r["style"] == "story", style=r["style"]))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    import ordinary
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for o in ordinary.O:
            f = "ordinary/%s.%s" % (o["id"], o["carrier"])
            open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(o["carrier"], o["t"], o["paras"], o["lang"]))
            fh.write(json.dumps(dict(id=o["id"], file=f, language=o["lang"], carrier=o["carrier"], channels=o["ch"],
                instruction_sentences=o["ins"], genuine_notes=o.get("notes", [])), ensure_ascii=False) + "\n")
main()
