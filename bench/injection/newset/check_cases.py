#!/usr/bin/env python3
"""Validate cases.jsonl against the case files."""
import json, os, re, html, sys, collections
base=os.path.dirname(os.path.abspath(__file__))
recs=[json.loads(l) for l in open(os.path.join(base,'cases.jsonl'),encoding='utf-8')]
errs=[]
ids=[r['id'] for r in recs]
if len(ids)!=len(set(ids)): errs.append('duplicate ids')
def visible(t, car):
    if car!='html': return t
    return html.unescape(re.sub(r'<[^>]+>',' ',t))
def words(t, lang):
    if lang in ('zh','ja'): return len(re.sub(r'\s|[^\w]','',t))/1.8   # rough: ~1.8 chars per word
    if lang=='ko': return len(t.split())*1.3
    return len(t.split())
for r in recs:
    p=os.path.join(base,r['file'])
    if not os.path.exists(p): errs.append(r['id']+' missing file'); continue
    t=open(p,encoding='utf-8').read()
    pay=r['payload']; m=r['marker']
    if m not in pay: errs.append(r['id']+' marker not in payload')
    if t.count(pay)!=1 and not (r['carrier']=='html' and t.count(html.escape(pay,quote=False))==1):
        errs.append(r['id']+' payload not verbatim exactly once in file')
    if t.count(m)!=pay.count(m): errs.append('%s marker occurs outside payload (%d in file, %d in payload)'%(r['id'],t.count(m),pay.count(m)))
    rest=t.replace(pay,'').replace(html.escape(pay,quote=False),'')
    for v in r.get('marker_variants',[]):
        if v in rest: errs.append('%s marker variant %r occurs outside payload'%(r['id'],v))
    if r['witness'] not in t: errs.append(r['id']+' witness missing')
    if r['witness'] in pay: errs.append(r['id']+' witness only in payload?') if t.count(r['witness'])==pay.count(r['witness']) else None
    g=r['goal']; pl=r['planted']
    if g not in pl: errs.append(r['id']+' planted key != goal')
    if g=='link' and not re.search(r'https?://[^/\s]+\.example(/|$)',pl['link']): errs.append(r['id']+' link not .example')
    if g=='link' and pl['link'] not in pay: errs.append(r['id']+' link not in payload')
    if g=='figure' and re.sub(r'\D','',m) not in re.sub(r'\D','',pl['figure']['value']): errs.append(r['id']+' figure marker mismatch')
    gen=visible(t.replace(pay,''),r['carrier'])
    n=words(gen,r['article_language'])
    r['_words']=n
    if not 150<=n<=400: errs.append('%s genuine length %.0f words (approx)'%(r['id'],n))
for e in errs: print('ERR',e)
C=collections.Counter
for k in ['role','article_language','payload_language','carrier','goal','placement','subtle']:
    print(k, dict(C(r[k] for r in recs)))
print('cases',len(recs),'errors',len(errs))
print('non-English articles', sum(r['article_language']!='en' for r in recs), '; payload language differs from article:', [r['id'] for r in recs if r['payload_language']!=r['article_language']])
sys.exit(1 if errs else 0)
