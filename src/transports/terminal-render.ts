import type { APIEmbed } from 'discord-api-types/v10';
import type { Locale, Message } from '../app/protocol.ts';

/** A button the terminal user can press by typing its number (or its letter, for `A.`-labelled ones). */
export interface Pressable {
  customId: string;
  label: string;
}

function renderEmbed(embed: APIEmbed): string[] {
  const lines: string[] = [];
  if (embed.title) lines.push(`━━ ${embed.title}`);
  if (embed.description) lines.push(embed.description);
  for (const field of embed.fields ?? []) lines.push('', `【${field.name}】`, field.value);
  if (embed.footer?.text) lines.push('', embed.footer.text);
  return lines;
}

/**
 * Discord-only markup read as plain text: relative timestamps, subtext lines, bold. A timestamp is
 * whole seconds rounded up from the real deadline, so the seconds left are rounded down: a 30 s round
 * reads "30초 후", never 31.
 */
function plain(text: string, now: number, locale: Locale): string {
  return text
    .replace(/<t:(\d+):R>/g, (_, at: string) => {
      const left = Math.max(0, Math.floor(Number(at) - now / 1000));
      return locale === 'en' ? `in ${left} s` : `${left}초 후`;
    })
    .replace(/^-# /gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1');
}

/**
 * Renders a reply as plain text. Its buttons are numbered from 1 (each message on its own, as the
 * user reads it); link and disabled buttons are shown but not pressable.
 */
export function renderMessage(
  message: Message,
  options: { now?: number; locale?: Locale } = {},
): { text: string; pressables: Pressable[] } {
  const lines: string[] = [];
  if (message.content) lines.push(message.content);
  for (const embed of message.embeds ?? []) lines.push(...renderEmbed(embed));
  const pressables: Pressable[] = [];
  const labels: string[] = [];
  for (const row of message.components ?? []) {
    for (const component of row.components) {
      if (component.type !== 2 || !('custom_id' in component) || component.disabled) continue;
      pressables.push({ customId: component.custom_id, label: component.label ?? component.custom_id });
      labels.push(`[${pressables.length}] ${component.label ?? ''}`);
    }
  }
  if (labels.length) lines.push('', labels.join('  '));
  return { text: plain(lines.join('\n'), options.now ?? Date.now(), options.locale ?? 'ko'), pressables };
}

/** The button a typed letter means: `b` presses the one labelled `B` or `B. …`. */
export function pressableByLetter(pressables: readonly Pressable[], letter: string): number {
  const wanted = letter.toUpperCase();
  return pressables.findIndex((p) => new RegExp(`^${wanted}(?:[.)]|\\s|$)`).test(p.label.trim()));
}
