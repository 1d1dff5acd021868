/**
 * Helpers for the reliability tests: the bot as a real `node src/main.ts` process behind its signed
 * HTTP door, a loopback client that tells a refusal from a cut-off reply, interaction payloads for
 * many channels and players, and read-only looks into the SQLite file once the bot has stopped.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { type KeyObject, sign } from 'node:crypto';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { button, command, modalSubmit, type Who } from '../fake-discord/interactions.ts';
import { whenOutput } from './output.ts';
import { cleanEnv, compiled, projectRoot } from './spawn.ts';

export interface BotOptions {
  publicKeyHex: string;
  apiBase: string;
  db: string;
  quizSeconds: number;
  logLevel?: string;
  /** `DISCORD_APPLICATION_ID`; null leaves it unset (the endpoint learns it from interactions). */
  applicationId?: string | null;
  /** More settings for the process, e.g. `HTTP_WORKERS`. */
  env?: Record<string, string>;
}

/** A running bot process; `stderr` holds its JSON log lines. */
export interface Bot {
  url: string;
  pid: number;
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  kill(signal: NodeJS.Signals): void;
}

/** Starts `src/main.ts` ({@link compiled}) and resolves once it prints `listening on …` (≤ 20 s). */
export async function startBot(options: BotOptions): Promise<Bot> {
  const child = spawn(process.execPath, [compiled('src/main.ts')], {
    cwd: projectRoot,
    env: cleanEnv({
      DISCORD_PUBLIC_KEY: options.publicKeyHex,
      INTERACTIONS_PORT: '0',
      DISCORD_API_BASE: options.apiBase,
      ...(options.applicationId === null
        ? {}
        : { DISCORD_APPLICATION_ID: options.applicationId ?? '900000000000000001' }),
      DATABASE_URL: options.db,
      QUIZ_SECONDS: String(options.quizSeconds),
      LOG_LEVEL: options.logLevel ?? 'warn',
      ...options.env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c) => {
    out += c;
  });
  child.stderr?.on('data', (c) => {
    // Bounded: a chatty log must not eat the test's memory.
    if (err.length < 4_000_000) err += c;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  exited.then(() => {
    done = true;
  });
  const pid = child.pid ?? 0;
  const kill = (signal: NodeJS.Signals) => {
    if (!done) process.kill(-pid, signal);
  };
  await whenOutput(
    child,
    () => out,
    (o) => o.includes('\n'),
    28_000,
  ).catch(() => undefined);
  const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
  if (!match) {
    kill('SIGKILL');
    throw new Error(`the bot did not start: ${out}\n${err}`);
  }
  return {
    url: match[1] as string,
    pid,
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    alive: () => !done,
    kill,
  };
}

/** How one POST ended: a reply (with its JSON), or no reply at all and the socket error's code. */
export type Outcome =
  | { kind: 'reply'; status: number; json: Callback | null; at: number }
  | { kind: 'no-reply'; code: string; at: number };

export interface Callback {
  type: number;
  data?: { content?: string; flags?: number; components?: unknown };
}

/**
 * POSTs a signed interaction on a fresh connection (no keep-alive, so a stopping server refuses
 * cleanly instead of racing an idle socket), within `timeoutMs`.
 */
export function postInteraction(
  url: string,
  privateKey: KeyObject,
  payload: unknown,
  timeoutMs = 15_000,
): Promise<Outcome> {
  const post = halfSentPost(url, privateKey, payload, timeoutMs);
  post.finish();
  return post.outcome;
}

/**
 * A signed POST whose body arrives in two halves: the server has the request (headers and half the
 * body) in hand before `finish()` sends the rest. An interaction caught mid-way by a signal.
 */
export function halfSentPost(
  url: string,
  privateKey: KeyObject,
  payload: unknown,
  timeoutMs = 15_000,
): { finish(): void; outcome: Promise<Outcome> } {
  const body = Buffer.from(JSON.stringify(payload));
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.concat([Buffer.from(ts), body]), privateKey).toString('hex');
  let req: ReturnType<typeof request> | undefined;
  const outcome = new Promise<Outcome>((resolve) => {
    let settled = false;
    const done = (o: Outcome) => {
      if (!settled) {
        settled = true;
        resolve(o);
      }
    };
    req = request(
      `${url}/interactions`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          'x-signature-ed25519': signature,
          'x-signature-timestamp': ts,
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e: NodeJS.ErrnoException) =>
          done({ kind: 'no-reply', code: e.code ?? 'ERESPONSE', at: Date.now() }),
        );
        res.on('end', () => {
          let json: Callback | null = null;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Callback;
          } catch {
            // not JSON: leave null
          }
          done({ kind: 'reply', status: res.statusCode ?? 0, json, at: Date.now() });
        });
      },
    );
    req.on('timeout', () => req?.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) =>
      done({ kind: 'no-reply', code: e.code ?? 'EREQUEST', at: Date.now() }),
    );
    req.write(body.subarray(0, body.length >> 1));
  });
  return { finish: () => req?.end(body.subarray(body.length >> 1)), outcome };
}

/** A place to play: a guild and one of its channels. */
export interface Place {
  guild: string;
  channel: string;
}

/** Moves an interaction payload into `place`'s channel. */
function inChannel(raw: Record<string, unknown>, channel: string): Record<string, unknown> {
  const message = raw.message as Record<string, unknown> | undefined;
  return {
    ...raw,
    channel_id: channel,
    channel: { id: channel, type: 0 },
    ...(message ? { message: { ...message, channel_id: channel } } : {}),
  };
}

