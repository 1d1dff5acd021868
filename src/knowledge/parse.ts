import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import { type FrontMatter, readFrontMatter } from './front-matter.ts';
import { headingPairs, minePairs } from './mine.ts';
import type { GlossaryEntry, NoteProblem, QuizFence, Section } from './types.ts';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Notes bigger than this are reported and skipped: they are not study notes and would bloat the index. */
export const MAX_NOTE_BYTES = 2 * 1024 * 1024;

export interface ParsedNote {
  sections: Section[];
  problems: NoteProblem[];
  frontMatter: FrontMatter;
  /** `한글(English)`-style pairs mined from the whole note. */
  glossary: GlossaryEntry[];
}

// Loaded on the first note parsed, not at start-up: a restart from the notes cache parses nothing.
let parser: InstanceType<typeof MarkdownIt> | undefined;
const md = () => {
  if (!parser) {
    const Parser = createRequire(import.meta.url)('markdown-it') as typeof MarkdownIt;
    parser = new Parser({ html: false, linkify: false });
  }
  return parser;
};

interface Heading {
  level: number;
  title: string;
  /** 0-based line of the heading in the markdown given to markdown-it. */
  line: number;
  /** 0-based first line of the body. */
  bodyStart: number;
  /** A bold-only line, not a `#` heading. */
  bold?: true;
}

function inlineText(token: Token | undefined): string {
  if (!token?.children) return token?.content ?? '';
  let s = '';
  for (const c of token.children) {
    if (c.type === 'text' || c.type === 'code_inline') s += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') s += ' ';
  }
  return s.replace(/\s+/g, ' ').trim();
}

// A paragraph whose only content is one bold span: `**CDN(Content Delivery Network)**`.
function boldOnlyTitle(inline: Token | undefined): string | undefined {
  const kids = (inline?.children ?? []).filter((c) => !(c.type === 'text' && c.content.trim() === ''));
  if (kids.length < 3 || kids[0]?.type !== 'strong_open' || kids.at(-1)?.type !== 'strong_close')
    return undefined;
  if (kids.slice(1, -1).some((c) => c.type === 'strong_open' || c.type === 'softbreak')) return undefined;
  const title = inlineText(inline);
  return title.length > 0 && title.length <= 80 ? title : undefined;
}

function collectHeadings(tokens: Token[]): Heading[] {
  const headings: Heading[] = [];
  let current = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.map) continue;
    if (t.type === 'heading_open') {
      const level = Number(t.tag.slice(1));
      current = level;
      headings.push({ level, title: inlineText(tokens[i + 1]), line: t.map[0], bodyStart: t.map[1] });
    } else if (t.type === 'paragraph_open' && t.level === 0) {
      const title = boldOnlyTitle(tokens[i + 1]);
      if (title !== undefined) {
        // Notes use bold lines as the smallest heading: below a `#`/`##` they nest one level down, but
        // after a `###` they are its siblings (`### 인프라란` then `**CDN**`, `**로드밸런서**`…), which
        // keeps paths like `1. … > 1.5 … > 로브밸런서` short and the way the author meant them.
        headings.push({
          level: current >= 3 ? current : current + 1,
          title,
          line: t.map[0],
          bodyStart: t.map[1],
          bold: true,
        });
      }
    }
  }
  return headings;
}

interface Fence {
  /** 0-based lines in the markdown given to markdown-it: the opening fence, and the line after the closing one. */
  start: number;
  end: number;
  text: string;
}

/** The ```quiz fences (hand-written questions), wherever they sit: under a heading, in a list, in a quote. */
function quizFences(tokens: Token[]): Fence[] {
  const out: Fence[] = [];
  for (const t of tokens) {
    if (t.type === 'fence' && t.info.trim() === 'quiz' && t.map)
      out.push({ start: t.map[0], end: t.map[1], text: t.content });
  }
  return out;
}

// Only sections with questions carry the field, so the cached notes stay as small as before.
const withQuizzes = (quizzes: QuizFence[] | undefined) => (quizzes ? { quizzes } : {});

function fileStem(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.md$/i, '');
}

function titleAliases(title: string): string[] {
  const out: string[] = [];
  for (const [a, b] of headingPairs(title)) out.push(a, b);
  return out;
}

/**
 * Parses one markdown note into sections. Headings `#`..`######` and bold-only paragraphs (one level below a `#`/`##`
 * heading, siblings of a deeper one) start sections; text before the first heading becomes a section titled by the front matter
 * title or the file name only when the note has no heading at all (in the seed it is a list of links).
 * Never throws: empty, binary and oversized notes yield a problem and no sections.
 */
