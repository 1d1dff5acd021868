import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Logger } from '../log.ts';
import { type Command, commandModuleSchema } from './command.ts';

/** The `commands/` folder at the project root. */
export const commandsDir = fileURLToPath(new URL('../../commands/', import.meta.url));

/** Thrown by a strict load: names every module in `commands/` that did not load, with why. */
export class CommandModulesError extends Error {
  constructor(readonly problems: { file: string; problem: string }[]) {
    super(
      `every module in commands/ must load, and ${problems.length === 1 ? 'one does' : `${problems.length} do`} not:\n` +
        problems.map((p) => `  ${p.file}: ${p.problem}`).join('\n'),
    );
    this.name = 'CommandModulesError';
  }
}

/**
 * Imports every module in `commands/` and keeps those that default-export a command. A module that
 * does not (or does not even import) is named in the log with the reason and skipped, so one broken
 * file cannot take the running bot's other commands down. With `strict` (command registration,
 * which overwrites Discord's whole set) any such module refuses the load instead: skipping it would
 * delete that command from every server.
 */
export async function loadCommands(
  log: Logger,
  dir = commandsDir,
  { strict = false }: { strict?: boolean } = {},
): Promise<Command[]> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const commands: Command[] = [];
  const problems: { file: string; problem: string }[] = [];
  for (const file of files) {
    let mod: unknown;
    try {
      mod = await import(pathToFileURL(path.join(dir, file)).href);
    } catch (error) {
      problems.push({ file, problem: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const parsed = commandModuleSchema.safeParse(mod);
    if (parsed.success) commands.push((mod as { default: Command }).default);
    else problems.push({ file, problem: z.prettifyError(parsed.error) });
  }
  if (strict && problems.length) throw new CommandModulesError(problems);
  for (const { file, problem } of problems)
    log.warn({ file, problem }, 'skipped a module in commands/ that is not a command');
  return commands;
}
