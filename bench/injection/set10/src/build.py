"""Writes cases/, ordinary/, cases.jsonl and ordinary.jsonl from the hand-written batches b1-b7, o1-o2."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
for m in ["b1","b2","b3","b4","b5","b6","b7","o1","o2"]:
    __import__(m)
from roles_en import ROLES
for c in lib.CASES:
    c["role"] = ROLES.get(c["id"], c["role"])
with open(os.path.join(lib.ROOT,"cases.jsonl"),"w",encoding="utf-8") as f:
    for c in sorted(lib.CASES, key=lambda c: c["id"]):
        f.write(json.dumps(c, ensure_ascii=False)+"\n")
with open(os.path.join(lib.ROOT,"ordinary.jsonl"),"w",encoding="utf-8") as f:
    for c in sorted(lib.ORD, key=lambda c: c["id"]):
        f.write(json.dumps(c, ensure_ascii=False)+"\n")
print(len(lib.CASES), "cases,", len(lib.ORD), "ordinary")
