import type { APIApplicationCommandOption } from 'discord-api-types/v10';
import type { Command } from '../app/command.ts';
import { tr } from '../app/i18n.ts';
import type { Locale, OptionValue } from '../app/protocol.ts';
import { SUBCOMMAND } from './discord-json.ts';
import { OPTION, optionLabel, optionProblem } from './option-rules.ts';

export type ParsedLine =
  | { kind: 'command'; command: Command; options: Record<string, OptionValue> }
  | { kind: 'press'; number: number }
  /** A line that is no command: a letter for a button, or a typed answer (the terminal decides). */
  | { kind: 'text'; text: string }
  | { kind: 'error'; message: string };

interface Named {
  name: string;
  name_localizations?: Record<string, string | null> | null;
}

const namesOf = (o: Named) =>
  [o.name, o.name_localizations?.ko].filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase());
const isNamed = (o: Named, name: string) => namesOf(o).includes(name.toLowerCase());

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '「': '」' };

/** `"상태 코드"` → `상태 코드`: one pair of quotes around a whole value is only quoting. */
function unquote(raw: string): string {
  const text = raw.trim();
  const close = QUOTES[text[0] ?? ''];
  return close && text.length >= 2 && text.endsWith(close) ? text.slice(1, -1) : text;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `topic:상태 코드 count:3` into free text and named values the way Discord's input box does: a
 * value runs until the next option's `name:`, so it may hold spaces; a quoted value may even hold a
 * `name:` of its own.
 */
function segments(rest: string, options: readonly APIApplicationCommandOption[]) {
  const names = options.flatMap(namesOf).sort((a, b) => b.length - a.length);
  const start = names.length ? new RegExp(`^(${names.map(escapeRegExp).join('|')}):`, 'i') : null;
  const out: { name: string | null; raw: string }[] = [{ name: null, raw: '' }];
  let quote: string | null = null;
  for (let i = 0; i < rest.length; ) {
    const current = out[out.length - 1] as { name: string | null; raw: string };
    const ch = rest[i] as string;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (QUOTES[ch] && current.raw.trim() === '') {
      quote = QUOTES[ch] ?? null;
    } else if (start && (i === 0 || /\s/.test(rest[i - 1] ?? ''))) {
      const m = start.exec(rest.slice(i));
      if (m) {
        out.push({ name: m[1] ?? '', raw: '' });
        i += m[0].length;
        continue;
      }
    }
    current.raw += ch;
    i++;
  }
  return out;
}

/** A typed value as the option's type, or undefined when it cannot be one. */
function coerce(option: APIApplicationCommandOption, raw: string): OptionValue | undefined {
  if (option.type === OPTION.integer || option.type === OPTION.number) {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) ? n : undefined;
  }
  if (option.type === OPTION.boolean) {
    if (/^(true|yes|y|on|1|네|예|응)$/i.test(raw)) return true;
    if (/^(false|no|n|off|0|아니요|아니오|아니)$/i.test(raw)) return false;
    return undefined;
  }
  if ('choices' in option && option.choices?.length) {
    // A choice by its name, its Korean name or its value, as the picker shows them.
    const choice = option.choices.find(
      (c) => isNamed(c, raw) || String(c.value).toLowerCase() === raw.toLowerCase(),
    );
    return choice ? choice.value : raw;
  }
  return raw;
}

/**
 * Values that are one word (numbers, booleans, users): the words after them are free text again. A file is a
 * local path, which may hold spaces.
 */
const oneWord = (o: APIApplicationCommandOption) => o.type !== OPTION.string && o.type !== OPTION.attachment;

/**
 * Reads a line typed as in Discord: `/explain load balancer`, `/quiz topic:상태 코드 count:3`,
 * `/quiz topic:"상태 코드"`, `/leaderboard weekly` (a subcommand or choice by name), `/설명 로드밸런서`
 * (Korean names work too), a number to press a button, or other text (an answer, for the terminal to
 * place). Free text goes to the first string option not given by name. Each value is checked against
 * its option's own rules, and every refusal is in the user's language.
 */
