/**
 * Resolution by signature: record the name signatures of articles not signed yet, then resolve the
 * representative occurrence of every distinct signature (see ./signatures.ts) and map each signature to the
 * entity of its representative. Memory and time follow the number of distinct signatures, not of articles;
 * the result is a function of the set of stored articles (any order, any batches).
 * @module
 */
import type { KbActor } from '../kb/actors.js'
import { hashId, type Judgement, type Mention } from '../model/index.js'
import { resolveEntities, type ResolveArticle } from '../resolve/index.js'
import type { Affiliation } from '../resolve/affiliations.js'
import { buildKbIndex, type KbIndex } from '../resolve/kb-match.js'
import type { ResolveOutput } from '../resolve/resolve.js'
import type { ArticleSignatureRows, Store, StoredPlace } from '../store/index.js'
import { articleSignatures, type ArticleSignatures } from './signatures.js'

/**
 * `articleSignatures` of the articles an earlier run in this process signed or read as representatives, per store:
 * the function is pure in (article, mentions, affiliations, knowledge base), so an article whose mentions and links
 * hash alike under the same KB index is not signed again. A user's verdict changes none of these, so the resolve
 * phase after a verdict (the review loop in the API or web UI) signs nothing. Kept per run: only the articles
 * the last run saw.
 */
export interface SignedMemo {
  readonly kb: KbIndex
  readonly byArticle: Map<string, { readonly fingerprint: string; readonly signed: ArticleSignatures }>
}

/** `articleSignatures` through the memo of the last run (`seen` collects this run's entries). */
function signedOf(articleId: string, mentions: readonly Mention[], affiliations: readonly Affiliation[], kb: KbIndex,
  memo: SignedMemo | undefined, seen: SignedMemo): ArticleSignatures {
  const fingerprint = hashId('signed-input', articleId, JSON.stringify(mentions), JSON.stringify(affiliations))
  // an article signed earlier in this run (new, and a representative) or in the last one
  const old = seen.byArticle.get(articleId) ?? (memo?.kb === kb ? memo.byArticle.get(articleId) : undefined)
  const signed = old?.fingerprint === fingerprint ? old.signed : articleSignatures(articleId, mentions, affiliations, kb)
  seen.byArticle.set(articleId, { fingerprint, signed })
  return signed
}

/** Sign every stored article that has no signatures yet (new or reprocessed ones); returns how many. */
export async function signArticles(store: Store, kb: KbIndex, memo?: SignedMemo, seen: SignedMemo = { kb, byArticle: new Map() }): Promise<number> {
  let n = 0
  for (;;) {
    const ids = await store.articlesToSign(500)
    if (ids.length === 0) return n
    const batch: ArticleSignatureRows[] = []
    for (const id of ids) {
      const s = signedOf(id, await store.mentionsOf(id), await store.affiliationsOf(id), kb, memo, seen)
      batch.push({ articleId: id, rows: s.rows.map((r) => ({ mentionId: r.mentionId, signature: r.signature })) })
    }
    await store.saveSignatureBatch(batch)
    n += batch.length
  }
}

export interface SignatureResolution {
  readonly resolution: ResolveOutput
  /** Signature → entity, for every signature whose representative resolved. */
  readonly signatureEntity: Map<string, string>
  /** Geocoded places of the representatives' mentions. */
  readonly places: StoredPlace[]
}

export interface RepresentativeInput {
  readonly mentions: Mention[]
  readonly affiliations: Affiliation[]
  readonly context: Map<string, string[]>
  /** Texts of the mentions left out of a representative article (their words break KB ties, as at signing). */
  readonly texts: Map<string, string[]>
  readonly places: StoredPlace[]
  /** Representative mention → the signature it stands for. */
  readonly signatureOf: Map<string, string>
}

/**
 * What resolution reads: each representative's mentions of the signatures it stands for (a pinned article whole).
 * `reps` (article → its signatures) narrows it to some signatures (a verdict's component, ./verdict.ts);
 * `onSigned` sees each representative's signing.
 */
