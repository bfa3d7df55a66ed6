-- contrasta's SQLite store. One file holds everything a later command needs.
-- The columns come from contrasta/store/rows.py (ARTICLE_COLUMNS).
CREATE TABLE IF NOT EXISTS articles (
    {article_columns}
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

CREATE TABLE IF NOT EXISTS removed_lines (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    rule TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS removed_lines_article ON removed_lines(article_id);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    headline TEXT NOT NULL,
    method TEXT NOT NULL,
    first_at TEXT,
    last_at TEXT,
    revision INTEGER NOT NULL DEFAULT 0  -- raised by every save: see story_dossiers
);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last_at);
-- The story list's newest-first pages (`Store.story_page`) read it backwards.
CREATE INDEX IF NOT EXISTS stories_recent ON stories(last_at, id);
CREATE TABLE IF NOT EXISTS story_articles (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);

-- An article belongs to one story at most; moving it (merge, split) replaces the row.
CREATE UNIQUE INDEX IF NOT EXISTS story_articles_article ON story_articles(article_id);

-- Articles placed by hand (stories merge/split): a rebuild keeps them where they are.
CREATE TABLE IF NOT EXISTS story_pins (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL
);

-- One embedding per article and model (float32 bytes), so later runs need not re-embed.
CREATE TABLE IF NOT EXISTS article_vectors (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (article_id, model)
);

-- Each article's reading (entities, claims), done once and kept per reader version
-- (`serial.pack` of `contrasta.dossier.reading.ArticleReading`: zlib-compressed JSON):
-- a newer version reads it again.
CREATE TABLE IF NOT EXISTS article_readings (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    reading BLOB NOT NULL
);

-- Each story's dossier (packed like a reading) and story-list row (JSON), as last built, under
-- the key of what it was built from (members, versions, outlet registry and lexicon): a
-- display reads them; a run or `contrasta rebuild` replaces those whose key changed. A run
-- compares keys only of the stories saved since (another `revision`) or built from other
-- `inputs` (versions, registry, lexicon), so its check does not grow with the database.
CREATE TABLE IF NOT EXISTS story_dossiers (
    story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    row TEXT NOT NULL,
    dossier BLOB NOT NULL,
    inputs TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT -1
);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    files_read INTEGER NOT NULL DEFAULT 0,
    articles_added INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    stories INTEGER NOT NULL DEFAULT 0,
    problems INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0
);
-- What a run reported of its inputs: problems (not used) and warnings (read and kept, but
-- check them), told apart by `kind` (contrasta/model.py, REPORT_KINDS). A database made
-- before warnings were kept gains `kind` and `runs.warnings` on open (sqlite.py).
CREATE TABLE IF NOT EXISTS problems (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    hint TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '{problem}'
);
CREATE INDEX IF NOT EXISTS problems_run ON problems(run_id);
