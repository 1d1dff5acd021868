import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './support/temp.ts';
import { pipedTutor as tutor } from './support/terminal-session.ts';

/** The terminal tutor manages its local "server"'s notes with the same /notes commands. */

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0)) fn();
});

describe('/notes in the terminal tutor', () => {
  it('adds a local file, explains from it, lists, shows and removes it (after the confirmation)', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'k8s.md');
    writeFileSync(file, '# 쿠버네티스\n\n쿠버네티스(Kubernetes)는 컨테이너 오케스트레이션 도구다.\n');
    const db = path.join(dir, 'ssaem.db');
    const out = await tutor(db, [
      `/notes add ${file}`,
      '/explain 쿠버네티스',
      '/notes list',
      '/notes show k8s',
      '/notes remove k8s',
      '1',
      '/notes list',
    ]);
    expect(out).toContain("'k8s' 노트를 추가했어요");
    expect(out).toContain('컨테이너 오케스트레이션 도구다');
    expect(out).toContain('1. k8s.md — 주제 1개 · me');
    expect(out).toContain("'k8s' 노트를 지웠어요");
    expect(out).toContain('아직 노트가 없어요');
  });

  it('refuses a broken note with file:line and a missing file, storing nothing', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const broken = path.join(dir, 'broken.md');
    writeFileSync(broken, '---\ntags: [a\n---\n# 제목\n');
    const out = await tutor(path.join(dir, 'ssaem.db'), [
      `/notes add ${broken}`,
      `/notes add ${path.join(dir, 'nowhere.md')}`,
      '/notes list',
    ]);
    expect(out).toMatch(/broken\.md:\d+: /);
    expect(out).toContain('ENOENT');
    expect(out).toContain('아직 노트가 없어요');
  });
});

describe('/notes export in the terminal tutor', () => {
  it('writes the notes to the file --card names, and another store adding it gets the same notes', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const net =
      '---\ntitle: 네트워크\n---\n# 네트워크\n\n## 라우터\n\n라우터(Router)는 패킷의 길을 정한다.\n';
    const deep = '### 해시 테이블\n\n해시 테이블(Hash table)은 키로 값을 찾는다.';
    writeFileSync(path.join(dir, 'net.md'), net);
    writeFileSync(path.join(dir, 'deep.md'), deep);
    const file = path.join(dir, 'exported.md');
    const out = await tutor(path.join(dir, 'one.db'), [
      '/notes export',
      `/notes add ${path.join(dir, 'net.md')}`,
      `/notes add ${path.join(dir, 'deep.md')}`,
      '/notes export',
      `/notes export --card ${file}`,
      '/notes list',
    ]);
    expect(out).toContain('내보낼 노트가 아직 없어요');
    expect(out).toContain('📎 파일(notes-local.md)이 있어요');
    expect(out).toMatch(/노트 2개, 주제 \d+개를 한 파일로 묶었어요/);
    expect(readFileSync(file, 'utf8')).toBe(
      `<!-- file: deep.md -->\n${deep}\n<!-- file: net.md -->\n${net}\n`,
    );
    // Each note's file and section count (who and when are the list's other fields).
    const listed = (text: string) =>
      text
        .slice(text.lastIndexOf('📒'))
        .split('\n')
        .filter((l) => /^\d+\. \S+\.md — /.test(l))
        .map((l) => l.split(' · ')[0]);
    const other = await tutor(path.join(dir, 'two.db'), [`/notes add ${file}`, '/notes list']);
    expect(other).toMatch(/노트 2개를 추가했어요/);
    expect(listed(other)).toEqual(listed(out));
    expect(listed(other)).toEqual(['1. deep.md — 주제 1개', '2. net.md — 주제 2개']);
  });
});
