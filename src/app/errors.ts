/**
 * An expected failure (nothing in the notes, already answered, rate limited…): its message is shown
 * to the user as written, ephemerally. Anything else thrown is a bug and gets a generic reply.
 */
export class UserError extends Error {
  override name = 'UserError';
}
