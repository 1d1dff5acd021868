import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Context } from './context.ts';
import type {
  AutocompleteRequest,
  CommandRequest,
  ComponentRequest,
  Deferral,
  ModalRequest,
  Request,
  Response,
} from './protocol.ts';

/**
 * One slash command: its registration data (Discord's JSON, with Korean localizations) and its
 * handlers. Buttons and modals belong to the command whose name prefixes their custom id
 * (`quiz:answer:…` goes to `quiz`), so a click finds its handler with no registry of its own.
 */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(req: CommandRequest, ctx: Context): Promise<Response>;
  autocomplete?(req: AutocompleteRequest, ctx: Context): Promise<Response>;
  component?(req: ComponentRequest | ModalRequest, ctx: Context): Promise<Response>;
  /** How to hold this request if it runs slow (default: update for clicks, a public reply otherwise). */
  defer?(req: Request): Deferral;
}

/** What a module in `commands/` must default-export; the loader rejects (and names) any other. */
const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'must be a function');

export const commandModuleSchema = z.object({
  default: z.object({
    data: z
      .object({ name: z.string().regex(/^[a-z0-9_-]{1,32}$/), description: z.string().min(1).max(100) })
      .loose(),
    execute: fn,
    autocomplete: fn.optional(),
    component: fn.optional(),
    defer: fn.optional(),
  }),
});

/** Custom ids are `command:action:arg…`; Discord caps them at 100 characters. */
export function customId(command: string, ...parts: (string | number)[]): string {
  const id = [command, ...parts].join(':');
  if (id.length > 100) throw new Error(`custom id over 100 characters: ${id.slice(0, 40)}…`);
  return id;
}

export function parseCustomId(id: string): { command: string; parts: string[] } {
  const [command = '', ...parts] = id.split(':');
  return { command, parts };
}
