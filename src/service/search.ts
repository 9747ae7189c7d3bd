/**
 * Search: full-text over articles (SQLite FTS5, user text always escaped into
 * quoted phrase/prefix terms by the store) and entity search that tolerates
 * transliteration and aliases, using the resolver's name keys: "Dugmash" finds
 * Mumtaz Dughmush, "ISIL" finds Islamic State, "Abu Bakr Bagdadi" finds
 * Abu Bakr al-Baghdadi.
 * @module
 */
import { jaroWinkler } from '../resolve/compare.js'
import { foldAscii, nameKey, nameUnits, skeleton, skeletonToken } from '../resolve/translit.js'
import type { EntityType } from '../model/index.js'
import type { ArticleHit, ArticlePageOptions, ArticleSummary, EntitySummary, Store } from '../store/index.js'
import { readModel } from './read-model.js'
import { cmp } from './relations.js'
import { articleLabel } from './article-label.js'

export interface Page<T> {
  readonly total: number
  readonly limit: number
  readonly offset: number
  readonly items: readonly T[]
}

/** A search hit with the label a reader sees (the title, else the file or page, marked as no headline). */
export type LabelledHit = ArticleHit & { readonly label: string }

export async function searchArticles(store: Store, q: string, opts: { limit: number; offset: number }): Promise<Page<LabelledHit>> {
  const r = await store.searchArticles(q, opts)
  return { ...r, items: r.items.map((h) => ({ ...h, label: articleLabel(h) })), limit: opts.limit, offset: opts.offset }
}

/** A page of the article list (filters by outlet and date), each with the label a reader sees. */
export async function articlesPage(store: Store, opts: ArticlePageOptions): Promise<Page<ArticleSummary & { readonly label: string }>> {
  const r = await store.articlesPage(opts)
  return { ...r, items: r.items.map((a) => ({ ...a, label: articleLabel(a) })), limit: opts.limit, offset: opts.offset }
}

/** How a query met a name, best first. */
export type MatchHow = 'name' | 'alias' | 'spelling' | 'skeleton' | 'word' | 'prefix' | 'contains' | 'similar'

const SCORE: Record<MatchHow, number> = { name: 1, alias: 0.95, spelling: 0.9, skeleton: 0.8, word: 0.7, prefix: 0.65, contains: 0.55, similar: 0.5 }

export interface EntityHit {
  readonly entity: EntitySummary
  readonly score: number
  readonly matched: string
  readonly how: MatchHow
}

interface IndexedName {
  readonly name: string
  readonly canonical: boolean
  readonly folded: string
  readonly key: string
  readonly skeleton: string
  readonly unitKeys: readonly string[]
  readonly unitSkeletons: readonly string[]
}

interface EntityIndex {
  readonly revision: string
  readonly entries: ReadonlyArray<{ readonly entity: EntitySummary; readonly names: readonly IndexedName[] }>
}

const cache = new WeakMap<Store, EntityIndex>()

const skel = (u: string) => u.split(' ').map(skeletonToken).join(' ')

function indexName(name: string, type: EntityType, canonical: boolean): IndexedName {
  const units = nameUnits(name, type)
  return {
    name, canonical, folded: foldAscii(name).replace(/\s+/g, ' ').trim(), key: nameKey(name, type), skeleton: skeleton(name, type),
    unitKeys: units, unitSkeletons: units.map(skel),
  }
}

/** Indexed names per entity summary: a refreshed read model keeps the summaries of unchanged entities, so their names are not indexed again. */
const namesOf = new WeakMap<EntitySummary, readonly IndexedName[]>()

function indexedNames(entity: EntitySummary): readonly IndexedName[] {
  let names = namesOf.get(entity)
  if (!names) {
    names = [...new Set([entity.canonicalName, ...entity.aliases, ...(entity.kbAliases ?? [])])].map((n) => indexName(n, entity.type, n === entity.canonicalName))
    namesOf.set(entity, names)
  }
  return names
}

async function entityIndex(store: Store): Promise<EntityIndex> {
  const model = await readModel(store)
  const hit = cache.get(store)
  if (hit && hit.revision === model.revision) return hit
  const revision = model.revision
  const entries = [...model.entities.values()].map((entity) => ({ entity, names: indexedNames(entity) }))
  const index = { revision, entries }
  cache.set(store, index)
  return index
}

/** The best way a query meets one name, or undefined. */
function matchName(q: IndexedName, n: IndexedName): MatchHow | undefined {
  if (q.folded === n.folded) return n.canonical ? 'name' : 'alias'
  if (q.key !== '' && q.key === n.key) return 'spelling'
  if (q.skeleton !== '' && q.skeleton === n.skeleton && q.skeleton.replace(/ /g, '').length >= 3) return 'skeleton'
  // a one-word query against one word of the name: a surname, in any spelling
  if (q.unitKeys.length === 1 && q.folded.length >= 3) {
    if (n.unitKeys.includes(q.unitKeys[0]!)) return 'word'
    if (q.unitSkeletons[0]!.length >= 3 && n.unitSkeletons.includes(q.unitSkeletons[0]!)) return 'word'
  }
  if (q.folded.length >= 2 && n.folded.startsWith(q.folded)) return 'prefix'
  if (q.folded.length >= 3 && n.folded.includes(q.folded)) return 'contains'
  // Jaro-Winkler ≥ 0.9 needs Jaro ≥ 5/6 (the prefix bonus adds at most 0.4 of the rest), and Jaro is at most
  // (2 + shorter/longer) / 3: keys less than half as long as the other cannot be similar, so skip the comparison
  if (q.key.length >= 4 && n.key.length >= 4 && 2 * Math.min(q.key.length, n.key.length) >= Math.max(q.key.length, n.key.length) &&
      jaroWinkler(q.key, n.key) >= 0.9) return 'similar'
  return undefined
}

/** Entities whose name or an alias meets the query, best match first, then the most mentioned. */
export async function searchEntities(store: Store, q: string, opts: { type?: EntityType | undefined; limit: number; offset: number }): Promise<Page<EntityHit>> {
  const index = await entityIndex(store)
  const query = q.trim().slice(0, 200)
  const byType = new Map<EntityType, IndexedName>()
  const hits: EntityHit[] = []
  for (const { entity, names } of index.entries) {
    if (opts.type && entity.type !== opts.type) continue
    if (query === '') { hits.push({ entity, score: 0, matched: entity.canonicalName, how: 'name' }); continue }
    let qn = byType.get(entity.type)
    if (!qn) { qn = indexName(query, entity.type, false); byType.set(entity.type, qn) }
    let best: EntityHit | undefined
    for (const n of names) {
      const how = matchName(qn, n)
      if (how && (!best || SCORE[how] > best.score)) best = { entity, score: SCORE[how], matched: n.name, how }
    }
    if (best) hits.push(best)
  }
  hits.sort((x, y) => y.score - x.score || y.entity.mentionCount - x.entity.mentionCount || cmp(x.entity.canonicalName, y.entity.canonicalName) || cmp(x.entity.id, y.entity.id))
  return { total: hits.length, limit: opts.limit, offset: opts.offset, items: hits.slice(opts.offset, opts.offset + opts.limit) }
}
