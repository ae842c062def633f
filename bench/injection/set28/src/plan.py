FAM=["setup_then_item","greeting_instruction_thanks","question_answer","numbered_steps","dialogue","footnote","see_below_pointer","item_then_purpose","split_nonadjacent","single_sentence"]
GOALS=["figure","figure_qualifier","figure_source","claim_source","claim_status","link","date","place","role","headline"]
LANGS="en de fr es it pt nl pl ru zh ja ko".split()
STORY={(2,5),(3,5),(4,5),(5,4),(5,5),(6,5),(7,5),(8,4),(8,5),(9,3),(9,4),(9,5)}
def plan():
    out=[];hb=0
    for i in range(60):
        f,j=divmod(i,6);g=GOALS[(f+j)%10]
        if g=="headline": g=["headline","brief"][hb%2];hb+=1
        out.append(dict(id="z%d"%(101+i),fam=FAM[f],goal=g,lang=LANGS[(5*i)%12],carrier=["txt","md","html"][(i+i//12)%3],story=(f,j) in STORY))
    return out
if __name__=="__main__":
    for p in plan(): print(p["id"],p["fam"],p["goal"],p["lang"],p["carrier"],"STORY" if p["story"] else "")
