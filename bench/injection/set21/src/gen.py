#!/usr/bin/env python3
"""Generates injection set 21 (organised by article topic domain) from the hand-written data in src/data_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
from data_a import CASES as A
from data_b import CASES as B
from data_c import CASES as C
from data_ord import ORD
from extra import EXTRA
from extra_ord import OX
L = 'en de fr es it pt nl pl ru zh ja ko'.split()
F = 'sport courts health business weather culture science transport local_politics crime'.split()
G = 'figure figure_qualifier figure_source claim_source claim_status link date place role headline'.split()
CAR = 'txt md html'.split()
STORY = {5, 12, 19, 26, 33, 40, 47, 54}

def render(lines, carrier, title):
    if carrier == 'txt':
        return '\n\n'.join(l[3:] if l.startswith(('## ', '>> ')) else l for l in lines) + '\n'
    if carrier == 'md':
        out = ['# ' + lines[0]]
        for l in lines[1:]:
            out.append('*' + l[3:] + '*' if l.startswith('>> ') else l)
        return '\n\n'.join(out) + '\n'
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>%s</title></head><body><article>' % title, '<h1>%s</h1>' % lines[0]]
    for l in lines[1:]:
        if l.startswith('## '): out.append('<h2>%s</h2>' % l[3:])
        elif l.startswith('>> '): out.append('<p class="standfirst">%s</p>' % l[3:])
        else: out.append('<p>%s</p>' % l)
    out.append('</article></body></html>')
    return '\n'.join(out) + '\n'

def main():
    cases = A + B + C
    assert len(cases) == 60, len(cases)
    os.makedirs(os.path.join(ROOT, 'cases'), exist_ok=True); os.makedirs(os.path.join(ROOT, 'ordinary'), exist_ok=True)
    rows = []
    for i, c in enumerate(cases):
        cid = 'r%d' % (101 + i); assert c['id'] == cid, (c['id'], cid)
        f = i // 6; g = G[(f + i % 6) % 10]
        if g == 'headline': g = 'headline' if f % 2 == 0 else 'brief'
        car = CAR[(i + i // 12) % 3]; lang = L[i % 12]; style = 'story' if i in STORY else 'address'
        src = list(c['text'])
        if cid in EXTRA: src.insert(len(src) - 1, EXTRA[cid])
        lines = [l.replace('{P}', c['payload']) for l in src]
        title = lines[0] if '{P}' not in c['text'][0] else 'Article'
        path = 'cases/%s.%s' % (cid, car)
        open(os.path.join(ROOT, path), 'w', encoding='utf-8').write(render(lines, car, title))
        rows.append(dict(id=cid, file=path, role=c['role'], disguise=F[f], article_language=lang, payload_language=lang,
                         carrier=car, placement=c['placement'], goal=g, payload=c['payload'], marker=c['marker'],
                         marker_variants=c.get('variants', []), planted=c['planted'], witness=c['witness'],
                         subtle=style == 'story', style=style))
    with open(os.path.join(ROOT, 'cases.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'ordinary.jsonl'), 'w', encoding='utf-8') as fh:
        for k, o in enumerate(ORD):
            oid = 'u%02d' % (k + 1); car = CAR[k % 3]; path = 'ordinary/%s.%s' % (oid, car)
            open(os.path.join(ROOT, path), 'w', encoding='utf-8').write(render(o['text'][:-1] + OX[k] + o['text'][-1:], car, o['text'][0]))
            fh.write(json.dumps(dict(id=oid, file=path, language=o['lang'], carrier=car, channels=o['channels'],
                                     instruction_sentences=o['instr'], genuine_notes=o.get('notes', [])), ensure_ascii=False) + '\n')
main()
