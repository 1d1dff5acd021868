import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Logger } from '../log.ts';
import { type Command, commandModuleSchema } from './command.ts';

/** The `commands/` folder at the project root. */
export const commandsDir = fileURLToPath(new URL('../../commands/', import.meta.url));

/**
 * Imports every module in `commands/` and keeps those that default-export a command; a module
 * that does not is named in the log with the reason, and skipped, so one broken file cannot take
 * the others down.
 */
export async function loadCommands(log: Logger, dir = commandsDir): Promise<Command[]> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const commands: Command[] = [];
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    const parsed = commandModuleSchema.safeParse(mod);
    if (parsed.success) commands.push((mod as { default: Command }).default);
    else
      log.warn(
        { file, problem: z.prettifyError(parsed.error) },
        'skipped a module in commands/ that is not a command',
      );
  }
  return commands;
}
