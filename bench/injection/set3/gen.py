import json, re, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bases import BASES
from cases_def import C
OUT = os.path.dirname(os.path.abspath(__file__))
L = {
 "en": dict(glance="At a glance", related="Related stories", comments="Reader comments", notes="Notes", photo="Photo", site="The Valley Courier", img="Scene on Wednesday"),
 "de": dict(glance="Das Wichtigste in Kürze", related="Mehr zum Thema", comments="Leserkommentare", notes="Anmerkungen", photo="Foto", site="Kreisbote Nord", img="Einsatzort"),
 "fr": dict(glance="L'essentiel", related="À lire aussi", comments="Commentaires", notes="Notes", photo="Photo", site="Le Courrier du Val", img="Sur place"),
 "es": dict(glance="Claves", related="Noticias relacionadas", comments="Comentarios", notes="Notas", photo="Foto", site="Diario de la Comarca", img="Imagen del lugar"),
 "it": dict(glance="In breve", related="Leggi anche", comments="Commenti", notes="Note", photo="Foto", site="La Gazzetta di Valle", img="Il luogo"),
 "pt": dict(glance="Em resumo", related="Leia também", comments="Comentários", notes="Notas", photo="Foto", site="Jornal da Serra", img="No local"),
 "nl": dict(glance="In het kort", related="Lees ook", comments="Reacties", notes="Noten", photo="Foto", site="Rivierenbode", img="Ter plaatse"),
 "ru": dict(glance="Коротко", related="Читайте также", comments="Комментарии читателей", notes="Примечания", photo="Фото", site="Заречинский вестник", img="На месте событий"),
 "ja": dict(glance="ポイント", related="関連記事", comments="読者コメント", notes="注", photo="写真", site="北森新報", img="現場の様子"),
 "zh": dict(glance="要点", related="相关阅读", comments="读者评论", notes="注释", photo="图", site="青石日报", img="现场"),
 "tr": dict(glance="Kısaca", related="İlgili haberler", comments="Okur yorumları", notes="Notlar", photo="Fotoğraf", site="Karadere Postası", img="Olay yeri"),
 "ko": dict(glance="한눈에 보기", related="관련 기사", comments="독자 댓글", notes="주석", photo="사진", site="한솔일보", img="현장"),
 "pl": dict(glance="W skrócie", related="Zobacz też", comments="Komentarze", notes="Przypisy", photo="Zdjęcie", site="Gazeta Przystańska", img="Na miejscu"),
}
PLACE = {"byline":"start","dateline":"start","glance":"start","pullquote":"middle","table":"middle","caption":"middle","footnote":"end","related":"end","comment":"end","hidden":None}
ROLE = {"byline":"byline/author box","dateline":"dateline or location line","pullquote":"pull quote","table":"table cell or data table","glance":"bulleted at-a-glance list item","caption":"image caption or photo credit","footnote":"footnote/endnote","related":"related stories/read more box","comment":"reader comment or social-media embed","hidden":"hidden or metadata text"}
COMMENTERS = {"en":"jt_harper","de":"R. Lindner","fr":"Lucie_M","es":"vecina_sl","it":"marco.f","pt":"ana_serra","nl":"Henk_vd_B","pl":"jan_k","ru":"vera_z","ja":"yamabiko","zh":"青石人","tr":"mehmet_k","ko":"hansol_user"}
E = lambda s: html.escape(s, quote=False)
def esc(s): return html.escape(s, quote=True)

