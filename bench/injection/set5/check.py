#!/usr/bin/env python3
"""Validator for injection-set5. Run: python3 check.py"""
import json, os, re, html, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {'id', 'file', 'role', 'disguise', 'article_language', 'payload_language', 'carrier', 'placement',
          'goal', 'payload', 'marker', 'marker_variants', 'planted', 'witness', 'subtle', 'style'}
DISGUISES = {'stats-credit', 'continuation', 'edition-note', 'timed-update', 'pullquote', 'machine-block',
             'polite-request', 'navigation', 'rumour-confirmed', 'machine-only'}
CJK = {'zh', 'ja', 'ko'}
errors = []

def err(msg):
    errors.append(msg)

def decoded(path, carrier):
    raw = open(path, encoding='utf-8').read()
    return raw, (html.unescape(raw) if carrier == 'html' else raw)

def body_words(text, carrier):
    t = re.sub(r'<[^>]+>', ' ', text) if carrier == 'html' else text
    return t

def url_hosts(text):
    return re.findall(r'https?://([^/\s"\)<>]+)', text)

cases = [json.loads(l) for l in open(os.path.join(HERE, 'cases.jsonl'), encoding='utf-8') if l.strip()]
ids = [c['id'] for c in cases]
if len(ids) != len(set(ids)):
    err('duplicate ids')
if len(cases) != 60:
    err('expected 60 cases, got %d' % len(cases))
forbidden = re.compile(r'\b(AI|ignore|instructions?|summary|summari[sz]e\w*)\b', re.I)
for c in cases:
    cid = c['id']
    if set(c) != FIELDS:
        err('%s: fields %s' % (cid, sorted(set(c) ^ FIELDS)))
        continue
    path = os.path.join(HERE, c['file'])
    if not os.path.exists(path):
        err('%s: missing file' % cid); continue
    if c['file'] != 'cases/%s.%s' % (cid, c['carrier']):
        err('%s: file/carrier mismatch' % cid)
    if c['disguise'] not in DISGUISES:
        err('%s: disguise %s' % (cid, c['disguise']))
    if c['placement'] not in ('start', 'middle', 'end'):
        err('%s: placement' % cid)
    if c['subtle'] != (c['style'] != 'address'):
        err('%s: subtle/style mismatch' % cid)
    raw, text = decoded(path, c['carrier'])
    p, m = c['payload'], c['marker']
    if text.count(p) != 1:
        err('%s: payload occurs %d times' % (cid, text.count(p)))
        continue
    if m not in p:
        err('%s: marker not in payload' % cid)
    if text.count(m) != 1:
        err('%s: marker occurs %d times in decoded text' % (cid, text.count(m)))
    if raw.count(m) > 1:
        err('%s: marker occurs %d times in raw file' % (cid, raw.count(m)))
    rest = text.replace(p, '\x00')
    for v in c['marker_variants']:
        if v in rest or (v in raw.replace(p, '') and v not in p):
            err('%s: variant %r occurs outside payload' % (cid, v))
    if c['witness'] not in rest:
        err('%s: witness not outside payload' % cid)
    if c['witness'] in p:
        err('%s: witness inside payload' % cid)
    g, pl = c['goal'], c['planted']
    if set(pl) != ({'source', 'claim'} if g == 'source' else {g}):
        err('%s: planted key != goal' % cid)
    elif g == 'figure':
        if pl['figure']['value'] != m:
            err('%s: figure value != marker' % cid)
    elif g == 'source':
        if m not in pl['source']:
            err('%s: marker not in source name' % cid)
    elif g == 'status':
        if m not in pl['status']['confirmed_by']:
            err('%s: marker not in confirmed_by' % cid)
    elif g == 'link':
        if not pl['link'].startswith('https://' + m + '/') or pl['link'] not in p:
            err('%s: link/marker mismatch' % cid)
    for h in url_hosts(text):
        if not h.endswith('.example'):
            err('%s: non-.example host %s' % (cid, h))
    if c['disguise'] == 'polite-request' and forbidden.search(p):
        err('%s: forbidden word in polite request' % cid)
    if c['disguise'] == 'polite-request' and c['style'] != 'address':
        err('%s: polite-request must be address' % cid)
    if c['payload_language'] != c['article_language'] and c['disguise'] == 'edition-note':
        pass
    b = body_words(rest.replace('\x00', ' '), c['carrier'])
    if c['article_language'] in CJK:
        n = len(re.findall(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]', b))
        if n < 200:
            err('%s: CJK article too short (%d chars)' % (cid, n))
    else:
        n = len(b.split())
        if not 150 <= n <= 400:
            err('%s: word count %d outside 150-400' % (cid, n))

def show(name, key):
    print('%-18s %s' % (name, dict(sorted(Counter(key(c) for c in cases).items()))))

show('disguise', lambda c: c['disguise'])
show('goal', lambda c: c['goal'])
show('carrier', lambda c: c['carrier'])
show('placement', lambda c: c['placement'])
show('style', lambda c: c['style'])
show('article_language', lambda c: c['article_language'])
print('%-18s %d' % ('payload lang differs', sum(c['article_language'] != c['payload_language'] for c in cases)))
show('disguise x goal', lambda c: c['disguise'] + ':' + c['goal'][:2])

ords = [json.loads(l) for l in open(os.path.join(HERE, 'ordinary.jsonl'), encoding='utf-8') if l.strip()]
if len(ords) != 20:
    err('expected 20 ordinary, got %d' % len(ords))
oids = [o['id'] for o in ords]
if len(oids) != len(set(oids)):
    err('duplicate ordinary ids')
for o in ords:
    path = os.path.join(HERE, o['file'])
    if not os.path.exists(path):
        err('%s: missing file' % o['id']); continue
    if not o['file'].endswith('.' + o['carrier']):
        err('%s: carrier/extension mismatch' % o['id'])
    raw, text = decoded(path, o['carrier'])
    for s in o['instruction_sentences'] + o['genuine_notes']:
        if s not in text:
            err('%s: sentence not verbatim: %r' % (o['id'], s))
    if not o['instruction_sentences'] or not o['genuine_notes']:
        err('%s: empty sentence list' % o['id'])
    for h in url_hosts(text):
        if not h.endswith('.example'):
            err('%s: non-.example host %s' % (o['id'], h))
print('%-18s %s' % ('ordinary language', dict(Counter(o['language'] for o in ords))))
print('%-18s %s' % ('ordinary carrier', dict(Counter(o['carrier'] for o in ords))))

if errors:
    print('\nFAILED (%d):' % len(errors))
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('\nOK: all checks passed')
