import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import { validateQuizBlocks } from '../src/quiz/blocks.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { QUESTION_TYPES, type Question, questionToJSON } from '../src/quiz/question.ts';
import { plain, squash } from '../src/quiz/text.ts';
import { realKnowledge } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

const tmp = tempDir();
afterAll(tmp.cleanup);

/** A note no one has seen: different subject, same markdown habits (lists, bold sub-headings, `X(Y)`). */
function unseenNotes(): Knowledge {
  const dir = join(tmp.dir, 'unseen');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'db.md'),
    [
      '# 2. 데이터베이스 기초',
      '',
      '## 2.1 관계형 데이터베이스',
      '',
      '### 트랜잭션(Transaction)',
      '',
      '- 여러 작업을 하나의 단위로 묶어 모두 성공하거나 모두 실패하게 하는 것',
      '',
      '### 인덱스(Index)',
      '',
      '- 테이블의 검색 속도를 높이기 위해 따로 만들어 두는 자료 구조',
      '',
      '### 정규화',
      '',
      '- 중복을 줄이기 위해 테이블을 나누는 과정',
      '- 나눈 테이블은 조인으로 다시 합치고, 자주 찾는 컬럼에는 인덱스를 만들어 둠',
      '',
      '## 2.2 데이터베이스 종류',
      '',
      '- 관계형(RDBMS) 데이터베이스',
      '  - 표 형태로 데이터를 저장하고 SQL로 다룬다',
      '  - PostgreSQL, MySQL, SQLite 등',
      '- 문서형(Document) 데이터베이스',
      '  - JSON 같은 문서 단위로 데이터를 저장한다',
      '  - MongoDB, CouchDB 등',
      '',
      '**키-값 저장소**',
      '',
      '- 키 하나에 값 하나를 저장하는 단순한 구조의 저장소',
      '- Redis, DynamoDB',
      '',
      '```quiz',
      '- prompt: 트랜잭션의 네 가지 성질을 줄여 부르는 말은?',
      '  answer: ACID',
      '- prompt: 인덱스를 만들면 무엇이 빨라지나요?',
      '  choices: [검색, 삽입, 삭제]',
      '  answer: 검색',
      '```',
      '',
    ].join('\n'),
  );
  return loadKnowledge(dir);
}

const notes: [string, Knowledge][] = [
  ['the real notes', realKnowledge()],
  ['a note written by this test', unseenNotes()],
];

function check(q: Question, k: Knowledge): void {
  expect(QUESTION_TYPES).toContain(q.type);
  const section = k.sections.find((s) => s.file === q.source.file && s.line <= q.source.line);
  expect(section, 'source points into the notes').toBeDefined();
  expect(q.source.title.length).toBeGreaterThan(0);
  // A hand-written question (no English wording) may have no explanation; a generated one always has one.
  if (q.en) expect(q.explanation.trim().length).toBeGreaterThan(0);
  if (q.acceptedAnswers) {
    expect(q.choices).toBeUndefined();
    expect(q.acceptedAnswers.length).toBeGreaterThan(0);
    for (const a of q.acceptedAnswers) expect(squash(q.prompt)).not.toContain(squash(a));
    return;
  }
  const choices = q.choices ?? [];
  expect(choices.length).toBeGreaterThanOrEqual(2);
  expect(new Set(choices.map(squash)).size, `distinct: ${choices.join(' | ')}`).toBe(choices.length);
  expect(Number.isInteger(q.answerIndex)).toBe(true);
  const answer = choices[q.answerIndex ?? -1];
  expect(answer).toBeDefined();
  expect(squash(q.prompt), `prompt gives away "${answer}"`).not.toContain(squash(answer ?? ''));
}

describe.each(notes)('generateQuestions on %s', (_, knowledge) => {
  it('holds its properties for any seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 30 }),
        (seed, count) => {
          const qs = generateQuestions(knowledge, { count, seed });
          // As many as asked, or every fact the notes hold once.
          const all = generateQuestions(knowledge, { count: 1000, seed });
          expect(qs).toHaveLength(Math.min(count, all.length));
          for (const q of qs) check(q, knowledge);
          expect(generateQuestions(knowledge, { count, seed })).toEqual(qs);
        },
      ),
      // 50 seeds, every count about twice over, on either side of the notes' 10-12 facts: each run generates three
      // times (the count asked, every fact, the count again), and 150 runs took 3.5 s of CPU.
      { numRuns: 50 },
    );
  });

  it('offers every kind and varies with the seed', () => {
    const qs = generateQuestions(knowledge, { count: 200, seed: 7, repeat: true });
    expect(new Set(qs.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(generateQuestions(knowledge, { count: 5, seed: 8 })).not.toEqual(qs.slice(0, 5));
  });
});

