/**
 * Schema changes in order, each step carrying its text for both databases, so a version means the
 * same change in SQLite and PostgreSQL and the two cannot drift. A database remembers which versions
 * it has applied (`schema_migrations`), so only new ones run. Never edit an applied step: append one.
 *
 * PostgreSQL text that boards and totals sort by is `COLLATE "C"` so ties break in byte order exactly
 * as SQLite's BINARY collation does, whatever locale the cluster was initialised with. Millisecond
 * timestamps are BIGINT there; the store parses them back to numbers.
 */
export interface Migration {
  /** What the step does, for the reader and the logs. */
  name: string;
  sqlite: string;
  postgres: string;
}

export const migrations: readonly Migration[] = [
  {
    name: 'the tables',
    sqlite: `
  CREATE TABLE seasons (
    scope TEXT PRIMARY KEY,
    season INTEGER NOT NULL,
    started_at INTEGER NOT NULL
  );

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    guild_id TEXT,
    channel_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    solo INTEGER NOT NULL,
    locale TEXT NOT NULL,
    questions TEXT NOT NULL,
    total INTEGER NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'done')),
    created_at INTEGER NOT NULL
  );

  CREATE TABLE rounds (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    scope TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    solo_user_id TEXT,
    question TEXT NOT NULL,
    topic TEXT NOT NULL,
    card_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at INTEGER NOT NULL,
    closes_at INTEGER NOT NULL,
    closed_at INTEGER,
    message TEXT,
    UNIQUE (session_id, position)
  );
  -- The database, not a check in code, keeps a channel to one shared open round.
  CREATE UNIQUE INDEX rounds_one_open_per_channel ON rounds(channel_id)
    WHERE status = 'open' AND solo_user_id IS NULL;
  CREATE UNIQUE INDEX rounds_one_open_solo ON rounds(channel_id, solo_user_id)
    WHERE status = 'open' AND solo_user_id IS NOT NULL;
  CREATE INDEX rounds_open ON rounds(status) WHERE status = 'open';

  CREATE TABLE answers (
    round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    scope TEXT NOT NULL,
    season INTEGER NOT NULL,
    response TEXT NOT NULL,
    correct INTEGER NOT NULL,
    points INTEGER NOT NULL,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (round_id, user_id)
  ) WITHOUT ROWID;
  CREATE INDEX answers_scope_season ON answers(scope, season);

  CREATE TABLE scores (
    scope TEXT NOT NULL,
    season INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    points INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    streak INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (scope, season, user_id)
  ) WITHOUT ROWID;
  CREATE INDEX scores_board ON scores(scope, season, points DESC, user_id);

  CREATE TABLE weekly_scores (
    scope TEXT NOT NULL,
    season INTEGER NOT NULL,
    week INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    points INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, season, week, user_id)
  ) WITHOUT ROWID;
  CREATE INDEX weekly_board ON weekly_scores(scope, season, week, points DESC, user_id);

  CREATE TABLE topic_stats (
    scope TEXT NOT NULL,
    user_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    answered INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, user_id, topic)
  ) WITHOUT ROWID;

  CREATE TABLE reviews (
    user_id TEXT NOT NULL,
    card_key TEXT NOT NULL,
    card TEXT NOT NULL,
    due INTEGER NOT NULL,
    lapses INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, card_key)
  ) WITHOUT ROWID;
  `,
    postgres: `
  CREATE TABLE seasons (
    scope TEXT COLLATE "C" PRIMARY KEY,
    season INTEGER NOT NULL,
    started_at BIGINT NOT NULL
  );

  CREATE TABLE sessions (
    id TEXT COLLATE "C" PRIMARY KEY,
    scope TEXT COLLATE "C" NOT NULL,
    guild_id TEXT COLLATE "C",
    channel_id TEXT COLLATE "C" NOT NULL,
    owner_id TEXT COLLATE "C" NOT NULL,
    solo BOOLEAN NOT NULL,
    locale TEXT NOT NULL,
    questions TEXT NOT NULL,
    total INTEGER NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'done')),
    created_at BIGINT NOT NULL
  );

  CREATE TABLE rounds (
    id TEXT COLLATE "C" PRIMARY KEY,
    session_id TEXT COLLATE "C" NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    scope TEXT COLLATE "C" NOT NULL,
    channel_id TEXT COLLATE "C" NOT NULL,
    solo_user_id TEXT COLLATE "C",
    question TEXT NOT NULL,
    topic TEXT COLLATE "C" NOT NULL,
    card_key TEXT COLLATE "C" NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    closed_at BIGINT,
    message TEXT,
    UNIQUE (session_id, position)
  );
  -- The database, not a check in code, keeps a channel to one shared open round.
  CREATE UNIQUE INDEX rounds_one_open_per_channel ON rounds(channel_id)
    WHERE status = 'open' AND solo_user_id IS NULL;
  CREATE UNIQUE INDEX rounds_one_open_solo ON rounds(channel_id, solo_user_id)
    WHERE status = 'open' AND solo_user_id IS NOT NULL;
  CREATE INDEX rounds_open ON rounds(closes_at) WHERE status = 'open';

  CREATE TABLE answers (
    round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    user_id TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    scope TEXT COLLATE "C" NOT NULL,
    season INTEGER NOT NULL,
    response TEXT NOT NULL,
    correct BOOLEAN NOT NULL,
    points INTEGER NOT NULL,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, user_id)
  );
  CREATE INDEX answers_scope_season ON answers(scope, season);

  CREATE TABLE scores (
    scope TEXT COLLATE "C" NOT NULL,
    season INTEGER NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    points BIGINT NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    streak INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (scope, season, user_id)
  );
  CREATE INDEX scores_board ON scores(scope, season, points DESC, user_id);

  CREATE TABLE weekly_scores (
    scope TEXT COLLATE "C" NOT NULL,
    season INTEGER NOT NULL,
    week INTEGER NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    points BIGINT NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, season, week, user_id)
  );
  CREATE INDEX weekly_board ON weekly_scores(scope, season, week, points DESC, user_id);

  CREATE TABLE topic_stats (
    scope TEXT COLLATE "C" NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL,
    topic TEXT COLLATE "C" NOT NULL,
    answered INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, user_id, topic)
  );

  CREATE TABLE reviews (
    user_id TEXT COLLATE "C" NOT NULL,
    card_key TEXT COLLATE "C" NOT NULL,
    card TEXT NOT NULL,
    due BIGINT NOT NULL,
    lapses INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, card_key)
  );
  `,
  },
  {
    name: 'rank bands',
    sqlite: `
  -- How many players each 100-point band of a board holds, so a player's rank is a sum over a few
  -- hundred bands plus a count inside one band, not a count over the whole board.
  CREATE TABLE score_buckets (
    scope TEXT NOT NULL,
    season INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (scope, season, bucket)
  ) WITHOUT ROWID;
  INSERT INTO score_buckets (scope, season, bucket, n)
    SELECT scope, season, points / 100, COUNT(*) FROM scores GROUP BY scope, season, points / 100;
  `,
    postgres: `
  -- How many players each 100-point band of a board holds, so a player's rank is a sum over a few
  -- hundred bands plus a count inside one band, not a count over the whole board.
  CREATE TABLE score_buckets (
    scope TEXT COLLATE "C" NOT NULL,
    season INTEGER NOT NULL,
    bucket BIGINT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (scope, season, bucket)
  );
  INSERT INTO score_buckets (scope, season, bucket, n)
    SELECT scope, season, points / 100, COUNT(*) FROM scores GROUP BY scope, season, points / 100;
  `,
  },
  {
    name: 'rate limits',
    sqlite: `
  -- Token buckets for rate limits, shared by every instance using this store.
  CREATE TABLE rate_buckets (
    key TEXT PRIMARY KEY,
    tokens REAL NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
    postgres: `
  -- Token buckets for rate limits, shared by every instance using this store.
  CREATE TABLE rate_buckets (
    key TEXT PRIMARY KEY,
    tokens REAL NOT NULL,
    updated_at BIGINT NOT NULL
  );
  `,
  },
  {
    name: 'one running shared session per channel',
    sqlite: `
  -- One running shared session per channel: a /quiz between two rounds of a session is refused, not
  -- allowed to cut it short. Sessions already left behind without an open round are closed first.
  UPDATE sessions SET status = 'done'
    WHERE status = 'active' AND solo = 0
      AND id NOT IN (SELECT session_id FROM rounds WHERE status = 'open');
  CREATE UNIQUE INDEX sessions_one_active_per_channel ON sessions(channel_id)
    WHERE status = 'active' AND solo = 0;
  `,
    postgres: `
  -- One running shared session per channel: a /quiz between two rounds of a session is refused, not
  -- allowed to cut it short. Sessions already left behind without an open round are closed first.
  UPDATE sessions SET status = 'done'
    WHERE status = 'active' AND NOT solo
      AND id NOT IN (SELECT session_id FROM rounds WHERE status = 'open');
  CREATE UNIQUE INDEX sessions_one_active_per_channel ON sessions(channel_id)
    WHERE status = 'active' AND NOT solo;
  `,
  },
  {
    name: 'interaction ids seen, so a replayed request runs once',
    sqlite: `
  CREATE TABLE interactions (
    id TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX interactions_expiry ON interactions(expires_at);
  `,
    postgres: `
  CREATE TABLE interactions (
    id TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
  );
  CREATE INDEX interactions_expiry ON interactions(expires_at);
  `,
  },
  {
    name: 'rank bands counted in shards on PostgreSQL',
    sqlite: `
  -- Nothing: SQLite has one writer at a time, so a band's row is never a point of contention.
  `,
    postgres: `
  -- Concurrent answers moving players between the same bands waited on one row each; each band is
  -- now counted in up to eight rows (a writer picks one at random), summed when read.
  ALTER TABLE score_buckets ADD COLUMN shard SMALLINT NOT NULL DEFAULT 0;
  ALTER TABLE score_buckets DROP CONSTRAINT score_buckets_pkey;
  ALTER TABLE score_buckets ADD PRIMARY KEY (scope, season, bucket, shard);
  `,
  },
  {
    name: 'quiz play: one card per fact, hints, reports',
    sqlite: `
  -- Cards were kept per section; they are now kept per fact (\`file#line#name\`). A section's card moves to
  -- \`section:<file#line>\` and stands for each fact of that section until the fact has a card of its own.
  UPDATE reviews SET card_key = 'section:' || card_key WHERE card_key NOT LIKE 'section:%';
  -- Answered right as a choice: the fact comes back as a typed question.
  ALTER TABLE reviews ADD COLUMN recognized INTEGER NOT NULL DEFAULT 0;
  -- Who asked for a round's hint (it lowers that answer's points).
  CREATE TABLE hints (
    round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    PRIMARY KEY (round_id, user_id)
  ) WITHOUT ROWID;
  -- Questions members flagged as bad, for note authors; a question reported in a server is not asked there again.
  CREATE TABLE reports (
    round_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    guild_id TEXT,
    channel_id TEXT NOT NULL,
    question_key TEXT NOT NULL,
    question TEXT NOT NULL,
    reported_at INTEGER NOT NULL,
    PRIMARY KEY (round_id, user_id)
  ) WITHOUT ROWID;
  CREATE INDEX reports_by_guild ON reports(guild_id, reported_at);
  `,
    postgres: `
  -- Cards were kept per section; they are now kept per fact (\`file#line#name\`). A section's card moves to
  -- \`section:<file#line>\` and stands for each fact of that section until the fact has a card of its own.
  UPDATE reviews SET card_key = 'section:' || card_key WHERE card_key NOT LIKE 'section:%';
  -- Answered right as a choice: the fact comes back as a typed question.
  ALTER TABLE reviews ADD COLUMN recognized BOOLEAN NOT NULL DEFAULT FALSE;
  -- Who asked for a round's hint (it lowers that answer's points).
  CREATE TABLE hints (
    round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    user_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (round_id, user_id)
  );
  -- Questions members flagged as bad, for note authors; a question reported in a server is not asked there again.
  CREATE TABLE reports (
    round_id TEXT COLLATE "C" NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL,
    name TEXT NOT NULL,
    guild_id TEXT COLLATE "C",
    channel_id TEXT COLLATE "C" NOT NULL,
    question_key TEXT COLLATE "C" NOT NULL,
    question TEXT NOT NULL,
    reported_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, user_id)
  );
  CREATE INDEX reports_by_guild ON reports(guild_id, reported_at);
  `,
  },
  {
    name: 'notes a server adds from Discord, two versions each, and who may change them',
    sqlite: `
  -- A note's current text is its highest version; the one before it is kept for /notes restore.
  CREATE TABLE guild_notes (
    guild_id TEXT NOT NULL,
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    hash TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    sections INTEGER NOT NULL,
    added_by TEXT NOT NULL,
    added_by_name TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    UNIQUE (guild_id, name, version)
  );
  CREATE TABLE guild_note_settings (
    guild_id TEXT PRIMARY KEY,
    editor_role TEXT
  ) WITHOUT ROWID;
  `,
    postgres: `
  -- A note's current text is its highest version; the one before it is kept for /notes restore.
  CREATE TABLE guild_notes (
    guild_id TEXT NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    hash TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    sections INTEGER NOT NULL,
    added_by TEXT NOT NULL,
    added_by_name TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    UNIQUE (guild_id, name, version)
  );
  CREATE TABLE guild_note_settings (
    guild_id TEXT PRIMARY KEY,
    editor_role TEXT
  );
  `,
  },
  {
    name: "a player's answers by time, for the stats card's calendar",
    sqlite: `
  CREATE INDEX answers_player ON answers(scope, user_id, answered_at);
  `,
    postgres: `
  CREATE INDEX answers_player ON answers(scope, user_id, answered_at);
  `,
  },
  {
    name: 'review reminders and the question of the day, claimed by one conditional update',
    sqlite: `
  CREATE TABLE reminders (
    user_id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('on', 'off')),
    hour INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    locale TEXT NOT NULL,
    next_at INTEGER NOT NULL,
    sent_day TEXT,
    dm_channel_id TEXT,
    lease_until INTEGER NOT NULL DEFAULT 0,
    claim TEXT,
    notice TEXT
  ) WITHOUT ROWID;
  CREATE INDEX reminders_due ON reminders(next_at) WHERE status = 'on';
  CREATE TABLE daily_posts (
    guild_id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    hour INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    locale TEXT NOT NULL,
    next_at INTEGER NOT NULL,
    round_id TEXT,
    lease_until INTEGER NOT NULL DEFAULT 0,
    claim TEXT
  ) WITHOUT ROWID;
  CREATE INDEX daily_posts_due ON daily_posts(next_at);
  `,
    postgres: `
  CREATE TABLE reminders (
    user_id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('on', 'off')),
    hour INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    locale TEXT NOT NULL,
    next_at BIGINT NOT NULL,
    sent_day TEXT,
    dm_channel_id TEXT,
    lease_until BIGINT NOT NULL DEFAULT 0,
    claim TEXT,
    notice TEXT
  );
  CREATE INDEX reminders_due ON reminders(next_at) WHERE status = 'on';
  CREATE TABLE daily_posts (
    guild_id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    hour INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    locale TEXT NOT NULL,
    next_at BIGINT NOT NULL,
    round_id TEXT,
    lease_until BIGINT NOT NULL DEFAULT 0,
    claim TEXT
  );
  CREATE INDEX daily_posts_due ON daily_posts(next_at);
  `,
  },
  {
    name: "a stamp of each server's notes that every change to them moves, so an instance checks one row",
    sqlite: `
  -- Moved by the database itself on every insert or delete of a note row, whichever code wrote it.
  CREATE TABLE guild_note_stamps (
    guild_id TEXT PRIMARY KEY,
    stamp INTEGER NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO guild_note_stamps (guild_id, stamp) SELECT DISTINCT guild_id, 1 FROM guild_notes;
  CREATE TRIGGER guild_notes_added AFTER INSERT ON guild_notes BEGIN
    INSERT INTO guild_note_stamps (guild_id, stamp) VALUES (NEW.guild_id, 1)
      ON CONFLICT (guild_id) DO UPDATE SET stamp = stamp + 1;
  END;
  CREATE TRIGGER guild_notes_removed AFTER DELETE ON guild_notes BEGIN
    INSERT INTO guild_note_stamps (guild_id, stamp) VALUES (OLD.guild_id, 1)
      ON CONFLICT (guild_id) DO UPDATE SET stamp = stamp + 1;
  END;
  `,
    postgres: `
  -- Moved by the database itself on every insert or delete of a note row, whichever code wrote it.
  CREATE TABLE guild_note_stamps (
    guild_id TEXT PRIMARY KEY,
    stamp BIGINT NOT NULL
  );
  INSERT INTO guild_note_stamps (guild_id, stamp) SELECT DISTINCT guild_id, 1 FROM guild_notes;
  CREATE FUNCTION guild_notes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO guild_note_stamps (guild_id, stamp)
      VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.guild_id ELSE NEW.guild_id END, 1)
      ON CONFLICT (guild_id) DO UPDATE SET stamp = guild_note_stamps.stamp + 1;
    RETURN NULL;
  END $$;
  CREATE TRIGGER guild_notes_changed AFTER INSERT OR DELETE ON guild_notes
    FOR EACH ROW EXECUTE FUNCTION guild_notes_changed();
  `,
  },
];
