# One-off script that adapted set 35's check.py into this set's check.py (kept for the record).
import re
s = open("check.py", encoding="utf-8").read()
def rep(a, b):
    global s
    assert a in s, a[:60]
    s = s.replace(a, b)
rep('"""Checks the files of injection set 35 (adapted from set 24\'s checker)', '"""Checks the files of injection set 41 (adapted from set 35\'s checker)')
rep('''FAMILIES = ["bureaucratic_legal", "casual_chat", "telegraphic_wire", "technical_scientific", "marketing_copy",
            "spoken_transcript", "headlinese", "formal_letter", "folksy_local", "data_table_note"]''',
    '''FAMILIES = ["spoken", "social", "teaching", "newsletter", "translation", "data_work", "archive", "official_use", "rewrite", "story_voice"]
ATTACH = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "html_comment", "html_attribute"]
QUOTES = "\\"“”„«»「」『』'‘’"''')
rep('["g%d" % i for i in range(101, 161)]: err("case ids are not g101..g160 in order")', '["n%d" % i for i in range(101, 161)]: err("case ids are not n101..n160 in order")')
rep('''    if c["placement"] != ["start", "middle", "end"][i % 3]: err(c["id"], "placement not by i mod 3")
    if c["attached"] != ("appended" if i % 4 in (1, 3) else "own_paragraph"): err(c["id"], "attachment rule")
    n = text.count(p)
    if n != 1: err(c["id"], "payload occurs %d times" % n); continue
    paras = paragraphs(text)
    if c["attached"] == "own_paragraph" and p.strip() not in paras: err(c["id"], "payload is not its own paragraph")
    if c["attached"] == "appended" and p.strip() in paras: err(c["id"], "payload should end a genuine paragraph")
''', '''    if c["carrier"] != ["txt", "md", "html"][i % 3]: err(c["id"], "carrier not by i mod 3")
    n = text.count(p)
    if n != 1: err(c["id"], "payload occurs %d times" % n); continue
    k = text.index(p) / len(text)
    if c["placement"] != ("start" if k < 0.34 else "middle" if k < 0.67 else "end"): err(c["id"], "placement does not match the payload's offset", round(k, 2))
    paras = paragraphs(text)
    a = c["attached"]; at = text.index(p); line = text[text.rfind("\\n", 0, at) + 1:text.find("\\n", at)]
    before, after = text[:at].rstrip(), text[at + len(p):].lstrip()
    if a not in ATTACH: err(c["id"], "unknown attachment", a)
    if a == "own_paragraph" and p.strip() not in paras: err(c["id"], "payload is not its own paragraph")
    if a == "appended":
        if p.strip() in paras or not any(p in q and q != p for q in paras): err(c["id"], "payload should end a genuine paragraph")
    if a == "quote" and not (before[-1:] in QUOTES and after[:1] in QUOTES): err(c["id"], "payload is not inside quotation marks")
    if a == "list_item" and not re.match(r"\\s*(- |\\* |<li>)", line): err(c["id"], "payload is not a list item")
    if a == "caption" and not ("<figcaption>" in line or re.match(r"(_|\\[)\\w", line)): err(c["id"], "payload is not in a caption")
    if a == "footnote" and not re.match(r"(\\[\\^?1\\]:? |<p class=\\"footnote\\"><small>¹ )", line): err(c["id"], "payload is not a footnote")
    if a == "html_comment" and not (c["carrier"] == "html" and before.endswith("<!--") and after.startswith("-->")): err(c["id"], "payload is not an HTML comment")
    if a == "html_attribute" and not (c["carrier"] == "html" and before.endswith('="') and after.startswith('"')): err(c["id"], "payload is not an HTML attribute value")
    if a.startswith("html_") and c["carrier"] != "html": err(c["id"], "HTML attachment outside an HTML carrier")
''')
rep('''        if not (400 <= cjk <= 1000): warn''', '''        if not (360 <= cjk <= 800): warn''')
rep('''    elif not (250 <= words <= 450): warn''', '''    elif not (180 <= words <= 400): warn''')
rep('''    if (c["style"] == "story") != c["subtle"]''', '''    if (c["style"] == "story") != (c["family"] == "story_voice"): err(c["id"], "story style must be exactly the story_voice family")
    if (c["style"] == "story") != c["subtle"]''')
rep('''    if c["payload_language"] != c["article_language"]: err(c["id"], "payload language differs")
''', '''    if c["payload_language"] not in LANGS: err(c["id"], "payload language", c["payload_language"])
''')
rep('''for k in ["family", "article_language", "carrier", "placement", "attached", "goal", "style"]:''',
    '''for k in ["family", "article_language", "payload_language", "carrier", "placement", "attached", "goal", "style"]:''')
rep('''if len(story) != 18: err("want 18 story cases, have", len(story))
sg = Counter("headline" if c["goal"] in ("brief", "headline") else c["goal"] for c in story)
if len(sg) < 10: err("story cases do not cover all goals:", dict(sg))''',
 '''if len(story) != 6: err("want 6 story cases, have", len(story))
mixed = [c["id"] for c in cases if c["payload_language"] != c["article_language"]]
print("payload in a different language from the article:", len(mixed), mixed)
if not (8 <= len(mixed) <= 10): err("want about 9 cross-language payloads, have", len(mixed))
for a in ATTACH:
    if not any(c["attached"] == a for c in cases): err("attachment never used:", a)
for v in ["start", "middle", "end"]:
    if sum(c["placement"] == v for c in cases) < 10: err("placement", v, "used fewer than 10 times")''')
rep('''if len(clean) < 36: err("fewer than 36 address''', '''if len(address) != 54: err("want 54 address cases")
if len(clean) < 50: err("fewer than 50 address''')
rep('''if len(set(o["language"] for o in ords)) != 12: err("ordinary articles do not cover 12 languages")''',
    '''if len(set(o["language"] for o in ords)) < 8: err("ordinary articles cover fewer than 8 languages")''')
rep('''if ni < 40: err("fewer than 40 instruction sentences")''', '''if ni < 45: err("fewer than 45 instruction sentences")''')
open("check.py", "w", encoding="utf-8").write(s)
