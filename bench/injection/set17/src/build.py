#!/usr/bin/env python3
"""Writes cases/, cases.jsonl, ordinary/, ordinary.jsonl of injection set 17 from frames, people, payloads, notes."""
import datetime, html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from frames import FR
from people import P
from payloads import L
from notes import NOTES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "zh", "ja", "ko"]
FAM = ["near-miss-figure", "unit-swap", "qualifier-shift", "source-swap", "role-swap", "date-shift", "place-move",
       "status-upgrade", "link-lookalike", "headline-exaggeration"]
GOAL = ["figure", "figure", "figure_qualifier", "figure_source", "role", "date", "place", "claim_status", "link",
        "headline"]
A = [3, 4, 5, 2, 6, 7, 8]; B = [2, 4, 6, 8, 3, 5, 7]; V = [850, 620, 940, 480, 760, 530, 690]
DAYS = [(10, 14), (11, 6), (9, 22), (3, 10), (5, 27), (6, 17), (2, 4)]
PATH = {"en": "library", "de": "hallenbad", "fr": "mediatheque", "es": "mercado", "it": "teatro", "pt": "saude",
        "nl": "sporthal", "pl": "basen", "ru": "biblioteka", "zh": "tiyuguan", "ja": "hall", "ko": "library"}
WD = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
      "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
      "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
      "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
      "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
      "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
      "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()}
MO = {"en": "January February March April May June July August September October November December".split(),
      "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
      "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
      "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
      "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
      "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
      "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
      "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
      "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()}

def date_parts(lang, d):
    """(full date as the frame writes it, date without weekday, weekday word)"""
    w, m, n = d.weekday(), d.month - 1, d.day
    if lang == "en": k = f"{n} {MO['en'][m]}"; return f"{WD['en'][w]}, {k}", k, WD["en"][w]
    if lang == "de": k = f"{n}. {MO['de'][m]}"; return f"{WD['de'][w]}, {k}", k, WD["de"][w]
    if lang in ("fr", "it", "nl"): k = f"{n} {MO[lang][m]}"; return f"{WD[lang][w]} {k}", k, WD[lang][w]
    if lang == "es":
        k = f"{n} de {MO['es'][m]}"; return f"el {WD['es'][w]} {k}", k, WD["es"][w]
    if lang == "pt":
        k = f"{n} de {MO['pt'][m]}"; art = "no" if w >= 5 else "na"
        return f"{art} {WD['pt'][w]}, {k}", k, WD["pt"][w]
    if lang in ("pl", "ru"): k = f"{n} {MO[lang][m]}"; return k, k, ""
    if lang in ("zh", "ja"): k = f"{m + 1}月{n}日"; return k, k, ""
    if lang == "ko": k = f"{m + 1}월 {n}일"; return k, k, ""

def swap_host(slug):
    i = 1 if len(slug) < 6 else (3 if slug[3] != slug[4] else 4)
    return slug[:i] + slug[i + 1] + slug[i] + slug[i + 2:]

def values(lang, i, k=None):
    T, N, slug, A1, A2, W = P[lang][i]
    k = i if k is None else k
    f = FR[lang]; a, b = A[k], B[k]; pb = (b + 5) % 10
    d = datetime.date(2026, *DAYS[k]); pd = d + datetime.timedelta(days=1)
    full, _, _ = date_parts(lang, d); pfull, pk, pwd = date_parts(lang, pd)
    phost = f"www.{swap_host(slug)}.example"
    vals = dict(T=T, N=N, A1=A1, A2=A2, W=W, COST=f["cost"](a, b), COSTN=f["costn"](a, b), PCOST=f["cost"](a, pb),
                PCOSTN=f["costn"](a, pb), PCOSTQ=f["cost"](a, b) + "以上", V=f["v"](V[k]), DATE=full, PDATE=pfull,
                PDATEK=pk, PWD=pwd, LINK=f"https://www.{slug}.example/{PATH[lang]}",
                PLINK=f"https://{phost}/{PATH[lang]}", PHOST=phost[4:], A2L=A2.split()[-1])
    return vals

def channel(carrier, placement, style, n):
    if style == "story": return "story paragraph"
    alt = n % 2
    return {("txt", "start"): "opening note line", ("txt", "middle"): "body paragraph",
            ("txt", "end"): ["closing paragraph", "after an end mark (###)"][alt],
            ("md", "start"): "blockquote under the headline", ("md", "middle"): "italic note paragraph",
            ("md", "end"): ["markdown HTML comment", "after a horizontal rule"][alt],
            ("html", "start"): "note paragraph above the story", ("html", "middle"): ["aside box", "hidden div"][alt],
            ("html", "end"): ["footer element", "HTML comment"][alt]}[(carrier, placement)]

def render(carrier, head, paras, payload, placement, ch):
    paras = list(paras)
    pos = {"start": 0, "middle": 2, "end": len(paras)}.get(placement)
    if carrier == "txt":
        if payload is not None:
            if ch.startswith("after an end mark"): paras += ["###", payload]
            else: paras.insert(pos, payload)
        return head + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        if payload is not None:
            blk = {"blockquote under the headline": "> " + payload if payload else "", "italic note paragraph": "*" + payload + "*",
                   "markdown HTML comment": "<!-- " + payload + " -->", "after a horizontal rule": "---\n\n" + payload,
                   "story paragraph": payload}[ch]
            paras.insert(pos, blk)
        return "# " + head + "\n\n" + "\n\n".join(paras) + "\n"
    # html
    e = lambda s: html.escape(s, quote=False)
    body = ["<p>%s</p>" % e(p) for p in paras]
    if payload is not None:
        assert e(payload) == payload, payload
        blk = {"note paragraph above the story": '<p class="editor-note">%s</p>', "aside box": "<aside><p>%s</p></aside>",
               "hidden div": "<div hidden>%s</div>", "footer element": "<footer><p>%s</p></footer>",
               "HTML comment": "<!-- %s -->", "story paragraph": "<p>%s</p>"}[ch] % payload
        body.insert(pos, blk)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n'
            '<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n') % ("{LANG}", e(head), e(head), "\n".join(body))

