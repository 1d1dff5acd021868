import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LiveNotes } from '../src/app/live-notes.ts';
import type { Response } from '../src/app/protocol.ts';
import { feedbackMessage } from '../src/app/quiz/render.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { parseNote } from '../src/knowledge/parse.ts';
import { validateNotes } from '../src/knowledge/validate.ts';
import { silentLogger } from '../src/log.ts';
import { validateQuizBlocks } from '../src/quiz/blocks.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { testApp } from './support/app.ts';
import { command } from './support/requests.ts';
import { tempDir } from './support/temp.ts';

/*
 * Hand-written questions are ```quiz fences in the notes. The parser takes them out of the section's text (so
 * the notes shown never carry questions with their answers) and the quiz reads them as YAML; a broken one is a
 * problem of the notes like any other.
 */
const QUIZ = ['```quiz', '- prompt: 트랜잭션의 네 가지 성질을 줄여 부르는 말은?', '  answer: ACID', '```'];
const NOTE = [
  '# 데이터베이스', //                                     1
  '',
  '## 트랜잭션(Transaction)', //                           3
  '',
  '- 실패하면 처음 상태로 되돌리는 것을 롤백이라 한다', //  5
  '',
  ...QUIZ, //                                              7–10
  '',
  '- 여러 작업을 하나의 단위로 묶어 모두 성공하거나 모두 실패하게 하는 것',
  '',
].join('\n');

const folders = tempDir();
afterAll(folders.cleanup);
let folderCount = 0;
function notesFolder(files: Record<string, string>): string {
  const dir = path.join(folders.dir, String(++folderCount));
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the parser', () => {
  it('takes a section’s ```quiz fences, with their line, out of its text', () => {
    const [, section] = parseNote('db.md', NOTE).sections;
    expect(section?.quizzes).toEqual([
      { line: 7, text: '- prompt: 트랜잭션의 네 가지 성질을 줄여 부르는 말은?\n  answer: ACID\n' },
    ]);
    expect(section?.body).toBe(
      '- 실패하면 처음 상태로 되돌리는 것을 롤백이라 한다\n\n- 여러 작업을 하나의 단위로 묶어 모두 성공하거나 모두 실패하게 하는 것',
    );
  });
});

describe('/explain', () => {
  it('shows the notes of a section without its hand-written questions and their answers', async () => {
    const app = await testApp({ env: { KNOWLEDGE_DIR: notesFolder({ 'db.md': NOTE }) } });
    try {
      const res: Response = await app.router.handle(command('explain', { topic: '트랜잭션' }));
      if (res.type !== 'message') throw new Error(`expected a message, got ${res.type}`);
      const text = res.message.embeds?.[0]?.description ?? '';
      expect(text).toContain('롤백');
      expect(text).toContain('하나의 단위로 묶어');
      expect(text).not.toContain('ACID');
      expect(text).not.toContain('prompt');
      expect(text).not.toContain('```');
    } finally {
      await app.close();
    }
  });
});

describe('a hand-written question', () => {
  it('without an explanation of its own gets none, not the first line of its section', () => {
    const note = NOTE.replace(
      QUIZ.join('\n'),
      [
        ...QUIZ.slice(0, -1),
        '- prompt: 모두 성공하거나 모두 실패하는 작업의 단위는?',
        '  answer: 트랜잭션',
        '```',
      ].join('\n'),
    );
    const knowledge = loadKnowledge(notesFolder({ 'db.md': note }), { cacheDir: false });
    const handWritten = generateQuestions(knowledge, { count: 50, seed: 1 }).filter(
      (q) => q.source.line === 7,
    );
    // Both are asked: two questions without an explanation are not "the same line of the notes".
    expect(handWritten.map((q) => q.acceptedAnswers?.[0]).sort()).toEqual(['ACID', '트랜잭션']);
    for (const q of handWritten) {
      expect(q.explanation).toBe('');
      const feedback = feedbackMessage(q, 'ko', { correct: false, points: 0, streak: 0 }).content ?? '';
      expect(feedback).not.toContain('롤백');
      expect(feedback).not.toContain('💡');
    }
  });
});

describe('a broken ```quiz block', () => {
  const broken = NOTE.replace('  answer: ACID', '  answer: [ACID');

  it('is refused on reload like any broken note, and the last good notes keep serving', async () => {
    const dir = notesFolder({ 'db.md': NOTE });
    const notes = new LiveNotes(dir, silentLogger, path.join(folders.dir, 'cache'));
    try {
      writeFileSync(path.join(dir, 'db.md'), broken);
      const result = await notes.reload();
      expect(result).toEqual({
        status: 'kept',
        problems: [
          expect.objectContaining({
            file: 'db.md',
            line: 7,
            message: expect.stringMatching(/^quiz block: /),
          }),
        ],
      });
      const served = generateQuestions(notes.current().knowledge, { count: 50, seed: 1 });
      expect(served.some((q) => q.acceptedAnswers?.includes('ACID'))).toBe(true);
    } finally {
      notes.close();
    }
  });

  it('is reported by validate-notes among the notes’ problems, at its line', () => {
    const report = validateNotes(notesFolder({ 'db.md': broken }), [validateQuizBlocks]);
    expect(report.problems).toEqual([
      expect.objectContaining({ file: 'db.md', line: 7, message: expect.stringMatching(/^quiz block: /) }),
    ]);
    expect(report.errors).toBe(1);
  });
});
