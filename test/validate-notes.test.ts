import { describe, expect, it } from 'vitest';

describe('bad input: notes', () => {
  it('validate-notes names a broken hand-written question with file:line and fails', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { runScript } = await import('./support/spawn.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-notes-'));
    writeFileSync(
      path.join(dir, 'a.md'),
      '# 인프라\n\n## 캐시 서버\n\n- Redis, Memcached\n\n```quiz\n- prompt: 캐시 서버로 쓰이는 것은?\n  choices: [Redis]\n```\n',
    );
    writeFileSync(path.join(dir, 'b.md'), '---\ntags: [unclosed\n---\n# B\n');
    const run = await runScript('validate-notes', [dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^a\.md:7: quiz block: .*choices/m);
    expect(run.stdout).toMatch(/^b\.md:\d+: /m);
  });
});
