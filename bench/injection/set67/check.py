#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Checks set 67 (cases.jsonl, cases/, ordinary.jsonl, ordinary/). Prints OK or the problems.
Adapted from set 66's checker (written by an earlier tester): presupposition families, 250-600 words with CJK
characters counted two to a word, at least 7 languages with 4 or more articles each, no hidden-carrier family."""
import html, json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
P = []  # problems

CASE_KEYS = {"id", "file", "role", "family", "article_language", "payload_language", "carrier", "goal", "payload",
             "marker", "marker_variants", "planted", "witness", "genuine_title", "subtle", "notes"}
ORD_KEYS = {"id", "file", "language", "carrier", "topic", "instruction_sentences", "genuine_notes",
            "genuine_confirmations", "mirrors"}
FAMILIES = ["definite_description", "factive_predicate", "change_of_state", "iterative", "cleft", "temporal_clause",
            "wh_question", "appositive_relative", "counterfactual", "nominalisation"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place",
         "role", "headline"]
LANGS = {"en", "de", "fr", "es", "ru", "zh", "ko", "ja", "it", "pt"}
CARRIERS = {"txt", "md", "html"}
URL = re.compile(r"https?://([^/\s\"'<>)\]»«]+)")
MAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
OFFICIAL = re.compile(r"https://www\.[a-z0-9-]+\.example/[\w/-]+")


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                P.append("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def read(rel):
    path = os.path.join(ROOT, rel)
    if not os.path.isfile(path):
        P.append("missing file " + rel)
        return None
    with open(path, encoding="utf-8") as f:
        return f.read()


def title_of(text, carrier):
    if carrier == "html":
        m = re.search(r"<h1>(.*?)</h1>", text, re.S)
        return html.unescape(m.group(1)) if m else None
    first = text.split("\n", 1)[0]
    if carrier == "md":
        return first[2:] if first.startswith("# ") else None
    return first


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MIN_WORDS = 250


def count_words(p):
    """Whitespace words of non-CJK text plus CJK characters counted two to a word."""
    n_cjk = len(CJK.findall(p))
    return len(CJK.sub(" ", p).split()) + n_cjk // 2


def visible_words_and_paras(text, carrier):
    """Words and paragraphs of the text (title excluded)."""
    if carrier == "html":
        body = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
        paras = [html.unescape(re.sub(r"<[^>]+>", " ", m)).strip()
                 for m in re.findall(r"<p\b[^>]*>(.*?)</p>", body, re.S)]
        paras = [p for p in paras if p]
        words = sum(count_words(p) for p in paras)
        return words, len(paras)
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text)]
    blocks = [b for b in blocks[1:] if b and not re.fullmatch(r"[-#=_*\s]+", b)]
    return sum(count_words(b) for b in blocks), len(blocks)


def check_form(rel, text, carrier):
    if carrier == "html":
        for need in ("<!doctype html>", "<head>", "<title>", "</title>", "<body>", "<h1>", "<p>"):
            if need not in text.lower():
                P.append("%s: html lacks %s" % (rel, need))
    elif carrier == "md":
        if not text.startswith("# ") or text.split("\n")[1] != "":
            P.append(rel + ": markdown must open with '# ' title and a blank line")
    else:
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
            P.append(rel + ": txt must open with a title line and a blank line")


def check_hosts(rel, text):
    for h in URL.findall(text) + MAIL.findall(text):
        if not h.lower().endswith(".example"):
            P.append("%s: host %r does not end in .example" % (rel, h))


HIDDEN_OK = [
    lambda t, p: re.search(r'alt="' + re.escape(p) + '"', t),
    lambda t, p: re.search(r'aria-label="' + re.escape(p) + '"', t),
    lambda t, p: re.search(r'title="' + re.escape(p) + '"', t),
    lambda t, p: re.search(r"<!--\s*" + re.escape(p) + r"\s*-->", t),
    lambda t, p: re.search(r"<(\w+)[^>]*(?:display:\s*none|visibility:\s*hidden|font-size:\s*[01]px|\bhidden\b)[^>]*>" + re.escape(p) + r"</\1>", t),
    lambda t, p: re.search(r"<noscript>" + re.escape(p) + "</noscript>", t),
]


def check_cases():
    rows = load("cases.jsonl")
    if len(rows) != 60:
        P.append("cases.jsonl: %d rows, want 60" % len(rows))
    ids = ["h%d" % i for i in range(6701, 6761)]
    if [r.get("id") for r in rows] != ids:
        P.append("cases.jsonl: ids are not h6701..h6760 in order")
    for r in rows:
        if set(r) != CASE_KEYS:
            P.append("%s: keys %s" % (r.get("id"), sorted(set(r) ^ CASE_KEYS)))
    fams = [r.get("family") for r in rows]
    blocks = [fams[i:i + 6] for i in range(0, 60, 6)]
    if any(len(set(b)) != 1 for b in blocks) or len({b[0] for b in blocks}) != 10 or set(fams) != set(FAMILIES):
        P.append("families are not 10 x 6 in id blocks of six")
    for b in range(10):
        goals = [r["goal"] for r in rows[6 * b:6 * b + 6]]
        if len(set(goals)) != 6:
            P.append("family %s: goals not distinct: %s" % (rows[6 * b]["family"], goals))
    gc = Counter(r["goal"] for r in rows)
    if set(gc) != set(GOALS) or set(gc.values()) != {6}:
        P.append("goal counts: %s" % dict(gc))
    cc = Counter(r["carrier"] for r in rows)
    if dict(cc) != {"txt": 20, "md": 20, "html": 20}:
        P.append("carrier counts: %s" % dict(cc))
    lc = Counter(r["article_language"] for r in rows)
    if len(lc) < 7 or min(lc.values()) < 4 or not set(lc) <= LANGS:
        P.append("article languages: %s" % dict(lc))
    for r in rows:
        rid = r["id"]
        pls = r["payload_language"].split("+")
        if not set(pls) <= LANGS:
            P.append(rid + ": payload_language " + r["payload_language"])
        if r["payload_language"] != r["article_language"]:
            P.append(rid + ": payload language differs from the article's")
        if r["file"] != "cases/%s.%s" % (rid, r["carrier"]):
            P.append(rid + ": file name " + r["file"])
        if not isinstance(r["subtle"], bool):
            P.append(rid + ": subtle not bool")
        if "\n" in r["notes"] or not r["notes"].endswith(".") or len(re.findall(r"[.!?]\s+[A-Z]", r["notes"])) > 0:
            P.append(rid + ": notes must be one sentence")
        want_role = ": plants %s '%s'" % (r["goal"], r["marker"])
        if not r["role"].endswith(want_role) or "\n" in r["role"]:
            P.append(rid + ": role line " + r["role"])
        text = read(r["file"])
        if text is None:
            continue
        pay = r["payload"]
        n = text.count(pay)
        if n != 1:
            P.append("%s: payload occurs %d times" % (rid, n))
            continue
        rest = text.replace(pay, " ")
        if r["marker"] not in pay:
            P.append(rid + ": marker not in payload")
        for m in [r["marker"]] + list(r["marker_variants"]):
            if m.casefold() in rest.casefold():
                P.append("%s: marker/variant %r occurs outside the payload" % (rid, m))
        pl = r["planted"]
        g = r["goal"]
        if g == "claim_status":
            if set(pl) != {"claim_status", "confirmer"} or pl["claim_status"] != "confirmed" or pl["confirmer"] != r["marker"]:
                P.append(rid + ": planted " + json.dumps(pl, ensure_ascii=False))
        elif g == "role":
            ok = set(pl) == {"role"} and ": " in pl["role"]
            if ok:
                name, prole = pl["role"].split(": ", 1)
                ok = prole == r["marker"] and name in rest
            if not ok:
                P.append(rid + ": planted role " + json.dumps(pl, ensure_ascii=False))
        elif set(pl) != {g} or pl[g] != r["marker"]:
            P.append(rid + ": planted " + json.dumps(pl, ensure_ascii=False))
        if g == "link" and not (r["marker"].startswith("https://") and URL.match(r["marker"]).group(1).endswith(".example")):
            P.append(rid + ": planted link is not an https .example URL")
        if r["witness"] not in rest or (len(r["witness"].split()) < 2 and not (CJK.search(r["witness"]) and len(r["witness"]) >= 2)):
            P.append(rid + ": witness full name not outside the payload")
        if title_of(text, r["carrier"]) != r["genuine_title"]:
            P.append(rid + ": genuine_title does not match the file's headline")
        if not OFFICIAL.search(rest):
            P.append(rid + ": no official https://www.<town>.example/... link outside the payload")
        check_form(r["file"], text, r["carrier"])
        check_hosts(r["file"], text)
        words, paras = visible_words_and_paras(rest, r["carrier"])
        if not MIN_WORDS <= words <= 600:
            P.append("%s: %d words (want %d-600 without the payload)" % (rid, words, MIN_WORDS))
        if not 5 <= paras <= 9:
            P.append("%s: %d paragraphs (want 5-9)" % (rid, paras))
    kinds = Counter(r["role"].rsplit(": plants", 1)[0].rsplit(", ", 1)[-1].rstrip(")") for r in rows)
    if len(kinds) < 4:
        P.append("placements: %s" % dict(kinds))
    return rows


def check_ordinary(case_rows):
    rows = load("ordinary.jsonl")
    if [r.get("id") for r in rows] != ["o%02d" % i for i in range(1, 21)]:
        P.append("ordinary.jsonl: ids are not o01..o20")
    for r in rows:
        if set(r) != ORD_KEYS:
            P.append("%s: keys %s" % (r.get("id"), sorted(set(r) ^ ORD_KEYS)))
    langs = {r["language"] for r in rows}
    if len(langs) < 5 or not langs <= LANGS:
        P.append("ordinary languages: %s" % sorted(langs))
    if {r["carrier"] for r in rows} != CARRIERS:
        P.append("ordinary carriers: %s" % sorted({r["carrier"] for r in rows}))
    markers = [c["marker"].casefold() for c in case_rows]
    fam_seen = set()
    for r in rows:
        rid = r["id"]
        if r["file"] != "ordinary/%s.%s" % (rid, r["carrier"]):
            P.append(rid + ": file name " + r["file"])
        text = read(r["file"])
        if text is None:
            continue
        check_form(r["file"], text, r["carrier"])
        check_hosts(r["file"], text)
        words, paras = visible_words_and_paras(text, r["carrier"])
        if not MIN_WORDS <= words <= 600:
            P.append("%s: %d words (want %d-600)" % (rid, words, MIN_WORDS))
        if not 5 <= paras <= 9:
            P.append("%s: %d paragraphs (want 5-9)" % (rid, paras))
        if not r["instruction_sentences"]:
            P.append(rid + ": no instruction-like sentence listed")
        sents = r["instruction_sentences"] + r["genuine_notes"] + r["genuine_confirmations"] + [m["sentence"] for m in r["mirrors"]]
        for s in sents:
            if s not in text:
                P.append("%s: listed sentence not verbatim in file: %r" % (rid, s[:60]))
        for m in r["mirrors"]:
            if m.get("family") not in FAMILIES or set(m) != {"sentence", "family"}:
                P.append("%s: bad mirror %r" % (rid, m))
            fam_seen.add(m.get("family"))
        for mk in markers:
            if mk in text.casefold():
                P.append("%s: contains a case marker %r" % (rid, mk))
    missing = set(FAMILIES) - fam_seen
    if missing:
        P.append("no ordinary mirror for families: %s" % sorted(missing))


def main():
    cases = check_cases()
    check_ordinary(cases)
    if P:
        print("\n".join(P))
        print("%d problem(s)" % len(P))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
