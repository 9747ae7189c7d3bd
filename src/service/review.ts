/**
 * The review loop: pairs the resolver was unsure about, and the user's
 * verdicts on them. User judgements are stored apart from the model's, always
 * win, and survive every re-resolution and re-ingest.
 * @module
 */
import { DossierError, hashId } from '../model/index.js'
import type { Entity, Judgement } from '../model/index.js'
import { judgementKey, kbEntityId } from '../resolve/index.js'
import type { Store } from '../store/index.js'
import { aggregate, knowledgeBase, type AggregateOptions } from './aggregate.js'
import { findEntity } from './queries.js'

/** What a verdict's aggregation reports back (benches and tests): phase times and how resolution ran. */
export interface VerdictOptions extends Pick<AggregateOptions, 'onPhase' | 'onResolve'> {
  /** Resolve every signature again instead of the verdict's component (the path before it; benches compare the two). */
  readonly wholeStore?: boolean
}

/** The aggregation after a verdict between keys a and b. */
async function afterVerdict(store: Store, a: string, b: string, opts: VerdictOptions): Promise<void> {
  const { wholeStore, ...rest } = opts
  await aggregate(store, wholeStore ? rest : { ...rest, verdict: [a, b] })
}

export interface ReviewItem {
  readonly judgement: Judgement
  /** Entities now holding each side's key, when found. */
  readonly a?: Entity | undefined
  readonly b?: Entity | undefined
  /** How to show each side to a person: the entity's or knowledge-base actor's name and type. */
  readonly labels: readonly [string, string]
}

/** The entity now holding a judgement key: `kb:<actorId>` for knowledge-base actors, `TYPE:nameKey` for names. */
function entityForKey(key: string, entities: readonly Entity[]): Entity | undefined {
  if (key.startsWith('kb:')) {
    const id = kbEntityId(key.slice(3))
    return entities.find((e) => e.id === id)
  }
  return entities.find((e) => [e.canonicalName, ...e.aliases].some((n) => judgementKey(n, e.type) === key))
}

/** Open review items: the model's `unsure` pairs no user has judged yet. */
export async function reviewQueue(store: Store): Promise<ReviewItem[]> {
  const all = await store.judgements()
  const judged = new Set(all.filter((j) => j.by === 'user').map((j) => [j.a, j.b].sort().join('\u0000')))
  const entities = await store.listEntities()
  const open = all.filter((j) => j.by === 'model' && j.verdict === 'unsure' && !judged.has([j.a, j.b].sort().join('\u0000')))
  open.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
  const kb = new Map((await knowledgeBase(store)).map((a) => [`kb:${a.id}`, a]))
  const label = (key: string, e: Entity | undefined) => {
    if (e) return `${e.canonicalName} (${e.type})`
    const actor = kb.get(key)
    return actor ? `${actor.name} (${actor.type}, knowledge base${actor.notes ? `: ${actor.notes.slice(0, 80)}` : ''})` : key
  }
  return open.map((judgement) => {
    const a = entityForKey(judgement.a, entities)
    const b = entityForKey(judgement.b, entities)
    return { judgement, a, b, labels: [label(judgement.a, a), label(judgement.b, b)] as const }
  })
}

/** Record a user's verdict between two judgement keys, then re-resolve. */
export async function judge(store: Store, a: string, b: string, verdict: 'same' | 'different', reason?: string, opts: VerdictOptions = {}): Promise<Judgement> {
  if (a === b) throw new DossierError('E_USAGE', `both sides are "${a}"`, { hint: 'name two different names or entities' })
  const [x, y] = a < b ? [a, b] : [b, a]
  const j: Judgement = {
    id: hashId('judgement', x, y, 'user'), a: x, b: y, verdict, score: 1, by: 'user',
    reason: reason ?? (verdict === 'same' ? 'accepted by user' : 'rejected by user'), at: new Date().toISOString(),
  }
  await store.addJudgement(j)
  await afterVerdict(store, x, y, opts)
  return j
}

