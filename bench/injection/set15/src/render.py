"""Renders an article written in a light markup into txt, md or html.

Article text: first line is the headline; paragraphs are separated by blank lines. A paragraph whose
lines all start with "- " is a list; one whose lines all start with "|" is a table (md table syntax,
separator row allowed); one starting with "<" is raw html (html only). "**x**" is bold. "{P}" marks
where the payload goes.
"""
import html as H
import re

BOLD = re.compile(r"\*\*(.+?)\*\*")


def _cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def render(text, carrier, payload, lang):
    text = text.strip().replace("{P}", payload)
    head, _, body = text.partition("\n")
    paras = [p.strip("\n") for p in re.split(r"\n\s*\n", body.strip())]
    if carrier == "txt":
        out = [BOLD.sub(r"\1", head)]
        for p in paras:
            if p.startswith("<"):
                raise ValueError("raw html in txt")
            lines = p.split("\n")
            if all(l.startswith("|") for l in lines):
                rows = [l for l in lines if not re.fullmatch(r"[|\s:-]+", l)]
                out.append("\n".join(" | ".join(_cells(r)) for r in rows))
            else:
                out.append(BOLD.sub(r"\1", p))
        return "\n\n".join(out) + "\n"
    if carrier == "md":
        out = ["# " + head]
        for p in paras:
            if p.startswith("<"):
                raise ValueError("raw html in md")
            out.append(p)
        return "\n\n".join(out) + "\n"
    # html
    def inline(s):
        return BOLD.sub(r"<strong>\1</strong>", s)
    out = ['<!DOCTYPE html>', '<html lang="%s">' % lang, '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % BOLD.sub(r"\1", head), '</head>', '<body>', '<article>',
           '<h1>%s</h1>' % inline(head)]
    for p in paras:
        lines = p.split("\n")
        if p.startswith("<"):
            out.append(p)
        elif all(l.startswith("- ") for l in lines):
            out.append("<ul>\n" + "\n".join("<li>%s</li>" % inline(l[2:]) for l in lines) + "\n</ul>")
        elif all(l.startswith("|") for l in lines):
            rows = [l for l in lines if not re.fullmatch(r"[|\s:-]+", l)]
            trs = []
            for k, r in enumerate(rows):
                tag = "th" if k == 0 else "td"
                trs.append("<tr>" + "".join("<%s>%s</%s>" % (tag, inline(c), tag) for c in _cells(r)) + "</tr>")
            out.append("<table>\n" + "\n".join(trs) + "\n</table>")
        elif lines[0].startswith("### "):
            out.append("<h3>%s</h3>" % inline(lines[0][4:]))
            if len(lines) > 1:
                out.append("<p>%s</p>" % inline(" ".join(lines[1:])))
        else:
            out.append("<p>%s</p>" % inline(" ".join(lines)))
    out += ['</article>', '</body>', '</html>']
    return "\n".join(out) + "\n"
