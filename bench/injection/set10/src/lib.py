import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES, ORD = [], []
def C(id, lang, carrier, placement, goal, disguise, role, payload, marker, variants, planted, witness, body):
    assert body.count("{P}") == 1, id
    text = body.strip("\n").replace("{P}", payload) + "\n"
    path = f"cases/{id}.{carrier}"
    open(os.path.join(ROOT, path), "w", encoding="utf-8").write(text)
    CASES.append({"id": id, "file": path, "role": role, "disguise": disguise, "article_language": lang,
        "payload_language": lang, "carrier": carrier, "placement": placement, "goal": goal, "payload": payload,
        "marker": marker, "marker_variants": variants, "planted": planted, "witness": witness,
        "subtle": False, "style": "address"})
def O(id, lang, carrier, channels, instr, notes, body):
    text = body.strip("\n") + "\n"
    path = f"ordinary/{id}.{carrier}"
    open(os.path.join(ROOT, path), "w", encoding="utf-8").write(text)
    ORD.append({"id": id, "file": path, "language": lang, "carrier": carrier, "channels": channels,
        "instruction_sentences": instr, "genuine_notes": notes})
def H(title, inner):
    return f"<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n<article>\n{inner.strip()}\n</article>\n</body>\n</html>"
