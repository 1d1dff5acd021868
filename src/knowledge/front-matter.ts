import { createRequire } from 'node:module';
import { z } from 'zod';
import type { NoteProblem } from './types.ts';

// The YAML parser loads on the first front matter read, not at start-up: a restart from the notes cache reads
// none. (A CommonJS package: the same instance an \`import\` elsewhere gets.)
let yamlLib: typeof import('yaml') | undefined;
export const yaml = (): typeof import('yaml') => {
  yamlLib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlLib;
};

/**
 * Optional YAML front matter at the very top of a note, fenced by `---` lines:
 *
 * ```yaml
 * ---
 * title: HTTP 기초          # names the file; used for text before the first heading
 * aliases: [http, 에이치티티피] # a list: other names of the file's first top-level section
 * # or a map from a heading title to other names of that section:
 * # aliases: { 상태 코드: [status code, 응답 코드] }
 * tags: [network, web]      # copied onto every section of the file
 * ---
 * ```
 */
export const FrontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    aliases: z.union([z.array(z.string()), z.record(z.string(), z.array(z.string()))]).optional(),
    tags: z.array(z.string()).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** The note without its front matter. */
  content: string;
  /** Lines taken by the front matter, to keep section line numbers true to the file. */
  lineOffset: number;
  problems: NoteProblem[];
}

const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const OPENING = /^---[ \t]*\r?\n/;

/** The yaml library's first line names the spot again (`… at line 2, column 16:`): the problem's line already does. */
const withoutPosition = (message: string) =>
  (message.split('\n')[0] ?? '').replace(/\s+at line \d+, column \d+:?\s*$/, '').replace(/[:\s]+$/, '');

/** Splits and validates the front matter of a note; a malformed one is reported, never thrown. */
export function readFrontMatter(file: string, text: string): FrontMatterResult {
  const m = FENCE.exec(text);
  if (!m) {
    // An opening fence with no closing one: everything after it would silently become text.
    const problems: NoteProblem[] = OPENING.test(text)
      ? [{ file, line: 1, message: 'front matter: the --- on line 1 is never closed by a --- line' }]
      : [];
    return { frontMatter: {}, content: text, lineOffset: 0, problems };
  }
  const raw = m[1] ?? '';
  const lineOffset = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  const content = text.slice(m[0].length);
  const problems: NoteProblem[] = [];
  const doc = yaml().parseDocument(raw, { prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      // The YAML starts on line 2 of the file, after the opening fence.
      const line = (e.linePos?.[0]?.line ?? 1) + 1;
      problems.push({ file, line, message: `front matter: ${withoutPosition(e.message)}` });
    }
    return { frontMatter: {}, content, lineOffset, problems };
  }
  const parsed = FrontMatterSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const lines = raw.split('\n');
    const lineOf = (key: string) => {
      const idx = key ? lines.findIndex((l) => l.startsWith(`${key}:`)) : -1;
      return idx >= 0 ? idx + 2 : 2;
    };
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          problems.push({
            file,
            line: lineOf(key),
            message: `front matter: unknown key "${key}" (known: ${Object.keys(FrontMatterSchema.shape).join(', ')})`,
          });
        continue;
      }
      const key = String(issue.path[0] ?? '');
      problems.push({
        file,
        line: lineOf(key),
        message: `front matter: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      });
    }
    return { frontMatter: {}, content, lineOffset, problems };
  }
  return { frontMatter: parsed.data, content, lineOffset, problems };
}