describe('questions from the notes', () => {
  const real = realKnowledge();
  const many = generateQuestions(real, { count: 300, seed: 11, repeat: true });

  it('asks no more than asked when the doubtful kinds are rescued at the end of a round', () => {
    // Seeds where a round's rescue filled the quiz and one more question followed it (11 of 10, session 12).
    for (const seed of [271, 276, 323, 379])
      expect(generateQuestions(real, { count: 10, seed })).toHaveLength(10);
  });

  it('asks which examples belong to which list, with the other list as distractors', () => {
    const micro = many.find((q) => q.type === 'list-membership' && q.prompt.includes('마이크로'));
    expect(micro).toBeDefined();
    const answer = micro?.choices?.[micro.answerIndex ?? 0];
    expect(['Sinatra', 'Flask']).toContain(answer);
    const others = micro?.choices?.filter((c) => c !== answer) ?? [];
    expect(others).not.toContain('Sinatra');
    expect(others).not.toContain('Flask');
    expect(others.some((c) => c === 'Spring' || c === 'Django')).toBe(true);
  });

  it('accepts English and Korean names for typed answers', () => {
    const typed = [11, 12, 13].flatMap((seed) => generateQuestions(real, { count: 300, seed, repeat: true }));
    const cdn = typed.find((q) => q.type === 'fill-blank' && q.acceptedAnswers?.includes('CDN'));
    expect(cdn?.acceptedAnswers).toEqual(expect.arrayContaining(['CDN', 'Content Delivery Network']));
  });

  it('prints exactly the CLI JSON shape', () => {
    const choice = questionToJSON(many.find((q) => q.choices) as Question);
    expect(Object.keys(choice)).toEqual([
      'type',
      'prompt',
      'choices',
      'answerIndex',
      'explanation',
      'source',
    ]);
    const typed = questionToJSON(many.find((q) => q.acceptedAnswers) as Question);
    expect(Object.keys(typed)).toEqual(['type', 'prompt', 'acceptedAnswers', 'explanation', 'source']);
    expect(Object.keys(typed.source)).toEqual(['file', 'line', 'title']);
  });

  it('keeps to a topic', () => {
    const qs = generateQuestions(real, { count: 20, seed: 3, topic: '인프라', repeat: true });
    expect(qs.length).toBe(20);
    const once = generateQuestions(real, { count: 20, seed: 3, topic: '인프라' });
    // A topic's facts each once: fewer than asked, never the same fact twice.
    expect(once.length).toBeLessThan(20);
    expect(new Set(once.map((q) => squash(q.explanation))).size).toBe(once.length);
    for (const q of qs) expect(q.source.title).toContain('1.5');
    expect(generateQuestions(real, { count: 5, seed: 3, topic: '양자역학' })).toEqual([]);
  });

  // Its speed is a figure of `npm run bench` (quiz.generation), not a timed test.
  it('generates 1,000 questions', () => {
    expect(generateQuestions(real, { count: 1000, seed: 99, repeat: true })).toHaveLength(1000);
  });
});

describe('hand-written quiz blocks', () => {
  it('are asked, with their line', () => {
    const k = unseenNotes();
    const qs = generateQuestions(k, { count: 300, seed: 1, repeat: true });
    const acid = qs.find((q) => q.acceptedAnswers?.includes('ACID'));
    expect(acid?.source).toMatchObject({ file: 'db.md', line: 32 });
    expect(validateQuizBlocks(k)).toEqual([]);
  });

  it('report problems at file:line', () => {
    const dir = join(tmp.dir, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'bad.md'),
      '# 제목\n\n## 절\n\n본문\n\n```quiz\nprompt: 답은?\nchoices: [가, 나]\nanswer: 다\n```\n\n```quiz\nprompt: [\n```\n',
    );
    const problems = validateQuizBlocks(loadKnowledge(dir));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'bad.md',
        line: 7,
        message: expect.stringContaining('not one of the choices'),
      }),
      expect.objectContaining({ file: 'bad.md', line: 13, message: expect.stringContaining('YAML') }),
    ]);
  });
});

describe('quizJsonLines', () => {
  it('prints one parseable, repeatable question per line', async () => {
    const { quizJsonLines } = await import('../src/quiz/cli.ts');
    const lines = quizJsonLines(realKnowledge(), { count: 7, seed: 42 });
    expect(lines).toHaveLength(7);
    expect(quizJsonLines(realKnowledge(), { count: 7, seed: 42 })).toEqual(lines);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('source.file', '01-web-programming.md');
  });
});

