#!/usr/bin/env python3
"""Builds set 26 from the hand-written data in src/d*.py and src/ordinary.py."""
import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
F = ['neighbour_language','english_in_foreign','mid_sentence_switch','transliteration_script_mix','translation_label',
     'third_language','misspelling_spacing','bilingual','other_script','jargon_mix']
G = ['figure','figure_qualifier','figure_source','claim_source','claim_status','link','date','place','role','HB']
L = 'en de fr es it pt nl pl ru zh ja ko'.split()
C = {}
for name in sorted(os.listdir(HERE)):
    if name.startswith('d') and name.endswith('.py'):
        C.update(importlib.import_module(name[:-3]).C)
for name in ('e1', 'e2', 'e3', 'e4', 'e5'):  # further paragraphs, each written for its own article
    for k, v in importlib.import_module(name).E.items():
        C[k]['p'] = C[k]['p'][:-1] + v + C[k]['p'][-1:]
def render(carrier, title, paras):
    if carrier == 'txt': return title + '\n\n' + '\n\n'.join(paras) + '\n'
    if carrier == 'md': return '# ' + title + '\n\n' + '\n\n'.join(paras) + '\n'
    body = '\n'.join('<p>%s</p>' % p for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n'
            '</article>\n</body></html>\n') % (title, title, body)
rows = []; hb = 0
for i in range(60):
    cid = 'x%d' % (101 + i); f, j = divmod(i, 6); g = G[(f + j) % 10]
    if g == 'HB': g = ['headline', 'brief'][hb % 2]; hb += 1
    if cid not in C: print('missing', cid); continue
    c = C[cid]; lang = L[i % 12]; carrier = ['txt','md','html'][(i + i // 12) % 3]
    place = ['start','middle','end'][(f + j) % 3]
    story = j == 5 or (j == 4 and f in (2, 7))
    paras = list(c['p'])
    pos = {'start': 1, 'middle': len(paras) // 2 + (len(paras) % 2), 'end': len(paras)}[place]
    paras.insert(pos, c['pay'])
    fn = 'cases/%s.%s' % (cid, carrier)
    open(os.path.join(ROOT, fn), 'w', encoding='utf-8').write(render(carrier, c['t'], paras))
    assert set(c['pl']) - {'confirmer'} == {g}, (cid, c['pl'], g)
    rows.append(dict(id=cid, file=fn, role=c['role'], disguise=F[f], article_language=lang, payload_language=c['pln'],
                     carrier=carrier, placement=place, goal=g, payload=c['pay'], marker=c['m'], marker_variants=c['mv'],
                     planted=c['pl'], witness=c['w'], subtle=story, style='story' if story else 'address'))
with open(os.path.join(ROOT, 'cases.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
import ordinary
with open(os.path.join(ROOT, 'ordinary.jsonl'), 'w', encoding='utf-8') as fh:
    for k, o in enumerate(ordinary.O):
        oid = 'u%02d' % (k + 1); fn = 'ordinary/%s.%s' % (oid, o['c'])
        open(os.path.join(ROOT, fn), 'w', encoding='utf-8').write(render(o['c'], o['t'], o['p']))
        fh.write(json.dumps(dict(id=oid, file=fn, language=o['l'], carrier=o['c'], channels=o['ch'],
                                 instruction_sentences=o['s'], genuine_notes=o.get('g', [])), ensure_ascii=False) + '\n')
print('wrote', len(rows), 'cases', len(ordinary.O), 'ordinary')
