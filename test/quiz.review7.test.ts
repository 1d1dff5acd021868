import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/quiz/facts.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * The patterns the session-7 blind review (message queues and Vue, the two chapters of that review the quiz was
 * worked on) found, each on a note written here in the same habits.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = (file: string, text: string) => oneNote(tmp.dir, file, text);

const many = (k: ReturnType<typeof notes>) =>
  [1, 2, 3].flatMap((seed) => generateQuestions(k, { count: 120, seed, repeat: true }));

const editor = notes(
  'editor.md',
  '# 7. 에디터 만들기\n\n## 7.1 명령\n\n### 커맨드 객체\n\n' +
    '- undo() : 방금 실행한 명령을 거꾸로 되돌려 놓는 메서드\n' +
    '- execute() : 명령 객체가 가진 작업을 실제로 수행하는 메서드\n' +
    '- redo() : 되돌린 명령을 다시 한 번 수행하는 메서드\n\n' +
    '### 이벤트 수식어\n\n- .stop : 이벤트가 부모 요소로 퍼지는 전파를 막아 줌\n' +
    '- .prevent : 브라우저의 기본 동작(폼 제출 새로고침)을 막음\n- .once : 핸들러가 딱 한 번만 실행되게 함\n\n' +
    '### final 키워드\n\n- 한 번 값을 넣으면 다시 바꿀 수 없게 고정하는 자바 키워드, 상수 만들 때 씀\n',
);

describe('session-7 review patterns', () => {
  const facts = extractFacts(editor);
  const term = (name: string) => facts.terms.find((t) => t.name === name);

  it('accepts no everyday word for a name (`마지막` for final) and no translation of code (`cancel` for undo())', () => {
    expect(term('undo()')?.names).not.toContain('cancel');
    const typed = many(editor).filter((q) => q.acceptedAnswers);
    expect(typed.length).toBeGreaterThan(0);
    const accepted = typed.flatMap((q) => q.acceptedAnswers ?? []);
    for (const wrong of ['last', '마지막', 'cancel', '무르다', '중지', 'halt', 'run', '돌리다'])
      expect(accepted).not.toContain(wrong);
  });
});
