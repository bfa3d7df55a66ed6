-- contrasta's PostgreSQL store: the same tables as schema.sql, for several users at once.
-- Run in one transaction under an advisory lock, so two first opens cannot race.
SELECT pg_advisory_xact_lock(hashtext('contrasta schema'));

-- PostgreSQL's own Spanish stemmer, with accents folded first when the (trusted) unaccent
-- extension can be created; otherwise plain Spanish, where accents count.
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_ts_config
        WHERE cfgname = 'contrasta_es'
          AND cfgnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
    ) THEN
        CREATE TEXT SEARCH CONFIGURATION contrasta_es (COPY = pg_catalog.spanish);
        BEGIN
            CREATE EXTENSION IF NOT EXISTS unaccent;
            ALTER TEXT SEARCH CONFIGURATION contrasta_es
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'unaccent unavailable (%): search will not ignore accents', SQLERRM;
        END;
    END IF;
END
$$;

-- Ids compare bytewise ("C"), as in SQLite, whatever the database's collation.
-- The columns come from contrasta/store/rows.py (ARTICLE_COLUMNS).
CREATE TABLE IF NOT EXISTS articles (
    {article_columns},
    -- A tsvector is capped at 1 MB: only the first 250,000 characters of a text are indexed.
    search TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('contrasta_es', title), 'A')
        || setweight(to_tsvector('contrasta_es', left(text, 250000)), 'B')
    ) STORED
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
-- Articles in MEMBER_ORDER (contrasta/store/__init__.py); version 5 replaced an index by
-- ingestion time, which differs between runs.
DROP INDEX IF EXISTS articles_when;
CREATE INDEX IF NOT EXISTS articles_order ON articles((published IS NULL), published, id);
CREATE INDEX IF NOT EXISTS articles_search ON articles USING GIN (search);

CREATE TABLE IF NOT EXISTS removed_lines (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    rule TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS removed_lines_article ON removed_lines(article_id, position);

CREATE TABLE IF NOT EXISTS stories (
    id TEXT COLLATE "C" PRIMARY KEY,
    headline TEXT NOT NULL,
    method TEXT NOT NULL,
    first_at TIMESTAMP,
    last_at TIMESTAMP,
    revision BIGINT NOT NULL DEFAULT 0  -- raised by every save: see story_dossiers
);
-- Version 3 (a database made before it gains the column).
ALTER TABLE stories ADD COLUMN IF NOT EXISTS revision BIGINT NOT NULL DEFAULT 0;
-- Version 6: every save reads the highest revision, which without an index is a scan of
-- the stories, growing with the archive.
CREATE INDEX IF NOT EXISTS stories_revision ON stories(revision);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last_at);
-- Version 4: the story list's newest-first pages (`Store.story_page`).
CREATE INDEX IF NOT EXISTS stories_recent ON stories(last_at DESC NULLS LAST, id DESC);

-- An article belongs to one story at most: its id is the key; moving it replaces the row.
CREATE TABLE IF NOT EXISTS story_articles (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    score DOUBLE PRECISION NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story_id);

-- Articles placed by hand (stories merge/split): a rebuild keeps them where they are.
CREATE TABLE IF NOT EXISTS story_pins (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT COLLATE "C" NOT NULL
);

-- One embedding per article and model (float32 bytes), so later runs need not re-embed.
CREATE TABLE IF NOT EXISTS article_vectors (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    vector BYTEA NOT NULL,
    PRIMARY KEY (article_id, model)
);

-- Each article's reading (entities, claims), done once and kept per reader version
-- (`serial.pack` of `contrasta.dossier.reading.ArticleReading`: zlib-compressed JSON):
-- a newer version reads it again.
CREATE TABLE IF NOT EXISTS article_readings (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    reading BYTEA NOT NULL
);

-- Each story's dossier (packed like a reading) and story-list row (JSON), as last built, under
-- the key of what it was built from (members, versions, outlet registry and lexicon): a
-- display reads them; a run or `contrasta rebuild` replaces those whose key changed. A run
-- compares keys only of the stories saved since (another `revision`) or built from other
-- `inputs` (versions, registry, lexicon), so its check does not grow with the database.
CREATE TABLE IF NOT EXISTS story_dossiers (
    story_id TEXT COLLATE "C" PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    row TEXT NOT NULL,
    dossier BYTEA NOT NULL,
    inputs TEXT NOT NULL DEFAULT '',
    revision BIGINT NOT NULL DEFAULT -1
);
ALTER TABLE story_dossiers ADD COLUMN IF NOT EXISTS inputs TEXT NOT NULL DEFAULT '';
ALTER TABLE story_dossiers ADD COLUMN IF NOT EXISTS revision BIGINT NOT NULL DEFAULT -1;

CREATE TABLE IF NOT EXISTS runs (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    files_read INTEGER NOT NULL DEFAULT 0,
    articles_added INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    stories INTEGER NOT NULL DEFAULT 0,
    problems INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS problems (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    hint TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '{problem}'
);
CREATE INDEX IF NOT EXISTS problems_run ON problems(run_id);

-- Version 7: whether a story has a dated article, set on every save. An undated story's
-- span is its articles' ingestion: the newest-first pages list it after the dated ones.
ALTER TABLE stories ADD COLUMN IF NOT EXISTS dated BOOLEAN;
UPDATE stories s SET dated = EXISTS (SELECT 1 FROM story_articles sa
    JOIN articles a ON a.id = sa.article_id
    WHERE sa.story_id = s.id AND a.published IS NOT NULL) WHERE s.dated IS NULL;
CREATE INDEX IF NOT EXISTS stories_dated_recent
    ON stories(dated DESC NULLS LAST, last_at DESC NULLS LAST, id DESC);

-- Version 8: a run's warnings (read and kept, but check them) are kept beside its
-- problems, told apart by `kind` (contrasta/model.py, REPORT_KINDS); older rows are problems.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS warnings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE problems ADD COLUMN IF NOT EXISTS kind TEXT NOT NULL DEFAULT '{problem}';

-- Written last: once a version is here, later opens skip this script (and its locks).
CREATE TABLE IF NOT EXISTS contrasta_schema (version INTEGER PRIMARY KEY);
INSERT INTO contrasta_schema(version) VALUES (8) ON CONFLICT DO NOTHING;
