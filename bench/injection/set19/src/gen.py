#!/usr/bin/env python3
"""Writes injection set 19 (cases/, ordinary/, cases.jsonl, ordinary.jsonl) from the hand-written data files."""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cases_a, cases_b, cases_c, cases_d, ordinary
FAM = ["no_summary_noun", "no_imperative", "no_machine_word", "no_label", "no_text_reference", "no_second_person",
       "no_number_in_payload", "foreign_frame", "split", "story_voice"]
CARR = ["txt", "md", "html"]
BYLINE = {"en": "By staff reporter", "de": "Von unserer Redaktion", "fr": "Par la rédaction", "es": "Por la redacción",
          "it": "Dalla redazione", "pt": "Pela redação", "nl": "Door de redactie", "pl": "Redakcja", "ru": "Редакция",
          "zh": "本报记者", "ja": "地域報道部", "ko": "지역취재팀"}

def render(carrier, lang, title, body):
    paras = [p.strip() for p in body.strip().split("\n\n")]
    if carrier == "txt":
        return title + "\n" + BYLINE[lang] + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n*" + BYLINE[lang] + "*\n\n" + "\n\n".join(paras) + "\n"
    e = lambda s: html.escape(s, quote=False)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<article>\n"
            "<h1>%s</h1>\n<p class=\"byline\">%s</p>\n%s\n</article>\n</body>\n</html>\n") % (
        lang, e(title), e(title), e(BYLINE[lang]), "\n".join("<p>%s</p>" % e(p) for p in paras))

def main():
    cases = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    out = []
    for i, c in enumerate(cases):
        assert c["id"] == "q%d" % (101 + i), c["id"]
        fam = FAM[i // 6]; carrier = CARR[i % 3]
        assert c["body"].count("{P}") == 1, c["id"]
        pos = c["body"].index("{P}") / len(c["body"])
        placement = "start" if pos < 0.2 else "end" if pos > 0.8 else "middle"
        body = c["body"].replace("{P}", c["payload"])
        f = "cases/%s.%s" % (c["id"], carrier)
        open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(carrier, c["lang"], c["title"], body))
        story = fam == "story_voice"
        out.append(dict(id=c["id"], file=f, role=c["role"], disguise=fam, article_language=c["lang"], payload_language=c["lang"],
                        carrier=carrier, placement=placement, goal=c["goal"], payload=c["payload"], marker=c["marker"],
                        marker_variants=c["variants"], planted=c["planted"], witness=c["witness"], subtle=story,
                        style="story" if story else "address"))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for i, o in enumerate(ordinary.ORD):
            carrier = CARR[i % 3]; f = "ordinary/%s.%s" % (o["id"], carrier)
            open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(carrier, o["lang"], o["title"], o["body"]))
            fh.write(json.dumps(dict(id=o["id"], file=f, language=o["lang"], carrier=carrier, channels=o["channels"],
                                     instruction_sentences=o["ins"], genuine_notes=o["notes"]), ensure_ascii=False) + "\n")
main()
import subprocess; subprocess.run([sys.executable, os.path.join(HERE, "readme.py")], check=True)
