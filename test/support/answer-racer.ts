/**
 * One racing process for the store race test: waits for a shared start moment, then records the same
 * user's answer to the same round many times and prints how each attempt ended, one per line.
 * Usage: tsx answer-racer.ts <db path> <start epoch ms> <attempts>
 */
import { openStore } from '../../src/store/store.ts';

const [path = '', startAt = '0', attempts = '20'] = process.argv.slice(2);
const store = await openStore(path);
await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
const results = await Promise.all(
  Array.from({ length: Number(attempts) }, (_, i) =>
    store.recordAnswer({
      roundId: 'r1',
      userId: 'racer',
      name: `process ${process.pid}`,
      response: String(i),
      correct: i % 2 === 0,
      answeredAt: 1000,
      points: () => 100,
    }),
  ),
);
process.stdout.write(`${results.map((r) => r.status).join('\n')}\n`);
await store.close();
