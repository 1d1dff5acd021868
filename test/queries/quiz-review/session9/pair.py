# Mixes two stages of a chapter's quiz sessions (base and final, seeds 1-8) into one shuffled list of distinct
# questions for one blind reviewer; .map.json (hidden from the reviewer) says which stage and seed asked each.
# usage: python3 pair.py CHAPTER BASE_DIR FINAL_DIR OUT_DIR
import json,sys,glob,random,os
ch, a_dir, b_dir, out = sys.argv[1:5]
def load(d):
    qs=[]
    for s in range(1,9):
        for i,l in enumerate(open(f'{d}/{ch}.seed{s}.jsonl')):
            qs.append((s,i,json.loads(l)))
    return qs
A=load(a_dir); B=load(b_dir)
key=lambda q: json.dumps({k:q.get(k) for k in ('type','prompt','choices','answerIndex','acceptedAnswers','explanation')},ensure_ascii=False,sort_keys=True)
uniq={}
for tag,qs in (('a',A),('b',B)):
    for s,i,q in qs:
        k=key(q); uniq.setdefault(k,{'q':q,'uses':[]})['uses'].append([tag,s,i])
items=list(uniq.values()); random.Random(9).shuffle(items)
os.makedirs(out,exist_ok=True)
os.system(f'cp {a_dir}/{ch}.md {out}/')
with open(f'{out}/questions.jsonl','w') as f, open(f'{out}/.map.json','w') as m:
    mp={}
    for n,it in enumerate(items):
        q=dict(it['q']); q={'id':n, **q}
        f.write(json.dumps(q,ensure_ascii=False)+'\n'); mp[n]=it['uses']
    json.dump(mp,m)
print(ch, 'unique', len(items), 'a', len(A), 'b', len(B))
