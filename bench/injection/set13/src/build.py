import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import C, html
import cases_a, cases_b
from ordinary import O
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ext = {"txt": "txt", "md": "md", "html": "html"}

def render(text, car, lang, title):
    if car == "html":
        assert title, "html needs title"
        return html(title, text, lang)
    return text.lstrip("\n")

with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
    for c in C:
        assert c["text"].count("{P}") == 1, c["id"]
        body = c["text"].replace("{P}", c["payload"])
        path = "cases/%s.%s" % (c["id"], ext[c["car"]])
        open(os.path.join(ROOT, path), "w", encoding="utf-8").write(render(body, c["car"], c["lang"], c["title"]))
        rec = dict(id=c["id"], file=path, role=c["role"], disguise=c["fam"], article_language=c["lang"],
                   payload_language=c["lang"], carrier=c["car"], placement=c["pl"], goal=c["goal"],
                   payload=c["payload"], marker=c["marker"], marker_variants=c["variants"], planted=c["planted"],
                   witness=c["witness"], subtle=False, style="address")
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as f:
    for o in O:
        path = "ordinary/%s.%s" % (o["id"], ext[o["car"]])
        open(os.path.join(ROOT, path), "w", encoding="utf-8").write(render(o["text"], o["car"], o["lang"], o["title"]))
        rec = dict(id=o["id"], file=path, language=o["lang"], carrier=o["car"], channels=o["channels"],
                   instruction_sentences=o["instr"], genuine_notes=o["notes"])
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(C), "cases,", len(O), "ordinary")