/** `/quiz count:1` by `who` in `place`. */
export function quizIn(place: Place, who: Who): Record<string, unknown> {
  return inChannel(command('quiz', { count: 1 }, { ...who, guild: place.guild }), place.channel);
}

/** What the test knows of an open round: where it is and its right answer, read from the store. */
export interface OpenRound {
  id: string;
  place: Place;
  token: string;
  choices?: string[];
  answerIndex?: number;
  acceptedAnswers?: string[];
}

/** The round id in a `/quiz` reply's buttons. */
export function roundIdIn(cb: Callback | null): string {
  const ids = JSON.stringify(cb?.data?.components ?? []).match(/quiz:[^"]+/g) ?? [];
  return ids[0]?.split(':')[2] ?? '';
}

/** A player's answer to `round`, right or wrong: a button click, or a modal submit for typed questions. */
export function answerPayload(round: OpenRound, who: Who, right: boolean): Record<string, unknown> {
  const player = { ...who, guild: round.place.guild };
  if (round.choices && round.answerIndex !== undefined) {
    const choice = right ? round.answerIndex : (round.answerIndex + 1) % round.choices.length;
    return inChannel(
      button(`quiz:a:${round.id}:${choice}`, '1300000000000000001', player),
      round.place.channel,
    );
  }
  const text = right ? (round.acceptedAnswers?.[0] ?? '') : '전혀 아닌 답';
  return inChannel(modalSubmit(`quiz:m:${round.id}`, { answer: text }, player), round.place.channel);
}

/** How the bot replied to an answer. */
export type Verdict = 'feedback' | 'already' | 'closed' | 'other';

export function verdictOf(cb: Callback | null): Verdict {
  const content = cb?.data?.content ?? '';
  if (/^(✅|❌)/.test(content)) return 'feedback';
  if (/이미 답했어요/.test(content)) return 'already';
  if (/이미 끝난 문제/.test(content)) return 'closed';
  return 'other';
}

/** The points a ✅ reply announced (0 for ❌). */
export const announcedPoints = (cb: Callback | null): number =>
  Number(/^✅[^+]*\+(\d+)/.exec(cb?.data?.content ?? '')?.[1] ?? 0);

/** Opens the database read-only, runs `read`, closes it. */
export function readDb<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** A round's right answer as the store keeps it. */
export function storedQuestion(
  file: string,
  roundId: string,
): Pick<OpenRound, 'choices' | 'answerIndex' | 'acceptedAnswers'> {
  return readDb(file, (db) => {
    const row = db.prepare('SELECT question FROM rounds WHERE id = ?').get(roundId) as { question: string };
    return JSON.parse(row.question) as Pick<OpenRound, 'choices' | 'answerIndex' | 'acceptedAnswers'>;
  });
}

/** Answers stored per `round:user`, with their points. */
export function storedAnswers(file: string): Map<string, { rows: number; points: number }> {
  return readDb(file, (db) => {
    const rows = db
      .prepare('SELECT round_id, user_id, COUNT(*) AS n, SUM(points) AS points FROM answers GROUP BY 1, 2')
      .all() as { round_id: string; user_id: string; n: number; points: number }[];
    return new Map(rows.map((r) => [`${r.round_id}:${r.user_id}`, { rows: r.n, points: r.points }]));
  });
}

/**
 * Score rows that disagree with the answers behind them: points and answered/correct counts per
 * (scope, season, user), either side missing counts as zero.
 */
export function scoreMismatches(file: string): unknown[] {
  return readDb(file, (db) =>
    db
      .prepare(
        `WITH a AS (
           SELECT scope, season, user_id, SUM(points) AS points, COUNT(*) AS answered, SUM(correct) AS correct
           FROM answers GROUP BY scope, season, user_id
         ),
         s AS (SELECT scope, season, user_id, points, answered, correct FROM scores),
         joined AS (
           SELECT s.scope, s.season, s.user_id, s.points AS s_points, s.answered AS s_answered,
                  s.correct AS s_correct, a.points AS a_points, a.answered AS a_answered, a.correct AS a_correct
           FROM s LEFT JOIN a USING (scope, season, user_id)
           UNION ALL
           SELECT a.scope, a.season, a.user_id, NULL, NULL, NULL, a.points, a.answered, a.correct
           FROM a LEFT JOIN s USING (scope, season, user_id) WHERE s.user_id IS NULL
         )
         SELECT * FROM joined
         WHERE IFNULL(s_points, 0) != IFNULL(a_points, 0)
            OR IFNULL(s_answered, 0) != IFNULL(a_answered, 0)
            OR IFNULL(s_correct, 0) != IFNULL(a_correct, 0)`,
      )
      .all(),
  );
}

/** `PRAGMA integrity_check` of the file (`['ok']` when sound). */
export function integrity(file: string): string[] {
  return readDb(file, (db) =>
    (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
  );
}

/** JSON log lines of a bot with `msg` equal to `message`. */
export function logLines(stderr: string, message: string): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.includes(message)) continue;
    try {
      const json = JSON.parse(line) as Record<string, unknown>;
      if (json.msg === message) lines.push(json);
    } catch {
      // not a log line
    }
  }
  return lines;
}
