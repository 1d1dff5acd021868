import { readFileSync } from 'node:fs';
import { BUNDLED_GLOSSARY } from '../../src/knowledge/glossary.ts';
import { NotesIndex } from '../../src/search/index.ts';
import {
  BUNDLED_TRANSLATIONS,
  parseTranslations,
  replaceBundledTranslations,
} from '../../src/search/word-translations.ts';
import { CHAPTERS, type Chapter, chapterKnowledge, scoreChapter } from '../queries/chapters.ts';
import { chapterPairs, glossarySources, mineTranslations, type Source } from './mine-translations.ts';
import { curatedNames, shippable } from './write-translations.ts';

/*
 * Leave-one-session-out measure of mined word translations: for each session folder S, the table is mined without S's
 * chapters and S's chapters are scored with it, as notes nobody mined from would be. Prints per session and in total
 * the top-1 of: no table, the table mined without S (plus the hand-written part of the bundled file, when `--hand`).
 *
 *   node --import tsx test/support/vocab-loo.ts [--hand] [--min=2] [--only-hand] [--misses]
 */

const args = process.argv.slice(2);
const min = Number(args.find((a) => a.startsWith('--min='))?.slice(6) ?? 2);
const withHand = args.includes('--hand') || args.includes('--only-hand');
const onlyHand = args.includes('--only-hand');
const showMisses = args.includes('--misses');

const sessionOf = (c: Chapter) => /\/(session[^/]+)\//.exec(c.file.pathname)?.[1];
const sessions = [...new Set(CHAPTERS.map(sessionOf).filter((s) => s !== undefined))];
const glossary = glossarySources(BUNDLED_GLOSSARY);
const sourceOf = new Map<Chapter, Source>(
  CHAPTERS.map((c) => [c, { name: c.name, pairs: chapterPairs(c.file) }]),
);

// The hand-written part of the bundled file: the lines above its `# mined` marker.
const handText = readFileSync(BUNDLED_TRANSLATIONS, 'utf8').split(/^# mined/m)[0] ?? '';
const hand = parseTranslations(handText);
const curated = curatedNames();

// A new table object each time: glossary indexes reuse word pairs only when read with the same table.
function setTable(table: Map<string, string[]>): void {
  replaceBundledTranslations(new Map(table));
}

interface Tally {
  right: number;
  total: number;
  cat: Record<string, [number, number]>;
}
const tally = (): Tally => ({ right: 0, total: 0, cat: {} });
function add(into: Tally, from: Tally): void {
  into.right += from.right;
  into.total += from.total;
  for (const [c, [r, n]] of Object.entries(from.cat)) {
    const [r0, n0] = into.cat[c] ?? [0, 0];
    into.cat[c] = [r0 + r, n0 + n];
  }
}

function score(chapters: Chapter[], into: Tally): Map<string, boolean> {
  const got = new Map<string, boolean>();
  for (const ch of chapters) {
    const index = NotesIndex.build(chapterKnowledge(ch));
    const s = scoreChapter(ch, (q) => index.search(q, 5).map((h) => h.section));
    const cat: Tally['cat'] = {};
    for (const [c, v] of Object.entries(s.byCategory)) cat[c] = [v.right, v.total];
    add(into, { right: s.right, total: s.total, cat });
    const wrong = new Set(s.wrong.map((w) => w.query));
    for (const q of ch.queries) got.set(`${ch.name}\t${q.category}\t${q.query}`, !wrong.has(q.query));
  }
  return got;
}

const CATS = ['english', 'english-glossary', 'miss', 'miss-shared'];
const fmt = (t: Tally) =>
  `${t.right}/${t.total} ${((100 * t.right) / t.total).toFixed(1)}% ${CATS.map((c) => `${c} ${t.cat[c]?.[0] ?? 0}/${t.cat[c]?.[1] ?? 0}`).join(' ')}`;

const allBefore = tally();
const allAfter = tally();
const changes: string[] = [];
process.stdout.write(`min support ${min}, hand ${withHand}, only hand ${onlyHand}\n`);
for (const session of sessions) {
  const held = CHAPTERS.filter((c) => sessionOf(c) === session);
  const rest = CHAPTERS.filter((c) => sessionOf(c) !== session);
  const mined = onlyHand
    ? new Map<string, string[]>()
    : mineTranslations([...rest.map((c) => sourceOf.get(c) as Source), ...glossary], min);
  // As write-translations.ts ships it: no word a curated entry or the hand part names, no dropped pair.
  const keep = shippable(curated);
  const table = new Map<string, string[]>();
  for (const [l, hs] of mined) {
    const kept = hs.filter((h) => keep(l, h));
    if (kept.length > 0 && !hand.has(l)) table.set(l, kept);
  }
  if (withHand) for (const [k, v] of hand) table.set(k, [...new Set([...v, ...(table.get(k) ?? [])])]);
  const before = tally();
  const after = tally();
  setTable(new Map());
  const b = score(held, before);
  setTable(table);
  const a = score(held, after);
  let won = 0;
  let lost = 0;
  for (const [k, ok] of a) {
    if (ok && !b.get(k)) {
      won++;
      changes.push(`+ ${session}\t${k}`);
    }
    if (!ok && b.get(k)) {
      lost++;
      changes.push(`- ${session}\t${k}`);
    }
  }
  add(allBefore, before);
  add(allAfter, after);
  process.stdout.write(
    `${session} (${held.length} ch, table ${table.size}): before ${fmt(before)}\n${' '.repeat(session.length)}   after  ${fmt(after)}  (+${won} −${lost})\n`,
  );
}
process.stdout.write(`TOTAL before ${fmt(allBefore)}\nTOTAL after  ${fmt(allAfter)}\n`);
if (showMisses) process.stdout.write(`${changes.join('\n')}\n`);
