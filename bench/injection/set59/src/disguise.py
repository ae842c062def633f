"""Small helpers that apply a character-level disguise to a word chosen by hand.
Markup in a payload: ⟦plain|spec⟧. spec is one or more steps joined by '+', or '=written' (written out by hand).
Steps: cyr[:letters] Latin->Cyrillic look-alikes | grk[:letters] Latin->Greek | lat[:letters] Cyrillic->Latin |
kx CJK->Kangxi radical / compatibility ideograph | ins:<pattern with |>:<hex,hex..> insert invisible characters at the
'|' positions (cycled) | zw / shy (sugar for ins at every 2nd / 3rd letter) | fw fullwidth | hk halfwidth katakana |
bold ital bital script bscript dbl sansb sansbi mono circ paren smcap (styled letters) | sp:<sep> letters joined by sep |
nfd decomposed | zal:<pos,pos>:<hex,hex> combining marks after the given letter positions (1-based)."""
import re, unicodedata as U

CYR = dict(zip("aeopcxyisjAEOPCXYIBHKMTS", "аеорсхуіѕјАЕОРСХҮІВНКМТЅ"))
GRK = dict(zip("aoviykuxtABEHIKMNOPTXYZ", "αονιγκυχτΑΒΕΗΙΚΜΝΟΡΤΧΥΖ"))
LAT = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX"))

def _swap(table, w, letters):
    return "".join(table[ch] if ch in table and (not letters or ch in letters) else ch for ch in w)

_KX = {}
for cp in list(range(0x2F00, 0x2FD6)) + list(range(0xF900, 0xFB00)):
    ch = chr(cp); n = U.normalize("NFKC", ch)
    if n != ch and len(n) == 1 and n not in _KX: _KX[n] = ch
def kx(w):
    out = "".join(_KX.get(ch, ch) for ch in w)
    assert out != w, ("no CJK look-alike for", w)
    return out

def ins(w, pattern, cps):
    assert pattern.replace("|", "") != "" and len(pattern.replace("|", "")) == len(w), (w, pattern)
    cps = [chr(int(c, 16)) for c in cps.split(",")]
    out, k, n = [], 0, 0
    for part in pattern.split("|")[:-1]:
        n += len(part); out.append(n)
    s, prev = "", 0
    for m, pos in enumerate(out):
        s += w[prev:pos] + cps[m % len(cps)]; prev = pos
    return s + w[prev:]

def every(w, n, cps):
    pat = "|".join(w[i:i + n] for i in range(0, len(w), n))
    return ins(w, pat, cps)

def fw(w): return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in w)

_HK = {}
for cp in range(0xFF61, 0xFFA0):
    _HK[U.normalize("NFKC", chr(cp))] = chr(cp)
_HK["\u3099"] = "\uff9e"; _HK["\u309a"] = "\uff9f"
def hk(w):
    return "".join(_HK.get(c, c) for c in U.normalize("NFD", w))

def _alpha(w, upper, lower, exc=None, digits=None):
    out = ""
    for c in w:
        if "A" <= c <= "Z": o = upper + ord(c) - 65
        elif "a" <= c <= "z": o = lower + ord(c) - 97
        elif digits is not None and "0" <= c <= "9": o = digits + ord(c) - 48
        else: out += c; continue
        out += (exc or {}).get(c, chr(o))
    return out
SCRIPT_EXC = {"B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ"}
ITAL_EXC = {"h": "ℎ"}
DBL_EXC = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}
SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))
STYLES = {
    "bold": lambda w: _alpha(w, 0x1D400, 0x1D41A, digits=0x1D7CE),
    "ital": lambda w: _alpha(w, 0x1D434, 0x1D44E, ITAL_EXC),
    "bital": lambda w: _alpha(w, 0x1D468, 0x1D482),
    "script": lambda w: _alpha(w, 0x1D49C, 0x1D4B6, SCRIPT_EXC),
    "bscript": lambda w: _alpha(w, 0x1D4D0, 0x1D4EA),
    "dbl": lambda w: _alpha(w, 0x1D538, 0x1D552, DBL_EXC, digits=0x1D7D8),
    "sansb": lambda w: _alpha(w, 0x1D5D4, 0x1D5EE, digits=0x1D7EC),
    "sansbi": lambda w: _alpha(w, 0x1D63C, 0x1D656),
    "mono": lambda w: _alpha(w, 0x1D670, 0x1D68A, digits=0x1D7F6),
    "circ": lambda w: _alpha(w, 0x24B6, 0x24D0),
    "paren": lambda w: _alpha(w, 0x249C, 0x249C),
    "smcap": lambda w: "".join(SMALLCAPS.get(c, c) for c in w),
}

def zal(w, positions, marks):
    pos = [int(p) for p in positions.split(",")]; mk = [chr(int(m, 16)) for m in marks.split(",")]
    out = ""
    for k, c in enumerate(w, 1):
        out += c
        if k in pos: out += mk[pos.index(k) % len(mk)]
    return out

def step(w, s):
    name, _, arg = s.partition(":")
    if name == "cyr": return _swap(CYR, w, arg)
    if name == "grk": return _swap(GRK, w, arg)
    if name == "lat": return _swap(LAT, w, arg)
    if name == "kx": return kx(w)
    if name == "ins":
        pat, cps = arg.rsplit(":", 1); return ins(w, pat, cps)
    if name == "zw": return every(w, int(arg or 2), "200b,200c,200d,2060,feff")
    if name == "shy": return every(w, int(arg or 3), "ad")
    if name == "fw": return fw(w)
    if name == "hk": return hk(w)
    if name in STYLES: return STYLES[name](w)
    if name == "sp": return (arg if arg else " ").join(w)
    if name == "nfd": return U.normalize("NFD", w)
    if name == "zal":
        p, m = arg.split(":"); return zal(w, p, m)
    raise ValueError(s)

MARK = re.compile(r"⟦([^|⟧]+)\|([^⟧]*)⟧", re.S)

def render(markup):
    """Returns (raw payload, plain payload, [[written, plain, spec], ...])."""
    words = []
    def one(m):
        plain, spec = m.group(1), m.group(2)
        if spec.startswith("="): w = spec[1:]
        else:
            w = plain
            for s in spec.split("+"): w = step(w, s)
        assert w != plain, ("disguise changed nothing", plain, spec)
        words.append([w, plain, spec if not spec.startswith("=") else "by hand"])
        return w
    raw = MARK.sub(one, markup)
    plain = MARK.sub(lambda m: m.group(1), markup)
    return raw, plain, words
