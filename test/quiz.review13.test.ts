import { afterAll, describe, expect, it } from 'vitest';
import { matchesAnswer } from '../src/quiz/match.ts';
import { isTyped } from '../src/quiz/question.ts';
import { plain } from '../src/quiz/text.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/* Patterns of set 12b's blind reviews (session 12's held-out set), on notes written here in the same habits. */
const tmp = tempDir();
afterAll(tmp.cleanup);

describe('set 12b patterns, on notes in the same habits', () => {
  it('takes the short name a heading elsewhere pairs with the answer (`중간 표현과 가상 머신(IR & VM)`)', () => {
    const vm = oneNote(
      tmp.dir,
      // Not `vm.md`: the footer would name the answer.
      'compilers.md',
      '# 3. 컴파일러(Compilers)\n\n## 3.1 중간 표현과 가상 머신(IR & VM)\n\n' +
        '### 바이트코드(Bytecode)\n\n- 가상 머신이 실행하도록 만든 저수준 명령어 집합, 명령 하나가 보통 1바이트 크기\n\n' +
        '### 가상 머신(Virtual Machine)\n\n- 바이트코드를 하나씩 읽어서 실행하는 소프트웨어로 만든 CPU\n\n' +
        '### 기계어(Machine Code)\n\n- CPU 가 바로 실행할 수 있는 0 과 1 로 된 명령어\n\n' +
        '## 3.2 알고리즘과 시간 복잡도(Algorithms & Complexity)\n\n' +
        '### 시간 복잡도(Time Complexity)\n\n- 입력 크기가 커질 때 연산 횟수가 늘어나는 정도를 나타낸 것\n\n' +
        '### 공간 복잡도(Space Complexity)\n\n- 실행하는 동안 추가로 쓰는 메모리 양을 나타낸 것\n',
    );
    const typed = manyQuestions(vm).filter(isTyped);
    const forName = (name: string) => typed.filter((q) => q.acceptedAnswers?.[0] === name);
    // A fill-in of its own definition and a cloze in 바이트코드's line both take VM.
    expect(new Set(forName('가상 머신').map((q) => q.type))).toEqual(new Set(['fill-blank', 'cloze']));
    for (const q of forName('가상 머신'))
      expect(matchesAnswer('VM', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(true);
    // A pairing checks nothing but the name: `Complexity` is no name of 시간 복잡도.
    expect(forName('시간 복잡도').length).toBeGreaterThan(0);
    for (const q of forName('시간 복잡도'))
      expect(matchesAnswer('Complexity', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(false);
  });

  it('shows an everyday English word the notes misspell by two swapped letters as spelled (`caterogy` → category)', () => {
    const frames = oneNote(
      tmp.dir,
      'encode.md',
      '# 4. 전처리(Preprocessing)\n\n## 4.1 범주형 데이터\n\n' +
        '### 원-핫 인코딩(One-hot Encoding)\n\n- caterogy 값 각각을 0 과 1 로 된 열로 펼쳐서 모델에 넣을 수 있게 만듦\n\n' +
        '### 레이블 인코딩(Label Encoding)\n\n- 범주마다 0, 1, 2 같은 정수 번호를 붙여서 한 열로 바꿈\n\n' +
        '### 서비스 관리자(Service Manager)\n\n- 리눅스에선 systemd 가 부팅 때 데몬들을 띄우고 죽으면 다시 살림\n',
    );
    const shown = manyQuestions(frames).flatMap((q) => [q.prompt, q.explanation, ...(q.choices ?? [])]);
    expect(shown.some((t) => t.includes('category 값 각각을'))).toBe(true);
    expect(shown.filter((t) => t.includes('caterogy'))).toEqual([]);
    // One letter off an everyday word (`systems`) is as often a name, and stays as written.
    expect(shown.some((t) => t.includes('systemd 가 부팅 때'))).toBe(true);
  });

  it('shows a code span that holds a backtick (`` `a ``) with its backtick', () => {
    expect(plain("`ma` 로 저장, `` `a `` 정확한 위치로, `'a` 그 줄 처음으로")).toBe(
      "ma 로 저장, `a 정확한 위치로, 'a 그 줄 처음으로",
    );
    const marks = oneNote(
      tmp.dir,
      'vim.md',
      '# 7. 빔 에디터(Vim)\n\n## 7.1 이동\n\n' +
        "### 마크(Marks)\n\n- `ma` 현재 위치를 a 라는 이름으로 저장, `` `a `` 정확한 위치로, `'a` 그 줄 처음으로 이동\n\n" +
        '### 점프 목록(Jump List)\n\n- 크게 건너뛴 위치들을 기억해 두고 Ctrl-o 와 Ctrl-i 로 오가게 해 주는 기록\n\n' +
        '### 단어 이동(Word Motion)\n\n- w 는 다음 단어 처음, b 는 이전 단어 처음, e 는 단어 끝으로 커서를 옮김\n',
    );
    const shown = manyQuestions(marks).flatMap((q) => [q.prompt, q.explanation, ...(q.choices ?? [])]);
    expect(shown.some((t) => t.includes('`a 정확한 위치로'))).toBe(true);
    for (const text of shown) expect(text).not.toMatch(/저장, a 정확한/);
  });
});

/* Patterns of set 13's blind reviews (session 13's sets 13a and 13b). */
describe('set 13 patterns, on notes in the same habits', () => {
  it('writes a word the dictionary knows as the notes do, not as the name one jamo off (`페이지로` of 페이징)', () => {
    const paging = oneNote(
      tmp.dir,
      'memory.md',
      '# 7. 가상 메모리(Virtual Memory)\n\n## 7.1 메모리 나누기\n\n' +
        '### 페이징(Paging)\n\n- 논리 메모리를 같은 크기의 페이지로, 물리 메모리를 같은 크기의 프레임으로 나눔\n\n' +
        '### 세그멘테이션(Segmentation)\n\n- 코드, 데이터, 스택처럼 의미 단위로 크기가 다르게 나눔\n\n' +
        '### 스와핑(Swapping)\n\n- 메모리가 부족할 때 프로세스를 통째로 디스크에 내보냈다가 다시 올림\n',
    );
    const shown = manyQuestions(paging).flatMap((q) => [q.prompt, q.explanation, ...(q.choices ?? [])]);
    expect(shown.some((t) => t.includes('같은 크기의 페이지로'))).toBe(true);
    for (const text of shown) expect(text).not.toContain('페이징로');
  });
});

describe('set 13a patterns, on notes in the same habits', () => {
  it('never asks about a name of symbols alone (`>>`): its typed answer and its swaps tell nothing apart', () => {
    const shell = oneNote(
      tmp.dir,
      'shell.md',
      '# 5. 셸(Shell)\n\n## 5.1 입출력\n\n### 리다이렉션(Redirection)\n\n' +
        '- `>` : 출력을 파일로, 있으면 덮어씀\n- `>>` : 파일 끝에 이어 붙임\n- `<` : 파일을 입력으로\n\n' +
        '### 파이프(Pipe)\n\n- 앞 명령의 출력을 다음 명령의 입력으로 넘김\n\n' +
        '### 표준 에러(stderr)\n\n- 에러 메시지가 나가는 출력 스트림, 번호는 2\n',
    );
    const asked = manyQuestions(shell);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.acceptedAnswers ?? [], q.prompt).not.toContain('>>');
      expect(q.prompt).not.toMatch(/\n> `?>>?`? ?:/);
    }
  });
});
