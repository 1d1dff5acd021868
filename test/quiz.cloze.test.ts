import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { matchesAnswer } from '../src/quiz/match.ts';
import { questionToJSON } from '../src/quiz/question.ts';
import { squash } from '../src/quiz/text.ts';
import { faultsOf } from './support/quiz-faults.ts';
import { tempDir } from './support/temp.ts';

/*
 * Cloze questions (issue 10): a key term of the notes blanked inside one of their lines, to type. Over chapters
 * tuned on and chapters never tuned on, each alone in its folder.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

function notes(name: string, text: string) {
  const dir = join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.md`), text);
  return loadKnowledge(dir, { cacheDir: false });
}

const CHAPTERS = [
  'chapters/git.md',
  'chapters/networking.md',
  'chapters/linux-shell.md',
  'held-out/os-basics.md',
  'held-out/http-rest.md',
  'quiz-review/session3-b/css-layout.md',
  'quiz-review/session3-b/nodejs-express.md',
].map((f) => new URL(`./queries/${f}`, import.meta.url));

describe.each(CHAPTERS.map((file) => ({ name: basename(file.pathname, '.md'), file })))(
  'cloze questions from the $name chapter',
  ({ name, file }) => {
    const dir = join(tmp.dir, `ch-${name}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(file, join(dir, `${name}.md`));
    const k = loadKnowledge(dir, { cacheDir: false });
    const clozes = generateQuestions(k, { count: 200, seed: 3, repeat: true }).filter(
      (q) => q.type === 'cloze',
    );

    it('blank one key term of a line once, and nothing else names it', () => {
      expect(clozes.length).toBeGreaterThan(0);
      for (const q of clozes) {
        const clue = q.prompt.split('\n')[1] ?? '';
        expect(clue.split('＿＿＿')).toHaveLength(2);
        const answer = q.acceptedAnswers?.[0] ?? '';
        for (const n of q.acceptedAnswers ?? []) expect(squash(clue)).not.toContain(squash(n));
        // The key is written in the notes' line the reveal shows.
        expect(squash(q.explanation)).toContain(squash(answer));
        expect(faultsOf(questionToJSON(q))).toEqual([]);
      }
    });
  },
);

describe('a cloze', () => {
  const k = notes(
    'box',
    '# CSS\n\n## 박스 모델\n\n- 콘텐츠(content) : 텍스트나 이미지가 실제로 들어가는 영역\n' +
      '- 패딩(padding) : 콘텐츠와 테두리 사이의 안쪽 여백\n- 테두리(border) : 패딩을 감싸는 선\n' +
      '- 마진(margin) : 테두리 바깥의 여백, 다른 요소와의 간격\n- 마진 상쇄 : 세로 방향 마진이 겹쳐서 큰 값 하나만 적용되는 것\n' +
      '- **절대** 겹치지 않는 방향은 가로, 값은 `border-box` 로 맞춤\n',
  );
  const clozes = generateQuestions(k, { count: 60, seed: 1, repeat: true }).filter((q) => q.type === 'cloze');

  it('blanks a term the notes define inside another term’s line, and accepts its other names', () => {
    const border = clozes.find((q) => q.prompt.includes('마진: ＿＿＿ 바깥의 여백'));
    expect(border?.acceptedAnswers).toEqual(expect.arrayContaining(['테두리', 'border']));
    expect(matchesAnswer('border', border?.acceptedAnswers ?? [])).toBe(true);
    expect(border?.prompt).toContain('(힌트: 초성 ㅌㄷㄹ, 3글자)');
  });

  it('never blanks a generic word, a word in bold for stress, a part of a longer term or a term its line names again', () => {
    const answers = clozes.map((q) => q.acceptedAnswers?.[0]);
    expect(answers).not.toContain('값');
    expect(answers).not.toContain('절대');
    expect(answers).not.toContain('border');
    // `마진 상쇄: 세로 방향 마진이 …` would leave 상쇄 beside the blank.
    expect(clozes.some((q) => q.prompt.includes('＿＿＿ 상쇄') || q.prompt.startsWith('마진 상쇄'))).toBe(
      false,
    );
    expect(clozes.filter((q) => q.prompt.includes('> 마진 상쇄:'))).toEqual([]);
  });
});
