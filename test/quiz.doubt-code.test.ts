import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { quizJsonLines } from '../src/quiz/cli.ts';
import { doubtOf, notesShape } from '../src/quiz/doubt.ts';
import type { QuestionJSON } from '../src/quiz/question.ts';
import { tempDir } from './support/temp.ts';

/*
 * The doubt filter's structural rules over code (`src/quiz/doubt.ts`, set 11a's review): a blank whose surrounding
 * code spells the answer's parts, and a call slot offered with choices no identifier could fill, are never asked.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const NOTES = `# 리액트 훅(React Hooks)

## 상태 훅

### useState

- \`const [count, setCount] = useState(0)\` → 현재 값이랑 바꾸는 함수를 배열로 돌려줌
- setter 부르면 컴포넌트가 다시 렌더링됨

### useReducer

- 상태 바꾸는 규칙을 reducer 함수 하나에 모아 두는 훅
- 상태 종류가 많을 때 useState 여러 개보다 깔끔함

### 불변성(Immutability)

- 상태 객체를 직접 고치지 않고 새 객체로 바꿔 끼우는 원칙

### 함수형 업데이트(Functional Update)

- 이전 값을 받는 함수를 setter 에 넘겨서 차례대로 반영하는 방식

## 참조 훅

### useRef

- \`const inputRef = useRef(null)\` → \`<input ref={inputRef} />\` 하고 \`inputRef.current.focus()\`
- 렌더링이랑 상관없는 값 저장용, 바꿔도 리렌더링 안 됨

### useContext

- \`createContext()\` 로 만들고 \`<ThemeContext.Provider value={theme}>\` 로 감싼 값을 아래에서 바로 꺼냄
- value 바뀌면 그걸 쓰는 컴포넌트 전부 리렌더링

### useMemo

- 무거운 계산 결과를 의존성이 같으면 다시 계산하지 않고 재사용하는 훅

### 프롭 드릴링(Prop Drilling)

- 중간 컴포넌트가 쓰지도 않는 값을 아래로 계속 넘겨 주는 문제
`;

const dir = join(tmp.dir, 'notes');
mkdirSync(dir);
writeFileSync(join(dir, 'hooks.md'), NOTES);
const knowledge = loadKnowledge(dir, { cacheDir: false });
const shape = notesShape(knowledge);

const H = '리액트 훅(React Hooks)';
const definitionToTerm = (clue: string, choices: string[], answer: string, title: string): QuestionJSON => ({
  type: 'definition-to-term',
  prompt: `다음 설명에 알맞은 용어는?\n> ${clue}`,
  choices,
  answerIndex: choices.indexOf(answer),
  explanation: `${answer}: ${clue}`,
  source: { file: 'hooks.md', line: 1, title: `${H} > ${title}` },
});

describe('the doubt filter over code', () => {
  it('never asks a blank whose code spells a part of the answer no other choice has', () => {
    const leaks = definitionToTerm(
      'const inputRef = ○○(null) → <input ref={inputRef} /> 하고 inputRef.current.focus()',
      ['useRef', 'useMemo', '프롭 드릴링', 'useContext'],
      'useRef',
      '참조 훅 > useRef',
    );
    expect(doubtOf(leaks, shape)).toBe(1);
    // The same code is no giveaway when a distractor shares the part (`Ref` of a `useRef`-like name).
    const shared = { ...leaks, choices: ['useRef', 'forwardRef', 'useMemo', 'useContext'] };
    expect(doubtOf(shared, shape)).toBeLessThan(1);
    const typed: QuestionJSON = {
      type: 'fill-blank',
      prompt:
        '빈칸에 들어갈 용어를 입력하세요.\n> ＿＿＿: createContext() 로 만들고 <ThemeContext.Provider value={theme}> 로 감싼 값을 아래에서 바로 꺼냄\n(힌트: u로 시작, 10글자)',
      acceptedAnswers: ['useContext'],
      explanation: 'useContext',
      source: { file: 'hooks.md', line: 1, title: `${H} > 참조 훅 > useContext` },
    };
    expect(doubtOf(typed, shape)).toBe(1);
  });

  it('never offers concept names for a call slot in code', () => {
    const slot = definitionToTerm(
      'const [count, setCount] = ○○(0) → 현재 값이랑 바꾸는 함수를 배열로 돌려줌',
      ['useReducer', 'useState', '불변성', '함수형 업데이트'],
      'useState',
      '상태 훅 > useState',
    );
    expect(doubtOf(slot, shape)).toBe(1);
    const identifiers = { ...slot, choices: ['useReducer', 'useState', 'useMemo', 'useRef'] };
    expect(doubtOf(identifiers, shape)).toBeLessThan(1);
  });

  it('asks neither of them in generated sessions', () => {
    const asked = Array.from({ length: 8 }, (_, i) => quizJsonLines(knowledge, { count: 10, seed: i + 1 }))
      .flat()
      .map((l) => JSON.parse(l) as QuestionJSON);
    expect(asked.length).toBeGreaterThan(20);
    for (const q of asked) {
      if (q.type !== 'definition-to-term' && q.type !== 'fill-blank') continue;
      const shown = q.prompt;
      expect(shown).not.toMatch(/inputRef|ThemeContext/);
      if (/○○\s*\(/.test(shown)) expect(q.choices?.every((c) => /^[A-Za-z]\w*$/.test(c))).toBe(true);
    }
  });
});
