/**
 * Read-side queries: find an entity by name or id, and the plain per-actor
 * dossier (every mention with its stored sentence). The API and `dossier show`
 * use the richer `dossier.ts`.
 * @module
 */
import { DossierError } from '../model/index.js'
import type { Article, Claim, Entity, Event, Mention, Relation } from '../model/index.js'
import { sentenceOf } from './evidence.js'
import type { Store } from '../store/index.js'
import { articleNames } from './article-label.js'

export interface MentionInContext {
  readonly mention: Mention
  readonly articleId: string
  readonly articleTitle?: string | undefined
  /** The title, else a label marked as not one (opening words, file or page): see `articleLabel`. */
  readonly articleLabel?: string | undefined
  readonly sentence: { readonly start: number; readonly end: number; readonly text: string }
}

/** Relations of one entity to another, grouped: "has member: X (deputy chief; spokesman), 2 event(s)". */
export interface RelationGroup {
  /** The relation as read from this entity: hostile, cooperative, member_of, has member, part_of, has part, led by… */
  readonly label: string
  readonly otherId: string
  readonly otherName: string
  readonly roles: readonly string[]
  /** Events that evidence it. */
  readonly events: number
  readonly from?: string | undefined
  readonly to?: string | undefined
}

const INVERSE: Record<string, string> = { member_of: 'has member', part_of: 'has part', leader_of: 'led by' }

export function groupRelations(entityId: string, relations: ReadonlyArray<Relation & { readonly otherName: string }>): RelationGroup[] {
  const groups = new Map<string, { label: string; otherId: string; otherName: string; roles: Set<string>; events: number; from?: string | undefined; to?: string | undefined }>()
  for (const r of relations) {
    const label = r.b === entityId && INVERSE[r.kind] ? INVERSE[r.kind]! : r.kind
    const otherId = r.a === entityId ? r.b : r.a
    const key = `${label}|${otherId}`
    const g = groups.get(key) ?? { label, otherId, otherName: r.otherName, roles: new Set<string>(), events: 0, from: r.from, to: r.to }
    if (r.role) g.roles.add(r.role)
    g.events += r.evidence.filter((id) => id.startsWith('event_')).length
    if (r.from && (!g.from || r.from < g.from)) g.from = r.from
    if (r.to && (!g.to || r.to > g.to)) g.to = r.to
    groups.set(key, g)
  }
  return [...groups.values()].map((g) => ({ ...g, roles: [...g.roles] }))
}

export interface EntityDossier {
  readonly entity: Entity
  readonly mentions: readonly MentionInContext[]
  readonly relations: ReadonlyArray<Relation & { readonly otherName: string }>
  readonly relationGroups: readonly RelationGroup[]
  readonly events: readonly Event[]
  readonly claims: readonly Claim[]
}

/** Find one entity by id or name; ambiguity is an error listing the candidates. */
export async function findEntity(store: Store, nameOrId: string): Promise<Entity> {
  const byId = await store.getEntity(nameOrId)
  if (byId) return byId
  const exact = await store.findEntities(nameOrId)
  if (exact.length === 1) return exact[0]!
  const candidates = exact.length > 0 ? exact : (await store.listEntities({ q: nameOrId, limit: 20 }))
  if (candidates.length === 1) return candidates[0]!
  if (candidates.length === 0) {
    throw new DossierError('E_NOT_FOUND', `no entity named "${nameOrId}"`, { hint: 'list entities with `dossier entities`' })
  }
  throw new DossierError('E_NOT_FOUND', `"${nameOrId}" matches ${candidates.length} entities: ${candidates.map((c) => `${c.canonicalName} (${c.type}, ${c.id})`).join('; ')}`, {
    hint: 'give the entity id',
  })
}

export async function entityDossier(store: Store, nameOrId: string): Promise<EntityDossier> {
  const entity = await findEntity(store, nameOrId)
  const mentions = await store.mentionsOfEntity(entity.id)
  const articles = new Map<string, Article>()
  const inContext: MentionInContext[] = []
  for (const m of mentions) {
    let a = articles.get(m.articleId)
    if (!a) { a = await store.getArticle(m.articleId); if (a) articles.set(a.id, a) }
    if (!a) continue
    inContext.push({ mention: m, articleId: a.id, ...articleNames(a), sentence: await sentenceOf(store, a, m.start, m.end) })
  }
  const relations = await Promise.all((await store.relations(entity.id)).map(async (r) => {
    const other = await store.getEntity(r.a === entity.id ? r.b : r.a)
    return { ...r, otherName: other?.canonicalName ?? (r.a === entity.id ? r.b : r.a) }
  }))
  const mentionIds = new Set(mentions.map((m) => m.id))
  const articleIds = [...articles.keys()]
  const events: Event[] = []
  const claims: Claim[] = []
  for (const id of articleIds) {
    for (const e of await store.eventsOf(id)) {
      if ((e.actor?.mentionId && mentionIds.has(e.actor.mentionId)) || (e.target?.mentionId && mentionIds.has(e.target.mentionId)) ||
          e.actor?.entityId === entity.id || e.target?.entityId === entity.id) events.push(e)
    }
    for (const c of await store.claimsOf(id)) {
      if ((c.source.mentionId && mentionIds.has(c.source.mentionId)) || c.source.entityId === entity.id) claims.push(c)
    }
  }
  return { entity, mentions: inContext, relations, relationGroups: groupRelations(entity.id, relations), events, claims }
}
