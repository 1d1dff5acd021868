import type { Locale } from './protocol.ts';

/** Both languages side by side at the place a string is used; Korean is the default. */
export interface Text {
  ko: string;
  en: string;
}

/** Picks the reply language for a request's locale. */
export function tr(locale: Locale, text: Text): string {
  return text[locale];
}

/** Maps a Discord locale (`ko`, `en-US`, `en-GB`, …) to ours: English only when asked for. */
export function localeFrom(discordLocale: string | undefined): Locale {
  return discordLocale?.startsWith('en') ? 'en' : 'ko';
}
