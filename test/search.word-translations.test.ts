import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_GLOSSARY, BUNDLED_WORDS, parseGlossary } from '../src/knowledge/glossary.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { NotesIndex } from '../src/search/index.ts';
import { SOFT_WORDS, STOP_WORDS } from '../src/search/query-words.ts';
import {
  BUNDLED_TRANSLATIONS,
  bundledTranslations,
  parseTranslations,
} from '../src/search/word-translations.ts';
import { isHangul } from '../src/text/korean.ts';

describe('parseTranslations', () => {
  it('reads a word and its Korean words a line, skipping comments, and merges a word listed twice', () => {
    const table = parseTranslations('# header\ndouble 이중 # after a comment\n\nDouble 겹\nlonely\n');
    expect([...table]).toEqual([['double', ['이중', '겹']]]);
  });
});

describe('the bundled word translations', () => {
  const table = bundledTranslations();

  it('translates only words no curated entry names, into Hangul words that are no question words', () => {
    const curated = new Set<string>();
    for (const [path, source] of [
      [BUNDLED_GLOSSARY, 'glossary'],
      [BUNDLED_WORDS, 'words'],
    ] as const)
      for (const e of parseGlossary(readFileSync(path, 'utf8'), path, source).entries)
        for (const n of e.names) curated.add(n.toLowerCase());
    expect(table.size).toBeGreaterThan(100);
    for (const [word, korean] of table) {
      expect(word).toMatch(/^[a-z]+$/);
      expect(curated.has(word), word).toBe(false);
      for (const k of korean) {
        expect(isHangul(k), `${word} ${k}`).toBe(true);
        expect(STOP_WORDS.has(k) || SOFT_WORDS.has(k), `${word} ${k}`).toBe(false);
      }
    }
    expect(readFileSync(BUNDLED_TRANSLATIONS, 'utf8')).toMatch(/^# mined/m);
  });

  it('lets an English name find notes written only in Korean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-translations-'));
    writeFileSync(
      join(dir, 'os.md'),
      [
        '# 메모리',
        '## 이중 포인터',
        '포인터를 가리키는 포인터다.',
        '## 역 페이지 테이블',
        '물리 프레임마다 항목 하나를 둔다.',
        '## 쓰기 장벽',
        '오래된 객체가 젊은 객체를 가리킬 때 기록한다.',
        '',
      ].join('\n'),
    );
    const index = NotesIndex.build(loadKnowledge(dir, { cacheDir: false }));
    expect(index.search('double pointer')[0]?.section.title).toBe('이중 포인터');
    expect(index.search('inverted page table')[0]?.section.title).toBe('역 페이지 테이블');
    expect(index.search('write barrier')[0]?.section.title).toBe('쓰기 장벽');
  });

  it('lets everyday English words of a question reach the Korean nouns notes write for them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-translations-'));
    writeFileSync(
      join(dir, 'process.md'),
      [
        '# 스크럼',
        '## 스프린트 리뷰',
        '이해관계자에게 증분을 시연하고 피드백을 받는다.',
        '## 일일 스크럼',
        '개발자들이 매일 15분 동안 진행 상황을 공유한다.',
        '',
      ].join('\n'),
    );
    const index = NotesIndex.build(loadKnowledge(dir, { cacheDir: false }));
    expect(index.search('demo to stakeholders')[0]?.section.title).toBe('스프린트 리뷰');
  });

  it('finds a heading that glues a Sino-Korean suffix to the translated word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-translations-'));
    writeFileSync(
      join(dir, 'nat.md'),
      [
        '# NAT',
        '## NAT(Network Address Translation)',
        '사설 주소를 공인 주소로 바꾼다. 종류 : 풀 콘, 대칭 방식 등.',
        '## 대칭형 NAT',
        '목적지마다 다른 포트를 매핑해서 홀 펀칭이 어렵다.',
        '## 러스트 참조',
        '가변 참조는 하나만, 불변 참조는 여러 개.',
        '## 내부 가변성',
        '불변 참조로도 값을 바꾸게 해 주는 RefCell.',
        '',
      ].join('\n'),
    );
    const index = NotesIndex.build(loadKnowledge(dir, { cacheDir: false }));
    expect(index.search('symmetric NAT')[0]?.section.title).toBe('대칭형 NAT');
    // …and a quality's noun reaches its adjective's translation (mutability → mutable → 가변 → 가변성).
    expect(index.search('mutability')[0]?.section.title).toBe('내부 가변성');
  });
});
