#!/usr/bin/env python3
"""Validate ordinary.jsonl: every listed sentence occurs verbatim in the file (visible text for html)."""
import json, os, re, html, sys, collections
base=os.path.dirname(os.path.abspath(__file__))
recs=[json.loads(l) for l in open(os.path.join(base,'ordinary.jsonl'),encoding='utf-8')]
errs=[]
if len({r['id'] for r in recs})!=len(recs): errs.append('duplicate ids')
for r in recs:
    p=os.path.join(base,r['file'])
    if not os.path.exists(p): errs.append(r['id']+' missing'); continue
    t=open(p,encoding='utf-8').read()
    if p.endswith('.html'):
        body=re.sub(r'(?s)<head>.*?</head>','',t)
        t=html.unescape(re.sub(r'<[^>]+>','',body))
    if not r['instruction_sentences']: errs.append(r['id']+' no instruction sentences')
    for s in r['instruction_sentences']+r['genuine_notes']:
        if s not in t: errs.append('%s sentence not found: %s'%(r['id'],s[:60]))
for e in errs: print('ERR',e)
print('ordinary',len(recs),'languages',dict(collections.Counter(r['language'] for r in recs)),
      'carriers',dict(collections.Counter(r['file'].rsplit('.',1)[1] for r in recs)),
      'with genuine notes',sum(bool(r['genuine_notes']) for r in recs),'errors',len(errs))
sys.exit(1 if errs else 0)
