/**
 * The incremental read model's reads on SQLite (see ReadModelKeys in store.ts): a version key per row the read
 * model is built from, so a reader re-reads only what a write touched, and reads restricted to a few entities.
 * @module
 */
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { Entity, EventCluster, Grade } from '../model/index.js'
import { fnv32, type MentionSet } from './mention-set.js'
import type { EntitySummary, ReadModelKeys } from './store.js'

type Row = Record<string, unknown>

const registered = new WeakSet<Database.Database>()

function register(db: Database.Database): void {
  if (registered.has(db)) return
  db.function('dossier_digest', { deterministic: true }, (s: unknown) => createHash('sha1').update(String(s ?? '')).digest('base64'))
  // xor and sum (mod 2^32) of the members' hashes: any change to the set moves them
  db.aggregate('dossier_set_digest', {
    start: () => [0, 0],
    step: (acc: number[], id: unknown) => { const h = fnv32(String(id)); acc[0] = (acc[0]! ^ h) >>> 0; acc[1] = (acc[1]! + h) >>> 0 },
    result: (acc: number[]) => `${acc[0]!}.${acc[1]!}`,
  })
  registered.add(db)
}

/**
 * Events and claims: the rowid and a digest (a re-saved article's rows are inserted again, under new rowids). Clusters and
 * entities (rewritten in full by every aggregation): a digest of the stored JSON, and for entities of their set
 * of mentions as well.
 */
export function readModelKeys(db: Database.Database): ReadModelKeys {
  register(db)
  const pairs = (sql: string) => new Map((db.prepare(sql).raw(true).all() as unknown[][]).map((r) => [String(r[0]), String(r[1])]))
  // rowid and a digest of the row: a re-saved row gets a new rowid, except when its article's rows were the last in
  // the table (SQLite then hands out the same rowids again); the digest catches a changed row there too, also one
  // of the same length (a re-coded event, 173 → 172)
  const events = pairs("SELECT id, rowid || ':' || dossier_digest(json) FROM events")
  const claims = pairs("SELECT id, rowid || ':' || dossier_digest(json) FROM claims")
  const clusters = pairs("SELECT id, dossier_digest(json || '|' || coalesce(grade, '')) FROM clusters")
  const mentionSets = new Map<string, MentionSet>()
  for (const r of db.prepare('SELECT entity_id, count(*), dossier_set_digest(mention_id) FROM mention_entity GROUP BY entity_id').raw(true).iterate() as Iterable<unknown[]>) {
    const [xor, sum] = String(r[2]).split('.').map(Number)
    mentionSets.set(String(r[0]), { count: Number(r[1]), xor: xor!, sum: sum! })
  }
  const entities = new Map<string, string>()
  for (const [id, digest] of pairs('SELECT id, dossier_digest(json) FROM entities')) {
    const m = mentionSets.get(id)
    entities.set(id, `${digest}|${m ? `${m.count}.${m.xor}.${m.sum}` : '0'}`)
  }
  return { events, claims, clusters, entities, mentionSets }
}

function chunked<T>(ids: readonly string[], run: (chunk: readonly string[], marks: string) => T[]): T[] {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    out.push(...run(chunk, chunk.map(() => '?').join(',')))
  }
  return out
}

/** Entity summaries (with mention and article counts) of these entities. */
export function entitySummaries(db: Database.Database, ids: readonly string[]): EntitySummary[] {
  return chunked(ids, (chunk, marks) => (db.prepare(`SELECT e.json, count(me.mention_id) AS mentions, count(DISTINCT m.article_id) AS articles
      FROM entities e LEFT JOIN mention_entity me ON me.entity_id = e.id LEFT JOIN mentions m ON m.id = me.mention_id
      WHERE e.id IN (${marks}) GROUP BY e.id`).all(...chunk) as Row[])
    .map((r) => ({ ...(JSON.parse(String(r['json'])) as Entity), mentionCount: Number(r['mentions']), articleCount: Number(r['articles']) })))
}

/** Visit the mentions of these entities: mention id, entity id, article id and span (no JSON decoded). */
export function scanMentionsOfEntities(db: Database.Database, ids: readonly string[],
  fn: (mentionId: string, entityId: string, articleId: string, start: number, end: number) => void): void {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const rows = db.prepare(`SELECT me.mention_id, me.entity_id, m.article_id, m.start, m."end" FROM mention_entity me JOIN mentions m ON m.id = me.mention_id
      WHERE me.entity_id IN (${chunk.map(() => '?').join(',')})`).raw(true)
    for (const r of rows.iterate(...chunk) as Iterable<unknown[]>) fn(String(r[0]), String(r[1]), String(r[2]), Number(r[3]), Number(r[4]))
  }
}

/** These clusters with their grades. */
export function clustersByIds(db: Database.Database, ids: readonly string[]): Array<EventCluster & { grade?: Grade | undefined }> {
  return chunked(ids, (chunk, marks) => (db.prepare(`SELECT json, grade FROM clusters WHERE id IN (${marks})`).all(...chunk) as Row[])
    .map((r) => ({ ...(JSON.parse(String(r['json'])) as EventCluster), grade: r['grade'] ? (JSON.parse(String(r['grade'])) as Grade) : undefined })))
}
