import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { GlossaryIndex } from '../src/search/glossary-index.ts';
import { NotesIndex } from '../src/search/index.ts';
import { SHIPPED_NOTES } from './queries/evaluate.ts';
import { firstChapterDir } from './support/spawn.ts';

const knowledge = loadKnowledge(SHIPPED_NOTES);
const index = NotesIndex.build(knowledge);
const titles = (sections: { title: string }[]) => sections.map((s) => s.title);

describe('NotesIndex.search', () => {
  it('finds 로브밸런서 for "load balancer"', () => {
    expect(index.search('load balancer')[0]?.section.title).toBe('로브밸런서');
  });

  it('finds the section that mentions dlswmd for 인증', () => {
    expect(index.search('인증')[0]?.section.body).toContain('dlswmd');
  });

  it('returns [] for kubernetes, 쿠버네티스 and 서버리스 even though the glossary knows them', () => {
    expect(index.search('kubernetes')).toEqual([]);
    expect(index.search('쿠버네티스')).toEqual([]);
    expect(index.search('서버리스')).toEqual([]);
  });

  it('returns hits best first and respects the limit', () => {
    const hits = index.search('서버', 3);
    expect(hits.length).toBe(3);
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? 0);
  });

  it('returns [] for empty, stop-word-only and garbage queries', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('what is it?')).toEqual([]);
    expect(index.search('\u200b\u0000🙂')).toEqual([]);
  });
});

describe('NotesIndex.suggest', () => {
  it('completes a title prefix, a half-typed syllable and initial consonants', () => {
    expect(titles(index.suggest('캐시'))).toContain('캐시 서버');
    expect(titles(index.suggest('로드밸ㄹ'))).toContain('로브밸런서');
    expect(titles(index.suggest('ㅋㅅ'))).toContain('캐시 서버');
  });

  it('matches later words of a title and tolerates a typo', () => {
    expect(titles(index.suggest('서버'))).toContain('파일 서버');
    expect(titles(index.suggest('캐쉬'))).toContain('캐시 서버');
  });

  it('completes the English and other glossary names of a title, even through the title typo', () => {
    // `로브밸런서` is the notes' own typo of 로드밸런서, whose glossary entry names `load balancer`.
    expect(titles(index.suggest('load'))[0]).toBe('로브밸런서');
    expect(titles(index.suggest('load bal'))[0]).toBe('로브밸런서');
    expect(titles(index.suggest('부하 분'))).toContain('로브밸런서');
    expect(titles(index.suggest('cache'))).toContain('캐시 서버');
    expect(index.suggest('loadz')).toEqual([]);
  });

  it('returns the first sections for an empty prefix, within the limit', () => {
    expect(index.suggest('', 3)).toEqual(knowledge.sections.slice(0, 3));
    expect(index.suggest('서', 2).length).toBeLessThanOrEqual(2);
  });
});

describe('NotesIndex.related', () => {
  it('lists the parent, siblings and glossary-linked sections', () => {
    const cdn = knowledge.sections.find((s) => s.title.startsWith('CDN'));
    if (!cdn) throw new Error('CDN section missing');
    const related = titles(index.related(cdn, 10));
    expect(related[0]).toBe('1.5 인프라라 불리우는 것들에 대해서');
    expect(related).toContain('인프라란');
    expect(related).toContain('캐시 서버');
    expect(related).not.toContain(cdn.title);
  });
});

describe('NotesIndex.closestTopics', () => {
  it('offers loose neighbours when search finds nothing', () => {
    expect(index.search('쿠버네티스 서버')).toEqual([]);
    expect(index.closestTopics('쿠버네티스 서버').length).toBeGreaterThan(0);
  });
});

describe('NotesIndex.get', () => {
  it('returns the section by its file#line id', () => {
    const s = knowledge.sections[3];
    expect(s && index.get(s.id)).toBe(s);
    expect(index.get('nope#1')).toBeUndefined();
  });
});

