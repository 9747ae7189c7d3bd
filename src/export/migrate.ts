/**
 * Copy a whole store into another (SQLite ↔ PostgreSQL) through Dossier's lossless JSON lines: the source is
 * exported to a temporary file, imported into the empty target (the resolution then copied in its own order), what
 * the export does not carry (sentence spans, stored syntax, stage keys, failures, the pending-aggregation flag, the
 * name signatures of incremental aggregation) is copied article by article, and the target is exported again: the
 * copy is accepted only when the record counts and the SHA-256 of the two exports are equal, and so are the
 * signatures' counts and SHA-256.
 * @module
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { DossierError } from '../model/index.js'
import type { FailureRecord, SignatureRecord, Store } from '../store/index.js'
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
  /** The name signatures of incremental aggregation, in both stores (`signatureDigest`). */
  readonly signatures: { readonly source: ExportDigest; readonly target: ExportDigest }
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

/** Copy what the JSON lines export leaves out: per article sentences, syntax, stage keys and failures; item failures; the pending flag and the last aggregation's summary; name signatures. */
async function copyExtras(from: Store, to: Store): Promise<number> {
  const unsigned = new Set(await from.articlesToSign(Number.MAX_SAFE_INTEGER))
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
    const mentions = await from.mentionsOf(article.id)
    if (sentences.length || syntax || st.length || fs.length) {
      await to.replaceDoc({
        article, mentions, events: await from.eventsOf(article.id), claims: await from.claimsOf(article.id),
        affiliations: await from.affiliationsOf(article.id), places: await from.placesOf(article.id),
        sentences, syntax, stages: st, failures: fs.map(({ id: _id, at: _at, ...f }) => f),
      })
      n++
    }
    // after replaceDoc, which forgets an article's signatures
    if (!unsigned.has(article.id)) await to.saveSignatures(article.id, await signatureRows(from, mentions))
  }
  await to.putSignatureEntities(await from.signatureEntities())
  const summary = await from.aggregateSummary()
  if (summary) await to.saveAggregateSummary(summary) // it names the rules the copied signatures were made by
  await to.setAggregatePending(await from.aggregatePending())
  return n
}

/** An article's recorded name signatures, in mention order. */
async function signatureRows(store: Store, mentions: readonly { id: string }[]): Promise<SignatureRecord[]> {
  const sigs = await store.signaturesOf(mentions.map((m) => m.id))
  return mentions.flatMap((m) => { const signature = sigs.get(m.id); return signature ? [{ mentionId: m.id, signature }] : [] })
}

/**
 * Counts and SHA-256 of the incremental-aggregation state the export does not carry: each signed article with its
 * mentions' signatures (`signed article`, `name signature`), and signature → entity (`signature entity`).
 */
export async function signatureDigest(store: Store): Promise<ExportDigest> {
  const hash = createHash('sha256')
  const unsigned = new Set(await store.articlesToSign(Number.MAX_SAFE_INTEGER))
  const counts: Record<string, number> = { 'signed article': 0, 'name signature': 0, 'signature entity': 0 }
  for await (const article of store.iterateArticles()) {
    if (unsigned.has(article.id)) continue
    const rows = await signatureRows(store, await store.mentionsOf(article.id))
    hash.update(`${article.id}\n${rows.map((r) => `${r.mentionId} ${r.signature}`).join('\n')}\n\n`)
    counts['signed article']!++
    counts['name signature']! += rows.length
  }
  const entities = [...(await store.signatureEntities())].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  for (const [sig, e] of entities) hash.update(`${sig} ${e}\n`)
  counts['signature entity'] = entities.length
  return { counts, sha256: hash.digest('hex') }
}

/** "type n → m" for every count that differs. */
function differences(a: ExportDigest, b: ExportDigest): string[] {
  return Object.keys({ ...a.counts, ...b.counts }).filter((k) => a.counts[k] !== b.counts[k]).map((k) => `${k} ${a.counts[k] ?? 0} → ${b.counts[k] ?? 0}`)
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
    onProgress?.('copying sentences, syntax, stages, failures and name signatures')
    const extras = await copyExtras(from, to)
    onProgress?.('verifying')
    const target = await digestStore(to)
    const signatures = { source: await signatureDigest(from), target: await signatureDigest(to) }
    const diff = [...differences(source, target), ...differences(signatures.source, signatures.target)]
    if (diff.length || source.sha256 !== target.sha256 || signatures.source.sha256 !== signatures.target.sha256) {
      const what = diff.length ? diff.join(', ') : source.sha256 !== target.sha256 ? 'same counts, different export checksum' : 'same counts, different name signatures'
      throw new DossierError('E_STORE', `the copy does not match the source: ${what}`, {
        context: { source, target, signatures }, hint: 'the target is left as it is for inspection; drop it and report the message',
      })
    }
    return { source, target, extras, signatures }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
