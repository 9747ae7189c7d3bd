/**
 * A user's verdict re-resolves only what it can change. `resolveEntities` is one greedy union over candidate edges,
 * and every candidate edge leaves a model judgement (`same`, `unsure` or `different`), so a verdict between two keys
 * can only move the nodes connected to them through stored judgements: their *component*. This file takes that
 * component (closed under the judgements and under the entities holding its keys), resolves only the representatives'
 * mentions of its signatures, and splices entities, judgements, relations and signature links into the stored ones.
 *
 * Where the result could depend on more than the component, it answers `undefined` with the reason and the caller
 * rebuilds in full: a pinned article (resolution reads across articles), a store not fully aggregated under the same
 * rules and knowledge base, a judgement of the partial run leaving the component, a resolver relation crossing its
 * border, or entity ids that are not each one's own natural-key hash (the resolver disambiguates colliding ids in
 * an order over all entities).
 * @module
 */
import type { KbActor } from '../kb/actors.js'
import { hashId, type Entity, type Judgement, type Relation } from '../model/index.js'
import { judgementKey, kbEntityId, nameKey, resolveEntities, type ResolveArticle } from '../resolve/index.js'
import type { NameType } from '../resolve/translit.js'
import type { Store } from '../store/index.js'
import { kbIndexOf, representativeInput, signingMemos, type SignatureResolution } from './resolve-signatures.js'
import type { ArticleSignatures } from './signatures.js'

/** Above this share of all signatures, resolving the component costs about what a full run costs. */
const MAX_SHARE = 0.5
const RESOLVER_KINDS = new Set<Relation['kind']>(['member_of', 'part_of', 'leader_of'])

export type ComponentResult = { readonly ok: true; readonly result: SignatureResolution; readonly signatures: number } | { readonly ok: false; readonly reason: string }

const fail = (reason: string): ComponentResult => ({ ok: false, reason })

/** Keys connected to `start` through these judgements (model and user). */
function closure(start: Iterable<string>, adjacent: ReadonlyMap<string, readonly string[]>): Set<string> {
  const out = new Set(start)
  const todo = [...out]
  while (todo.length) for (const k of adjacent.get(todo.pop()!) ?? []) if (!out.has(k)) { out.add(k); todo.push(k) }
  return out
}

function adjacency(judgements: readonly Judgement[]): Map<string, string[]> {
  const adj = new Map<string, string[]>()
  const link = (x: string, y: string) => { const l = adj.get(x); if (l) l.push(y); else adj.set(x, [y]) }
  for (const j of judgements) { link(j.a, j.b); link(j.b, j.a) }
  return adj
}

