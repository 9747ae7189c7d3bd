/**
 * Aggregation is a function of the stored articles: ingesting one corpus in different orders and batches, or
 * rebuilding with `--full`, gives the same entities, merges, relations, clusters and grades; and a person named
 * in a thousand articles is one entity. The corpora are generated here from invented names and templates.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isNearDuplicate, simhash } from '../src/ingest/near-dup.js'
import { aggregate } from '../src/service/aggregate.js'
import { ingest } from '../src/service/ingest.js'
import { SqliteStore, type Store } from '../src/store/index.js'
import { seededRandom } from '../src/model/index.js'
import { KbActor } from '../src/kb/actors.js'
import { kbEntityId } from '../src/resolve/index.js'


const PEOPLE = [['Minister', 'Farid', 'Kassemi'], ['General', 'Leyla', 'Haddadin'], ['Colonel', 'Omar', 'Tawfiqi'], ['Spokesman', 'Nabil', 'Sarrouf']] as const
const GROUPS = ['Northern Shield Brigade', 'Coastal Defence Council', 'Valley Liberation Front', 'Red Cedar Movement']
const PLACES = ['Qarnah', 'Bir Hasan', 'Tel Ramad', 'Wadi Suran', 'Kafr Nimrin']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

const FILLER = ('smoke dust road water bread fuel school clinic bridge truck wall roof field olive window door night morning ' +
  'crowd queue radio phone power cable well pump flour tent blanket convoy checkpoint fence orchard mosque church square ' +
  'hill river valley village tower station depot harbour boat net market stall shop bakery garage').split(' ')

interface Doc { readonly name: string; readonly text: string; readonly meta: { outlet: string; published: string } }

function corpus(n: number, seed: number): Doc[] {
  const next = seededRandom(seed)
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  const docs: Doc[] = []
  const hashes: string[] = []
  for (let i = 0; i < n; i++) {
    const [title, first, last] = pick(PEOPLE)
    const [g1, g2] = [pick(GROUPS), pick(GROUPS.slice().reverse())]
    const place = pick(PLACES)
    const sentences = [
      `${g1} fighters attacked ${g2} positions near ${place} on ${pick(DAYS)}, ${title} ${first} ${last} said.`,
      `${last} told reporters that ${i % 7 + 2} shells had hit the market of ${place}.`,
      `According to the ${g2}, ${g1} forces withdrew from ${pick(PLACES)} after ${i % 5 + 1} hours of fighting.`,
      `${title} ${last} met officials of the ${g1} in ${pick(PLACES)} to discuss a ceasefire.`,
      `Residents of ${place} said ${i % 9 + 3} families had fled toward ${pick(PLACES)} since the ${pick(['spring', 'winter', 'summer'])}.`,
      `The ${g2} denied that its units had entered ${pick(PLACES)}, calling the reports of case ${i + 1} false.`,
    ].sort(() => next() - 0.5).slice(0, 4)
    // plain words in a random order, so no two reports are near-duplicates (which would depend on ingest order)
    const words = Array.from({ length: 24 }, () => pick(FILLER)).join(' ')
    sentences.push(`Witnesses described ${words}.`)
    const day = String(1 + (i % 28)).padStart(2, '0')
    const text = `Report ${i + 1} from ${place}\n\n${sentences.join(' ')}\n`
    if (hashes.some((h) => isNearDuplicate(h, simhash(text)))) { i--; continue } // a wire copy's grade would depend on order
    hashes.push(simhash(text))
    docs.push({
      name: `r${String(i).padStart(4, '0')}.txt`,
      text,
      meta: { outlet: pick(['Wire One', 'Valley Post', 'Coast Daily']), published: `2024-0${1 + (i % 6)}-${day}` },
    })
  }
  return docs
}

function writeBatch(root: string, name: string, docs: readonly Doc[]): string {
  const dir = join(root, name)
  mkdirSync(dir)
  for (const d of docs) {
    writeFileSync(join(dir, d.name), d.text)
    writeFileSync(join(dir, `${d.name}.meta.json`), JSON.stringify(d.meta))
  }
  return dir
}

/** What a user sees of aggregation, without times. */
async function snapshot(store: Store) {
  const sorted = <T,>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort()
  return {
    entities: sorted((await store.listEntities({ limit: 1_000_000 })).map((e) => ({ ...e, aliases: [...e.aliases].sort() }))),
    judgements: sorted((await store.judgements()).map((j) => ({ a: j.a, b: j.b, verdict: j.verdict, score: j.score, by: j.by }))),
    relations: sorted(await store.relations()),
    clusters: sorted(await store.clusters()),
    mentionEntity: sorted([...(await store.mentionEntities()).entries()]),
  }
}

