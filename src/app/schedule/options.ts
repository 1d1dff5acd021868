import { ApplicationCommandOptionType } from 'discord-api-types/v10';

/** The `hour` option of `/remind on` and `/daily on`: 0–23, held to that range at every door. */
/** `what` ends the Korean description: `몇 시에 받을지`. */
export const hourOption = (defaultHour: number, what: string) =>
  ({
    type: ApplicationCommandOptionType.Integer,
    name: 'hour',
    description: `Hour of the day, 0–23 (default ${defaultHour})`,
    name_localizations: { ko: '시' },
    description_localizations: { ko: `몇 시에 ${what} 0–23 (기본 ${defaultHour}시)` },
    min_value: 0,
    max_value: 23,
  }) as const;
