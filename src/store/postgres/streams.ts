/**
 * Streaming reads of the PostgreSQL store (exports, scans): server-side cursors, constant memory, storage order.
 * @module
 */
import type { Article, Claim, Entity, Event, EventCluster, Grade, Relation } from '../../model/index.js'
import type { ClaimRecord, EventRecord } from '../store.js'
import type { PgDb } from './db.js'
import { articleOf, clusterOf, parseJson } from './rows.js'

/** Event id → the cluster listing it (clusters keep their events in JSON). */
const EVENT_CLUSTER = `SELECT j.event_id, min(c.id) AS cluster_id FROM clusters c,
  jsonb_array_elements_text(c.json::jsonb -> 'eventIds') AS j(event_id) GROUP BY j.event_id`

export async function* iterateArticles(db: PgDb): AsyncGenerator<Article> {
  for await (const r of db.cursor('SELECT text, json FROM articles ORDER BY seq')) yield articleOf(r)
}

export async function* iterateEvents(db: PgDb): AsyncGenerator<EventRecord> {
  const rows = db.cursor(`SELECT e.json, c.json AS cluster, c.grade FROM events e
    LEFT JOIN (${EVENT_CLUSTER}) x ON x.event_id = e.id LEFT JOIN clusters c ON c.id = x.cluster_id ORDER BY e.seq`)
  for await (const r of rows) {
    yield {
      event: parseJson<Event>(r),
      cluster: r['cluster'] ? (JSON.parse(String(r['cluster'])) as EventCluster) : undefined,
      grade: r['grade'] ? (JSON.parse(String(r['grade'])) as Grade) : undefined,
    }
  }
}

export async function* iterateClaims(db: PgDb): AsyncGenerator<ClaimRecord> {
  const rows = db.cursor(`SELECT cl.json,
      json_agg(json_build_object('cluster', c.json::json, 'grade', c.grade::json) ORDER BY c.id) FILTER (WHERE c.id IS NOT NULL) AS clusters
    FROM claims cl LEFT JOIN LATERAL jsonb_array_elements_text(coalesce(cl.json::jsonb -> 'about', '[]'::jsonb)) AS a(event_id) ON true
      LEFT JOIN (${EVENT_CLUSTER}) x ON x.event_id = a.event_id LEFT JOIN clusters c ON c.id = x.cluster_id
    GROUP BY cl.seq, cl.json ORDER BY cl.seq`)
  for await (const r of rows) {
    const clusters = (r['clusters'] ?? []) as Array<{ cluster: EventCluster; grade: Grade | null }>
    const seen = new Set<string>()
    yield {
      claim: parseJson<Claim>(r),
      clusters: clusters.filter((c) => !seen.has(c.cluster.id) && seen.add(c.cluster.id)).map((c) => ({ cluster: c.cluster, grade: c.grade ?? undefined })),
    }
  }
}

export async function* iterateEntities(db: PgDb): AsyncGenerator<Entity> {
  for await (const r of db.cursor('SELECT json FROM entities ORDER BY id')) yield parseJson<Entity>(r)
}

export async function* iterateRelations(db: PgDb): AsyncGenerator<Relation> {
  for await (const r of db.cursor('SELECT json FROM relations ORDER BY id')) yield parseJson<Relation>(r)
}

export async function* iterateClusters(db: PgDb): AsyncGenerator<EventCluster & { grade?: Grade | undefined }> {
  for await (const r of db.cursor('SELECT json, grade FROM clusters ORDER BY id')) yield clusterOf(r)
}

export async function scanEntityMentions(db: PgDb, fn: (entityId: string, articleId: string, start: number, end: number) => void): Promise<void> {
  const rows = db.cursor('SELECT me.entity_id, m.article_id, m.start, m."end" FROM mention_entity me JOIN mentions m ON m.id = me.mention_id', [], 5000)
  for await (const r of rows) fn(String(r['entity_id']), String(r['article_id']), Number(r['start']), Number(r['end']))
}
