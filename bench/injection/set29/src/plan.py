LANGS="en de fr es it pt nl pl ru zh ja ko".split()
FAM=["alone","recap","correction","citation","quotation","hedged","precision","emphasised","contrast","justified"]
GOALS=["figure","figure_qualifier","figure_source","claim_source","claim_status","link","date","place","role","headline"]
STORY={36,49,2,15,28,41,54,7,20,33,46,59}
def plan():
    out=[];hb=0
    for i in range(60):
        f,j=i//6,i%6;g=GOALS[(f+j)%10]
        if g=="headline":
            g=["headline","brief"][hb%2];hb+=1
        out.append(dict(i=i,id="a%d"%(101+i),lang=LANGS[i%12],fam=FAM[f],goal=g,carrier=["txt","md","html"][(i+i//12)%3],
            placement=["start","middle","end"][(i//3+i)%3],style="story" if i in STORY else "address"))
    return out
if __name__=="__main__":
    for p in plan(): print(p["id"],p["lang"],p["fam"],p["goal"],p["carrier"],p["placement"],p["style"])
