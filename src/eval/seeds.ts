/**
 * `dossier eval seeds <dir>`: ingest a folder of articles with a gold.json (the
 * format of the founding seeds) into a fresh store and score entities, merges,
 * events, claims and relations the way DESIGN.md's eval contract says.
 * @module
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { z } from 'zod'
import { DossierError } from '../model/index.js'
import type { Claim, Entity, Event, Relation } from '../model/index.js'
import { ingest } from '../service/ingest.js'
import { SqliteStore } from '../store/index.js'
import type { EvalTask } from './index.js'
import { formatTable } from './report.js'

const GoldEntity = z.object({
  id: z.string(), type: z.string(), canonical: z.string(), aliases: z.array(z.string()).default([]), optional: z.boolean().optional(),
})
const GoldEvent = z.object({
  id: z.string(), doc: z.string(), actor: z.string().nullable(), target: z.string().nullable(), cameo_root: z.string().nullable(),
  optional: z.boolean().optional(), what: z.string().optional(),
})
const GoldClaim = z.object({
  doc: z.string(), speaker: z.string(), verb: z.string(), stance: z.string(), about: z.string().optional(), optional: z.boolean().optional(),
})
const GoldRelation = z.object({ a: z.string(), b: z.string(), polarity: z.string(), optional: z.boolean().optional() })
export const SeedsGold = z.object({
  entities: z.array(GoldEntity),
  must_not_merge: z.array(z.tuple([z.string(), z.string()])).default([]),
  events: z.array(GoldEvent).default([]),
  claims: z.array(GoldClaim).default([]),
  relations: z.array(GoldRelation).default([]),
})
export type SeedsGold = z.infer<typeof SeedsGold>

export interface SystemOutput {
  readonly entities: readonly Entity[]
  /** mention id → entity id */
  readonly mentionEntity: ReadonlyMap<string, string>
  /** article id → gold document key (file name) */
  readonly docOf: ReadonlyMap<string, string>
  readonly events: readonly Event[]
  readonly claims: readonly Claim[]
  readonly relations: readonly Relation[]
}

