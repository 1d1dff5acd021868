import { defineCommand } from '../src/app/command.ts';
import { type Text, tr } from '../src/app/i18n.ts';
import type { Locale } from '../src/app/protocol.ts';

interface Entry {
  /** The command as Korean and English clients show it. */
  name: Text;
  what: Text;
  examples: Text[];
}

/** What each command is for, with lines a student can copy; test/commands.help.test.ts keeps it in step with `commands/`. */
export const helpEntries: Record<string, Entry> = {
  explain: {
    name: { ko: '/설명 주제', en: '/explain topic' },
    what: {
      ko: '노트에서 주제를 찾아 설명해요. 한글·영어, 띄어쓰기·오타·질문 문장도 괜찮아요.',
      en: 'Finds a topic in the notes and explains it. Korean or English, typos and whole questions are fine.',
    },
    examples: [
      { ko: '/설명 주제:로드밸런서', en: '/explain topic:load balancer' },
      { ko: '/설명 주제:캐시 서버는 왜 쓰나요', en: '/explain topic:what is a CDN' },
      { ko: '/설명 주제:프론트엔드랑 백엔드 차이', en: '/explain topic:frontend vs backend' },
    ],
  },
  topics: {
    name: { ko: '/목차 [장]', en: '/topics [chapter]' },
    what: {
      ko: '노트에 어떤 장과 주제가 있는지 쪽 단위로 보여 줘요. 버튼을 누르면 그 주제를 설명해요.',
      en: 'Shows the chapters and topics of the notes, page by page; a button opens that topic.',
    },
    examples: [{ ko: '/목차', en: '/topics' }],
  },
  quiz: {
    name: { ko: '/퀴즈 [주제] [문제수] [혼자]', en: '/quiz [topic] [count] [solo]' },
    what: {
      ko: '노트로 문제를 내요. 채널의 모두가 버튼으로 답하고, 빠르고 연속으로 맞힐수록 점수가 높아요. 주제를 비우면 복습이 필요한 내용이 나와요.',
      en: 'Asks questions from the notes. Everyone in the channel answers with buttons; fast and streaky answers score more. Without a topic it picks what you need to review.',
    },
    examples: [
      { ko: '/퀴즈', en: '/quiz' },
      { ko: '/퀴즈 주제:캐시 문제수:3', en: '/quiz topic:cache count:3' },
      { ko: '/퀴즈 혼자:True', en: '/quiz solo:True' },
    ],
  },
  leaderboard: {
    name: { ko: '/순위표 [기간] [쪽]', en: '/leaderboard [period] [page]' },
    what: {
      ko: '이 서버의 퀴즈 순위(이번 시즌 전체 또는 이번 주)와 내 순위를 보여 줘요.',
      en: "This server's quiz ranking (this season or this week), with your own rank.",
    },
    examples: [
      { ko: '/순위표', en: '/leaderboard' },
      { ko: '/순위표 기간:이번 주', en: '/leaderboard period:weekly' },
    ],
  },
  stats: {
    name: { ko: '/통계 [사용자]', en: '/stats [user]' },
    what: {
      ko: '주제별 숙련도, 약한 주제, 연속 정답 기록을 나만 보이게 보여 줘요.',
      en: 'Mastery per topic, weakest topics and streaks, shown only to you.',
    },
    examples: [{ ko: '/통계', en: '/stats' }],
  },
  admin: {
    name: { ko: '/관리 작업', en: '/admin action' },
    what: {
      ko: '서버 관리 권한이 있는 사람만: 이번 시즌 순위 초기화 또는 새 시즌 시작 (확인 버튼을 누르면 실행돼요).',
      en: 'Manage Server only: reset this season’s board or start a new season (acts after a confirmation button).',
    },
    examples: [
      { ko: '/관리 작업:순위 초기화', en: '/admin action:reset the board' },
      { ko: '/관리 작업:새 시즌', en: '/admin action:new season' },
    ],
  },
  remind: {
    name: { ko: '/알림 켜기 [시]', en: '/remind on [hour]' },
    what: {
      ko: '복습할 카드가 있으면 매일 그 시각에 DM으로 알려 줘요 (끄기, 시간대도 있어요).',
      en: 'A daily DM at that hour when reviews are due (also off, tz).',
    },
    examples: [{ ko: '/알림 켜기 시:21', en: '/remind on hour:21' }],
  },
  daily: {
    name: { ko: '/오늘의문제 켜기 채널 [시]', en: '/daily on channel [hour]' },
    what: {
      ko: '서버 관리자: 채널에 매일 한 문제씩 올려요.',
      en: 'Manage Server: a question a day in a channel.',
    },
    examples: [],
  },
  notes: {
    name: {
      ko: '/노트 추가|목록|보기|삭제|되돌리기|내보내기',
      en: '/notes add|list|show|remove|restore|export',
    },
    what: {
      ko: '이 서버만의 노트: .md 파일을 올리면 /설명, /퀴즈, /목차가 이 서버에서 함께 찾아요. 바꾸기는 서버 관리 권한이나 서버가 정한 역할만 할 수 있어요.',
      en: "This server's own notes: upload a .md file and /explain, /quiz and /topics search it here. Changing them takes Manage Server or the role the server named.",
    },
    examples: [
      { ko: '/노트 추가 파일:css.md', en: '/notes add file:css.md' },
      { ko: '/노트 목록', en: '/notes list' },
    ],
  },
  help: {
    name: { ko: '/도움말', en: '/help' },
    what: { ko: '이 안내를 보여 줘요.', en: 'Shows this guide.' },
    examples: [],
  },
};

export function helpText(locale: Locale): string {
  const blocks = Object.values(helpEntries).map((e) => {
    const examples = e.examples.map((x) => `\`${tr(locale, x)}\``).join(' · ');
    return [`**${tr(locale, e.name)}** — ${tr(locale, e.what)}`, ...(examples ? [`  ${examples}`] : [])].join(
      '\n',
    );
  });
  const title = tr(locale, { ko: '📚 **쌤 사용법**', en: '📚 **How to use ssaem**' });
  const notes = tr(locale, {
    ko: '-# 노트는 봇을 운영하는 사람이 노트 폴더에, 서버 관리자가 /노트 추가로 더해요. 없는 주제는 서버 관리자에게 알려 주세요.',
    en: '-# Notes come from the bot’s notes folder and from /notes add in each server; tell your server’s admins about a missing topic.',
  });
  return [title, '', ...blocks, '', notes].join('\n');
}

/** `/help`: what each command does, with examples, in the user's language. */
export default defineCommand({
  data: {
    name: 'help',
    description: 'What each command does, with examples',
    name_localizations: { ko: '도움말' },
    description_localizations: { ko: '명령어 사용법과 예시' },
  },
  async execute(req) {
    return {
      type: 'message',
      message: { content: helpText(req.locale), ephemeral: true },
    };
  },
});