export function parseNote(file: string, text: string): ParsedNote {
  const empty = (message: string, severity: 'error' | 'warning' = 'error'): ParsedNote => ({
    sections: [],
    problems: [{ file, line: 1, message, severity }],
    frontMatter: {},
    glossary: [],
  });
  if (Buffer.byteLength(text, 'utf8') > MAX_NOTE_BYTES) return empty('file larger than 2 MB, skipped');
  if (text.includes('\u0000')) return empty('binary file (NUL bytes), skipped');
  const noBom = text.replace(/^\uFEFF/, '');
  if (noBom.trim() === '') return empty('empty file', 'warning');

  const fm = readFrontMatter(file, noBom);
  const problems = [...fm.problems];
  const lines = fm.content.split(/\r?\n/);
  const tokens = md().parse(fm.content, {});
  const headings = collectHeadings(tokens);
  const fences = quizFences(tokens);
  const fenceAt = new Map(fences.map((f) => [f.start, f]));
  const tags = fm.frontMatter.tags ?? [];
  const aliasMap = fm.frontMatter.aliases;

  const sections: Section[] = [];
  const seen = new Map<string, number>();
  const stack: Array<{ level: number; title: string }> = [];
  // A section's text without its ```quiz fences: those are questions with their answers, not notes to show.
  const bodyOf = (from: number, to: number) => {
    if (!fences.some((f) => f.start >= from && f.start < to)) return lines.slice(from, to).join('\n').trim();
    const kept: string[] = [];
    for (let i = from; i < to; i++) {
      const fence = fenceAt.get(i);
      if (!fence) {
        kept.push(lines[i] ?? '');
        continue;
      }
      i = fence.end - 1;
      // The blank line after a fence goes with it, so the text around it keeps one blank line between.
      if (i + 1 < to && (kept.at(-1) ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '') i++;
    }
    return kept.join('\n').trim();
  };
  const quizzesOf = (from: number, to: number): QuizFence[] | undefined => {
    const inside = fences.filter((f) => f.start >= from && f.start < to);
    return inside.length
      ? inside.map((f) => ({ line: f.start + 1 + fm.lineOffset, text: f.text }))
      : undefined;
  };
  const firstHeading = headings[0]?.line ?? lines.length;
  for (const f of fences) {
    if (f.start < firstHeading && headings.length > 0)
      problems.push({
        file,
        line: f.start + 1 + fm.lineOffset,
        message: 'quiz block: above the first heading, so it belongs to no section and is never asked',
        severity: 'warning',
      });
  }

  if (headings.length === 0) {
    const title = fm.frontMatter.title ?? fileStem(file);
    const line = fm.lineOffset + 1;
    sections.push({
      id: `${file}#${line}`,
      file,
      line,
      path: [title],
      title,
      body: bodyOf(0, lines.length),
      aliases: Array.isArray(aliasMap) ? [...aliasMap] : [],
      tags: [...tags],
      ...withQuizzes(quizzesOf(0, lines.length)),
    });
  }

  let firstTop: Section | undefined;
  headings.forEach((h, i) => {
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= h.level) stack.pop();
    stack.push({ level: h.level, title: h.title });
    const path = stack.map((s) => s.title);
    const line = h.line + 1 + fm.lineOffset;
    const key = path.join('\u0000');
    const prev = seen.get(key);
    if (prev !== undefined) {
      problems.push({
        file,
        line,
        message: `duplicate heading "${path.join(' > ')}" (first at line ${prev})`,
        severity: 'warning',
      });
    } else seen.set(key, line);
    const aliases = titleAliases(h.title);
    if (aliasMap && !Array.isArray(aliasMap)) aliases.push(...(aliasMap[h.title] ?? []));
    const end = headings[i + 1]?.line ?? lines.length;
    const section: Section = {
      id: `${file}#${line}`,
      file,
      line,
      path,
      title: h.title,
      body: bodyOf(h.bodyStart, end),
      aliases,
      tags: [...tags],
      ...(h.bold ? { bold: true as const } : {}),
      ...withQuizzes(quizzesOf(h.bodyStart, end)),
    };
    if (!firstTop && stack.length === 1) firstTop = section;
    sections.push(section);
  });
  if (Array.isArray(aliasMap) && firstTop) firstTop.aliases.push(...aliasMap);
  for (const s of sections) s.aliases = [...new Set(s.aliases.map((a) => a.trim()).filter(Boolean))];

  const glossary: GlossaryEntry[] = [];
  // A heading line is a name (the parser already found them, bold-only lines too); any other line is prose.
  const headingAt = new Map(headings.map((h) => [h.line, h.title]));
  for (const [i, l] of lines.entries()) {
    const heading = headingAt.get(i);
    for (const [a, b] of heading !== undefined ? headingPairs(heading) : minePairs(l)) {
      glossary.push({ names: [a, b], source: 'mined' });
    }
  }
  return { sections, problems, frontMatter: fm.frontMatter, glossary };
}
