import { afterAll, describe, expect, it } from 'vitest';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/* Set 13's ambiguous and distractors patterns (sessions 9–13's reviews), on notes written here in the same habits. */
const tmp = tempDir();
afterAll(tmp.cleanup);

const shownText = (q: { prompt: string; choices?: string[]; acceptedAnswers?: string[] }) =>
  [q.prompt, ...(q.choices ?? []), ...(q.acceptedAnswers ?? [])].join('\n');

describe('set 13 ambiguous and distractors patterns', () => {
  it('offers no step or guide heading (`의존성 추가하기`, `개발자 도구 열기`, `선택 가이드`) among terms', () => {
    const notes = oneNote(
      tmp.dir,
      'android.md',
      '# 5. 안드로이드(Android)\n\n## 5.1 화면\n\n' +
        '### 젯팩 컴포즈(Jetpack Compose)\n\n- XML 레이아웃 대신 코틀린 코드로 UI 그리는 선언형 UI 툴킷\n\n' +
        '### 리컴포지션(Recomposition)\n\n- 상태가 바뀌면 그 상태를 읽는 컴포저블만 다시 실행되는 것\n\n' +
        '### 뷰모델(ViewModel)\n\n- UI 관련 데이터를 보관하고 화면 회전 같은 상황에서도 살아남음\n\n' +
        '### 개발자 도구 열기\n\n- Ctrl+Shift+P 누르면 명령 메뉴 나옴 → 패널 이름 몰라도 검색해서 실행 가능\n\n' +
        '### 화면 선택 가이드\n\n- 목록이면 LazyColumn, 격자면 LazyVerticalGrid 를 고르는 게 보통\n\n' +
        '**의존성 추가하기**\n\n- 버전 관리는 libs.versions.toml 로 한 곳에 모으는 게 요즘 방식\n',
    );
    const questions = manyQuestions(notes);
    expect(questions.some((q) => shownText(q).includes('리컴포지션'))).toBe(true);
    for (const q of questions) expect(shownText(q)).not.toMatch(/추가하기|도구 열기|선택 가이드/);
  });
});

describe('set 13 ambiguous patterns: a label that judges or sorts its items', () => {
  it('never asks a bullet label such as `흔한 원인`, `근본 해결` or `지표 예` as a term', () => {
    const notes = oneNote(
      tmp.dir,
      'pointers.md',
      '# 3. 포인터(Pointers)\n\n## 3.1 메모리 오류\n\n' +
        '### 세그멘테이션 폴트(Segmentation Fault)\n\n- 접근 권한 없는 메모리 주소에 접근해서 OS 가 프로세스를 강제로 죽이는 것\n' +
        '- 흔한 원인 : NULL 역참조, 초기화 안 한 포인터 사용, 배열 범위 밖 접근\n\n' +
        '### 주소 고갈(Address Exhaustion)\n\n- 쓸 수 있는 IPv4 주소가 바닥나서 새 기기에 줄 주소가 없는 상황\n' +
        '- 근본 해결 : IPv6 (128비트, 2^128 개)\n\n' +
        '### 댕글링 포인터(Dangling Pointer)\n\n- 이미 해제된 메모리를 여전히 가리키고 있는 포인터\n' +
        '- 지표 예 : 해제 후 접근 횟수, 크래시 로그 건수\n\n' +
        '### 메모리 누수(Memory Leak)\n\n- malloc 으로 잡은 메모리를 free 안 해서 프로그램이 끝날 때까지 못 쓰게 되는 것\n',
    );
    const questions = manyQuestions(notes);
    expect(questions.some((q) => shownText(q).includes('댕글링 포인터'))).toBe(true);
    for (const q of questions) expect(q.acceptedAnswers ?? [], q.prompt).not.toContain('흔한 원인');
    for (const q of questions) expect(shownText(q)).not.toMatch(/흔한 원인\s*:|근본 해결\s*:|지표 예\s*:/);
    for (const q of questions) expect(shownText(q)).not.toMatch(/「(?:흔한 원인|근본 해결|지표 예)」/);
  });
});

