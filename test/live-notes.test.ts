import { mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveNotes, type ReloadResult } from '../src/app/live-notes.ts';
import { silentLogger } from '../src/log.ts';
import { compiled } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function notesIn(files: Record<string, string | Buffer>, workerFrom?: number, Notes = LiveNotes) {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const notes = new Notes(dir, silentLogger, path.join(dir, '.cache'), workerFrom);
  cleanups.push(() => notes.close());
  return { dir, notes };
}

const queues =
  '# 메시지 큐\n\n## 메시지 브로커(Message Broker)\n\n- 생산자와 소비자 사이에서 메시지를 전달하는 서버\n';
const found = (notes: LiveNotes, q: string) => notes.current().index.search(q, 1)[0]?.section.title;

describe('LiveNotes.reload', () => {
  it('serves a note added to the folder', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues });
    expect(found(notes, 'git branch')).toBeUndefined();
    writeFileSync(path.join(dir, 'b.md'), '# 깃(Git)\n\n## 브랜치(Branch)\n\n- 독립적인 작업 흐름\n');
    expect(await notes.reload()).toEqual({ status: 'reloaded', sections: 4 });
    expect(found(notes, '브랜치')).toBe('브랜치(Branch)');
  });

  it('keeps the last good notes when an edit breaks a file, and says where', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues });
    writeFileSync(path.join(dir, 'a.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0xfe]));
    const result = await notes.reload();
    expect(result.status).toBe('kept');
    expect(result.status === 'kept' && result.problems[0]).toMatchObject({ file: 'a.md', line: 1 });
    expect(found(notes, 'message broker')).toBe('메시지 브로커(Message Broker)');
  });

  it('keeps the last good notes when the folder disappears', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues });
    rmSync(dir, { recursive: true });
    expect((await notes.reload()).status).toBe('kept');
    expect(found(notes, '메시지 브로커')).toBe('메시지 브로커(Message Broker)');
  });

  it('skips a new note over 2 MB and keeps reloading the rest', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues });
    writeFileSync(path.join(dir, 'huge.md'), `# 큰 노트\n\n${'- 가나다라마바사\n'.repeat(100_000)}`);
    const first = await notes.reload();
    expect(first).toEqual({ status: 'reloaded', sections: 2 });
    writeFileSync(path.join(dir, 'a.md'), `${queues}\n## 카프카(Kafka)\n\n- 분산 로그\n`);
    expect(await notes.reload()).toEqual({ status: 'reloaded', sections: 3 });
    expect(found(notes, 'kafka')).toBe('카프카(Kafka)');
    expect(notes.current().knowledge.problems).toContainEqual(
      expect.objectContaining({ file: 'huge.md', message: 'file larger than 2 MB, skipped' }),
    );
  });

  it('accepts a fix after a broken edit', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues });
    writeFileSync(path.join(dir, 'a.md'), '---\naliases: [unclosed\n---\n# 메시지 큐\n');
    expect((await notes.reload()).status).toBe('kept');
    writeFileSync(path.join(dir, 'a.md'), `${queues}\n## 카프카(Kafka)\n\n- 분산 로그\n`);
    expect((await notes.reload()).status).toBe('reloaded');
    expect(found(notes, 'kafka')).toBe('카프카(Kafka)');
  });
});

/*
 * The app compiled to JavaScript, as the bot runs it (test/support/app-build.ts): its notes worker then starts
 * without tsx, whose loader and transpiling made each worker's start 3-4 s here instead of 1-1.5 s.
 */
const { LiveNotes: CompiledLiveNotes } = (await import(
  compiled('src/app/live-notes.ts')
)) as typeof import('../src/app/live-notes.ts');

