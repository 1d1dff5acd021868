import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { firstChapterDir } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';
import { startTerminal, type TerminalSession } from './support/terminal-session.ts';

const cleanups: (() => void)[] = [];
const sessions: TerminalSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.end()));
  for (const c of cleanups.splice(0)) c();
});

/** A data folder of its own (store, log, history) and the given notes (the fixture chapter by default). */
function setup(notes?: Record<string, string>) {
  const tmp = tempDir('ssaem-terminal-');
  cleanups.push(tmp.cleanup);
  let knowledge = firstChapterDir;
  if (notes) {
    knowledge = path.join(tmp.dir, 'notes');
    mkdirSync(knowledge);
    for (const [name, text] of Object.entries(notes)) writeFileSync(path.join(knowledge, name), text);
  }
  const dataDir = path.join(tmp.dir, 'data');
  const config = parseConfig({
    KNOWLEDGE_DIR: knowledge,
    DATABASE_URL: path.join(dataDir, 'ssaem.db'),
    LOG_LEVEL: 'info',
  });
  const open = (options: Parameters<typeof startTerminal>[1] = {}) => {
    const session = startTerminal(config, options);
    sessions.push(session);
    return session;
  };
  return { config, dataDir, knowledge, open };
}

const quizBlock = (item: string) => `# 캐시\n\n\`\`\`quiz\n${item}\n\`\`\`\n`;
const choiceNote = quizBlock(
  [
    '- prompt: 캐시 서버로 쓰이는 것은?\n  choices: [Redis, Django, Flask]\n  answer: Redis\n  explanation: Redis가 대표적인 캐시 서버예요.',
    '- prompt: 인메모리 저장소로 쓰이는 것은?\n  choices: [Memcached, Nginx, Git]\n  answer: Memcached\n  explanation: Memcached는 메모리에 저장해요.',
  ].join('\n'),
);
const typedNote = quizBlock(
  '- prompt: 대표적인 캐시 서버 이름은?\n  answer: Redis\n  explanation: Redis가 대표적인 캐시 서버예요.',
);

