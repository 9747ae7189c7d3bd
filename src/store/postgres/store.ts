/**
 * PostgreSQL adapter of the Store interface (node-postgres). Same tables, numbered migrations and behaviour as
 * the SQLite store; search with a tsvector (GIN) and entity names with pg_trgm + unaccent. Many processes may
 * use one database at once: saves are idempotent upserts in transactions, near-duplicates are looked up in the
 * database on every call, and `revision()` moves on every other process's commit.
 * @module
 */
import { randomBytes } from 'node:crypto'
import { DossierError } from '../../model/index.js'
import type { Affiliation, Article, Claim, DocSyntax, Entity, Event, EventCluster, Grade, Judgement, Mention, Relation, Sentence } from '../../model/index.js'
import type { KbActor } from '../../kb/actors.js'
import { checkQuery } from '../query.js'
import { datesOf, highlighted, judgementOf, UNDO_KEY } from '../sqlite.js'
import { decodeSyntax } from '../syntax-codec.js'
import type {
  ArticleAnalysis, ArticleDates, ArticleHit, ArticlePageOptions, ArticleSummary, ClaimRecord, ClusterGrade, EntitySummary, EventRecord, FailureRecord,
  ArticleSignatureRows, JournalItem, JournalStatus, NewFailure, ReadModelKeys, ResolutionResult, SignatureRecord, Store, StoredDoc, StoredPlace,
} from '../store.js'
import * as readKeys from './read-keys.js'
import { PgDb, type Client, type Row } from './db.js'
import { articleOf, clusterOf, opt, parseJson, SUMMARY, summaryOf } from './rows.js'
import * as sigs from './signatures.js'
import * as streams from './streams.js'
import { containsPattern, tsQuery } from './search.js'
import {
  ANNOTATION_TABLES, insertAnnotations, insertDoc, insertFailure, insertJudgements, insertRows, replaceResolution, setMeta,
} from './write.js'

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const
  readonly url: string
  /** The connection pool and migrations; public so tools (migrate, tests) can wait on `db.ready`. */
  readonly db: PgDb

  constructor(url: string, opts: { poolSize?: number } = {}) {
    this.url = url
    this.db = new PgDb(url, { max: opts.poolSize ?? 8 })
  }

  /** Resolves once connected and migrated; rejects with a coded E_STORE error otherwise. */
  async ready(): Promise<this> {
    await this.db.ready
    return this
  }

  /** Statements outside a transaction, with the store's error mapping. */
  private readonly sql = { query: async (sql: string, params: unknown[] = []) => ({ rows: await this.q(sql, params) }) }

  private q(sql: string, params: readonly unknown[] = []): Promise<Row[]> { return this.db.query(sql, params) }
  private async json<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> { return (await this.q(sql, params)).map(parseJson<T>) }
  private async count(sql: string, params: readonly unknown[] = []): Promise<number> { return Number((await this.db.one(sql, params))?.['n'] ?? 0) }

  async hasArticle(contentHash: string): Promise<string | undefined> {
    return opt((await this.db.one('SELECT id FROM articles WHERE content_hash = $1', [contentHash]))?.['id'])
  }

  async saveDoc(doc: StoredDoc): Promise<boolean> {
    await this.db.ready
    return insertDoc(this.sql, doc)
  }

  async replaceDoc(doc: StoredDoc): Promise<void> {
    const id = doc.article.id
    await this.db.transaction(async (c) => {
      if ((await c.query('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [id])).rows.length === 0) {
        throw new DossierError('E_NOT_FOUND', `no stored article ${id} to re-save`, { hint: 'ingest it first' })
      }
      // links of the old signed mentions go now; the rest are replaced at the next aggregation (pending from here)
      await c.query('DELETE FROM mention_entity WHERE mention_id IN (SELECT mention_id FROM mention_signatures WHERE article_id = $1)', [id])
      for (const t of ANNOTATION_TABLES) await c.query(`DELETE FROM ${t} WHERE article_id = $1`, [id])
      await insertAnnotations(c, doc)
    }, 're-saving an article')
  }

  async recordFailure(f: NewFailure): Promise<void> {
    await insertFailure(this.sql, f)
  }

  async clearFailures(where: { articleId?: string; item?: string; part?: string }): Promise<void> {
    // a URL that failed as a feed's part (`feed.xml#url`) and was then ingested by itself
    if (where.part !== undefined) await this.q("DELETE FROM failures WHERE article_id IS NULL AND right(item, length($1) + 1) = '#' || $1", [where.part])
    if (where.articleId !== undefined) await this.q('DELETE FROM failures WHERE article_id = $1', [where.articleId])
    // an item's parts (a feed's articles) are recorded as `item#part`
    if (where.item !== undefined) {
      await this.q("DELETE FROM failures WHERE article_id IS NULL AND (item = $1 OR left(item, length($1) + 1) = $1 || '#')", [where.item])
    }
  }

  async failures(opts: { limit?: number; offset?: number } = {}): Promise<FailureRecord[]> {
    const rows = await this.q('SELECT * FROM failures ORDER BY at DESC, id LIMIT $1 OFFSET $2', [opts.limit ?? null, opts.offset ?? 0])
    return rows.map((r) => ({
      id: String(r['id']), articleId: opt(r['article_id']), item: opt(r['item']), stage: opt(r['stage']),
      code: String(r['code']), message: String(r['message']), at: String(r['at']),
    }))
  }

  async countFailures(): Promise<number> { return this.count('SELECT count(*) AS n FROM failures') }

  async articleAnalyses(opts: { since?: string } = {}): Promise<ArticleAnalysis[]> {
    const rows = await this.q(`SELECT a.id, a.ingested_at,
        (SELECT array_agg(stage ORDER BY stage) FROM article_stages s WHERE s.article_id = a.id) AS stages,
        (SELECT count(*) FROM failures f WHERE f.article_id = a.id) AS failures
      FROM articles a WHERE a.ingested_at >= $1 ORDER BY a.ingested_at, a.id`, [opts.since ?? ''])
    return rows.map((r) => ({
      id: String(r['id']), ingestedAt: String(r['ingested_at']), stages: ((r['stages'] as string[] | null) ?? []).sort(), failures: Number(r['failures']),
    }))
  }

  async aggregatePending(): Promise<boolean> {
    // '1' (saved since) or 'running:<token>' (a run began and has not ended) are pending; '0' is not
    const v = (await this.db.one("SELECT value FROM meta WHERE key = 'aggregate_pending'"))?.['value']
    return v !== undefined && v !== '0'
  }

  async beginAggregation(): Promise<string> {
    const token = randomBytes(8).toString('hex')
    await setMeta(this.sql, 'aggregate_pending', `running:${token}`)
    return token
  }

  async endAggregation(token: string): Promise<boolean> {
    // a save writes '1' over any other value (ON CONFLICT sees the latest committed row), so one since the run began leaves the flag set
    return (await this.q("UPDATE meta SET value = '0' WHERE key = 'aggregate_pending' AND value = $1 RETURNING key", [`running:${token}`])).length === 1
  }

  async setAggregatePending(pending: boolean): Promise<void> {
    await setMeta(this.sql, 'aggregate_pending', pending ? '1' : '0')
  }

  async saveAggregateSummary(json: string): Promise<void> {
    await setMeta(this.sql, 'aggregate_summary', json)
  }

  async aggregateSummary(): Promise<string | undefined> {
    const v = (await this.db.one("SELECT value FROM meta WHERE key = 'aggregate_summary'"))?.['value']
    return v === undefined ? undefined : String(v)
  }

  async getArticle(id: string): Promise<Article | undefined> {
    const r = await this.db.one('SELECT text, json FROM articles WHERE id = $1', [id])
    return r ? articleOf(r) : undefined
  }

  async listArticles(opts: { q?: string; limit?: number } = {}): Promise<ArticleSummary[]> {
    const limit = opts.limit ?? 1000
    if (!opts.q) return (await this.q(`SELECT ${SUMMARY} FROM articles a ORDER BY ingested_at, id LIMIT $1`, [limit])).map(summaryOf)
    checkQuery(opts.q) // '' is no filter; whitespace alone is no query
    const query = tsQuery(opts.q, { prefix: false })
    if (!query) return []
    return (await this.q(`SELECT ${SUMMARY} FROM articles a, to_tsquery('dossier', $1) q WHERE a.tsv @@ q
      ORDER BY ts_rank_cd(a.tsv, q) DESC, a.seq LIMIT $2`, [query, limit])).map(summaryOf)
  }

  async nearDuplicates(simhash: string, maxDistance: number): Promise<string[]> {
    if (!/^[0-9a-f]{16}$/i.test(simhash)) return []
    const rows = await this.q(`SELECT id FROM articles WHERE simhash_bits IS NOT NULL
      AND bit_count(simhash_bits # ('x' || $1::text)::bit(64)) <= $2 ORDER BY seq`, [simhash, maxDistance])
    return rows.map((r) => String(r['id']))
  }

  async countArticles(): Promise<number> { return this.count('SELECT count(*) AS n FROM articles') }

  async allMentions(): Promise<Mention[]> { return this.json<Mention>('SELECT json FROM mentions ORDER BY article_id, start, "end", seq') }

  async mentionsOf(articleId: string): Promise<Mention[]> {
    return this.json<Mention>('SELECT json FROM mentions WHERE article_id = $1 ORDER BY start, "end", seq', [articleId])
  }

  async eventsOf(articleId?: string): Promise<Event[]> {
    const rows = articleId === undefined
      ? await this.json<Event>('SELECT json FROM events ORDER BY article_id, id')
      : await this.json<Event>('SELECT json FROM events WHERE article_id = $1 ORDER BY id', [articleId])
    return rows.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.cue.start - b.cue.start)
  }

  async claimsOf(articleId?: string): Promise<Claim[]> {
    const rows = articleId === undefined
      ? await this.json<Claim>('SELECT json FROM claims ORDER BY article_id, id')
      : await this.json<Claim>('SELECT json FROM claims WHERE article_id = $1 ORDER BY id', [articleId])
    return rows.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.cue.start - b.cue.start)
  }

  async affiliationsOf(articleId?: string): Promise<Affiliation[]> {
    return articleId === undefined
      ? this.json<Affiliation>('SELECT json FROM affiliations ORDER BY article_id, seq')
      : this.json<Affiliation>('SELECT json FROM affiliations WHERE article_id = $1 ORDER BY seq', [articleId])
  }

  async placesOf(articleId?: string): Promise<StoredPlace[]> {
    return articleId === undefined
      ? this.json<StoredPlace>('SELECT json FROM places ORDER BY article_id, seq')
      : this.json<StoredPlace>('SELECT json FROM places WHERE article_id = $1 ORDER BY seq', [articleId])
  }

  async saveActors(actors: readonly KbActor[]): Promise<number> {
    const now = new Date().toISOString()
    const byId = new Map(actors.map((a) => [a.id, a]))
    await this.db.transaction((c) => insertRows(c, 'INSERT INTO actors (id, json, imported_at)', ['text', 'text', 'text'],
      [...byId.values()].map((a) => [a.id, JSON.stringify(a), now]), 'ON CONFLICT (id) DO UPDATE SET json = excluded.json, imported_at = excluded.imported_at')
      // the knowledge base is an input of aggregation
      .then(() => setMeta(c, 'aggregate_pending', '1')),
    'saving actors')
    return actors.length
  }

  async actors(): Promise<KbActor[]> { return this.json<KbActor>('SELECT json FROM actors ORDER BY id') }

  async saveResolution(result: ResolutionResult): Promise<void> {
    await this.db.transaction(async (c) => {
      // one aggregation at a time: a second process waits instead of interleaving its deletes with ours
      await c.query("SELECT pg_advisory_xact_lock(hashtext('dossier.resolution'))")
      await replaceResolution(c, result)
    }, 'saving the resolution')
  }

  async listEntities(opts: { type?: string; q?: string; limit?: number; offset?: number } = {}): Promise<EntitySummary[]> {
    const { where, params } = entityFilter(opts)
    const n = params.length
    const rows = await this.q(`SELECT e.json, count(me.mention_id) AS mentions, count(DISTINCT m.article_id) AS articles
      FROM entities e LEFT JOIN mention_entity me ON me.entity_id = e.id LEFT JOIN mentions m ON m.id = me.mention_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      GROUP BY e.id ORDER BY mentions DESC, e.canonical_name, e.id LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, opts.limit ?? 10000, opts.offset ?? 0])
    return rows.map((r) => ({ ...parseJson<Entity>(r), mentionCount: Number(r['mentions']), articleCount: Number(r['articles']) }))
  }

  async countEntities(opts: { type?: string; q?: string } = {}): Promise<number> {
    const { where, params } = entityFilter(opts)
    return this.count(`SELECT count(*) AS n FROM entities e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params)
  }

  async getEntity(id: string): Promise<Entity | undefined> {
    return (await this.json<Entity>('SELECT json FROM entities WHERE id = $1', [id]))[0]
  }

  async findEntities(name: string): Promise<Entity[]> {
    return this.json<Entity>(`SELECT e.json FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_names WHERE lower(name) = lower($1))
      ORDER BY e.canonical_name, e.id`, [name])
  }

  async mentionsOfEntity(entityId: string): Promise<Mention[]> {
    return this.json<Mention>(`SELECT m.json FROM mention_entity me JOIN mentions m ON m.id = me.mention_id WHERE me.entity_id = $1
      ORDER BY m.article_id, m.start, m.seq`, [entityId])
  }

  async entityOfMention(mentionId: string): Promise<string | undefined> {
    return opt((await this.db.one('SELECT entity_id FROM mention_entity WHERE mention_id = $1', [mentionId]))?.['entity_id'])
  }

  async relations(entityId?: string): Promise<Relation[]> {
    return entityId === undefined
      ? this.json<Relation>('SELECT json FROM relations ORDER BY id')
      : this.json<Relation>('SELECT json FROM relations WHERE a = $1 OR b = $1 ORDER BY id', [entityId])
  }

  async judgements(by?: Judgement['by']): Promise<Judgement[]> {
    const rows = by === undefined
      ? await this.q('SELECT * FROM judgements ORDER BY at, id')
      : await this.q('SELECT * FROM judgements WHERE by = $1 ORDER BY at, id', [by])
    return rows.map(judgementOf)
  }

  async addJudgement(j: Judgement): Promise<void> {
    await this.db.transaction(async (c) => {
      const before = j.by === 'user' ? await userJudgement(c, j.id, true) : undefined
      if (before) await setUndoStack(c, j.id, [...await undoStack(c, j.id), before])
      await insertJudgements(c, [j])
      // a user's judgement is an input of aggregation
      await setMeta(c, 'aggregate_pending', '1')
    }, 'a judgement')
  }

  async undoJudgement(id: string): Promise<{ removed: Judgement; restored?: Judgement | undefined } | undefined> {
    return this.db.transaction(async (c) => {
      const removed = await userJudgement(c, id, true)
      if (!removed) return undefined
      const stack = await undoStack(c, id)
      const restored = stack.pop()
      if (restored) await insertJudgements(c, [restored])
      else await c.query('DELETE FROM judgements WHERE id = $1', [id])
      await setUndoStack(c, id, stack)
      await setMeta(c, 'aggregate_pending', '1')
      return { removed, restored }
    }, 'an undo of a judgement')
  }

  async saveClusters(clusters: readonly EventCluster[], grades: readonly ClusterGrade[]): Promise<void> {
    const byId = new Map(grades.map((g) => [g.clusterId, g.grade]))
    await this.db.transaction(async (c) => {
      // only the rows that changed are written: an aggregation that regroups a few events rewrites a few rows
      const old = new Map((await c.query('SELECT id, json, grade FROM clusters')).rows
        .map((r: Record<string, unknown>) => [String(r['id']), `${String(r['json'])}\u0000${r['grade'] === null ? '' : String(r['grade'])}`]))
      const kept = new Set(clusters.map((x) => x.id))
      const gone = [...old.keys()].filter((id) => !kept.has(id))
      if (gone.length) await c.query('DELETE FROM clusters WHERE id = ANY($1::text[])', [gone])
      const changed = clusters.map((x) => {
        const g = byId.get(x.id)
        return [x.id, JSON.stringify(x), g ? JSON.stringify(g) : null] as [string, string, string | null]
      }).filter((r) => old.get(r[0]) !== `${r[1]}\u0000${r[2] ?? ''}`)
      await insertRows(c, 'INSERT INTO clusters (id, json, grade)', ['text', 'text', 'text'], changed,
        'ON CONFLICT (id) DO UPDATE SET json = excluded.json, grade = excluded.grade')
    }, 'saving event clusters')
  }

  async clusters(): Promise<Array<EventCluster & { grade?: Grade | undefined }>> {
    return (await this.q('SELECT json, grade FROM clusters ORDER BY id')).map(clusterOf)
  }

  async journalStart(batchId: string, items: readonly string[]): Promise<void> {
    const now = new Date().toISOString()
    await this.db.transaction((c) => insertRows(c, 'INSERT INTO journal (batch_id, item, seq, status, updated_at)', ['text', 'text', 'int', 'text', 'text'],
      items.map((it, i) => [batchId, it, i, 'pending', now]), 'ON CONFLICT DO NOTHING'), 'starting a batch')
  }

  async journalPending(batchId: string): Promise<string[]> {
    return (await this.q("SELECT item FROM journal WHERE batch_id = $1 AND status IN ('pending', 'failed') ORDER BY seq", [batchId])).map((r) => String(r['item']))
  }

  async journalReset(batchId: string): Promise<void> {
    await this.q("UPDATE journal SET status = 'pending', article_id = NULL, error = NULL, updated_at = $1 WHERE batch_id = $2", [new Date().toISOString(), batchId])
  }

  async journalMark(batchId: string, item: string, status: JournalStatus, detail: { articleId?: string; error?: string } = {}): Promise<void> {
    await this.q('UPDATE journal SET status = $1, article_id = $2, error = $3, updated_at = $4 WHERE batch_id = $5 AND item = $6',
      [status, detail.articleId ?? null, detail.error ?? null, new Date().toISOString(), batchId, item])
  }

  async journal(batchId: string): Promise<JournalItem[]> {
    return (await this.q('SELECT * FROM journal WHERE batch_id = $1 ORDER BY seq', [batchId])).map((r) => ({
      batchId: String(r['batch_id']), item: String(r['item']), status: String(r['status']) as JournalStatus,
      articleId: opt(r['article_id']), error: opt(r['error']),
    }))
  }

  // ---- incremental read model (./read-keys.ts)
  async readModelKeys(): Promise<ReadModelKeys> { return readKeys.readModelKeys(this.db) }
  async entitySummaries(ids: readonly string[]): Promise<EntitySummary[]> { return readKeys.entitySummaries(this.db, ids) }
  async scanMentionsOfEntities(ids: readonly string[], fn: (mentionId: string, entityId: string, articleId: string, start: number, end: number) => void): Promise<void> {
    await readKeys.scanMentionsOfEntities(this.db, ids, fn)
  }
  async clustersByIds(ids: readonly string[]): Promise<Array<EventCluster & { grade?: Grade | undefined }>> { return readKeys.clustersByIds(this.db, ids) }

  async close(): Promise<void> {
    await this.db.ready.catch(() => undefined)
    await this.db.close()
  }

  iterateArticles(): AsyncGenerator<Article> { return streams.iterateArticles(this.db) }
  iterateEvents(): AsyncGenerator<EventRecord> { return streams.iterateEvents(this.db) }
  iterateClaims(): AsyncGenerator<ClaimRecord> { return streams.iterateClaims(this.db) }
  iterateEntities(): AsyncGenerator<Entity> { return streams.iterateEntities(this.db) }
  iterateRelations(): AsyncGenerator<Relation> { return streams.iterateRelations(this.db) }
  iterateClusters(): AsyncGenerator<EventCluster & { grade?: Grade | undefined }> { return streams.iterateClusters(this.db) }

  async mentionEntitiesOf(articleId: string): Promise<Record<string, string>> {
    const rows = await this.q(`SELECT me.mention_id, me.entity_id FROM mentions m JOIN mention_entity me ON me.mention_id = m.id
      WHERE m.article_id = $1 ORDER BY m.start, m."end", m.id`, [articleId])
    return Object.fromEntries(rows.map((r) => [String(r['mention_id']), String(r['entity_id'])]))
  }

  async syntaxOf(articleId: string): Promise<DocSyntax | undefined> {
    const r = (await this.q('SELECT json FROM article_syntax WHERE article_id = $1', [articleId]))[0]
    return r ? decodeSyntax(String(r['json'])) : undefined
  }

  // ---- read API

  async revision(): Promise<string> {
    // the sequence moves with every writing statement on this database; the snapshot (in-progress and latest
    // completed transaction ids) moves when a writer commits, so a value read mid-transaction is not reused after it
    const r = await this.db.one("SELECT last_value, is_called, pg_current_snapshot()::text AS snap FROM dossier_revision")
    return `${String(r?.['last_value'])}${r?.['is_called'] ? '' : '-'}.${String(r?.['snap'])}`
  }

  async sentencesOf(articleId: string): Promise<Sentence[]> {
    return (await this.q('SELECT start, "end" FROM sentences WHERE article_id = $1 ORDER BY seq', [articleId]))
      .map((r) => ({ start: Number(r['start']), end: Number(r['end']) }))
  }

  async sentenceAt(articleId: string, start: number, end: number): Promise<Sentence | undefined> {
    const r = await this.db.one('SELECT start, "end" FROM sentences WHERE article_id = $1 AND start <= $2 ORDER BY start DESC LIMIT 1', [articleId, start])
    return r && Number(r['end']) >= end ? { start: Number(r['start']), end: Number(r['end']) } : undefined
  }

  async eventsByIds(ids: readonly string[]): Promise<Event[]> { return this.byIds<Event>('events', ids) }
  async claimsByIds(ids: readonly string[]): Promise<Claim[]> { return this.byIds<Claim>('claims', ids) }
  async mentionsByIds(ids: readonly string[]): Promise<Mention[]> { return this.byIds<Mention>('mentions', ids) }

  private async byIds<T>(table: 'events' | 'claims' | 'mentions', ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return []
    return this.json<T>(`SELECT json FROM ${table} WHERE id = ANY($1::text[]) ORDER BY id`, [ids])
  }

  async mentionEntities(ids?: readonly string[]): Promise<Map<string, string>> {
    const rows = ids === undefined
      ? await this.q('SELECT mention_id, entity_id FROM mention_entity ORDER BY seq')
      : ids.length ? await this.q('SELECT mention_id, entity_id FROM mention_entity WHERE mention_id = ANY($1::text[])', [ids]) : []
    return new Map(rows.map((r) => [String(r['mention_id']), String(r['entity_id'])]))
  }

  async articlesPage(opts: ArticlePageOptions): Promise<{ total: number; items: ArticleSummary[] }> {
    const where: string[] = []
    const params: unknown[] = []
    const day = 'substr(published, 1, 10)' // a date filter keeps dated articles only
    if (opts.outlet) { params.push(opts.outlet); where.push(`lower(outlet) = lower($${params.length})`) }
    if (opts.from) { params.push(opts.from.slice(0, 10)); where.push(`${day} >= $${params.length}`) }
    if (opts.to) { params.push(opts.to.slice(0, 10)); where.push(`${day} <= $${params.length}`) }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : ''
    const total = await this.count(`SELECT count(*) AS n FROM articles ${w}`, params)
    const rows = await this.q(`SELECT ${SUMMARY} FROM articles a ${w}
      ORDER BY published IS NULL, published COLLATE "C" DESC, ingested_at COLLATE "C" DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, opts.limit, opts.offset])
    return { total, items: rows.map(summaryOf) }
  }

  async searchArticles(q: string, opts: { limit: number; offset: number }): Promise<{ total: number; items: ArticleHit[] }> {
    const query = tsQuery(q, { prefix: true })
    if (!query) return { total: 0, items: [] }
    const total = await this.count("SELECT count(*) AS n FROM articles WHERE tsv @@ to_tsquery('dossier', $1)", [query])
    const rows = await this.q(`SELECT x.*, strpos(x.text, translate(x.snip, chr(2) || chr(3), '')) AS at, length(x.text) AS len FROM (
        SELECT ${SUMMARY}, a.seq, a.text, h.rank, ts_headline('dossier', a.text, h.q,
          'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1') AS snip
        FROM (SELECT a.seq, q, ts_rank_cd(a.tsv, q) AS rank FROM articles a, to_tsquery('dossier', $1) q WHERE a.tsv @@ q
          ORDER BY rank DESC, a.seq LIMIT $2 OFFSET $3) h JOIN articles a ON a.seq = h.seq) x ORDER BY x.rank DESC, x.seq`, [query, opts.limit, opts.offset])
    return {
      total,
      items: rows.map((r) => {
        // '…' where the snippet cuts the text, as SQLite's snippet() marks it
        const snip = String(r['snip'] ?? '')
        const at = Number(r['at'])
        const cut = `${at > 1 ? '…' : ''}${snip}${at > 0 && at - 1 + snip.replace(/[\u0002\u0003]/g, '').length < Number(r['len']) ? '…' : ''}`
        // rank as SQLite's bm25: lower is better
        return { ...summaryOf(r), ...highlighted(cut), rank: -Number(r['rank']) }
      }),
    }
  }

  async articleDates(): Promise<Map<string, ArticleDates>> {
    const rows = await this.q('SELECT id, published, ingested_at FROM articles')
    return new Map(rows.map((r) => [String(r['id']), datesOf(r)]))
  }

  async mentionsOfEntityPage(entityId: string, limit: number, offset: number): Promise<Mention[]> {
    return this.json<Mention>(`SELECT m.json FROM mention_entity me JOIN mentions m ON m.id = me.mention_id WHERE me.entity_id = $1
      ORDER BY me.seq LIMIT $2 OFFSET $3`, [entityId, limit, offset])
  }

  async scanEntityMentions(fn: (entityId: string, articleId: string, start: number, end: number) => void): Promise<void> {
    return streams.scanEntityMentions(this.db, fn)
  }

  // ---- incremental aggregation (see signatures.ts)

  articlesToSign(limit: number): Promise<string[]> { return sigs.articlesToSign(this.db, limit) }
  saveSignatures(articleId: string, rows: readonly SignatureRecord[]): Promise<void> { return sigs.saveSignatures(this.db, [{ articleId, rows }]) }
  saveSignatureBatch(batch: readonly ArticleSignatureRows[]): Promise<void> {
    return sigs.saveSignatures(this.db, batch)
  }
  representatives(): Promise<Map<string, string[]>> { return sigs.representatives(this.db) }
  saveSignatureResolution(result: ResolutionResult, signatureEntity: ReadonlyMap<string, string>): Promise<void> {
    return sigs.saveSignatureResolution(this.db, result, signatureEntity)
  }
  signaturesOf(mentionIds: readonly string[]): Promise<Map<string, string>> { return sigs.signaturesOf(this.db, mentionIds) }
  clearSignatures(): Promise<void> { return sigs.clearSignatures(this.db) }
  signatureEntities(): Promise<Map<string, string>> { return sigs.signatureEntities(this.db) }
  putSignatureEntities(rows: ReadonlyMap<string, string>): Promise<void> { return sigs.putSignatureEntities(this.db, rows) }
}

/**
 * The WHERE clause of an entity list: a type, and a name filter matching anywhere in any name, case- and
 * accent-insensitively (dossier_fold, trigram-indexed), with LIKE's wildcards escaped.
 */
function entityFilter(opts: { type?: string; q?: string }): { where: string[]; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  if (opts.type) { params.push(opts.type.toUpperCase()); where.push(`e.type = $${params.length}`) }
  if (opts.q) {
    checkQuery(opts.q)
    params.push(containsPattern(opts.q))
    where.push(`e.id IN (SELECT entity_id FROM entity_names WHERE dossier_fold(name) LIKE dossier_fold($${params.length}) ESCAPE '\\')`)
  }
  return { where, params }
}

type Sql = Client

/** The user's judgement `id` (locked for the transaction), if any. */
async function userJudgement(c: Sql, id: string, lock: boolean): Promise<Judgement | undefined> {
  const r = (await c.query(`SELECT * FROM judgements WHERE id = $1 AND by = 'user'${lock ? ' FOR UPDATE' : ''}`, [id])).rows[0] as Row | undefined
  return r ? judgementOf(r) : undefined
}

async function undoStack(c: Sql, id: string): Promise<Judgement[]> {
  const r = (await c.query('SELECT value FROM meta WHERE key = $1', [`${UNDO_KEY}${id}`])).rows[0] as Row | undefined
  return r ? JSON.parse(String(r['value'])) as Judgement[] : []
}

async function setUndoStack(c: Sql, id: string, stack: readonly Judgement[]): Promise<void> {
  if (stack.length) await setMeta(c, `${UNDO_KEY}${id}`, JSON.stringify(stack))
  else await c.query('DELETE FROM meta WHERE key = $1', [`${UNDO_KEY}${id}`])
}
