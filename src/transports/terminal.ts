import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type {
  APIApplicationCommandOption,
  APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { createApp } from '../app/bootstrap.ts';
import type { Command } from '../app/command.ts';
import { tr } from '../app/i18n.ts';
import { MAX_NOTE_FILE_BYTES } from '../app/note-library.ts';
import type {
  Attachment,
  Locale,
  Message,
  MessageRef,
  OptionValue,
  Outbox,
  Request,
  Response,
} from '../app/protocol.ts';
import type { Config } from '../config.ts';
import { createLogger, type Logger } from '../log.ts';
import { sqlitePathFrom } from '../store/store.ts';
import { SUBCOMMAND } from './discord-json.ts';
import { OPTION } from './option-rules.ts';
import { parseSlashLine, takeCardPath } from './terminal-parse.ts';
import { type Pressable, pressableByLetter, renderMessage } from './terminal-render.ts';

/** The terminal is one student in a private room: scores go to their personal (DM) scope. */
const student = { id: 'local', name: 'me' };
const channelId = 'terminal';
/**
 * The quiz's "type your answer" button (`quiz:t:<round>`) opens a one-field form: in a text world the
 * typed line is that answer, so the terminal presses it and fills the form itself.
 */
const TYPED_ANSWER = /^quiz:t:/;
const HISTORY_SIZE = 200;

export interface TerminalOptions {
  input?: Readable;
  output?: Writable;
  /** Where one-line warnings go when reading from a pipe (stdout stays the tutor's). */
  errors?: Writable;
  /** The user's language (from the system locale); Korean unless English is asked for. */
  locale?: Locale;
  /** Strings the log must never show (the bot token, should one be set). */
  secrets?: (string | undefined)[];
}

/** `ko_KR.UTF-8` → ko, `en_US.UTF-8` → en; anything else (C, POSIX, unset) → Korean, the default. */
export function localeOfSystem(env: Record<string, string | undefined>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(tag) ? 'en' : 'ko';
}

/** The folder of the embedded store (`data/` by default): the terminal keeps its log and history there. */
export function terminalDataDir(config: Config): string {
  if (/^postgres(ql)?:/i.test(config.DATABASE_URL)) return resolve('data');
  const file = sqlitePathFrom(config.DATABASE_URL);
  return file === ':memory:' ? resolve('data') : dirname(resolve(file));
}

/** A log line as one readable line: what happened, and where in the notes when it says. */
function readableLine(json: string, logFile: string, locale: Locale): string | null {
  let entry: { level?: number; msg?: string; file?: string; line?: number; err?: { message?: string } };
  try {
    entry = JSON.parse(json);
  } catch {
    return null;
  }
  if ((entry.level ?? 0) < 40) return null;
  const where = entry.file ? ` (${entry.file}${entry.line ? `:${entry.line}` : ''})` : '';
  const why = entry.err?.message ? `: ${entry.err.message}` : '';
  return `⚠️ ${entry.msg ?? ''}${where}${why} ${tr(locale, { ko: `— 자세히: ${logFile}`, en: `— details: ${logFile}` })}`;
}

/**
 * The local door: reads `/explain …`, `/quiz`, `/leaderboard` as typed in Discord, from a person
 * (history kept in the data folder, tab completion of topics, Ctrl-C clears the line) or from a pipe
 * (one a line; exits at end of input). Logs go to `terminal.log` beside the store; warnings also
 * show as one readable line. The terminal is one trusted user: no rate limit.
 */
export async function runTerminal(config: Config, options: TerminalOptions = {}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const errors = options.errors ?? process.stderr;
  const locale = options.locale ?? 'ko';
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const t = (text: { ko: string; en: string }) => tr(locale, text);

  const dataDir = terminalDataDir(config);
  const logFile = join(dataDir, 'terminal.log');
  const historyFile = join(dataDir, 'terminal-history');
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch {
    // Unwritable: the log lines then reach the screen only, and history is not kept.
  }

  let rl: readline.Interface | null = null;
  let prompting = false;
  /** Writes a block; at an idle prompt, above it, then redraws the prompt and what is typed so far. */
  const say = (text: string) => {
    if (rl && prompting) {
      readline.clearLine(output, 0);
      readline.cursorTo(output, 0);
      output.write(`${text}\n`);
      rl.prompt(true);
    } else output.write(`${text}\n`);
  };

  const log: Logger = createLogger(config.LOG_LEVEL, {
    secrets: options.secrets ?? [],
    destination: {
      write(line: string) {
        try {
          appendFileSync(logFile, line);
        } catch {
          // A log file we cannot write must not stop the tutor.
        }
        const shown = readableLine(line, logFile, locale);
        if (shown) (interactive ? say : (s: string) => errors.write(`${s}\n`))(shown);
      },
    },
  });

  // The buttons a typed number or letter presses: the last message shown with buttons.
  let current: { ref: MessageRef; pressables: Pressable[] } | null = null;
  const sameRef = (a: MessageRef, b: MessageRef) => a.token === b.token && a.messageId === b.messageId;

  const show = (message: Message, ref: MessageRef, note = '') => {
    const rendered = renderMessage(message, { locale });
    if (rendered.pressables.length) current = { ref, pressables: rendered.pressables };
    else if (current && sameRef(current.ref, ref)) current = null; // its buttons are gone (a reveal)
    say(`${note}${rendered.text}\n`);
  };

  const outbox: Outbox = {
    async edit(ref: MessageRef, message: Message) {
      show(message, ref, '✏️  ');
    },
    async followUp(ref: MessageRef, message: Message) {
      const posted = { ...ref, messageId: randomUUID() };
      show(message, posted);
      return posted;
    },
  };

  const app = await createApp(config, log, outbox);
  const { router } = app;
  // A quiz an earlier run left (killed mid-question) is nobody's to answer any more.
  await app.ctx.quiz.leave(channelId, student.id);
  const base = () => {
    const id = randomUUID();
    return {
      id,
      guildId: null,
      channelId,
      user: student,
      locale,
      memberPermissions: null,
      // One token per request, so a later edit names the very message it changes.
      token: `terminal:${id}`,
      receivedAt: Date.now(),
      trusted: true as const,
    };
  };

  let history: string[] = [];
  if (interactive) {
    try {
      history = readFileSync(historyFile, 'utf8').split('\n').filter(Boolean).slice(0, HISTORY_SIZE);
    } catch {
      // No history yet.
    }
  }
  rl = readline.createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    history,
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
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
  const lineReader = rl;
  lineReader.on('history', (lines: string[]) => {
    try {
      writeFileSync(historyFile, `${lines.join('\n')}\n`);
    } catch {
      // History is a convenience; an unwritable folder only loses it.
    }
  });

  // A modal's fields are filled by the next lines typed (or piped), one field a line.
  let modal: {
    customId: string;
    fields: { id: string; label: string }[];
    values: Record<string, string>;
    ref: MessageRef;
  } | null = null;

  const fieldsOf = (data: APIModalInteractionResponseCallbackData) =>
    data.components.flatMap((row) => {
      const inputs = 'components' in row ? row.components : 'component' in row ? [row.component] : [];
      return inputs.flatMap((f) =>
        f.type === 4 ? [{ id: f.custom_id, label: 'label' in f && f.label ? f.label : f.custom_id }] : [],
      );
    });

  async function send(req: Request, ref: MessageRef, cardPath: string | null = null): Promise<Response> {
    const response = await router.handle(req);
    if (response.type === 'message')
      show(response.message, { token: req.token, messageId: '@original', channelId });
    else if (response.type === 'update') show(response.message, ref);
    else if (response.type === 'autocomplete') say(response.choices.map((c) => `• ${c.name}`).join('\n'));
    if (response.type === 'message' || response.type === 'update') saveCard(response.message, cardPath);
    return response;
  }

  /** A picture card (or /notes export's file) goes to the file `--card` named (its path is printed); without one, says how. */
  function saveCard(message: Message, cardPath: string | null): void {
    const [card] = message.files ?? [];
    if (!card) {
      if (cardPath)
        say(t({ ko: '🖼️ 이 답에는 그림 카드가 없어요.', en: '🖼️ This reply has no picture card.' }));
      return;
    }
    if (!cardPath) {
      const ext = card.name.split('.').at(-1) ?? 'png';
      say(
        ext === 'png'
          ? t({
              ko: `🖼️ 그림 카드(${card.name})가 있어요: 명령 끝에 --card 파일.png 를 붙이면 저장해요.`,
              en: `🖼️ This reply has a picture card (${card.name}): add --card file.png to the command to save it.`,
            })
          : t({
              ko: `📎 파일(${card.name})이 있어요: 명령 끝에 --card 파일.${ext} 를 붙이면 저장해요.`,
              en: `📎 This reply has a file (${card.name}): add --card file.${ext} to the command to save it.`,
            }),
      );
      return;
    }
    const file = resolve(cardPath);
    try {
      writeFileSync(file, card.data);
      say(t({ ko: `🖼️ 카드 저장: ${file}`, en: `🖼️ Card saved: ${file}` }));
    } catch (error) {
      say(
        t({
          ko: `⚠️ 카드를 저장하지 못했어요 (${file}): ${(error as Error).message}`,
          en: `⚠️ Could not save the card to ${file}: ${(error as Error).message}`,
        }),
      );
    }
  }

  async function submitModal(customId: string, values: Record<string, string>, ref: MessageRef) {
    await send({ ...base(), kind: 'modal', customId, fields: values, message: ref }, ref);
  }

  async function press(target: Pressable, ref: MessageRef, typed?: string): Promise<void> {
    const req: Request = { ...base(), kind: 'button', customId: target.customId, message: ref };
    const response = await send(req, ref);
    if (response.type !== 'modal') return;
    const fields = fieldsOf(response.modal);
    const [only] = fields;
    if (typed !== undefined && only && fields.length === 1)
      return submitModal(response.modal.custom_id, { [only.id]: typed }, ref);
    modal = { customId: response.modal.custom_id, fields, values: {}, ref };
    say(`📝 ${response.modal.title}\n${fields[0]?.label ?? ''}:`);
  }

  async function fillModal(line: string): Promise<void> {
    if (!modal) return;
    const field = modal.fields[Object.keys(modal.values).length];
    if (field) modal.values[field.id] = line;
    const next = modal.fields[Object.keys(modal.values).length];
    if (next) return void say(`${next.label}:`);
    const { customId, values, ref } = modal;
    modal = null;
    await submitModal(customId, values, ref);
  }

  async function onLine(line: string): Promise<void> {
    if (modal) return fillModal(line);
    if (!line.trim()) return;
    if (/^\/?(exit|quit|종료)$/.test(line.trim())) {
      lineReader.close();
      return;
    }
    const card = line.trimStart().startsWith('/') ? takeCardPath(line) : { line, cardPath: null };
    if ('error' in card)
      return void say(
        t({
          ko: '⚠️ --card 뒤에 저장할 파일 이름을 써 주세요 (예: --card stats.png).',
          en: '⚠️ --card needs a file name (e.g. --card stats.png).',
        }),
      );
    const parsed = parseSlashLine(card.line, router.commands, locale);
    if (parsed.kind === 'error') return void say(`⚠️ ${parsed.message}`);
    if (parsed.kind === 'press' || parsed.kind === 'text') {
      const on = current;
      const index =
        parsed.kind === 'press'
          ? parsed.number - 1
          : /^[a-z]$/i.test(parsed.text) && on
            ? pressableByLetter(on.pressables, parsed.text)
            : -1;
      const target = on?.pressables[index];
      if (on && target) return press(target, on.ref);
      const typed = on?.pressables.find((p) => TYPED_ANSWER.test(p.customId));
      if (on && typed && parsed.kind === 'text') return press(typed, on.ref, parsed.text);
      if (parsed.kind === 'press')
        return void say(
          t({
            ko: `⚠️ 화면에 [${parsed.number}]번 버튼이 없어요.`,
            en: `⚠️ No button [${parsed.number}] on screen.`,
          }),
        );
      return void say(
        t({
          ko: '⚠️ 명령은 /로 시작해요 (예: /explain CDN). 버튼은 번호나 글자(A, b)로 눌러요.',
          en: '⚠️ Type a command like `/explain CDN`, or a button number or letter (A, b).',
        }),
      );
    }
    current = null;
    let files: ReturnType<typeof localAttachments>;
    try {
      files = localAttachments(parsed.command, parsed.options);
    } catch (error) {
      return void say(`⚠️ ${error instanceof Error ? error.message : String(error)}`);
    }
    const req: Request = {
      ...base(),
      kind: 'command',
      command: parsed.command.data.name,
      ...files,
    };
    await send(req, { token: req.token, messageId: '@original', channelId }, card.cardPath);
  }

  if (interactive) {
    say(
      t({
        ko: '쌤 터미널 튜터 — `/explain 로드밸런서`, `/quiz`, `/leaderboard` (Tab: 주제 자동완성, 버튼: 번호나 글자, exit: 종료)',
        en: 'ssaem terminal tutor — `/explain load balancer`, `/quiz`, `/leaderboard` (Tab completes topics, buttons: number or letter, exit quits)',
      }),
    );
    say(
      t({
        ko: `Discord로 옮기려면 .env에 DISCORD_TOKEN(게이트웨이) 또는 DISCORD_PUBLIC_KEY+INTERACTIONS_PORT(HTTP)를 넣으세요. 로그: ${logFile}`,
        en: `To move to Discord, set DISCORD_TOKEN (gateway) or DISCORD_PUBLIC_KEY + INTERACTIONS_PORT (HTTP) in .env. Log: ${logFile}`,
      }),
    );
    lineReader.setPrompt('쌤> ');
    // Ctrl-C clears a half-typed line (or an open form); on an empty line it quits.
    lineReader.on('SIGINT', () => {
      if (modal) {
        modal = null;
        return void say(t({ ko: '(입력 취소)', en: '(form cancelled)' }));
      }
      if (lineReader.line.length === 0) return void lineReader.close();
      lineReader.write(null, { ctrl: true, name: 'e' });
      lineReader.write(null, { ctrl: true, name: 'u' });
      say(t({ ko: '(한 번 더 누르면 종료)', en: '(press Ctrl-C again to quit)' }));
    });
    lineReader.prompt();
    prompting = true;
  }
  // Lines are handled one at a time, in order, even when a pipe delivers them all at once.
  let queue = Promise.resolve();
  lineReader.on('line', (line) => {
    prompting = false;
    queue = queue
      .then(() => onLine(line))
      .then(() => app.ctx.quiz.idle())
      .catch((err: unknown) => log.error({ err }, 'terminal line failed'))
      .then(() => {
        if (!interactive) return;
        lineReader.prompt(true);
        prompting = true;
      });
  });
  await new Promise<void>((resolve) => lineReader.once('close', resolve));
  prompting = false;
  await queue;
  // Leaving ends the quiz: no reveal after the prompt is gone, no "already running" on the next run.
  await app.ctx.quiz.leave(channelId, student.id);
  await app.close();
}

/**
 * In the terminal a file option names a local path (`/notes add notes/css.md`): the file becomes the request's
 * attachment, read here (the size is told first, so a file over a command's limit is refused unread). Throws
 * when a file cannot be read.
 */
function localAttachments(
  command: Command,
  options: Record<string, OptionValue>,
): { options: Record<string, OptionValue>; attachments?: Record<string, Attachment> } {
  const declared = (command.data.options ?? []) as APIApplicationCommandOption[];
  const sub = declared.find((o) => o.type === 1 && o.name === options[SUBCOMMAND]);
  const files = ((sub && 'options' in sub ? sub.options : declared) ?? []).filter(
    (o) => o.type === OPTION.attachment && typeof options[o.name] === 'string',
  );
  if (files.length === 0) return { options };
  const attachments: Record<string, Attachment> = {};
  const out = { ...options };
  files.forEach((o, i) => {
    const path = resolve(String(options[o.name]));
    const id = String(i + 1);
    const size = statSync(path).size;
    attachments[id] = {
      id,
      filename: basename(path),
      size,
      url: pathToFileURL(path).href,
      // A file over the limit is not read: the command refuses it by its size.
      ...(size <= MAX_NOTE_FILE_BYTES ? { bytes: readFileSync(path) } : {}),
    };
    out[o.name] = id;
  });
  return { options: out, attachments };
}