export async function representativeInput(store: Store, kb: KbIndex, memo: SignedMemo | undefined, seen: SignedMemo,
  reps?: ReadonlyMap<string, readonly string[]>, onSigned?: (articleId: string, signed: ArticleSignatures) => void): Promise<RepresentativeInput> {
  const input: RepresentativeInput = { mentions: [], affiliations: [], context: new Map(), texts: new Map(), places: [], signatureOf: new Map() }
  for (const [articleId, sigs] of reps ?? await store.representatives()) {
    const mentions = await store.mentionsOf(articleId)
    const affiliations = await store.affiliationsOf(articleId)
    const signed = signedOf(articleId, mentions, affiliations, kb, memo, seen)
    onSigned?.(articleId, signed)
    const mine = new Set(sigs)
    const keep = new Set<string>()
    const omitted = new Set<string>()
    for (const r of signed.rows) {
      if (mine.has(r.signature)) input.signatureOf.set(r.mentionId, r.signature)
      if (signed.pinned || mine.has(r.signature)) keep.add(r.mentionId)
      else omitted.add(r.key)
    }
    for (const a of affiliations) {
      if (!keep.has(a.personMentionId)) continue
      keep.add(a.orgMentionId) // the organisation named in the link, so the relation has both ends
      input.affiliations.push(a)
    }
    const left: string[] = []
    for (const m of mentions) {
      if (signed.pinned || keep.has(m.id)) input.mentions.push(m)
      else left.push(m.text)
    }
    if (left.length > 0) input.texts.set(articleId, left)
    if (omitted.size > 0) input.context.set(articleId, [...omitted].sort())
    for (const p of await store.placesOf(articleId)) if (keep.has(p.mentionId)) input.places.push(p)
  }
  return input
}

/** The KB index of each knowledge base array (aggregation keeps one array per store while the user's actors stay the same). */
const kbIndexes = new WeakMap<readonly KbActor[], KbIndex>()

/** Signing memos of the last run in this process, per store (see `SignedMemo`). */
const signedMemos = new WeakMap<Store, SignedMemo>()

/** Forget a store's signing memo (`aggregate --full`). */
export function forgetSigned(store: Store): void {
  signedMemos.delete(store)
}

/** The KB index of a knowledge base array, built once per array. */
export function kbIndexOf(kb: readonly KbActor[]): KbIndex {
  let kbIndex = kbIndexes.get(kb)
  if (!kbIndex) kbIndexes.set(kb, (kbIndex = buildKbIndex(kb)))
  return kbIndex
}

/** A store's signing memo of the last run in this process, and a fresh one for this run to fill. */
export function signingMemos(store: Store, kbIndex: KbIndex): { memo: SignedMemo | undefined; seen: SignedMemo } {
  return { memo: signedMemos.get(store), seen: { kb: kbIndex, byArticle: new Map() } }
}

/** Sign new articles, then resolve the representatives of every signature. */
export async function resolveBySignature(store: Store, kb: readonly KbActor[], articles: readonly ResolveArticle[], judgements: readonly Judgement[]): Promise<SignatureResolution> {
  const kbIndex = kbIndexOf(kb)
  const { memo, seen } = signingMemos(store, kbIndex)
  await signArticles(store, kbIndex, memo, seen)
  const input = await representativeInput(store, kbIndex, memo, seen)
  signedMemos.set(store, seen)
  const resolution = resolveEntities({ mentions: input.mentions, articles, kb, judgements, affiliations: input.affiliations, context: input.context, texts: input.texts })
  const signatureEntity = new Map<string, string>()
  for (const [mentionId, sig] of input.signatureOf) {
    const e = resolution.mentionEntity.get(mentionId)
    if (e !== undefined && !signatureEntity.has(sig)) signatureEntity.set(sig, e)
  }
  return { resolution, signatureEntity, places: input.places }
}

/** Entity of each of these mentions (any article), through its signature. */
export async function entitiesOfMentions(store: Store, signatureEntity: ReadonlyMap<string, string>, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const [m, sig] of await store.signaturesOf([...new Set(ids)])) {
    const e = signatureEntity.get(sig)
    if (e !== undefined) out.set(m, e)
  }
  return out
}
