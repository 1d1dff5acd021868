import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { extractFacts } from '../src/quiz/facts.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { QUESTION_TYPES, questionToJSON } from '../src/quiz/question.ts';
import { mask, plain } from '../src/quiz/text.ts';
import { CHAPTERS } from './queries/chapters.ts';
import {
  faultReport,
  faultsOf,
  glossaryAliases,
  headingKinds,
  quizTunedOn,
  sessionFaults,
} from './support/quiz-faults.ts';
import { tempDir } from './support/temp.ts';

/*
 * The fault classes of a strict review a program can check (test/support/quiz-faults.ts), over every chapter
 * written for measurement — the held-out and the blind ones included — each on its own, as a new group's notes.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

function notesOf(name: string, file: URL | string, text?: string) {
  const dir = join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  if (text === undefined) copyFileSync(file, join(dir, `${name}.md`));
  else writeFileSync(join(dir, `${name}.md`), text);
  return loadKnowledge(dir, { cacheDir: false });
}

// The quiz is tuned on the measured chapters only; the others are its unseen set, whose checker figure is printed by
// `npx tsx test/support/quiz-fault-report.ts --unseen`, not asserted (see quizTunedOn).
const MEASURED = CHAPTERS.filter((c) => quizTunedOn(c.file));

describe.each(MEASURED)('questions from the $name chapter', (chapter) => {
  const k = notesOf(chapter.name, chapter.file);

  it('show no checkable fault in five sessions of 10', () => {
    const sessions = [1, 2, 3, 4, 5].map((seed) =>
      generateQuestions(k, { count: 10, seed }).map(questionToJSON),
    );
    const qs = sessions.flat();
    // A session asks fewer when the notes hold fewer facts a question can be made from without a fault
    // (linux-shell's package manager is clued only by a line that writes its name misspelt, `다른 페키지`).
    for (const s of sessions) expect(s.length).toBeGreaterThanOrEqual(7);
    const report = faultReport(qs, {
      aliasesOf: glossaryAliases(k.glossary),
      kindOf: headingKinds(k.sections),
    });
    expect(
      report.faulty.map((f) => `${f.faults.join(',')}: ${f.q.prompt} ${JSON.stringify(f.q.choices)}`),
    ).toEqual([]);
    // No fact twice in a session of 10.
    expect(sessions.flatMap((s) => [...sessionFaults(s).keys()])).toEqual([]);
  });

  it('come in every kind, cloze included; list-membership where the notes hold two lists of one kind', () => {
    const kinds = new Set(generateQuestions(k, { count: 120, seed: 9, repeat: true }).map((q) => q.type));
    // A list's wrong answers are the items of a list of its kind: one written in the same section, or one whose
    // label ends in the same noun (기본 정렬, 고급 정렬). Without one, nothing is asked rather than off-kind items.
    const groups = extractFacts(k).groups;
    const head = (label: string) => (label.includes(' ') ? label.split(' ').at(-1) : undefined);
    const lists = groups.some((a) =>
      groups.some(
        (b) =>
          a !== b &&
          a.label !== b.label &&
          (a.section.id === b.section.id || (head(a.label) !== undefined && head(a.label) === head(b.label))),
      ),
    );
    const expected = QUESTION_TYPES.filter((t) => lists || t !== 'list-membership');
    for (const kind of expected) expect(kinds).toContain(kind);
  });
});

describe('the fault checks', () => {
  const leaky = {
    type: 'definition-to-term' as const,
    prompt: '다음 설명에 알맞은 용어는?\n> 사설 IP로는 바로 인터넷에 못 나감',
    choices: ['공인 IP와 사설 IP', '포트', '서브넷 마스크', 'NAT'],
    answerIndex: 0,
    explanation: '',
    source: { file: 'x.md', line: 1, title: 'x' },
  };

  it('find a word of the answer in the clue, residue, stub choices and broken hints', () => {
    expect(faultsOf(leaky)).toContain('leak');
    expect(faultsOf({ ...leaky, choices: ['git ○○', '포트', '서브넷', 'NAT'] })).toContain('residue');
    expect(faultsOf({ ...leaky, choices: ['x', '포트', '서브넷', 'NAT'] })).toContain('choices');
    const typed = {
      type: 'fill-blank' as const,
      prompt: '빈칸에 들어갈 용어를 입력하세요.\n> ＿＿＿: 내부망에서만 쓰는 주소\n(힌트: 초성 ㅅㅅ , 4글자)',
      acceptedAnswers: ['사설 IP'],
      explanation: '',
      source: { file: 'x.md', line: 1, title: 'x' },
    };
    expect(faultsOf(typed)).toContain('hint');
    expect(faultsOf({ ...typed, prompt: typed.prompt.replace('ㅅㅅ , 4', 'ㅅㅅ I, 4') })).toEqual([]);
    // The Latin word written whole is a word of the answer.
    expect(faultsOf({ ...typed, prompt: typed.prompt.replace('ㅅㅅ , 4', 'ㅅㅅ IP, 4') })).toContain('leak');
  });

  const typed = (answer: string, clue: string, hint: string) => ({
    type: 'fill-blank' as const,
    prompt: `빈칸에 들어갈 용어를 입력하세요.\n> ＿＿＿: ${clue}\n(힌트: ${hint})`,
    acceptedAnswers: [answer],
    explanation: '',
    source: { file: 'x.md', line: 1, title: '1장 웹 > 서버' },
  });

  it('find the answer or an alias named in the footer or the clue, and a hint that spells it out', () => {
    const express = typed('Express', 'Node.js에서 가장 많이 쓰는 웹 프레임워크', 'E로 시작, 7글자');
    expect(faultsOf(express)).toEqual([]);
    expect(
      faultsOf({ ...express, source: { file: 'nodejs-express.md', line: 1, title: '4장 Node > Express' } }),
    ).toContain('leak');
    const docker = typed('도커', '컨테이너를 실행하는 플랫폼', '초성 ㄷㅋ, 2글자');
    const aliasesOf = glossaryAliases([{ names: ['도커', 'Docker'] }]);
    expect(
      faultsOf({ ...docker, source: { file: 'a.md', line: 1, title: 'Docker 기초 > 개요' } }, { aliasesOf }),
    ).toContain('leak');
    expect(faultsOf(typed('git init', '새 저장소를 만듦', 'g로 시작, 7글자'), {})).toEqual([]);
    // The chapter's topic word shared with the answer says nothing (`git` of `git init` in git.md).
    expect(
      faultsOf({
        ...typed('git init', '새 저장소를 만듦', 'g로 시작, 7글자'),
        source: { file: 'git.md', line: 1, title: 'Git > init' },
      }),
    ).toEqual([]);
    expect(faultsOf(typed('가상 DOM', '비교해서 반영하는 구조', '초성 ㄱㅅ DOM, 5글자'))).toContain('leak');
  });

  it('find a hint particle read wrong, a clue that starts with an arrow, a general term beside its kind, a repeat', () => {
    expect(faultsOf(typed('MySQL', '오픈소스 관계형 DB', 'M로 시작, 5글자'))).toContain('hint');
    expect(faultsOf(typed('MySQL', '오픈소스 관계형 DB', 'M으로 시작, 5글자'))).toEqual([]);
    expect(faultsOf(typed('React', '오픈소스 UI 라이브러리', 'R으로 시작, 5글자'))).toContain('hint');
    expect(faultsOf(typed('z-index', '→ 부모에 relative 주는 패턴', 'z로 시작, 7글자'))).toContain('residue');
    const choices = { ...leaky, prompt: '다음 설명에 알맞은 용어는?\n> 요청과 응답 사이에서 실행되는 함수' };
    expect(
      faultsOf({ ...choices, choices: ['미들웨어', '에러 처리 미들웨어', '라우팅', 'CommonJS'] }),
    ).toContain('ambiguous');
    expect(faultsOf({ ...choices, choices: ['미들웨어', '라우팅', 'CommonJS', 'npm'] })).toEqual([]);
    const tf = {
      type: 'true-false' as const,
      prompt:
        '다음 설명이 맞으면 ⭕, 틀리면 ❌를 고르세요.\n> 애플리케이션 레벨 미들웨어: 요청과 응답 사이에서 실행되는 함수',
      choices: ['⭕ 맞아요', '❌ 틀려요'],
      answerIndex: 1,
      explanation: '애플리케이션 레벨 미들웨어가 아니라 미들웨어: 요청과 응답 사이에서 실행되는 함수',
      source: { file: 'x.md', line: 1, title: 'x' },
    };
    expect(faultsOf(tf)).toContain('ambiguous');
    const one = typed('React', '오픈소스 UI 라이브러리', 'R로 시작, 5글자');
    expect([...sessionFaults([one, { ...one }]).keys()]).toEqual([1]);
    expect(
      faultsOf(typed('에러 처리', 'try/catch로 잡고 next(err) 해줘야함', '초성 ㅇㄹ ㅊㄹ, 4글자')),
    ).toContain('term');
  });
});

describe('the off-kind check', () => {
  const sections = [
    {
      id: 'a#1',
      file: 'a.md',
      path: ['자료구조', '선형'],
      body: '- 배열 : 연속으로 붙여서 저장\n- 스택 : 나중에 넣은 게 먼저 나옴\n',
    },
    { id: 'a#5', file: 'a.md', path: ['자료구조', '선형', '큐'], body: '- 먼저 넣은 게 먼저 나옴\n' },
    {
      id: 'a#9',
      file: 'a.md',
      path: ['자료구조', '순회'],
      body: '- 전위 : 루트 → 왼 → 오\n- 중위 : 왼 → 루트 → 오\n',
    },
  ];
  const kindOf = headingKinds(sections);
  const question = (choices: string[]) => ({
    type: 'term-to-definition' as const,
    prompt: '「배열」에 대한 설명으로 알맞은 것은?',
    choices,
    answerIndex: 0,
    explanation: '',
    source: { file: 'a.md', line: 1, title: '자료구조 > 선형' },
  });

  it('files a labelled line under its section and a heading under its parent, and finds a choice filed apart', () => {
    expect(kindOf('배열')).toEqual(['a#1']);
    expect(kindOf('중위')).toEqual(['a#9']);
    expect(
      faultsOf(question(['연속으로 붙여서 저장', '나중에 넣은 게 먼저 나옴', '루트 → 왼 → 오']), { kindOf }),
    ).toContain('kind');
    expect(
      faultsOf(question(['연속으로 붙여서 저장', '나중에 넣은 게 먼저 나옴', '이름 모를 설명']), { kindOf }),
    ).toEqual([]);
  });
});

describe('question text', () => {
  it('masks the head words of a name in a clue, and a Latin name only as a whole word', () => {
    const k = notesOf(
      'heads',
      '',
      '# 서버\n\n### 캐시 서버\n\n- 자주 쓰는 데이터를 메모리 캐시로 저장해 두는 컴퓨터\n\n### 파일 서버\n\n- 파일을 모아 두고 내려받게 해 주는 컴퓨터\n\n' +
        '### 웹 서버\n\n- 정적인 페이지를 돌려주는 컴퓨터\n\n### model\n\n- models 모듈의 클래스 하나가 테이블 하나인 구조\n',
    );
    const qs = generateQuestions(k, { count: 40, seed: 2 });
    const clues = qs.filter((q) => q.type === 'definition-to-term').map((q) => q.prompt);
    // The head word is never shown; a blank standing for it alone serves only when every choice has it.
    expect(clues.join('\n')).not.toContain('메모리 캐시로');
    expect(clues.join('\n')).not.toContain('○○s');
  });

  it('never masks a Latin name inside a file name (`.env` stays)', () => {
    expect(mask('.env 파일은 git에 올리지 않음, env 로 전체 보기', ['env'])).toBe(
      '.env 파일은 git에 올리지 않음, ○○ 로 전체 보기',
    );
  });

  // `mask` skips the regex of a name the line's squashed text lacks, only on text where squashing keeps the
  // letters a match is made of: a letter NFKC composes with what follows, or one that folds, is searched as before.
  it('masks a name loosely written, on any text', () => {
    expect(mask('HTTP-Server 와 http server', ['HTTP 서버', 'http server'])).toBe('○○ 와 ○○');
    expect(mask('A cafe\u0301 and a \u212Aey', ['cafe', 'key'])).toBe('A ○○\u0301 and a ○○');
    expect(mask('가가\u11A8 값', ['가가'])).toBe('○○\u11A8 값');
  });

  it('shows colons inside code as colons, in sub-bullets too', () => {
    const k = notesOf(
      'routes',
      '',
      '# 익스프레스\n\n### 라우팅\n\n- 경로 매개변수\n  - `app.get("/users/:id")` 처럼 주소 안에 콜론으로 받는 값\n' +
        '- 쿼리 스트링\n  - `?page=2` 처럼 주소 뒤에 붙는 값, `req.query` 로 읽음\n' +
        '- 요청 바디\n  - POST로 보낸 데이터, `express.json()` 미들웨어가 있어야 `req.body` 로 읽음\n',
    );
    const text = JSON.stringify(generateQuestions(k, { count: 20, seed: 1, repeat: true }));
    expect(text).toContain('/users/:id');
    expect(text).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it('keeps `__` inside a word (code), and drops it as emphasis', () => {
    expect(plain('title__contains, __굵게__')).toBe('title__contains, 굵게');
  });

  it('keeps a dunder name and a `**` operator as written (the session-4 blind review: init, 2 3 은 8)', () => {
    expect(plain('__init__ 은 생성자, super().__init__ 호출, __init__.py')).toBe(
      '__init__ 은 생성자, super().__init__ 호출, __init__.py',
    );
    expect(plain('2 ** 3 은 8, **중요**')).toBe('2 ** 3 은 8, 중요');
  });

  it('reads a numbered labelled line and two labelled facts on one line as names without numbers', () => {
    const k = notesOf(
      'layers',
      '',
      '# 네트워크\n\n### OSI 7계층\n\n- 7 응용 계층 : HTTP, DNS 같은 프로토콜이 동작하는 곳\n' +
        '- 2 데이터링크 계층 : MAC 주소로 옆 기기까지 전달 / 1 물리 계층 : 케이블과 전기 신호로 비트를 보냄\n',
    );
    // A session asks one of three names set against each other; a quiz that may repeat asks them all.
    const names = generateQuestions(k, { count: 40, seed: 4, repeat: true }).flatMap((q) => [
      ...(q.choices ?? []),
      ...(q.acceptedAnswers ?? []),
    ]);
    expect(names).toContain('데이터링크 계층');
    expect(names).toContain('물리 계층');
    expect(names.some((n) => /^\d\s/.test(n))).toBe(false);
  });

  it('never takes code cut at a colon, or the start of a sentence, for a term', () => {
    const k = notesOf(
      'urls',
      '',
      "# 장고\n\n### URL 이름\n\n- 탬플릿에서는 {% url 'blog:detail' post.pk %} 로 주소를 만듦\n- name='detail' 로 이름을 붙여 두면 주소가 바뀌어도 링크가 안 깨짐\n\n### 뷰\n\n- 요청을 받아 응답을 돌려주는 함수나 클래스\n",
    );
    const shown = generateQuestions(k, { count: 20, seed: 1 })
      .map((q) => `${q.prompt} ${(q.choices ?? []).join(' ')}`)
      .join('\n');
    expect(shown).not.toContain("{% url 'blog");
  });

  it('asks about concepts, not the headings that organise the notes, and pairs `A / B : X / Y` halves', () => {
    const k = notesOf(
      'docker',
      '',
      '# 도커\n\n### 이미지\n\n- 컨테이너를 만드는 읽기 전용 틀\n\n### 정리\n\n- 이미지는 틀, 컨테이너는 실행 중인 인스턴스\n\n' +
        '### 볼륨 vs 바인드 마운트\n\n- 볼륨은 도커가 관리, 바인드 마운트는 호스트 경로\n\n### 명령어\n\n' +
        '- docker rm / docker rmi : 멈춘 컨테이너를 지움 / 안 쓰는 이미지를 지움\n- 부팅 속도 : VM은 수십 초 / 컨테이너는 1초 이내\n' +
        '- `docker build -t myapp:1.0 .` : 태그를 붙여 이미지를 빌드함\n',
    );
    const facts = extractFacts(k);
    const names = facts.terms.map((t) => t.name);
    expect(names).not.toContain('정리');
    expect(names).not.toContain('명령어');
    expect(names).not.toContain('볼륨 vs 바인드 마운트');
    expect(names).not.toContain('부팅 속도');
    expect(facts.terms.find((t) => t.name === 'docker rmi')?.definitions).toEqual(['안 쓰는 이미지를 지움']);
    expect(facts.terms.find((t) => t.name === 'docker rm')?.definitions).toEqual(['멈춘 컨테이너를 지움']);
    expect(names).not.toContain('docker build -t myapp');
  });

  it('takes a generic without its parameters as typed, and puts the particle a Latin name is read with', () => {
    const k = notesOf(
      'ts',
      '',
      '# 타입\n\n### 유틸리티 타입\n\n- Partial<T> : 모든 속성을 선택적으로 바꿈\n- Required<T> : 모든 속성을 필수로 바꿈\n' +
        '- none : 네트워크를 아예 끊어 버리는 드라이버\n- bridge : 한 호스트 안의 컨테이너끼리 연결하는 기본 드라이버\n',
    );
    const qs = [1, 2, 3].flatMap((seed) => generateQuestions(k, { count: 40, seed, repeat: true }));
    const partial = qs.find((q) => q.acceptedAnswers?.[0] === 'Partial<T>');
    expect(partial?.acceptedAnswers).toContain('Partial');
    expect(partial?.prompt).toContain('P로 시작, 7글자');
    const explanations = qs.map((q) => q.explanation).join('\n');
    expect(explanations).not.toMatch(/none가 아니라|bridge이 아니라/);
  });

  it('accepts a command without its example argument, and takes no `예:` line for a list member', () => {
    const k = notesOf(
      'npm',
      '',
      '# npm\n\n### 명령어 모음\n\n- npm install express : 패키지를 설치하고 dependencies에 추가함\n' +
        '- npm run dev : scripts에 적어 둔 개발 서버 명령을 실행함\n\n### 버전 표기\n\n- MAJOR.MINOR.PATCH 형식, 예: 4.18.2\n',
    );
    const qs = generateQuestions(k, { count: 40, seed: 2, repeat: true });
    const typed = qs.find((q) => q.acceptedAnswers?.[0] === 'npm install express');
    expect(typed?.acceptedAnswers).toContain('npm install');
    expect(extractFacts(k).groups.flatMap((g) => g.items)).not.toContain('예: 4.18.2');
  });

  it('hints names that mix scripts with the first letter of the Latin part', () => {
    // Typed names that mix scripts are doubtful (the reviews struck most of them): these notes hold no other
    // name to type, so the least doubtful is still asked, in a quiz that may ask each fact in every kind.
    const k = notesOf(
      'ips',
      '',
      '# IP\n\n### 공인 IP\n\n- 인터넷 전체에서 하나뿐인 주소, 통신사가 할당\n\n### 사설 IP\n\n- 내부망에서만 쓰는 주소\n',
    );
    const hints = generateQuestions(k, { count: 30, seed: 6, repeat: true })
      .filter((q) => q.prompt.startsWith('빈칸에 들어갈 용어'))
      .map((q) => /힌트: (.+)\)/.exec(q.prompt)?.[1])
      .filter((h): h is string => h !== undefined);
    expect(hints.filter((h) => h.includes('ㅅㅅ') || h.includes('ㄱㅇ')).length).toBeGreaterThan(0);
    for (const h of hints) if (/ㅅㅅ|ㄱㅇ/.test(h)) expect(h).toMatch(/^초성 (ㅅㅅ|ㄱㅇ) I, 4글자$/);
  });
});
