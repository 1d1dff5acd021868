import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Starts `npm start`'s HTTP door in its own process, as in production, with a REST sink for edits. */
async function startEndpoint(
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
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
 * server, `concurrency` requests in flight over keep-alive connections.
 */
export async function benchEndpoint(): Promise<object> {
  return {
    oneProcess: await benchWorkers(1),
    [`${cpus().length}Workers`]: await benchWorkers(cpus().length),
  };
}

async function benchWorkers(workers: number, total = 8000, concurrency = 32): Promise<object> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-bench-'));
  const { url, child, sink } = await startEndpoint(hex, dir, workers);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const topics = ['로드밸런서', 'CDN', '캐시 서버', 'what is a CDN', '웹 프레임워크', 'DNS', '장고', 'ORM'];
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
      guild_id: '600000000000000001',
      channel_id: '800000000000000001',
      member: {
        user: { id: String(700000000000000000n + BigInt(i % 500)), username: `s${i}` },
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
    return { body, timestamp, signature };
  });
  const post = (item: (typeof bodies)[number]) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const req = http.request(
        `${url}/interactions`,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'x-signature-ed25519': item.signature,
            'x-signature-timestamp': item.timestamp,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200
              ? resolve(performance.now() - started)
              : reject(new Error(`status ${res.statusCode}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(item.body);
    });
  try {
    for (const item of bodies.slice(0, 200)) await post(item); // warm-up: JIT, index cache, connections
    const latencies: number[] = [];
    let next = 200;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < bodies.length) {
          const item = bodies[next++];
          if (item) latencies.push(await post(item));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      workers,
      interactions: latencies.length,
      concurrency,
      mix: '60% autocomplete, 40% /explain over 200 servers; Ed25519-signed, verified; rate limits checked in the store',
      perSecond: Math.round(latencies.length / seconds),
      p50ms: +quantile(latencies, 0.5).toFixed(2),
      p99ms: +quantile(latencies, 0.99).toFixed(2),
      goal: '≥ 2,000/s with p99 < 50 ms',
    };
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
