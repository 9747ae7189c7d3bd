/**
 * Writes of the PostgreSQL store. Rows of one table go in one INSERT (unnest of one array per column), and a new
 * article with all its annotations is one statement of data-modifying CTEs: one round trip, atomic on its own.
 * @module
 */
import { hashId } from '../../model/index.js'
import type { Entity, Judgement, Relation } from '../../model/index.js'
import type { NewFailure, ResolutionResult, StoredDoc } from '../store.js'
import type { Client } from './db.js'
import { encodeSyntax } from '../syntax-codec.js'

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

/** Parameters and CTEs of one statement that writes a document in a single round trip. */
class Statement {
  readonly params: unknown[] = []
  readonly ctes: string[] = []
  /** `$n` for a new parameter. */
  p(v: unknown, type?: string): string {
    this.params.push(v)
    return `$${this.params.length}${type ? `::${type}` : ''}`
  }
  /** A CTE inserting `rows` (unnest of one array per column) when `guard` holds; nothing when there are no rows. */
  rows(head: string, types: readonly string[], rows: ReadonlyArray<readonly unknown[]>, guard: string, tail = ''): void {
    if (rows.length === 0) return
    const cols = types.map((t, k) => this.p(rows.map((r) => r[k] ?? null), `${t}[]`))
    this.ctes.push(`w${this.ctes.length} AS (${head} SELECT * FROM unnest(${cols.join(', ')}) WHERE ${guard} ${tail})`)
  }
}

/**
 * The annotations, stage keys and failures of one article as CTEs of `st`, written when `guard` holds (after the
 * article row in saveDoc); marks aggregation pending. Every CTE of a statement runs, in one snapshot, atomically.
 */
function annotationCtes(st: Statement, doc: StoredDoc, guard: string): void {
  const id = doc.article.id
  const T = 'text'
  st.rows('INSERT INTO mentions (id, article_id, start, "end", text, type, kind, json)', [T, T, 'int', 'int', T, T, T, T],
    doc.mentions.map((x) => [x.id, x.articleId, x.start, x.end, x.text, x.type, x.kind, JSON.stringify(x)]), guard, 'ON CONFLICT DO NOTHING')
  st.rows('INSERT INTO events (id, article_id, cameo, json)', [T, T, T, T],
    doc.events.map((x) => [x.id, x.articleId, x.cameo, JSON.stringify(x)]), guard, 'ON CONFLICT DO NOTHING')
  st.rows('INSERT INTO claims (id, article_id, json)', [T, T, T], doc.claims.map((x) => [x.id, x.articleId, JSON.stringify(x)]), guard, 'ON CONFLICT DO NOTHING')
  st.rows('INSERT INTO affiliations (article_id, json)', [T, T], (doc.affiliations ?? []).map((x) => [id, JSON.stringify(x)]), guard)
  st.rows('INSERT INTO places (article_id, mention_id, json)', [T, T, T], (doc.places ?? []).map((x) => [id, x.mentionId, JSON.stringify(x)]), guard)
  if (doc.syntax) {
    st.rows('INSERT INTO article_syntax (article_id, parser, json)', [T, T, T], [[id, doc.syntax.parser, encodeSyntax(doc.syntax)]], guard,
      'ON CONFLICT (article_id) DO UPDATE SET parser = excluded.parser, json = excluded.json')
  }
  st.rows('INSERT INTO sentences (article_id, seq, start, "end")', [T, 'int', 'int', 'int'], (doc.sentences ?? []).map((x, i) => [id, i, x.start, x.end]), guard,
    'ON CONFLICT (article_id, seq) DO UPDATE SET start = excluded.start, "end" = excluded."end"')
  st.rows('INSERT INTO article_stages (article_id, stage)', [T, T], [...new Set(doc.stages ?? [])].map((k) => [id, k]), guard, 'ON CONFLICT DO NOTHING')
  const failures = new Map((doc.failures ?? []).map((f) => { const r = failureRow({ ...f, articleId: id }); return [r[0], r] }))
  st.rows('INSERT INTO failures (id, article_id, item, stage, code, message, at)', [T, T, T, T, T, T, T], [...failures.values()], guard, FAILURE_UPSERT)
  // written only when not already pending, so concurrent saves do not queue on the one meta row
  st.rows('INSERT INTO meta (key, value)', [T, T], [['aggregate_pending', '1']], guard, "ON CONFLICT (key) DO UPDATE SET value = '1' WHERE meta.value <> '1'")
}

