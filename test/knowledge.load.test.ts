import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { tempDir } from './support/temp.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function folder() {
  const t = tempDir('ssaem-load-');
  cleanups.push(t.cleanup);
  const notes = path.join(t.dir, 'notes');
  mkdirSync(notes);
  writeFileSync(path.join(notes, 'a.md'), '# 캐시\n\n- 자주 쓰는 데이터를 가까이 둔다\n');
  return { root: t.dir, notes };
}

const names = (dir: string) => loadKnowledge(dir, { cacheDir: false }).glossary.flatMap((e) => e.names);

describe('loadKnowledge and links', () => {
  it('does not follow a glossary.yaml link that leads outside the notes folder', () => {
    const { root, notes } = folder();
    const secret = path.join(root, 'secret.yaml');
    writeFileSync(secret, '- [비밀번호목록, password-list-from-outside]\n');
    symlinkSync(secret, path.join(notes, 'glossary.yaml'));
    const k = loadKnowledge(notes, { cacheDir: false });
    expect(k.glossary.flatMap((e) => e.names)).not.toContain('password-list-from-outside');
    expect(k.problems).toContainEqual(
      expect.objectContaining({
        file: 'glossary.yaml',
        line: 1,
        message: expect.stringContaining('links outside the notes folder'),
      }),
    );
  });

  it('follows a glossary link within the folder, and never lists a .md link as a note', () => {
    const { root, notes } = folder();
    mkdirSync(path.join(notes, 'terms'));
    writeFileSync(path.join(notes, 'terms', 'mine.yaml'), '- [캐시, cache-from-inside]\n');
    symlinkSync(path.join(notes, 'terms', 'mine.yaml'), path.join(notes, 'glossary.yaml'));
    expect(names(notes)).toContain('cache-from-inside');
    writeFileSync(path.join(root, 'outside.md'), '# 바깥\n\n- 밖에 있는 노트\n');
    symlinkSync(path.join(root, 'outside.md'), path.join(notes, 'link.md'));
    expect(loadKnowledge(notes, { cacheDir: false }).sections.map((s) => s.file)).toEqual(['a.md']);
  });
});

describe('loadKnowledge and everyday words', () => {
  const bySource = (dir: string, source: string) =>
    loadKnowledge(dir, { cacheDir: false })
      .glossary.filter((e) => e.source === source)
      .flatMap((e) => e.names);

  it('reads the bundled words.yaml as words, apart from the glossary', () => {
    const { notes } = folder();
    expect(bySource(notes, 'words')).toContain('숨기다');
    expect(bySource(notes, 'glossary')).not.toContain('숨기다');
    expect(bySource(notes, 'glossary')).toContain('로드밸런서');
  });

  it("reads a folder's own words.yaml instead, and names its broken line", () => {
    const { notes } = folder();
    writeFileSync(path.join(notes, 'words.yaml'), '- [ponder, 곰곰이 생각하다]\n');
    expect(bySource(notes, 'words')).toEqual(['ponder', '곰곰이 생각하다']);
    writeFileSync(path.join(notes, 'words.yaml'), '- [ponder, 곰곰이\n');
    const k = loadKnowledge(notes, { cacheDir: false });
    expect(k.problems).toContainEqual(
      expect.objectContaining({ file: 'words.yaml', message: expect.stringMatching(/^words: /) }),
    );
  });
});

describe('loadKnowledge on a note with a pathological word', () => {
  // One 300,000-letter word made the pair-mining regex backtrack quadratically (minutes per note, the
  // test's timeout before the fix); its pairs next to it are still mined.
  it.each([
    ['Hangul', '가'],
    ['Latin', 'a'],
  ])('loads a note holding one 300,000-letter %s word, and still mines the pairs beside it', (_, letter) => {
    const { notes } = folder();
    writeFileSync(
      path.join(notes, 'b.md'),
      `# 긴 줄\n\n${letter.repeat(300_000)}\n\n- 퀴즈 채점기(Quiz Grader) 는 점수를 매김\n`,
    );
    const k = loadKnowledge(notes, { cacheDir: false });
    expect(k.sections.map((s) => s.title)).toContain('긴 줄');
    const pair = k.glossary.find((e) => e.names.some((n) => n.toLowerCase() === 'quiz grader'));
    expect(pair?.names).toContain('퀴즈 채점기');
  });
});
