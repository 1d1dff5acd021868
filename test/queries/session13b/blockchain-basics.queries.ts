import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '해시 함수', expect: '해시 함수(Hash Function)', category: 'plain' },
  { query: '채굴', expect: '채굴(Minning)', category: 'plain' },
  { query: '가스', expect: '가스(Gas)', category: 'plain' },
  { query: '레이어 2', expect: '레이어 2(Layer 2)', category: 'plain' },

  // particles
  { query: '작업 증명이 뭐야', expect: '작업 증명(Proof of Work)', category: 'particles' },
  { query: '지갑이란', expect: '지갑(Wallet)', category: 'particles' },
  { query: '솔리디티는 뭐임', expect: '솔리디티(Solidity)', category: 'particles' },
  { query: '트랜잭션이 뭐야', expect: '트랜잭션(Transaction)', category: 'particles' },
  { query: '51% 공격이란', expect: '51% 공격(51% Attack)', category: 'particles' },

  // question
  {
    query: '블록 하나 조작하면 왜 뒤에 블록 다 다시 계산해야 돼',
    expect: '해시 체인(Hash Chain)',
    category: 'question',
  },
  {
    query: '코인 받는 주소는 어떻게 만들어져',
    expect: '공개키와 개인키(Public & Private Key)',
    category: 'question',
  },
  {
    query: '지갑 복원 단어 12개 캡처해서 클라우드에 저장해도 돼?',
    expect: '복구 구문',
    category: 'question',
  },
  { query: '송금했는데 몇 블록 기다려야 확정이야', expect: '트랜잭션(Transaction)', category: 'question' },
  { query: '컨트랙트 실행 실패했는데 수수료는 왜 나가요', expect: '가스(Gas)', category: 'question' },
  {
    query: '배포한 컨트랙트 코드에 버그 있으면 고칠 수 있어?',
    expect: '스마트 컨트랙트(Smart Contarct)',
    category: 'question',
  },
  { query: '비트코인 블록 보상이 왜 계속 줄어들어', expect: '채굴(Minning)', category: 'question' },
  {
    query: '이더리움 검증자 되려면 ETH 얼마 필요해',
    expect: '지분 증명(Proof of Stake)',
    category: 'question',
  },
  { query: '5 BTC에서 3 BTC 보냈는데 나머지 2 BTC는 어디로 가', expect: 'UTXO 모델', category: 'question' },
  {
    query: '입력 한 글자만 바꿨는데 해시값이 완전 달라져요',
    expect: '해시 함수(Hash Function)',
    category: 'question',
  },

  // spacing
  { query: '작업증명', expect: '작업 증명(Proof of Work)', category: 'spacing' },
  { query: '분산원장', expect: '분산 원장', category: 'spacing' },
  { query: '비잔틴장애허용', expect: '비잔틴 장애 허용', category: 'spacing' },
  { query: '머클트리', expect: '머클 트리', category: 'spacing' },

  // typo-query
  { query: '솔리디트', expect: '솔리디티(Solidity)', category: 'typo-query' },
  { query: '트랜젝션', expect: '트랜잭션(Transaction)', category: 'typo-query' },
  { query: 'etherium', expect: '이더리움(Ethereum Platform)', category: 'typo-query' },
  { query: '지분 증멍', expect: '지분 증명(Proof of Stake)', category: 'typo-query' },
  { query: '하드 퍼크', expect: '하드 포크', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'mining', expect: '채굴(Minning)', category: 'typo-notes' },
  { query: 'digital signature', expect: '전자 서명(Digtal Signature)', category: 'typo-notes' },
  { query: 'smart contract', expect: '스마트 컨트랙트(Smart Contarct)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'cornf', expect: '채굴(Minning)', category: 'keyboard' },
  { query: 'wlrkq', expect: '지갑(Wallet)', category: 'keyboard' },
  { query: 'thfflelxl', expect: '솔리디티(Solidity)', category: 'keyboard' },

  // choseong
  { query: 'ㅈㅇㅈㅁ', expect: '작업 증명(Proof of Work)', category: 'choseong' },
  { query: 'ㅂㅅㅇㅈ', expect: '분산 원장', category: 'choseong' },
  { query: 'ㅁㅋㅌㄹ', expect: '머클 트리', category: 'choseong' },

  // english-glossary
  { query: 'merkle tree', expect: '머클 트리', category: 'english-glossary' },
  { query: 'distributed ledger', expect: '분산 원장', category: 'english-glossary' },
  { query: 'byzantine fault tolerance', expect: '비잔틴 장애 허용', category: 'english-glossary' },
  { query: 'seed phrase', expect: '복구 구문', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'what happens if one group controls most of the hash power',
    expect: '51% 공격(51% Attack)',
    category: 'english',
  },
  { query: 'fee paid for each computation step on ethereum', expect: '가스(Gas)', category: 'english' },
  { query: 'fungible token standard', expect: 'ERC-20', category: 'english' },
  {
    query: 'rollups that process transactions off the main chain',
    expect: '레이어 2(Layer 2)',
    category: 'english',
  },
  { query: 'permissioned blockchain for companies', expect: '프라이빗 블록체인', category: 'english' },

  // paraphrase
  {
    query: '코인을 많이 맡긴 사람이 다음 블록 만들 권한을 더 잘 얻는 방식',
    expect: '지분 증명(Proof of Stake)',
    category: 'paraphrase',
  },
  {
    query: '규칙 바꿨더니 옛날 노드들이 새 블록을 거부해서 체인이 두 갈래로 나뉨',
    expect: '하드 포크',
    category: 'paraphrase',
  },
  {
    query: '은행 계좌처럼 주소마다 남은 돈 숫자를 저장하는 방식',
    expect: '계정 모델',
    category: 'paraphrase',
  },
  {
    query: '메인 체인 밖에서 거래 처리하고 결과만 올려서 수수료 줄이는 기술',
    expect: '레이어 2(Layer 2)',
    category: 'paraphrase',
  },
  {
    query: '연산력 과반 차지해서 이미 보낸 거래 기록을 뒤집는 것',
    expect: '51% 공격(51% Attack)',
    category: 'paraphrase',
  },
  {
    query: '거래 해시를 둘씩 묶어 계속 해시해서 하나로 모으는 구조',
    expect: '머클 트리',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '작업 증명이랑 지분 증명 차이',
    expect: ['작업 증명(Proof of Work)', '지분 증명(Proof of Stake)'],
    category: 'comparison',
    compare: ['작업 증명(Proof of Work)', '지분 증명(Proof of Stake)'],
  },
  {
    query: '하드 포크랑 소프트 포크 차이가 뭐야',
    expect: ['하드 포크', '소프트 포크'],
    category: 'comparison',
    compare: ['하드 포크', '소프트 포크'],
  },
  {
    query: 'UTXO vs 계정 모델',
    expect: ['UTXO 모델', '계정 모델'],
    category: 'comparison',
    compare: ['UTXO 모델', '계정 모델'],
  },
  {
    query: '퍼블릭 블록체인이랑 프라이빗 블록체인 뭐가 달라',
    expect: ['퍼블릭 블록체인', '프라이빗 블록체인'],
    category: 'comparison',
    compare: ['퍼블릭 블록체인', '프라이빗 블록체인'],
  },

  // miss
  { query: '제육볶음 양념 비율', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: '양자 컴퓨터 쇼어 알고리즘으로 RSA 해독', expect: null, category: 'miss-shared' },
  { query: 'CBDC 중앙은행 디지털 화폐 발행', expect: null, category: 'miss-shared' },
  { query: 'IPFS 분산 파일 저장', expect: null, category: 'miss-shared' },
  { query: 'Git 커밋 해시로 되돌리기', expect: null, category: 'miss-shared' },
];
