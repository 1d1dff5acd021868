import { z } from 'zod';
import { yaml } from '../knowledge/front-matter.ts';
import type { Knowledge, NoteProblem, Section } from '../knowledge/types.ts';
import { FALSE_CHOICE, type Question, TRUE_CHOICE } from './question.ts';
import { mentions, squash } from './text.ts';

/**
 * Hand-written questions live in the notes as fenced ```quiz blocks of YAML under a section: one
 * question or a list of them.
 *
 *     ```quiz
 *     - prompt: 장고가 데이터베이스를 다루는 방식은?
 *       choices: [ORM, CGI, WSGI]
 *       answer: ORM            # a choice, or its 0-based index
 *       explanation: 장고는 ORM 방식으로 데이터베이스를 다룬다.
 *     - prompt: CDN은 사용자와 가까운 노드에 데이터를 저장한다.
 *       answer: true           # true/false question
 *     - prompt: 도메인 주소를 IP 주소로 바꿔 주는 시스템은? (영문 약자)
 *       answer: DNS            # typed answer; `answers` lists other accepted spellings
 *       answers: [Domain Name System]
 *     ```
 */
const blockQuestionSchema = z
  .object({
    type: z.enum(['definition-to-term', 'term-to-definition', 'list-membership']).optional(),
    prompt: z.string().trim().min(1),
    choices: z.array(z.coerce.string().trim().min(1)).min(2).max(5).optional(),
    answer: z.union([z.string().trim().min(1), z.number().int().min(0), z.boolean()]),
    answers: z.array(z.coerce.string().trim().min(1)).optional(),
    explanation: z.string().trim().min(1).optional(),
  })
  .strict();

type BlockQuestion = z.infer<typeof blockQuestionSchema>;

interface RawBlock {
  file: string;
  line: number;
  text: string;
  section: Section;
}

/** The notes' ```quiz fences, as the parser took them out of each section. */
function findBlocks(knowledge: Knowledge): RawBlock[] {
  return knowledge.sections.flatMap((section) =>
    (section.quizzes ?? []).map((fence) => ({
      file: section.file,
      line: fence.line,
      text: fence.text,
      section,
    })),
  );
}

function toQuestion(q: BlockQuestion, block: RawBlock): { question?: Question; problem?: string } {
  const base = {
    prompt: q.prompt,
    // Without one of its own, a question has no explanation: the section's first line is about something else.
    explanation: q.explanation ?? '',
    source: { file: block.file, line: block.line, title: block.section.path.join(' > ') },
    topic: block.section.path[1] ?? block.section.path[0] ?? block.section.title,
    cardKey: block.section.id,
  };
  if (typeof q.answer === 'boolean') {
    if (q.choices) return { problem: 'a true/false answer takes no choices' };
    return {
      question: {
        ...base,
        type: 'true-false',
        choices: [TRUE_CHOICE, FALSE_CHOICE],
        answerIndex: q.answer ? 0 : 1,
      },
    };
  }
  if (q.choices) {
    if (new Set(q.choices.map(squash)).size !== q.choices.length)
      return { problem: 'choices must be distinct' };
    const answerIndex =
      typeof q.answer === 'number'
        ? q.answer
        : q.choices.findIndex((c) => squash(c) === squash(String(q.answer)));
    if (answerIndex < 0 || answerIndex >= q.choices.length)
      return { problem: `answer "${q.answer}" is not one of the choices` };
    if (mentions(q.prompt, [q.choices[answerIndex] ?? '']))
      return { problem: 'the prompt gives the answer away' };
    return { question: { ...base, type: q.type ?? 'definition-to-term', choices: q.choices, answerIndex } };
  }
  if (typeof q.answer === 'number') return { problem: 'a numeric answer needs choices' };
  const acceptedAnswers = [q.answer, ...(q.answers ?? [])];
  if (mentions(q.prompt, acceptedAnswers)) return { problem: 'the prompt gives the answer away' };
  return { question: { ...base, type: 'fill-blank', acceptedAnswers } };
}

/** Hand-written questions in the notes, and the problems (file:line) of those that are broken. */
export function quizBlocks(knowledge: Knowledge): { questions: Question[]; problems: NoteProblem[] } {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const questions: Question[] = [];
  const problems: NoteProblem[] = [];
  for (const block of findBlocks(knowledge)) {
    const report = (message: string) =>
      problems.push({ file: block.file, line: block.line, message: `quiz block: ${message}` });
    let data: unknown;
    try {
      data = yaml().parse(block.text);
    } catch (error) {
      report(`not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const list = Array.isArray(data) ? data : [data];
    list.forEach((entry, i) => {
      const parsed = blockQuestionSchema.safeParse(entry);
      const where = list.length > 1 ? `question ${i + 1}: ` : '';
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        report(`${where}${issue?.path.join('.') || 'question'}: ${issue?.message ?? 'invalid'}`);
        return;
      }
      const { question, problem } = toQuestion(parsed.data, block);
      if (problem) report(`${where}${problem}`);
      if (question) questions.push(question);
    });
  }
  const result = { questions, problems };
  cache.set(knowledge, result);
  return result;
}

/** Problems in the notes' ```quiz blocks, each at file:line, for `validate-notes`. */
export function validateQuizBlocks(knowledge: Knowledge): NoteProblem[] {
  return quizBlocks(knowledge).problems;
}

const cache = new WeakMap<Knowledge, { questions: Question[]; problems: NoteProblem[] }>();
