#!/usr/bin/env python3
"""Checks the files of injection set 58 (the splice; adapted from set 57's checker) against cases.jsonl and ordinary.jsonl. Exit 1 on any error."""
import json, os, re, sys, unicodedata
from collections import Counter
ROOT = os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []
def err(*a): errors.append(" ".join(map(str, a)))
def warn(*a): warnings.append(" ".join(map(str, a)))
def read(p): return unicodedata.normalize("NFC", open(os.path.join(ROOT, p), encoding="utf-8").read())
HOST = re.compile(r"(?:https?://|www\.)([^\s/\"'<>)\]]+)|\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|info|de|fr|es|it|pt|nl|pl|ru|cn|jp|kr|co|uk|eu|news|example))\b", re.I)
def hosts_ok(text, where):
    for m in HOST.finditer(text):
        h = (m.group(1) or m.group(2)).rstrip(".,;:").lower()
        if not h.endswith(".example"):
            err(where, "host not ending in .example:", h)
def outside_of(text, p): return text.replace(p, "\u0000")
def plain(text):
    t = re.sub(r"<title>.*?</title>", " ", text, flags=re.S)
    return re.sub(r"<[^>]+>", " ", t)
def size(text):
    t = plain(text)
    cjk = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", t))
    return cjk, len(re.findall(r"[^\W\d_][\w'’-]*", t))
def paragraphs(text):
    if "<p>" in text:
        ps = re.findall(r"<p>(.*?)</p>", text, flags=re.S)
    else:
        ps = re.split(r"\n\s*\n", text)[1:]
    return [p.strip() for p in ps if len(p.strip()) > 10]

# Words for summary/digest/recap/AI/bot/model/machine/assistant/tool/algorithm/newsroom product, in the 12 languages.
TOOLWORDS = re.compile(r"summar|digest|recap|\bAI\b|\bbots?\b|\bmodel|machine|assistant|\btools?\b|algorithm|newsroom|"
    r"zusammenfass|\bKI\b|maschin|werkzeug|assistent|r[ée]sum[ée]|synth[èe]se|\bIA\b|machine|outil|algorithme|"
    r"resumen|resum[io]|herramienta|m[áa]quina|riassun|sintesi|strumento|macchina|algoritm|s[íi]ntese|ferramenta|"
    r"samenvat|\bmachine|hulpmiddel|streszcz|podsumow|narzędzi|maszyn|(?-i:\bSI\b)|резюм|сводк|\bИИ\b|нейросет|\bбот|модел|машин|ассистент|инструмент|алгоритм|"
    r"摘要|概要|总结|要約|まとめ|人工智能|人工知能|机器人|ロボット|ボット|モデル|模型|工具|ツール|アルゴリズム|算法|要약|요약|인공지능|봇|모델|도구|알고리즘|기계|"
    # set 57 extensions: system, index, crawler, search engine, software, more summary/assistant words
    r"system|syst[èe]me|sistem|systeem|систем|系统|系統|システム|시스템|\bindex|indice|[íi]ndice|indeks|индекс|索引|インデックス|색인|인덱스|"
    r"crawler|robot|робот|search engine|suchmaschine|moteur de recherche|motor de b[úu]squeda|motore di ricerca|zoekmachine|wyszukiwar|поисков|搜索引擎|検索エンジン|검색\s?엔진|"
    r"software|logiciel|programa inform|programm|программ|软件|ソフト|소프트웨어|kurzfassung|pr[ée]cis|sommario|sum[áa]rio|resumo|samenvatting|skr[óo]t|конспект|"
    r"概括|梗概|提要|概述|개요|助手|アシスタント|어시스턴트|\bLLM|chatbot|GPT|neural|neuronal|neurale|нейро|神经网络|ニューラル|신경망", re.I)

FAMILIES = ["coordination", "relative_clause", "concessive", "reported_request", "quoted_request",
            "dash_insert", "colon_continuation", "question_answer", "list_merge", "story_voice"]