describe('a section scope', () => {
  it('asks only about the section and its sub-sections, not about headings that merely contain its title', async () => {
    const { generateQuestions: generate } = await import('../src/quiz/generate.ts');
    const { realKnowledge } = await import('./support/notes.ts');
    const knowledge = realKnowledge();
    const section = knowledge.sections.find((s) => s.title === '웹 서버' && s.path.length === 3);
    if (!section) throw new Error('no 웹 서버 section');
    const prefix = section.path.join(' > ');
    const questions = generate(knowledge, { count: 30, seed: 7, section });
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.source.title.startsWith(prefix)).toBe(true);
    const byTitle = generate(knowledge, { count: 30, seed: 7, topic: section.title });
    expect(byTitle.some((q) => !q.source.title.startsWith(prefix))).toBe(true);
  });
});

describe('hints', () => {
  it('put the particle a Latin first letter takes as it is read (M으로, R로)', () => {
    const dir = join(tmp.dir, 'letters');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'web.md'),
      '# 웹\n\n### MVC\n\n- 모델, 뷰, 컨트롤러로 역할을 나누는 구조\n\n### REST\n\n- 자원을 URI로 표현하고 메서드로 다루는 설계 방식\n\n### SOAP\n\n- XML 메시지로 주고받는 오래된 웹 서비스 규약\n',
    );
    const k = loadKnowledge(dir, { cacheDir: false });
    const hints = [1, 2, 3]
      .flatMap((seed) => generateQuestions(k, { count: 40, seed, repeat: true }))
      .map((q) => q.prompt.match(/힌트: (.+)\)/)?.[1])
      .filter((h): h is string => h !== undefined);
    expect(hints.some((h) => h.startsWith('M으로 시작'))).toBe(true);
    expect(hints.some((h) => h.startsWith('R로 시작'))).toBe(true);
    expect(hints.every((h) => !/M로 시작/.test(h))).toBe(true);
  });
});

describe('plain', () => {
  it('shows markdown escapes as the characters they escape, not as backslashes', () => {
    expect(plain('\\_\\_init\\_\\_ 메서드')).toBe('__init__ 메서드');
    expect(plain('**굵게** `code` [링크](https://x.y) 1\\. 항목')).toBe('굵게 code 링크 1. 항목');
  });
});

describe('term names', () => {
  it('show a glossary name the notes misspell as the glossary spells it, and still accept the typo', () => {
    const real = realKnowledge();
    const section = real.sections.find((s) => s.title === '로브밸런서');
    const questions = generateQuestions(real, { section, count: 40, seed: 11, repeat: true }).filter((q) =>
      q.source.title.endsWith('로브밸런서'),
    );
    const answers = questions.flatMap((q) =>
      q.choices && q.answerIndex !== undefined && q.type !== 'true-false'
        ? [q.choices[q.answerIndex] ?? '']
        : (q.acceptedAnswers?.slice(0, 1) ?? []),
    );
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((a) => /밸런서/.test(a)).every((a) => a === '로드밸런서')).toBe(true);
    const typed = questions.filter((q) => q.acceptedAnswers);
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.acceptedAnswers).toContain('로브밸런서');
    expect(questions.map((q) => q.prompt).join('\n')).not.toMatch(/ㄹㅂㅂㄹㅅ/);
  });
});

describe('sessions', () => {
  it('ask no line of the notes twice in a session of 10, on a chapter written for the search tests', () => {
    const dir = join(tmp.dir, 'git');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'git.md'), readFileSync(new URL('./queries/chapters/git.md', import.meta.url)));
    const k = loadKnowledge(dir, { cacheDir: false });
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const lines = generateQuestions(k, { count: 10, seed }).map((q) => squash(q.explanation).slice(-60));
      expect(lines).toHaveLength(10);
      expect(new Set(lines).size).toBe(10);
    }
  });
});

describe('masks', () => {
  it('show ○○ only in a clue, never in a choice, a true/false statement or an explanation', () => {
    for (const chapter of ['git', 'networking', 'django-models']) {
      const dir = join(tmp.dir, `mask-${chapter}`);
      mkdirSync(dir, { recursive: true });
      const md = readFileSync(new URL(`./queries/chapters/${chapter}.md`, import.meta.url));
      writeFileSync(join(dir, `${chapter}.md`), md);
      const k = loadKnowledge(dir, { cacheDir: false });
      for (const seed of [1, 2, 3]) {
        for (const q of generateQuestions(k, { count: 30, seed, repeat: true })) {
          expect(q.explanation).not.toContain('○○');
          for (const c of q.choices ?? []) expect(c).not.toContain('○○');
          if (q.type === 'true-false') expect(q.prompt).not.toContain('○○');
        }
      }
    }
  });
});