export function parseSlashLine(
  line: string,
  commands: readonly Command[],
  locale: Locale = 'ko',
): ParsedLine {
  const text = line.trim();
  if (/^\d+$/.test(text)) return { kind: 'press', number: Number(text) };
  const match = /^\/(\S+)\s*(.*)$/s.exec(text);
  if (!match) return { kind: 'text', text };
  const [, name = '', rest = ''] = match;
  const command = commands.find((c) => isNamed(c.data, name));
  const list = commands.map((c) => `/${c.data.name}`).join(' ');
  if (!command)
    return {
      kind: 'error',
      message: tr(locale, {
        ko: `/${name} 명령은 없어요. 이런 명령이 있어요: ${list}`,
        en: `Unknown command /${name}. Try: ${list}`,
      }),
    };
  const refuse = (message: string): ParsedLine => ({ kind: 'error', message });
  let options = (command.data.options ?? []) as APIApplicationCommandOption[];
  const values: Record<string, OptionValue> = {};
  let body = rest;
  const first = /^\S+/.exec(body)?.[0] ?? '';
  const sub = options.find((o) => o.type === 1 && isNamed(o, first));
  if (sub) {
    values[SUBCOMMAND] = sub.name;
    body = body.slice(first.length);
    options = (('options' in sub && sub.options) || []) as APIApplicationCommandOption[];
  }
  const parts = segments(body, options);
  const free = [parts[0]?.raw.trim() ?? ''];
  for (const part of parts.slice(1)) {
    const option = options.find((o) => isNamed(o, part.name ?? '')) as APIApplicationCommandOption;
    let raw = part.raw.trim();
    if (oneWord(option)) {
      const [word = '', ...after] = raw.split(/\s+/);
      raw = word;
      free.push(after.join(' '));
    }
    raw = unquote(raw);
    if (!raw)
      return refuse(
        tr(locale, {
          ko: `「${optionLabel(option, locale)}:」 뒤에 값을 적어 주세요.`,
          en: `Write a value after ${option.name}:.`,
        }),
      );
    const problem = place(option, raw);
    if (problem) return refuse(problem);
  }
  const freeText = unquote(free.filter(Boolean).join(' '));
  if (freeText) {
    const target =
      options.find((o) => o.type === OPTION.attachment && !(o.name in values)) ??
      options.find((o) => o.type === OPTION.string && !(o.name in values)) ??
      options.find((o) => (o.type === OPTION.integer || o.type === OPTION.number) && !(o.name in values));
    if (!target)
      return refuse(
        tr(locale, {
          ko: `/${command.data.name} 명령은 「${freeText}」 같은 글을 받지 않아요.${options.length ? ` 옵션: ${options.map((o) => `${optionLabel(o, locale)}:`).join(' ')}` : ''}`,
          en: `/${command.data.name} takes no free text here: "${freeText}"`,
        }),
      );
    const problem = place(target, freeText);
    if (problem) return refuse(problem);
  }
  const missing = options.find((o) => 'required' in o && o.required && !(o.name in values));
  if (missing)
    return refuse(
      tr(locale, {
        ko: `/${command.data.name} 명령에는 「${optionLabel(missing, locale)}」 옵션이 필요해요. 예: /${command.data.name} CDN`,
        en: `/${command.data.name} needs ${missing.name}. For example: /${command.data.name} CDN`,
      }),
    );
  return { kind: 'command', command, options: values };

  /** Stores a value for `option`; returns why it cannot, if it cannot. */
  function place(option: APIApplicationCommandOption, raw: string): string | null {
    if (option.type === OPTION.user)
      return tr(locale, {
        ko: '터미널에는 나 혼자뿐이라 다른 사람을 고를 수 없어요. 옵션 없이 쓰면 내 기록을 보여 줘요.',
        en: 'The terminal has only you in it, so there is nobody else to pick. Leave the option out to see your own.',
      });
    // A file is a path on this machine here; the terminal reads it.
    if (option.type === OPTION.attachment) {
      values[option.name] = raw;
      return null;
    }
    const value = coerce(option, raw);
    if (value === undefined) return optionProblem(option, raw, locale);
    const problem = optionProblem(option, value, locale);
    if (!problem) values[option.name] = value;
    return problem;
  }
}

/**
 * `/stats --card out.png`: where the reply's picture card should be written, taken off the end of a
 * typed line (the path may be quoted). `error` when `--card` has no path.
 */
export function takeCardPath(line: string): { line: string; cardPath: string | null } | { error: true } {
  const m = /(?:^|\s)--card(?:[=\s]+("[^"]*"|'[^']*'|\S+))?\s*$/.exec(line);
  if (!m) return { line, cardPath: null };
  const path = m[1] ? unquote(m[1]) : '';
  return path ? { line: line.slice(0, m.index), cardPath: path } : { error: true };
}
