/**
 * Read Dossier JSON lines back into a store. Into an empty store everything is written as it was (so a second
 * export is byte-identical); into a non-empty one the articles merge (an article already stored is skipped), user
 * judgements and imported actors are added, and the derived picture (entities, relations, clusters, grades) is
 * recomputed over the union. Importing the same file twice changes nothing the second time.
 * @module
 */
import { createInterface } from 'node:readline'
import { z } from 'zod'
import { Affiliation, Article, Claim, DossierError, Entity, Event, EventCluster, Grade, InvalidData, Judgement, Mention, Relation, Sentence } from '../model/index.js'
import { KbActor } from '../kb/actors.js'
import { aggregate } from '../service/aggregate.js'
import type { Store, StoredPlace } from '../store/index.js'
import { JSONL_VERSION } from './jsonl.js'

const StoredPlaceSchema = z.object({
  mentionId: z.string(), name: z.string(), kind: z.string(), country: z.string().optional(), lat: z.number().optional(), lon: z.number().optional(),
})

const Line = z.discriminatedUnion('type', [
  // aggregationPending, stages and sentences: absent in files of Dossier before its seventeenth session
  z.object({ type: z.literal('dossier'), version: z.number().int(), aggregationPending: z.boolean().optional() }),
  z.object({
    type: z.literal('article'), article: Article, stages: z.array(z.string()).optional(), sentences: z.array(Sentence).optional(),
    mentions: z.array(Mention), mentionEntity: z.record(z.string(), z.string()),
    events: z.array(Event), claims: z.array(Claim), affiliations: z.array(Affiliation), places: z.array(StoredPlaceSchema),
  }),
  z.object({ type: z.literal('entity'), entity: Entity }),
  z.object({ type: z.literal('relation'), relation: Relation }),
  z.object({ type: z.literal('judgement'), judgement: Judgement }),
  z.object({ type: z.literal('cluster'), cluster: EventCluster, grade: Grade.optional() }),
  z.object({ type: z.literal('actor'), actor: KbActor }),
])
type Line = z.infer<typeof Line>

export interface ImportSummary {
  readonly articles: number
  readonly added: number
  readonly unchanged: number
  readonly judgementsAdded: number
  readonly actorsAdded: number
  /** Articles the file gives without stage keys (exported before Dossier's seventeenth session): they count as outdated. */
  readonly withoutStages: number
  /** How the derived picture was set: copied from the file (empty store), recomputed (merge), or left (nothing new). */
  readonly derived: 'copied' | 'recomputed' | 'unchanged'
}

/** Parse and check one line; the stored value is the raw object (zod defaults would change bytes on re-export). */
function readLine(text: string, n: number): Line {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new DossierError('E_INVALID_DATA', `line ${n} is not JSON: ${(e as Error).message}`, { cause: e, hint: 'import reads files written by `dossier export --format jsonl`' })
  }
  const r = Line.safeParse(raw)
  if (!r.success) {
    const issues: Record<string, string[]> = {}
    for (const i of r.error.issues) (issues[`line ${n}: ${i.path.join('.')}`] ??= []).push(i.message)
    throw new InvalidData(`line ${n} is not a Dossier record`, issues, { hint: 'import reads files written by `dossier export --format jsonl`' })
  }
  return raw as Line
}

async function isEmpty(store: Store): Promise<boolean> {
  if ((await store.countArticles()) > 0 || (await store.listEntities({ limit: 1 })).length > 0) return false
  for await (const _ of store.iterateClusters()) return false
  return true
}

/** Import JSON lines from a stream; `onRecord` is called after each line (for progress). */
export async function importJsonl(store: Store, input: NodeJS.ReadableStream, onRecord?: (records: number) => void): Promise<ImportSummary> {
  const empty = await isEmpty(store)
  const known = new Set((await store.judgements('user')).map((j) => JSON.stringify(j)))
  const knownActors = new Set((await store.actors()).map((a) => JSON.stringify(a)))
  const entities: Entity[] = []
  const relations: Relation[] = []
  const judgements: Judgement[] = []
  const clusters: EventCluster[] = []
  const grades: Array<{ clusterId: string; grade: Grade }> = []
  const actors: KbActor[] = []
  const mentionEntity = new Map<string, string>()
  let pendingInFile = true
  let n = 0
  let articles = 0
  let added = 0
  let userAdded = 0
  let withoutStages = 0
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    n++
    if (!text.trim()) continue
    const line = readLine(text, n)
    if (n === 1 && line.type !== 'dossier') throw new DossierError('E_INVALID_DATA', 'line 1 is not a Dossier export header', { hint: 'import reads files written by `dossier export --format jsonl`' })
    switch (line.type) {
      case 'dossier':
        if (line.version > JSONL_VERSION) throw new DossierError('E_INVALID_DATA', `export format version ${line.version} is newer than this Dossier reads (${JSONL_VERSION})`, { hint: 'upgrade Dossier' })
        pendingInFile = line.aggregationPending ?? true
        break
      case 'article': {
        articles++
        const { article, mentions, events, claims, affiliations, places, stages, sentences } = line
        if (!stages) withoutStages++
        if (await store.saveDoc({ article, mentions, events, claims, affiliations, places: places as StoredPlace[], ...(stages ? { stages } : {}), ...(sentences ? { sentences } : {}) })) added++
        if (empty) for (const [m, e] of Object.entries(line.mentionEntity)) mentionEntity.set(m, e)
        break
      }
      case 'entity': entities.push(line.entity); break
      case 'relation': relations.push(line.relation); break
      case 'judgement':
        if (line.judgement.by !== 'user') judgements.push(line.judgement)
        else if (!known.has(JSON.stringify(line.judgement))) { await store.addJudgement(line.judgement); userAdded++ }
        break
      case 'cluster':
        clusters.push(line.cluster)
        if (line.grade) grades.push({ clusterId: line.cluster.id, grade: line.grade })
        break
      case 'actor': if (!knownActors.has(JSON.stringify(line.actor))) actors.push(line.actor); break
    }
    onRecord?.(n)
  }
  if (n === 0) throw new DossierError('E_INPUT_EMPTY', 'the import file is empty', { hint: 'export one with `dossier export --format jsonl --out file.jsonl`' })
  if (actors.length) await store.saveActors(actors)
  let derived: ImportSummary['derived'] = 'unchanged'
  if (empty) {
    await store.saveResolution({ entities, mentionEntity, judgements, relations })
    await store.saveClusters(clusters, grades)
    // the picture is the source's as it was: pending only if the source's was (or the file does not say)
    await store.setAggregatePending(pendingInFile)
    derived = 'copied'
  } else if (added > 0 || userAdded > 0 || actors.length > 0) {
    await aggregate(store)
    derived = 'recomputed'
  }
  return { articles, added, unchanged: articles - added, judgementsAdded: userAdded, actorsAdded: actors.length, withoutStages, derived }
}
