/**
 * The cost cuts of restarts, reloads and servers' notes change no answer: a server's index on the shared
 * glossary (a layer of its mined pairs), an index restored from its cache, and notes whose first-use
 * structures were built ahead in steps answer exactly like notes indexed from scratch and used cold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Notes } from '../src/app/context.ts';
import { buildGuildNotes } from '../src/app/guild-notes.ts';
import { prepareSteps } from '../src/app/prepare-notes.ts';
import { canQuiz } from '../src/app/quiz/session-plan.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { NotesIndex } from '../src/search/index.ts';
import { CHAPTERS } from './queries/chapters.ts';
import { SHIPPED_NOTES } from './queries/evaluate.ts';

const shippedKnowledge = loadKnowledge(SHIPPED_NOTES, { cacheDir: false });
const shared: Notes = { knowledge: shippedKnowledge, index: NotesIndex.build(shippedKnowledge) };
const chapter = CHAPTERS.find((c) => c.name === 'networking') ?? CHAPTERS[0];
if (!chapter) throw new Error('no measurement chapter');

/*
 * What is compared is structure, not ranking quality: a mined pair left out of a server's layer, a term lost from a
 * restored index, a lookup built differently in steps shows on the queries that reach it. Asking every labelled
 * query (5,000-odd, seven times over) cost this file 100 s of a full run and grew with every chapter set; these
 * queries are a fixed number, however many sets are added.
 */

/**
 * For the shared notes and the notes prepared in steps: of each category (the paths a query takes: exact words,
 * particles, spacing, typos both ways, the keyboard layout, initial consonants, English through the glossary,
 * misses), the same number of distinct labelled queries spread evenly over them in chapter order (a stride whose
 * start moves from category to category, so the last chapters are reached too, and every chapter by some category): every path 64 times, with every chapter's words.
 */
const PER_CATEGORY = 64;
const byCategory = new Map<string, { query: string; category: string; chapter: string }[]>();
const seen = new Set<string>();
for (const c of CHAPTERS)
  for (const q of c.queries) {
    if (seen.has(q.query)) continue;
    seen.add(q.query);
    const list = byCategory.get(q.category) ?? [];
    byCategory.set(q.category, list);
    list.push({ query: q.query, category: q.category, chapter: c.name });
  }
const sample = [...byCategory.values()].flatMap((all, c, categories) => {
  const n = Math.min(PER_CATEGORY, all.length);
  // Each category starts its stride at another point of the step, so together they reach every chapter.
  const from = (c + 0.5) / categories.length;
  const picked = new Set(Array.from({ length: n }, (_, k) => Math.floor(((k + from) * all.length) / n)));
  return all.filter((_, i) => picked.has(i));
});

/**
 * A server's notes, fixed: the five chapters whose mined pairs take a layer's rarer paths — a pair adding to a
 * phrase the shared notes' own pairs name (cloud-deploy, browser-storage), a spaced name whose joined form the
 * shared glossary has (`레플리카 셋`, `로드 밸런싱`, `블루그린 배포` in mongodb-basics, microservices,
 * cicd-pipelines) — and chapters of other writers, in their styles. Their own queries (every category of each) are
 * the ones that reach its mined pairs: a sample over all chapters met a wrong joined form in 2 of 896 queries.
 */
const SERVER_CHAPTERS = [
  'cloud-deploy',
  'browser-storage',
  'mongodb-basics',
  'microservices',
  'cicd-pipelines',
  'git',
  'networking',
  'sql-database',
  'web-security',
  'java-oop',
  'typescript-types',
  'docker-containers',
  'kafka-streaming',
  'react-hooks',
];
const serverChapters = CHAPTERS.filter((c) => SERVER_CHAPTERS.includes(c.name));
const serverQueries = [...new Set(serverChapters.flatMap((c) => c.queries.map((q) => q.query)))];

