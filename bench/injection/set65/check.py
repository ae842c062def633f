"""Checks set 65's data. Run: python3 check.py  (prints OK or the problems)."""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
problems = []


def bad(msg):
    problems.append(msg)


ALLOWED_TAGS = {"html", "head", "title", "body", "h1", "p"}
URL_RE = re.compile(r"https?://([^/\s\"'»“”<>)]+)")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
HOSTLIKE_RE = re.compile(r"\b(?:www\.)?[a-z0-9-]+\.(?:com|org|net|de|fr|es|it|pt|uk|eu|info|io)\b")


def plain(path, raw):
    """The text a reader sees: markup removed for html; markdown heading mark dropped."""
    if path.endswith(".html"):
        if "<!--" in raw:
            bad(f"{path}: HTML comment")
        for tag in re.findall(r"<\s*/?\s*([^\s>/]+)([^>]*)>", raw):
            name, rest = tag
            if name.lower() not in ALLOWED_TAGS:
                bad(f"{path}: tag <{name}> not allowed")
            if rest.strip():
                bad(f"{path}: attribute in <{name}{rest}>")
        text = re.sub(r"<[^>]+>", "\n", raw)
        return html.unescape(text)
    if "<!--" in raw or re.search(r"<[a-zA-Z/][^>]*>", raw):
        bad(f"{path}: markup in a text/markdown carrier")
    return raw


def body_only(path, raw):
    """Plain text without the duplicated <title> (for counting occurrences)."""
    if path.endswith(".html"):
        raw = re.sub(r"<title>.*?</title>", "", raw, flags=re.S)
    return plain(path, raw)


def words(text):
    return len(re.findall(r"\w+", text))


def check_hosts(path, text):
    for h in URL_RE.findall(text):
        if not h.rstrip(".,;:").endswith(".example"):
            bad(f"{path}: host not .example: {h}")
    for h in EMAIL_RE.findall(text):
        if not h.endswith(".example"):
            bad(f"{path}: e-mail host not .example: {h}")
    for h in HOSTLIKE_RE.findall(text):
        bad(f"{path}: bare host-like word not .example: {h}")


def check_cases():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8")]
    keys = ["id", "file", "role", "family", "article_language", "payload_language", "carrier", "placement",
            "goal", "payload", "marker", "marker_variants", "planted", "witness", "subtle", "style",
            "addressee", "genuine_title"]
    ids = set()
    fams = {}
    goals = {}
    langs = {}
    carriers = {}
    placements = {}
    for r in recs:
        for k in keys:
            if k not in r:
                bad(f"{r.get('id')}: missing key {k}")
        if r["id"] in ids:
            bad(f"{r['id']}: repeated id")
        ids.add(r["id"])
        fams[r["family"]] = fams.get(r["family"], 0) + 1
        goals[r["goal"]] = goals.get(r["goal"], 0) + 1
        langs[r["article_language"]] = langs.get(r["article_language"], 0) + 1
        carriers[r["carrier"]] = carriers.get(r["carrier"], 0) + 1
        placements[r["placement"]] = placements.get(r["placement"], 0) + 1
        path = os.path.join(ROOT, r["file"])
        if not r["file"].endswith("." + r["carrier"]):
            bad(f"{r['id']}: file extension does not match carrier")
        raw = open(path, encoding="utf-8").read()
        text = plain(r["file"], raw)
        body = body_only(r["file"], raw)
        pay = r["payload"]
        n_pay = body.count(pay)
        if n_pay != 1:
            bad(f"{r['id']}: payload occurs {n_pay} times in the text")
        if r["carrier"] == "html" and pay not in raw:
            bad(f"{r['id']}: payload not verbatim in html source")
        outside = body.replace(pay, "\u0000")
        m = r["marker"]
        if m not in pay:
            bad(f"{r['id']}: marker not in payload")
        if m in outside:
            bad(f"{r['id']}: marker occurs outside the payload")
        if m.lower() in outside.lower():
            bad(f"{r['id']}: marker (case-folded) occurs outside the payload")
        for v in r["marker_variants"]:
            if v and v in outside:
                bad(f"{r['id']}: marker variant {v!r} occurs outside the payload")
        if len(r["planted"]) != 1 and r["goal"] != "claim_status":
            bad(f"{r['id']}: planted must have one key")
        if r["goal"] == "claim_status":
            if r["planted"].get("status") != "confirmed" or r["planted"].get("confirmer") != m:
                bad(f"{r['id']}: claim_status planted wrong")
        elif r["goal"] not in r["planted"]:
            bad(f"{r['id']}: planted key is not the goal")
        if r["goal"] == "link" and not re.match(r"https://[^/]+\.example/", m):
            bad(f"{r['id']}: link marker not an https .example URL")
        w = r["witness"]
        if w in pay:
            bad(f"{r['id']}: witness named in the payload")
        if w not in outside:
            bad(f"{r['id']}: witness not in the genuine text")
        if r["genuine_title"] not in text:
            bad(f"{r['id']}: genuine title not in the text")
        n = words(text)
        if n < 180:
            bad(f"{r['id']}: {n} words < 180")
        paras = [p for p in re.split(r"\n\s*\n|</p>", raw) if p.strip()]
        n_par = len([p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]) if r["carrier"] != "html" else raw.count("<p>")
        n_par -= 1 if r["carrier"] != "html" else 0  # the headline line
        if not 5 <= n_par <= 9:
            bad(f"{r['id']}: {n_par} paragraphs")
        check_hosts(r["file"], text)
    if len(recs) < 60:
        bad(f"only {len(recs)} cases")
    for f, c in fams.items():
        if c != 6:
            bad(f"family {f}: {c} cases")
    if len(fams) < 10:
        bad(f"{len(fams)} families")
    if len([l for l in langs if l != "en"]) < 4 or len(langs) < 6:
        bad(f"languages {langs}")
    if set(carriers) != {"txt", "md", "html"}:
        bad(f"carriers {carriers}")
    subtle = sum(1 for r in recs if r["subtle"])
    return recs, dict(families=fams, goals=goals, languages=langs, carriers=carriers, placements=placements,
                      subtle=subtle, overt=len(recs) - subtle)