describe('set 13a distractors pattern: what a general heading gathers is no member of a narrower list', () => {
  it('offers no `제자리 정렬` (filed under 정렬 기초) among the sorts of 「기본 정렬」', () => {
    const notes = oneNote(
      tmp.dir,
      'sorting.md',
      '# 8. 정렬 알고리즘(Sorting Algorithms)\n\n## 8.1 정렬 기초\n\n' +
        '### 안정 정렬\n\n- 값이 같은 원소들의 원래 순서가 정렬 뒤에도 유지되는 정렬\n\n' +
        '### 제자리 정렬\n\n- 추가 메모리를 거의 안 쓰고 배열 안에서 자리만 바꿔 정렬하는 것\n\n' +
        '## 8.2 기본 정렬\n\n' +
        '### 버블 정렬(Bubble Sort)\n\n- 옆에 있는 두 원소 비교해서 큰 걸 뒤로 보냄\n\n' +
        '### 선택 정렬(Selection Sort)\n\n- 남은 것 중 제일 작은 값을 찾아서 앞으로 보냄\n\n' +
        '### 삽입 정렬(Insertion Sort)\n\n- 앞쪽 정렬된 부분에 새 원소를 알맞은 자리에 끼워 넣음\n\n' +
        '## 8.3 실전 정렬\n\n' +
        '### 팀 정렬(Timsort)\n\n- 병합 정렬이랑 삽입 정렬을 섞은 것, 파이썬 기본 정렬\n\n' +
        '### 인트로 정렬(Introsort)\n\n- 퀵 정렬로 시작해서 재귀가 깊어지면 힙 정렬로 바꿈\n\n' +
        '### 외부 정렬(External Sort)\n\n- 메모리에 다 안 올라가는 데이터를 나눠서 정렬한 뒤 병합\n',
    );
    const lists = manyQuestions(notes).filter((q) => q.type === 'list-membership');
    expect(lists.length).toBeGreaterThan(0);
    for (const q of lists) expect(q.choices ?? [], q.prompt).not.toContain('제자리 정렬');
    for (const q of lists) expect(q.choices ?? [], q.prompt).not.toContain('안정 정렬');
  });
});

describe('sets 10–11 ambiguous pattern: a label that points elsewhere or numbers an item', () => {
  it('never asks `반대 개념`, `가정 1` or `주의할 점` as a term', () => {
    const notes = oneNote(
      tmp.dir,
      'react.md',
      '# 2. 리액트(React)\n\n## 2.1 렌더링\n\n' +
        '### 재조정(Reconciliation)\n\n- 이전 가상 DOM 과 새 가상 DOM 을 비교해서 바뀐 부분만 실제 DOM 에 반영하는 과정\n' +
        '- 가정 1 : 요소 타입 다르면 아래 트리 통째로 버리고 새로 만듦\n' +
        '- 가정 2 : 리스트에선 key 로 같은 항목인지 판단\n\n' +
        '### 산탄총 수술(Shotgun Surgery)\n\n- 기능 하나 바꾸려는데 파일 열 개를 여기저기 조금씩 고쳐야 하는 상황\n' +
        '- 반대 개념 : 뒤엉킨 변경 → 한 클래스가 여러 이유로 계속 바뀜\n\n' +
        '### 스토어(Store)\n\n- 여러 컴포넌트가 같이 쓰는 값을 담아두고 바뀌면 구독자에게 알려주는 객체\n\n' +
        '### 주의할 점\n\n- 최상위에서 선언한 스토어에만 되고 함수 안 지역 변수엔 못 씀\n',
    );
    const questions = manyQuestions(notes);
    expect(questions.some((q) => shownText(q).includes('산탄총 수술'))).toBe(true);
    for (const q of questions) expect(shownText(q)).not.toMatch(/가정 [12]\s*:|반대 개념\s*:|주의할 점\s*:/);
    for (const q of questions) expect(q.acceptedAnswers ?? [], q.prompt).not.toContain('주의할 점');
    for (const q of questions) expect(q.choices ?? [], q.prompt).not.toContain('주의할 점');
  });
});
