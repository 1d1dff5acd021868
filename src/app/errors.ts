/**
 * An expected failure (nothing in the notes, already answered, rate limited…): its message is shown
 * to the user as written, ephemerally. Anything else thrown is a bug and gets a generic reply.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * The bot cannot start as configured (no notes folder, an unreachable database): told to the person
 * starting it in one line, without a stack trace.
 */
export class SetupError extends Error {
  override name = 'SetupError';
}
