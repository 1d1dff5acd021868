import type { Database } from './core.ts';
import type { Row } from './rows.ts';
import { type Sql, sql } from './sql.ts';
import type { GuildNote, GuildNoteInfo, GuildNotesStore, NewGuildNote } from './types.ts';

/*
 * A server's notes: each name has its current version (the highest) and at most one previous version.
 * Writes are single statements or one batch, so instances sharing the store agree on what is current.
 */

const INFO = sql`guild_id, name, version, hash, bytes, sections, added_by, added_by_name, added_at`;

/** The current version of each name: no higher version of it exists. */
const current = sql`NOT EXISTS (SELECT 1 FROM guild_notes newer WHERE newer.guild_id = n.guild_id
                      AND newer.name = n.name AND newer.version > n.version)`;
const previous = sql`EXISTS (SELECT 1 FROM guild_notes older WHERE older.guild_id = n.guild_id
                      AND older.name = n.name AND older.version < n.version)`;

const toInfo = (row: Row): GuildNoteInfo => ({
  guildId: row.guild_id as string,
  name: row.name as string,
  version: Number(row.version),
  hash: row.hash as string,
  bytes: Number(row.bytes),
  sections: Number(row.sections),
  addedBy: row.added_by as string,
  addedByName: row.added_by_name as string,
  addedAt: Number(row.added_at),
  hasPrevious: row.has_previous === true || row.has_previous === 1,
});
const toNote = (row: Row): GuildNote => ({ ...toInfo(row), body: row.body as string });

// A value in a SELECT list has no column to take its type from on PostgreSQL.
const int = (n: number) => sql`CAST(${n} AS INTEGER)`;

const latest = (guildId: string, name: string) =>
  sql`(SELECT MAX(version) FROM guild_notes WHERE guild_id = ${guildId} AND name = ${name})`;

/** Versions before the previous one are dropped. */
const pruneOld = (guildId: string, name: string) =>
  sql`DELETE FROM guild_notes WHERE guild_id = ${guildId} AND name = ${name}
        AND version < ${latest(guildId, name)} - 1`;

export function guildNotesStore(db: Database): GuildNotesStore {
  const one = async (guildId: string, name: string) => {
    const [row] = await select(sql`n.guild_id = ${guildId} AND n.name = ${name}`, true);
    return row ? toNote(row) : null;
  };
  const select = (where: Sql, withBody: boolean) =>
    db.all(
      sql`SELECT ${INFO}${withBody ? sql`, body` : sql``}, ${previous} AS has_previous FROM guild_notes n
          WHERE ${where} AND ${current} ORDER BY name`,
    );
  const insert = (note: NewGuildNote, version: Sql, guard: Sql) =>
    sql`INSERT INTO guild_notes (guild_id, name, version, body, hash, bytes, sections, added_by, added_by_name,
          added_at)
        SELECT ${note.guildId}, ${note.name}, ${version}, ${note.body}, ${note.hash}, ${int(note.bytes)},
          ${int(note.sections)}, ${note.addedBy}, ${note.addedByName}, CAST(${note.addedAt} AS BIGINT) ${guard}`;

  return {
    async addGuildNote(note, replace) {
      try {
        if (!replace) {
          const added = await db.run(
            insert(
              note,
              sql`1`,
              sql`WHERE NOT EXISTS (SELECT 1 FROM guild_notes WHERE guild_id = ${note.guildId}
                    AND name = ${note.name})`,
            ),
          );
          return added === 1 ? 'added' : 'taken';
        }
        const existed = (await select(sql`n.guild_id = ${note.guildId} AND n.name = ${note.name}`, false))
          .length;
        await db.batch([
          insert(note, sql`COALESCE(${latest(note.guildId, note.name)}, 0) + 1`, sql``),
          pruneOld(note.guildId, note.name),
        ]);
        return existed ? 'replaced' : 'added';
      } catch (error) {
        // Two instances adding the same name at once: the database let one win.
        if (db.isUniqueViolation(error)) return 'taken';
        throw error;
      }
    },
    async guildNoteList(guildId) {
      return (await select(sql`n.guild_id = ${guildId}`, false)).map(toInfo);
    },
    async guildNotesStamp(guildId) {
      const [row] = await db.all(sql`SELECT stamp FROM guild_note_stamps WHERE guild_id = ${guildId}`);
      return row ? Number(row.stamp) : null;
    },
    async guildNotes(guildId) {
      return (await select(sql`n.guild_id = ${guildId}`, true)).map(toNote);
    },
    guildNote: one,
    async removeGuildNote(guildId, name) {
      return (await db.run(sql`DELETE FROM guild_notes WHERE guild_id = ${guildId} AND name = ${name}`)) > 0;
    },
    async restoreGuildNote(guildId, name) {
      // The previous version is copied on top, so the one it replaces becomes the previous.
      const copied = await db.run(
        sql`INSERT INTO guild_notes (guild_id, name, version, body, hash, bytes, sections, added_by,
              added_by_name, added_at)
            SELECT guild_id, name, ${latest(guildId, name)} + 1, body, hash, bytes, sections, added_by,
              added_by_name, added_at
            FROM guild_notes WHERE guild_id = ${guildId} AND name = ${name}
              AND version = ${latest(guildId, name)} - 1`,
      );
      if (copied === 0) return (await one(guildId, name)) ? 'no-previous' : 'missing';
      await db.run(pruneOld(guildId, name));
      return 'restored';
    },
    async notesEditorRole(guildId) {
      const [row] = await db.all(
        sql`SELECT editor_role FROM guild_note_settings WHERE guild_id = ${guildId}`,
      );
      return (row?.editor_role as string | null | undefined) ?? null;
    },
    async setNotesEditorRole(guildId, roleId) {
      await db.run(
        sql`INSERT INTO guild_note_settings (guild_id, editor_role) VALUES (${guildId}, ${roleId})
            ON CONFLICT (guild_id) DO UPDATE SET editor_role = excluded.editor_role`,
      );
    },
  };
}
