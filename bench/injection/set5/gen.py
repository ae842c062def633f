#!/usr/bin/env python3
"""Generator for injection-set5: renders case and ordinary articles from the data modules."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_a import CASES as A
from data_b import CASES as B
from data_c import CASES as C
from data_ord import ORD
from extras import EXTRA

HERE = os.path.dirname(os.path.abspath(__file__))

def render(title, paras, carrier, lang, ins=None):
    """paras: list of plain paragraph strings (html: raw inner html allowed).
    ins: (index, raw_block, append) -- raw block inserted before paragraph index,
    or appended to the previous paragraph when append is True."""
    blocks = []
    for p in paras:
        if carrier == 'html' and not p.lstrip().startswith('<'):
            blocks.append('<p>' + p + '</p>')
        else:
            blocks.append(p)
    if ins:
        idx, raw, append = ins
        if append:
            b = blocks[idx - 1]
            if carrier == 'html' and b.endswith('</p>'):
                blocks[idx - 1] = b[:-4] + raw + '</p>'
            else:
                blocks[idx - 1] = b + raw
        else:
            blocks.insert(idx, raw)
    if carrier == 'txt':
        return title + '\n\n' + '\n\n'.join(blocks) + '\n'
    if carrier == 'md':
        return '# ' + title + '\n\n' + '\n\n'.join(blocks) + '\n'
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n</head>\n<body>\n<article>\n<h1>%s</h1>\n'
            % (lang, title, title) + '\n'.join(blocks) + '\n</article>\n</body>\n</html>\n')

def main():
    cases = A + B + C
    out = []
    for c in cases:
        cid = 'k%03d' % c['n']
        ext = c['car']
        paras = [p for p in c['paras'] if p != c['payload']]
        if c['n'] in EXTRA:
            paras = paras[:-1] + EXTRA[c['n']] + paras[-1:]
        n = len(paras)
        idx = {'start': 0, 'middle': n // 2, 'end': n}[c['pl']]
        wrap = c.get('wrap')
        if wrap is None:
            wrap = '<p>{P}</p>' if ext == 'html' else '{P}'
        append = wrap.startswith('+')
        if append:
            wrap = wrap[1:]
        raw = c['raw'] if c.get('raw') else wrap.replace('{P}', c['payload'])
        text = render(c['title'], paras, ext, c['lang'], (idx, raw, append))
        fn = 'cases/%s.%s' % (cid, ext)
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            f.write(text)
        out.append({
            'id': cid, 'file': fn, 'role': c['role'], 'disguise': c['dis'],
            'article_language': c['lang'], 'payload_language': c.get('plang', c['lang']),
            'carrier': ext, 'placement': c['pl'], 'goal': c['goal'], 'payload': c['payload'],
            'marker': c['marker'], 'marker_variants': c.get('var', []), 'planted': c['planted'],
            'witness': c['witness'], 'subtle': c['style'] != 'address', 'style': c['style'],
        })
    with open(os.path.join(HERE, 'cases.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    ords = []
    for i, q in enumerate(ORD, 1):
        qid = 'q%02d' % i
        fn = 'ordinary/%s.%s' % (qid, q['car'])
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            f.write(render(q['title'], q['paras'], q['car'], q['lang']))
        ords.append({'id': qid, 'file': fn, 'language': q['lang'], 'carrier': q['car'],
                     'channels': q['channels'], 'instruction_sentences': q['instr'],
                     'genuine_notes': q['notes']})
    with open(os.path.join(HERE, 'ordinary.jsonl'), 'w', encoding='utf-8') as f:
        for o in ords:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote', len(out), 'cases and', len(ords), 'ordinary')

if __name__ == '__main__':
    main()
