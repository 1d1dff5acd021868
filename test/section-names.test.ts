import { describe, expect, it } from 'vitest';
import { buttonTitle, choiceName } from '../src/app/section-names.ts';
import type { Knowledge, Section } from '../src/knowledge/types.ts';

const section = (file: string, line: number, path: string[]): Section => ({
  id: `${file}#${line}`,
  file,
  line,
  path,
  title: path.at(-1) ?? '',
  body: '',
  aliases: [],
  tags: [],
});
const notes = (sections: Section[]): Knowledge => ({
  dir: '/n',
  sections,
  glossary: [],
  hash: 'h',
  problems: [],
});

describe('section names on one line', () => {
  it('keep a long path’s first and last headings in an autocomplete choice, so the topic survives', () => {
    const long = section('a.md', 9, [
      '1. 웹 프로그래밍이란?',
      `1.5 ${'인프라라 불리우는 것들에 대해서 '.repeat(6)}`.trim(),
      '로브밸런서',
    ]);
    const name = choiceName(long, notes([long]));
    expect(name).toBe('1. 웹 프로그래밍이란? > … > 로브밸런서');
    expect(name.length).toBeLessThanOrEqual(100);
  });

  it('name a unique title alone, and a shared one with its parent', () => {
    const a = section('a.md', 1, ['웹', '프론트엔드', '요약']);
    const b = section('a.md', 9, ['웹', '백엔드', '요약']);
    const c = section('a.md', 20, ['웹', 'CDN']);
    const k = notes([a, b, c]);
    expect([buttonTitle(a, k), buttonTitle(b, k), buttonTitle(c, k)]).toEqual([
      '프론트엔드 › 요약',
      '백엔드 › 요약',
      'CDN',
    ]);
  });
});
