import MarkdownIt from 'markdown-it';
import { type FrontMatter, readFrontMatter } from './front-matter.ts';
import { headingPairs, minePairs } from './mine.ts';
import type { GlossaryEntry, NoteProblem, Section } from './types.ts';

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

const md = new MarkdownIt({ html: false, linkify: false });

interface Heading {
  level: number;
  title: string;
  /** 0-based line of the heading in the markdown given to markdown-it. */
  line: number;
  /** 0-based first line of the body. */
  bodyStart: number;
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
        });
      }
    }
  }
  return headings;
}

function fileStem(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.md$/i, '');
}

// A `#` heading or a bold-only line (the notes' smallest heading), with its text.
const HEADING_LINE = /^\s{0,3}(?:#{1,6}\s+(.+?)\s*#*|\*\*([^*]+)\*\*)\s*$/;

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
  const headings = collectHeadings(md.parse(fm.content, {}));
  const tags = fm.frontMatter.tags ?? [];
  const aliasMap = fm.frontMatter.aliases;

  const sections: Section[] = [];
  const seen = new Map<string, number>();
  const stack: Array<{ level: number; title: string }> = [];
  const bodyOf = (from: number, to: number) => lines.slice(from, to).join('\n').trim();

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
    const section: Section = {
      id: `${file}#${line}`,
      file,
      line,
      path,
      title: h.title,
      body: bodyOf(h.bodyStart, headings[i + 1]?.line ?? lines.length),
      aliases,
      tags: [...tags],
    };
    if (!firstTop && stack.length === 1) firstTop = section;
    sections.push(section);
  });
  if (Array.isArray(aliasMap) && firstTop) firstTop.aliases.push(...aliasMap);
  for (const s of sections) s.aliases = [...new Set(s.aliases.map((a) => a.trim()).filter(Boolean))];

  const glossary: GlossaryEntry[] = [];
  for (const l of lines) {
    const m = HEADING_LINE.exec(l);
    const heading = m?.[1] ?? m?.[2];
    for (const [a, b] of heading ? headingPairs(heading) : minePairs(l)) {
      glossary.push({ names: [a, b], source: 'mined' });
    }
  }
  return { sections, problems, frontMatter: fm.frontMatter, glossary };
}