describe('GlossaryIndex.for', () => {
  it('indexes a folder loaded again once: its mined pairs are new objects with the same names', () => {
    const [a, b] = [1, 2].map(() => loadKnowledge(firstChapterDir, { cacheDir: false }));
    expect(b?.glossary.at(-1)?.source).toBe('mined');
    expect(b?.glossary.at(-1)).not.toBe(a?.glossary.at(-1));
    expect(GlossaryIndex.for(b?.glossary ?? [])).toBe(GlossaryIndex.for(a?.glossary ?? []));
  });

  it('indexes it once also as a layer on the shared glossary an earlier folder indexed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-layer-'));
    writeFileSync(
      join(dir, 'a.md'),
      '# 큐\n\n- 데드 레터 큐(Dead Letter Queue)는 실패한 메시지를 모으는 큐\n',
    );
    const [a, b] = [1, 2].map(() => loadKnowledge(dir, { cacheDir: false }));
    // The curated entries alone indexed first (another server's notes, or an earlier test in this worker).
    const shared = GlossaryIndex.for((a?.glossary ?? []).filter((e) => e.source !== 'mined'));
    const [ia, ib] = [a, b].map((k) => GlossaryIndex.for(k?.glossary ?? []));
    expect(ia).not.toBe(shared);
    expect(ib).toBe(ia);
  });

  it("indexes a glossary file's entries once: folders mining different pairs are layers on them", () => {
    // A glossary of their own, so that no earlier test indexed its entries.
    const dirs = ['데드 레터 큐(Dead Letter Queue)', '메시지 브로커(Message Broker)'].map((pair) => {
      const dir = mkdtempSync(join(tmpdir(), 'ssaem-own-glossary-'));
      writeFileSync(join(dir, 'glossary.yaml'), '- [message queue, 메시지 큐]\n- [consumer, 컨슈머]\n');
      writeFileSync(join(dir, 'a.md'), `# 큐\n\n- ${pair}는 큐의 한 부분\n`);
      return dir;
    });
    const [a, b] = dirs.map((d) => loadKnowledge(d, { cacheDir: false }));
    expect(a?.glossary.at(-1)?.names).toEqual(['데드 레터 큐', 'Dead Letter Queue']);
    expect(b?.glossary.at(0)).toBe(a?.glossary.at(0));
    const [ia, ib] = [a, b].map((k) => GlossaryIndex.for(k?.glossary ?? []));
    const fileEntries = (a?.glossary ?? []).filter((e) => e.source !== 'mined').length;
    expect([ia?.from, ib?.from]).toEqual([fileEntries, fileEntries]);
    // Entries that are not the file's shared objects (a knowledge cache's, a copy) are indexed from scratch.
    expect(GlossaryIndex.for(structuredClone(a?.glossary ?? [])).from).toBe(0);
  });

  it("lists a layer's typo matches in the order an index of the same entries from scratch does", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-layer-order-'));
    writeFileSync(join(dir, 'a.md'), '# 레지스터\n\n- 모자라면 메모리로 내보냄(spill)\n');
    const k = loadKnowledge(dir, { cacheDir: false });
    const layer = GlossaryIndex.for(k.glossary);
    const own = GlossaryIndex.for(structuredClone(k.glossary));
    expect(layer.from).toBeGreaterThan(0);
    expect(own.from).toBe(0);
    // `spill` (mined) and `skill` (bundled words): the mined one, exact, comes first in the whole typo tree.
    const ids = own.fuzzyLookup('spill');
    expect(ids.map((id) => k.glossary[id]?.names[1])).toEqual(['spill', 'skills']);
    expect(layer.fuzzyLookup('spill')).toEqual(ids);
  });

  it('reads the word pairs of the same curated glossary once, for two folders mining different pairs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-pairs-'));
    writeFileSync(join(dir, 'a.md'), '# 캐시\n\n- 캐시 무효화(Cache Invalidation)는 오래된 값을 지우는 일\n');
    const [a, b] = [firstChapterDir, dir].map((d) => loadKnowledge(d, { cacheDir: false }));
    expect(b?.glossary.at(-1)).toEqual({ names: ['캐시 무효화', 'Cache Invalidation'], source: 'mined' });
    const [ga, gb] = [a, b].map((k) => GlossaryIndex.for(k?.glossary ?? []));
    expect(gb).not.toBe(ga);
    expect(ga?.wordTranslations('virtual')).toEqual(['가상']);
    // The same list, not an equal one read again.
    expect(gb?.wordTranslations('virtual')).toBe(ga?.wordTranslations('virtual'));
  });
});

describe('NotesIndex.load', () => {
  it('writes a cache keyed by the notes hash, restores it, and rebuilds when the notes change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-cache-'));
    const notes = join(dir, 'notes');
    const cache = join(dir, 'cache');
    mkdirSync(notes);
    writeFileSync(join(notes, 'a.md'), '# 캐시\n\n- 자주 쓰는 데이터를 저장\n');
    const built = NotesIndex.load(loadKnowledge(notes), cache);
    expect(readdirSync(cache).length).toBe(1);
    const restored = NotesIndex.load(loadKnowledge(notes), cache);
    expect(restored.search('캐쉬')[0]?.section.title).toBe(built.search('캐쉬')[0]?.section.title);
    writeFileSync(join(notes, 'a.md'), '# 세션\n\n- 서버에 저장되는 상태\n');
    const changed = NotesIndex.load(loadKnowledge(notes), cache);
    expect(changed.search('세션')[0]?.section.title).toBe('세션');
    expect(changed.search('캐시')).toEqual([]);
    expect(readdirSync(cache).length).toBe(2);
  });

  it('round-trips through toJSON/fromJSON', () => {
    const copy = NotesIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())), knowledge);
    expect(copy?.search('로드밸런서가 뭐야')[0]?.section.title).toBe('로브밸런서');
    expect(NotesIndex.fromJSON({ ...index.toJSON(), hash: 'other' }, knowledge)).toBeUndefined();
  });
});
