import type { ChapterQuery } from './types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '커밋', expect: '커밋(Commit)', category: 'plain' },
  { query: '리베이스', expect: '리베이스(Rebase)', category: 'plain' },
  { query: '태그', expect: '태그(Tag)', category: 'plain' },

  // particles
  { query: '스태시를', expect: '스태시(Stash)', category: 'particles' },
  { query: '브랜치는', expect: '브랜치(Branch)', category: 'particles' },
  { query: '원격 저장소가 뭐임', expect: '원격 저장소(Remote Repository)', category: 'particles' },
  { query: '스테이징 영역이란', expect: '스테이징 영역(Staging Area)', category: 'particles' },
  { query: '충돌이란', expect: '충돌(Conflict)', category: 'particles' },

  // question
  { query: '브랜치 왜 쓰나요', expect: '브랜치(Branch)', category: 'question' },
  { query: '충돌 나면 어떻게 해요', expect: '충돌 해결 방법', category: 'question' },
  { query: '커밋 취소하려면 어떻게 해', expect: ['리셋(Reset)', '리버트(Revert)'], category: 'question' },
  { query: '.gitignore 안 하면 어떻게 돼', expect: '.gitignore', category: 'question' },
  { query: '리베이스 하면 안 되는 경우', expect: '리베이스(Rebase)', category: 'question' },
  { query: '스태시 언제 필요해', expect: '스태시(Stash)', category: 'question' },
  { query: 'git pull 하면 뭐하는거야', expect: '풀(Pull)', category: 'question' },
  { query: '푸시가 거절되는 이유', expect: '푸시(Push)', category: 'question' },
  { query: '브랜치 전략 뭐가 좋아요', expect: '브랜치 전략', category: 'question' },

  // spacing
  { query: '원격저장소', expect: '원격 저장소(Remote Repository)', category: 'spacing' },
  { query: '스테이징영역', expect: '스테이징 영역(Staging Area)', category: 'spacing' },
  { query: '브랜치전략', expect: '브랜치 전략', category: 'spacing' },
  { query: '충돌해결 방법', expect: '충돌 해결 방법', category: 'spacing' },

  // typo-query
  { query: 'comit', expect: '커밋(Commit)', category: 'typo-query' },
  { query: '스테시', expect: '스태시(Stash)', category: 'typo-query' },
  { query: '충돌 헤결', expect: '충돌 해결 방법', category: 'typo-query' },
  { query: 'gitignroe', expect: '.gitignore', category: 'typo-query' },
  { query: '리배이스', expect: '리베이스(Rebase)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: '체리픽', expect: '채리픽(Cherry-pick)', category: 'typo-notes' },
  { query: 'fast-forward 머지', expect: '빨리 감기 머지(Fast-foward)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmxotl', expect: '스태시(Stash)', category: 'keyboard' },
  { query: 'qmfoscl', expect: '브랜치(Branch)', category: 'keyboard' },
  { query: 'flqpdltm', expect: '리베이스(Rebase)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅌㅅ', expect: '스태시(Stash)', category: 'choseong' },
  { query: 'ㄹㅂㅇㅅ', expect: '리베이스(Rebase)', category: 'choseong' },

  // english-glossary
  { query: 'merge', expect: '머지(Merge)', category: 'english-glossary' },
  { query: 'version control', expect: '버전 관리 시스템(VCS)', category: 'english-glossary' },
  { query: 'pull request', expect: '풀 리퀘스트(Pull Request)', category: 'english-glossary' },
  { query: 'resolve conflict', expect: '충돌 해결 방법', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'squash commits', expect: '리베이스(Rebase)', category: 'english' },
  { query: 'fork repository', expect: '풀 리퀘스트(Pull Request)', category: 'english' },
  { query: 'how do I revert a pushed commit', expect: '리버트(Revert)', category: 'english' },
  { query: 'what is detached HEAD', expect: 'HEAD', category: 'english' },
  { query: 'git stash', expect: '스태시(Stash)', category: 'english' },

  // paraphrase
  { query: '커밋 전에 바뀐 파일 올려두는 곳', expect: '스테이징 영역(Staging Area)', category: 'paraphrase' },
  {
    query: '다른 브랜치에서 커밋 하나만 골라서 가져오기',
    expect: '채리픽(Cherry-pick)',
    category: 'paraphrase',
  },
  { query: '깃이 특정 파일 추적 못하게 빼는 법', expect: '.gitignore', category: 'paraphrase' },
  { query: '릴리즈 버전에 이름 붙여두기', expect: '태그(Tag)', category: 'paraphrase' },
  { query: '하던 거 커밋 안 하고 잠깐 숨겨놓기', expect: '스태시(Stash)', category: 'paraphrase' },

  // comparison
  {
    query: '머지 리베이스 차이점',
    expect: ['머지(Merge)', '리베이스(Rebase)'],
    category: 'comparison',
    compare: ['머지(Merge)', '리베이스(Rebase)'],
  },
  {
    query: 'fetch vs pull',
    expect: ['페치(Fetch)', '풀(Pull)'],
    category: 'comparison',
    compare: ['페치(Fetch)', '풀(Pull)'],
  },
  {
    query: 'reset이랑 revert 차이',
    expect: ['리셋(Reset)', '리버트(Revert)'],
    category: 'comparison',
    compare: ['리셋(Reset)', '리버트(Revert)'],
  },
  {
    query: '푸시와 풀의 차이',
    expect: ['푸시(Push)', '풀(Pull)'],
    category: 'comparison',
    compare: ['푸시(Push)', '풀(Pull)'],
  },

  // miss
  { query: '도커 컨테이너 실행하는 법', expect: null, category: 'miss' },
  { query: '리액트 useEffect', expect: null, category: 'miss' },
  { query: '운영체제 데드락이 뭐야', expect: null, category: 'miss' },

  // miss-shared
  { query: '깃 서브모듈 사용법', expect: null, category: 'miss-shared' },
  { query: '커밋에 GPG 서명하기', expect: null, category: 'miss-shared' },
  { query: '브랜치 보호 규칙 설정', expect: null, category: 'miss-shared' },
];
