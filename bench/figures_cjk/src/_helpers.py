"""Tiny constructors so the hand-written lists stay readable.

F(...) makes a figure number, T(...) a trap number, S(...) a sentence dict.
"""


def F(surface, kind, counts, alt=()):
    return {"surface": surface, "figure": True, "kind": kind,
            "counts": counts, "counts_alt": list(alt)}


def T(surface, kind):
    return {"surface": surface, "figure": False, "kind": kind}


def maker(lang):
    def S(text, *numbers):
        return {"lang": lang, "text": text, "numbers": list(numbers)}
    return S
