import type { Config } from '../config.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { Logger } from '../log.ts';
import type { NotesIndex } from '../search/index.ts';
import type { Store } from '../store/store.ts';
import type { Outbox } from './protocol.ts';

/** The notes currently served: swapped whole on reload, so a request sees one consistent pair. */
export interface Notes {
  knowledge: Knowledge;
  index: NotesIndex;
}

/** What a command gets besides its request. Built once per process by the transport's start-up. */
export interface Context {
  notes(): Notes;
  store: Store;
  config: Config;
  log: Logger;
  /** Later edits and follow-ups (quiz reveal, next question) through this process's door. */
  outbox: Outbox;
  /** Wall clock, injectable so round timing can be tested without sleeping. */
  now(): number;
}
