import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '퀵 정렬', expect: '퀵 정렬(Quick Sort)', category: 'plain' },
  { query: '힙 정렬', expect: '힙 정렬(Heap Sort)', category: 'plain' },
  { query: '셸 정렬', expect: '셸 정렬(Shell Sort)', category: 'plain' },
  { query: '외부 정렬', expect: '외부 정렬(External Sort)', category: 'plain' },

  // particles
  { query: '병합 정렬이 뭐야', expect: '병합 정렬(Merge Sort)', category: 'particles' },
  { query: '기수 정렬이란', expect: '기수 정렬(Radix Sort)', category: 'particles' },
  { query: '버킷 정렬은 뭐임', expect: '버킷 정렬(Bucket Sort)', category: 'particles' },
  { query: '팀 정렬이 뭐야', expect: '팀 정렬(Timsort)', category: 'particles' },
  { query: '인트로 정렬이란', expect: '인트로 정렬(Introsort)', category: 'particles' },

  // question
  {
    query: '[10, 9, 1] sort 했는데 순서가 이상하게 나와요',
    expect: '자바스크립트 sort 주의점',
    category: 'question',
  },
  { query: '퀵 정렬 최악이 O(n²) 되는 경우가 언제야', expect: '퀵 정렬(Quick Sort)', category: 'question' },
  { query: '연결 리스트 정렬할 때 뭐 쓰는 게 좋아', expect: '병합 정렬(Merge Sort)', category: 'question' },
  {
    query: '값이 0~100 사이 정수뿐이면 더 빠르게 정렬 못 해?',
    expect: '계수 정렬(Couting Sort)',
    category: 'question',
  },
  {
    query: '100GB 파일처럼 메모리에 안 들어가는 데이터 정렬하려면',
    expect: '외부 정렬(External Sort)',
    category: 'question',
  },
  { query: '왜 O(n log n)보다 빠른 비교 정렬은 없어', expect: '비교 기반 정렬의 하한', category: 'question' },
  {
    query: '성적순으로 정렬하고 성적 같으면 이름순으로 하려면 어떻게 해',
    expect: '여러 기준으로 정렬(Multi-key Sort)',
    category: 'question',
  },
  { query: '배열에서 3번째로 작은 값만 빨리 구하려면', expect: 'k번째 원소 찾기', category: 'question' },
  { query: 'C++ std::sort는 무슨 알고리즘 써', expect: '인트로 정렬(Introsort)', category: 'question' },
  {
    query: '선택 정렬은 왜 이미 정렬돼 있어도 느려',
    expect: '선택 정렬(Selction Sort)',
    category: 'question',
  },

  // spacing
  { query: '병합정렬', expect: '병합 정렬(Merge Sort)', category: 'spacing' },
  { query: '비교기반 정렬의하한', expect: '비교 기반 정렬의 하한', category: 'spacing' },
  { query: '자바스크립트sort주의점', expect: '자바스크립트 sort 주의점', category: 'spacing' },
  { query: '시간복잡도 비교', expect: '시간 복잡도 비교(Time Complexity)', category: 'spacing' },

  // typo-query
  { query: '퀵 장렬', expect: '퀵 정렬(Quick Sort)', category: 'typo-query' },
  { query: '삽임 정렬', expect: '삽입 정렬(Insertoin Sort)', category: 'typo-query' },
  { query: '버블 정럴', expect: '버블 정렬(Bubble Sort)', category: 'typo-query' },
  { query: '기수 졍렬', expect: '기수 정렬(Radix Sort)', category: 'typo-query' },
  { query: 'timsrot', expect: '팀 정렬(Timsort)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'selection sort', expect: '선택 정렬(Selction Sort)', category: 'typo-notes' },
  { query: 'counting sort', expect: '계수 정렬(Couting Sort)', category: 'typo-notes' },
  { query: 'insertion sort', expect: '삽입 정렬(Insertoin Sort)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qudgkq wjdfuf', expect: '병합 정렬(Merge Sort)', category: 'keyboard' },
  { query: 'qjzlt wjdfuf', expect: '버킷 정렬(Bucket Sort)', category: 'keyboard' },
  { query: 'glq wjdfuf', expect: '힙 정렬(Heap Sort)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅂㅈㄹ', expect: '버블 정렬(Bubble Sort)', category: 'choseong' },
  { query: 'ㅇㅂㅈㄹ', expect: '외부 정렬(External Sort)', category: 'choseong' },
  { query: 'ㅈㅈㄹㅈㄹ', expect: '제자리 정렬', category: 'choseong' },

  // english-glossary
  { query: 'stable sort', expect: '안정 정렬', category: 'english-glossary' },
  { query: 'in-place sorting', expect: '제자리 정렬', category: 'english-glossary' },
  { query: 'inversion count', expect: '역순 쌍 세기', category: 'english-glossary' },
  { query: 'quickselect', expect: 'k번째 원소 찾기', category: 'english-glossary' },

  // english
  {
    query: 'split the array in half and combine sorted halves',
    expect: '병합 정렬(Merge Sort)',
    category: 'english',
  },
  {
    query: 'build a max heap and swap the root to the end',
    expect: '힙 정렬(Heap Sort)',
    category: 'english',
  },
  {
    query: 'sort by each digit starting from the least significant',
    expect: '기수 정렬(Radix Sort)',
    category: 'english',
  },
  {
    query: 'why does javascript sort numbers like strings',
    expect: '자바스크립트 sort 주의점',
    category: 'english',
  },
  {
    query: 'pick the middle of first middle and last element as pivot',
    expect: '세 값의 중앙값(Median of Three)',
    category: 'english',
  },

  // paraphrase
  {
    query: '옆 칸끼리 비교해서 큰 걸 끝으로 밀어내는 방식',
    expect: '버블 정렬(Bubble Sort)',
    category: 'paraphrase',
  },
  {
    query: '트럼프 패 정리하듯 앞쪽에 하나씩 꽂아 넣는 방법',
    expect: '삽입 정렬(Insertoin Sort)',
    category: 'paraphrase',
  },
  {
    query: '간격을 점점 좁혀가며 멀리 떨어진 것끼리 먼저 맞추는 방식',
    expect: '셸 정렬(Shell Sort)',
    category: 'paraphrase',
  },
  {
    query: '구간별 통에 나눠 담고 통마다 따로 정리한 뒤 이어붙이기',
    expect: '버킷 정렬(Bucket Sort)',
    category: 'paraphrase',
  },
  {
    query: '처음엔 퀵으로 돌다가 재귀가 너무 깊어지면 힙으로 갈아타는 방식',
    expect: '인트로 정렬(Introsort)',
    category: 'paraphrase',
  },
  {
    query: '점수 같은 사람들끼리 원래 순서가 안 섞이게 유지되는 성질',
    expect: '안정 정렬',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '로무토 호어 분할 차이',
    expect: ['로무토 분할(Lomuto)', '호어 분할(Hoare)'],
    category: 'comparison',
    compare: ['로무토 분할(Lomuto)', '호어 분할(Hoare)'],
  },
  {
    query: '병합 정렬 vs 퀵 정렬',
    expect: ['병합 정렬(Merge Sort)', '퀵 정렬(Quick Sort)'],
    category: 'comparison',
    compare: ['병합 정렬(Merge Sort)', '퀵 정렬(Quick Sort)'],
  },
  {
    query: '계수 정렬이랑 기수 정렬 차이가 뭐야',
    expect: ['계수 정렬(Couting Sort)', '기수 정렬(Radix Sort)'],
    category: 'comparison',
    compare: ['계수 정렬(Couting Sort)', '기수 정렬(Radix Sort)'],
  },
  {
    query: '팀 정렬 인트로 정렬 차이',
    expect: ['팀 정렬(Timsort)', '인트로 정렬(Introsort)'],
    category: 'comparison',
    compare: ['팀 정렬(Timsort)', '인트로 정렬(Introsort)'],
  },

  // miss
  { query: '마라톤 풀코스 페이스 조절', expect: null, category: 'miss' },
  { query: '판소리 춘향가 줄거리', expect: null, category: 'miss' },
  { query: '연말정산 의료비 공제 방법', expect: null, category: 'miss' },

  // miss-shared
  { query: '위상 정렬 진입 차수', expect: null, category: 'miss-shared' },
  { query: '다익스트라 최단 경로 구하기', expect: null, category: 'miss-shared' },
  { query: 'SQL ORDER BY 인덱스 정렬', expect: null, category: 'miss-shared' },
  { query: '해시 테이블 충돌 체이닝', expect: null, category: 'miss-shared' },
];
