/**
 * A large store for the export benchmark, made by recombining the committed seed fixtures' sentences: the two
 * seed articles go through the real pipeline once, then each generated article is a random run of their
 * sentences with every annotation lying inside those sentences carried over (offsets shifted, ids re-hashed).
 * Generated articles are inserted through the store directly (saveDoc, saveResolution, saveClusters), not the
 * pipeline, so building 10,000 takes seconds instead of an hour; entities and relations are the seeds' own,
 * clusters and grades are copied per article.
 * @module
 */
import { join } from 'node:path'
import { contentHash, hashId } from '../src/model/index.js'
import type { Article, Claim, Event, EventCluster, Grade, Mention } from '../src/model/index.js'
import { segmentText } from '../src/text/segment.js'
import { ingest } from '../src/service/ingest.js'
import { SqliteStore, type Store, type StoredDoc, type StoredPlace } from '../src/store/index.js'
import { seededRandom } from '../src/model/index.js'

interface Piece {
  /** Where the sentence starts in its seed article (its annotations' offsets are relative to that article). */
  readonly start: number
  readonly text: string
  readonly mentions: Mention[]
  readonly events: Event[]
  readonly claims: Claim[]
  readonly places: StoredPlace[]
}


const inside = (s: { start: number; end: number }, x: { start: number; end: number }) => x.start >= s.start && x.end <= s.end

/** The seeds' sentences with the annotations that lie wholly inside each. */
async function pieces(seed: Store): Promise<{ pieces: Piece[]; clusterOf: Map<string, EventCluster & { grade?: Grade | undefined }> }> {
  const out: Piece[] = []
  const clusterOf = new Map<string, EventCluster & { grade?: Grade | undefined }>()
  for (const c of await seed.clusters()) for (const id of c.eventIds) clusterOf.set(id, c)
  for (const summary of await seed.listArticles()) {
    const a = (await seed.getArticle(summary.id))!
    const [mentions, events, claims, places] = [await seed.mentionsOf(a.id), await seed.eventsOf(a.id), await seed.claimsOf(a.id), await seed.placesOf(a.id)]
    for (const s of segmentText(a.text).sentences) {
      const m = mentions.filter((x) => inside(s, x))
      const ids = new Set(m.map((x) => x.id))
      out.push({
        start: s.start,
        text: a.text.slice(s.start, s.end),
        mentions: m,
        events: events.filter((e) => inside(s, e.sentence) && inside(s, e.cue)),
        claims: claims.filter((c) => inside(s, c.content) && inside(s, c.source) && inside(s, c.cue)),
        places: places.filter((p) => ids.has(p.mentionId)),
      })
    }
  }
  return { pieces: out, clusterOf }
}

/** Shift every span-like object ({start, end}) by `d` and re-key ids with the article number. */
function rekey<T>(value: T, d: number, key: (id: string) => string): T {
  return JSON.parse(JSON.stringify(value), function (this: Record<string, unknown>, k, v: unknown) {
    if ((k === 'start' || k === 'end') && typeof v === 'number') return v + d
    if (typeof v === 'string' && /^(mention|event|claim)_[0-9a-f]{16}$/.test(v)) return key(v)
    return v
  }) as T
}

export async function buildCorpus(dbPath: string, articles: number, seedsDir: string): Promise<void> {
  const seed = new SqliteStore(':memory:')
  await ingest(seed, [seedsDir])
  const { pieces: all, clusterOf } = await pieces(seed)
  const entities = await (async () => { const out = []; for await (const e of seed.iterateEntities()) out.push(e); return out })()
  const relations = await seed.relations()
  const seedMentionEntity = new Map<string, string>()
  for (const m of await seed.allMentions()) { const e = await seed.entityOfMention(m.id); if (e) seedMentionEntity.set(m.id, e) }
  const store = new SqliteStore(dbPath)
  const rnd = seededRandom(articles)
  const mentionEntity = new Map<string, string>()
  const clusters = new Map<string, EventCluster>()
  const grades = new Map<string, Grade>()
  const outlets = ['Wire A', 'Daily B', 'Herald C', 'Times D', 'Post E']
  for (let i = 0; i < articles; i++) {
    const n = 4 + Math.floor(rnd() * 8)
    const id = hashId('article', 'bench', i)
    let text = ''
    const doc = { mentions: [] as Mention[], events: [] as Event[], claims: [] as Claim[], places: [] as StoredPlace[] }
    for (let k = 0; k < n; k++) {
      const p = all[Math.floor(rnd() * all.length)]!
      // one sentence may come twice in an article: the piece's place keeps its ids apart
      const key = (old: string) => hashId(old.split('_')[0]!, id, k, old)
      // a piece's spans are offsets into its seed article: move them to where the piece lands
      const delta = text.length - p.start
      doc.mentions.push(...rekey(p.mentions, delta, key).map((m) => ({ ...m, articleId: id })))
      doc.events.push(...rekey(p.events, delta, key).map((e) => ({ ...e, articleId: id })))
      doc.claims.push(...rekey(p.claims, delta, key).map((c) => ({ ...c, articleId: id })))
      doc.places.push(...rekey(p.places, 0, key))
      for (const m of p.mentions) { const e = seedMentionEntity.get(m.id); if (e) mentionEntity.set(key(m.id), e) }
      for (const e of p.events) {
        const c = clusterOf.get(e.id)
        if (!c) continue
        const cid = hashId('cluster', id, c.id)
        const cur = clusters.get(cid) ?? { id: cid, cameoRoot: c.cameoRoot, ...(c.actorEntityId ? { actorEntityId: c.actorEntityId } : {}), ...(c.targetEntityId ? { targetEntityId: c.targetEntityId } : {}), eventIds: [], reports: c.reports, independentSources: c.independentSources }
        clusters.set(cid, { ...cur, eventIds: [...cur.eventIds, key(e.id)] })
        if (c.grade) grades.set(cid, c.grade)
      }
      text += p.text + (k < n - 1 ? ' ' : '')
    }
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 700) * 86_400_000).toISOString().slice(0, 10)
    const article: Article = { id, text, contentHash: contentHash(`${i}\u0000${text}`), published: day, url: `https://bench.example/${i}`, outlet: outlets[i % outlets.length]!, boilerplate: [] }
    const stored: StoredDoc = { article, ...doc }
    await store.saveDoc(stored)
  }
  await store.saveResolution({ entities, mentionEntity, judgements: [], relations })
  await store.saveClusters([...clusters.values()], [...grades].map(([clusterId, grade]) => ({ clusterId, grade })))
  await store.close()
  await seed.close()
}

export const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds')
