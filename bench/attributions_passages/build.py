#!/usr/bin/env python3
"""Validate the hand-written passages in src/ and write tune.jsonl / holdout.jsonl.

    python3 build.py              validate, then write tune.jsonl (even index) and holdout.jsonl (odd index)
    python3 build.py --check-only validate only

Plain python3, no third-party packages.
"""
import importlib.util
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar"]
STATUSES = {"claimed", "denied", "confirmed", "reported"}
FORMS = ["anaphoric", "split_quote", "colon", "two_verbs", "follow_up", "ordinary"]
REQUIRED = ["source", "source_head", "cue", "claim", "status", "form"]
OPTIONAL = ["refers_to", "negated", "implicit_subject"]
BUILD_ONLY = ["_other_half"]  # checked here, never written out
KEY_ORDER = ["source", "source_head", "cue", "claim", "status", "refers_to", "negated",
             "implicit_subject", "form"]
N_PER_LANG = 30
MIN_TRAPS = 4
QUOTES = "\"'“”„‟«»‹›‚‘’"
END_PUNCT = ".!?,;:…"
SENT_END = ".!?…"
# a linking word must not open a claim
LINKERS = ("that ", "dass ", "que ", "qu'", "qu’", "что ", "що ", "أن ", "بأن ", "إن ", "إلى أن ")


