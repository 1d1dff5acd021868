/** Discord's limits that our replies must stay within. */
export const limits = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  buttonLabel: 80,
  choiceName: 100,
} as const;

/**
 * Cuts text to at most `max` characters at a line boundary (falling back to a word, then a
 * character), marking the cut with `…` so a list item is never sliced mid-line.
 */
export function cutAtLine(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 2;
  const head = text.slice(0, room);
  const atLine = head.lastIndexOf('\n');
  const atSpace = head.lastIndexOf(' ');
  const end = atLine > room / 2 ? atLine : atSpace > room / 2 ? atSpace : room;
  return `${head.slice(0, end).trimEnd()}\n…`;
}

/** Prepares a note's markdown body for an embed: Discord renders lists and bold as they are. */
export function formatBody(markdown: string, max: number = limits.embedDescription): string {
  const tidy = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cutAtLine(tidy, max);
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const invisible = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Text a user typed, without invisible or direction-changing characters or broken surrogates. */
export function plainText(text: string): string {
  return text.replace(loneSurrogate, '').replace(invisible, ' ').replace(/\s+/g, ' ').trim();
}

/** Drops Discord mentions (`@everyone`, `<@id>`, `<@&role>`, `<#channel>`): they are never part of a topic. */
export function withoutMentions(text: string): string {
  return text.replace(/<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b/g, ' ');
}

/**
 * Makes text a user typed safe to echo back: no invisible or direction-changing characters, no
 * broken surrogates, markdown shown literally, and mentions defused even if a transport forgot
 * `allowed_mentions` (`@everyone` gets a zero-width joiner after the `@`).
 */
export function quoteUserText(text: string, max = 80): string {
  const plain = plainText(text);
  const short = [...plain].length > max ? `${[...plain].slice(0, max - 1).join('')}…` : plain;
  return short
    .replace(/[\\*_`~|>#[\]()]/g, '\\$&')
    .replace(/@/g, '@\u2060')
    .replace(/<(?=[@#]|a?:)/g, '<\u2060');
}
