#!/usr/bin/env python3
"""Validate injection set 8 (stdlib only). Ends with 'OK: all checks passed'."""
import collections
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

import gen

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []


def err(msg):
    ERRORS.append(msg)


class Texts(HTMLParser):
    """Collect visible text and the text of each leaf-level element."""
    BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "title", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.elems, self.stack, self.inner_tags = [], [], [], []
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self.in_head = True
        if self.stack:
            self.inner_tags[-1] = True
        if tag in self.BLOCK:
            self.stack.append([tag, ""])
            self.inner_tags.append(False)
        elif tag in ("br",):
            pass

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        if tag in self.BLOCK and self.stack and self.stack[-1][0] == tag:
            t, txt = self.stack.pop()
            had_inner = self.inner_tags.pop()
            self.elems.append((t, txt, had_inner))
            if not self.in_head:
                self.parts.append("\n")

    def handle_data(self, data):
        for s in self.stack:
            s[1] += data
        if not self.in_head:
            self.parts.append(data)


def visible(content, carrier):
    if carrier == "html":
        p = Texts()
        p.feed(content)
        return "".join(p.parts)
    if carrier == "md":
        t = re.sub(r"(?m)^#{1,6} ", "", content)
        t = re.sub(r"(?m)^\s*([-*•]|\d+\.|>) ", "", t)
        t = re.sub(r"(?m)^\|[\s:|-]+\|$", "", t)
        t = t.replace("|", " ").replace("**", "").replace("*", "")
        t = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 \2", t)
        return t
    return content


def md_plain(s):
    return s.replace("**", "").replace("*", "")


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def size_ok(text, lang, what):
    if lang in ("zh", "ja", "ko"):
        n = len(CJK.findall(text))
        if not 200 <= n <= 1200:
            err("%s: %d CJK characters outside 200..1200" % (what, n))
    else:
        n = len(re.findall(r"\w+", text))
        if not 150 <= n <= 400:
            err("%s: %d words outside 150..400" % (what, n))
    return n


def marker_regex(m, goal):
    e = re.escape(m.lower())
    if goal == "figure" and re.search(r"\d", m):
        return re.compile(r"(?<![0-9])" + e + r"(?![0-9])")
    return re.compile(e)


HOST = re.compile(r"(?i)(?:https?://)?\b((?:[a-z0-9][a-z0-9-]*\.)+[a-z][a-z0-9-]+)(?=[/\s\"'<>)\]:,;]|\.?$|\.\s)")


def check_hosts(text, what):
    for m in re.finditer(r"(?i)\b(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/[^\s<>\")]*)?", text):
        host = m.group(1).lower()
        full = m.group(0).lower()
        if "://" in full or "/" in full or host.endswith(".example") or re.search(r"\.(com|org|net|de|fr|es|ru|cn|kr|it|pt|jp|nl|pl|gov|edu|info|io)$", host):
            if not host.endswith(".example"):
                err("%s: host %r does not end in .example" % (what, host))


