/** Discord's limits on what a message may carry; every reply is kept within them. */
export const limits = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  rows: 5,
  componentsPerRow: 5,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const endsInHighSurrogate = /[\uD800-\uDBFF]$/;

/**
 * Cuts `text` to at most `max` UTF-16 units (Discord's count), at a line break when one is in the
 * second half (falling back to a space), and marks the cut with `…` — so a list item is never sliced
 * mid-line and an emoji is never cut in half.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const atLine = room.lastIndexOf('\n');
  const atSpace = room.lastIndexOf(' ');
  const end = atLine >= max / 2 ? atLine : atSpace >= max / 2 ? atSpace : room.length;
  const cut = room.slice(0, end).trimEnd();
  return `${endsInHighSurrogate.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** One line of at most `max` units, for labels, titles and choice names (never a line break). */
export function oneLine(text: string, max: number): string {
  return fitText(text.replace(/\s+/g, ' ').trim(), max);
}

/** Prepares a note's markdown body for an embed: Discord renders lists and bold as they are. */
export function formatBody(markdown: string, max: number = limits.description): string {
  const tidy = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return fitText(tidy, max);
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
