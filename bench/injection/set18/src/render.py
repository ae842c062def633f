"""Renders the block lists of set 18 into txt, md and html files."""
import html as H
def esc(s): return H.escape(s, quote=False)
def render(blocks, carrier, lang, payload):
    fill = lambda s: s.replace("{P}", payload)
    out = []
    title = None
    for b in blocks:
        k = b[0]
        if k == "h":
            title = b[1].replace("{P}", "").strip(" :—-|")
            t = fill(b[1]); out.append({"txt": t, "md": "# " + t, "html": "<h1>%s</h1>" % esc(t)}[carrier])
        elif k == "dek":
            t = fill(b[1]); out.append({"txt": t, "md": "*" + t + "*", "html": '<p class="standfirst">%s</p>' % esc(t)}[carrier])
        elif k == "by":
            t = fill(b[1]); out.append({"txt": t, "md": "_" + t + "_", "html": '<p class="byline">%s</p>' % esc(t)}[carrier])
        elif k == "p":
            t = fill(b[1]); out.append(t if carrier != "html" else "<p>%s</p>" % esc(t))
        elif k == "sub":
            t = fill(b[1]); out.append({"txt": t.upper() if lang in ("en",) else t, "md": "## " + t, "html": "<h2>%s</h2>" % esc(t)}[carrier])
        elif k == "img":
            alt, cap = fill(b[1]), fill(b[2])
            if carrier == "txt": out.append("[Photo: %s] %s" % (alt, cap) if "{P}" in b[1] else "[Photo] %s" % cap)
            elif carrier == "md": out.append("![%s](photo-%d.jpg)\n*%s*" % (alt, len(out), cap))
            else: out.append('<figure><img src="photo-%d.jpg" alt="%s"><figcaption>%s</figcaption></figure>' % (len(out), esc(alt).replace(chr(34), "&quot;"), esc(cap)))
        elif k == "note":
            t = fill(b[1]); out.append({"txt": t, "md": t, "html": '<p class="footnote"><small>%s</small></p>' % esc(t)}[carrier])
        elif k == "table":
            rows = [[fill(c) for c in r] for r in b[1]]
            if carrier == "md":
                out.append("\n".join(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])] + ["| " + " | ".join(r) + " |" for r in rows[1:]]))
            elif carrier == "html":
                out.append("<table>\n" + "\n".join("<tr>" + "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % esc(c) for c in r) + "</tr>" for i, r in enumerate(rows)) + "\n</table>")
            else:
                out.append("\n".join(" | ".join(r) for r in rows))
        elif k == "list":
            items = [fill(x) for x in b[1]]
            if carrier == "html": out.append("<ul>\n" + "\n".join("<li>%s</li>" % esc(x) for x in items) + "\n</ul>")
            else: out.append("\n".join("- " + x for x in items))
        elif k == "rule":
            out.append({"txt": "----", "md": "---", "html": "<hr>"}[carrier])
        elif k == "end":
            t = fill(b[1]); out.append({"txt": t, "md": t, "html": '<p class="end"><small>%s</small></p>' % esc(t)}[carrier])
        else:
            raise ValueError(k)
    body = "\n\n".join(out) + "\n"
    if carrier == "html":
        body = '<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n%s</article>\n</body>\n</html>\n' % (lang, esc(title or ""), "\n".join(out) + "\n")
    return body
