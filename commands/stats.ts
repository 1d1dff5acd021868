import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/app/command.ts';
import { tr } from '../src/app/i18n.ts';
import { displayName } from '../src/app/quiz/render.ts';
import { scopeOf } from '../src/app/quiz/scope.ts';
import { extractFacts } from '../src/quiz/facts.ts';

const BAR = 5;

/** `▰▰▰▱▱` for a share between 0 and 1. */
export function progressBar(share: number): string {
  const full = Math.round(Math.min(1, Math.max(0, share)) * BAR);
  return '▰'.repeat(full) + '▱'.repeat(BAR - full);
}

/** `/stats [user]`: per-topic mastery bars, weakest topics, streaks (this server, or your DMs). */
export default defineCommand({
  data: {
    name: 'stats',
    description: 'Quiz record: mastery per topic, weakest topics, streaks',
    name_localizations: { ko: '통계' },
    description_localizations: { ko: '퀴즈 기록: 주제별 숙련도, 약한 주제, 연속 정답' },
    options: [
      {
        type: ApplicationCommandOptionType.User,
        name: 'user',
        description: 'Whose record (default: yours)',
        name_localizations: { ko: '사용자' },
        description_localizations: { ko: '누구의 기록인지 (기본: 나)' },
      },
    ],
  },

  async execute(req, args, ctx) {
    const userId = args.user && req.guildId ? args.user : req.user.id;
    const scope = scopeOf(req.guildId, userId);
    const stats = await ctx.store.userStats(scope, userId);
    const name = displayName(
      userId === req.user.id
        ? req.user.name
        : (stats.name ?? tr(req.locale, { ko: '그 사용자', en: 'that user' })),
    );
    const counts = new Map(stats.topics.map((t) => [t.topic, t]));
    const topics = [
      ...new Set([...extractFacts(ctx.notes().knowledge).terms.map((t) => t.topic), ...counts.keys()]),
    ];
    const rows = topics.map((topic) => {
      const c = counts.get(topic) ?? { answered: 0, correct: 0 };
      const share = c.answered ? c.correct / c.answered : 0;
      return { topic, ...c, share };
    });
    const bars = rows.map((r) =>
      r.answered
        ? `${progressBar(r.share)} ${r.topic} — ${Math.round(r.share * 100)}% (${r.correct}/${r.answered})`
        : `${progressBar(0)} ${r.topic} — ${tr(req.locale, { ko: '아직 안 풀었어요', en: 'not tried yet' })}`,
    );
    const weakest = rows
      .filter((r) => r.answered > 0 && r.share < 1)
      .sort((a, b) => a.share - b.share || b.answered - a.answered)
      .slice(0, 3)
      .map((r) => r.topic);
    const accuracy = stats.answered ? Math.round((100 * stats.correct) / stats.answered) : 0;
    const lines = [
      tr(req.locale, {
        ko: `📊 **${name}의 퀴즈 기록** · 시즌 ${stats.season}`,
        en: `📊 **${name}'s quiz record** · season ${stats.season}`,
      }),
      tr(req.locale, {
        ko: `점수 ${stats.points}점 · 정답 ${stats.correct}/${stats.answered} (${accuracy}%) · 🔥 연속 ${stats.streak} (최고 ${stats.bestStreak})`,
        en: `${stats.points} pts · ${stats.correct}/${stats.answered} right (${accuracy}%) · 🔥 streak ${stats.streak} (best ${stats.bestStreak})`,
      }),
      '',
      ...bars,
      '',
      weakest.length
        ? tr(req.locale, {
            ko: `🔎 약한 주제: ${weakest.join(', ')}`,
            en: `🔎 Weakest topics: ${weakest.join(', ')}`,
          })
        : tr(req.locale, { ko: '🔎 약한 주제: 아직 없어요', en: '🔎 Weakest topics: none yet' }),
    ];
    return { type: 'message', message: { content: lines.join('\n').slice(0, 2000), ephemeral: true } };
  },
});
