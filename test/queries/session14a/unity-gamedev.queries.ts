import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '프리팹', expect: '프리팹(Prefab)', category: 'plain' },
  { query: '레이캐스트', expect: '레이캐스트(Raycast)', category: 'plain' },
  { query: '스크립터블 오브젝트', expect: '스크립터블 오브젝트(ScriptableObject)', category: 'plain' },
  { query: '모노비헤이비어', expect: '모노비헤이비어(MonoBehaviour)', category: 'plain' },

  // particles
  { query: '코루틴이 뭐야', expect: '코루틴(Corutine)', category: 'particles' },
  { query: '리지드바디란', expect: '리지드바디(Rigidbody)', category: 'particles' },
  { query: '콜라이더는 뭐임', expect: '콜라이더(Collider)', category: 'particles' },
  { query: '애니메이터가 뭐야', expect: '애니메이터(Animator)', category: 'particles' },
  { query: '게임 오브젝트란', expect: '게임 오브젝트(GameObject)', category: 'particles' },

  // question
  { query: 'Update에서 AddForce 하면 왜 안 돼', expect: 'FixedUpdate', category: 'question' },
  {
    query: '플레이 모드에서 바꾼 값이 정지하면 다 사라져요',
    expect: '에디터 창 구성(Editor Windows)',
    category: 'question',
  },
  {
    query: 'private 변수 인스펙터에 보이게 하려면 어떻게 해',
    expect: '인스펙터 변수 노출(Inspector Fields)',
    category: 'question',
  },
  {
    query: '2초 기다렸다가 다음 코드 실행하려면 어떻게 해',
    expect: '코루틴(Corutine)',
    category: 'question',
  },
  { query: '부딪혔는데 OnCollisionEnter가 안 불려요', expect: '콜라이더(Collider)', category: 'question' },
  { query: '다음 스테이지 가도 오브젝트 안 없어지게 하려면', expect: '씬 전환', category: 'question' },
  { query: '점프 애니메이션이 늦게 넘어가요', expect: '애니메이터(Animator)', category: 'question' },
  { query: '총알 계속 만들었다 지웠더니 렉 걸려요', expect: '오브젝트 풀링', category: 'question' },
  { query: '다른 오브젝트 값 참조하는 초기화는 어디서 해', expect: 'Start', category: 'question' },
  { query: '해상도 바뀌면 UI 위치가 틀어져요', expect: 'UI 캔버스(Canvas)', category: 'question' },

  // spacing
  { query: '게임오브젝트', expect: '게임 오브젝트(GameObject)', category: 'spacing' },
  { query: '오브젝트풀링', expect: '오브젝트 풀링', category: 'spacing' },
  { query: '에디터창 구성', expect: '에디터 창 구성(Editor Windows)', category: 'spacing' },
  { query: '싱글톤게임매니저', expect: '싱글톤 게임 매니저', category: 'spacing' },

  // typo-query
  { query: '프리펩', expect: '프리팹(Prefab)', category: 'typo-query' },
  { query: '레이케스트', expect: '레이캐스트(Raycast)', category: 'typo-query' },
  { query: '콜리이더', expect: '콜라이더(Collider)', category: 'typo-query' },
  { query: 'rigidbdy', expect: '리지드바디(Rigidbody)', category: 'typo-query' },
  { query: '스크립터블 오브잭트', expect: '스크립터블 오브젝트(ScriptableObject)', category: 'typo-query' },

  // typo-notes
  { query: 'transform', expect: '트랜스폼(Transfrom)', category: 'typo-notes' },
  { query: 'coroutine', expect: '코루틴(Corutine)', category: 'typo-notes' },
  { query: 'trigger', expect: '트리거(Triger)', category: 'typo-notes' },

  // keyboard
  { query: 'vmflvoq', expect: '프리팹(Prefab)', category: 'keyboard' },
  { query: 'zhfnxls', expect: '코루틴(Corutine)', category: 'keyboard' },
  { query: 'zhffkdlej', expect: '콜라이더(Collider)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅇㅋㅅㅌ', expect: '레이캐스트(Raycast)', category: 'choseong' },
  { query: 'ㄹㅈㄷㅂㄷ', expect: '리지드바디(Rigidbody)', category: 'choseong' },
  { query: 'ㅇㅂㅈㅌ ㅍㄹ', expect: '오브젝트 풀링', category: 'choseong' },

  // english-glossary
  { query: 'object pooling', expect: '오브젝트 풀링', category: 'english-glossary' },
  { query: 'singleton pattern', expect: '싱글톤 게임 매니저', category: 'english-glossary' },
  { query: 'linear interpolation', expect: '선형 보간', category: 'english-glossary' },
  { query: 'scene transition', expect: '씬 전환', category: 'english-glossary' },

  // english
  {
    query: 'spawn a copy of a saved template object at runtime',
    expect: '프리팹(Prefab)',
    category: 'english',
  },
  {
    query: 'cast an invisible ray to detect what was hit',
    expect: '레이캐스트(Raycast)',
    category: 'english',
  },
  { query: 'physics code should run at a fixed time step', expect: 'FixedUpdate', category: 'english' },
  {
    query: 'data-only asset for weapon stats',
    expect: '스크립터블 오브젝트(ScriptableObject)',
    category: 'english',
  },
  {
    query: 'move an object by code without gravity affecting it',
    expect: '키네마틱 바디(Kinematic)',
    category: 'english',
  },

  // paraphrase
  {
    query: '모든 물체가 기본으로 가진 위치 회전 크기 정보',
    expect: '트랜스폼(Transfrom)',
    category: 'paraphrase',
  },
  {
    query: '점수랑 상태를 어디서든 꺼내 쓰는 유일한 관리자 인스턴스',
    expect: '싱글톤 게임 매니저',
    category: 'paraphrase',
  },
  { query: '부딪혀 막히지 않고 겹치기만 감지하는 영역', expect: '트리거(Triger)', category: 'paraphrase' },
  { query: '몇 프레임 쉬었다가 이어서 도는 함수', expect: '코루틴(Corutine)', category: 'paraphrase' },
  {
    query: '같은 물체에 달린 다른 부품 찾아오기',
    expect: '컴포넌트 참조 가져오기(GetComponent)',
    category: 'paraphrase',
  },
  {
    query: '상속 말고 부품을 조립해서 기능 만드는 구조',
    expect: '컴포넌트 시스템(Component System)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'Update랑 FixedUpdate 차이',
    expect: ['Update', 'FixedUpdate'],
    category: 'comparison',
    compare: ['Update', 'FixedUpdate'],
  },
  {
    query: 'Awake vs Start',
    expect: ['Awake', 'Start'],
    category: 'comparison',
    compare: ['Awake', 'Start'],
  },
  {
    query: '콜라이더랑 트리거 차이',
    expect: ['콜라이더(Collider)', '트리거(Triger)'],
    category: 'comparison',
    compare: ['콜라이더(Collider)', '트리거(Triger)'],
  },
  {
    query: '다이나믹 키네마틱 차이',
    expect: ['다이나믹 바디(Dynamic)', '키네마틱 바디(Kinematic)'],
    category: 'comparison',
    compare: ['다이나믹 바디(Dynamic)', '키네마틱 바디(Kinematic)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 자세 교정', expect: null, category: 'miss' },
  { query: '로마 제국 멸망 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Shader Graph로 물 셰이더 만들기', expect: null, category: 'miss-shared' },
  { query: 'NavMesh로 적 길찾기 AI 만들기', expect: null, category: 'miss-shared' },
  { query: 'Unity 멀티플레이 넷코드 동기화', expect: null, category: 'miss-shared' },
  { query: '타일맵으로 2D 맵 찍기', expect: null, category: 'miss-shared' },
];
