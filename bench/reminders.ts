/**
 * `npm run bench -- reminders`: 10,000 due review reminders claimed and sent by two real instances
 * (`npm start`'s HTTP door, `DISCORD_REST_TOKEN`) on one PostgreSQL, against the fake Discord, with a
 * SIGKILL of one instance in the middle. Counts every DM the fake created: each user must get exactly
 * one, and none may be missing.
 *
 * The fake keeps Discord's rate limits and a 50 ms round trip (`test/fake-discord/rate-limits.ts`): 50
 * requests a second for the bot, shared by the instances sending (`DISCORD_REST_RPS`), 5 messages per
 * 5 s per channel. So the figure is one Discord could give, and `floorMs` is the least any sender could do:
 * requests ÷ the global limit.
 * - `BENCH_REMINDER_CHANNELS=known` (default): every user's DM channel is on the row, as it is from
 *   `/remind on` and every day after the first: one request a DM. `new`: none is, two requests a DM.
 * - `BENCH_DISCORD_RPS`: the bot's global limit (Discord raises it for large bots on request).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres.ts';
import { discordLimits } from '../test/fake-discord/rate-limits.ts';
import { startFakeDiscord } from '../test/fake-discord/server.ts';
import { firstChapterDir, projectRoot } from '../test/support/spawn.ts';

const USERS = Number(process.env.BENCH_REMINDER_USERS ?? 10_000);
/** One instance is killed once this share of the DMs is out. */
const KILL_AFTER = Math.floor(USERS * 0.3);
const CHANNELS = process.env.BENCH_REMINDER_CHANNELS === 'new' ? 'new' : 'known';
const GLOBAL_RPS = Number(process.env.BENCH_DISCORD_RPS ?? discordLimits.globalPerSecond);
const INSTANCES = 2;
/** The least time any sender could take: every request under the bot's global limit. */
const FLOOR_MS = Math.ceil(((CHANNELS === 'new' ? 2 : 1) * USERS * 1000) / GLOBAL_RPS);
/** The bar is one minute; the bench waits longer so a slower run still reports its figure. */
const LIMIT_MS = Math.max(300_000, 2 * FLOOR_MS);
const PG_URL = process.env.SSAEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';

const kill = (child: ChildProcess) => {
  if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function instance(env: NodeJS.ProcessEnv): { child: ChildProcess; ready: Promise<void> } {
  // Node itself, not the `tsx` wrapper: a SIGKILL to the wrapper would leave its node child running. Its
  // own process group, so the kill takes everything it started.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const ready = new Promise<void>((resolve, reject) => {
    const seen = (c: Buffer) => {
      out += c;
      if (/listening on/.test(out)) resolve();
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`instance exited ${code}: ${out.slice(-500)}`)));
  });
  return { child, ready };
}

export async function benchReminders(): Promise<object> {
  const schema = `ssaem_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const limits = { ...discordLimits, globalPerSecond: GLOBAL_RPS };
  const fake = await startFakeDiscord({ rateLimits: limits });
  const children: ChildProcess[] = [];
  try {
    // The tables, then 10,000 users with a due card and a reminder not yet due.
    await (await openPostgresStore(PG_URL, { schema })).close();
    await admin.query(`SET search_path = ${schema}`);
    await admin.query(
      `INSERT INTO reviews (user_id, card_key, card, due, lapses)
       SELECT (720000000000000000 + n)::text, 'card', '{}', 0, 1 FROM generate_series(1, ${USERS}) n`,
    );
    await admin.query(
      `INSERT INTO reminders (user_id, status, hour, time_zone, locale, next_at)
       SELECT (720000000000000000 + n)::text, 'on', 9, 'Asia/Seoul', 'ko', 9000000000000000
       FROM generate_series(1, ${USERS}) n`,
    );
    if (CHANNELS === 'known') {
      for (let n = 1; n <= USERS; n++) fake.openDm(String(720000000000000000n + BigInt(n)));
      // The fake's DM channel ids: the user's with a 9 in front.
      await admin.query(`UPDATE reminders SET dm_channel_id = '9' || user_id`);
    }
    const env = {
      ...process.env,
      DOTENV_PATH: path.join(projectRoot, 'bench', 'no-such.env'),
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      INTERACTIONS_PORT: '0',
      DISCORD_REST_TOKEN: TOKEN,
      // The bot's limit: the instances sending at once split it between them (`reminderSenders`).
      DISCORD_REST_RPS: String(GLOBAL_RPS),
      DISCORD_API_BASE: fake.apiBase,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DATABASE_URL: `${PG_URL}?schema=${schema}`,
      KNOWLEDGE_DIR: firstChapterDir,
      LOG_LEVEL: 'warn',
    };
    const a = instance(env);
    const b = instance(env);
    children.push(a.child, b.child);
    await Promise.all([a.ready, b.ready]);

    // All due at once; the clock starts.
    const start = Date.now();
    await admin.query('UPDATE reminders SET next_at = 0');
    const mine = () => fake.posted.filter((p) => p.recipient?.startsWith('72'));
    let killedAt: number | null = null;
    let sentAtKill = 0;
    while (Date.now() - start < LIMIT_MS) {
      const sent = mine().length;
      if (killedAt === null && sent >= KILL_AFTER) {
        kill(a.child);
        killedAt = Date.now() - start;
        sentAtKill = sent;
      }
      if (sent >= USERS) break;
      await sleep(20);
    }
    const elapsed = Date.now() - start;
    // Let anything still in flight land before counting.
    await sleep(1_000);
    const posted = mine();
    const recipients = new Set(posted.map((p) => p.recipient));
    const sends = (path: string) => /^\/channels\/972\d+\/messages$/.test(path);
    const attempts =
      fake.calls.filter((c) => c.method === 'POST' && sends(c.path)).length -
      fake.limited.filter((l) => sends(l.path)).length;
    const left = await admin.query(`SELECT COUNT(*)::int AS n FROM reminders WHERE sent_day IS NULL`);
    return {
      users: USERS,
      instances: INSTANCES,
      store: 'postgres',
      dmChannels: CHANNELS,
      fakeDiscordLimits: {
        globalPerSecond: limits.globalPerSecond,
        channelMessages: `${limits.channelMessages.limit} per ${limits.channelMessages.windowMs} ms`,
        createDm: 'global limit only (Discord publishes none)',
        latencyMs: limits.latencyMs,
      },
      floorMs: FLOOR_MS,
      killedOneAfterMs: killedAt,
      sentBeforeKill: sentAtKill,
      allSentInMs: recipients.size === USERS ? elapsed : null,
      dmsCreated: posted.length,
      distinctRecipients: recipients.size,
      duplicates: posted.length - recipients.size,
      missing: USERS - recipients.size,
      // Sends retried after the killed instance's lease ran out, which Discord's nonce made no second DM.
      retriedByNonce: attempts - posted.length,
      remindersNotMarkedSent: left.rows[0]?.n,
      // Bot-token requests made, refused ones included.
      requests: fake.calls.filter((c) => /^\/(users\/@me\/channels|channels\/)/.test(c.path)).length,
      // Discord counts 429s toward its invalid-request ban (10,000 per 10 minutes).
      answered429: {
        global: fake.limited.filter((l) => l.scope === 'global').length,
        route: fake.limited.filter((l) => l.scope === 'user').length,
      },
    };
  } finally {
    for (const child of children) kill(child);
    await fake.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}
