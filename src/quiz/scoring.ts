/**
 * Scoring rules (the README repeats them):
 *
 * - Only a member's first answer in a round counts.
 * - A right answer earns BASE_POINTS (100)
 *   + a speed bonus: up to SPEED_BONUS (50), falling linearly from the moment the question is posted
 *     to the moment the round closes (answering in the first instant gives 50, at the last gives 0)
 *   + a streak bonus: STREAK_STEP (10) for each right answer in a row just before this one, capped at
 *     STREAK_CAP (50), so the sixth right answer in a row and later ones get the full 50.
 * - A right answer given after asking for the question's hint (💡) earns HINT_COST (50) less: its base is
 *   50, the bonuses are unchanged.
 * - A wrong answer earns 0 and resets the current streak to 0; the best streak is kept.
 * - Each answer adds one to `answered` (and to `correct` when right), both overall and for the
 *   question's topic (its chapter heading), which `/stats` turns into mastery bars.
 * - Scores count per server (guild) and season; answers in DMs count on the player's own `dm:` board
 *   and never on a server's. A new season (or a reset) starts the server's board from zero.
 */
export const BASE_POINTS = 100;
export const SPEED_BONUS = 50;
export const STREAK_STEP = 10;
export const STREAK_CAP = 50;
export const HINT_COST = 50;

export interface Timing {
  openedAt: number;
  closesAt: number;
  answeredAt: number;
}

/** Points for a right answer, given the timing, the streak of right answers before it and a hint taken. */
export function pointsFor(timing: Timing, streakBefore: number, hinted = false): number {
  const total = Math.max(1, timing.closesAt - timing.openedAt);
  const left = Math.min(total, Math.max(0, timing.closesAt - timing.answeredAt));
  const speed = Math.floor((SPEED_BONUS * left) / total);
  const streak = Math.min(STREAK_CAP, STREAK_STEP * Math.max(0, streakBefore));
  return BASE_POINTS - (hinted ? HINT_COST : 0) + speed + streak;
}
