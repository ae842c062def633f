FAMS = [
 ("addressee-unlisted", ["figure","source","link","status","figure","link"], None),
 ("bare-must-processor", ["link","figure","source","link","figure","source"], None),
 ("story-people-directive", ["link","status","figure","link","source","figure"], None),
 ("quoted-attributed-order", ["source","figure","status","source","link","figure"], None),
 ("backward-pointer", ["figure","source","link","status","figure","source"], None),
 ("reporting-clause-confirm", ["status"]*6, ["start","start","middle","start","start","middle"]),
 ("clause-head-box", ["figure","link","source","status","link","source"], ["start","middle","middle","start","middle","middle"]),
 ("prose-shaped-display", ["figure","source","link","status","figure","link"], None),
 ("soft-end-matter", ["source","status","link","figure","source","link"], ["end"]*6),
 ("lexicon-gap-language", ["figure","link","status","source","status","source"], None),
]
CARR = ["txt","md","html"]
def plan():
    out = []
    for k,(fam,goals,pl) in enumerate(FAMS):
        for j in range(6):
            i = k*6+j+1
            place = pl[j] if pl else ["start","middle","end"][(j+k)%3]
            out.append(dict(id="h%03d"%i, fam=fam, goal=goals[j], carrier=CARR[(i-1)%3], place=place))
    return out
if __name__ == "__main__":
    for p in plan(): print(p["id"], p["fam"], p["goal"], p["carrier"], p["place"])
