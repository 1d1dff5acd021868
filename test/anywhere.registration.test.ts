/**
 * What `deploy-commands` tells Discord about where each command may be used: installed to a server
 * or to a user, in servers, the bot's DMs and DMs among users — admin actions in servers only.
 */
import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../src/app/load-commands.ts';
import { silentLogger } from '../src/log.ts';

const { GuildInstall, UserInstall } = ApplicationIntegrationType;
const { Guild, BotDM, PrivateChannel } = InteractionContextType;

describe('command registration', async () => {
  const byName = new Map((await loadCommands(silentLogger)).map((c) => [c.data.name, c.data]));

  it.each(['explain', 'quiz', 'stats', 'help', 'topics'])(
    'offers /%s everywhere, to servers and users',
    (name) => {
      expect(byName.get(name)).toMatchObject({
        integration_types: [GuildInstall, UserInstall],
        contexts: [Guild, BotDM, PrivateChannel],
      });
    },
  );

  it('offers /leaderboard where a board exists: servers and DMs among friends', () => {
    expect(byName.get('leaderboard')).toMatchObject({
      integration_types: [GuildInstall, UserInstall],
      contexts: [Guild, PrivateChannel],
    });
  });

  it('offers /admin only in servers the app is installed to', () => {
    expect(byName.get('admin')).toMatchObject({ integration_types: [GuildInstall], contexts: [Guild] });
  });
});
