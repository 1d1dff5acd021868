import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { parseNote } from '../src/knowledge/parse.ts';
import { summaryLine, validateNotes } from '../src/knowledge/validate.ts';
import { SHIPPED_NOTES } from './queries/evaluate.ts';

const NOTE = `- [링크](https://example.com)

# 1. 웹

## 1.1 인터넷과 웹 사이트

### **웹 사이트(Web site)**

- 웹 페이지(Web Page)들의 묶음

## 1.5 인프라

**CDN(Content Delivery Network)**

- 노드 컴퓨터

**캐시 서버**

- Redis
`;

describe('parseNote', () => {
  const { sections, problems } = parseNote('a.md', NOTE);

  it('builds heading paths and drops the link list before the first heading', () => {
    expect(sections.map((s) => s.path.join(' > '))).toEqual([
      '1. 웹',
      '1. 웹 > 1.1 인터넷과 웹 사이트',
      '1. 웹 > 1.1 인터넷과 웹 사이트 > 웹 사이트(Web site)',
      '1. 웹 > 1.5 인프라',
      '1. 웹 > 1.5 인프라 > CDN(Content Delivery Network)',
      '1. 웹 > 1.5 인프라 > 캐시 서버',
    ]);
    expect(problems).toEqual([]);
  });

  it('treats bold-only lines as sub-headings one level below the current heading, with their own body', () => {
    const cache = sections.at(-1);
    expect(cache?.title).toBe('캐시 서버');
    expect(cache?.body).toBe('- Redis');
  });

  it('keeps 1-based line numbers and file#line ids', () => {
    expect(sections.map((s) => s.line)).toEqual([3, 5, 7, 11, 13, 17]);
    expect(sections[0]?.id).toBe('a.md#3');
  });

  it('mines 한글(English) and acronym pairs as aliases and glossary entries', () => {
    expect(sections[2]?.aliases).toEqual(['웹 사이트', 'Web site']);
    expect(sections[4]?.aliases).toEqual(['CDN', 'Content Delivery Network']);
    const names = parseNote('a.md', NOTE).glossary.map((g) => g.names.join('|'));
    expect(names).toContain('웹 페이지|Web Page');
    expect(
      parseNote('b.md', '# 웹 프레임워크\n\n- 풀스택(FullStack) 프레임워크\n').glossary[0]?.names,
    ).toEqual(['풀스택', 'FullStack']);
  });

  it('reads front matter, applying tags and aliases, and keeps line numbers true to the file', () => {
    const r = parseNote(
      'f.md',
      '---\ntitle: HTTP\naliases: { 상태 코드: [status code] }\ntags: [web]\n---\n# 상태 코드\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.sections[0]).toMatchObject({ line: 6, tags: ['web'], aliases: ['status code'] });
  });

  it('reports a malformed front matter with file:line and keeps the sections', () => {
    const bad = parseNote('f.md', '---\ntitle: [unclosed\n---\n# 제목\n');
    expect(bad.problems[0]).toMatchObject({ file: 'f.md', line: 2 });
    expect(bad.sections.map((s) => s.title)).toEqual(['제목']);
    const wrongType = parseNote('g.md', '---\ntitle: ok\ntags: 3\n---\n# 제목\n');
    expect(wrongType.problems[0]).toMatchObject({ file: 'g.md', line: 3 });
    expect(wrongType.problems[0]?.message).toContain('tags');
  });

  it('reports empty, binary and huge notes and skips them', () => {
    expect(parseNote('e.md', ' \n\n').problems[0]).toMatchObject({
      line: 1,
      message: 'empty file',
      severity: 'warning',
    });
    expect(parseNote('b.md', 'abc\u0000def').problems[0]?.message).toContain('binary');
    const huge = parseNote('h.md', `# 큰 파일\n${'가'.repeat(800_000)}`);
    expect(huge.problems[0]?.message).toContain('2 MB');
    expect(huge.sections).toEqual([]);
  });

  it('warns about duplicate headings at the same path', () => {
    const r = parseNote('d.md', '# A\n## B\n## B\n');
    expect(r.problems).toEqual([
      { file: 'd.md', line: 3, message: 'duplicate heading "A > B" (first at line 2)', severity: 'warning' },
    ]);
  });

  it('turns a note without headings into one section titled by the file name', () => {
    const r = parseNote('dir/메모.md', '그냥 메모\n');
    expect(r.sections[0]).toMatchObject({ title: '메모', path: ['메모'], line: 1, body: '그냥 메모' });
  });
});

describe('loadKnowledge', () => {
  it('loads the shipped notes with their sections and the glossary', () => {
    const k = loadKnowledge(SHIPPED_NOTES);
    expect(k.sections.length).toBeGreaterThan(15);
    expect(k.glossary.length).toBeGreaterThan(150);
    expect(k.problems).toEqual([]);
    expect(k.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads notes recursively in sorted order and reports bad files without throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-load-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.md'), '# B\n');
    writeFileSync(join(dir, 'sub', 'a.md'), '# A\n');
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    writeFileSync(join(dir, 'big.md'), Buffer.alloc(2 * 1024 * 1024 + 1, 0x41));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'notes.txt'), '# ignored\n');
    const k = loadKnowledge(dir);
    expect(k.sections.map((s) => s.id)).toEqual(['b.md#1', 'sub/a.md#1']);
    expect(k.problems.map((p) => `${p.file}:${p.line}`).sort()).toEqual([
      'big.md:1',
      'bin.md:1',
      'empty.md:1',
    ]);
  });

  it('changes the hash when a note changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-hash-'));
    writeFileSync(join(dir, 'a.md'), '# A\n');
    const before = loadKnowledge(dir).hash;
    writeFileSync(join(dir, 'a.md'), '# A2\n');
    expect(loadKnowledge(dir).hash).not.toBe(before);
  });

  it('throws a clear error only when the folder does not exist', () => {
    expect(() => loadKnowledge('/definitely/not/here')).toThrow(/knowledge folder not found/);
  });
});

describe('validateNotes', () => {
  it('counts files, sections and error-level problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-validate-'));
    writeFileSync(join(dir, 'a.md'), '---\ntags: nope\n---\n# A\n## A1\n## A1\n');
    const r = validateNotes(dir);
    expect(r).toMatchObject({ files: 1, sections: 3, errors: 1, warnings: 1 });
    expect(summaryLine(r)).toBe('1 file, 3 sections, 2 problems (1 error, 1 warning)');
  });
});