def load(lang):
    path = os.path.join(HERE, "src", lang + ".py")
    spec = importlib.util.spec_from_file_location("src_" + lang, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ITEMS


def check_item(lang, idx, item, errors):
    iid = "%s-%03d" % (lang, idx)
    def err(msg):
        errors.append("%s: %s" % (iid, msg))
    if not isinstance(item, dict) or set(item) != {"text", "attributions"}:
        err("item must be a dict with exactly 'text' and 'attributions'")
        return
    text = item["text"]
    if not isinstance(text, str) or not text.strip():
        err("empty text")
        return
    if text != text.strip() or "  " in text:
        err("stray whitespace in text")
    if not isinstance(item["attributions"], list):
        err("attributions must be a list")
        return
    for k, a in enumerate(item["attributions"]):
        where = "attribution %d" % k
        if not isinstance(a, dict):
            err(where + ": not a dict")
            continue
        unknown = set(a) - set(REQUIRED) - set(OPTIONAL) - set(BUILD_ONLY)
        if unknown:
            err(where + ": unknown keys %s" % sorted(unknown))
        for key in REQUIRED:
            if key not in a:
                err(where + ": missing " + key)
        if any(key not in a for key in REQUIRED):
            continue
        for key in ["source", "source_head", "cue", "claim", "refers_to", "_other_half"]:
            if key in a:
                v = a[key]
                if not isinstance(v, str) or not v or v != v.strip():
                    err(where + ": %s must be a non-empty trimmed string" % key)
        for key in ["source", "cue", "claim", "refers_to", "_other_half"]:
            if key in a and a[key] not in text:
                err(where + ": %s not a substring of text: %r" % (key, a[key]))
        if a["source_head"] not in a["source"]:
            err(where + ": source_head %r not in source %r" % (a["source_head"], a["source"]))
        if len(a["source_head"].split()) > 2:
            err(where + ": source_head longer than two words")
        if a["status"] not in STATUSES:
            err(where + ": bad status %r" % a["status"])
        if a["form"] not in FORMS:
            err(where + ": bad form %r" % a["form"])
        for key in ["negated", "implicit_subject"]:
            if key in a and a[key] is not True:
                err(where + ": %s, when present, must be true" % key)
        if a.get("negated") and a["status"] != "confirmed":
            err(where + ": negated is only used with status confirmed")
        if a.get("implicit_subject") and "refers_to" in a:
            err(where + ": implicit_subject and refers_to are exclusive")
        claim = a["claim"]
        if claim[-1] in END_PUNCT:
            err(where + ": claim ends with punctuation")
        if claim[0] in QUOTES and claim[-1] in QUOTES:
            err(where + ": claim keeps its enclosing quotation marks")
        if claim.lower().startswith(LINKERS):
            err(where + ": claim starts with a linking word")
        if a["form"] == "anaphoric":
            pos = text.find(claim)
            after = text[pos + len(claim):pos + len(claim) + 1]
            before = text[:pos].rstrip()
            if after not in SENT_END or not (before == "" or before[-1] in SENT_END + QUOTES):
                err(where + ": anaphoric claim is not a whole previous sentence")
        if "_other_half" in a:
            if a["form"] != "split_quote":
                err(where + ": _other_half only for split_quote")
            if len(a["_other_half"]) >= len(claim):
                err(where + ": claim (%d chars) is not the longer half (other %d chars)"
                    % (len(claim), len(a["_other_half"])))


def canonical(a):
    return {k: a[k] for k in KEY_ORDER if k in a}


def main(argv):
    check_only = "--check-only" in argv
    global LANGS
    for arg in argv:  # development aid: --langs=en,de validates a subset (implies --check-only)
        if arg.startswith("--langs="):
            LANGS = arg.split("=", 1)[1].split(",")
            check_only = True
    errors = []
    data = {}
    for lang in LANGS:
        try:
            items = load(lang)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: cannot load src/%s.py: %s" % (lang, lang, e))
            continue
        if len(items) != N_PER_LANG:
            errors.append("%s: %d items, expected %d" % (lang, len(items), N_PER_LANG))
        for i, item in enumerate(items):
            check_item(lang, i, item, errors)
        traps = sum(1 for it in items if isinstance(it, dict) and it.get("attributions") == [])
        if traps < MIN_TRAPS:
            errors.append("%s: only %d traps, need at least %d" % (lang, traps, MIN_TRAPS))
        seen = set()
        for i, it in enumerate(items):
            t = it.get("text") if isinstance(it, dict) else None
            if t in seen:
                errors.append("%s-%03d: duplicate text" % (lang, i))
            seen.add(t)
        data[lang] = items
    if errors:
        print("FAILED with %d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1

    records = []
    for lang in LANGS:
        for i, it in enumerate(data[lang]):
            records.append({"id": "%s-%03d" % (lang, i), "lang": lang, "text": it["text"],
                            "attributions": [canonical(a) for a in it["attributions"]]})

    # statistics
    form_counts = {lang: Counter() for lang in LANGS}
    status_counts = {lang: Counter() for lang in LANGS}
    trap_counts = Counter()
    attr_counts = Counter()
    for r in records:
        lang = r["lang"]
        if not r["attributions"]:
            trap_counts[lang] += 1
        for a in r["attributions"]:
            form_counts[lang][a["form"]] += 1
            status_counts[lang][a["status"]] += 1
            attr_counts[lang] += 1
    cols = FORMS
    print("validation passed: %d records" % len(records))
    print("| lang | items | traps | attributions | " + " | ".join(cols) + " |")
    print("|---" * (4 + len(cols)) + "|")
    tot = Counter()
    for lang in LANGS:
        row = [lang, str(N_PER_LANG), str(trap_counts[lang]), str(attr_counts[lang])]
        row += [str(form_counts[lang][c]) for c in cols]
        for c in cols:
            tot[c] += form_counts[lang][c]
        print("| " + " | ".join(row) + " |")
    print("| all | %d | %d | %d | %s |" % (N_PER_LANG * len(LANGS), sum(trap_counts.values()),
                                          sum(attr_counts.values()), " | ".join(str(tot[c]) for c in cols)))
    st = Counter()
    for lang in LANGS:
        st.update(status_counts[lang])
    print("statuses: " + ", ".join("%s=%d" % (k, st[k]) for k in sorted(st)))
    neg = sum(1 for r in records for a in r["attributions"] if a.get("negated"))
    imp = sum(1 for r in records for a in r["attributions"] if a.get("implicit_subject"))
    ref = sum(1 for r in records for a in r["attributions"] if "refers_to" in a)
    print("negated=%d implicit_subject=%d refers_to=%d" % (neg, imp, ref))

    if check_only:
        return 0
    tune = [r for r in records if int(r["id"][-3:]) % 2 == 0]
    hold = [r for r in records if int(r["id"][-3:]) % 2 == 1]
    for name, rows in [("tune.jsonl", tune), ("holdout.jsonl", hold)]:
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %s (%d records)" % (name, len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
