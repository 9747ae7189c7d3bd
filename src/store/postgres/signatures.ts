/**
 * The incremental-aggregation block of the PostgreSQL store: name signatures per mention, the articles signed,
 * and signature → entity (tables of migration 6, as SQLite's).
 * @module
 */
import type { ArticleSignatureRows, ResolutionResult } from '../store.js'
import type { PgDb } from './db.js'
import { insertRows, replaceResolution } from './write.js'

export async function articlesToSign(db: PgDb, limit: number): Promise<string[]> {
  return (await db.query(`SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM signed_articles s WHERE s.article_id = a.id)
    ORDER BY a.id LIMIT $1`, [limit])).map((r) => String(r['id']))
}

/** The name signatures of several articles, each replacing its earlier ones, in one transaction. */
export async function saveSignatures(db: PgDb, batch: readonly ArticleSignatureRows[]): Promise<void> {
  await db.transaction(async (c) => {
    for (const { articleId, rows } of batch) {
      await c.query('DELETE FROM mention_signatures WHERE article_id = $1', [articleId])
      const byMention = new Map(rows.map((r) => [r.mentionId, r.signature]))
      await insertRows(c, 'INSERT INTO mention_signatures (mention_id, article_id, signature)', ['text', 'text', 'text'],
        [...byMention].map(([m, sig]) => [m, articleId, sig]), 'ON CONFLICT (mention_id) DO UPDATE SET article_id = excluded.article_id, signature = excluded.signature')
      await c.query('INSERT INTO signed_articles (article_id) VALUES ($1) ON CONFLICT DO NOTHING', [articleId])
    }
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

/**
 * The resolution output, with every signed mention linked to the entity of its signature. Incremental, as in
 * SQLite: only the mentions of signatures whose entity changed (or that are gone) are rewritten, then the mentions
 * signed since are linked. Rows are written in the order SQLite writes them, so pages of an entity's mentions agree.
 */
export async function saveSignatureResolution(db: PgDb, result: ResolutionResult, signatureEntity: ReadonlyMap<string, string>): Promise<void> {
  await db.transaction(async (c) => {
    await c.query("SELECT pg_advisory_xact_lock(hashtext('dossier.resolution'))")
    await replaceResolution(c, { ...result, mentionEntity: new Map() }, false)
    await c.query('CREATE TEMP TABLE new_sig (ord int NOT NULL, signature text COLLATE "C" PRIMARY KEY, entity_id text COLLATE "C" NOT NULL) ON COMMIT DROP')
    await insertRows(c, 'INSERT INTO new_sig (ord, signature, entity_id)', ['int', 'text', 'text'], [...signatureEntity].map(([sig, e], i) => [i, sig, e]))
    await c.query(`CREATE TEMP TABLE gone_sig ON COMMIT DROP AS
      SELECT se.signature FROM signature_entity se WHERE NOT EXISTS (SELECT 1 FROM new_sig n WHERE n.signature = se.signature)`)
    await c.query(`CREATE TEMP TABLE changed_sig ON COMMIT DROP AS
      SELECT n.ord, n.signature, n.entity_id FROM new_sig n LEFT JOIN signature_entity se ON se.signature = n.signature
      WHERE se.entity_id IS DISTINCT FROM n.entity_id`)
    await c.query(`DELETE FROM mention_entity WHERE mention_id IN (SELECT s.mention_id FROM mention_signatures s
      WHERE s.signature IN (SELECT signature FROM gone_sig UNION ALL SELECT signature FROM changed_sig))`)
    await c.query('DELETE FROM signature_entity WHERE signature IN (SELECT signature FROM gone_sig)')
    await c.query(`INSERT INTO signature_entity (signature, entity_id) SELECT signature, entity_id FROM changed_sig
      ON CONFLICT (signature) DO UPDATE SET entity_id = excluded.entity_id`)
    await c.query(`INSERT INTO mention_entity (mention_id, entity_id) SELECT s.mention_id, ch.entity_id FROM changed_sig ch
      JOIN mention_signatures s ON s.signature = ch.signature ORDER BY ch.ord, s.article_id, s.seq`)
    await c.query('DELETE FROM mention_entity me WHERE NOT EXISTS (SELECT 1 FROM mention_signatures s WHERE s.mention_id = me.mention_id)')
    await c.query(`INSERT INTO mention_entity (mention_id, entity_id) SELECT s.mention_id, e.entity_id FROM mention_signatures s
      JOIN signature_entity e ON e.signature = s.signature WHERE NOT EXISTS (SELECT 1 FROM mention_entity me WHERE me.mention_id = s.mention_id) ORDER BY s.seq`)
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

export async function signatureEntities(db: PgDb): Promise<Map<string, string>> {
  const rows = await db.query('SELECT signature, entity_id FROM signature_entity ORDER BY signature')
  return new Map(rows.map((r) => [String(r['signature']), String(r['entity_id'])]))
}

export async function putSignatureEntities(db: PgDb, rows: ReadonlyMap<string, string>): Promise<void> {
  await db.transaction((c) => insertRows(c, 'INSERT INTO signature_entity (signature, entity_id)', ['text', 'text'], [...rows],
    'ON CONFLICT (signature) DO UPDATE SET entity_id = excluded.entity_id'), 'copying signature entities')
}
