/**
 * Writes of the PostgreSQL store, each on a client inside a transaction. Rows of one table go in one statement
 * (unnest of arrays), so an article costs a handful of round trips however many annotations it has.
 * @module
 */
import { hashId } from '../../model/index.js'
import type { Entity, Judgement, Relation } from '../../model/index.js'
import type { NewFailure, ResolutionResult, StoredDoc } from '../store.js'
import type { Client } from './db.js'

/** Anything that runs SQL: a pooled client in a transaction, or the store's own query. */
export interface Sql { query(sql: string, params?: unknown[]): Promise<unknown> }

/** INSERT … SELECT FROM unnest(columns) for `rows`, chunked. `types` are the PostgreSQL array types of the columns. */
export async function insertRows(c: Sql, head: string, types: readonly string[], rows: ReadonlyArray<readonly unknown[]>, tail = ''): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000)
    const cols = types.map((_, k) => chunk.map((r) => r[k] ?? null))
    await c.query(`${head} SELECT * FROM unnest(${types.map((t, k) => `$${k + 1}::${t}[]`).join(', ')}) ${tail}`, cols)
  }
}

/** Insert the article row; false when the id or the content hash is already stored (by this or another process). */
export async function insertArticle(c: Client, doc: StoredDoc): Promise<boolean> {
  const a = doc.article
  const bits = a.simhash && /^[0-9a-f]{16}$/i.test(a.simhash) ? a.simhash : null
  const r = await c.query(`INSERT INTO articles (id, content_hash, simhash, simhash_bits, near_dup_of, title, outlet, url, author, published, dateline, source, text, json, ingested_at)
    VALUES ($1, $2, $3, ('x' || $4::text)::bit(64), $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT DO NOTHING RETURNING id`, [
    a.id, a.contentHash, a.simhash ?? null, bits, a.nearDupOf ?? null, a.title ?? null, a.outlet ?? null, a.url ?? null, a.author ?? null,
    a.published ?? null, a.dateline ?? null, a.source ?? null, a.text, JSON.stringify({ ...a, text: undefined }), a.ingestedAt ?? new Date().toISOString(),
  ])
  return r.rows.length > 0
}

/** Annotations, stage keys and failures of one article; marks aggregation pending. */
export async function insertAnnotations(c: Client, doc: StoredDoc): Promise<void> {
  const id = doc.article.id
  const T = 'text'
  await insertRows(c, 'INSERT INTO mentions (id, article_id, start, "end", text, type, kind, json)', [T, T, 'int', 'int', T, T, T, T],
    doc.mentions.map((x) => [x.id, x.articleId, x.start, x.end, x.text, x.type, x.kind, JSON.stringify(x)]), 'ON CONFLICT DO NOTHING')
  await insertRows(c, 'INSERT INTO events (id, article_id, cameo, json)', [T, T, T, T],
    doc.events.map((x) => [x.id, x.articleId, x.cameo, JSON.stringify(x)]), 'ON CONFLICT DO NOTHING')
  await insertRows(c, 'INSERT INTO claims (id, article_id, json)', [T, T, T],
    doc.claims.map((x) => [x.id, x.articleId, JSON.stringify(x)]), 'ON CONFLICT DO NOTHING')
  await insertRows(c, 'INSERT INTO affiliations (article_id, json)', [T, T], (doc.affiliations ?? []).map((x) => [id, JSON.stringify(x)]))
  await insertRows(c, 'INSERT INTO places (article_id, mention_id, json)', [T, T, T], (doc.places ?? []).map((x) => [id, x.mentionId, JSON.stringify(x)]))
  if (doc.syntax) {
    await c.query(`INSERT INTO article_syntax (article_id, parser, json) VALUES ($1, $2, $3)
      ON CONFLICT (article_id) DO UPDATE SET parser = excluded.parser, json = excluded.json`, [id, doc.syntax.parser, JSON.stringify(doc.syntax)])
  }
  await insertRows(c, 'INSERT INTO sentences (article_id, seq, start, "end")', [T, 'int', 'int', 'int'],
    (doc.sentences ?? []).map((x, i) => [id, i, x.start, x.end]), 'ON CONFLICT (article_id, seq) DO UPDATE SET start = excluded.start, "end" = excluded."end"')
  await insertRows(c, 'INSERT INTO article_stages (article_id, stage)', [T, T], [...new Set(doc.stages ?? [])].map((k) => [id, k]), 'ON CONFLICT DO NOTHING')
  for (const f of doc.failures ?? []) await insertFailure(c, { ...f, articleId: id })
  await setMeta(c, 'aggregate_pending', '1')
}

