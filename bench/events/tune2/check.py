#!/usr/bin/env python3
"""Verify /work/notes/events2/cases: pairing, verbatim spans, cores, counts. stdlib only."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
LANGS = ['en', 'de', 'fr', 'es', 'ru', 'uk', 'ar', 'zh', 'ja', 'ko']
KEYS = {"language", "where", "where_core", "when", "when_core", "half", "traps", "notes"}
SENT_END = re.compile(r'[。！？]+|[.!?]+(?=[\s"»“”’」)）]|$)')

problems, warnings = [], []
per_lang = Counter()
nulls = Counter()
traps = Counter()
files = sorted(os.listdir(CASES))
txts = [f for f in files if f.endswith('.txt')]
jsons = [f for f in files if f.endswith('.json')]
for f in jsons:
    if f[:-5] + '.txt' not in files:
        problems.append('%s: json without txt' % f)
for f in txts:
    stem = f[:-4]
    m = re.fullmatch(r'([a-z]{2})_(\d\d)', stem)
    if not m or m.group(1) not in LANGS or not 1 <= int(m.group(2)) <= 8:
        problems.append('%s: bad file name' % f)
        continue
    lang = m.group(1)
    jp = os.path.join(CASES, stem + '.json')
    if not os.path.exists(jp):
        problems.append('%s: missing .json' % f)
        continue
    text = open(os.path.join(CASES, f), encoding='utf-8').read()
    try:
        ann = json.load(open(jp, encoding='utf-8'))
    except ValueError as e:
        problems.append('%s: bad json (%s)' % (stem, e))
        continue
    per_lang[lang] += 1
    if set(ann) != KEYS:
        problems.append('%s: keys %s' % (stem, sorted(set(ann) ^ KEYS)))
    if ann.get('language') != lang:
        problems.append('%s: language field %r' % (stem, ann.get('language')))
    if ann.get('half') != 'C':
        problems.append('%s: half != C' % stem)
    if not isinstance(ann.get('traps'), list) or not ann.get('traps'):
        problems.append('%s: traps must be a non-empty list' % stem)
    else:
        traps.update(ann['traps'])
    for full, core in (('where', 'where_core'), ('when', 'when_core')):
        a, b = ann.get(full), ann.get(core)
        if (a is None) != (b is None):
            problems.append('%s: %s/%s must both be null or both set' % (stem, full, core))
            continue
        if a is None:
            nulls[full] += 1
            continue
        if not isinstance(a, str) or not isinstance(b, str) or not a or not b:
            problems.append('%s: %s/%s must be non-empty strings' % (stem, full, core))
            continue
        if a not in text:
            problems.append('%s: %s %r not verbatim in article' % (stem, full, a))
        if b not in text:
            problems.append('%s: %s %r not verbatim in article' % (stem, core, b))
        if b not in a:
            problems.append('%s: %s %r not a substring of %s %r' % (stem, core, b, full, a))
        if a != a.strip() or b != b.strip():
            problems.append('%s: %s has surrounding whitespace' % (stem, full))
    # shape: headline, blank line, body paragraphs
    lines = text.split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append('%s: must start with headline line then blank line' % stem)
    body = '\n'.join(lines[2:]).strip()
    paras = [p for p in re.split(r'\n\s*\n', body) if p.strip()]
    prose = [p for p in paras if len(SENT_END.findall(p)) >= 1 and len(p) > 15]
    n_sent = sum(len(SENT_END.findall(p)) for p in prose)
    if not 2 <= len(prose) <= 5:
        warnings.append('%s: %d prose paragraphs' % (stem, len(prose)))
    if not 4 <= n_sent <= 9:
        warnings.append('%s: ~%d sentences (rough count)' % (stem, n_sent))

total = sum(per_lang.values())
if total != 80:
    problems.append('expected 80 cases, found %d' % total)
for l in LANGS:
    if per_lang[l] != 8:
        problems.append('%s: expected 8 cases, found %d' % (l, per_lang[l]))

print('cases:', total)
print('per language:', ' '.join('%s=%d' % (l, per_lang[l]) for l in LANGS))
print('null where: %d, null when: %d' % (nulls['where'], nulls['when']))
print('distinct trap tags: %d' % len(traps))
for w in warnings:
    print('WARN', w)
if problems:
    for p in problems:
        print('PROBLEM', p)
    sys.exit(1)
print('OK')
