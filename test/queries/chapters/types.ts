/**
 * A labelled query for a chapter written for measurement: what a student types → the section that must come
 * first. `expect` names a section by its title (the heading text without `#`, `**` or links) or by its heading
 * path joined with ` > `; several when the notes have equally good answers; `null` when the notes do not cover
 * the topic and search must return nothing. `compare` (comparison queries) names two sections that must both be
 * among the first two results.
 */
export type ChapterCategory =
  | 'plain'
  | 'particles'
  | 'question'
  | 'spacing'
  | 'typo-query'
  | 'typo-notes'
  | 'keyboard'
  | 'choseong'
  | 'english-glossary'
  | 'english'
  | 'paraphrase'
  | 'comparison'
  | 'miss'
  | 'miss-shared';

export interface ChapterQuery {
  query: string;
  expect: string | string[] | null;
  category: ChapterCategory;
  compare?: [string, string];
}
