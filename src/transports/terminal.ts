import { randomUUID } from 'node:crypto';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { createApp } from '../app/bootstrap.ts';
import type { Message, MessageRef, Outbox, Request, Response } from '../app/protocol.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { parseSlashLine } from './terminal-parse.ts';
import { type Pressable, renderMessage } from './terminal-render.ts';

/** The terminal is one student in a private room: scores go to their personal (DM) scope. */
const student = { id: 'local', name: 'me' };
const channelId = 'terminal';

/**
 * The local door: reads `/explain …`, `/quiz`, `/leaderboard` as typed in Discord, from a person
 * (history, tab completion of topics) or from a pipe (one a line; exits at end of input).
 */
export async function runTerminal(
  config: Config,
  log: Logger,
  input: Readable = process.stdin,
  output: Writable = process.stdout,
): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  let pressables: Pressable[] = [];
  const write = (text: string) => output.write(`${text}\n`);

  const show = (message: Message, note = '') => {
    const rendered = renderMessage(message, pressables.length + 1);
    pressables = [...pressables, ...rendered.pressables];
    write(`${note}${rendered.text}\n`);
  };

  const outbox: Outbox = {
    async edit(_ref: MessageRef, message: Message) {
      show(message, '✏️  ');
    },
    async followUp(ref: MessageRef, message: Message) {
      show(message);
      return { ...ref, messageId: randomUUID() };
    },
  };

  const app = await createApp(config, log, outbox);
  const { router } = app;
  const base = () => ({
    id: randomUUID(),
    guildId: null,
    channelId,
    user: student,
    locale: 'ko' as const,
    memberPermissions: null,
    token: 'terminal',
    receivedAt: Date.now(),
  });

  const rl = readline.createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    historySize: 200,
    completer: (line: string): [string[], string] => {
      const slash = /^\/(\S*)$/.exec(line);
      if (slash)
        return [router.commands.map((c) => `/${c.data.name} `).filter((n) => n.startsWith(line)), line];
      const topic = /^\/\S+\s+(.*)$/.exec(line);
      if (!topic) return [[], line];
      const typed = topic[1] ?? '';
      const titles = app.ctx
        .notes()
        .index.suggest(typed, 25)
        .map((s) => s.title);
      return [titles, typed];
    },
  });
  // A modal's fields are filled by the next lines typed (or piped), one field a line.
  let modal: {
    customId: string;
    fields: { id: string; label: string }[];
    values: Record<string, string>;
  } | null = null;

  async function answer(response: Response): Promise<void> {
    if (response.type === 'message' || response.type === 'update') show(response.message);
    else if (response.type === 'autocomplete') write(response.choices.map((c) => `• ${c.name}`).join('\n'));
    else openModal(response.modal);
  }

  function openModal(data: APIModalInteractionResponseCallbackData): void {
    const fields = data.components.flatMap((row) => {
      const inputs = 'components' in row ? row.components : 'component' in row ? [row.component] : [];
      return inputs.flatMap((f) =>
        f.type === 4 ? [{ id: f.custom_id, label: 'label' in f && f.label ? f.label : f.custom_id }] : [],
      );
    });
    modal = { customId: data.custom_id, fields, values: {} };
    write(`📝 ${data.title}\n${fields[0]?.label ?? ''}:`);
  }

  async function fillModal(line: string): Promise<void> {
    if (!modal) return;
    const field = modal.fields[Object.keys(modal.values).length];
    if (field) modal.values[field.id] = line;
    const next = modal.fields[Object.keys(modal.values).length];
    if (next) return void write(`${next.label}:`);
    const { customId, values } = modal;
    modal = null;
    await answer(await router.handle({ ...base(), kind: 'modal', customId, fields: values, message: null }));
    await app.ctx.quiz.idle();
  }

  async function onLine(line: string): Promise<void> {
    if (modal) return fillModal(line);
    if (!line.trim()) return;
    if (/^\/?(exit|quit|종료)$/.test(line.trim())) {
      rl.close();
      return;
    }
    const parsed = parseSlashLine(line, router.commands);
    let req: Request;
    if (parsed.kind === 'error') return void write(`⚠️ ${parsed.message}`);
    if (parsed.kind === 'press') {
      const target = pressables[parsed.number - 1];
      if (!target) return void write(`⚠️ No button [${parsed.number}] on screen.`);
      req = {
        ...base(),
        kind: 'button',
        customId: target.customId,
        message: { token: 'terminal', messageId: '@original', channelId },
      };
    } else {
      pressables = [];
      req = { ...base(), kind: 'command', command: parsed.command.data.name, options: parsed.options };
    }
    await answer(await router.handle(req));
    await app.ctx.quiz.idle();
  }

  if (interactive) {
    write('쌤 터미널 튜터 — `/explain 로드밸런서`, `/quiz`, `/leaderboard` (Tab: 주제 자동완성, exit: 종료)');
    write(
      'Discord로 옮기려면 .env에 DISCORD_TOKEN(게이트웨이) 또는 DISCORD_PUBLIC_KEY+INTERACTIONS_PORT(HTTP)를 넣으세요.',
    );
    rl.setPrompt('쌤> ');
    rl.prompt();
  }
  // Lines are handled one at a time, in order, even when a pipe delivers them all at once.
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(() => onLine(line)).then(() => (interactive ? rl.prompt() : undefined));
  });
  await new Promise<void>((resolve) => rl.once('close', resolve));
  await queue;
  await app.close();
}