/** Accept or reject an open review item by its judgement id (a prefix is enough when unique). */
export async function decide(store: Store, idOrPrefix: string, verdict: 'same' | 'different', opts: VerdictOptions = {}): Promise<Judgement> {
  const open = (await store.judgements('model')).filter((j) => j.id === idOrPrefix || j.id.startsWith(idOrPrefix))
  if (open.length !== 1) {
    throw new DossierError('E_NOT_FOUND', open.length ? `"${idOrPrefix}" matches ${open.length} judgements` : `no review item "${idOrPrefix}"`, {
      hint: 'list open items with `dossier review`',
    })
  }
  return judge(store, open[0]!.a, open[0]!.b, verdict, undefined, opts)
}

/**
 * Split two names that landed in one entity, or merge two entities, by name. For a split, both names are
 * looked up among the aliases of one entity; for a merge, each name is found as an entity.
 */
export async function judgeNames(store: Store, nameA: string, nameB: string, verdict: 'same' | 'different', opts: VerdictOptions = {}): Promise<Judgement> {
  const ea = await findEntity(store, nameA)
  const eb = await findEntity(store, nameB)
  const key = (name: string, e: Entity) => {
    const alias = [e.canonicalName, ...e.aliases].find((n) => n.toLowerCase() === name.toLowerCase()) ?? e.canonicalName
    return judgementKey(alias, e.type)
  }
  return judge(store, key(nameA, ea), key(nameB, eb), verdict, `${verdict === 'same' ? 'merged' : 'split'} by user: "${nameA}" / "${nameB}"`, opts)
}

export interface UndoResult {
  /** The verdict taken back. */
  readonly removed: Judgement
  /** The user's earlier verdict on the same pair, in force again; absent when the pair is back to the resolver's own call. */
  readonly restored?: Judgement | undefined
}

/**
 * Take back a user's verdict, by its id (or a unique prefix, or the id of the review item it settled): the store is
 * as it was before it (the earlier verdict on the pair, or none: the pair is open for review again), and the picture
 * is aggregated again.
 */
export async function undo(store: Store, given: string, opts: VerdictOptions = {}): Promise<UndoResult> {
  const idOrPrefix = given.startsWith('judgement_') ? given : `judgement_${given}`
  const matches = (list: readonly Judgement[]) => list.filter((j) => j.id === idOrPrefix || j.id.startsWith(idOrPrefix))
  const all = await store.judgements()
  const user = all.filter((j) => j.by === 'user')
  // a review item's id (the model's judgement) names its pair: the user's verdict on that pair is the one to take back
  const byItem = matches(all.filter((j) => j.by !== 'user')).map((m) => user.find((u) => u.a === m.a && u.b === m.b)).filter((j): j is Judgement => !!j)
  const found = [...new Map([...matches(user), ...byItem].map((j) => [j.id, j])).values()]
  if (found.length !== 1) {
    throw new DossierError('E_NOT_FOUND', found.length ? `"${idOrPrefix}" matches ${found.length} verdicts` : `no verdict "${idOrPrefix}" to undo`, {
      context: { id: idOrPrefix }, hint: found.length ? 'give more of the id' : 'undo takes the id printed when a verdict was recorded (or its review item id); list verdicts with `dossier review --verdicts`',
    })
  }
  const r = await store.undoJudgement(found[0]!.id)
  if (!r) throw new DossierError('E_NOT_FOUND', `verdict ${found[0]!.id} was taken back meanwhile`, { hint: 'list verdicts with `dossier review --verdicts`' })
  await afterVerdict(store, r.removed.a, r.removed.b, opts)
  return r
}

/** The user's verdicts in force, newest first. */
export async function verdicts(store: Store): Promise<Judgement[]> {
  return (await store.judgements('user')).sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : x.id < y.id ? -1 : 1))
}