export interface SeedsScore {
  entityRecall: number
  wrongMerges: number
  eventRecall: number
  claimRecall: number
  relationRecall: number
  score: number
  spuriousEvents: number
  missing: { entities: string[]; events: string[]; claims: string[]; relations: string[] }
  merges: string[]
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim()

/** Score system output against gold (pure; exported for tests). */
export function scoreSeeds(gold: SeedsGold, sys: SystemOutput): SeedsScore {
  const namesOf = (e: Entity) => new Set([e.canonicalName, ...e.aliases].map(norm))
  const goldNames = new Map(gold.entities.map((g) => [g.id, new Set([g.canonical, ...g.aliases].map(norm))]))
  const shares = (e: Entity, gid: string) => [...namesOf(e)].some((n) => goldNames.get(gid)?.has(n))
  /** gold entity id(s) a system entity stands for (name match and same type). */
  const goldOf = new Map<string, string[]>()
  for (const e of sys.entities) goldOf.set(e.id, gold.entities.filter((g) => g.type === e.type && shares(e, g.id)).map((g) => g.id))

  const required = gold.entities.filter((g) => !g.optional)
  const missingEntities = required.filter((g) => !sys.entities.some((e) => e.type === g.type && shares(e, g.id))).map((g) => g.id)
  const entityRecall = required.length ? (required.length - missingEntities.length) / required.length : 1

  // wrong merges: pairs of different gold entities whose names both landed in one system entity (type ignored: stricter)
  const merged = new Set<string>()
  for (const e of sys.entities) {
    const hits = gold.entities.filter((g) => shares(e, g.id)).map((g) => g.id).sort()
    for (let i = 0; i < hits.length; i++) for (let j = i + 1; j < hits.length; j++) merged.add(`${hits[i]}+${hits[j]}`)
  }
  const mustNot = new Set(gold.must_not_merge.map(([a, b]) => [a, b].sort().join('+')))
  const nonOptional = new Set(required.map((g) => g.id))
  const merges = [...merged].filter((k) => mustNot.has(k) || k.split('+').every((id) => nonOptional.has(id)))

  const roleGold = (role: Event['actor'] | undefined): string[] => {
    if (!role) return []
    const eid = role.entityId ?? (role.mentionId ? sys.mentionEntity.get(role.mentionId) : undefined)
    return eid ? (goldOf.get(eid) ?? []) : []
  }
  const eventMatches = (g: z.infer<typeof GoldEvent>, e: Event): boolean => {
    if (sys.docOf.get(e.articleId) !== g.doc) return false
    if (g.cameo_root && e.cameoRoot !== g.cameo_root) return false
    if (g.actor && !roleGold(e.actor).includes(g.actor)) return false
    if (g.target && !roleGold(e.target).includes(g.target)) return false
    if (!g.target && e.target && roleGold(e.target).length > 0) return false
    return true
  }
  const requiredEvents = gold.events.filter((g) => !g.optional)
  const missingEvents = requiredEvents.filter((g) => !sys.events.some((e) => eventMatches(g, e))).map((g) => g.id)
  const eventRecall = requiredEvents.length ? (requiredEvents.length - missingEvents.length) / requiredEvents.length : 1
  const spuriousEvents = sys.events.filter((e) => !gold.events.some((g) => eventMatches(g, e))).length

  const goldEventById = new Map(gold.events.map((g) => [g.id, g]))
  const eventById = new Map(sys.events.map((e) => [e.id, e]))
  const claimMatches = (g: z.infer<typeof GoldClaim>, c: Claim): boolean => {
    if (sys.docOf.get(c.articleId) !== g.doc) return false
    if (c.stance !== g.stance) return false
    if (!norm(c.cue.text).includes(norm(g.verb))) return false
    if (goldNames.has(g.speaker)) {
      const eid = c.source.entityId ?? (c.source.mentionId ? sys.mentionEntity.get(c.source.mentionId) : undefined)
      if (!eid || !(goldOf.get(eid) ?? []).includes(g.speaker)) return false
    } else {
      const s = norm(c.source.text)
      const d = norm(g.speaker)
      if (!s.includes(d) && !d.includes(s)) return false
    }
    if (g.about) {
      const ge = goldEventById.get(g.about)
      if (!ge || !c.about.some((id) => { const e = eventById.get(id); return e !== undefined && eventMatches(ge, e) })) return false
    }
    return true
  }
  const requiredClaims = gold.claims.filter((g) => !g.optional)
  const missingClaims = requiredClaims.filter((g) => !sys.claims.some((c) => claimMatches(g, c))).map((g) => `${g.doc}:${g.speaker}/${g.verb}/${g.about ?? ''}`)
  const claimRecall = requiredClaims.length ? (requiredClaims.length - missingClaims.length) / requiredClaims.length : 1

  const requiredRelations = gold.relations.filter((r) => !r.optional)
  const relMatches = (g: z.infer<typeof GoldRelation>, r: Relation) => {
    if (r.kind !== g.polarity) return false
    const a = goldOf.get(r.a) ?? []
    const b = goldOf.get(r.b) ?? []
    const symmetric = r.kind === 'hostile' || r.kind === 'cooperative' || r.kind === 'allied_with'
    return (a.includes(g.a) && b.includes(g.b)) || (symmetric && a.includes(g.b) && b.includes(g.a))
  }
  const missingRelations = requiredRelations.filter((g) => !sys.relations.some((r) => relMatches(g, r))).map((g) => `${g.a} ${g.polarity} ${g.b}`)
  const relationRecall = requiredRelations.length ? (requiredRelations.length - missingRelations.length) / requiredRelations.length : 1

  const wrongMerges = merges.length
  const mean = (entityRecall + eventRecall + claimRecall + relationRecall) / 4
  const score = wrongMerges > 2 ? 0 : mean * (1 - 0.1 * wrongMerges)
  return {
    entityRecall, wrongMerges, eventRecall, claimRecall, relationRecall, score, spuriousEvents,
    missing: { entities: missingEntities, events: missingEvents, claims: missingClaims, relations: missingRelations }, merges,
  }
}

/** Ingest the folder's articles into a throw-away store and collect what Dossier found. */
export async function runOnFolder(dir: string, opts: { stages?: readonly string[] } = {}): Promise<SystemOutput> {
  const work = mkdtempSync(join(tmpdir(), 'dossier-seeds-'))
  const store = new SqliteStore(join(work, 'seeds.db'))
  try {
    const summary = await ingest(store, [dir], opts.stages ? { stages: opts.stages } : {})
    if (summary.added === 0) {
      const why = summary.failures.map((f) => `${f.code}: ${f.message}`)[0]
      throw new DossierError('E_EVAL_FORMAT', `${dir}: no articles could be ingested${why ? ` (first failure: ${why})` : ''}`, {
        hint: 'the folder needs article files beside gold.json',
      })
    }
    const articles = await store.listArticles({ limit: 100000 })
    const docOf = new Map(articles.map((a) => [a.id, basename(a.source ?? a.id)]))
    const entities = await store.listEntities()
    const mentionEntity = new Map<string, string>()
    for (const e of entities) for (const m of await store.mentionsOfEntity(e.id)) mentionEntity.set(m.id, e.id)
    return {
      entities, mentionEntity, docOf, events: await store.eventsOf(), claims: await store.claimsOf(), relations: await store.relations(),
    }
  } finally {
    await store.close()
    rmSync(work, { recursive: true, force: true })
  }
}

export function readSeedsGold(dir: string): SeedsGold {
  const p = join(dir, 'gold.json')
  if (!existsSync(p)) throw new DossierError('E_EVAL_FORMAT', `${p} not found`, { hint: 'the seeds folder needs a gold.json beside the articles' })
  const parsed = SeedsGold.safeParse(JSON.parse(readFileSync(p, 'utf8')))
  if (!parsed.success) {
    throw new DossierError('E_EVAL_FORMAT', `${p}: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, {
      hint: 'follow the format of the founding seeds gold.json',
    })
  }
  return parsed.data
}

export const evalSeeds: EvalTask = async (dir) => {
  const gold = readSeedsGold(dir)
  const s = scoreSeeds(gold, await runOnFolder(dir))
  const table = [
    formatTable(['metric', 'value'], [
      ['entityRecall', s.entityRecall], ['wrongMerges', s.wrongMerges], ['eventRecall', s.eventRecall],
      ['claimRecall', s.claimRecall], ['relationRecall', s.relationRecall], ['score', s.score], ['spuriousEvents', s.spuriousEvents],
    ]),
    s.missing.entities.length ? `missing entities: ${s.missing.entities.join(', ')}` : '',
    s.merges.length ? `wrong merges: ${s.merges.join(', ')}` : '',
    s.missing.events.length ? `missing events: ${s.missing.events.join(', ')}` : '',
    s.missing.claims.length ? `missing claims: ${s.missing.claims.join('; ')}` : '',
    s.missing.relations.length ? `missing relations: ${s.missing.relations.join('; ')}` : '',
  ].filter(Boolean).join('\n')
  const { missing: _m, merges: _g, ...metrics } = s
  return { task: 'seeds', metrics, table }
}