/** Save a new article with everything it carries in one statement; false when the id or content hash is already stored (by any process). */
export async function insertDoc(c: Sql, doc: StoredDoc): Promise<boolean> {
  const a = doc.article
  const st = new Statement()
  const bits = a.simhash && /^[0-9a-f]{16}$/i.test(a.simhash) ? a.simhash : null
  const values = [a.id, a.contentHash, a.simhash ?? null].map((v) => st.p(v)).join(', ') + `, ('x' || ${st.p(bits, 'text')})::bit(64), ` + [
    a.nearDupOf ?? null, a.title ?? null, a.outlet ?? null, a.url ?? null, a.author ?? null, a.published ?? null, a.dateline ?? null, a.source ?? null,
    a.text, JSON.stringify({ ...a, text: undefined }), a.ingestedAt ?? new Date().toISOString(),
  ].map((v) => st.p(v)).join(', ')
  annotationCtes(st, doc, 'EXISTS (SELECT 1 FROM a)')
  const r = await c.query(`WITH a AS (INSERT INTO articles (id, content_hash, simhash, simhash_bits, near_dup_of, title, outlet, url, author, published,
      dateline, source, text, json, ingested_at) VALUES (${values}) ON CONFLICT DO NOTHING RETURNING id)
    ${st.ctes.map((x) => `, ${x}`).join('')} SELECT count(*) AS n FROM a`, st.params) as { rows: Array<{ n: number }> }
  return Number(r.rows[0]?.n ?? 0) > 0
}

/** Write an existing article's annotations (after replaceDoc emptied them), in one statement. */
export async function insertAnnotations(c: Sql, doc: StoredDoc): Promise<void> {
  const st = new Statement()
  annotationCtes(st, doc, 'true')
  if (st.ctes.length) await c.query(`WITH ${st.ctes.join(', ')} SELECT 1`, st.params)
}

const FAILURE_UPSERT = `ON CONFLICT (id) DO UPDATE SET article_id = excluded.article_id, item = excluded.item, stage = excluded.stage,
  code = excluded.code, message = excluded.message, at = excluded.at`

function failureRow(f: NewFailure): unknown[] {
  const id = hashId('failure', `a:${f.articleId ?? ''}`, `i:${f.item ?? ''}`, `s:${f.stage ?? ''}`)
  return [id, f.articleId ?? null, f.item ?? null, f.stage ?? null, f.code, f.message, new Date().toISOString()]
}

export async function setMeta(c: Sql, key: string, value: string): Promise<void> {
  await c.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value])
}

export async function insertFailure(c: Sql, f: NewFailure): Promise<void> {
  await insertRows(c, 'INSERT INTO failures (id, article_id, item, stage, code, message, at)', ['text', 'text', 'text', 'text', 'text', 'text', 'text'],
    [failureRow(f)], FAILURE_UPSERT)
}

/** Tables holding an article's annotations (replaceDoc empties them for the article). */
export const ANNOTATION_TABLES = ['mentions', 'events', 'claims', 'affiliations', 'places', 'sentences', 'article_syntax', 'article_stages', 'failures',
  'mention_signatures', 'signed_articles'] as const

/** Replace entities, names, relations and model judgements; and mention → entity unless `replaceMentions` is false. */
export async function replaceResolution(c: Client, result: ResolutionResult, replaceMentions = true): Promise<void> {
  if (replaceMentions) await c.query('DELETE FROM mention_entity')
  await c.query("DELETE FROM entities; DELETE FROM entity_names; DELETE FROM relations; DELETE FROM judgements WHERE by <> 'user'")
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