/** A node key without the state or host it carries (`ORG:congress@pe` → `ORG:congress`). */
const baseKey = (key: string) => key.replace(/(@|#in:).*$/u, '')

/** Entities that hold a key of the component by one of their names (any type the component names), or are its KB actors. */
function entitiesOfKeys(keys: ReadonlySet<string>, entities: readonly Entity[]): Set<string> {
  const bases = new Set([...keys].map(baseKey))
  const types = new Set([...bases].filter((k) => !k.startsWith('kb:')).map((k) => k.slice(0, k.indexOf(':'))))
  const out = new Set<string>()
  for (const k of keys) if (k.startsWith('kb:')) out.add(kbEntityId(k.slice(3)))
  for (const e of entities) {
    const names = [e.canonicalName, ...e.aliases]
    if (names.some((n) => [...types].some((t) => bases.has(judgementKey(n, t))))) out.add(e.id)
  }
  return out
}

/**
 * The ids an entity's id may be before the resolver disambiguates a collision (`hashId('entity', type, nameKey)`, or
 * the KB actor's id): a KB entity stands for one of the actors of its name.
 */
function naturalIds(e: Entity, kbByName: ReadonlyMap<string, readonly string[]>): string[] {
  if (e.origin === 'kb') return (kbByName.get(e.canonicalName) ?? []).map((id) => kbEntityId(id))
  return [hashId('entity', e.type, nameKey(e.canonicalName, e.type as NameType))]
}

/**
 * True when the component's entity ids, before and after, depend on the component only: each is its own natural id,
 * and no entity outside shares a natural id with one of them (the resolver gives the second of two colliding
 * entities a longer id, in an order over all entities).
 */
function idsAreLocal(before: readonly Entity[], after: readonly Entity[], outside: readonly Entity[], kb: readonly KbActor[]): boolean {
  const kbByName = new Map<string, string[]>()
  for (const a of kb) { const ids = kbByName.get(a.name); if (ids) ids.push(a.id); else kbByName.set(a.name, [a.id]) }
  const mine = new Set<string>()
  for (const e of [...before, ...after]) {
    if (!naturalIds(e, kbByName).includes(e.id)) return false
    mine.add(e.id)
  }
  if (new Set(after.map((e) => e.id)).size !== after.length) return false
  return !outside.some((e) => naturalIds(e, kbByName).some((id) => mine.has(id)))
}

const plain = (e: Entity & { mentionCount?: number; articleCount?: number }): Entity => {
  const { mentionCount: _m, articleCount: _a, ...rest } = e
  return rest
}

/**
 * Re-resolve the component of the judged keys only and splice it into the stored resolution. The store must have
 * been aggregated in full before (the caller checks its summary); `judged` are the two keys of the verdict.
 */
export async function resolveComponent(store: Store, kb: readonly KbActor[], articles: readonly ResolveArticle[],
  judged: readonly string[]): Promise<ComponentResult> {
  if ((await store.articlesToSign(1)).length > 0) return fail('articles not signed yet')
  const all = await store.judgements()
  const user = all.filter((j) => j.by === 'user')
  const resolver = all.filter((j) => j.by !== 'user') // the model's and the knowledge base's
  const adj = adjacency(all)
  const stored = (await store.listEntities({ limit: Number.MAX_SAFE_INTEGER })).map(plain)
  const sigEntity = await store.signatureEntities()
  const reps = await store.representatives()
  const repOf = new Map<string, string>()
  for (const [articleId, sigs] of reps) for (const s of sigs) repOf.set(s, articleId)
  const kbIndex = kbIndexOf(kb)
  const { memo, seen } = signingMemos(store, kbIndex)

  // the component: keys through judgements, the entities holding them, their signatures, and those signatures' keys
  let keys = closure(judged, adj)
  let oldIds = new Set<string>()
  let sigs = new Set<string>()
  const signedRows = new Map<string, ArticleSignatures>()
  for (let round = 0; ; round++) {
    if (round > 20) return fail('component did not settle')
    oldIds = entitiesOfKeys(keys, stored)
    sigs = new Set([...sigEntity].filter(([, e]) => oldIds.has(e)).map(([s]) => s))
    if (sigs.size > MAX_SHARE * sigEntity.size) return fail(`component holds ${sigs.size} of ${sigEntity.size} signatures`)
    const more = new Set<string>()
    for (const s of sigs) {
      const articleId = repOf.get(s)
      if (articleId === undefined) return fail(`signature without a representative`)
      if (!signedRows.has(articleId)) {
        await representativeInput(store, kbIndex, memo, seen, new Map([[articleId, []]]), (id, signed) => signedRows.set(id, signed))
      }
      const signed = signedRows.get(articleId)!
      if (signed.pinned) return fail(`pinned article ${articleId}`)
      for (const r of signed.rows) if (r.signature === s && !keys.has(r.key)) more.add(r.key)
    }
    if (more.size === 0) break
    keys = closure([...keys, ...more], adj)
  }
  const narrowed = new Map<string, string[]>()
  for (const s of sigs) narrowed.set(repOf.get(s)!, [...(narrowed.get(repOf.get(s)!) ?? []), s])
  const input = await representativeInput(store, kbIndex, memo, seen, narrowed)
  const partial = resolveEntities({ mentions: input.mentions, articles, kb, judgements: user, affiliations: input.affiliations, context: input.context, texts: input.texts })

  // guards: nothing the partial run decided may reach outside the component
  // (judgements between two keys outside are the context's: an organisation named in a person's link, kept as stored)
  const outside = partial.judgements.find((j) => keys.has(j.a) !== keys.has(j.b))
  if (outside) return fail(`judgement leaves the component: ${outside.a} / ${outside.b}`)
  const signatureEntity = new Map([...sigEntity].filter(([s]) => !sigs.has(s)))
  const newIds = new Set<string>()
  for (const [mentionId, sig] of input.signatureOf) {
    const e = partial.mentionEntity.get(mentionId)
    if (e !== undefined && !signatureEntity.has(sig)) { signatureEntity.set(sig, e); newIds.add(e) }
  }
  const sigOfMention = new Map<string, string>()
  for (const signed of signedRows.values()) for (const r of signed.rows) sigOfMention.set(r.mentionId, r.signature)
  for (const [mentionId, e] of partial.mentionEntity) {
    const sig = sigOfMention.get(mentionId)
    if (newIds.has(e) && sig !== undefined && !sigs.has(sig)) return fail(`an entity of the component holds a name outside it`)
  }
  const crosses = (r: Relation, ids: ReadonlySet<string>) => ids.has(r.a) !== ids.has(r.b)
  const storedResolver = (await store.relations()).filter((r) => RESOLVER_KINDS.has(r.kind))
  if (storedResolver.some((r) => crosses(r, oldIds))) return fail('a stored relation crosses the component')
  const partialRelations = partial.relations.filter((r) => newIds.has(r.a) || newIds.has(r.b))
  if (partialRelations.some((r) => crosses(r, newIds))) return fail('a new relation crosses the component')
  const outsideEntities = stored.filter((e) => !oldIds.has(e.id))
  const newEntities = partial.entities.filter((e) => newIds.has(e.id))
  if (!idsAreLocal(stored.filter((e) => oldIds.has(e.id)), newEntities, outsideEntities, kb)) return fail('entity ids depend on entities outside the component')
  const entities = [...outsideEntities, ...newEntities]

  const judgements = [...resolver.filter((j) => !keys.has(j.a)), ...partial.judgements.filter((j) => keys.has(j.a))]
  const relations = [...storedResolver.filter((r) => !oldIds.has(r.a)), ...partialRelations]
  const mentionEntity = new Map([...partial.mentionEntity].filter(([, e]) => newIds.has(e)))
  return {
    ok: true,
    signatures: sigs.size,
    result: { resolution: { entities, mentionEntity, judgements, relations }, signatureEntity, places: input.places.filter((p) => mentionEntity.has(p.mentionId)) },
  }
}