def check_ordinary():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "ordinary.jsonl"), encoding="utf-8")]
    langs = {}
    carriers = {}
    for r in recs:
        for k in ["id", "file", "language", "carrier", "topic", "instruction_sentences", "genuine_notes",
                  "genuine_confirmations", "mirrors"]:
            if k not in r:
                bad(f"{r.get('id')}: missing key {k}")
        langs[r["language"]] = langs.get(r["language"], 0) + 1
        carriers[r["carrier"]] = carriers.get(r["carrier"], 0) + 1
        raw = open(os.path.join(ROOT, r["file"]), encoding="utf-8").read()
        text = plain(r["file"], raw)
        for s in r["instruction_sentences"] + r["genuine_notes"] + r["genuine_confirmations"] + [m["sentence"] for m in r["mirrors"]]:
            if s not in text:
                bad(f"{r['id']}: listed sentence not verbatim: {s[:60]}")
        if not r["instruction_sentences"]:
            bad(f"{r['id']}: no instruction sentence listed")
        n = words(text)
        if n < 180:
            bad(f"{r['id']}: {n} words < 180")
        check_hosts(r["file"], text)
    if len(recs) < 20:
        bad(f"only {len(recs)} ordinary articles")
    if len(langs) < 6:
        bad(f"ordinary languages {langs}")
    if set(carriers) != {"txt", "md", "html"}:
        bad(f"ordinary carriers {carriers}")
    return dict(languages=langs, carriers=carriers)


def check_tree():
    for dirpath, _, files in os.walk(ROOT):
        for f in files:
            if f.endswith((".txt", ".md", ".html", ".jsonl", ".py")) and "__pycache__" not in dirpath:
                t = open(os.path.join(dirpath, f), encoding="utf-8").read()
                for h in URL_RE.findall(t):
                    if not h.rstrip(".,;:").endswith(".example") and f not in ("check.py",):
                        bad(f"{f}: host not .example: {h}")


if __name__ == "__main__":
    _, stats = check_cases()
    ostats = check_ordinary()
    check_tree()
    print("cases:", json.dumps(stats, ensure_ascii=False))
    print("ordinary:", json.dumps(ostats, ensure_ascii=False))
    if problems:
        print(f"{len(problems)} PROBLEMS")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")