export async function setMeta(c: Sql, key: string, value: string): Promise<void> {
  await c.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value])
}

export async function insertFailure(c: Sql, f: NewFailure): Promise<void> {
  const id = hashId('failure', `a:${f.articleId ?? ''}`, `i:${f.item ?? ''}`, `s:${f.stage ?? ''}`)
  await c.query(`INSERT INTO failures (id, article_id, item, stage, code, message, at) VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (id) DO UPDATE SET article_id = excluded.article_id, item = excluded.item, stage = excluded.stage, code = excluded.code,
      message = excluded.message, at = excluded.at`,
  [id, f.articleId ?? null, f.item ?? null, f.stage ?? null, f.code, f.message, new Date().toISOString()])
}

/** Tables holding an article's annotations (replaceDoc empties them for the article). */
export const ANNOTATION_TABLES = ['mentions', 'events', 'claims', 'affiliations', 'places', 'sentences', 'article_syntax', 'article_stages', 'failures'] as const

export async function replaceResolution(c: Client, result: ResolutionResult): Promise<void> {
  await c.query("DELETE FROM entities; DELETE FROM entity_names; DELETE FROM mention_entity; DELETE FROM relations; DELETE FROM judgements WHERE by <> 'user'")
  await insertEntities(c, result.entities)
  await insertRows(c, 'INSERT INTO mention_entity (mention_id, entity_id)', ['text', 'text'], [...result.mentionEntity])
  await insertJudgements(c, result.judgements.filter((j) => j.by !== 'user'))
  await insertRelations(c, result.relations)
}

export async function insertEntities(c: Client, entities: readonly Entity[]): Promise<void> {
  await insertRows(c, 'INSERT INTO entities (id, type, canonical_name, json)', ['text', 'text', 'text', 'text'],
    entities.map((x) => [x.id, x.type, x.canonicalName, JSON.stringify(x)]))
  await insertRows(c, 'INSERT INTO entity_names (entity_id, name)', ['text', 'text'],
    entities.flatMap((x) => [...new Set([x.canonicalName, ...x.aliases, ...(x.kbAliases ?? [])])].map((n) => [x.id, n])))
}

export async function insertJudgements(c: Sql, judgements: readonly Judgement[]): Promise<void> {
  // one statement cannot update a row twice: the last judgement with an id wins, as with INSERT OR REPLACE
  const byId = new Map(judgements.map((j) => [j.id, j]))
  await insertRows(c, 'INSERT INTO judgements (id, a, b, verdict, score, by, reason, at)',
    ['text', 'text', 'text', 'text', 'float8', 'text', 'text', 'text'],
    [...byId.values()].map((j) => [j.id, j.a, j.b, j.verdict, j.score, j.by, j.reason ?? null, j.at]),
    `ON CONFLICT (id) DO UPDATE SET a = excluded.a, b = excluded.b, verdict = excluded.verdict, score = excluded.score, by = excluded.by,
      reason = excluded.reason, at = excluded.at`)
}

export async function insertRelations(c: Client, relations: readonly Relation[]): Promise<void> {
  const byId = new Map(relations.map((r) => [r.id, r]))
  await insertRows(c, 'INSERT INTO relations (id, a, b, kind, json)', ['text', 'text', 'text', 'text', 'text'],
    [...byId.values()].map((x) => [x.id, x.a, x.b, x.kind, JSON.stringify(x)]),
    'ON CONFLICT (id) DO UPDATE SET a = excluded.a, b = excluded.b, kind = excluded.kind, json = excluded.json')
}
