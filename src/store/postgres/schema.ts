/**
 * PostgreSQL schema: the same tables and numbered migrations as the SQLite store (migration n here does what
 * SQLite's MIGRATIONS[n-1] does), plus what PostgreSQL needs instead of SQLite's rowid and FTS5: a `seq` column
 * for storage order, a generated tsvector with a GIN index for article search, pg_trgm and unaccent for entity
 * names, and a revision sequence bumped by every writing statement. Applied version is in `dossier_schema`.
 * @module
 */

/** Text columns compared or ordered like SQLite's BINARY collation, whatever the database's locale. */
const C = 'TEXT COLLATE "C"'

export const PG_MIGRATIONS: readonly string[] = [
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE OR REPLACE FUNCTION dossier_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;
  DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'dossier') THEN
      CREATE TEXT SEARCH CONFIGURATION dossier (COPY = simple);
      ALTER TEXT SEARCH CONFIGURATION dossier ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
        WITH unaccent, simple;
    END IF;
  END $$;
  CREATE SEQUENCE dossier_revision;
  CREATE OR REPLACE FUNCTION dossier_bump() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM nextval('dossier_revision'); RETURN NULL; END $$;
  CREATE TABLE articles (
    seq BIGSERIAL UNIQUE,
    id ${C} PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    simhash TEXT,
    simhash_bits BIT(64),
    near_dup_of TEXT,
    title TEXT, outlet TEXT, url TEXT, author TEXT, published TEXT, dateline TEXT, source TEXT,
    text TEXT NOT NULL,
    json TEXT NOT NULL,
    ingested_at ${C} NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('dossier', coalesce(title, '')), 'A') || setweight(to_tsvector('dossier', text), 'B')) STORED
  );
  CREATE INDEX articles_tsv ON articles USING gin (tsv);
  CREATE INDEX articles_ingested ON articles (ingested_at, id);
  CREATE TABLE mentions (
    seq BIGSERIAL,
    id ${C} PRIMARY KEY,
    article_id ${C} NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, type TEXT NOT NULL, kind TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX mentions_article ON mentions(article_id, start, "end", seq);
  CREATE TABLE events (seq BIGSERIAL, id ${C} PRIMARY KEY, article_id ${C} NOT NULL REFERENCES articles(id), cameo TEXT NOT NULL, json TEXT NOT NULL);
  CREATE INDEX events_article ON events(article_id);
  CREATE TABLE claims (seq BIGSERIAL, id ${C} PRIMARY KEY, article_id ${C} NOT NULL REFERENCES articles(id), json TEXT NOT NULL);
  CREATE INDEX claims_article ON claims(article_id);
  CREATE TABLE entities (id ${C} PRIMARY KEY, type TEXT NOT NULL, canonical_name ${C} NOT NULL, json TEXT NOT NULL);
  CREATE TABLE entity_names (entity_id ${C} NOT NULL, name TEXT NOT NULL);
  CREATE INDEX entity_names_name ON entity_names (lower(name));
  CREATE INDEX entity_names_fold ON entity_names USING gin (dossier_fold(name) gin_trgm_ops);
  CREATE TABLE mention_entity (seq BIGSERIAL, mention_id ${C} PRIMARY KEY, entity_id ${C} NOT NULL);
  CREATE INDEX mention_entity_entity ON mention_entity(entity_id, seq);
  CREATE TABLE judgements (
    id ${C} PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL, verdict TEXT NOT NULL, score DOUBLE PRECISION NOT NULL,
    by TEXT NOT NULL, reason TEXT, at ${C} NOT NULL
  );
  CREATE TABLE relations (id ${C} PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, json TEXT NOT NULL);
  CREATE INDEX relations_a ON relations(a);
  CREATE INDEX relations_b ON relations(b);
  CREATE TABLE clusters (id ${C} PRIMARY KEY, json TEXT NOT NULL, grade TEXT);
  CREATE TABLE journal (
    batch_id TEXT NOT NULL, item TEXT NOT NULL, seq INTEGER NOT NULL, status TEXT NOT NULL,
    article_id TEXT, error TEXT, updated_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, item)
  );
  `,
  `
  CREATE TABLE affiliations (seq BIGSERIAL, article_id ${C} NOT NULL REFERENCES articles(id), json TEXT NOT NULL);
  CREATE INDEX affiliations_article ON affiliations(article_id, seq);
  CREATE TABLE actors (id ${C} PRIMARY KEY, json TEXT NOT NULL, imported_at TEXT NOT NULL);
  CREATE TABLE places (seq BIGSERIAL, article_id ${C} NOT NULL REFERENCES articles(id), mention_id TEXT NOT NULL, json TEXT NOT NULL);
  CREATE INDEX places_article ON places(article_id, seq);
  `,
  `
  CREATE TABLE failures (
    id ${C} PRIMARY KEY, article_id TEXT, item TEXT, stage TEXT, code TEXT NOT NULL, message TEXT NOT NULL, at ${C} NOT NULL
  );
  CREATE INDEX failures_article ON failures(article_id);
  CREATE INDEX failures_item ON failures(item);
  CREATE TABLE article_stages (article_id ${C} NOT NULL REFERENCES articles(id), stage ${C} NOT NULL, PRIMARY KEY (article_id, stage));
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO meta (key, value) SELECT 'aggregate_pending', '1' WHERE EXISTS (SELECT 1 FROM articles);
  `,
  `
  CREATE TABLE article_syntax (article_id ${C} PRIMARY KEY REFERENCES articles(id), parser TEXT NOT NULL, json TEXT NOT NULL);
  `,
  `
  CREATE TABLE sentences (article_id ${C} NOT NULL REFERENCES articles(id), seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq));
  CREATE INDEX sentences_start ON sentences(article_id, start);
  `,
  `
  CREATE TABLE mention_signatures (seq BIGSERIAL, mention_id ${C} PRIMARY KEY, article_id ${C} NOT NULL REFERENCES articles(id), signature ${C} NOT NULL);
  CREATE INDEX mention_signatures_article ON mention_signatures(article_id);
  CREATE INDEX mention_signatures_signature ON mention_signatures(signature, article_id);
  CREATE TABLE signed_articles (article_id ${C} PRIMARY KEY REFERENCES articles(id));
  CREATE TABLE signature_entity (signature ${C} PRIMARY KEY, entity_id ${C} NOT NULL);
  `,
]

/** Every writing statement on a store table bumps `dossier_revision` (see PostgresStore.revision). Run after each migration. */
export const REVISION_TRIGGERS = `
  DO $$ DECLARE t text; BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'dossier_schema' LOOP
      IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = t || '_revision' AND NOT tgisinternal) THEN
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION dossier_bump()',
          t || '_revision', t);
      END IF;
    END LOOP;
  END $$;
`
