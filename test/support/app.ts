import path from 'node:path';
import { type App, createApp } from '../../src/app/bootstrap.ts';
import type { CommandRequest, ComponentRequest, ModalRequest, OptionValue } from '../../src/app/protocol.ts';
import { parseConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { recordingOutbox, type Sent } from './quiz-app.ts';
import { firstChapterDir } from './spawn.ts';
import { tempDir } from './temp.ts';

/**
 * The whole app as a door sees it — real notes, a real SQLite file in a temp dir, the real command
 * modules and router — with an outbox that records what would go to Discord.
 */
export async function testApp(
  env: Record<string, string> = {},
): Promise<App & { sent: Sent[]; dir: string }> {
  const { dir } = tempDir();
  const outbox = recordingOutbox();
  const config = parseConfig({
    KNOWLEDGE_DIR: firstChapterDir,
    DATABASE_URL: path.join(dir, 'store.db'),
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApp(config, silentLogger, outbox);
  return { ...app, sent: outbox.sent, dir };
}

let ids = 0;
const base = (over: Partial<CommandRequest> = {}) => ({
  id: `req-${++ids}`,
  guildId: '600000000000000001',
  channelId: '800000000000000001',
  user: { id: '700000000000000001', name: 'student1' },
  locale: 'ko' as const,
  memberPermissions: 0n,
  token: `token-${ids}`,
  receivedAt: Date.now(),
  ...over,
});

export const command = (
  name: string,
  options: Record<string, OptionValue> = {},
  over: Partial<CommandRequest> = {},
): CommandRequest => ({ ...base(over), kind: 'command', command: name, options });

export const button = (customId: string, over: Partial<ComponentRequest> = {}): ComponentRequest => ({
  ...base(),
  kind: 'button',
  customId,
  message: { token: 'token-x', messageId: '@original', channelId: '800000000000000001' },
  ...over,
});

export const modal = (
  customId: string,
  fields: Record<string, string>,
  over: Partial<ModalRequest> = {},
): ModalRequest => ({
  ...base(),
  kind: 'modal',
  customId,
  fields,
  ...over,
  message: over.message ?? null,
});
