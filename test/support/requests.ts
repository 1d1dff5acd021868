import type {
  Actor,
  CommandRequest,
  ComponentRequest,
  Locale,
  ModalRequest,
  OptionValue,
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

export interface Where {
  user?: Actor;
  guildId?: string | null;
  channelId?: string;
  locale?: Locale;
  memberPermissions?: bigint | null;
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
    token: `token-${n}`,
    receivedAt: 0,
  };
}

export const slash = (
  command: string,
  options: Record<string, OptionValue> = {},
  w: Where = {},
): CommandRequest => ({
  ...base(w),
  kind: 'command',
  command,
  options,
});

export const click = (customId: string, w: Where = {}): ComponentRequest => ({
  ...base(w),
  kind: 'button',
  customId,
  message: null,
});

export const submit = (customId: string, fields: Record<string, string>, w: Where = {}): ModalRequest => ({
  ...base(w),
  kind: 'modal',
  customId,
  fields,
  message: null,
});
