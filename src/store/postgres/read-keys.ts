/**
 * The incremental read model's reads on PostgreSQL (see ReadModelKeys in store.ts; the SQLite twin is
 * sqlite-read-keys.ts): a version key per row the read model is built from, so a reader re-reads only what a
 * write touched, and reads restricted to a few entities.
 * @module
 */
import type { Entity, EventCluster, Grade } from '../../model/index.js'
import { withMention, EMPTY_MENTION_SET, type MentionSet } from '../mention-set.js'
import type { EntitySummary, ReadModelKeys } from '../store.js'
import type { PgDb, Row } from './db.js'
import { clusterOf } from './rows.js'

const pairs = (rows: readonly Row[]) => new Map(rows.map((r) => [String(r['id']), String(r['k'])]))

/**
 * Events and claims: their sequence number and length (a re-saved article's rows are inserted again and get new
 * sequence numbers, which are never reused). Clusters and entities: an md5 of the stored JSON, and for entities
 * of their set of mentions as well (the same order-free fingerprint as on SQLite). One snapshot for all of it.
 */
export async function readModelKeys(db: PgDb): Promise<ReadModelKeys> {
  return db.transaction(async (c) => {
    await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const q = async (sql: string) => (await c.query(sql)).rows as Row[]
    const events = pairs(await q("SELECT id, seq || ':' || octet_length(json) AS k FROM events"))
    const claims = pairs(await q("SELECT id, seq || ':' || octet_length(json) AS k FROM claims"))
    const clusters = pairs(await q("SELECT id, md5(json || '|' || coalesce(grade, '')) AS k FROM clusters"))
    const mentionSets = new Map<string, MentionSet>()
    const links = await c.query({ text: 'SELECT entity_id, mention_id FROM mention_entity', rowMode: 'array' })
    for (const r of links.rows as unknown[][]) {
      const e = String(r[0])
      mentionSets.set(e, withMention(mentionSets.get(e) ?? EMPTY_MENTION_SET, String(r[1])))
    }
    const entities = new Map<string, string>()
    for (const [id, digest] of pairs(await q('SELECT id, md5(json) AS k FROM entities'))) {
      const m = mentionSets.get(id)
      entities.set(id, `${digest}|${m ? `${m.count}.${m.xor}.${m.sum}` : '0'}`)
    }
    return { events, claims, clusters, entities, mentionSets }
  }, 'reading version keys')
}

/** Entity summaries (with mention and article counts) of these entities. */
export async function entitySummaries(db: PgDb, ids: readonly string[]): Promise<EntitySummary[]> {
  const rows = await db.query(`SELECT e.json, count(me.mention_id) AS mentions, count(DISTINCT m.article_id) AS articles
    FROM entities e LEFT JOIN mention_entity me ON me.entity_id = e.id LEFT JOIN mentions m ON m.id = me.mention_id
    WHERE e.id = ANY($1::text[]) GROUP BY e.id, e.json`, [ids])
  return rows.map((r) => ({ ...(JSON.parse(String(r['json'])) as Entity), mentionCount: Number(r['mentions']), articleCount: Number(r['articles']) }))
}

/** Visit the mentions of these entities: mention id, entity id, article id and span (no JSON decoded). */
export async function scanMentionsOfEntities(db: PgDb, ids: readonly string[],
  fn: (mentionId: string, entityId: string, articleId: string, start: number, end: number) => void): Promise<void> {
  for await (const r of db.cursor(`SELECT me.mention_id, me.entity_id, m.article_id, m.start, m."end" FROM mention_entity me
      JOIN mentions m ON m.id = me.mention_id WHERE me.entity_id = ANY($1::text[])`, [ids], 5000)) {
    fn(String(r['mention_id']), String(r['entity_id']), String(r['article_id']), Number(r['start']), Number(r['end']))
  }
}

/** These clusters with their grades. */
export async function clustersByIds(db: PgDb, ids: readonly string[]): Promise<Array<EventCluster & { grade?: Grade | undefined }>> {
  return (await db.query('SELECT json, grade FROM clusters WHERE id = ANY($1::text[])', [ids])).map(clusterOf)
}
