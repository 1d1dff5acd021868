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
