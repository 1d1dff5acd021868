import type { Config } from '../config.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { Logger } from '../log.ts';
import type { NotesIndex } from '../search/index.ts';
import type { Store } from '../store/store.ts';
import type { GuildNotes } from './guild-notes.ts';
import type { Messenger } from './messenger.ts';
import type { Outbox } from './protocol.ts';
import type { QuizEngine } from './quiz/engine.ts';

/** The notes currently served: swapped whole on reload, so a request sees one consistent pair. */
export interface Notes {
  knowledge: Knowledge;
  index: NotesIndex;
}

/** What a command gets besides its request. Built once per process by the transport's start-up. */
export interface Context {
  /** The notes this request searches: the shared folder plus its server's own (the router picks them). */
  notes(): Notes;
  store: Store;
  config: Config;
  log: Logger;
  /** Later edits and follow-ups (quiz reveal, next question) through this process's door. */
  outbox: Outbox;
  /** The app clock's time (injected, so tests move time instead of sleeping). */
  now(): number;
  /** Quiz sessions over time: rounds, their timers, reveals. */
  quiz: QuizEngine;
  /** The bot's own messages (reminder DMs, the question of the day); null without a bot token. */
  messenger: Messenger | null;
  /** Every server's notes: the shared folder plus what the server added from Discord. */
  guildNotes: GuildNotes;
}
