import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '마운트', expect: '마운트(Mount)', category: 'plain' },
  { query: '저널링', expect: '저널링(Journaling)', category: 'plain' },
  { query: '색인 할당', expect: '색인 할당(Indexed Allocation)', category: 'plain' },
  { query: '파일 권한', expect: '파일 권한(Permission)', category: 'plain' },

  // particles
  { query: '아이노드가 뭐야', expect: '아이노드(Inode)', category: 'particles' },
  { query: '파일 디스크립터란', expect: '파일 디스크립터(File Descriptor)', category: 'particles' },
  { query: '디스크 스케줄링은 뭐임', expect: '디스크 스케줄링(Disk Scheduling)', category: 'particles' },
  { query: 'FAT가 뭔데', expect: 'FAT(File Allocation Table)', category: 'particles' },
  { query: '쓰기 시 복사란', expect: '쓰기 시 복사(Copy-on-Write)', category: 'particles' },

  // question
  {
    query: 'USB에 4GB 넘는 동영상이 복사가 안 돼요',
    expect: 'FAT(File Allocation Table)',
    category: 'question',
  },
  {
    query: 'Too many open files 에러 왜 나요',
    expect: '파일 디스크립터(File Descriptor)',
    category: 'question',
  },
  { query: '원본 지웠더니 바로가기가 깨졌어요', expect: '심볼릭 링크(Symbolic Link)', category: 'question' },
  { query: '전원 나가도 데이터 확실히 디스크에 남게 하려면', expect: '버퍼 캐시', category: 'question' },
  { query: '디스크 용량은 남았는데 파일을 더 못 만들어요', expect: '아이노드(Inode)', category: 'question' },
  { query: '재부팅할 때 fsck 몇 시간 걸리는 거 왜 그래', expect: '일관성 검사', category: 'question' },
  {
    query: 'SSTF 쓰면 멀리 있는 요청은 왜 계속 밀려',
    expect: '디스크 스케줄링(Disk Scheduling)',
    category: 'question',
  },
  {
    query: '파일을 통째로 이어서 저장하면 외부 단편화 왜 생겨',
    expect: '연속 할당(Contiguous Allocation)',
    category: 'question',
  },
  {
    query: '디스크 하나 고장 나도 데이터 살리려면 뭐 써',
    expect: 'RAID(Redundant Array of Independant Disks)',
    category: 'question',
  },
  {
    query: 'ext4랑 NFS를 같은 read 함수로 읽을 수 있는 이유',
    expect: '가상 파일 시스템(Virtual File Sytem)',
    category: 'question',
  },

  // spacing
  { query: '파일디스크립터', expect: '파일 디스크립터(File Descriptor)', category: 'spacing' },
  { query: '하드링크', expect: '하드 링크(Hard Link)', category: 'spacing' },
  { query: '가상파일시스템', expect: '가상 파일 시스템(Virtual File Sytem)', category: 'spacing' },
  { query: '빈블록 연결리스트', expect: '빈 블록 연결 리스트(Free List)', category: 'spacing' },

  // typo-query
  { query: '아이노트', expect: '아이노드(Inode)', category: 'typo-query' },
  { query: '저널닝', expect: '저널링(Journaling)', category: 'typo-query' },
  { query: '디렉터리 구죠', expect: '디렉터리 구조(Directory Structure)', category: 'typo-query' },
  { query: '심볼릭 링그', expect: '심볼릭 링크(Symbolic Link)', category: 'typo-query' },
  { query: 'permision', expect: '파일 권한(Permission)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'linked allocation', expect: '연결 할당(Linked Alocation)', category: 'typo-notes' },
  {
    query: 'independent disks',
    expect: 'RAID(Redundant Array of Independant Disks)',
    category: 'typo-notes',
  },
  { query: 'virtual file system', expect: '가상 파일 시스템(Virtual File Sytem)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'akdnsxm', expect: '마운트(Mount)', category: 'keyboard' },
  { query: 'qlxmaoq', expect: '비트맵(Bitmap)', category: 'keyboard' },
  { query: 'wjsjffld', expect: '저널링(Journaling)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅇㄴㄷ', expect: '아이노드(Inode)', category: 'choseong' },
  { query: 'ㅆㄱㅅㅂㅅ', expect: '쓰기 시 복사(Copy-on-Write)', category: 'choseong' },
  { query: 'ㅅㄷㄱㄹ', expect: '상대 경로(Relative Path)', category: 'choseong' },

  // english-glossary
  { query: 'buffer cache', expect: '버퍼 캐시', category: 'english-glossary' },
  { query: 'memory mapped file', expect: '메모리 맵 파일', category: 'english-glossary' },
  { query: 'internal fragmentation', expect: '블록 크기와 내부 단편화', category: 'english-glossary' },
  { query: 'consistency check', expect: '일관성 검사', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'attach a usb drive to a directory', expect: '마운트(Mount)', category: 'english' },
  {
    query: 'log metadata changes before applying them to recover after a crash',
    expect: '저널링(Journaling)',
    category: 'english',
  },
  {
    query: 'elevator algorithm for hard disk head movement',
    expect: '디스크 스케줄링(Disk Scheduling)',
    category: 'english',
  },
  {
    query: 'cheap snapshots by writing new blocks instead of overwriting',
    expect: '쓰기 시 복사(Copy-on-Write)',
    category: 'english',
  },
  {
    query: 'read write execute bits for owner group and others',
    expect: '파일 권한(Permission)',
    category: 'english',
  },

  // paraphrase
  {
    query: '각 조각 끝에 다음 조각 위치를 적어 체인처럼 이어 붙이는 저장법',
    expect: '연결 할당(Linked Alocation)',
    category: 'paraphrase',
  },
  {
    query: '파일마다 블록 번호 목록만 모아둔 블록 하나 따로 두기',
    expect: '색인 할당(Indexed Allocation)',
    category: 'paraphrase',
  },
  {
    query: '같은 실제 데이터를 가리키는 이름을 하나 더 만드는 것',
    expect: '하드 링크(Hard Link)',
    category: 'paraphrase',
  },
  {
    query: '지금 있는 폴더 기준으로 위치 적는 법',
    expect: '상대 경로(Relative Path)',
    category: 'paraphrase',
  },
  {
    query: '1바이트짜리도 4KB 다 잡아먹는 낭비',
    expect: '블록 크기와 내부 단편화',
    category: 'paraphrase',
  },
  {
    query: '열기 하면 커널이 돌려주는 작은 정수 번호',
    expect: '파일 디스크립터(File Descriptor)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '절대 경로 상대 경로 차이',
    expect: ['절대 경로(Absolute Path)', '상대 경로(Relative Path)'],
    category: 'comparison',
    compare: ['절대 경로(Absolute Path)', '상대 경로(Relative Path)'],
  },
  {
    query: '하드 링크 vs 심볼릭 링크',
    expect: ['하드 링크(Hard Link)', '심볼릭 링크(Symbolic Link)'],
    category: 'comparison',
    compare: ['하드 링크(Hard Link)', '심볼릭 링크(Symbolic Link)'],
  },
  {
    query: '비트맵이랑 연결 리스트로 빈 공간 관리하는 거 비교',
    expect: ['비트맵(Bitmap)', '빈 블록 연결 리스트(Free List)'],
    category: 'comparison',
    compare: ['비트맵(Bitmap)', '빈 블록 연결 리스트(Free List)'],
  },
  {
    query: '연속 할당 연결 할당 차이',
    expect: ['연속 할당(Contiguous Allocation)', '연결 할당(Linked Alocation)'],
    category: 'comparison',
    compare: ['연속 할당(Contiguous Allocation)', '연결 할당(Linked Alocation)'],
  },

  // miss
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '농구 자유투 자세 교정', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: '프로세스 스케줄링 라운드 로빈 타임 퀀텀', expect: null, category: 'miss-shared' },
  { query: '페이지 교체 알고리즘 LRU', expect: null, category: 'miss-shared' },
  { query: '데드락 발생 조건 교착 상태', expect: null, category: 'miss-shared' },
  { query: 'NTFS 파일 암호화 설정', expect: null, category: 'miss-shared' },
];
