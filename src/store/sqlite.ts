/**
 * SQLite adapter (better-sqlite3, WAL). One file, zero set-up. Migrations are
 * numbered and tracked in `PRAGMA user_version`.
 * @module
 */
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { DossierError, hashId, isDossierError } from '../model/index.js'
import type { Affiliation, Article, Claim, DocSyntax, Entity, Event, EventCluster, Grade, Judgement, Mention, Relation, Sentence } from '../model/index.js'
import type { KbActor } from '../kb/actors.js'
import { checkQuery } from './query.js'
import type {
  ArticleAnalysis, ArticleSummary, ClusterGrade, EntitySummary, FailureRecord, JournalItem, JournalStatus, NewFailure, ResolutionResult, Store,
  StoredDoc, StoredPlace,
  ArticleDates, ArticleHit, ArticlePageOptions,
} from './store.js'
import type { ArticleSignatureRows, ClaimRecord, EventRecord, ReadModelKeys, SignatureRecord } from './store.js'
import { clustersByIds, entitySummaries, readModelKeys, scanMentionsOfEntities } from './sqlite-read-keys.js'
import { decodeSyntax, encodeSyntax } from './syntax-codec.js'

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    simhash TEXT,
    near_dup_of TEXT,
    title TEXT, outlet TEXT, url TEXT, author TEXT, published TEXT, dateline TEXT, source TEXT,
    text TEXT NOT NULL,
    json TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, type TEXT NOT NULL, kind TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX mentions_article ON mentions(article_id);
  CREATE TABLE events (id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), cameo TEXT NOT NULL, json TEXT NOT NULL);
  CREATE INDEX events_article ON events(article_id);
  CREATE TABLE claims (id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), json TEXT NOT NULL);
  CREATE INDEX claims_article ON claims(article_id);
  CREATE TABLE entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, canonical_name TEXT NOT NULL, json TEXT NOT NULL
  );
  CREATE TABLE entity_names (entity_id TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE);
  CREATE INDEX entity_names_name ON entity_names(name);
  CREATE TABLE mention_entity (mention_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL);
  CREATE INDEX mention_entity_entity ON mention_entity(entity_id);
  CREATE TABLE judgements (
    id TEXT PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL, verdict TEXT NOT NULL, score REAL NOT NULL,
    by TEXT NOT NULL, reason TEXT, at TEXT NOT NULL
  );
  CREATE TABLE relations (id TEXT PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, json TEXT NOT NULL);
  CREATE INDEX relations_a ON relations(a);
  CREATE INDEX relations_b ON relations(b);
  CREATE TABLE clusters (id TEXT PRIMARY KEY, json TEXT NOT NULL, grade TEXT);
  CREATE TABLE journal (
    batch_id TEXT NOT NULL, item TEXT NOT NULL, seq INTEGER NOT NULL, status TEXT NOT NULL,
    article_id TEXT, error TEXT, updated_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, item)
  );
  `,
  `
  CREATE TABLE affiliations (article_id TEXT NOT NULL REFERENCES articles(id), json TEXT NOT NULL);
  CREATE INDEX affiliations_article ON affiliations(article_id);
  CREATE TABLE actors (id TEXT PRIMARY KEY, json TEXT NOT NULL, imported_at TEXT NOT NULL);
  CREATE TABLE places (article_id TEXT NOT NULL REFERENCES articles(id), mention_id TEXT NOT NULL, json TEXT NOT NULL);
  CREATE INDEX places_article ON places(article_id);
  `,
  `
  CREATE TABLE failures (
    id TEXT PRIMARY KEY, article_id TEXT, item TEXT, stage TEXT, code TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL
  );
  CREATE INDEX failures_article ON failures(article_id);
  CREATE INDEX failures_item ON failures(item);
  CREATE TABLE article_stages (article_id TEXT NOT NULL REFERENCES articles(id), stage TEXT NOT NULL, PRIMARY KEY (article_id, stage));
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO meta (key, value) SELECT 'aggregate_pending', '1' WHERE EXISTS (SELECT 1 FROM articles);
  `,
  `
  CREATE TABLE article_syntax (article_id TEXT PRIMARY KEY REFERENCES articles(id), parser TEXT NOT NULL, json TEXT NOT NULL);
  `,
  `
  CREATE TABLE sentences (article_id TEXT NOT NULL REFERENCES articles(id), seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq));
  CREATE INDEX sentences_start ON sentences(article_id, start);
  `,
  `
  CREATE TABLE mention_signatures (mention_id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), signature TEXT NOT NULL);
  CREATE INDEX mention_signatures_article ON mention_signatures(article_id);
  CREATE INDEX mention_signatures_signature ON mention_signatures(signature, article_id);
  CREATE TABLE signed_articles (article_id TEXT PRIMARY KEY REFERENCES articles(id));
  CREATE TABLE signature_entity (signature TEXT PRIMARY KEY, entity_id TEXT NOT NULL);
  `,
]

type Row = Record<string, unknown>

/** Event id → the cluster listing it (clusters keep their events in JSON). */
const EVENT_CLUSTER = "SELECT j.value AS event_id, min(c.id) AS cluster_id FROM clusters c, json_each(c.json, '$.eventIds') j GROUP BY j.value"

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const
  readonly path: string
  private readonly db: Database.Database

  constructor(path: string) {
    this.path = path
    let db: Database.Database | undefined
    try {
      db = new Database(path)
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = NORMAL')
      db.pragma('foreign_keys = ON')
      this.db = db
      this.migrate()
    } catch (e) {
      db?.close()
      if (isDossierError(e)) throw e
      throw new DossierError('E_STORE', `cannot open database ${path}: ${(e as Error).message}`, {
        cause: e, context: { path }, hint: 'check the path is writable and is a Dossier SQLite file',
      })
    }
  }

  /**
   * Each step runs in an IMMEDIATE transaction that re-reads the version inside it, so processes opening a new
   * file at once (workers starting together) wait for each other instead of racing to create the same tables.
   */
  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number
    if (version > MIGRATIONS.length) {
      throw new DossierError('E_STORE', `database ${this.path} has schema version ${version}, newer than this Dossier (${MIGRATIONS.length})`, {
        hint: 'upgrade Dossier',
      })
    }
    const step = this.db.transaction((): boolean => {
      const v = this.db.pragma('user_version', { simple: true }) as number
      if (v >= MIGRATIONS.length) return false
      this.db.exec(MIGRATIONS[v]!)
      this.db.pragma(`user_version = ${v + 1}`)
      return true
    })
    while (step.immediate()) { /* next migration */ }
  }

  async hasArticle(contentHash: string): Promise<string | undefined> {
    const r = this.stmt('SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as Row | undefined
    return r ? String(r['id']) : undefined
  }

  /** Statements of the save path, compiled once per connection (SQLite compiles a statement on every prepare). */
  private readonly prepared = new Map<string, Database.Statement>()
  private stmt(sql: string): Database.Statement {
    let st = this.prepared.get(sql)
    if (!st) { st = this.db.prepare(sql); this.prepared.set(sql, st) }
    return st
  }

  async saveDoc(doc: StoredDoc): Promise<boolean> {
    const a = doc.article
    const insert = this.db.transaction((): boolean => {
      const exists = this.stmt('SELECT 1 FROM articles WHERE id = ? OR content_hash = ?').get(a.id, a.contentHash)
      if (exists) return false
      this.stmt(`INSERT INTO articles (id, content_hash, simhash, near_dup_of, title, outlet, url, author, published, dateline, source, text, json, ingested_at)
        VALUES (@id, @contentHash, @simhash, @nearDupOf, @title, @outlet, @url, @author, @published, @dateline, @source, @text, @json, @ingestedAt)`).run({
        id: a.id, contentHash: a.contentHash, simhash: a.simhash ?? null, nearDupOf: a.nearDupOf ?? null,
        title: a.title ?? null, outlet: a.outlet ?? null, url: a.url ?? null, author: a.author ?? null,
        published: a.published ?? null, dateline: a.dateline ?? null, source: a.source ?? null, text: a.text,
        json: JSON.stringify({ ...a, text: undefined }), ingestedAt: a.ingestedAt ?? new Date().toISOString(),
      })
      this.insertAnnotations(doc)
      return true
    })
    const added = insert.immediate()
    return added
  }

  /** Annotations, stage keys and failures of one article; marks aggregation pending. Call inside a transaction. */
  private insertAnnotations(doc: StoredDoc): void {
    const a = doc.article
    const m = this.stmt('INSERT OR IGNORE INTO mentions (id, article_id, start, "end", text, type, kind, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    for (const x of doc.mentions) m.run(x.id, x.articleId, x.start, x.end, x.text, x.type, x.kind, JSON.stringify(x))
    const e = this.stmt('INSERT OR IGNORE INTO events (id, article_id, cameo, json) VALUES (?, ?, ?, ?)')
    for (const x of doc.events) e.run(x.id, x.articleId, x.cameo, JSON.stringify(x))
    const c = this.stmt('INSERT OR IGNORE INTO claims (id, article_id, json) VALUES (?, ?, ?)')
    for (const x of doc.claims) c.run(x.id, x.articleId, JSON.stringify(x))
    const f = this.stmt('INSERT INTO affiliations (article_id, json) VALUES (?, ?)')
    for (const x of doc.affiliations ?? []) f.run(a.id, JSON.stringify(x))
    const pl = this.stmt('INSERT INTO places (article_id, mention_id, json) VALUES (?, ?, ?)')
    for (const x of doc.places ?? []) pl.run(a.id, x.mentionId, JSON.stringify(x))
    if (doc.syntax) this.stmt('INSERT OR REPLACE INTO article_syntax (article_id, parser, json) VALUES (?, ?, ?)').run(a.id, doc.syntax.parser, encodeSyntax(doc.syntax))
    const se = this.stmt('INSERT OR REPLACE INTO sentences (article_id, seq, start, "end") VALUES (?, ?, ?, ?)')
    ;(doc.sentences ?? []).forEach((x, i) => se.run(a.id, i, x.start, x.end))
    const st = this.stmt('INSERT OR IGNORE INTO article_stages (article_id, stage) VALUES (?, ?)')
    for (const k of doc.stages ?? []) st.run(a.id, k)
    for (const x of doc.failures ?? []) this.insertFailure({ ...x, articleId: a.id })
    this.stmt("INSERT OR REPLACE INTO meta (key, value) VALUES ('aggregate_pending', '1')").run()
  }

  private insertFailure(f: NewFailure): void {
    const id = hashId('failure', `a:${f.articleId ?? ''}`, `i:${f.item ?? ''}`, `s:${f.stage ?? ''}`)
    this.stmt('INSERT OR REPLACE INTO failures (id, article_id, item, stage, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, f.articleId ?? null, f.item ?? null, f.stage ?? null, f.code, f.message, new Date().toISOString())
  }

  async replaceDoc(doc: StoredDoc): Promise<void> {
    const id = doc.article.id
    this.db.transaction(() => {
      if (!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id)) {
        throw new DossierError('E_NOT_FOUND', `no stored article ${id} to re-save`, { hint: 'ingest it first' })
      }
      // mention_entity rows of the old mentions are replaced at the next aggregation (pending from here)
      this.db.prepare('DELETE FROM mention_entity WHERE mention_id IN (SELECT mention_id FROM mention_signatures WHERE article_id = ?)').run(id)
      for (const t of ['mentions', 'events', 'claims', 'affiliations', 'places', 'sentences', 'article_syntax', 'article_stages', 'failures', 'mention_signatures', 'signed_articles']) {
        this.db.prepare(`DELETE FROM ${t} WHERE article_id = ?`).run(id)
      }
      this.insertAnnotations(doc)
    }).immediate()
  }

  async recordFailure(f: NewFailure): Promise<void> {
    this.insertFailure(f)
  }

  /**
   * Called before every item is ingested, by every worker: a read through the indexes decides whether there is
   * anything to delete, so the common case (no failure recorded) takes no write lock from concurrent savers.
   */
  async clearFailures(where: { articleId?: string; item?: string; part?: string }): Promise<void> {
    // a URL that failed as a feed's part (`feed.xml#url`) and was then ingested by itself
    if (where.part !== undefined) this.stmt("DELETE FROM failures WHERE article_id IS NULL AND substr(item, -(length(?) + 1)) = '#' || ?").run(where.part, where.part)
    if (where.articleId !== undefined && this.stmt('SELECT 1 FROM failures WHERE article_id = ? LIMIT 1').get(where.articleId)) {
      this.stmt('DELETE FROM failures WHERE article_id = ?').run(where.articleId)
    }
    // an item's parts (a feed's articles) are recorded as `item#part`: the names from `item#` up to `item$` ('#' + 1)
    const itemWhere = "article_id IS NULL AND (item = ? OR (item >= ? || '#' AND item < ? || '$'))"
    if (where.item !== undefined && this.stmt(`SELECT 1 FROM failures WHERE ${itemWhere} LIMIT 1`).get(where.item, where.item, where.item)) {
      this.stmt(`DELETE FROM failures WHERE ${itemWhere}`).run(where.item, where.item, where.item)
    }
  }

  async failures(opts: { limit?: number; offset?: number } = {}): Promise<FailureRecord[]> {
    const rows = this.db.prepare('SELECT * FROM failures ORDER BY at DESC, id LIMIT ? OFFSET ?').all(opts.limit ?? -1, opts.offset ?? 0) as Row[]
    return rows.map((r) => ({
      id: String(r['id']), articleId: opt(r['article_id']), item: opt(r['item']), stage: opt(r['stage']),
      code: String(r['code']), message: String(r['message']), at: String(r['at']),
    }))
  }

  async countFailures(): Promise<number> {
    return Number((this.db.prepare('SELECT count(*) AS n FROM failures').get() as Row)['n'])
  }

  async articleAnalyses(opts: { since?: string } = {}): Promise<ArticleAnalysis[]> {
    const rows = this.db.prepare(`SELECT a.id, a.ingested_at,
        (SELECT group_concat(stage, ' ') FROM article_stages s WHERE s.article_id = a.id) AS stages,
        (SELECT count(*) FROM failures f WHERE f.article_id = a.id) AS failures
      FROM articles a WHERE a.ingested_at >= ? ORDER BY a.ingested_at, a.id`).all(opts.since ?? '') as Row[]
    return rows.map((r) => ({
      id: String(r['id']), ingestedAt: String(r['ingested_at']),
      stages: r['stages'] ? String(r['stages']).split(' ').sort() : [], failures: Number(r['failures']),
    }))
  }

  async aggregatePending(): Promise<boolean> {
    const r = this.db.prepare("SELECT value FROM meta WHERE key = 'aggregate_pending'").get() as Row | undefined
    // '1' (saved since) or 'running:<token>' (a run began and has not ended) are pending; '0' is not
    return r !== undefined && r['value'] !== '0'
  }

  async beginAggregation(): Promise<string> {
    const token = randomBytes(8).toString('hex')
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('aggregate_pending', ?)").run(`running:${token}`)
    return token
  }

  async endAggregation(token: string): Promise<boolean> {
    // every save writes '1' over the run's token, so a save since the run began leaves the flag set
    return this.db.prepare("UPDATE meta SET value = '0' WHERE key = 'aggregate_pending' AND value = ?").run(`running:${token}`).changes === 1
  }

  async setAggregatePending(pending: boolean): Promise<void> {
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('aggregate_pending', ?)").run(pending ? '1' : '0')
  }

  async saveAggregateSummary(json: string): Promise<void> {
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('aggregate_summary', ?)").run(json)
  }

  async aggregateSummary(): Promise<string | undefined> {
    const r = this.db.prepare("SELECT value FROM meta WHERE key = 'aggregate_summary'").get() as Row | undefined
    return r ? String(r['value']) : undefined
  }

  async getArticle(id: string): Promise<Article | undefined> {
    const r = this.db.prepare('SELECT text, json FROM articles WHERE id = ?').get(id) as Row | undefined
    if (!r) return undefined
    return { ...(JSON.parse(String(r['json'])) as Omit<Article, 'text'>), text: String(r['text']) }
  }

  async listArticles(opts: { q?: string; limit?: number } = {}): Promise<ArticleSummary[]> {
    const limit = opts.limit ?? 1000
    if (opts.q) checkQuery(opts.q) // '' is no filter; whitespace alone is no query
    const rows = (opts.q
      ? this.db.prepare(`SELECT a.id, a.title, a.outlet, a.published, a.source, a.near_dup_of FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
          WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(ftsQuery(opts.q), limit)
      : this.db.prepare('SELECT id, title, outlet, published, source, near_dup_of FROM articles ORDER BY ingested_at, id LIMIT ?').all(limit)) as Row[]
    return rows.map((r) => ({
      id: String(r['id']), title: opt(r['title']), outlet: opt(r['outlet']), published: opt(r['published']),
      source: opt(r['source']), nearDupOf: opt(r['near_dup_of']),
    }))
  }

  /** Simhashes of stored articles as 32-bit halves, loaded once and kept up to date by saveDoc. */
  private simhashes: { ids: string[]; hi: number[]; lo: number[]; lastRowid: number } | undefined

  /**
   * The simhashes of stored articles, brought up to date on every call (rows past the last one read), so an
   * article another process stored a moment ago is a candidate too: concurrent ingests see each other's copies.
   */
  private simhashIndex(): { ids: string[]; hi: number[]; lo: number[] } {
    const index = this.simhashes ?? (this.simhashes = { ids: [], hi: [], lo: [], lastRowid: 0 })
    for (const r of this.stmt('SELECT rowid AS r, id, simhash FROM articles WHERE rowid > ? AND simhash IS NOT NULL ORDER BY rowid').all(index.lastRowid) as Row[]) {
      addSimhash(index, String(r['id']), String(r['simhash']))
      index.lastRowid = Number(r['r'])
    }
    return index
  }

  async nearDuplicates(simhash: string, maxDistance: number): Promise<string[]> {
    const { ids, hi, lo } = this.simhashIndex()
    const h = parseInt(simhash.slice(0, 8), 16) | 0
    const l = parseInt(simhash.slice(8, 16), 16) | 0
    const out: string[] = []
    for (let i = 0; i < ids.length; i++) {
      if (popcount32(h ^ hi[i]!) + popcount32(l ^ lo[i]!) <= maxDistance) out.push(ids[i]!)
    }
    return out
  }

  async countArticles(): Promise<number> {
    return Number((this.db.prepare('SELECT count(*) AS n FROM articles').get() as Row)['n'])
  }

  async allMentions(): Promise<Mention[]> {
    return (this.db.prepare('SELECT json FROM mentions ORDER BY article_id, start, "end"').all() as Row[]).map(parseJson<Mention>)
  }

  async mentionsOf(articleId: string): Promise<Mention[]> {
    return (this.db.prepare('SELECT json FROM mentions WHERE article_id = ? ORDER BY start, "end"').all(articleId) as Row[]).map(parseJson<Mention>)
  }

  async eventsOf(articleId?: string): Promise<Event[]> {
    const rows = articleId === undefined
      ? this.db.prepare('SELECT json FROM events ORDER BY article_id, id').all()
      : this.db.prepare('SELECT json FROM events WHERE article_id = ? ORDER BY id').all(articleId)
    return (rows as Row[]).map(parseJson<Event>).sort((a, b) => a.articleId.localeCompare(b.articleId) || a.cue.start - b.cue.start)
  }

  async claimsOf(articleId?: string): Promise<Claim[]> {
    const rows = articleId === undefined
      ? this.db.prepare('SELECT json FROM claims ORDER BY article_id, id').all()
      : this.db.prepare('SELECT json FROM claims WHERE article_id = ? ORDER BY id').all(articleId)
    return (rows as Row[]).map(parseJson<Claim>).sort((a, b) => a.articleId.localeCompare(b.articleId) || a.cue.start - b.cue.start)
  }

  async affiliationsOf(articleId?: string): Promise<Affiliation[]> {
    const rows = articleId === undefined
      ? this.db.prepare('SELECT json FROM affiliations ORDER BY article_id, rowid').all()
      : this.db.prepare('SELECT json FROM affiliations WHERE article_id = ? ORDER BY rowid').all(articleId)
    return (rows as Row[]).map(parseJson<Affiliation>)
  }

  async placesOf(articleId?: string): Promise<StoredPlace[]> {
    const rows = articleId === undefined
      ? this.db.prepare('SELECT json FROM places ORDER BY article_id, rowid').all()
      : this.db.prepare('SELECT json FROM places WHERE article_id = ? ORDER BY rowid').all(articleId)
    return (rows as Row[]).map(parseJson<StoredPlace>)
  }

  async saveActors(actors: readonly KbActor[]): Promise<number> {
    const now = new Date().toISOString()
    const s = this.db.prepare('INSERT OR REPLACE INTO actors (id, json, imported_at) VALUES (?, ?, ?)')
    this.db.transaction(() => {
      for (const a of actors) s.run(a.id, JSON.stringify(a), now)
      // the knowledge base is an input of aggregation
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('aggregate_pending', '1')").run()
    }).immediate()
    return actors.length
  }

  async actors(): Promise<KbActor[]> {
    return (this.db.prepare('SELECT json FROM actors ORDER BY id').all() as Row[]).map(parseJson<KbActor>)
  }

  async saveResolution(result: ResolutionResult): Promise<void> {
    this.db.transaction(() => this.writeResolution(result)).immediate()
  }

  private writeResolution(result: ResolutionResult, replaceMentions = true): void {
    {
      if (replaceMentions) this.db.exec('DELETE FROM mention_entity')
      this.db.exec("DELETE FROM entities; DELETE FROM entity_names; DELETE FROM relations; DELETE FROM judgements WHERE by <> 'user';")
      const e = this.db.prepare('INSERT INTO entities (id, type, canonical_name, json) VALUES (?, ?, ?, ?)')
      const n = this.db.prepare('INSERT INTO entity_names (entity_id, name) VALUES (?, ?)')
      for (const x of result.entities) {
        e.run(x.id, x.type, x.canonicalName, JSON.stringify(x))
        for (const name of new Set([x.canonicalName, ...x.aliases, ...(x.kbAliases ?? [])])) n.run(x.id, name)
      }
      const me = this.db.prepare('INSERT INTO mention_entity (mention_id, entity_id) VALUES (?, ?)')
      for (const [m, en] of result.mentionEntity) me.run(m, en)
      const j = this.db.prepare('INSERT OR REPLACE INTO judgements (id, a, b, verdict, score, by, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      for (const x of result.judgements) if (x.by !== 'user') j.run(x.id, x.a, x.b, x.verdict, x.score, x.by, x.reason ?? null, x.at)
      const r = this.db.prepare('INSERT OR REPLACE INTO relations (id, a, b, kind, json) VALUES (?, ?, ?, ?, ?)')
      for (const x of result.relations) r.run(x.id, x.a, x.b, x.kind, JSON.stringify(x))
    }
  }

  async listEntities(opts: { type?: string; q?: string; limit?: number; offset?: number } = {}): Promise<EntitySummary[]> {
    const { where, params } = entityFilter(opts)
    params.push(opts.limit ?? 10000, opts.offset ?? 0)
    const rows = this.db.prepare(`SELECT e.json, count(me.mention_id) AS mentions, count(DISTINCT m.article_id) AS articles
      FROM entities e LEFT JOIN mention_entity me ON me.entity_id = e.id LEFT JOIN mentions m ON m.id = me.mention_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      GROUP BY e.id ORDER BY mentions DESC, e.canonical_name, e.id LIMIT ? OFFSET ?`).all(...params) as Row[]
    return rows.map((r) => ({ ...parseJson<Entity>(r), mentionCount: Number(r['mentions']), articleCount: Number(r['articles']) }))
  }

  async countEntities(opts: { type?: string; q?: string } = {}): Promise<number> {
    const { where, params } = entityFilter(opts)
    return Number((this.db.prepare(`SELECT count(*) AS n FROM entities e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).get(...params) as Row)['n'])
  }

  async getEntity(id: string): Promise<Entity | undefined> {
    const r = this.db.prepare('SELECT json FROM entities WHERE id = ?').get(id) as Row | undefined
    return r ? parseJson<Entity>(r) : undefined
  }

  async findEntities(name: string): Promise<Entity[]> {
    const rows = this.db.prepare(`SELECT DISTINCT e.json FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.name = ?
      ORDER BY e.canonical_name`).all(name) as Row[]
    return rows.map(parseJson<Entity>)
  }

  async mentionsOfEntity(entityId: string): Promise<Mention[]> {
    return (this.db.prepare(`SELECT m.json FROM mention_entity me JOIN mentions m ON m.id = me.mention_id WHERE me.entity_id = ?
      ORDER BY m.article_id, m.start`).all(entityId) as Row[]).map(parseJson<Mention>)
  }

  async entityOfMention(mentionId: string): Promise<string | undefined> {
    const r = this.db.prepare('SELECT entity_id FROM mention_entity WHERE mention_id = ?').get(mentionId) as Row | undefined
    return r ? String(r['entity_id']) : undefined
  }

  async relations(entityId?: string): Promise<Relation[]> {
    const rows = entityId === undefined
      ? this.db.prepare('SELECT json FROM relations ORDER BY id').all()
      : this.db.prepare('SELECT json FROM relations WHERE a = ? OR b = ? ORDER BY id').all(entityId, entityId)
    return (rows as Row[]).map(parseJson<Relation>)
  }

  async judgements(by?: Judgement['by']): Promise<Judgement[]> {
    const rows = by === undefined
      ? this.db.prepare('SELECT * FROM judgements ORDER BY at, id').all()
      : this.db.prepare('SELECT * FROM judgements WHERE by = ? ORDER BY at, id').all(by)
    return (rows as Row[]).map(judgementOf)
  }

  private userJudgement(id: string): Judgement | undefined {
    const r = this.db.prepare("SELECT * FROM judgements WHERE id = ? AND by = 'user'").get(id) as Row | undefined
    return r ? judgementOf(r) : undefined
  }

  private putJudgement(j: Judgement): void {
    this.db.prepare('INSERT OR REPLACE INTO judgements (id, a, b, verdict, score, by, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(j.id, j.a, j.b, j.verdict, j.score, j.by, j.reason ?? null, j.at)
    // a user's judgement is an input of aggregation
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('aggregate_pending', '1')").run()
  }

  async addJudgement(j: Judgement): Promise<void> {
    this.db.transaction(() => {
      const before = j.by === 'user' ? this.userJudgement(j.id) : undefined
      if (before) this.setUndoStack(j.id, [...this.undoStack(j.id), before])
      this.putJudgement(j)
    }).immediate()
  }

  private undoStack(id: string): Judgement[] {
    const r = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(`${UNDO_KEY}${id}`) as Row | undefined
    return r ? JSON.parse(String(r['value'])) as Judgement[] : []
  }

  private setUndoStack(id: string, stack: readonly Judgement[]): void {
    if (stack.length) this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(`${UNDO_KEY}${id}`, JSON.stringify(stack))
    else this.db.prepare('DELETE FROM meta WHERE key = ?').run(`${UNDO_KEY}${id}`)
  }

  async undoJudgement(id: string): Promise<{ removed: Judgement; restored?: Judgement | undefined } | undefined> {
    return this.db.transaction(() => {
      const removed = this.userJudgement(id)
      if (!removed) return undefined
      const stack = this.undoStack(id)
      const restored = stack.pop()
      if (restored) this.putJudgement(restored)
      else {
        this.db.prepare('DELETE FROM judgements WHERE id = ?').run(id)
        this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('aggregate_pending', '1')").run()
      }
      this.setUndoStack(id, stack)
      return { removed, restored }
    }).immediate()
  }

  async saveClusters(clusters: readonly EventCluster[], grades: readonly ClusterGrade[]): Promise<void> {
    const byId = new Map(grades.map((g) => [g.clusterId, g.grade]))
    this.db.transaction(() => {
      // only the rows that changed are written: an aggregation that regroups a few events rewrites a few rows
      const old = new Map((this.db.prepare('SELECT id, json, grade FROM clusters').raw(true).all() as unknown[][])
        .map((r) => [String(r[0]), `${String(r[1])}\u0000${r[2] === null ? '' : String(r[2])}`]))
      const put = this.db.prepare('INSERT OR REPLACE INTO clusters (id, json, grade) VALUES (?, ?, ?)')
      const del = this.db.prepare('DELETE FROM clusters WHERE id = ?')
      const kept = new Set<string>()
      for (const c of clusters) {
        const g = byId.get(c.id)
        const json = JSON.stringify(c)
        const grade = g ? JSON.stringify(g) : null
        kept.add(c.id)
        if (old.get(c.id) !== `${json}\u0000${grade ?? ''}`) put.run(c.id, json, grade)
      }
      for (const id of old.keys()) if (!kept.has(id)) del.run(id)
    }).immediate()
  }

  async clusters(): Promise<Array<EventCluster & { grade?: Grade | undefined }>> {
    const rows = this.db.prepare('SELECT json, grade FROM clusters ORDER BY id').all() as Row[]
    return rows.map((r) => ({ ...parseJson<EventCluster>(r), grade: r['grade'] ? (JSON.parse(String(r['grade'])) as Grade) : undefined }))
  }

  async journalStart(batchId: string, items: readonly string[]): Promise<void> {
    const now = new Date().toISOString()
    const ins = this.db.prepare("INSERT OR IGNORE INTO journal (batch_id, item, seq, status, updated_at) VALUES (?, ?, ?, 'pending', ?)")
    this.db.transaction(() => { items.forEach((it, i) => ins.run(batchId, it, i, now)) }).immediate()
  }

  async journalPending(batchId: string): Promise<string[]> {
    return (this.db.prepare("SELECT item FROM journal WHERE batch_id = ? AND status IN ('pending', 'failed') ORDER BY seq").all(batchId) as Row[])
      .map((r) => String(r['item']))
  }

  async journalReset(batchId: string): Promise<void> {
    this.db.prepare("UPDATE journal SET status = 'pending', article_id = NULL, error = NULL, updated_at = ? WHERE batch_id = ?")
      .run(new Date().toISOString(), batchId)
  }

  async journalMark(batchId: string, item: string, status: JournalStatus, detail: { articleId?: string; error?: string } = {}): Promise<void> {
    this.db.prepare('UPDATE journal SET status = ?, article_id = ?, error = ?, updated_at = ? WHERE batch_id = ? AND item = ?')
      .run(status, detail.articleId ?? null, detail.error ?? null, new Date().toISOString(), batchId, item)
  }

  async journal(batchId: string): Promise<JournalItem[]> {
    return (this.db.prepare('SELECT * FROM journal WHERE batch_id = ? ORDER BY seq').all(batchId) as Row[]).map((r) => ({
      batchId: String(r['batch_id']), item: String(r['item']), status: String(r['status']) as JournalStatus,
      articleId: opt(r['article_id']), error: opt(r['error']),
    }))
  }

  async close(): Promise<void> {
    this.db.close()
  }

  async *iterateArticles(): AsyncGenerator<Article> {
    for (const r of this.db.prepare('SELECT text, json FROM articles ORDER BY rowid').iterate() as Iterable<Row>) {
      yield { ...(JSON.parse(String(r['json'])) as Omit<Article, 'text'>), text: String(r['text']) }
    }
  }

  async *iterateEvents(): AsyncGenerator<EventRecord> {
    // read-only (another export may be iterating on this connection): SQLite materialises event → cluster once and
    // indexes it automatically, so the join stays linear
    const rows = this.db.prepare(`WITH x AS (${EVENT_CLUSTER}) SELECT e.json, c.json AS cluster, c.grade FROM events e
      LEFT JOIN x ON x.event_id = e.id LEFT JOIN clusters c ON c.id = x.cluster_id ORDER BY e.rowid`).iterate() as Iterable<Row>
    for (const r of rows) {
      yield {
        event: parseJson<Event>(r),
        cluster: r['cluster'] ? (JSON.parse(String(r['cluster'])) as EventCluster) : undefined,
        grade: r['grade'] ? (JSON.parse(String(r['grade'])) as Grade) : undefined,
      }
    }
  }

  async *iterateClaims(): AsyncGenerator<ClaimRecord> {
    const rows = this.db.prepare(`WITH x AS (${EVENT_CLUSTER})
      SELECT cl.json, json_group_array(json_object('cluster', json(c.json), 'grade', json(c.grade))) FILTER (WHERE c.id IS NOT NULL) AS clusters
      FROM claims cl LEFT JOIN json_each(cl.json, '$.about') a LEFT JOIN x ON x.event_id = a.value LEFT JOIN clusters c ON c.id = x.cluster_id
      GROUP BY cl.rowid ORDER BY cl.rowid`).iterate() as Iterable<Row>
    for (const r of rows) {
      const clusters = JSON.parse(String(r['clusters'] ?? '[]')) as Array<{ cluster: EventCluster; grade: Grade | null }>
      const seen = new Set<string>()
      yield {
        claim: parseJson<Claim>(r),
        clusters: clusters.filter((c) => !seen.has(c.cluster.id) && seen.add(c.cluster.id)).map((c) => ({ cluster: c.cluster, grade: c.grade ?? undefined })),
      }
    }
  }

  async *iterateEntities(): AsyncGenerator<Entity> {
    for (const r of this.db.prepare('SELECT json FROM entities ORDER BY id').iterate() as Iterable<Row>) yield parseJson<Entity>(r)
  }

  async *iterateRelations(): AsyncGenerator<Relation> {
    for (const r of this.db.prepare('SELECT json FROM relations ORDER BY id').iterate() as Iterable<Row>) yield parseJson<Relation>(r)
  }

  async *iterateClusters(): AsyncGenerator<EventCluster & { grade?: Grade | undefined }> {
    for (const r of this.db.prepare('SELECT json, grade FROM clusters ORDER BY id').iterate() as Iterable<Row>) {
      yield { ...parseJson<EventCluster>(r), grade: r['grade'] ? (JSON.parse(String(r['grade'])) as Grade) : undefined }
    }
  }

  async mentionEntitiesOf(articleId: string): Promise<Record<string, string>> {
    const rows = this.db.prepare(`SELECT me.mention_id, me.entity_id FROM mentions m JOIN mention_entity me ON me.mention_id = m.id
      WHERE m.article_id = ? ORDER BY m.start, m."end", m.id`).all(articleId) as Row[]
    return Object.fromEntries(rows.map((r) => [String(r['mention_id']), String(r['entity_id'])]))
  }

  async syntaxOf(articleId: string): Promise<DocSyntax | undefined> {
    const r = this.db.prepare('SELECT json FROM article_syntax WHERE article_id = ?').get(articleId) as Row | undefined
    return r ? decodeSyntax(String(r['json'])) : undefined
  }

  // ---- read API

  async revision(): Promise<string> {
    // data_version moves on other connections' commits, total_changes() on this connection's writes
    const dv = this.db.pragma('data_version', { simple: true }) as number
    const tc = (this.db.prepare('SELECT total_changes() AS n').get() as Row)['n']
    return `${dv}.${String(tc)}`
  }

  async sentencesOf(articleId: string): Promise<Sentence[]> {
    return (this.db.prepare('SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY seq').all(articleId) as Row[])
      .map((r) => ({ start: Number(r['start']), end: Number(r['end']) }))
  }

  async sentenceAt(articleId: string, start: number, end: number): Promise<Sentence | undefined> {
    const r = this.db.prepare('SELECT start, "end" FROM sentences WHERE article_id = ? AND start <= ? ORDER BY start DESC LIMIT 1')
      .get(articleId, start) as Row | undefined
    return r && Number(r['end']) >= end ? { start: Number(r['start']), end: Number(r['end']) } : undefined
  }

  private byIds<T>(table: 'events' | 'claims' | 'mentions', ids: readonly string[]): T[] {
    const out: T[] = []
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      const rows = this.db.prepare(`SELECT json FROM ${table} WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Row[]
      out.push(...rows.map(parseJson<T>))
    }
    return out
  }

  async eventsByIds(ids: readonly string[]): Promise<Event[]> { return this.byIds<Event>('events', ids) }
  async claimsByIds(ids: readonly string[]): Promise<Claim[]> { return this.byIds<Claim>('claims', ids) }
  async mentionsByIds(ids: readonly string[]): Promise<Mention[]> { return this.byIds<Mention>('mentions', ids) }

  async mentionEntities(ids?: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    const put = (rows: Iterable<Row>) => { for (const r of rows) out.set(String(r['mention_id']), String(r['entity_id'])) }
    if (!ids) { put(this.db.prepare('SELECT mention_id, entity_id FROM mention_entity ORDER BY rowid').iterate() as Iterable<Row>); return out }
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      put(this.db.prepare(`SELECT mention_id, entity_id FROM mention_entity WHERE mention_id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Row[])
    }
    return out
  }

  async articlesPage(opts: ArticlePageOptions): Promise<{ total: number; items: ArticleSummary[] }> {
    const where: string[] = []
    const params: unknown[] = []
    if (opts.outlet) { where.push('outlet = ? COLLATE NOCASE'); params.push(opts.outlet) }
    // a date filter keeps dated articles only: an ingest time is not a date of the news
    if (opts.from) { where.push('substr(published, 1, 10) >= ?'); params.push(opts.from.slice(0, 10)) }
    if (opts.to) { where.push('substr(published, 1, 10) <= ?'); params.push(opts.to.slice(0, 10)) }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : ''
    const total = Number((this.db.prepare(`SELECT count(*) AS n FROM articles ${w}`).get(...params) as Row)['n'])
    const rows = this.db.prepare(`SELECT id, title, outlet, published, source, near_dup_of FROM articles ${w}
      ORDER BY published IS NULL, published DESC, ingested_at DESC, id LIMIT ? OFFSET ?`).all(...params, opts.limit, opts.offset) as Row[]
    return { total, items: rows.map(summaryOf) }
  }

  async searchArticles(q: string, opts: { limit: number; offset: number }): Promise<{ total: number; items: ArticleHit[] }> {
    const match = safeFtsQuery(q)
    if (!match) return { total: 0, items: [] }
    const total = Number((this.db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as Row)['n'])
    const rows = this.db.prepare(`SELECT a.id, a.title, a.outlet, a.published, a.source, a.near_dup_of, f.rank AS rank,
        snippet(articles_fts, 1, char(2), char(3), '…', 24) AS snip
      FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`)
      .all(match, opts.limit, opts.offset) as Row[]
    return { total, items: rows.map((r) => ({ ...summaryOf(r), ...highlighted(String(r['snip'] ?? '')), rank: Number(r['rank']) })) }
  }

  async articleDates(): Promise<Map<string, ArticleDates>> {
    const out = new Map<string, ArticleDates>()
    for (const r of this.db.prepare('SELECT id, published, ingested_at FROM articles').iterate() as Iterable<Row>) out.set(String(r['id']), datesOf(r))
    return out
  }

  async mentionsOfEntityPage(entityId: string, limit: number, offset: number): Promise<Mention[]> {
    // resolution order (articles, then text order), read straight off the entity index: no sort of every mention
    return (this.db.prepare(`SELECT m.json FROM mention_entity me JOIN mentions m ON m.id = me.mention_id WHERE me.entity_id = ?
      ORDER BY me.rowid LIMIT ? OFFSET ?`).all(entityId, limit, offset) as Row[]).map(parseJson<Mention>)
  }

  async scanEntityMentions(fn: (entityId: string, articleId: string, start: number, end: number) => void): Promise<void> {
    const rows = this.db.prepare('SELECT me.entity_id, m.article_id, m.start, m."end" FROM mention_entity me JOIN mentions m ON m.id = me.mention_id').raw(true)
    for (const r of rows.iterate() as Iterable<unknown[]>) fn(String(r[0]), String(r[1]), Number(r[2]), Number(r[3]))
  }

  // ---- incremental aggregation

  async articlesToSign(limit: number): Promise<string[]> {
    return (this.db.prepare('SELECT a.id FROM articles a LEFT JOIN signed_articles s ON s.article_id = a.id WHERE s.article_id IS NULL ORDER BY a.id LIMIT ?')
      .all(limit) as Row[]).map((r) => String(r['id']))
  }

  async saveSignatures(articleId: string, rows: readonly SignatureRecord[]): Promise<void> {
    await this.saveSignatureBatch([{ articleId, rows }])
  }

  /** One transaction for the batch: a commit per article wrote the same WAL pages again for each. */
  async saveSignatureBatch(batch: readonly ArticleSignatureRows[]): Promise<void> {
    const del = this.stmt('DELETE FROM mention_signatures WHERE article_id = ?')
    const ins = this.stmt('INSERT INTO mention_signatures (mention_id, article_id, signature) VALUES (?, ?, ?)')
    const signed = this.stmt('INSERT OR IGNORE INTO signed_articles (article_id) VALUES (?)')
    this.db.transaction(() => {
      for (const { articleId, rows } of batch) {
        del.run(articleId)
        for (const r of rows) ins.run(r.mentionId, articleId, r.signature)
        signed.run(articleId)
      }
    }).immediate()
  }

  async representatives(): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>()
    const rows = this.db.prepare('SELECT signature, min(article_id) AS article_id FROM mention_signatures GROUP BY signature ORDER BY article_id, signature')
    for (const r of rows.iterate() as Iterable<Row>) {
      const a = String(r['article_id'])
      const list = out.get(a)
      if (list) list.push(String(r['signature']))
      else out.set(a, [String(r['signature'])])
    }
    return out
  }

  async saveSignatureResolution(result: ResolutionResult, signatureEntity: ReadonlyMap<string, string>): Promise<void> {
    this.db.transaction(() => {
      this.writeResolution({ ...result, mentionEntity: new Map() }, false)
      // only the mentions of signatures whose entity changed are rewritten, then the mentions signed since; set by
      // set through a temporary table of the new rows (a statement per changed signature cost 45 µs each). A changed
      // row is replaced, so it moves to the end: the changed signatures and their mentions are appended in the order
      // of `signatureEntity`, each signature's mentions in the order of its index (article, then row)
      this.db.exec(`CREATE TEMP TABLE IF NOT EXISTS new_signature_entity (ord INTEGER PRIMARY KEY, signature TEXT NOT NULL UNIQUE, entity_id TEXT NOT NULL);
        CREATE TEMP TABLE IF NOT EXISTS changed_signature_entity (ord INTEGER PRIMARY KEY, signature TEXT NOT NULL, entity_id TEXT NOT NULL);
        DELETE FROM new_signature_entity; DELETE FROM changed_signature_entity`)
      const add = this.stmt('INSERT INTO new_signature_entity (ord, signature, entity_id) VALUES (?, ?, ?)')
      let ord = 0
      for (const [sig, e] of signatureEntity) add.run(ord++, sig, e)
      this.db.exec(`DELETE FROM mention_entity WHERE mention_id IN (SELECT s.mention_id FROM signature_entity se JOIN mention_signatures s ON s.signature = se.signature
          WHERE se.signature NOT IN (SELECT signature FROM new_signature_entity));
        DELETE FROM signature_entity WHERE signature NOT IN (SELECT signature FROM new_signature_entity);
        INSERT INTO changed_signature_entity (ord, signature, entity_id) SELECT n.ord, n.signature, n.entity_id FROM new_signature_entity n
          LEFT JOIN signature_entity se ON se.signature = n.signature WHERE se.entity_id IS NULL OR se.entity_id <> n.entity_id ORDER BY n.ord;
        INSERT OR REPLACE INTO signature_entity (signature, entity_id) SELECT signature, entity_id FROM changed_signature_entity ORDER BY ord;
        INSERT OR REPLACE INTO mention_entity (mention_id, entity_id) SELECT s.mention_id, c.entity_id FROM changed_signature_entity c
          JOIN mention_signatures s ON s.signature = c.signature ORDER BY c.ord, s.article_id, s.rowid;
        DELETE FROM new_signature_entity; DELETE FROM changed_signature_entity`)
      this.db.exec(`DELETE FROM mention_entity WHERE mention_id NOT IN (SELECT mention_id FROM mention_signatures);
        INSERT INTO mention_entity (mention_id, entity_id)
        SELECT s.mention_id, e.entity_id FROM mention_signatures s JOIN signature_entity e ON e.signature = s.signature
        LEFT JOIN mention_entity me ON me.mention_id = s.mention_id WHERE me.mention_id IS NULL`)
    }).immediate()
  }

  async clearSignatures(): Promise<void> {
    this.db.transaction(() => this.db.exec('DELETE FROM mention_signatures; DELETE FROM signed_articles; DELETE FROM signature_entity')).immediate()
  }

  async signatureEntities(): Promise<Map<string, string>> {
    const rows = this.db.prepare('SELECT signature, entity_id FROM signature_entity ORDER BY rowid').raw(true).all() as unknown[][]
    return new Map(rows.map((r) => [String(r[0]), String(r[1])]))
  }

  async putSignatureEntities(rows: ReadonlyMap<string, string>): Promise<void> {
    this.db.transaction(() => {
      const put = this.db.prepare('INSERT OR REPLACE INTO signature_entity (signature, entity_id) VALUES (?, ?)')
      for (const [sig, e] of rows) put.run(sig, e)
    }).immediate()
  }

  async signaturesOf(mentionIds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    for (let i = 0; i < mentionIds.length; i += 500) {
      const chunk = mentionIds.slice(i, i + 500)
      for (const r of this.db.prepare(`SELECT mention_id, signature FROM mention_signatures WHERE mention_id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Row[]) {
        out.set(String(r['mention_id']), String(r['signature']))
      }
    }
    return out
  }

  // ---- incremental read model (sqlite-read-keys.ts)

  async readModelKeys(): Promise<ReadModelKeys> { return readModelKeys(this.db) }
  async entitySummaries(ids: readonly string[]): Promise<EntitySummary[]> { return entitySummaries(this.db, ids) }
  async scanMentionsOfEntities(ids: readonly string[], fn: (mentionId: string, entityId: string, articleId: string, start: number, end: number) => void): Promise<void> {
    scanMentionsOfEntities(this.db, ids, fn)
  }
  async clustersByIds(ids: readonly string[]): Promise<Array<EventCluster & { grade?: Grade | undefined }>> { return clustersByIds(this.db, ids) }
}

/** Meta key prefix of a user judgement's earlier verdicts, newest last: `undoJudgement` restores them one by one. */
export const UNDO_KEY = 'judgement_undo:'

export function judgementOf(r: Row): Judgement {
  return {
    id: String(r['id']), a: String(r['a']), b: String(r['b']), verdict: String(r['verdict']) as Judgement['verdict'],
    score: Number(r['score']), by: String(r['by']) as Judgement['by'], reason: opt(r['reason']), at: String(r['at']),
  }
}

function summaryOf(r: Row): ArticleSummary {
  return {
    id: String(r['id']), title: opt(r['title']), outlet: opt(r['outlet']), published: opt(r['published']),
    source: opt(r['source']), nearDupOf: opt(r['near_dup_of']),
  }
}

/** An article row's publication date (absent when it has none) and ingest time, kept apart. */
export function datesOf(r: Row): ArticleDates {
  const published = r['published'] == null || r['published'] === '' ? undefined : String(r['published'])
  return { ...(published ? { published } : {}), ingestedAt: String(r['ingested_at']) }
}

/** Split a snippet marked with \u0002…\u0003 into plain text and highlight offsets. */
export function highlighted(marked: string): { snippet: string; highlights: Array<{ start: number; end: number }> } {
  let snippet = ''
  const highlights: Array<{ start: number; end: number }> = []
  let open = -1
  for (const ch of marked) {
    if (ch === '\u0002') open = snippet.length
    else if (ch === '\u0003') { if (open >= 0) highlights.push({ start: open, end: snippet.length }); open = -1 }
    else snippet += ch
  }
  return { snippet, highlights }
}

/**
 * User text → an FTS5 query that can only ever mean "these words": each word with a letter or digit becomes a
 * quoted phrase (quotes doubled), the last one a prefix; operators, brackets and stray quotes lose their meaning.
 * Returns undefined when nothing searchable is left.
 */
export function safeFtsQuery(q: string): string | undefined {
  const words = q.normalize('NFKC').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).slice(0, 32)
  if (words.length === 0) return undefined
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 ? ' *' : ''}`).join(' ')
}

function opt(v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : String(v)
}

function parseJson<T>(r: Row): T {
  return JSON.parse(String(r['json'])) as T
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

function addSimhash(index: { ids: string[]; hi: number[]; lo: number[] }, id: string, simhash: string): void {
  index.ids.push(id)
  index.hi.push(parseInt(simhash.slice(0, 8), 16) | 0)
  index.lo.push(parseInt(simhash.slice(8, 16), 16) | 0)
}

/** Turn free text into a safe FTS5 query: each word quoted, all required. */
function ftsQuery(q: string): string {
  return q.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ')
}

/** The WHERE clause of an entity list: a type, and a name filter (a LIKE pattern with its wildcards escaped). */
function entityFilter(opts: { type?: string; q?: string }): { where: string[]; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  if (opts.type) { where.push('e.type = ?'); params.push(opts.type.toUpperCase()) }
  if (opts.q) {
    checkQuery(opts.q)
    where.push("e.id IN (SELECT entity_id FROM entity_names WHERE name LIKE ? ESCAPE '\\')")
    params.push(`%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
  }
  return { where, params }
}
