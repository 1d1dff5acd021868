import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Knowledge, Section } from '../../src/knowledge/types.ts';
import { NotesIndex } from '../../src/search/index.ts';
import { LABELLED_QUERIES, type LabelledQuery } from './labelled.ts';
import { SECOND_NOTE } from './second-note.ts';

/** A copy of the user's first chapter: tests never depend on what `knowledge/` holds. */
export const SHIPPED_NOTES = new URL('../fixtures/first-chapter/', import.meta.url).pathname;

/** The shipped notes and the second chapter, written into a fresh temp dir. */
export function loadBothKnowledges(): { first: Knowledge; second: Knowledge } {
  const dir = mkdtempSync(join(tmpdir(), 'ssaem-second-'));
  writeFileSync(join(dir, '02-http-git-db.md'), SECOND_NOTE);
  return { first: loadKnowledge(SHIPPED_NOTES), second: loadKnowledge(dir) };
}

/** True when the first result is what the label expects (or no result for an out-of-notes query). */
export function isRight(q: LabelledQuery, top: Section[]): boolean {
  if (q.expect === null) return top.length === 0;
  const first = top[0];
  if (!first) return false;
  const wanted = Array.isArray(q.expect) ? q.expect : [q.expect];
  return wanted.includes(first.title) || wanted.includes(first.path.join(' > '));
}

export type Searcher = (query: string) => Section[];

export interface Accuracy {
  top1: number;
  total: number;
  right: number;
  misses: { total: number; right: number };
  wrong: Array<{ query: string; expect: LabelledQuery['expect']; got: string | null }>;
}

/** Top-1 accuracy of a searcher pair (first notes, second notes) on the labelled set. */
export function accuracy(first: Searcher, second: Searcher, queries = LABELLED_QUERIES): Accuracy {
  const wrong: Accuracy['wrong'] = [];
  let right = 0;
  let missTotal = 0;
  let missRight = 0;
  for (const q of queries) {
    const top = (q.note === 'second' ? second : first)(q.query);
    const ok = isRight(q, top);
    if (ok) right++;
    else wrong.push({ query: q.query, expect: q.expect, got: top[0]?.title ?? null });
    if (q.expect === null) {
      missTotal++;
      if (ok) missRight++;
    }
  }
  return {
    top1: right / queries.length,
    total: queries.length,
    right,
    misses: { total: missTotal, right: missRight },
    wrong,
  };
}

/** Plain MiniSearch with default options over title and body: the baseline ours is compared with. */
export function plainIndex(k: Knowledge): { search: Searcher; ms: MiniSearch } {
  const ms = new MiniSearch({ fields: ['title', 'body'] });
  ms.addAll(k.sections.map((s, i) => ({ id: i, title: s.title, body: s.body })));
  return { ms, search: (q) => ms.search(q).flatMap((r) => k.sections[r.id as number] ?? []) };
}

/** Accuracy of our index and of plain MiniSearch on the labelled set. */
export function compareAccuracy(): { ours: Accuracy; plain: Accuracy } {
  const { first, second } = loadBothKnowledges();
  const a = NotesIndex.build(first);
  const b = NotesIndex.build(second);
  const ours = accuracy(
    (q) => a.search(q).map((h) => h.section),
    (q) => b.search(q).map((h) => h.section),
  );
  const pa = plainIndex(first);
  const pb = plainIndex(second);
  return { ours, plain: accuracy(pa.search, pb.search) };
}
