import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '..');

/** Starts `npm start`'s HTTP door in its own process, as in production, with a REST sink for edits. */
export async function startEndpoint(
  publicKeyHex: string,
  dir: string,
  workers: number,
): Promise<{ url: string; child: ChildProcess; sink: http.Server }> {
  const sink = http.createServer((req, res) => {
    req.resume();
    req.on('end', () =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","channel_id":"2"}'),
    );
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const port = (sink.address() as { port: number }).port;
  // BENCH_NODE_ARGS='--cpu-prof' profiles the endpoint under load.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DISCORD_TOKEN: '',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: '900000000000000001',
      INTERACTIONS_PORT: '0',
      DISCORD_API_BASE: `http://127.0.0.1:${port}/api`,
      DATABASE_URL: path.join(dir, 'bench.db'),
      LOG_LEVEL: 'error',
      HTTP_WORKERS: String(workers),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk;
      const match = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`endpoint exited with ${code}`)));
  });
  return { url, child, sink };
}

/**
 * End-to-end signed interactions per second through the HTTP endpoint on loopback: a mix of
 * `/explain` commands and autocomplete, each signed with a real Ed25519 key and verified by the
 * server, sent by autocannon over `connections` keep-alive connections (the load generator shares
 * the machine's cores with the server, so these figures are a floor).
 */
export async function benchEndpoint(): Promise<object> {
  if (process.env.BENCH_WORKERS) return benchWorkers(Number(process.env.BENCH_WORKERS));
  return {
    oneProcess: await benchWorkers(1),
    [`${cpus().length}Workers`]: await benchWorkers(cpus().length),
  };
}

/**
 * CPU seconds used so far by a process and its children (the HTTP workers), from /proc; null where
 * there is no /proc. Lets the bench tell the server's cost per interaction apart from the load
 * generator's, which runs on the same cores.
 */
function cpuSecondsOfTree(pid: number): number | null {
  const ticks = 100; // USER_HZ on Linux
  const read = (p: number): number => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const own = (Number(fields[11]) + Number(fields[12])) / ticks;
      const kids = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      return own + kids.reduce((sum, k) => sum + read(Number(k)), 0);
    } catch {
      return Number.NaN;
    }
  };
  const total = read(pid);
  return Number.isFinite(total) ? total : null;
}

async function benchWorkers(workers: number, total = 12_000, connections = 32): Promise<object> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-bench-'));
  const { url, child, sink } = await startEndpoint(hex, dir, workers);
  const topics = ['로드밸런서', 'CDN', '캐시 서버', 'what is a CDN', '웹 프레임워크', 'DNS', '장고', 'ORM'];
  // Signed up front, so the load generator spends its CPU on sending, not on signing.
  const bodies = Array.from({ length: total }, (_, i) => {
    const value = topics[i % topics.length] ?? 'CDN';
    const autocomplete = i % 5 < 3;
    const payload = {
      id: String(910000000000000000n + BigInt(i)),
      application_id: '900000000000000001',
      type: autocomplete ? 4 : 2,
      token: `tok-${i}`,
      version: 1,
      locale: i % 2 ? 'ko' : 'en-US',
      // Spread over 200 servers and 2,000 students, as real traffic is: one server's commands are rate-limited.
      guild_id: String(600000000000000000n + BigInt(i % 200)),
      channel_id: String(800000000000000000n + BigInt(i % 200)),
      member: {
        user: { id: String(700000000000000000n + BigInt(i % 2000)), username: `s${i}` },
        roles: [],
        permissions: '0',
      },
      data: {
        id: '3',
        name: 'explain',
        type: 1,
        options: [
          {
            name: 'topic',
            type: 3,
            value: autocomplete ? value.slice(0, 2) : value,
            ...(autocomplete ? { focused: true } : {}),
          },
        ],
      },
    };
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': signature,
        'x-signature-timestamp': timestamp,
      },
    };
  });
  let next = 0;
  // autocannon finishes on its one-second sampling tick, so the run's length is taken from the first
  // request to the last response instead.
  const load = (amount: number) =>
    new Promise<{ result: autocannon.Result; seconds: number }>((resolve, reject) => {
      const started = performance.now();
      let last = started;
      const instance = autocannon(
        {
          url: `${url}/interactions`,
          connections,
          amount,
          requests: [
            {
              method: 'POST',
              setupRequest: (req) => ({ ...req, ...bodies[next++ % bodies.length] }),
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve({ result, seconds: (last - started) / 1000 })),
      );
      instance.on('response', () => {
        last = performance.now();
      });
    });
  try {
    await load(500); // warm-up: JIT, index cache, connections
    const cpuBefore = child.pid ? cpuSecondsOfTree(child.pid) : null;
    const { result, seconds } = await load(total - 500);
    const cpuAfter = child.pid ? cpuSecondsOfTree(child.pid) : null;
    const serverCpuMs =
      cpuBefore !== null && cpuAfter !== null ? ((cpuAfter - cpuBefore) * 1000) / result.requests.sent : null;
    return {
      workers,
      interactions: result.requests.sent,
      connections,
      mix: '60% autocomplete, 40% /explain over 200 servers; Ed25519-signed, verified; rate limits checked in the store',
      perSecond: Math.round(result.requests.sent / seconds),
      seconds: +seconds.toFixed(2),
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
      non2xx: result.non2xx,
      serverCpuMsPerInteraction: serverCpuMs === null ? null : +serverCpuMs.toFixed(3),
      // What the server processes alone could serve if the load generator ran elsewhere.
      serverCapacityPerSecond: serverCpuMs
        ? Math.round((1000 / serverCpuMs) * Math.min(workers, cpus().length))
        : null,
      errors: result.errors,
      goal: '≥ 2,000/s with p99 < 50 ms',
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
