import { getChoseong } from 'es-hangul';
import { type QuestionJSON, TRUE_CHOICE } from '../../src/quiz/question.ts';
import { squash } from '../../src/quiz/text.ts';

/**
 * The fault classes of a strict review (issue 10) that a program can check on a generated question, as the
 * student sees it before the reveal: the prompt (without its hint), the choices and the hint.
 */
export type Fault = 'leak' | 'residue' | 'choices' | 'hint' | 'term';

const HANGUL = /[\uAC00-\uD7A3]/;
const PARTICLE = /(은|는|이|가|을|를|의|와|과|로|으로|에|에서|도|만)$/;

// The words of a name a student would recognise in a clue: two syllables or two letters at least.
function contentWords(name: string): string[] {
  return name
    .split(/[\s/()·,]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((w) => (HANGUL.test(w) ? w.length >= 2 : w.length >= 2 && !/^\d+$/.test(w)));
}

/** What the question shows before the reveal, split into the clue, the hint and the choices. */
function shown(q: QuestionJSON): { clue: string; hint: string; choices: string[] } {
  const lines = q.prompt.split('\n');
  const hintLine = lines.find((l) => /^\((힌트|Hint):/.test(l)) ?? '';
  const clue = lines.filter((l, i) => i > 0 && l !== hintLine).join('\n');
  return { clue, hint: hintLine, choices: q.choices ?? [] };
}

function answerNames(q: QuestionJSON): string[] {
  if (q.acceptedAnswers) return q.acceptedAnswers;
  if (q.type === 'definition-to-term' || q.type === 'list-membership') {
    return [q.choices?.[q.answerIndex ?? 0] ?? ''];
  }
  return [];
}

// The hint a name should get: its initial consonants with Latin letters kept, and its length.
function hintAgrees(answer: string, hint: string): boolean {
  // What the student types: spaces and a generic's parameters apart (`Partial<T>` is 7, `depends_on` 10).
  const letters = answer.replace(/<[^<>]*>$/, '').replace(/\s+/g, '').length;
  if (!hint.includes(`${letters}글자`)) return false;
  if (/초성/.test(hint)) {
    const expected = getChoseong(answer).replace(/\s+/g, '');
    const latin = answer.match(/[A-Za-z0-9]+/g) ?? [];
    const got = hint.replace(/^\(힌트: 초성\s*/, '').replace(/,.*$/, '');
    if (/\s{2,}|\s,/.test(hint)) return false;
    return (
      latin.every((l) => got.includes(l[0] as string)) && got.replace(/[^\u3131-\u314E]/g, '') === expected
    );
  }
  return true;
}

/** The checkable faults of one question (empty when it would pass). */
export function faultsOf(q: QuestionJSON): Fault[] {
  const out = new Set<Fault>();
  const { clue, hint, choices } = shown(q);
  const names = answerNames(q);
  // The answer's own words (a word every choice shares tells nothing), or any of its names whole, in the clue.
  // The other items a list's blank is shown among (`상호 배제, ＿＿＿, 순환 대기`) are part of the question.
  const listed =
    /의 예: (.+)$/m
      .exec(clue)?.[1]
      ?.split(', ')
      .filter((x) => !x.includes('＿＿＿')) ?? [];
  const others = [...choices.filter((_, i) => i !== q.answerIndex), ...listed];
  const shared = (w: string) =>
    listed.some((c) => squash(c).includes(squash(w))) ||
    (others.length > 0 && others.every((c) => squash(c).includes(squash(w))));
  const words = contentWords(names[0] ?? '').filter((w) => squash(w).length >= 2 && !shared(w));
  if (q.type !== 'true-false' && q.type !== 'term-to-definition') {
    const hay = squash(clue.replace(/＿＿＿/g, ' '));
    const whole = names.filter((n) => squash(n).length >= 3);
    const stem = (w: string) => {
      const cut = squash(w).replace(PARTICLE, '');
      return cut.length >= 2 ? cut : squash(w);
    };
    if (words.some((w) => hay.includes(stem(w))) || whole.some((n) => hay.includes(squash(n))))
      out.add('leak');
  }
  if (q.type === 'term-to-definition' && q.choices) {
    // The term's own words in the right choice only mark it.
    const term = /「(.+)」/.exec(q.prompt)?.[1] ?? '';
    const tw = contentWords(term).map(squash);
    const has = (c: string) => tw.some((w) => squash(c).includes(w));
    const right = q.choices[q.answerIndex ?? 0] ?? '';
    if (has(right) && !q.choices.some((c, i) => i !== q.answerIndex && has(c))) out.add('leak');
  }
  // Mask residue anywhere but a definition's clue; markdown left raw anywhere.
  const readable = [clue, ...choices, q.explanation];
  const maskAllowed = q.type === 'definition-to-term' ? clue : '';
  if (readable.some((t) => t !== maskAllowed && t.includes('○○'))) out.add('residue');
  if (readable.some((t) => /\\[_*`]|\*\*|`|\]\(|[:：]\s*$/.test(t))) out.add('residue');
  const typed = q.type === 'fill-blank' || q.type === 'cloze';
  if (typed && (clue.match(/＿＿＿/g) ?? []).length !== 1) out.add('residue');
  // Choices: two the same, stubs, or fewer than a question needs.
  if (choices.length > 0) {
    const keys = choices.map(squash);
    if (new Set(keys).size !== keys.length) out.add('choices');
    if (keys.some((k) => k.length < 2 || k.replace(/○/g, '').length < 2)) out.add('choices');
    if (q.type !== 'true-false' && choices.length < 3) out.add('choices');
    if (q.type === 'true-false' && choices[0] !== TRUE_CHOICE) out.add('choices');
  }
  if (typed && !hintAgrees(names[0] ?? '', hint)) out.add('hint');
  // Every name shown as a term: a numbered label (`2 데이터링크 계층`), code or a sentence is none.
  const terms =
    q.type === 'definition-to-term'
      ? choices
      : q.type === 'term-to-definition'
        ? [/「(.+)」/.exec(q.prompt)?.[1] ?? '']
        : q.type === 'true-false'
          ? [/^> ([^:]+):/m.exec(q.prompt)?.[1] ?? '']
          : names.slice(0, 1);
  for (const n of terms) {
    const open = (a: string, b: string) => n.split(a).length !== n.split(b).length;
    const quotes = (n.match(/['"]/g) ?? []).length % 2 === 1;
    if (/^\d\s+[\uAC00-\uD7A3]/.test(n) || open('(', ')') || open('{', '}') || quotes || n.length > 30)
      out.add('term');
    if (/[\uAC00-\uD7A3](은|는|에서는)\s/.test(`${n} `) || /[:：]$/.test(n)) out.add('term');
  }
  return [...out];
}

/** Fault counts over a set of questions, and the faulty ones for a report. */
export function faultReport(questions: QuestionJSON[]) {
  const byFault: Partial<Record<Fault, number>> = {};
  const faulty: Array<{ q: QuestionJSON; faults: Fault[] }> = [];
  for (const q of questions) {
    const f = faultsOf(q);
    for (const x of f) byFault[x] = (byFault[x] ?? 0) + 1;
    if (f.length > 0) faulty.push({ q, faults: f });
  }
  return { total: questions.length, faulty, byFault };
}
