/**
 * The kinds of question; the first four are answered with buttons, `fill-blank` and `cloze` (a key term blanked
 * inside a line of the notes) by typing.
 */
export const QUESTION_TYPES = [
  'definition-to-term',
  'term-to-definition',
  'list-membership',
  'true-false',
  'fill-blank',
  'cloze',
] as const;

/** The two choices of a true-false question, in this order. */
export const TRUE_CHOICE = '⭕ 맞아요';
export const FALSE_CHOICE = '❌ 틀려요';

export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionSource {
  file: string;
  line: number;
  /** Heading path joined with ` > `. */
  title: string;
}

/** A question as the CLI prints it and the store keeps it (one JSON object per line). */
export interface QuestionJSON {
  type: QuestionType;
  prompt: string;
  choices?: string[];
  answerIndex?: number;
  acceptedAnswers?: string[];
  /** Another term of the notes one typo from an accepted answer: typed as written, it is that term (FOIT, FOUT). */
  rejectedAnswers?: string[];
  explanation: string;
  source: QuestionSource;
  /**
   * The generated wording in English (the notes' own text stays as written); absent for hand-written
   * questions. Kept with the question in the store, never printed by the CLI (see `questionToJSON`).
   */
  en?: { prompt: string; explanation?: string };
}

/**
 * Where a question comes from, as far as a player may see before the reveal: the file and its chapter, never the
 * section, whose heading is usually the answer (`… > 파일 서버` under "다음 설명에 알맞은 용어는?").
 */
export function footerOf(source: QuestionSource): string {
  const path = source.title.split(' > ');
  return path.length > 1 ? `${source.file} · ${path[0]}` : source.file;
}

/** The two choices of a true-false question, for English readers. */
const EN_CHOICES: Record<string, string> = { [TRUE_CHOICE]: '⭕ True', [FALSE_CHOICE]: '❌ False' };

/** The question as a reader with `locale` sees it: the prompt, explanation and true/false choices. */
export function forLocale<Q extends QuestionJSON>(q: Q, locale: 'ko' | 'en'): Q {
  if (locale !== 'en') return q;
  return {
    ...q,
    prompt: q.en?.prompt ?? q.prompt,
    explanation: q.en?.explanation ?? q.explanation,
    ...(q.choices ? { choices: q.choices.map((c) => EN_CHOICES[c] ?? c) } : {}),
  };
}

/** A question plus what the quiz needs to count it: its topic and its spaced-repetition card. */
export interface Question extends QuestionJSON {
  topic: string;
  /**
   * The fact it exercises (`file#line#name`: a term or a list of a section), so every question about it shares
   * one review card.
   */
  cardKey: string;
}

/** True for questions answered by typing (a modal) rather than by buttons. */
export function isTyped(q: QuestionJSON): boolean {
  return q.acceptedAnswers !== undefined;
}

/** The question in exactly the CLI's JSON shape, key order included. */
export function questionToJSON(q: QuestionJSON): QuestionJSON {
  const typed = isTyped(q);
  return {
    type: q.type,
    prompt: q.prompt,
    ...(typed ? {} : { choices: q.choices, answerIndex: q.answerIndex }),
    ...(typed ? { acceptedAnswers: q.acceptedAnswers } : {}),
    ...(typed && q.rejectedAnswers ? { rejectedAnswers: q.rejectedAnswers } : {}),
    explanation: q.explanation,
    source: { file: q.source.file, line: q.source.line, title: q.source.title },
  };
}

/** The right answer as text, for reveals. */
export function answerText(q: QuestionJSON): string {
  if (q.acceptedAnswers) return q.acceptedAnswers[0] ?? '';
  return q.choices?.[q.answerIndex ?? 0] ?? '';
}
