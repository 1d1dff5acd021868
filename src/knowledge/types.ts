/** One section of the notes: a heading (or bold-only line used as a sub-heading) and the text under it. */
export interface Section {
  /** Stable id within one index: `${file}#${line}`. */
  id: string;
  /** Path of the note file relative to the knowledge folder, with forward slashes. */
  file: string;
  /** 1-based line of the heading in that file. */
  line: number;
  /** Heading path from the top-level heading down to this one, cleaned of markdown (`**`, links). */
  path: string[];
  /** The last element of `path`. */
  title: string;
  /** Markdown body under the heading, up to the next heading of any level (sub-sections are separate). */
  body: string;
  /** Other names of the topic: front matter aliases, mined `한글(English)` pairs, glossary entries. */
  aliases: string[];
  /** Front matter tags of the file. */
  tags: string[];
  /** The heading is a bold-only line (`**Hash**`), the smallest heading notes use. */
  bold?: true;
  /** The section's hand-written questions: its ```quiz fences, taken out of `body` (absent when it has none). */
  quizzes?: QuizFence[];
}

/** One ```quiz fence of a note: its text (YAML, read by the quiz) and the 1-based line of its opening fence. */
export interface QuizFence {
  line: number;
  text: string;
}

/** A glossary entry: one concept and its names in Korean and English (first is the preferred name). */
export interface GlossaryEntry {
  names: string[];
  /**
   * Where the entry came from: the glossary data file, the everyday-words file (words, not names of a concept),
   * or a `한글(English)` pair mined from a note.
   */
  source?: 'glossary' | 'words' | 'mined';
}

/** A problem in a note file, always pointing at file:line. */
export interface NoteProblem {
  file: string;
  line: number;
  message: string;
  /** `error` (default when absent) makes validate-notes fail; `warning` is only reported. */
  severity?: 'error' | 'warning';
}

/** Everything loaded from one knowledge folder. */
export interface Knowledge {
  dir: string;
  sections: Section[];
  glossary: GlossaryEntry[];
  /** Hash of every note file's content and name; keys caches (search index, etc.). */
  hash: string;
  /** Problems found while loading; loading never throws for a bad note, it reports it here. */
  problems: NoteProblem[];
}