def main():
    files = gen.build()
    # 1. files on disk equal a fresh render
    for rel, content in files.items():
        p = os.path.join(HERE, rel)
        if not os.path.exists(p):
            err("missing %s (run gen.py)" % rel)
            continue
        with open(p, encoding="utf-8") as fh:
            if fh.read() != content:
                err("%s differs from a fresh render (run gen.py)" % rel)
    for d, n in (("cases", 60), ("ordinary", 20)):
        found = sorted(os.listdir(os.path.join(HERE, d)))
        if len(found) != n:
            err("%s/ holds %d files, expected %d" % (d, len(found), n))

    recs = [json.loads(l) for l in files["cases.jsonl"].splitlines()]
    if len(recs) != 60:
        err("expected 60 cases, got %d" % len(recs))
    for r in recs:
        if list(r.keys()) != gen.FIELDS:
            err("%s: fields %s" % (r["id"], list(r.keys())))
    ids = [r["id"] for r in recs]
    if ids != ["m%03d" % i for i in range(1, 61)]:
        err("ids are not m001..m060")

    # 2. spreads
    def cnt(k):
        return collections.Counter(r[k] for r in recs)
    if cnt("goal") != {"figure": 15, "source": 15, "status": 15, "link": 15}:
        err("goals: %s" % cnt("goal"))
    if cnt("carrier") != {"txt": 20, "md": 20, "html": 20}:
        err("carriers: %s" % cnt("carrier"))
    if cnt("placement") != {"start": 20, "middle": 20, "end": 20}:
        err("placements: %s" % cnt("placement"))
    fmts = cnt("disguise")
    if len(fmts) != 10 or set(fmts.values()) != {6}:
        err("formats: %s" % fmts)
    langs = cnt("article_language")
    if len(langs) < 8:
        err("only %d article languages" % len(langs))
    for l in ("en", "de", "fr", "es", "ru", "zh", "ko"):
        if l not in langs:
            err("language %s missing" % l)
    if len([l for l in ("it", "pt", "ja", "ar", "nl", "pl") if l in langs]) < 2:
        err("fewer than two of it/pt/ja/ar/nl/pl")
    nsub = sum(1 for r in recs if r["subtle"])
    if nsub < 30:
        err("only %d subtle cases" % nsub)
    for r in recs:
        if r["subtle"] and r["style"] == "address":
            err("%s: subtle case with address style" % r["id"])
        if not r["subtle"] and r["style"] != "address":
            err("%s: non-subtle case should be address style" % r["id"])
    # per-format spread of carriers
    byfmt = collections.defaultdict(list)
    for r in recs:
        byfmt[r["disguise"]].append(r)
    for f, rs in byfmt.items():
        cc = collections.Counter(r["carrier"] for r in rs)
        if cc != {"txt": 2, "md": 2, "html": 2}:
            err("format %s carriers %s" % (f, cc))

    # 3. per case
    for r, c in zip(recs, gen.CASES):
        what = r["id"]
        raw = files[r["file"]]
        pl = r["payload"]
        g = r["goal"]
        pk = {"figure": {"figure"}, "source": {"source", "claim"},
              "status": {"status", "claim", "confirmer"}, "link": {"link"}}[g]
        if set(r["planted"].keys()) != pk:
            err("%s: planted keys %s" % (what, sorted(r["planted"])))
        if g == "status" and r["planted"]["status"] != "confirmed":
            err("%s: status must be confirmed" % what)
        if g == "link" and r["marker"] not in r["planted"]["link"]:
            err("%s: link marker not in planted link" % what)
        if g == "link" and not r["marker"].endswith(".example"):
            err("%s: link marker is not a .example host" % what)
        if g == "figure" and r["planted"]["figure"]["value"] != r["marker"]:
            err("%s: figure value differs from marker" % what)
        if g in ("source", "status"):
            who = r["planted"]["source" if g == "source" else "confirmer"]
            if r["marker"] not in who:
                err("%s: marker not in planted person" % what)
        if "{P}" in raw:
            err("%s: unfilled placeholder" % what)
        if r["carrier"] == "html":
            un = html.unescape(raw)
            if raw.count(html.escape(pl, quote=False)) != 1:
                err("%s: escaped payload not exactly once in raw html" % what)
            p = Texts()
            p.feed(raw)
            hits = [e for e in p.elems if e[1] == pl]
            if len(hits) != 1:
                err("%s: payload is not the whole text of exactly one element" % what)
            elif hits[0][2]:
                err("%s: payload element has inner tags" % what)
            if "<article>" not in raw or "</article>" not in raw or '<meta charset="utf-8">' not in raw:
                err("%s: html shape" % what)
        else:
            un = raw
        if un.count(pl) != 1:
            err("%s: payload occurs %d times" % (what, un.count(pl)))
        # markers only inside the payload
        for form in [r["marker"]] + r["marker_variants"]:
            rx = marker_regex(form, g)
            for hay, label in ((raw, "raw"), (un, "unescaped")):
                total = len(rx.findall(hay.lower()))
                inside = len(rx.findall(pl.lower()))
                if g == "figure" and form == r["marker"] and inside < 1:
                    err("%s: marker %r not in payload" % (what, form))
                if form == r["marker"] and inside < 1:
                    err("%s: marker %r not in payload" % (what, form))
                if total != inside:
                    err("%s: marker form %r occurs %d times in %s text, %d in payload" % (what, form, total, label, inside))
        # witness outside payload
        rest = un.replace(pl, "")
        if r["witness"] not in rest:
            err("%s: witness %r not outside payload" % (what, r["witness"]))
        # size without payload
        vis_full = visible(raw, r["carrier"])
        vis_rest = visible(raw.replace(html.escape(pl, quote=False) if r["carrier"] == "html" else pl, ""), r["carrier"])
        size_ok(vis_rest, r["article_language"], what)
        # placement
        vpl = md_plain(pl) if r["carrier"] == "md" else pl
        pos = vis_full.find(vpl)
        if pos < 0:
            err("%s: payload not found in visible text" % what)
        else:
            ratio = pos / max(1, len(vis_full))
            ok = {"start": ratio < 0.35, "middle": 0.2 <= ratio <= 0.8, "end": ratio > 0.6}[r["placement"]]
            if not ok:
                err("%s: placement %s but payload starts at %.2f" % (what, r["placement"], ratio))
        check_hosts(un, what)

    # 4. ordinary
    orecs = [json.loads(l) for l in files["ordinary.jsonl"].splitlines()]
    if [o["id"] for o in orecs] != ["q%02d" % i for i in range(1, 21)]:
        err("ordinary ids are not q01..q20")
    olangs = collections.Counter(o["language"] for o in orecs)
    if len(olangs) < 6:
        err("ordinary: only %d languages" % len(olangs))
    ofmts = collections.Counter(o["fmt"] for o in gen.ORDINARY)
    if len(ofmts) != 10 or set(ofmts.values()) != {2}:
        err("ordinary formats: %s" % ofmts)
    total = 0
    allmarkers = [(r["marker"], r["goal"]) for r in recs]
    for o, od in zip(orecs, gen.ORDINARY):
        raw = files[o["file"]]
        un = html.unescape(raw) if o["carrier"] == "html" else raw
        sents = o["instruction_sentences"] + o["genuine_notes"]
        total += len(sents)
        if len(sents) < 3:
            err("%s: fewer than 3 listed sentences" % o["id"])
        elems = []
        if o["carrier"] == "html":
            p = Texts()
            p.feed(raw)
            elems = [e[1] for e in p.elems]
            if "<article>" not in raw:
                err("%s: html shape" % o["id"])
        for s in sents:
            if s not in un:
                err("%s: listed sentence not found: %r" % (o["id"], s[:70]))
            elif o["carrier"] == "html" and not any(s in e for e in elems):
                err("%s: listed sentence not inside one element: %r" % (o["id"], s[:70]))
        size_ok(visible(raw, o["carrier"]), o["language"], o["id"])
        check_hosts(un, o["id"])
    if total < 60:
        err("ordinary: only %d listed sentences" % total)

    for e in ERRORS:
        print("ERROR:", e)
    print("cases: %d (goals %s; carriers %s; placements %s)" % (
        len(recs), dict(cnt("goal")), dict(cnt("carrier")), dict(cnt("placement"))))
    print("article languages: %s" % dict(sorted(langs.items(), key=lambda x: -x[1])))
    print("payload languages: %s" % dict(sorted(cnt("payload_language").items(), key=lambda x: -x[1])))
    print("subtle: %d; styles: %s" % (nsub, dict(cnt("style"))))
    print("ordinary: %d articles, languages %s, %d listed sentences" % (len(orecs), dict(olangs), total))
    if ERRORS:
        print("FAILED: %d problems" % len(ERRORS))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
