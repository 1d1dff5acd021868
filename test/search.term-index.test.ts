import MiniSearch, { type Query } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { TERM_FIELDS, TermIndex, TermIndexBuilder } from '../src/search/term-index.ts';
import { TitleIndex, type TitleQuery } from '../src/search/title-index.ts';

// The exact-term index replaced MiniSearch for speed; the labelled queries were tuned on MiniSearch's scores,
// so it must give the same ones.
const DOCS: Array<Record<(typeof TERM_FIELDS)[number], string[]>> = [
  { title: ['캐시', '서버', '캐시서버'], path: ['인프라'], body: ['데이터', '저장', 'cache', 'server'] },
  { title: ['로드밸런서', 'load', 'balancer'], path: ['인프라'], body: ['서버', '분산', 'load'] },
  { title: ['서버'], path: [], body: ['cache', '요청', '응답', 'server', 'server'] },
  { title: ['웹', '서버', '웹', '서버'], path: ['인프라', '서버'], body: [] },
  { title: ['데이터베이스'], path: ['저장소'], body: ['데이터', '저장', 'sql', 'server'] },
];
const BOOSTS = [4, 0.5, 1];
const QUERIES: string[][][] = [
  [['서버']],
  [['cache'], ['캐시']],
  [['load', 'balancer'], ['로드밸런서']],
  [['데이터', '저장'], ['sql']],
  [['server', 'cache'], ['서버']],
  [['없는말']],
];

function miniSearch(): MiniSearch {
  const ms = new MiniSearch({
    idField: 'i',
    fields: [...TERM_FIELDS],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
  ms.addAll(
    DOCS.map((d, i) => ({ i, title: d.title.join(' '), path: d.path.join(' '), body: d.body.join(' ') })),
  );
  return ms;
}

function build(): TermIndex {
  const b = new TermIndexBuilder();
  for (const d of DOCS) b.add(d);
  return b.build();
}

function expected(ms: MiniSearch, alts: string[][]): Map<number, number> {
  const queries: Query[] = alts.map((alt) =>
    alt.length === 1 ? { queries: alt } : { combineWith: 'AND', queries: alt.map((t) => ({ queries: [t] })) },
  );
  const out = new Map<number, number>();
  for (const r of ms.search({ combineWith: 'OR', queries }, { boost: { title: 4, path: 0.5, body: 1 } }))
    out.set(r.id as number, r.score);
  return out;
}

describe('TermIndex', () => {
  const ms = miniSearch();
  const index = build();

  it.each(QUERIES.map((q) => [JSON.stringify(q), q] as const))(
    'scores %s exactly like MiniSearch',
    (_, alts) => {
      const got = index.search(alts, BOOSTS);
      const want = expected(ms, alts);
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [doc, score] of want) expect(got.get(doc)).toBe(score);
    },
  );

  it('round-trips through JSON, term frequencies included', () => {
    const copy = TermIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    for (const alts of QUERIES) expect(copy.search(alts, BOOSTS)).toEqual(index.search(alts, BOOSTS));
    expect(copy.has('캐시서버')).toBe(true);
    expect(copy.has('인프라')).toBe(false);
  });
});

describe('TitleIndex', () => {
  const TITLES = [
    { tj: ['ㅋㅐㅅㅣ', 'ㅅㅓㅂㅓ'], cho: ['ㅋㅅ', 'ㅅㅂ', 'ㅋㅅㅅㅂ'] },
    { tj: ['ㄹㅗㄷㅡㅂㅐㄹㄹㅓㄴㅅㅓ'], cho: ['ㄹㄷㅂㄹㅅ'] },
    { tj: ['ㅋㅐㅅㅟ'], cho: ['ㅋㅅ'] },
    { tj: ['ㅅㅓㅂㅓ', 'ㅅㅓㅂㅓ'], cho: [] },
  ];
  const boost = { tj: 2, cho: 3 };
  const builder = TitleIndex.builder();
  for (const t of TITLES) builder.add(t);
  const index = new TitleIndex(builder.build());
  const ms = new MiniSearch({
    idField: 'i',
    fields: ['tj', 'cho'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
  ms.addAll(TITLES.map((t, i) => ({ i, tj: t.tj.join(' '), cho: t.cho.join(' ') })));
  const cases: TitleQuery[][] = [
    [{ field: 'tj', term: 'ㅋㅐㅅㅣ', fuzzy: 1 }],
    [{ field: 'tj', term: 'ㄹㅗㅂㅡㅂㅐㄹㄹㅓㄴㅅㅓ', fuzzy: 2 }],
    [{ field: 'cho', term: 'ㅋㅅ', prefix: true }],
    [
      { field: 'tj', term: 'ㅋㅐㅅㅟ', fuzzy: 1 },
      { field: 'cho', term: 'ㅋㅅ', prefix: true },
    ],
  ];

  it.each(cases.map((q) => [JSON.stringify(q), q] as const))('scores %s like MiniSearch', (_, queries) => {
    const want = new Map<number, number>();
    const q: Query = {
      combineWith: 'OR',
      queries: queries.map((t) => ({
        queries: [t.term],
        fields: [t.field],
        fuzzy: t.fuzzy,
        prefix: t.prefix,
      })),
    };
    for (const r of ms.search(q, { boost })) want.set(r.id as number, r.score);
    const got = index.search(queries, boost);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [doc, score] of want) expect(got.get(doc)).toBeCloseTo(score, 12);
  });
});
