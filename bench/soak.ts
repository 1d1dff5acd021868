import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  autocomplete,
  button,
  command,
  keyPair,
  postSigned,
  type Who,
} from '../test/fake-discord/interactions.ts';
import { startEndpoint } from './endpoint.ts';

/** Resident memory of a process in MB, from /proc (null where there is none). */
function rssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

const percentile = (sorted: number[], p: number) =>
  +(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0).toFixed(1);

const TOPICS = ['로드밸런서', 'CDN', '캐시 서버', 'what is a CDN', '웹 프레임워크', 'DNS', '장고', 'ORM'];
const CHANNELS = 20;

/**
 * `npm run bench -- soak`: mixed signed traffic against the HTTP endpoint (`npm start`'s own process) for
 * SOAK_SECONDS (300 by default): /explain, its autocomplete, quizzes started and clicked, PINGs, from 2,000
 * students in 200 servers, 16 at a time. Reports the server's RSS at the start and end, latency
 * percentiles per kind and every error (a non-200 answer or a failed request).
 */
export async function benchSoak(seconds = Number(process.env.SOAK_SECONDS ?? 300)): Promise<object> {
  const { publicKeyHex, privateKey } = keyPair();
  const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-soak-'));
  const { url, child, sink } = await startEndpoint(publicKeyHex, dir, 1);
  // Quiz buttons the bot answers with or posts (its REST calls reach the sink): clicked by the students.
  const buttons: string[] = [];
  const keepButtons = (text: string) => {
    for (const m of text.matchAll(/"custom_id":"(quiz:a:[^"]+)"/g)) buttons.push(m[1] as string);
    if (buttons.length > 500) buttons.splice(0, buttons.length - 500);
  };
  sink.on('request', (req: http.IncomingMessage) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      keepButtons(body);
    });
  });
  let n = 0;
  const student = (): Who => {
    n++;
    const server = n % 200;
    return {
      id: String(700000000000000000n + BigInt(n % 2000)),
      name: `s${n % 2000}`,
      guild: String(600000000000000000n + BigInt(server)),
      locale: n % 3 ? 'ko' : 'en-US',
    };
  };
  const inChannel = (payload: Record<string, unknown>, c: number) => ({
    ...payload,
    channel_id: String(800000000000000000n + BigInt(c)),
    channel: { id: String(800000000000000000n + BigInt(c)), type: 0 },
  });
  const next = (): { kind: string; payload: unknown } => {
    const r = Math.random();
    const topic = TOPICS[n % TOPICS.length] ?? 'CDN';
    if (r < 0.15) return { kind: 'ping', payload: { type: 1 } };
    if (r < 0.55)
      return {
        kind: 'autocomplete',
        payload: autocomplete('explain', 'topic', topic.slice(0, 2), student()),
      };
    if (r < 0.8) return { kind: 'explain', payload: command('explain', { topic }, student()) };
    const who = student();
    const click = buttons[Math.floor(Math.random() * buttons.length)];
    if (r < 0.97 && click) return { kind: 'quizClick', payload: button(click, '1', who) };
    return { kind: 'quizStart', payload: inChannel(command('quiz', {}, who), n % CHANNELS) };
  };
  const latencies: Record<string, number[]> = {};
  const errors: Record<string, number> = {};
  const send = async () => {
    const { kind, payload } = next();
    const started = performance.now();
    let status: number | string;
    try {
      const answer = await postSigned(url, privateKey, payload);
      status = answer.status;
      keepButtons(answer.text);
    } catch (error) {
      status = error instanceof Error ? error.message : String(error);
    }
    const kept = latencies[kind] ?? [];
    kept.push(performance.now() - started);
    latencies[kind] = kept;
    if (status !== 200) errors[`${kind} ${status}`] = (errors[`${kind} ${status}`] ?? 0) + 1;
  };
  try {
    for (let i = 0; i < 200; i++) await send(); // warm-up: JIT, caches, a first quiz
    for (const k of Object.keys(latencies)) delete latencies[k];
    for (const k of Object.keys(errors)) delete errors[k];
    const rssStart = rssMb(child.pid);
    let rssMax = rssStart ?? 0;
    const sampler = setInterval(() => {
      rssMax = Math.max(rssMax, rssMb(child.pid) ?? 0);
    }, 1000);
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (performance.now() < until) await send();
      }),
    );
    clearInterval(sampler);
    const all = Object.values(latencies)
      .flat()
      .sort((a, b) => a - b);
    const byKind = Object.fromEntries(
      Object.entries(latencies).map(([kind, ms]) => {
        const sorted = ms.sort((a, b) => a - b);
        return [
          kind,
          { requests: sorted.length, p50ms: percentile(sorted, 50), p99ms: percentile(sorted, 99) },
        ];
      }),
    );
    return {
      seconds,
      requests: all.length,
      perSecond: Math.round(all.length / seconds),
      mix: '15% PING, 40% autocomplete, 25% /explain, 20% quiz (clicks on posted buttons, starts in 20 channels); 16 at a time, 2,000 students in 200 servers',
      rssStartMb: rssStart,
      rssEndMb: rssMb(child.pid),
      rssMaxMb: rssMax,
      p50ms: percentile(all, 50),
      p99ms: percentile(all, 99),
      maxMs: +(all.at(-1) ?? 0).toFixed(1),
      byKind,
      errors,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
