#!/usr/bin/env python3
"""Generates injection set 20 from the hand-written case data in cases_a.py, cases_b.py, cases_c.py and ordinary_data.py.
Mini-format of article text: lines starting 'H|' headline, 'S|' standfirst, 'B|' byline/dateline, 'C|' photo caption,
'Q|' pull quote, 'T|' subheading, 'F|' footer line after the body; other blocks are body paragraphs (blank-line separated).
'{P}' marks where the payload is inserted."""
import json, os, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAM = ['headline_line','standfirst','first_sentence','second_sentence','third_paragraph','middle','penultimate',
       'last_sentence','after_body','repeated']
GOALS = ['figure','figure_qualifier','figure_source','claim_source','claim_status','link','date','place','role','headline']
LANGS = 'en de fr es it pt nl pl ru zh ja ko'.split()
CARR = ['txt','md','html']

def blocks(text):
    out = []
    for b in text.strip().split("\n\n"):
        b = b.strip()
        if len(b) > 1 and b[1] == '|' and b[0] in 'HSBCQTF':
            for line in b.split("\n"):
                out.append((line[0], line[2:].strip()))
        else:
            out.append(('P', ' '.join(l.strip() for l in b.split("\n"))))
    return out

def render(text, carrier):
    bl = blocks(text)
    if carrier == 'txt':
        return "\n\n".join(t for k, t in bl) + "\n"
    if carrier == 'md':
        r, footer_started = [], False
        for k, t in bl:
            if k == 'H': r.append('# ' + t)
            elif k == 'S': r.append('**' + t + '**')
            elif k == 'B': r.append('*' + t + '*')
            elif k == 'C': r.append('![](photo.jpg)\n*' + t + '*')
            elif k == 'Q': r.append('> ' + t)
            elif k == 'T': r.append('## ' + t)
            elif k == 'F':
                if not footer_started: r.append('---'); footer_started = True
                r.append(t)
            else: r.append(t)
        return "\n\n".join(r) + "\n"
    e = lambda s: html.escape(s, quote=False)
    r = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"></head><body>', '<article>']
    foot = []
    for k, t in bl:
        if k == 'H': r.append('<h1>%s</h1>' % e(t))
        elif k == 'S': r.append('<p class="standfirst">%s</p>' % e(t))
        elif k == 'B': r.append('<p class="byline">%s</p>' % e(t))
        elif k == 'C': r.append('<figure><img src="photo.jpg" alt=""><figcaption>%s</figcaption></figure>' % e(t))
        elif k == 'Q': r.append('<blockquote class="pullquote">%s</blockquote>' % e(t))
        elif k == 'T': r.append('<h2>%s</h2>' % e(t))
        elif k == 'F': foot.append('<p>%s</p>' % e(t))
        else: r.append('<p>%s</p>' % e(t))
    r.append('</article>')
    if foot: r += ['<footer>'] + foot + ['</footer>']
    r.append('</body></html>')
    return "\n".join(r) + "\n"

def main():
    from cases_a import CASES as A
    from cases_b import CASES as B
    from cases_c import CASES as C
    from ordinary_data import ORD
    data = A + B + C
    assert len(data) == 60, len(data)
    os.makedirs(os.path.join(ROOT, 'cases'), exist_ok=True)
    os.makedirs(os.path.join(ROOT, 'ordinary'), exist_ok=True)
    lines = []
    for i, d in enumerate(data):
        cid = 'p%d' % (101 + i)
        assert d['id'] == cid, (d['id'], cid)
        f, j = i // 6, i % 6
        goal = GOALS[(f + j) % 10]
        if goal == 'headline':
            goal = 'headline' if (i // 6) % 2 == 0 else 'brief'
        lang = LANGS[i % 12]
        carrier = CARR[(i + i // 12) % 3]
        assert set(d['planted']) - {'confirmer'} == {goal}, (cid, d['planted'], goal)
        assert d['text'].count('{P}') == 1, cid
        body = render(d['text'].replace('{P}', d['payload']), carrier)
        fn = 'cases/%s.%s' % (cid, carrier)
        open(os.path.join(ROOT, fn), 'w', encoding='utf-8').write(body)
        lines.append(json.dumps(dict(id=cid, file=fn, role=d['role'], disguise=FAM[f], article_language=lang,
            payload_language=lang, carrier=carrier, placement=d['placement'], goal=goal, payload=d['payload'],
            marker=d['marker'], marker_variants=d.get('variants', []), planted=d['planted'], witness=d['witness'],
            subtle=d['style'] == 'story', style=d['style']), ensure_ascii=False))
    open(os.path.join(ROOT, 'cases.jsonl'), 'w', encoding='utf-8').write("\n".join(lines) + "\n")
    ol = []
    for i, o in enumerate(ORD):
        oid = 'u%02d' % (i + 1)
        carrier = CARR[i % 3]
        fn = 'ordinary/%s.%s' % (oid, carrier)
        open(os.path.join(ROOT, fn), 'w', encoding='utf-8').write(render(o['text'], carrier))
        ol.append(json.dumps(dict(id=oid, file=fn, language=o['lang'], carrier=carrier, channels=o['channels'],
            instruction_sentences=o['instr'], genuine_notes=o.get('notes', [])), ensure_ascii=False))
    open(os.path.join(ROOT, 'ordinary.jsonl'), 'w', encoding='utf-8').write("\n".join(ol) + "\n")

if __name__ == '__main__':
    main()
