"""Writes cases/LANG_NN.txt and .json from the data modules in this folder."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data_en_de, data_fr_es, data_ru_uk, data_ar_zh, data_ja_ko

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases")
os.makedirs(OUT, exist_ok=True)
n = 0
for mod in (data_en_de, data_fr_es, data_ru_uk, data_ar_zh, data_ja_ko):
    for cid, parts, where, wcore, when, tcore, traps, notes in mod.CASES:
        lang, nn = cid.split("_")
        text = "\n\n".join(parts) + "\n"
        with open(os.path.join(OUT, cid + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        meta = {"language": lang, "where": where, "where_core": wcore,
                "when": when, "when_core": tcore,
                "half": "A" if int(nn) <= 4 else "B",
                "traps": traps, "notes": notes}
        with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
print("wrote", n, "cases")