describe('the terminal tutor', () => {
  it('is one trusted user: no rate limit, however fast the lines come', async () => {
    const { open } = setup();
    const term = open();
    term.type('/explain CDN\n'.repeat(25));
    await term.end();
    expect(term.screen().match(/📄 01-web-programming\.md:\d+/g)).toHaveLength(25);
    expect(term.screen()).not.toContain('천천히');
  });

  it("takes a letter (either case) for a choice, numbering each message's buttons from 1", async () => {
    const { open } = setup({ 'a.md': choiceNote });
    const term = open();
    term.type('/quiz count:2\n');
    const first = await term.until(/\[1\] A\.[^\n]*\[3\] C\./);
    const letter = /([A-C])\. (?:Redis|Memcached)/.exec(first)?.[1] ?? '?';
    term.type(`${letter.toLowerCase()}\n`);
    const from = term.screen().length;
    await term.until(/✅ 정답!/, { from });
    // The second question is a message of its own: its buttons are [1]–[3] again, not [4]–[6].
    // (Numbered across messages, the second question's first button would be [4] or later.)
    await term.until(/퀴즈 2\/2[^[]*\[1\] A\.[^\n]*\[3\] C\./, { from });
  });

  it('takes a typed line as the answer to a fill-in question, without pressing the form button', async () => {
    const { open } = setup({ 'a.md': typedNote });
    const term = open();
    term.type('/quiz count:1\n');
    await term.until(/답 입력하기/);
    term.type('redis\n');
    await term.until(/✅ 정답! \+\d+점/);
    await term.until(/퀴즈 끝/);
  });

  it('speaks Korean by default and English when the system locale is English', async () => {
    const ko = setup().open();
    ko.type('hello\n/quiz count:0\n/stats user:someone\n');
    await ko.end();
    expect(ko.screen()).toContain('⚠️ 명령은 /로 시작해요');
    expect(ko.screen()).toContain('「문제수」 옵션은 1에서 20 사이의 수여야 해요');
    expect(ko.screen()).toContain('터미널에는 나 혼자뿐');
    const en = setup().open({ locale: 'en' });
    en.type('hello\n/quiz count:0\n7\n');
    await en.end();
    expect(en.screen()).toContain('Type a command like `/explain CDN`');
    expect(en.screen()).toContain('count takes a number from 1 to 20 (not 0).');
    expect(en.screen()).toContain('No button [7] on screen.');
    expect(en.screen()).not.toMatch(/[가-힣]{2}/);
  });

  it("writes a reply's picture card to the file --card names and prints its path", async () => {
    const { dataDir, open } = setup();
    const term = open();
    const card = path.join(dataDir, 'my card.png');
    term.type(`/stats --card "${card}"\n/explain CDN --card other.png\n/stats\n/leaderboard --card\n`);
    await term.end();
    expect(readFileSync(card).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(term.screen()).toContain(`🖼️ 카드 저장: ${card}`);
    expect(term.screen()).toContain('🖼️ 이 답에는 그림 카드가 없어요.');
    expect(existsSync('other.png')).toBe(false);
    expect(term.screen()).toContain(
      '🖼️ 그림 카드(stats.png)가 있어요: 명령 끝에 --card 파일.png 를 붙이면 저장해요.',
    );
    expect(term.screen()).toContain('⚠️ --card 뒤에 저장할 파일 이름을 써 주세요');
  });

  it('writes its log to terminal.log in the data folder and shows a warning as one readable line', async () => {
    const { dataDir, open } = setup({ 'a.md': typedNote, 'broken.md': '---\ntags: [unclosed\n---\n# x\n' });
    const term = open();
    await term.end();
    const log = readFileSync(path.join(dataDir, 'terminal.log'), 'utf8');
    expect(
      log
        .split('\n')
        .filter(Boolean)
        .every((l) => JSON.parse(l).level >= 30),
    ).toBe(true);
    expect(log).toContain('broken.md');
    const warning = term.errors().trim().split('\n');
    expect(warning[0]).toMatch(/^⚠️ .*\(broken\.md:\d+\) — 자세히: .*terminal\.log$/);
    expect(term.errors() + term.screen()).not.toContain('{"level"');
  });
});

describe('the terminal tutor at a terminal', () => {
  it('clears a half-typed line on Ctrl-C and quits on the second', async () => {
    const { open } = setup();
    const term = open({ tty: true });
    await term.until(/쌤> $/);
    term.type('/expl');
    term.type('\x03');
    await term.until(/한 번 더 누르면 종료/);
    let finished = false;
    term.done.then(() => {
      finished = true;
    });
    term.type('/explain CDN\r');
    await term.until(/CDN\(Content Delivery Network\)/);
    expect(finished).toBe(false);
    term.type('\x03');
    await term.done;
    expect(term.screen()).not.toContain('/expl/explain');
  });

  it('keeps the command history in the data folder across runs', async () => {
    const { dataDir, open } = setup();
    const first = open({ tty: true });
    await first.until(/쌤> $/);
    first.type('/explain CDN\r');
    await first.until(/CDN\(Content Delivery Network\)/);
    first.type('\x03');
    await first.done;
    expect(readFileSync(path.join(dataDir, 'terminal-history'), 'utf8')).toContain('/explain CDN');
    const second = open({ tty: true });
    await second.until(/쌤> $/);
    second.type('\x1b[A\r'); // up arrow, Enter
    await second.until(/CDN\(Content Delivery Network\)/);
  });

  it('redraws the prompt and the half-typed line after a message arrives at the idle prompt', async () => {
    const { knowledge, open } = setup({ 'a.md': typedNote });
    const term = open({ tty: true });
    await term.until(/쌤> $/);
    term.type('/explain red');
    const from = term.screen().length;
    // A broken edit while the user types: the reload's warning comes in between.
    writeFileSync(path.join(knowledge, 'a.md'), '---\ntags: [unclosed\n---\n# x\n');
    await term.until(/⚠️ [^\n]*a\.md[^\n]*\n쌤> \/explain red$/, { from, timeoutMs: 10_000 });
    expect(existsSync(knowledge)).toBe(true);
  });
});
