/**
 * Copy a whole store into another (SQLite ↔ PostgreSQL) through Dossier's lossless JSON lines: the source is
 * exported to a temporary file, imported into the empty target (the resolution then copied in its own order), what the export does not carry (sentence
 * spans, stored syntax, stage keys, failures, the pending-aggregation flag) is copied article by article, and
 * the target is exported again: the copy is accepted only when the record counts and the SHA-256 of the two
 * exports are equal.
 * @module
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { DossierError } from '../model/index.js'
import type { FailureRecord, Store } from '../store/index.js'
import { importJsonl } from './import-jsonl.js'
import { writeJsonl } from './jsonl.js'
import type { Sink } from './sink.js'

/** Records of an export by type (article, mention, event, claim, entity, relation, judgement, cluster, actor), and its SHA-256. */
export interface ExportDigest {
  readonly counts: Readonly<Record<string, number>>
  readonly sha256: string
}

export interface MigrateSummary {
  readonly source: ExportDigest
  readonly target: ExportDigest
  /** Articles whose sentences, syntax, stage keys or failures were copied beside the export. */
  readonly extras: number
}

/** Count and hash a store's JSON lines export as it streams; `also` receives every chunk (a file to import). */
export async function digestStore(store: Store, also?: Sink): Promise<ExportDigest> {
  const hash = createHash('sha256')
  const counts: Record<string, number> = {}
  const add = (k: string, n: number) => { counts[k] = (counts[k] ?? 0) + n }
  await writeJsonl(store, {
    async write(chunk) {
      hash.update(chunk)
      const o = JSON.parse(chunk) as { type: string; mentions?: unknown[]; events?: unknown[]; claims?: unknown[] }
      add(o.type, 1)
      if (o.type === 'article') { add('mention', o.mentions?.length ?? 0); add('event', o.events?.length ?? 0); add('claim', o.claims?.length ?? 0) }
      await also?.write(chunk)
    },
  })
  return { counts, sha256: hash.digest('hex') }
}

async function isEmpty(store: Store): Promise<boolean> {
  return (await store.countArticles()) === 0 && (await store.countEntities()) === 0 && (await store.judgements()).length === 0 && (await store.actors()).length === 0
}

/** Copy what the JSON lines export leaves out: per article sentences, syntax, stage keys and failures; item failures; the pending flag. */
async function copyExtras(from: Store, to: Store): Promise<number> {
  const stages = new Map((await from.articleAnalyses()).map((a) => [a.id, a.stages]))
  const failuresOf = new Map<string, FailureRecord[]>()
  for (const f of await from.failures()) {
    if (f.articleId) { const l = failuresOf.get(f.articleId) ?? []; l.push(f); failuresOf.set(f.articleId, l) } else await to.recordFailure(f)
  }
  let n = 0
  for await (const article of from.iterateArticles()) {
    const [sentences, syntax] = [await from.sentencesOf(article.id), await from.syntaxOf(article.id)]
    const st = stages.get(article.id) ?? []
    const fs = failuresOf.get(article.id) ?? []
    if (!sentences.length && !syntax && !st.length && !fs.length) continue
    await to.replaceDoc({
      article, mentions: await from.mentionsOf(article.id), events: await from.eventsOf(article.id), claims: await from.claimsOf(article.id),
      affiliations: await from.affiliationsOf(article.id), places: await from.placesOf(article.id),
      sentences, syntax, stages: st, failures: fs.map(({ id: _id, at: _at, ...f }) => f),
    })
    n++
  }
  await to.setAggregatePending(await from.aggregatePending())
  return n
}

/** Migrate `from` into the empty store `to`; throws E_STORE when the target is not empty or the copy does not verify. */
export async function migrateStore(from: Store, to: Store, onProgress?: (step: string) => void): Promise<MigrateSummary> {
  if (!(await isEmpty(to))) {
    throw new DossierError('E_STORE', 'the target store is not empty', { hint: 'migrate into a new database (createdb, or a new file path); `dossier import` merges into a filled one' })
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-migrate-'))
  try {
    const file = join(dir, 'export.jsonl')
    const out = createWriteStream(file)
    onProgress?.('exporting the source')
    const source = await digestStore(from, {
      async write(chunk) { if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r())) },
    })
    out.end()
    await finished(out)
    onProgress?.('importing into the target')
    await importJsonl(to, createReadStream(file))
    // the import rebuilds mention → entity in export order; the resolution's own order (pages of an entity's mentions) is copied
    const entities = []
    for await (const e of from.iterateEntities()) entities.push(e)
    const relations = []
    for await (const r of from.iterateRelations()) relations.push(r)
    await to.saveResolution({ entities, mentionEntity: await from.mentionEntities(), judgements: await from.judgements(), relations })
    onProgress?.('copying sentences, syntax, stages and failures')
    const extras = await copyExtras(from, to)
    onProgress?.('verifying')
    const target = await digestStore(to)
    const diff = Object.keys({ ...source.counts, ...target.counts }).filter((k) => source.counts[k] !== target.counts[k])
    if (diff.length || source.sha256 !== target.sha256) {
      throw new DossierError('E_STORE', `the copy does not match the source: ${diff.length ? diff.map((k) => `${k} ${source.counts[k] ?? 0} → ${target.counts[k] ?? 0}`).join(', ') : 'same counts, different export checksum'}`, {
        context: { source, target }, hint: 'the target is left as it is for inspection; drop it and report the message',
      })
    }
    return { source, target, extras }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
