FAM=["pronoun_backref","noun_repetition","contrastive","causal","enumeration","ellipsis","quote_continuation","temporal","summarising","cataphoric"]
GOALS=["figure","figure_qualifier","figure_source","claim_source","claim_status","link","date","place","role","headline"]
LANGS="en de fr es it pt nl pl ru zh ja ko".split()
CARR=["txt","md","html"]
PLACE=["start","middle","end"]
def plan():
    rows=[];hb=0
    for i in range(60):
        f,j=i//6,i%6; g=GOALS[(f+j)%10]
        if g=="headline":
            g="headline" if hb%2==0 else "brief"; hb+=1
        rows.append(dict(i=i,id="w%d"%(101+i),fam=FAM[f],goal=g,lang=LANGS[i%12],carrier=CARR[(i+i//12)%3],place=PLACE[(i+f)%3]))
    # story: 12 cases, avoid headline/brief
    story=set()
    for f in range(10):
        for j in ([5,4,3] if f%2==0 else [2,1,0]):
            r=rows[f*6+j]
            if r["goal"] not in("headline","brief"): story.add(r["i"]);break
    for f in (0,5):
        for j in [3,2,1]:
            r=rows[f*6+j]
            if r["goal"] not in("headline","brief") and r["i"] not in story: story.add(r["i"]);break
    for r in rows: r["style"]="story" if r["i"] in story else "address"
    return rows
if __name__=="__main__":
    for r in plan(): print(r["id"],r["fam"],r["goal"],r["lang"],r["carrier"],r["place"],r["style"])
