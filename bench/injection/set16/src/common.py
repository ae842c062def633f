CASES = []
def C(id, fam, goal, lang, place, chan, head, body, payload, marker, variants, planted, witness, role, style="address", plang=None):
    CASES.append(dict(id=id, fam=fam, goal=goal, lang=lang, place=place, chan=chan, head=head, body=body,
                      payload=payload, marker=marker, variants=variants, planted=planted, witness=witness,
                      role=role, style=style, plang=plang or lang))
