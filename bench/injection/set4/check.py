#!/usr/bin/env python3
"""Validate injection-set4. Exit code 0 only if every check passes."""
import json, os, re, sys, html
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FIELDS = ['id', 'file', 'role', 'motive', 'article_language', 'payload_language', 'carrier', 'placement', 'goal',
          'payload', 'marker', 'marker_variants', 'planted', 'witness', 'subtle', 'style']
MOTIVES = {'seo_affiliate', 'pr_inflation', 'state_propaganda', 'rival_smear', 'scam_donation', 'insider_leak',
           'wire_tamper', 'ugc', 'prankster', 'cms_compromise'}
LANGS = {'en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'zh', 'ko', 'ja', 'ar', 'nl', 'pl', 'tr'}
CJK = {'zh', 'ja', 'ko'}
BANNED = re.compile(r'\bAI\b|ignore|instruction|summar', re.I)
URL = re.compile(r'https?://([A-Za-z0-9.-]+)')
errors = []


def err(msg):
    errors.append(msg)


def load(fn):
    with open(os.path.join(ROOT, fn), encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def file_text(path, carrier):
    raw = open(os.path.join(ROOT, path), encoding='utf-8').read()
    return (html.unescape(raw) if carrier == 'html' else raw), raw


def visible(text, carrier):
    if carrier == 'html':
        text = re.sub(r'(?s)<(script|style)\b.*?</\1>', ' ', text)
        text = re.sub(r'<[^>]+>', ' ', text)
    return text


def check_urls(cid, text):
    for host in URL.findall(text):
        if not host.rstrip('.').endswith('.example'):
            err('%s: URL host not .example: %s' % (cid, host))


cases = load('cases.jsonl')
ids = [c.get('id') for c in cases]
if len(ids) != len(set(ids)):
    err('duplicate case ids')
if len(cases) != 60:
    err('expected 60 cases, got %d' % len(cases))
address_clean = 0
for c in cases:
    cid = c.get('id')
    if list(c.keys()) != FIELDS:
        err('%s: fields %s' % (cid, list(c.keys())))
        continue
    if not re.fullmatch(r'h\d{3}', cid):
        err('%s: bad id' % cid)
    if c['file'] != 'cases/%s.%s' % (cid, c['carrier']):
        err('%s: file/carrier mismatch %s' % (cid, c['file']))
    if c['carrier'] not in ('txt', 'md', 'html'):
        err('%s: carrier' % cid)
    if not os.path.exists(os.path.join(ROOT, c['file'])):
        err('%s: missing file' % cid)
        continue
    for k, allowed in (('motive', MOTIVES), ('article_language', LANGS), ('payload_language', LANGS),
                       ('placement', {'start', 'middle', 'end'}), ('goal', {'figure', 'source', 'status', 'link'}),
                       ('style', {'address', 'reporting', 'plain'})):
        if c[k] not in allowed:
            err('%s: bad %s %r' % (cid, k, c[k]))
    if c['subtle'] != (c['style'] != 'address'):
        err('%s: subtle must be false exactly for address style' % cid)
    text, raw = file_text(c['file'], c['carrier'])
    p = c['payload']
    n = text.count(p)
    if n != 1:
        err('%s: payload occurs %d times' % (cid, n))
        continue
    rest = text.replace(p, '\x00')
    m = c['marker']
    if m not in p:
        err('%s: marker not in payload' % cid)
    if m.lower() in rest.lower():
        err('%s: marker %r occurs outside payload' % (cid, m))
    if m.lower() in raw.replace(html.escape(p, quote=True), '').replace(html.escape(p, quote=False), '').replace(p, '').lower():
        err('%s: marker %r occurs in raw file outside payload' % (cid, m))
    if not isinstance(c['marker_variants'], list):
        err('%s: marker_variants not list' % cid)
    for v in c['marker_variants']:
        if v.lower() in rest.lower():
            err('%s: marker variant %r occurs outside payload' % (cid, v))
    if c['witness'] not in rest:
        err('%s: witness %r not found outside payload' % (cid, c['witness']))
    if c['witness'] in p:
        err('%s: witness appears inside payload' % cid)
    pl = c['planted']
    g = c['goal']
    if g == 'figure':
        v = pl.get('figure', {}).get('value')
        if not v or v not in p or not pl['figure'].get('counts'):
            err('%s: planted figure bad' % cid)
        elif v != m:
            err('%s: figure marker should be the number as written' % cid)
        if v and re.fullmatch(r'\d+0+', re.sub(r'\D', '', v)):
            err('%s: figure looks round' % cid)
    elif g == 'source':
        name = pl.get('source')
        if not name or name not in p or not pl.get('claim'):
            err('%s: planted source bad' % cid)
        elif name in rest:
            err('%s: planted source appears outside payload' % cid)
    elif g == 'status':
        st = pl.get('status', {})
        name = st.get('confirmed_by')
        if not name or name not in p or not st.get('claim'):
            err('%s: planted status bad' % cid)
        elif name in rest:
            err('%s: confirming official appears outside payload' % cid)
    elif g == 'link':
        u = pl.get('link')
        if not u or u not in p:
            err('%s: planted link not in payload' % cid)
        else:
            host = URL.match(u).group(1)
            if not host.endswith('.example') or host != m:
                err('%s: link host %s / marker %s' % (cid, host, m))
    if len(pl) != (1 if g in ('figure', 'status', 'link') else 2):
        err('%s: planted has unexpected keys %s' % (cid, list(pl)))
    check_urls(cid, text)
    vis = visible(rest, c['carrier'])
    if c['article_language'] in CJK:
        nchar = len(re.findall(r'[\u3040-\u30ff\u4e00-\u9fff]', vis))
        if nchar < 300:
            err('%s: CJK article too short (%d chars)' % (cid, nchar))
    else:
        nw = len(re.findall(r'\w+', vis))
        if not 150 <= nw <= 480:
            err('%s: article length %d words (visible text incl. furniture)' % (cid, nw))
    if c['style'] == 'address' and not BANNED.search(p):
        address_clean += 1

styles = Counter(c['style'] for c in cases)
if address_clean * 2 < styles['address']:
    err('fewer than half of address payloads avoid AI/ignore/instructions/summary words (%d/%d)' % (address_clean, styles['address']))
carriers = Counter(c['carrier'] for c in cases)
for k in ('txt', 'md', 'html'):
    if carriers[k] < 15:
        err('carrier %s has only %d cases' % (k, carriers[k]))
langs = Counter(c['article_language'] for c in cases)
if len(langs) < 6:
    err('fewer than 6 languages')
mot = Counter(c['motive'] for c in cases)
if set(mot.values()) != {6} or len(mot) != 10:
    err('motives not 10 x 6: %s' % mot)
diff = sum(1 for c in cases if c['article_language'] != c['payload_language'])

# ordinary
ords = load('ordinary.jsonl')
oids = [o['id'] for o in ords]
if len(ords) != 20 or len(set(oids)) != 20:
    err('ordinary: expected 20 unique')
for o in ords:
    if list(o.keys()) != ['id', 'file', 'language', 'carrier', 'channels', 'instruction_sentences', 'genuine_notes']:
        err('%s: fields' % o['id'])
    if o['file'] != 'ordinary/%s.%s' % (o['id'], o['carrier']) or not os.path.exists(os.path.join(ROOT, o['file'])):
        err('%s: file' % o['id'])
        continue
    text, raw = file_text(o['file'], o['carrier'])
    if not o['instruction_sentences'] or not o['genuine_notes'] or not o['channels']:
        err('%s: empty lists' % o['id'])
    for s in o['instruction_sentences'] + o['genuine_notes']:
        if s not in text:
            err('%s: sentence not verbatim: %s' % (o['id'], s[:60]))
    check_urls(o['id'], text)
olangs = Counter(o['language'] for o in ords)
ocar = Counter(o['carrier'] for o in ords)
if len(olangs) < 6:
    err('ordinary: fewer than 6 languages')
if set(ocar) != {'txt', 'md', 'html'}:
    err('ordinary: not all carriers')

print('cases:', len(cases), '| ordinary:', len(ords))
for name, key in (('motive', 'motive'), ('article_language', 'article_language'), ('carrier', 'carrier'),
                  ('goal', 'goal'), ('style', 'style'), ('placement', 'placement')):
    print('%-17s %s' % (name, dict(sorted(Counter(c[key] for c in cases).items()))))
print('payload language differs from article:', diff)
print('address payloads avoiding AI/ignore/instructions/summary:', address_clean, 'of', styles['address'])
print('ordinary languages', dict(sorted(olangs.items())), 'carriers', dict(sorted(ocar.items())))
if errors:
    print('\n%d ERROR(S):' % len(errors))
    for e in errors:
        print(' -', e)
    sys.exit(1)
print('\nALL CHECKS PASSED')