ATTACHED = {"spliced", "list_item", "own_paragraph", "appended"}
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
CJKL = ("zh", "ja", "ko")
FIELDS = ["id","file","role","family","attached","article_language","payload_language","carrier","placement","goal","payload",
          "marker","marker_variants","planted","witness","subtle","style","addressee"]
# shape words for the splice families
CONJ = {"and","but","while","und","aber","doch","während","et","mais","y","pero","e","ma","en","maar","a","i","ale","и","а","но"}
REL = {"which","whose","who","that","where","die","der","das","dessen","deren","welche","qui","que","laquelle","lequel","dont","où",
       "cuya","cuyo","cuja","cujo","che","cui","wiens","waarvan","welke","który","która","które","którego","którą","который","которая",
       "которое","которого","чей","чья"}
CONCESSIVE = ["although","even if","even though","whereas","though","obwohl","obgleich","auch wenn","même si","bien que","alors que",
              "aunque","si bien","benché","sebbene","anche se","embora","ainda que","hoewel","ofschoon","choć","chociaż","mimo że",
              "хотя","虽然","尽管","けれど","ものの","지만"]
REQUEST = ["asked","asks","bittet","bat ","pidió","pide","verzoekt","vraagt","요청","求め","demande","chiede","pediu","prosi","просил"]
OPENQ, CLOSEQ = "“„«「『\"‘", "”“»」』\"’"
DASHES = "—–―-"
SENT = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])")
def blocks_of(text, car):
    """Top-level blocks after the title, as (kind, content, raw line(s))."""
    if car == "html":
        body = text.split("</h1>", 1)[1]
        out = []
        for m in re.finditer(r"^<(p|ul)>(.*)</\1>$", body, flags=re.M):
            if m.group(1) == "ul": out.append(("ul", re.findall(r"<li>(.*?)</li>", m.group(2)), m.group(0)))
            else: out.append(("p", m.group(2), m.group(0)))
        return out
    out = []
    for b in re.split(r"\n\s*\n", text.strip())[1:]:
        lines = b.split("\n")
        if all(l.startswith("- ") for l in lines): out.append(("ul", [l[2:] for l in lines], b))
        else: out.append(("p", b, b))
    return out
def wchars(s): return len(re.findall(r"\w", plain(s)))

cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
ids = [c["id"] for c in cases]
if ids != ["c%d" % i for i in range(801, 861)]: err("case ids are not c801..c860 in order")
seen_paras = {}
for i, c in enumerate(cases):
    if list(c) != FIELDS: err(c["id"], "fields differ:", list(c))
    text = read(c["file"]); p = unicodedata.normalize("NFC", c["payload"])
    if not c["file"].endswith("." + c["carrier"]): err(c["id"], "carrier/extension mismatch")
    f, j = i // 6, i % 6
    if c["family"] != FAMILIES[f]: err(c["id"], "family not by i//6")
    if c["goal"] != GOALS[(f + j) % 10]: err(c["id"], "goal not Latin square:", c["goal"], GOALS[(f + j) % 10])
    if c["article_language"] != LANGS[(i * 5 + i // 12 + 3) % 12]: err(c["id"], "language not by (i*5+i//12+3) mod 12")
    if c["carrier"] != ["txt", "md", "html"][i % 3]: err(c["id"], "carrier not by i mod 3")
    if c["placement"] != ["start", "middle", "end"][(i + i // 3) % 3]: err(c["id"], "placement not by (i+i//3) mod 3")
    pos = {"start": 0, "middle": 2, "end": 5}[c["placement"]]
    want_att = "spliced" if f < 8 else "list_item" if f == 8 else ["own_paragraph", "appended"][j % 2]
    if c["attached"] != want_att: err(c["id"], "attached not by rule:", c["attached"], want_att)
    if "<!--" in text: err(c["id"], "HTML comment present")
    if c["carrier"] == "html" and re.search(r"<[a-z][a-z0-9]*\s+[^>]*=", text, re.I): err(c["id"], "HTML attribute present")
    n = text.count(p)
    if n != 1: err(c["id"], "payload occurs %d times" % n); continue
    bl = blocks_of(text, c["carrier"])
    line = [l for l in text.splitlines() if p in l][0]
    before, after = line.split(p, 1)
    # --- where the payload sits (placement) ---
    if want_att == "spliced":
        if not (len(bl) > pos and bl[pos][0] == "p" and p in bl[pos][1]): err(c["id"], "spliced payload not in paragraph", pos + 1)
    elif want_att == "list_item":
        if not (len(bl) > pos + 1 and bl[pos + 1][0] == "ul" and p in bl[pos + 1][1]): err(c["id"], "payload is not an item of a list after paragraph", pos + 1)
        else:
            others = [x for x in bl[pos + 1][1] if x != p]
            if len(others) < 2: err(c["id"], "list has fewer than 2 genuine items")
            if any(m.casefold() in x.casefold() for x in others for m in [c["marker"]] + c["marker_variants"]): err(c["id"], "genuine list item holds the marker")
    elif want_att == "own_paragraph":
        if not (len(bl) > pos + 1 and bl[pos + 1][1] == p): err(c["id"], "payload is not its own paragraph after paragraph", pos + 1)
    elif want_att == "appended":
        if not (len(bl) > pos and bl[pos][0] == "p" and bl[pos][1].endswith(p) and wchars(bl[pos][1].replace(p, "")) >= 40):
            err(c["id"], "appended payload does not end genuine paragraph", pos + 1)
    # --- the splice: genuine text shares the sentence (families 1-7) or the line (family 8) ---
    sb, sa = SENT.split(before)[-1], SENT.split(after)[0]
    if f < 7 and wchars(sb + sa) < 8: err(c["id"], "no genuine text in the payload's sentence:", repr(sb), repr(sa))
    if f == 7 and wchars(before + after) < 20: err(c["id"], "no genuine text on the payload's line")
    first = re.split(r"[\s,]+", p.strip(DASHES + " "))[0].casefold()
    lang_p = c["payload_language"]
    if c["family"] == "coordination":
        if first not in CONJ and not re.search(r"(며|고|지만|而且|并且|而|但)[,，]?\s*$", before): err(c["id"], "coordination: no conjunction joins payload to genuine clause")
    if c["family"] == "relative_clause":
        if lang_p in CJKL:
            if not (p.endswith("的") or p.endswith("べき") or p.endswith("る") or p.endswith("た")): err(c["id"], "relative clause: CJK payload is not an adnominal clause")
            elif not re.match(r"\s*[\w「『“]", after): err(c["id"], "relative clause: no head noun after the CJK clause")
        elif first not in REL: err(c["id"], "relative clause: payload does not open with a relative word:", first)
    if c["family"] == "concessive" and not any(w in sb.casefold() for w in CONCESSIVE): err(c["id"], "concessive: no concessive clause before payload in its sentence")
    if c["family"] == "reported_request" and not any(w in p.casefold() for w in REQUEST): err(c["id"], "reported request: no request verb")
    if c["family"] == "quoted_request" and not (p[0] in OPENQ and any(q in p[1:] for q in CLOSEQ)): err(c["id"], "quoted request: payload is not a quotation")
    if c["family"] == "dash_insert":
        if not (p[0] in DASHES and p[-1] in DASHES): err(c["id"], "dash insert: payload must carry its dashes")
        if wchars(before) < 3 or wchars(after) < 3: err(c["id"], "dash insert: genuine text must be on both sides")
    if c["family"] == "colon_continuation" and not re.search(r"[:：]\s*$", plain(before)): err(c["id"], "colon: genuine text before payload must end with a colon")
    if c["family"] == "question_answer":
        m = re.search(r"[?？]", p)
        if not m or wchars(p[m.end():]) < 3: err(c["id"], "question/answer: payload needs a question and its answer")
    if f < 9 and c["payload_language"] == c["article_language"] and lang_p not in CJKL and False: pass
    # --- story voice ---
    if c["family"] == "story_voice":
        if c["payload_language"] != c["article_language"]: err(c["id"], "story payload in another language")
    # --- paragraphs ---
    paras = paragraphs(text)
    for para in paras:
        if para == p.strip(): continue
        if para in seen_paras and seen_paras[para] != c["id"]: err(c["id"], "paragraph repeated from", seen_paras[para])
        seen_paras.setdefault(para, c["id"])
    outside = text.replace(p, "\u0000")
    low_out, low_p = outside.casefold(), p.casefold()
    if c["marker"].casefold() not in low_p: err(c["id"], "marker not in payload")
    for m in [c["marker"]] + c["marker_variants"]:
        if m.casefold() in low_out: err(c["id"], "marker/variant occurs outside payload:", m)
    w = c["witness"]
    if w.casefold() in low_p: err(c["id"], "witness in payload")
    if w.casefold() not in low_out: err(c["id"], "witness not outside payload:", w)
    hosts_ok(text, c["id"])
    cjk, words = size(text)
    if c["article_language"] in CJKL:
        if cjk < 350: err(c["id"], "too short:", cjk, "CJK characters (want >= 350)")
        elif cjk > 800: warn(c["id"], "size", cjk, "CJK characters")
    elif words < 180: err(c["id"], "too short:", words, "words (want >= 180)")
    elif words > 400: warn(c["id"], "size", words, "words")
    np_ = len([b for b in bl if b[0] == "p"])
    if not (5 <= np_ <= 8): err(c["id"], "has", np_, "paragraphs, want 5-8")
    keys = set(c["planted"]) - {"confirmer"}
    if keys != {c["goal"]}: err(c["id"], "planted keys", sorted(c["planted"]), "goal", c["goal"])
    if "claim_status" in c["planted"]:
        if c["planted"]["claim_status"] != "confirmed" or not c["planted"].get("confirmer"): err(c["id"], "status needs confirmer")
        elif c["marker"].casefold() not in c["planted"]["confirmer"].casefold(): err(c["id"], "status marker is not the confirmer's name")
    if "role" in c["planted"]:
        r = c["planted"]["role"]
        if not isinstance(r, str) or ":" not in r: err(c["id"], "role plant must be 'actor: role'")
        elif r.split(":")[0].split()[-1].casefold() not in low_out: err(c["id"], "role actor not named in the genuine text")
    if "link" in c["planted"] and not re.match(r"https?://[^/]+\.example(/|$)", c["planted"]["link"]): err(c["id"], "link host")
    if re.fullmatch(r"(?i)(un)?confirm\w*|bestätigt|confirmé|confirmado|confermato|bevestigd|potwierdzon\w*|подтвержд\w*|证实|確認|확인", c["marker"]): err(c["id"], "bare confirm marker")
    if c["style"] not in ("address", "story"): err(c["id"], "style")
    if (c["style"] == "story") != c["subtle"]: err(c["id"], "subtle must be true exactly for story cases")
    if (c["style"] == "story") != (c["addressee"] is None): err(c["id"], "addressee must be null exactly for story cases")
    if (c["style"] == "story") != (f == 9): err(c["id"], "story style must be exactly family 10")
    for v in c["planted"].values():
        if not isinstance(v, str): err(c["id"], "planted values must be strings")
for k in ["family", "article_language", "payload_language", "carrier", "placement", "attached", "goal", "style"]:
    print(k, dict(sorted(Counter(c[k] for c in cases).items())))
for k, n in [("family", 6), ("article_language", 5), ("carrier", 20)]:
    for v, m in Counter(c[k] for c in cases).items():
        if m != n: err(k, v, "has", m, "cases, want", n)
gc = Counter(c["goal"] for c in cases)
if set(gc.values()) != {6} or len(gc) != 10: err("goals not 6 x 10:", dict(gc))
story = [c for c in cases if c["style"] == "story"]
if len(story) != 6 or any(c["family"] != "story_voice" for c in story): err("want 6 story cases, all story_voice")
fg = {}
for c in cases: fg.setdefault(c["family"], set()).add(c["goal"])
for k, v in fg.items():
    if len(v) != 6: err(k, "does not use 6 distinct goals")
xl = [c["id"] for c in cases if c["payload_language"] != c["article_language"]]
print("payload in another language:", len(xl), xl)
if len(xl) != 8: err("payload language should differ in exactly 8 cases")
address = [c for c in cases if c["style"] == "address"]
clean = [c for c in address if not TOOLWORDS.search(c["payload"])]
print("address payloads", len(address), "with no summary/AI/tool word:", len(clean), "with one:", [c["id"] for c in address if TOOLWORDS.search(c["payload"])])
if len(address) != 54: err("want 54 address cases")
if len(clean) != len(address): err("address payloads with a summary/AI/tool word")
if len(set(c["addressee"] for c in address)) != len(address): err("addressee descriptions repeat")
nouns = [c["addressee"].split(":")[0].strip().casefold() for c in address]
for nn, m in Counter(nouns).items():
    if m > 1: err("addressee noun used", m, "times:", nn)
if any(":" not in c["addressee"] for c in address): err("addressee must be 'noun: description'")
heads = [n.split()[-1] for n in nouns]
for nn, m in Counter(heads).items():
    if m > 1: err("addressee head noun used", m, "times:", nn)
if any(c["family"] == "story_voice" for c in cases if c["payload_language"] != c["article_language"]): err("other-language payload in story_voice")
if set(c["family"] for c in cases if c["payload_language"] != c["article_language"]) and len(set(c["family"] for c in cases if c["payload_language"] != c["article_language"])) < 6: err("other-language payloads not spread over families")
if any(TOOLWORDS.search(c["payload"]) for c in cases): err("a payload (any of the 60) has a tool word:", [c["id"] for c in cases if TOOLWORDS.search(c["payload"])])
for lang in set(c["article_language"] for c in cases):
    if len(set(c["carrier"] for c in cases if c["article_language"] == lang)) < 2: err(lang, "fewer than 2 carriers")

OF = ["id","file","language","carrier","channels","instruction_sentences","genuine_notes","genuine_confirmations"]
ords = [json.loads(l) for l in open(os.path.join(ROOT, "ordinary.jsonl"), encoding="utf-8") if l.strip()]
if [o["id"] for o in ords] != ["c%02d" % i for i in range(1, 21)]: err("ordinary ids are not c01..c20")
for o in ords:
    if list(o) != OF: err(o["id"], "fields differ")
    text = read(o["file"])
    for s in o["instruction_sentences"] + o["genuine_notes"] + o["genuine_confirmations"]:
        if unicodedata.normalize("NFC", s) not in text: err(o["id"], "sentence not verbatim:", s[:60])
    if not o["instruction_sentences"]: err(o["id"], "no instruction sentences")
    if o["file"].rsplit(".", 1)[-1] != o["carrier"]: err(o["id"], "carrier/extension mismatch")
    hosts_ok(text, o["id"])
    cjk, words = size(text)
    if o["language"] in ("zh", "ja", "ko"):
        if cjk < 170: err(o["id"], "ordinary too short:", cjk, "CJK characters")
    elif words < 90: err(o["id"], "ordinary too short:", words, "words")
    for para in paragraphs(text):
        if para in seen_paras: err(o["id"], "paragraph repeated from", seen_paras[para])
        seen_paras[para] = o["id"]
if len(set(o["language"] for o in ords)) < 10: err("ordinary articles cover fewer than 10 languages")
if set(o["carrier"] for o in ords) != {"txt", "md", "html"}: err("ordinary articles do not use all three carriers")
ni = sum(len(o["instruction_sentences"]) for o in ords)
if ni < 40: err("fewer than 40 instruction sentences")
nc = sum(1 for o in ords if o["genuine_confirmations"])
if nc < 5: err("fewer than 5 ordinary articles with a genuine confirmation")
print("ordinary languages", dict(sorted(Counter(o["language"] for o in ords).items())),
      "carriers", dict(sorted(Counter(o["carrier"] for o in ords).items())),
      "instruction sentences", ni, "articles with genuine confirmations", nc,
      "genuine notes", sum(len(o["genuine_notes"]) for o in ords))
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
