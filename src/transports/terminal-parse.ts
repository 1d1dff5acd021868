import type { APIApplicationCommandOption } from 'discord-api-types/v10';
import type { Command } from '../app/command.ts';
import type { OptionValue } from '../app/protocol.ts';
import { SUBCOMMAND } from './discord-json.ts';

export type ParsedLine =
  | { kind: 'command'; command: Command; options: Record<string, OptionValue> }
  | { kind: 'press'; number: number }
  | { kind: 'error'; message: string };

const namesOf = (o: { name: string; name_localizations?: Record<string, string | null> | null }) =>
  [o.name, o.name_localizations?.ko].filter((n): n is string => Boolean(n));

function coerce(option: APIApplicationCommandOption, raw: string): OptionValue | undefined {
  if (option.type === 4 || option.type === 10) {
    const n = Number(raw);
    return Number.isFinite(n) && (option.type === 10 || Number.isInteger(n)) ? n : undefined;
  }
  if (option.type === 5) return /^(true|yes|y|on|1|네|예)$/i.test(raw);
  return raw;
}

/**
 * Reads a line typed as in Discord: `/explain load balancer`, `/quiz topic:캐시 count:3`,
 * `/leaderboard weekly` (a subcommand or choice by name), `/설명 로드밸런서` (Korean names work too),
 * or a number to press a button. Free text goes to the first string option not given by name.
 */
export function parseSlashLine(line: string, commands: readonly Command[]): ParsedLine {
  const text = line.trim();
  if (/^\d+$/.test(text)) return { kind: 'press', number: Number(text) };
  const match = /^\/(\S+)\s*(.*)$/s.exec(text);
  if (!match) return { kind: 'error', message: 'Type a command like `/explain CDN`, or a button number.' };
  const [, name = '', rest = ''] = match;
  const command = commands.find((c) => namesOf(c.data).includes(name));
  if (!command) {
    return {
      kind: 'error',
      message: `Unknown command /${name}. Try: ${commands.map((c) => `/${c.data.name}`).join(' ')}`,
    };
  }
  let options = (command.data.options ?? []) as APIApplicationCommandOption[];
  const values: Record<string, OptionValue> = {};
  const words = rest.split(/\s+/).filter(Boolean);
  const sub = options.find((o) => o.type === 1 && namesOf(o).includes(words[0] ?? ''));
  if (sub && 'options' in sub) {
    values[SUBCOMMAND] = sub.name;
    words.shift();
    options = (sub.options ?? []) as APIApplicationCommandOption[];
  }
  const free: string[] = [];
  for (const word of words) {
    const named = /^([^:\s]+):(.*)$/.exec(word);
    const option = named ? options.find((o) => namesOf(o).includes(named[1] ?? '')) : undefined;
    if (named && option) {
      const value = coerce(option, named[2] ?? '');
      if (value === undefined)
        return { kind: 'error', message: `${option.name} takes a number, not "${named[2]}".` };
      values[option.name] = value;
    } else {
      free.push(word);
    }
  }
  if (free.length) {
    const target = options.find((o) => o.type === 3 && !(o.name in values));
    if (target) values[target.name] = free.join(' ');
    else {
      const number = options.find((o) => (o.type === 4 || o.type === 10) && !(o.name in values));
      const value = number && coerce(number, free.join(' '));
      if (number && value !== undefined) values[number.name] = value;
      else
        return {
          kind: 'error',
          message: `/${command.data.name} takes no free text here: "${free.join(' ')}"`,
        };
    }
  }
  return { kind: 'command', command, options: values };
}
