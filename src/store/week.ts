const DAY = 86_400_000;

/**
 * Number of the UTC week (Monday to Sunday) a moment falls in: the weekly board's key. The epoch was
 * a Thursday, hence the three-day shift.
 */
export function weekOf(ms: number): number {
  return Math.floor((Math.floor(ms / DAY) + 3) / 7);
}