// The same knowledge with none of its objects shared with any index built before: indexed from scratch.
const unshared = (k: Knowledge): Knowledge => structuredClone(k);

// Everything a request reads from the index, as plain data.
function answers(notes: Notes, queries = sample.map((q) => q.query)): unknown[] {
  const { index } = notes;
  return queries.map((q) => {
    const hits = index.search(q, 5);
    const top = hits[0]?.section;
    return {
      hits: hits.map((h) => [h.section.id, h.score, h.side]),
      closest: index.closestTopics(q, 3).map((s) => s.id),
      suggest: index.suggest(q.slice(0, 3), 10).map((s) => s.id),
      related: top ? index.related(top, 4).map((s) => s.id) : [],
    };
  });
}

const fromScratch = (k: Knowledge): Notes => {
  const knowledge = unshared(k);
  return { knowledge, index: NotesIndex.build(knowledge) };
};

// Nothing here is timed (speed is `npm run bench`'s): room for a full run on a loaded machine.
describe("a server's notes on the shared glossary", { timeout: 60_000 }, () => {
  const notes = serverChapters.map((c) => ({
    name: c.name,
    body: readFileSync(c.file, 'utf8'),
    hash: c.name,
  }));
  const server = buildGuildNotes(shared, '600000000000000001', notes, false);
  // Two tests compare against the server's own answers: read once.
  let serverAnswers: unknown[] | undefined;
  const answersOfServer = () => (serverAnswers ??= answers(server, serverQueries));

  it('mine pairs of their own (the layer is not empty)', () => {
    expect(notes).toHaveLength(SERVER_CHAPTERS.length);
    expect(server.knowledge.glossary.length).toBeGreaterThan(shippedKnowledge.glossary.length);
  });

  it('answer like the same notes indexed with a glossary of their own', () => {
    expect(answersOfServer()).toEqual(answers(fromScratch(server.knowledge), serverQueries));
  });

  it('answer the same restored from the index cache', () => {
    const json = JSON.parse(JSON.stringify(server.index.toJSON()));
    const restored = NotesIndex.fromJSON(json, server.knowledge);
    expect(restored).toBeDefined();
    if (!restored) return;
    expect(answers({ knowledge: server.knowledge, index: restored }, serverQueries)).toEqual(
      answersOfServer(),
    );
  });

  it('leave the shared notes answering as before', () => {
    expect(answers(shared)).toEqual(answers(fromScratch(shippedKnowledge)));
  });
});

describe('the sampled queries', () => {
  it('reach every category and every chapter', () => {
    expect(new Set(sample.map((q) => q.category))).toEqual(
      new Set(CHAPTERS.flatMap((c) => c.queries.map((q) => q.category))),
    );
    expect(new Set(sample.map((q) => q.chapter))).toEqual(new Set(CHAPTERS.map((c) => c.name)));
  });
});

describe('notes prepared in steps', () => {
  const knowledge = loadKnowledge(new URL('.', chapter.file).pathname, { cacheDir: false });
  const prepared: Notes = { knowledge, index: NotesIndex.build(knowledge) };
  let steps = 0;
  for (const _ of prepareSteps(prepared)) steps++;
  const cold = fromScratch(knowledge);

  it('take many steps, each a slice of the work', () => {
    expect(steps).toBeGreaterThan(3);
  });

  it('answer searches like notes used cold', () => {
    expect(answers(prepared)).toEqual(answers(cold));
  });

  it('ask the same quiz questions as notes used cold', () => {
    const section = knowledge.sections.find((s) => canQuiz(prepared, s));
    expect(section).toBeDefined();
    const ask = (k: Knowledge) => generateQuestions(k, { count: 12, seed: 7 });
    expect(ask(knowledge)).toEqual(ask(cold.knowledge));
    expect(knowledge.sections.map((s) => canQuiz(prepared, s))).toEqual(
      cold.knowledge.sections.map((s) => canQuiz(cold, s)),
    );
  });
});
