/**
 * Interaction payloads as Discord sends them, and Ed25519 signing as Discord does it, for tests of
 * both doors.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

export const APP_ID = '900000000000000001';
export const GUILD = '600000000000000001';
export const OTHER_GUILD = '600000000000000002';
export const CHANNEL = '800000000000000001';

let counter = 0;
/** A fresh interaction id (a plausible snowflake). */
export const nextId = () => String(910_000_000_000_000_000n + BigInt(++counter));

export interface Who {
  id: string;
  name: string;
  guild?: string | null;
  locale?: string;
  permissions?: string;
  roles?: string[];
}

export const users = {
  ana: { id: '700000000000000001', name: 'Ana' },
  bo: { id: '700000000000000002', name: 'Bo' },
  cy: { id: '700000000000000003', name: 'Cy' },
} satisfies Record<string, Who>;

function base(type: number, who: Who, extra: Record<string, unknown>): Record<string, unknown> {
  const id = nextId();
  const guild = who.guild === undefined ? GUILD : who.guild;
  const user = {
    id: who.id,
    username: who.name.toLowerCase(),
    global_name: who.name,
    discriminator: '0',
    avatar: null,
  };
  return {
    id,
    application_id: APP_ID,
    type,
    token: `tok-${id}`,
    version: 1,
    locale: who.locale ?? 'ko',
    channel_id: CHANNEL,
    channel: { id: CHANNEL, type: guild ? 0 : 1 },
    entitlements: [],
    authorizing_integration_owners: {},
    app_permissions: '0',
    ...(guild
      ? {
          guild_id: guild,
          guild_locale: 'ko',
          guild: { id: guild, locale: 'ko', features: [] },
          member: {
            user,
            roles: who.roles ?? [],
            nick: null,
            joined_at: '2024-01-01T00:00:00.000Z',
            deaf: false,
            mute: false,
            flags: 0,
            permissions: who.permissions ?? '2248473465835073',
          },
        }
      : { user, context: 1 }),
    ...extra,
  };
}

/** A slash command (type 2) with string options. */
export function command(name: string, options: Record<string, string | number> = {}, who: Who = users.ana) {
  return base(2, who, {
    data: {
      id: '1',
      name,
      type: 1,
      options: Object.entries(options).map(([n, value]) => ({
        name: n,
        type: typeof value === 'number' ? 4 : 3,
        value,
      })),
    },
  });
}

/** Autocomplete (type 4) while typing `value` into option `option`. */
export function autocomplete(name: string, option: string, value: string, who: Who = users.ana) {
  return base(4, who, {
    data: { id: '1', name, type: 1, options: [{ name: option, type: 3, value, focused: true }] },
  });
}

/** A button click (type 3) on message `messageId`. */
export function button(customId: string, messageId: string, who: Who = users.ana) {
  return base(3, who, {
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: messageId,
      channel_id: CHANNEL,
      type: 0,
      content: '',
      embeds: [],
      components: [],
      author: { id: APP_ID, username: 'ssaem', discriminator: '0', avatar: null, bot: true },
      attachments: [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      mention_everyone: false,
      tts: false,
      timestamp: '2024-01-01T00:00:00.000Z',
      edited_timestamp: null,
      flags: 0,
    },
  });
}

/** A signing key pair and the public key as the Developer Portal shows it (64 hex). */
export function keyPair(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  return { publicKeyHex, privateKey };
}

/** POSTs `payload` to `${url}/interactions`, signed unless told otherwise. */
export async function postSigned(
  url: string,
  privateKey: KeyObject,
  payload: unknown,
  opts: { sign?: boolean; timestamp?: number; signature?: string; rawBody?: string } = {},
): Promise<{ status: number; json: unknown; text: string }> {
  const body = opts.rawBody ?? JSON.stringify(payload);
  const ts = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.sign ?? true) {
    headers['x-signature-timestamp'] = ts;
    headers['x-signature-ed25519'] =
      opts.signature ??
      sign(null, Buffer.concat([Buffer.from(ts), Buffer.from(body)]), privateKey).toString('hex');
  }
  const res = await fetch(`${url}/interactions`, { method: 'POST', headers, body });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: leave null
  }
  return { status: res.status, json, text };
}

/** A modal submit (type 5) with text inputs `fields`, as rows of one input each. */
export function modalSubmit(customId: string, fields: Record<string, string>, who: Who = users.ana) {
  return base(5, who, {
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    },
  });
}

/** A raw option as Discord sends it: 3 string, 4 integer, 5 boolean, 8 role, 11 attachment. */
export interface RawOption {
  name: string;
  type: number;
  value: string | number | boolean;
}

/** A slash command's subcommand (type 1 option) with its options and the attachments it resolved. */
export function subcommand(
  name: string,
  sub: string,
  options: RawOption[] = [],
  who: Who = users.ana,
  attachments: { id: string }[] = [],
) {
  return base(2, who, {
    data: {
      id: '1',
      name,
      type: 1,
      options: [{ name: sub, type: 1, options }],
      ...(attachments.length
        ? { resolved: { attachments: Object.fromEntries(attachments.map((a) => [a.id, a])) } }
        : {}),
    },
  });
}
