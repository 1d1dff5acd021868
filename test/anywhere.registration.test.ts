/**
 * What `deploy-commands` tells Discord about where each command may be used: installed to a server
 * or to a user, in servers, the bot's DMs and DMs among users — admin actions and a server's notes in servers only.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
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

  it.each(['admin', 'daily', 'notes'])('offers /%s only in servers the app is installed to', (name) => {
    expect(byName.get(name)).toMatchObject({ integration_types: [GuildInstall], contexts: [Guild] });
  });

  it('shows /notes to Manage Server by default, though a role the server names may change notes', () => {
    expect(byName.get('notes')).toMatchObject({
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    });
  });
});