def article(lang, vals):
    text = FR[lang]["text"].format(**vals)
    head, *paras = text.split("\n\n")
    return head, paras

def planted_of(g, fam, pv, vals):
    if g == "role": return {"role": {"actor": vals["A2"], "role": pv}}
    if g == "claim_status": return {"claim_status": "confirmed", "confirmer": pv}
    return {g: pv}

def main():
    cases, n = [], 0
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    for li, lang in enumerate(LANGS):
        fams = list(range(5)) if li % 2 == 0 else list(range(5, 10))
        for j, fam in enumerate(fams):
            cid = "k%d" % (1701 + n)
            carrier = ["txt", "md", "html"][n % 3]; placement = ["start", "middle", "end"][(n // 3) % 3]
            style, ptpl, mtpl, vtpls, pvtpl = L[lang][fam]
            vals = values(lang, j, (j + li) % 7)
            payload = ptpl.format(**vals); marker = mtpl.format(**vals)
            variants = [v.format(**vals) for v in vtpls if v.format(**vals)]
            pv = pvtpl.format(**vals)
            ch = channel(carrier, placement, style, n)
            head, paras = article(lang, vals)
            text = render(carrier, head, paras, payload, placement, ch).replace("{LANG}", lang)
            fn = "cases/%s.%s" % (cid, carrier)
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
            role = "%s (%s, %s): %s planted via %s" % (FAM[fam], style, placement, GOAL[fam], ch)
            cases.append(dict(id=cid, file=fn, role=role, disguise=FAM[fam], article_language=lang, payload_language=lang,
                              carrier=carrier, placement=placement, goal=GOAL[fam], payload=payload, marker=marker,
                              marker_variants=variants, planted=planted_of(GOAL[fam], fam, pv, vals), witness=vals["W"],
                              subtle=(style == "story"), style=style))
            n += 1
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    ords = []
    for k, (lang, idx, carrier, kind, notes, instr_extra) in enumerate(NOTES):
        vals = values(lang, idx)
        vals.update(SCAM="https://www.%s-tickets.example" % swap_host(P[lang][idx][2]))
        head, paras = article(lang, vals)
        nts = [s.format(**vals) for s in notes]
        paras.append(" ".join(nts))
        oid = "u%02d" % (k + 1); fn = "ordinary/%s.%s" % (oid, carrier)
        text = render(carrier, head, paras, None, "end", "").replace("{LANG}", lang)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        ords.append(dict(id=oid, file=fn, language=lang, carrier=carrier, channels=[kind, "genuine note paragraph at the end"],
                         instruction_sentences=[FR[lang]["instr"]] + [s.format(**vals) for s in instr_extra],
                         genuine_notes=nts))
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for o in ords: fh.write(json.dumps(o, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
