/**
 * A command option's own declaration (`max_length`, `min_value`, `choices`…) enforced by us, the way
 * Discord's client enforces it: a crafted request or a typed terminal line must not bring what the
 * declaration forbids (a 6,000-character topic, `count:0`).
 */
import type { APIApplicationCommandOption } from 'discord-api-types/v10';
import type { Command } from '../app/command.ts';
import { tr } from '../app/i18n.ts';
import type { AutocompleteRequest, CommandRequest, Locale, OptionValue, Request } from '../app/protocol.ts';

type Declared = APIApplicationCommandOption & {
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
  choices?: {
    name: string;
    name_localizations?: Record<string, string | null> | null;
    value: string | number;
  }[];
};

/** Keys a subcommand and its group are stored under in `options`; camelCase so they can never
 * collide with a real option (Discord requires option names in lowercase). */
export const SUBCOMMAND = 'subCommand';
export const SUBCOMMAND_GROUP = 'subCommandGroup';

/** Option type numbers (Discord's `ApplicationCommandOptionType`). */
export const OPTION = {
  string: 3,
  integer: 4,
  boolean: 5,
  user: 6,
  role: 8,
  number: 10,
  attachment: 11,
} as const;

/** A Discord id: 17–20 digits today; 15–21 leaves room on both sides. */
export const SNOWFLAKE = /^\d{15,21}$/;

/** The option's name in the user's language (`주제` for `topic` in Korean). */
export function optionLabel(option: APIApplicationCommandOption, locale: Locale): string {
  return (locale === 'ko' && option.name_localizations?.ko) || option.name;
}

/** What is wrong with `value` for `option`, in the user's language, or null when it fits. */
export function optionProblem(
  option: APIApplicationCommandOption,
  value: OptionValue,
  locale: Locale,
): string | null {
  const o = option as Declared;
  const name = optionLabel(o, locale);
  switch (o.type) {
    case OPTION.string: {
      if (typeof value !== 'string')
        return tr(locale, { ko: `「${name}」 옵션에는 글을 적어 주세요.`, en: `${name} takes text.` });
      if (o.choices?.length && !o.choices.some((c) => c.value === value))
        return choicesProblem(o, name, locale);
      const max = o.max_length ?? 6000;
      if (value.length > max)
        return tr(locale, {
          ko: `「${name}」 옵션은 ${max}자까지 쓸 수 있어요 (지금 ${value.length}자).`,
          en: `${name} takes at most ${max} characters (got ${value.length}).`,
        });
      if (o.min_length !== undefined && value.length < o.min_length)
        return tr(locale, {
          ko: `「${name}」 옵션은 ${o.min_length}자 이상이어야 해요.`,
          en: `${name} takes at least ${o.min_length} characters.`,
        });
      return null;
    }
    case OPTION.integer:
    case OPTION.number: {
      const whole = o.type === OPTION.integer;
      if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !Number.isInteger(value)))
        return tr(locale, {
          ko: `「${name}」 옵션에는 ${whole ? '정수' : '수'}를 적어 주세요 (지금 ${JSON.stringify(value)}).`,
          en: `${name} takes ${whole ? 'a whole number' : 'a number'}, not ${JSON.stringify(value)}.`,
        });
      if (o.choices?.length && !o.choices.some((c) => c.value === value))
        return choicesProblem(o, name, locale);
      const { min_value: min, max_value: max } = o;
      if ((min !== undefined && value < min) || (max !== undefined && value > max))
        return tr(locale, {
          ko: `「${name}」 옵션은 ${range(min, max, 'ko')}여야 해요 (지금 ${value}).`,
          en: `${name} takes ${range(min, max, 'en')} (not ${value}).`,
        });
      return null;
    }
    case OPTION.boolean:
      return typeof value === 'boolean'
        ? null
        : tr(locale, { ko: `「${name}」 옵션은 true 또는 false예요.`, en: `${name} is true or false.` });
    case OPTION.user:
      return typeof value === 'string' && SNOWFLAKE.test(value)
        ? null
        : tr(locale, { ko: `「${name}」 옵션에는 사용자를 골라 주세요.`, en: `${name} takes a user.` });
    case OPTION.role:
    case OPTION.attachment:
      return typeof value === 'string' && SNOWFLAKE.test(value)
        ? null
        : tr(locale, {
            ko: `「${name}」 옵션에는 ${o.type === OPTION.role ? '역할' : '파일'}을 골라 주세요.`,
            en: `${name} takes a ${o.type === OPTION.role ? 'role' : 'file'}.`,
          });
    default:
      return null;
  }
}

function range(min: number | undefined, max: number | undefined, locale: Locale): string {
  if (min !== undefined && max !== undefined)
    return locale === 'ko' ? `${min}에서 ${max} 사이의 수` : `a number from ${min} to ${max}`;
  if (min !== undefined) return locale === 'ko' ? `${min} 이상의 수` : `at least ${min}`;
  return locale === 'ko' ? `${max} 이하의 수` : `at most ${max}`;
}

function choicesProblem(o: Declared, name: string, locale: Locale): string {
  const names = (o.choices ?? [])
    .map((c) => (locale === 'ko' && c.name_localizations?.ko) || c.name)
    .join(', ');
  return tr(locale, { ko: `「${name}」 옵션은 ${names} 중 하나예요.`, en: `${name} is one of: ${names}.` });
}

/**
 * The first option value of a command or autocomplete request that its command's declaration forbids,
 * in the request's language; null when every value fits (or the command is not ours: the router says
 * so). The value being typed in an autocomplete is held to its length only: it is text so far.
 */
export function requestOptionProblem(
  req: CommandRequest | AutocompleteRequest | Request,
  commands: readonly Command[],
): string | null {
  if (req.kind !== 'command' && req.kind !== 'autocomplete') return null;
  const command = commands.find((c) => c.data.name === req.command);
  if (!command) return null;
  let declared = (command.data.options ?? []) as APIApplicationCommandOption[];
  for (const key of [SUBCOMMAND_GROUP, SUBCOMMAND]) {
    const chosen = req.options[key];
    const sub = declared.find((o) => (o.type === 1 || o.type === 2) && o.name === chosen);
    if (sub && 'options' in sub) declared = (sub.options ?? []) as APIApplicationCommandOption[];
  }
  for (const [name, value] of Object.entries(req.options)) {
    if (name === SUBCOMMAND || name === SUBCOMMAND_GROUP) continue;
    const option = declared.find((o) => o.name === name);
    if (!option) continue;
    const typing = req.kind === 'autocomplete' && req.focused.name === name;
    const problem = typing
      ? optionProblem(
          { ...option, type: OPTION.string, choices: undefined } as APIApplicationCommandOption,
          String(value),
          req.locale,
        )
      : optionProblem(option, value, req.locale);
    if (problem) return problem;
  }
  return null;
}
