/**
 * A small SQL tag, so a statement is written once for both databases: values become placeholders
 * (`?` for SQLite, `$1…` for PostgreSQL), and the few words the two spell differently are a
 * `spelled({ sqlite, postgres })` fragment. Nothing is ever spliced into the text but fragments.
 */

export type DialectName = 'sqlite' | 'postgres';

/** A piece of statement text that differs between the databases; never user input. */
export interface Spelling {
  readonly kind: 'spelling';
  readonly sqlite: string;
  readonly postgres: string;
}

export interface Sql {
  readonly kind: 'sql';
  readonly strings: readonly string[];
  readonly parts: readonly unknown[];
}

export const spelled = (words: { sqlite: string; postgres: string }): Spelling => ({
  kind: 'spelling',
  ...words,
});

const isFragment = (part: unknown): part is Sql | Spelling =>
  typeof part === 'object' &&
  part !== null &&
  'kind' in part &&
  (part.kind === 'sql' || part.kind === 'spelling');

/** `sql\`SELECT * FROM rounds WHERE id = ${id}\``; a nested `sql` or `spelled` is inlined, anything else is a value. */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Sql {
  return { kind: 'sql', strings, parts };
}

export interface Rendered {
  text: string;
  values: unknown[];
}

/** The statement as one database reads it. Booleans become 0/1 for SQLite, which has none. */
export function render(query: Sql, dialect: DialectName): Rendered {
  const values: unknown[] = [];
  const walk = (q: Sql): string => {
    let text = q.strings[0] ?? '';
    q.parts.forEach((part, i) => {
      if (isFragment(part)) text += part.kind === 'sql' ? walk(part) : part[dialect];
      else {
        values.push(dialect === 'sqlite' && typeof part === 'boolean' ? Number(part) : part);
        text += dialect === 'sqlite' ? '?' : `$${values.length}`;
      }
      text += q.strings[i + 1] ?? '';
    });
    return text;
  };
  return { text: walk(query), values };
}

/**
 * A whole number written into the text. better-sqlite3 binds every JS number as REAL, so integer
 * arithmetic (`points / 100`) needs its constants in the text.
 */
export function integer(n: number): Spelling {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return spelled({ sqlite: String(n), postgres: String(n) });
}

/** The words that differ, named once. */
export const words = {
  least: spelled({ sqlite: 'min', postgres: 'LEAST' }),
  greatest: spelled({ sqlite: 'max', postgres: 'GREATEST' }),
  /** A boolean column summed as a count. */
  asInt: spelled({ sqlite: '', postgres: '::int' }),
};
