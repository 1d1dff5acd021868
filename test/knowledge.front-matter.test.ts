import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../src/knowledge/front-matter.ts';
import { formatProblem, validateNotes } from '../src/knowledge/validate.ts';
import { tempDir } from './support/temp.ts';

const problemsOf = (text: string) => readFrontMatter('f.md', text).problems.map(formatProblem);

describe('front matter problems', () => {
  it('name one line, the one in the file, with no dangling colon or second position', () => {
    expect(problemsOf('---\ntitle: x\ntags: [unclosed\n---\n# A\n')).toEqual([
      'f.md:3: front matter: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('point an unknown key at its own line and say which keys there are', () => {
    expect(problemsOf('---\ntitle: x\nwrong: 1\n---\n# A\n')).toEqual([
      'f.md:3: front matter: unknown key "wrong" (known: title, aliases, tags)',
    ]);
    expect(problemsOf('---\ntitle: ok\ntags: 3\n---\n# A\n')).toEqual([
      'f.md:3: front matter: tags: Invalid input: expected array, received number',
    ]);
  });

  it('flag a front matter that is never closed, and accept an empty one', () => {
    expect(problemsOf('---\ntitle: x\ntags: [a]\n\n# A\n\ntext\n')).toEqual([
      'f.md:1: front matter: the --- on line 1 is never closed by a --- line',
    ]);
    const empty = readFrontMatter('f.md', '---\n---\n# A\n');
    expect(empty.problems).toEqual([]);
    expect(empty).toMatchObject({ content: '# A\n', lineOffset: 2 });
    expect(problemsOf('# A\n\n---\n\nB\n')).toEqual([]);
  });

  it('count as errors in validate-notes', () => {
    const { dir, cleanup } = tempDir();
    writeFileSync(path.join(dir, 'open.md'), '---\ntitle: x\n\n# A\n\ntext\n');
    const report = validateNotes(dir);
    cleanup();
    expect(report.problems.map(formatProblem)).toEqual([
      'open.md:1: front matter: the --- on line 1 is never closed by a --- line',
    ]);
    expect(report.errors).toBe(1);
  });
});
