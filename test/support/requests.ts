import type {
  Actor,
  CommandRequest,
  ComponentRequest,
  Locale,
  MessageRef,
  ModalRequest,
  OptionValue,
  Place,
} from '../../src/app/protocol.ts';

export const GUILD = '600000000000000001';
export const OTHER_GUILD = '600000000000000002';
export const CHANNEL = '800000000000000001';
export const MANAGE_GUILD = 1n << 5n;

export const users: Record<string, Actor> = {
  u1: { id: '700000000000000001', name: 'student1' },
  u2: { id: '700000000000000002', name: 'student2' },
  u3: { id: '700000000000000003', name: 'student3' },
};

/** Who sends a request and from where; every field has a default (student1, in GUILD's CHANNEL). */
export interface Where {
  user?: Actor;
  guildId?: string | null;
  channelId?: string;
  locale?: Locale;
  memberPermissions?: bigint | null;
  token?: string;
  place?: Place;
}

let n = 0;
function base(w: Where) {
  n += 1;
  const guildId = w.guildId === undefined ? GUILD : w.guildId;
  return {
    id: `req-${n}`,
    guildId,
    channelId: w.channelId ?? CHANNEL,
    user: w.user ?? (users.u1 as Actor),
    locale: w.locale ?? ('ko' as const),
    memberPermissions: w.memberPermissions === undefined ? (guildId ? 0n : null) : w.memberPermissions,
    token: w.token ?? `token-${n}`,
    receivedAt: 0,
    ...(w.place ? { place: w.place } : {}),
  };
}

export const command = (
  name: string,
  options: Record<string, OptionValue> = {},
  w: Where = {},
): CommandRequest => ({ ...base(w), kind: 'command', command: name, options });

/** A click on a button of the message `message` (by default an interaction's reply in the same channel). */
export const button = (
  customId: string,
  w: Where & { message?: MessageRef | null } = {},
): ComponentRequest => {
  const { message, ...where } = w;
  const req = base(where);
  return {
    ...req,
    kind: 'button',
    customId,
    message:
      message === undefined
        ? { token: 'token-x', messageId: '@original', channelId: req.channelId }
        : message,
  };
};

export const modal = (customId: string, fields: Record<string, string>, w: Where = {}): ModalRequest => ({
  ...base(w),
  kind: 'modal',
  customId,
  fields,
  message: null,
});
