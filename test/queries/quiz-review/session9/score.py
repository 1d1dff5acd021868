# Fault rate per stage (a = base, b = final) of a paired review, counting each question as often as the sessions
# asked it. usage: python3 score.py OUT_DIR
import json,sys,collections
out=sys.argv[1]
mp=json.load(open(f'{out}/.map.json'))
v={}
for l in open(f'{out}/judged.jsonl'):
    l=l.strip()
    if not l: continue
    j=json.loads(l); v[str(j['id'])]=j['verdict']
res={}
for tag in 'ab':
    tot=0; bad=0; cls=collections.Counter(); missing=0
    for n,uses in mp.items():
        k=sum(1 for u in uses if u[0]==tag)
        if not k: continue
        tot+=k
        if n not in v: missing+=k; continue
        vv=v[n]
        if vv!='keep' and vv!=['keep']:
            bad+=k
            for c in (vv if isinstance(vv,list) else [vv]): cls[c]+=k
    res[tag]=(bad,tot,missing,dict(cls))
print(json.dumps(res,ensure_ascii=False))