describe('LiveNotes.reload in a worker thread (large notes)', () => {
  it('serves an added note and keeps the last good notes on a broken edit', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues }, 0, CompiledLiveNotes);
    writeFileSync(path.join(dir, 'b.md'), '# 깃(Git)\n\n## 브랜치(Branch)\n\n- 독립적인 작업 흐름\n');
    expect(await notes.reload()).toEqual({ status: 'reloaded', sections: 4 });
    expect(found(notes, '브랜치')).toBe('브랜치(Branch)');

    writeFileSync(path.join(dir, 'a.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0xfe]));
    const broken = await notes.reload();
    expect(broken.status === 'kept' && broken.problems[0]).toMatchObject({ file: 'a.md', line: 1 });
    expect(found(notes, 'message broker')).toBe('메시지 브로커(Message Broker)');
  }, 240_000);

  it('keeps the served glossary when an edit leaves it as it was, so its index is not built again', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues }, 0, CompiledLiveNotes);
    const before = notes.current().knowledge;
    writeFileSync(path.join(dir, 'b.md'), '# 메모\n\n- 오늘 배운 내용은 내일 다시 복습함\n');
    expect(await notes.reload()).toEqual({ status: 'reloaded', sections: 3 });
    const after = notes.current().knowledge;
    expect(after).not.toBe(before);
    // The worker's copy of the glossary is dropped for the served one, which its index was built for.
    expect(after.glossary).toBe(before.glossary);
    expect(found(notes, '복습')).toBe('메모');
    expect(found(notes, 'message broker')).toBe('메시지 브로커(Message Broker)');
  }, 240_000);
});

/** Resolves with the first watcher reload after which `until` holds; rejects after 5 s of file events without it. */
function reloadUntil(notes: LiveNotes, until: () => boolean): Promise<ReloadResult> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('the watcher never reloaded into the expected notes'));
    }, 5000);
    const stop = notes.onReload((result) => {
      if (!until()) return;
      clearTimeout(timer);
      stop();
      resolve(result);
    });
  });
}

describe('LiveNotes.watch', () => {
  it('picks up a change without a restart', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues });
    notes.watch(20);
    const reloaded = reloadUntil(notes, () => found(notes, 'container') !== undefined);
    writeFileSync(path.join(dir, 'c.md'), '# 도커(Docker)\n\n## 컨테이너(Container)\n\n- 격리된 실행 환경\n');
    await reloaded;
    expect(found(notes, 'container')).toBe('컨테이너(Container)');
  });

  it('keeps watching a file after it is replaced (sed -i, safe write), then edited in place', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues });
    notes.watch(20);
    // What `sed -i` and an editor's safe write do: write a new file beside, rename it over the note.
    let reloaded = reloadUntil(notes, () => found(notes, 'kafka') !== undefined);
    writeFileSync(path.join(dir, '.a.md.swp'), `${queues}\n## 카프카(Kafka)\n\n- 분산 로그\n`);
    renameSync(path.join(dir, '.a.md.swp'), path.join(dir, 'a.md'));
    await reloaded;
    // The replaced file is a new inode: an edit in place must still be seen.
    reloaded = reloadUntil(notes, () => found(notes, 'rabbitmq') !== undefined);
    writeFileSync(path.join(dir, 'a.md'), `${queues}\n## 래빗엠큐(RabbitMQ)\n\n- AMQP 브로커\n`);
    await reloaded;
    expect(found(notes, 'kafka')).toBeUndefined();
  });

  it('sees a note deleted and written again (git pull), and notes in a folder created later', async () => {
    const { dir, notes } = notesIn({ 'a.md': queues });
    notes.watch(20);
    let reloaded = reloadUntil(notes, () => found(notes, 'kafka') !== undefined);
    unlinkSync(path.join(dir, 'a.md'));
    writeFileSync(path.join(dir, 'a.md'), `${queues}\n## 카프카(Kafka)\n\n- 분산 로그\n`);
    await reloaded;
    reloaded = reloadUntil(notes, () => found(notes, 'branch') !== undefined);
    mkdirSync(path.join(dir, 'git'));
    writeFileSync(path.join(dir, 'git', 'b.md'), '# 깃(Git)\n\n## 브랜치(Branch)\n\n- 독립적인 작업 흐름\n');
    await reloaded;
    reloaded = reloadUntil(notes, () => found(notes, 'merge') !== undefined);
    writeFileSync(path.join(dir, 'git', 'b.md'), '# 깃(Git)\n\n## 병합(Merge)\n\n- 두 브랜치를 합친다\n');
    await reloaded;
  });
});
