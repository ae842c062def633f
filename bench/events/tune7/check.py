#!/usr/bin/env python3
"""Validate the events7 test set (stdlib only). Prints OK or a list of problems."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")

LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar", "zh", "ja", "ko"]
NNS = ["%02d" % i for i in range(1, 9)]
KEYS = {"language", "where", "where_core", "when", "when_core", "half", "traps", "notes"}
TRAPS = {
    "no_place_decoy", "no_time_decoy", "earlier_event", "future_date", "org_place_name",
    "company_seat", "hometown", "hospital_elsewhere", "custody_elsewhere", "other_place",
    "non_date_numbers", "byline_timestamp", "dateline_date",
}
PLACE_STYLES = {"venue", "town_region", "village_district", "road_river_coast", "dateline",
                "headline_only", "second_sentence", "institution_trap", "none"}
TIME_KINDS = {"weekday", "relative", "calendar", "clock", "night_span", "native", "none"}

# separate-word prepositions that must not lead a `where` phrase
LEAD_PREP = {
    "en": ["in ", "at ", "on ", "near ", "off "],
    "de": ["in ", "im ", "am ", "an ", "auf ", "bei ", "beim "],
    "fr": ["à ", "au ", "aux ", "en ", "dans ", "sur "],
    "es": ["en ", "a ", "al "],
    "ru": ["в ", "во ", "на ", "у "],
    "uk": ["в ", "у ", "на ", "біля "],
    "ar": ["في ", "قبالة ", "على "],
    "zh": ["在", "于"],
    "ja": [],
    "ko": [],
}
TRAIL_PARTICLES = {
    "ja": ["で", "に", "は", "の", "から"],
    "ko": ["에서", "에", "의", "서", "은", "는", "을", "를"],
}
SENT_END = re.compile(r"[.!?。](?=\s|$|[\"»”」』)])|[。！？]")

problems = []


def err(stem, msg):
    problems.append("%s: %s" % (stem, msg))


def parse_notes(notes):
    out = {}
    for part in notes.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def main():
    expected = {"%s_%s.%s" % (l, n, e) for l in LANGS for n in NNS for e in ("txt", "json")}
    present = set(os.listdir(CASES)) if os.path.isdir(CASES) else set()
    for f in sorted(expected - present):
        err(f, "missing")
    for f in sorted(present - expected):
        err(f, "unexpected file")

    nulls = {l: {"where": [], "when": []} for l in LANGS}
    n_cases = 0
    for lang in LANGS:
        for nn in NNS:
            stem = "%s_%s" % (lang, nn)
            tp, jp = os.path.join(CASES, stem + ".txt"), os.path.join(CASES, stem + ".json")
            if not (os.path.exists(tp) and os.path.exists(jp)):
                continue
            n_cases += 1
            with open(tp, encoding="utf-8") as f:
                raw = f.read()
            with open(jp, encoding="utf-8") as f:
                try:
                    d = json.load(f)
                except ValueError as e:
                    err(stem, "bad json: %s" % e)
                    continue

            # ---- txt shape
            if not raw.endswith("\n") or raw.endswith("\n\n"):
                err(stem, "txt must end with exactly one newline")
            if "\t" in raw or "\r" in raw:
                err(stem, "tab or CR in txt")
            if "  " in raw:
                err(stem, "double space in txt")
            lines = raw.rstrip("\n").split("\n")
            if len(lines) < 3:
                err(stem, "need headline, blank line, body")
                continue
            headline, blank, body_lines = lines[0], lines[1], lines[2:]
            if not headline.strip() or headline != headline.strip():
                err(stem, "bad headline line")
            if blank != "":
                err(stem, "line 2 must be empty")
            if any(not b.strip() or b != b.strip() for b in body_lines):
                err(stem, "empty/padded body line")
            if len(body_lines) > 2:
                err(stem, "body has more than label + text lines")
            label = body_lines[0] if len(body_lines) == 2 else None
            text = body_lines[-1]
            searchable = headline + "\n" + text  # label line never carries the annotation
            n_sent = len(SENT_END.findall(text))
            if not 3 <= n_sent <= 8:
                err(stem, "body text has ~%d sentences (want 3-7)" % n_sent)

            # ---- json keys / simple fields
            if set(d) != KEYS:
                err(stem, "json keys %s" % sorted(d))
                continue
            if d["language"] != lang:
                err(stem, "language %r" % d["language"])
            want_half = "I" if nn in NNS[:4] else "J"
            if d["half"] != want_half:
                err(stem, "half %r, want %r" % (d["half"], want_half))
            tr = d["traps"]
            if not isinstance(tr, list) or not tr or not all(isinstance(t, str) and t for t in tr):
                err(stem, "traps must be a non-empty list of strings")
                tr = []
            for t in tr:
                if t not in TRAPS:
                    err(stem, "unknown trap tag %r" % t)
            if len(set(tr)) != len(tr):
                err(stem, "duplicate trap tags")
            notes = d["notes"]
            if not isinstance(notes, str) or not notes.strip() or "\n" in notes:
                err(stem, "notes must be one non-empty line")
                notes = ""
            meta = parse_notes(notes)
            style, tkind = meta.get("place"), meta.get("time")
            if style not in PLACE_STYLES:
                err(stem, "notes place=%r" % style)
            if tkind not in TIME_KINDS:
                err(stem, "notes time=%r" % tkind)

            # ---- span pairs
            for a, b in (("where", "where_core"), ("when", "when_core")):
                ph, core = d[a], d[b]
                if ph is None or core is None:
                    if not (ph is None and core is None):
                        err(stem, "%s/%s must both be null or both strings" % (a, b))
                    if ph is None:
                        nulls[lang][a].append(nn)
                    continue
                if not isinstance(ph, str) or not isinstance(core, str):
                    err(stem, "%s/%s must be strings" % (a, b))
                    continue
                if not ph or ph != ph.strip() or not core or core != core.strip():
                    err(stem, "%s/%s empty or padded" % (a, b))
                if ph not in searchable:
                    err(stem, "%s %r not verbatim in headline/body text" % (a, ph))
                if core not in ph:
                    err(stem, "%s %r not inside %s %r" % (b, core, a, ph))
                if label is not None and ph in label and ph not in searchable:
                    err(stem, "%s only in label line" % a)

            w, t = d["where"], d["when"]
            if isinstance(w, str):
                for p in LEAD_PREP[lang]:
                    if w.startswith(p):
                        err(stem, "where starts with preposition %r" % p)
                for p in TRAIL_PARTICLES.get(lang, []):
                    if w.endswith(p) and not w.endswith("'") and lang in ("ja", "ko"):
                        # allow names that genuinely end in the character (none expected)
                        err(stem, "where ends with particle %r" % p)

            # ---- style-specific checks
            if style == "none" and w is not None:
                err(stem, "place=none but where given")
            if style != "none" and w is None:
                err(stem, "where null but place=%s" % style)
            if tkind == "none" and t is not None:
                err(stem, "time=none but when given")
            if tkind != "none" and t is None:
                err(stem, "when null but time=%s" % tkind)
            if (w is None) != ("no_place_decoy" in tr):
                err(stem, "no_place_decoy tag must mark exactly the null-place case")
            if (t is None) != ("no_time_decoy" in tr):
                err(stem, "no_time_decoy tag must mark exactly the null-time case")
            if ("byline_timestamp" in tr) and label is None and style != "dateline":
                err(stem, "byline_timestamp tag without label line")
            if label is not None and "byline_timestamp" not in tr:
                err(stem, "label line present but no byline_timestamp tag")
            if isinstance(w, str) and isinstance(d["where_core"], str):
                core = d["where_core"]
                if style == "headline_only":
                    if core not in headline or core in text:
                        err(stem, "headline_only: core must be in headline and absent from body")
                if style == "dateline":
                    if not text.startswith(w) and not text[:40].count(w) and not text.startswith("(" + w):
                        err(stem, "dateline: where must open the body text")
                    if text.count(core) != 1:
                        err(stem, "dateline: core must occur exactly once in the body text")
                if style == "second_sentence":
                    first_end = SENT_END.search(text)
                    if first_end and core in text[: first_end.end()]:
                        err(stem, "second_sentence: place already in first sentence")

    for lang in LANGS:
        np_, nt_ = nulls[lang]["where"], nulls[lang]["when"]
        if len(np_) != 1:
            err(lang, "want exactly one null place, got %s" % np_)
        if len(nt_) != 1:
            err(lang, "want exactly one null time, got %s" % nt_)
        if np_ and nt_ and set(np_) & set(nt_):
            err(lang, "null place and null time must be different articles")

    if n_cases != 80:
        err("set", "%d cases, want 80" % n_cases)

    if problems:
        for p in problems:
            print(p)
        print("FAIL (%d problems)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
