/**
 * The incremental-aggregation block of the PostgreSQL store: name signatures per mention, the articles signed,
 * and signature → entity (tables of migration 6, as SQLite's).
 * @module
 */
import type { ResolutionResult, SignatureRecord } from '../store.js'
import type { PgDb } from './db.js'
import { insertRows, replaceResolution } from './write.js'

export async function articlesToSign(db: PgDb, limit: number): Promise<string[]> {
  return (await db.query(`SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM signed_articles s WHERE s.article_id = a.id)
    ORDER BY a.id LIMIT $1`, [limit])).map((r) => String(r['id']))
}

export async function saveSignatures(db: PgDb, articleId: string, rows: readonly SignatureRecord[]): Promise<void> {
  await db.transaction(async (c) => {
    await c.query('DELETE FROM mention_signatures WHERE article_id = $1', [articleId])
    const byMention = new Map(rows.map((r) => [r.mentionId, r.signature]))
    await insertRows(c, 'INSERT INTO mention_signatures (mention_id, article_id, signature)', ['text', 'text', 'text'],
      [...byMention].map(([m, sig]) => [m, articleId, sig]), 'ON CONFLICT (mention_id) DO UPDATE SET article_id = excluded.article_id, signature = excluded.signature')
    await c.query('INSERT INTO signed_articles (article_id) VALUES ($1) ON CONFLICT DO NOTHING', [articleId])
  }, 'saving name signatures')
}

export async function representatives(db: PgDb): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  const rows = db.cursor('SELECT signature, min(article_id) AS article_id FROM mention_signatures GROUP BY signature ORDER BY article_id, signature', [], 5000)
  for await (const r of rows) {
    const a = String(r['article_id'])
    const list = out.get(a)
    if (list) list.push(String(r['signature']))
    else out.set(a, [String(r['signature'])])
  }
  return out
}

export async function saveSignatureResolution(db: PgDb, result: ResolutionResult, signatureEntity: ReadonlyMap<string, string>): Promise<void> {
  await db.transaction(async (c) => {
    await c.query("SELECT pg_advisory_xact_lock(hashtext('dossier.resolution'))")
    await replaceResolution(c, { ...result, mentionEntity: new Map() })
    await c.query('DELETE FROM signature_entity')
    await insertRows(c, 'INSERT INTO signature_entity (signature, entity_id)', ['text', 'text'], [...signatureEntity])
    await c.query(`INSERT INTO mention_entity (mention_id, entity_id)
      SELECT s.mention_id, e.entity_id FROM mention_signatures s JOIN signature_entity e ON e.signature = s.signature ORDER BY s.seq`)
  }, 'saving the resolution')
}

export async function signaturesOf(db: PgDb, mentionIds: readonly string[]): Promise<Map<string, string>> {
  if (mentionIds.length === 0) return new Map()
  const rows = await db.query('SELECT mention_id, signature FROM mention_signatures WHERE mention_id = ANY($1::text[])', [mentionIds])
  return new Map(rows.map((r) => [String(r['mention_id']), String(r['signature'])]))
}

export async function clearSignatures(db: PgDb): Promise<void> {
  await db.transaction((c) => c.query('DELETE FROM mention_signatures; DELETE FROM signed_articles; DELETE FROM signature_entity').then(() => undefined),
    'clearing name signatures')
}
