import type { APIEmbed } from 'discord-api-types/v10';
import type { Message } from '../app/protocol.ts';

/** A button the terminal user can press by typing its number. */
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

/** Discord-only markup read as plain text: relative timestamps, subtext lines, bold. */
function plain(text: string): string {
  return text
    .replace(
      /<t:(\d+):R>/g,
      (_, at: string) => `${Math.max(0, Math.round(Number(at) - Date.now() / 1000))}s 후`,
    )
    .replace(/^-# /gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1');
}

/**
 * Renders a reply as plain text. Buttons are numbered from `firstNumber` so several messages on
 * screen never share a number; link and disabled buttons are shown but not pressable.
 */
export function renderMessage(message: Message, firstNumber = 1): { text: string; pressables: Pressable[] } {
  const lines: string[] = [];
  if (message.content) lines.push(message.content);
  for (const embed of message.embeds ?? []) lines.push(...renderEmbed(embed));
  const pressables: Pressable[] = [];
  const labels: string[] = [];
  for (const row of message.components ?? []) {
    for (const component of row.components) {
      if (component.type !== 2 || !('custom_id' in component) || component.disabled) continue;
      pressables.push({ customId: component.custom_id, label: component.label ?? component.custom_id });
      labels.push(`[${firstNumber + pressables.length - 1}] ${component.label ?? ''}`);
    }
  }
  if (labels.length) lines.push('', labels.join('  '));
  return { text: plain(lines.join('\n')), pressables };
}
