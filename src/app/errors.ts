import { type MessageId, type ParamsOf, textOf } from './catalogue.ts';
import { type Text, tr } from './i18n.ts';
import type { Locale } from './protocol.ts';

/**
 * An expected failure (nothing in the notes, already answered, rate limited…), named by its entry in
 * the catalogue; the router tells it to the user in their language, ephemerally. Anything else thrown
 * is a bug and gets a generic reply.
 */
export class UserError<K extends MessageId = MessageId> extends Error {
  override name = 'UserError';
  readonly id: K;
  readonly params: ParamsOf<K>[0];

  constructor(id: K, ...params: ParamsOf<K>) {
    super(id);
    this.id = id;
    this.params = params[0];
  }

  /** The text in both languages. */
  get text(): Text {
    return textOf(this.id, this.params);
  }

  /** What the user reads. */
  in(locale: Locale): string {
    return tr(locale, this.text);
  }
}

/**
 * The bot cannot start as configured (no notes folder, an unreachable database): told to the person
 * starting it in one line, without a stack trace.
 */
export class SetupError extends Error {
  override name = 'SetupError';
}