async function ingestInBatches(root: string, label: string, batches: ReadonlyArray<readonly Doc[]>): Promise<SqliteStore> {
  const store = new SqliteStore(join(root, `${label}.db`))
  for (const [i, docs] of batches.entries()) {
    const s = await ingest(store, [writeBatch(root, `${label}-${i}`, docs)])
    expect(s.failures).toEqual([])
  }
  return store
}

describe('incremental aggregation', () => {
  it('the same 300 articles in three orders and batchings give identical entities, merges, relations and grades; --full too', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-agg-'))
    const docs = corpus(300, 21)
    const shuffled = [...docs].sort((a, b) => (a.text.length * 7919 + a.name.charCodeAt(4)) % 101 - (b.text.length * 7919 + b.name.charCodeAt(4)) % 101 || b.name.localeCompare(a.name))
    const one = await ingestInBatches(root, 'one', [docs])
    const reversed = [...docs].reverse()
    const three = await ingestInBatches(root, 'three', [reversed.slice(0, 100), reversed.slice(100, 200), reversed.slice(200)])
    const uneven = await ingestInBatches(root, 'uneven', [shuffled.slice(0, 20), shuffled.slice(20, 100), shuffled.slice(100)])
    const expected = await snapshot(one)
    expect(expected.entities.length).toBeGreaterThan(10)
    expect(expected.clusters.length).toBeGreaterThan(10)
    expect((await one.listArticles({ limit: 1000 })).filter((a) => a.nearDupOf)).toEqual([]) // so grades cannot depend on order
    expect(await snapshot(three)).toEqual(expected)
    expect(await snapshot(uneven)).toEqual(expected)
    await aggregate(uneven, { full: true })
    expect(await snapshot(uneven)).toEqual(expected)
    for (const s of [one, three, uneven]) await s.close()
  })

  it('later additions aggregated in one process equal a full rebuild; with nothing new, aggregation does nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-agg-'))
    const docs = corpus(160, 33)
    const store = new SqliteStore(join(root, 'grow.db'))
    const full = new SqliteStore(join(root, 'grow.db'))
    for (const [i, batch] of [docs.slice(0, 100), docs.slice(100, 130), docs.slice(130)].entries()) {
      const s = await ingest(store, [writeBatch(root, `grow-${i}`, batch)])
      expect(s.failures).toEqual([])
      expect(s.aggregate?.unchanged).toBeUndefined()
      const incremental = await snapshot(store)
      // another process (no memo of this one's groups) rebuilds from scratch: the same result
      await aggregate(full, { full: true })
      expect(await snapshot(full)).toEqual(incremental)
    }
    const before = await store.revision()
    const again = await aggregate(store)
    expect(again.unchanged).toBe(true)
    expect(again.clusters).toBe((await store.clusters()).length)
    expect(await store.revision()).toBe(before) // nothing written
    // a user's judgement is new input: the next aggregation runs
    const [e1, e2] = await store.listEntities({ limit: 2 })
    await store.addJudgement({ id: 'j-test', a: e1!.id, b: e2!.id, verdict: 'different', score: 1, by: 'user', at: '2024-01-01T00:00:00Z' })
    expect((await aggregate(store)).unchanged).toBeUndefined()
    for (const s of [store, full]) await s.close()
  })

  it('a person named in 1,000 articles by full name, surname and title with surname is one entity', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-agg-'))
    const next = seededRandom(7)
    const forms = ['Farid Kassemi', 'Kassemi', 'Minister Kassemi', 'Defence Minister Farid Kassemi']
    const docs: Doc[] = Array.from({ length: 1000 }, (_, i) => {
      const place = PLACES[i % PLACES.length]!
      const group = GROUPS[Math.floor(next() * GROUPS.length)]!
      const a = forms[Math.floor(next() * forms.length)]!
      const b = forms[Math.floor(next() * forms.length)]!
      return {
        name: `k${String(i).padStart(4, '0')}.txt`,
        text: `Visit ${i + 1}\n\n${a} visited ${place} on day ${i + 1} of the talks with the ${group}. ${b} said ${i % 11 + 2} roads would reopen.\n`,
        meta: { outlet: 'Wire One', published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}` },
      }
    })
    const store = await ingestInBatches(root, 'k', [docs.slice(0, 400), docs.slice(400)])
    const withName = (await store.listEntities({ limit: 100_000 })).filter((e) => [e.canonicalName, ...e.aliases].some((n) => /Kassemi/.test(n)))
    expect(withName.map((e) => e.canonicalName)).toEqual(['Farid Kassemi'])
    expect(withName[0]!.articleCount).toBe(1000)
    await store.close()
  })
  it('a name the knowledge base gives two actors: the places of each article choose, and articles that choose alike share one representative', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-agg-'))
    const store = new SqliteStore(join(root, 'tie.db'))
    // invented actors sharing one name; only the places an article names tell them apart
    await store.saveActors([
      KbActor.parse({ id: 'test_shield_north', type: 'ORG', kind: 'armed_group', name: 'Eastern Shield Brigade (north)', aliases: ['Eastern Shield Brigade'], region: ['Qarnah'] }),
      KbActor.parse({ id: 'test_shield_coast', type: 'ORG', kind: 'armed_group', name: 'Eastern Shield Brigade (coast)', aliases: ['Eastern Shield Brigade'], region: ['Zahrat'] }),
    ])
    const docs: Doc[] = Array.from({ length: 60 }, (_, i) => {
      const place = i % 3 === 0 ? 'Qarnah' : i % 3 === 1 ? 'Zahrat' : 'the hills'
      return {
        name: `t${String(i).padStart(3, '0')}.txt`,
        text: `Clash ${i + 1}\n\nThe Eastern Shield Brigade shelled a checkpoint near ${place} on day ${i + 1}. Residents said ${i % 7 + 2} families had fled.\n`,
        meta: { outlet: 'Wire One', published: `2024-04-${String(1 + (i % 28)).padStart(2, '0')}` },
      }
    })
    const s = await ingest(store, [writeBatch(root, 'tie', docs)])
    expect(s.failures).toEqual([])
    // the brigade's mentions: in an article naming Qarnah the northern actor's entity, naming Zahrat the coastal one's
    const articles = await store.listArticles({ limit: 1000 })
    const all = (await Promise.all(articles.map((a) => store.mentionsOf(a.id)))).flat()
    const mentions = all.filter((m) => m.text.includes('Eastern Shield Brigade'))
    const placeOf = new Map(all.filter((m) => m.text === 'Qarnah' || m.text === 'Zahrat').map((m) => [m.articleId, m.text]))
    const entityOf = await store.mentionEntities(mentions.map((m) => m.id))
    const seen = (place: string) => new Set(mentions.filter((m) => placeOf.get(m.articleId) === place).map((m) => entityOf.get(m.id)))
    expect(seen('Qarnah')).toEqual(new Set([kbEntityId('test_shield_north')]))
    expect(seen('Zahrat')).toEqual(new Set([kbEntityId('test_shield_coast')]))
    expect(mentions.filter((m) => placeOf.has(m.articleId)).length).toBeGreaterThanOrEqual(40)
    // three signatures in 60 articles (north, coast, undecided): each context is resolved once, not each article
    expect(new Set((await store.signaturesOf(mentions.map((m) => m.id))).values()).size).toBe(3)
    // and the result is that of a full rebuild
    const before = await snapshot(store)
    await aggregate(store, { full: true })
    expect(await snapshot(store)).toEqual(before)
    await store.close()
  })
  it('a role reference to a state whose leader the knowledge base knows ("the Asad regime") is resolved once however many articles use it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-agg-'))
    const store = new SqliteStore(join(root, 'role.db'))
    const docs: Doc[] = Array.from({ length: 30 }, (_, i) => ({
      name: `g${String(i).padStart(3, '0')}.txt`,
      text: `Talks ${i + 1}\n\nThe Asad regime rejected the proposal on day ${i + 1}, ${PEOPLE[i % 4]![1]} ${PEOPLE[i % 4]![2]} said in ${PLACES[i % 5]}.\n`,
      meta: { outlet: 'Wire One', published: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}` },
    }))
    expect((await ingest(store, [writeBatch(root, 'role', docs)])).failures).toEqual([])
    const articles = await store.listArticles({ limit: 1000 })
    const mentions = (await Promise.all(articles.map((a) => store.mentionsOf(a.id)))).flat().filter((m) => /Asad regime/.test(m.text))
    expect(mentions.length).toBe(30)
    const entityOf = await store.mentionEntities(mentions.map((m) => m.id))
    expect(new Set(mentions.map((m) => entityOf.get(m.id)))).toEqual(new Set([kbEntityId('syria')]))
    // the same name with nothing joined to it in every article: one signature, resolved once (pinning gave 30)
    expect(new Set((await store.signaturesOf(mentions.map((m) => m.id))).values()).size).toBe(1)
    await store.close()
  })
  it('a store signed under older rules is signed again at its next aggregation, with the same entities as a full rebuild', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-agg-'))
    const store = new SqliteStore(join(root, 'old.db'))
    const doc = (i: number): Doc => ({
      name: `o${String(i).padStart(3, '0')}.txt`,
      text: `Talks ${i + 1}\n\nThe Asad regime rejected the proposal on day ${i + 1}, ${PEOPLE[i % 4]![1]} ${PEOPLE[i % 4]![2]} said.\n`,
      meta: { outlet: 'Wire One', published: `2024-06-${String(1 + (i % 28)).padStart(2, '0')}` },
    })
    expect((await ingest(store, [writeBatch(root, 'old', Array.from({ length: 12 }, (_, i) => doc(i)))])).failures).toEqual([])
    // what an older version left: each article pinned to a signature of its own, and a summary without rules
    const articles = await store.listArticles({ limit: 1000 })
    for (const a of articles) await store.saveSignatures(a.id, (await store.mentionsOf(a.id)).map((m) => ({ mentionId: m.id, signature: `pinned:${a.id}:${m.text}` })))
    const summary = JSON.parse((await store.aggregateSummary())!) as Record<string, unknown>
    delete summary['signatureRules']
    await store.saveAggregateSummary(JSON.stringify(summary))
    // one new article arrives: the aggregation it triggers signs every article under the current rules
    expect((await ingest(store, [writeBatch(root, 'old2', [doc(12)])])).failures).toEqual([])
    const regime = (await Promise.all((await store.listArticles({ limit: 1000 })).map((a) => store.mentionsOf(a.id)))).flat().filter((m) => /Asad regime/.test(m.text))
    expect(regime.length).toBe(13)
    expect(new Set((await store.signaturesOf(regime.map((m) => m.id))).values()).size).toBe(1)
    const before = await snapshot(store)
    await aggregate(store, { full: true })
    expect(await snapshot(store)).toEqual(before)
    await store.close()
  })
})