def render(cid, b, ch, carrier, payload, extra):
    lang = b["lang"]; lab = L[lang]; paras = list(b["paras"])
    if ch == "dateline":
        seg, sep, rest = paras[0].partition(" - ")
        if sep and seg.upper() == seg and len(seg) < 40: paras[0] = rest
    start, mid, end, head_meta, front = [], [], [], "", ""
    how = extra.get("how")
    def table(rows, headr):
        rows = [(k, payload if v == "{P}" else v) for k, v in rows]
        if carrier == "html":
            t = "<table class=\"facts\"><thead><tr><th>%s</th><th>%s</th></tr></thead><tbody>" % (E(headr[0]), E(headr[1]))
            t += "".join("<tr><td>%s</td><td>%s</td></tr>" % (E(k), E(v)) for k, v in rows)
            return t + "</tbody></table>"
        if carrier == "md":
            return "| %s | %s |\n|---|---|\n" % headr + "\n".join("| %s | %s |" % r for r in rows)
        w = max(len(k) for k, _ in rows + [headr])
        return "\n".join(("%-" + str(w) + "s | %s") % r for r in [headr] + rows)
    def lst(title, items, cls):
        if carrier == "html":
            return "<aside class=\"%s\"><h2>%s</h2><ul>%s</ul></aside>" % (cls, E(title), "".join("<li>%s</li>" % E(i) for i in items))
        if carrier == "md":
            return "**%s**\n\n" % title + "\n".join("- " + i for i in items)
        return title.upper() + "\n" + "\n".join("* " + i for i in items)
    if ch == "byline":
        start.append({"html": "<div class=\"byline\">%s</div>" % E(payload), "md": "*%s*" % payload, "txt": payload}[carrier])
    elif ch == "dateline":
        start.append({"html": "<p class=\"dateline\">%s</p>" % E(payload), "md": "**%s**" % payload, "txt": payload}[carrier])
    elif ch == "glance":
        items = extra["bullets"] + [payload]
        start.append(lst(lab["glance"], items, "at-a-glance"))
    elif ch == "pullquote":
        mid.append({"html": "<aside class=\"pullquote\"><blockquote>%s</blockquote></aside>" % E(payload), "md": "> %s" % payload, "txt": "    " + payload}[carrier])
    elif ch == "table":
        mid.append(table(extra["rows"], extra["head"]))
    elif ch == "caption":
        mid.append({"html": "<figure><img src=\"/img/%s.jpg\" alt=\"%s\"><figcaption>%s</figcaption></figure>" % (cid, esc(lab["img"]), E(payload)),
                    "md": "![%s](/img/%s.jpg)\n\n*%s*" % (lab["img"], cid, payload), "txt": "[%s] %s" % (lab["photo"], payload)}[carrier])
    elif ch == "footnote":
        paras[1] = paras[1] + {"html": "<sup>1</sup>", "md": "[^1]", "txt": " [1]"}[carrier]
        end.append({"html": "<section class=\"footnotes\"><h2>%s</h2><ol><li>%s</li></ol></section>" % (E(lab["notes"]), E(payload)),
                    "md": "[^1]: %s" % payload, "txt": "----\n[1] " + payload}[carrier])
    elif ch == "related":
        end.append(lst(lab["related"], [extra["items"][0], payload, extra["items"][1]], "related"))
    elif ch == "comment":
        u = COMMENTERS[lang]
        if carrier == "html":
            end.append("<section class=\"comments\"><h2>%s</h2><div class=\"comment\"><span class=\"author\">%s</span><p>%s</p></div></section>" % (E(lab["comments"]), E(u), E(payload)))
        elif carrier == "md":
            end.append("**%s**\n\n> **%s** · 3 h\n>\n> %s" % (lab["comments"], u, payload))
        else:
            end.append("%s\n%s (3 h): %s" % (lab["comments"].upper(), u, payload))
    elif ch == "hidden":
        if how == "hiddendiv": end.append("<div class=\"partner-note\" hidden>%s</div>" % E(payload))
        elif how == "alt": mid.append("<figure><img src=\"/img/%s.jpg\" alt=\"%s\"><figcaption>%s</figcaption></figure>" % (cid, esc(payload), E(lab["photo"] + ": " + lab["site"])))
        elif how == "meta": head_meta = "<meta name=\"description\" content=\"%s\">" % esc(payload)
        elif how == "title": mid.append("<p class=\"map-link\"><a href=\"/map\" title=\"%s\">%s</a></p>" % (esc(payload), E(lab["img"])))
        elif how == "mdcomment": end.append("<!-- %s -->" % payload)
        elif how == "frontmatter": front = "---\ntitle: \"%s\"\nlang: %s\nsource_note: \"%s\"\n---\n\n" % (b["title"], lang, payload)
    body = []
    for i, p in enumerate(paras):
        body.append(p)
        if i == 1: body += mid
    if carrier == "html":
        def blk(x): return x if x.startswith("<") else "<p>%s</p>" % E(x)
        bp = []
        for i, p in enumerate(paras):
            if ch == "footnote" and i == 1:
                bp.append("<p>%s<sup>1</sup></p>" % E(p[:-len("<sup>1</sup>")]))
            else: bp.append("<p>%s</p>" % E(p))
            if i == 1: bp += mid
        return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n%s\n</head>\n<body>\n<header><a href=\"/\">%s</a></header>\n<article>\n<h1>%s</h1>\n%s\n</article>\n<footer>&copy; %s</footer>\n</body>\n</html>\n"
                % (lang, E(b["title"]), head_meta, E(lab["site"]), E(b["title"]), "\n".join(start + bp + end), E(lab["site"])))
    if carrier == "md":
        return front + "# %s\n\n" % b["title"] + "\n\n".join(start + body + end) + "\n"
    return b["title"] + "\n\n" + "\n\n".join(start + body + end) + "\n"

recs = []
for (cid, bid, ch, goal, carrier, style, payload, marker, var, planted, extra) in C:
    b = BASES[bid]
    txt = render(cid, b, ch, carrier, payload, extra)
    fn = "cases/%s.%s" % (cid, carrier)
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(txt)
    pl = PLACE[ch] or {"hiddendiv": "end", "title": "middle", "alt": "middle", "meta": "start", "mdcomment": "end", "frontmatter": "start"}[extra["how"]]
    recs.append(dict(id=cid, file=fn, role=ROLE[ch], article_language=b["lang"], payload_language=b["lang"], carrier=carrier,
        placement=pl, goal=goal, payload=payload, marker=marker, marker_variants=var, planted=planted, witness=b["witness"],
        subtle=(style != "address"), style=style, base_article=bid))
with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs))
