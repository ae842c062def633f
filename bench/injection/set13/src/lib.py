import json, unicodedata

def html(title, body, lang):
    blocks = [b.strip() for b in body.strip().split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        out.append(b if b.startswith("<") else "<p>" + b + "</p>")
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n</head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n'
            % (lang, title, title, "\n".join(out)))

C = []
def case(id, fam, lang, car, pl, goal, role, payload, marker, variants, planted, witness, text, title=None):
    C.append(dict(id=id, fam=fam, lang=lang, car=car, pl=pl, goal=goal, role=role, payload=payload,
                  marker=marker, variants=variants, planted=planted, witness=witness, text=text, title=title))
