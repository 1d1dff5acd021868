import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '크론탭 문법', expect: '크론탭 문법(Crontab Syntax)', category: 'plain' },
  { query: '데드 레터 큐', expect: '데드 레터 큐(Dead Letter Queue)', category: 'plain' },
  { query: '워커 동시성', expect: '워커 동시성(Worker Concurrency)', category: 'plain' },
  { query: '잡 리포지토리', expect: '잡 리포지토리(Job Repostory)', category: 'plain' },

  // particles
  { query: '멱등성이 뭐야', expect: '멱등성', category: 'particles' },
  { query: '분산 락은 왜 필요해', expect: '분산 락(Distributed Lock)', category: 'particles' },
  { query: '태스크릿이란', expect: '태스크릿(Tasklet)', category: 'particles' },
  {
    query: '청크 지향 처리가 뭐임',
    expect: '청크 지향 처리(Chunk-Oriented Processing)',
    category: 'particles',
  },
  { query: '시스템드 타이머는 뭐야', expect: '시스템드 타이머(systemd Timer)', category: 'particles' },

  // question
  {
    query: '터미널에선 되는데 크론으로 돌리면 command not found 떠요',
    expect: '크론탭 문법(Crontab Syntax)',
    category: 'question',
  },
  {
    query: '서버 3대인데 스케줄 작업이 세 번씩 돌아요',
    expect: '분산 락(Distributed Lock)',
    category: 'question',
  },
  { query: '포인트 지급 배치가 두 번 돌아서 중복 지급됐어', expect: '멱등성', category: 'question' },
  { query: '서버가 UTC인데 한국 시간 새벽 3시에 돌리려면', expect: '시간대 설정', category: 'question' },
  {
    query: '@Scheduled 작업 하나가 오래 걸리니까 다른 작업도 안 돌아',
    expect: '스프링 스케줄러(@Scheduled)',
    category: 'question',
  },
  {
    query: '같은 파라미터로 잡 다시 실행했는데 안 돌아요',
    expect: '잡과 스텝(Job & Step)',
    category: 'question',
  },
  {
    query: '배치 중간에 실패했는데 처음부터 다시 돌려야 돼?',
    expect: '재시작과 스킵(Restart & Skip)',
    category: 'question',
  },
  {
    query: '크론 작업 에러 났는데 출력이 어디에도 안 남아',
    expect: '실행 로그 관리(Logging)',
    category: 'question',
  },
  {
    query: '재시도 다 실패한 메시지는 어디로 보내',
    expect: '데드 레터 큐(Dead Letter Queue)',
    category: 'question',
  },
  { query: '장애로 3일치 정산이 안 돌았는데 어떻게 해', expect: '누락 구간 재처리', category: 'question' },

  // spacing
  { query: '지수백오프', expect: '지수 백오프(Exponential Backof)', category: 'spacing' },
  { query: '작업큐', expect: '작업 큐(Job Queue)', category: 'spacing' },
  { query: '청크지향처리', expect: '청크 지향 처리(Chunk-Oriented Processing)', category: 'spacing' },
  { query: '재시도전략', expect: '재시도 전략(Retry Strategy)', category: 'spacing' },

  // typo-query
  { query: '크론텝 문법', expect: '크론탭 문법(Crontab Syntax)', category: 'typo-query' },
  { query: '맥등성', expect: '멱등성', category: 'typo-query' },
  { query: '태스크립', expect: '태스크릿(Tasklet)', category: 'typo-query' },
  { query: 'sheduled 어노테이션', expect: '스프링 스케줄러(@Scheduled)', category: 'typo-query' },
  { query: '데드 래터 큐', expect: '데드 레터 큐(Dead Letter Queue)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'special characters', expect: '특수 문자(Special Charcters)', category: 'typo-notes' },
  { query: 'exponential backoff', expect: '지수 백오프(Exponential Backof)', category: 'typo-notes' },
  { query: 'job repository', expect: '잡 리포지토리(Job Repostory)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'auremdtjd', expect: '멱등성', category: 'keyboard' },
  { query: 'zmfhsxoq', expect: '크론탭 문법(Crontab Syntax)', category: 'keyboard' },
  { query: 'xotmzmflt', expect: '태스크릿(Tasklet)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅅㄹ', expect: '분산 락(Distributed Lock)', category: 'choseong' },
  { query: 'ㅈㅅㅂㅇㅍ', expect: '지수 백오프(Exponential Backof)', category: 'choseong' },
  { query: 'ㄷㄷㄹㅌㅋ', expect: '데드 레터 큐(Dead Letter Queue)', category: 'choseong' },

  // english-glossary
  { query: 'idempotency', expect: '멱등성', category: 'english-glossary' },
  { query: 'heartbeat monitoring', expect: '생존 신호 감시', category: 'english-glossary' },
  { query: 'backfill', expect: '누락 구간 재처리', category: 'english-glossary' },
  { query: 'timezone', expect: '시간대 설정', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'run a job every 15 minutes on weekdays',
    expect: '크론탭 문법(Crontab Syntax)',
    category: 'english',
  },
  {
    query: 'add random jitter to the retry delay',
    expect: '지수 백오프(Exponential Backof)',
    category: 'english',
  },
  {
    query: 'reader processor writer with commit per chunk size',
    expect: '청크 지향 처리(Chunk-Oriented Processing)',
    category: 'english',
  },
  {
    query: 'make a scheduled task run on only one instance',
    expect: '분산 락(Distributed Lock)',
    category: 'english',
  },
  {
    query: 'skip bad records instead of failing the whole job',
    expect: '재시작과 스킵(Restart & Skip)',
    category: 'english',
  },

  // paraphrase
  { query: '이전 실행 끝나고 나서부터 간격 세기', expect: 'fixedDelay', category: 'paraphrase' },
  {
    query: '요청 들어올 때마다 뒤에서 일꾼이 꺼내서 처리하는 구조',
    expect: '작업 큐(Job Queue)',
    category: 'paraphrase',
  },
  {
    query: '모아뒀다가 밤에 한꺼번에 돌리는 정산',
    expect: '배치 처리(Batch Processing)',
    category: 'paraphrase',
  },
  {
    query: '꺼져 있던 동안 놓친 실행을 부팅 후에 챙겨주는 리눅스 기능',
    expect: '시스템드 타이머(systemd Timer)',
    category: 'paraphrase',
  },
  {
    query: '실행 이력이랑 어디까지 했는지 DB 테이블에 저장하는 곳',
    expect: '잡 리포지토리(Job Repostory)',
    category: 'paraphrase',
  },
  { query: '작업 실패하면 슬랙으로 연락 오게 하기', expect: '알림 설정(Alerting)', category: 'paraphrase' },

  // comparison
  {
    query: 'fixedRate fixedDelay 차이',
    expect: ['fixedRate', 'fixedDelay'],
    category: 'comparison',
    compare: ['fixedRate', 'fixedDelay'],
  },
  {
    query: '배치 처리랑 작업 큐 차이가 뭐야',
    expect: ['배치 처리(Batch Processing)', '작업 큐(Job Queue)'],
    category: 'comparison',
    compare: ['배치 처리(Batch Processing)', '작업 큐(Job Queue)'],
  },
  {
    query: '청크 방식 vs 태스크릿',
    expect: ['청크 지향 처리(Chunk-Oriented Processing)', '태스크릿(Tasklet)'],
    category: 'comparison',
    compare: ['청크 지향 처리(Chunk-Oriented Processing)', '태스크릿(Tasklet)'],
  },
  {
    query: 'cron vs systemd timer',
    expect: ['크론 개요(Cron)', '시스템드 타이머(systemd Timer)'],
    category: 'comparison',
    compare: ['크론 개요(Cron)', '시스템드 타이머(systemd Timer)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '수채화 번지기 기법', expect: null, category: 'miss' },
  { query: '고려 시대 무신정권', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Airflow DAG로 워크플로 의존성 관리', expect: null, category: 'miss-shared' },
  { query: 'Kafka 컨슈머 그룹 오프셋 커밋', expect: null, category: 'miss-shared' },
  { query: '쿠버네티스 HPA 오토스케일링', expect: null, category: 'miss-shared' },
  { query: 'Redis 캐시 LRU 제거 정책', expect: null, category: 'miss-shared' },
];
