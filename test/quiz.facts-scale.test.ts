/**
 * A reload builds the quiz's facts on the main thread between requests, in steps: each step must stay short
 * however large the notes, and the whole build grow with the notes, not with their square. Both are checked by
 * counting the sections the build reads (a deterministic measure of its work, unlike a timing): before, every
 * heading copied all the sections after it (1.4 s of one step at 10,000 sections, every request waiting).
 */
import { describe, expect, it } from 'vitest';
import type { Knowledge, Section } from '../src/knowledge/types.ts';
import { factSteps } from '../src/quiz/facts.ts';

// Notes of `n` sections, 50 to a file: headings of two words that name kinds (`내부 조인 3` under `조인 3`), each with
// a definition and labelled lines, so every pass over the headings (kinds, pairs, kind words) has work to do.
function notes(n: number): Knowledge {
  const sections: Section[] = [];
  for (let i = 0; i < n; i++) {
    const file = `${String(Math.floor(i / 50)).padStart(3, '0')}.md`;
    const parent = i % 5 === 0;
    const group = `조인 ${i - (i % 5)}`;
    const title = parent ? group : `종류${i % 5} 조인 ${i - (i % 5)}`;
    sections.push({
      id: `${file}#${i}`,
      file,
      line: i + 1,
      path: parent ? ['데이터베이스', title] : ['데이터베이스', group, title],
      title,
      body: `- 두 테이블의 행을 이어 붙여 하나의 결과로 만드는 연산 ${i}\n- 키${i} : 행을 하나씩 가리키는 값\n- **인덱스 ${i}** 로 빨리 찾음\n`,
      aliases: [],
      tags: [],
    });
  }
  return { dir: '/notes', sections, glossary: [], hash: `scale-${n}`, problems: [] };
}

/** The sections each step of the facts build reads, counted through the notes' own array. */
function readsPerStep(knowledge: Knowledge): number[] {
  const steps: number[] = [0];
  const sections = new Proxy(knowledge.sections, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) steps[steps.length - 1] = (steps.at(-1) ?? 0) + 1;
      return Reflect.get(target, key, receiver);
    },
  });
  const build = factSteps({ ...knowledge, sections });
  while (!build.next().done) steps.push(0);
  return steps;
}

describe('building the quiz facts of large notes', () => {
  it('reads each section a bounded number of times, in steps of bounded size', () => {
    const small = readsPerStep(notes(1000));
    const large = readsPerStep(notes(4000));
    const total = (steps: number[]) => steps.reduce((a, b) => a + b, 0);
    // Linear: four times the notes, about four times the reads (a quadratic build reads sixteen times as many).
    expect(total(large) / total(small)).toBeLessThan(5);
    // No step reads more than a few files' worth, whatever the size of the notes.
    expect(Math.max(...large)).toBeLessThan(3000);
    expect(Math.max(...large)).toBeLessThan(Math.max(...small) * 1.5);
  });
});
