/**
 * One behaviour suite for every Store implementation (as Hono runs one suite over all its routers):
 * `storeSuite('sqlite', harness)` registers the tests; each test gets a fresh, empty store from the harness.
 * @module
 */
import { afterEach, describe, expect, it } from 'vitest'
import { hashId } from '../../model/index.js'
import type { Claim, Entity, Event, EventCluster, Grade, Judgement, Mention, Relation } from '../../model/index.js'
import { makeArticle } from '../../text/testing/doc-builder.js'
import { KbActor } from '../../kb/actors.js'
import type { Store } from '../store.js'

export interface StoreHarness {
  /** A new empty location (a file path, a database URL). */
  fresh(): Promise<string>
  /** Open (another connection to) the store at a location. */
  open(location: string): Promise<Store>
  /** Remove a location made by `fresh` (after its stores are closed). */
  drop(location: string): Promise<void>
}

const article = makeArticle('Hamas arrested Salafists in Gaza.\n\nEgypt said nothing.', { title: 'Arrests', outlet: 'Wire', published: '2024-03-02' })
const mention = (a: { id: string; text: string }, text: string, type: Mention['type'] = 'ORG'): Mention => {
  const start = a.text.indexOf(text)
  return { id: hashId('mention', a.id, start, start + text.length), articleId: a.id, start, end: start + text.length, text, type, kind: 'name', stage: 'test.v1' }
}
const hamas = mention(article, 'Hamas')
const egypt = mention(article, 'Egypt', 'LOC')
const entity = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'ORG', canonicalName: name, aliases, origin: 'extracted' })
const event: Event = {
  id: 'ev1', articleId: article.id, cameo: '173', cameoRoot: '17', cue: { start: 6, end: 14, text: 'arrested' }, sentence: { start: 0, end: 33 },
  actor: { start: 0, end: 5, text: 'Hamas', mentionId: hamas.id }, modality: 'asserted',
}
const claim: Claim = {
  id: 'cl1', articleId: article.id, source: { start: 35, end: 40, text: 'Egypt', anonymous: false }, cue: { start: 41, end: 45, text: 'said' },
  content: { start: 46, end: 53, text: 'nothing' }, stance: 'assert', hedged: false, hedges: [], quote: false, about: ['ev1'],
}
const grade: Grade = { reliability: 'B', credibility: '2', reasons: ['two independent sources'] }
const cluster: EventCluster = { id: 'c1', cameoRoot: '17', eventIds: ['ev1'], reports: 1, independentSources: 1 }

export function storeSuite(name: string, harness: StoreHarness): void {
  describe(`${name} store (shared suite)`, () => {
    const opened: Store[] = []
    const made: string[] = []
    const fresh = async (): Promise<{ store: Store; at: string }> => {
      const at = await harness.fresh()
      made.push(at)
      const store = await harness.open(at)
      opened.push(store)
      return { store, at }
    }
    const reopen = async (at: string): Promise<Store> => {
      const s = await harness.open(at)
      opened.push(s)
      return s
    }
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close().catch(() => undefined)
      for (const at of made.splice(0)) await harness.drop(at)
    })

    it('store saves an article once: saving the same article again changes nothing', async () => {
      const { store } = await fresh()
      expect(await store.saveDoc({ article, mentions: [hamas], events: [], claims: [] })).toBe(true)
      expect(await store.saveDoc({ article, mentions: [hamas], events: [], claims: [] })).toBe(false)
      expect(await store.countArticles()).toBe(1)
      expect(await store.allMentions()).toEqual([hamas])
      expect(await store.hasArticle(article.contentHash)).toBe(article.id)
      expect(await store.getArticle(article.id)).toEqual(article)
    })

    it('store saves an article once when two connections save it at the same time', async () => {
      const { store, at } = await fresh()
      const other = await reopen(at)
      const doc = { article, mentions: [hamas, egypt], events: [event], claims: [claim] }
      const saved = await Promise.all([store.saveDoc(doc), other.saveDoc(doc), store.saveDoc(doc)])
      expect(saved.filter(Boolean)).toHaveLength(1)
      expect(await other.countArticles()).toBe(1)
      expect(await store.mentionsOf(article.id)).toHaveLength(2)
    })

    it('store finds articles by full-text search, every word required, whatever the case', async () => {
      const { store } = await fresh()
      const other = makeArticle('Egypt hosted talks in Cairo.', { title: 'Talks' })
      await store.saveDoc({ article, mentions: [], events: [], claims: [] })
      await store.saveDoc({ article: other, mentions: [], events: [], claims: [] })
      expect((await store.listArticles({ q: 'salafists' })).map((a) => a.id)).toEqual([article.id])
      expect((await store.listArticles({ q: 'EGYPT' })).map((a) => a.id).sort()).toEqual([article.id, other.id].sort())
      expect((await store.listArticles({ q: 'egypt cairo' })).map((a) => a.id)).toEqual([other.id])
      expect(await store.listArticles({ q: 'hezbollah' })).toEqual([])
      await expect(store.listArticles({ q: '   ' })).rejects.toMatchObject({ code: 'E_QUERY' })
    })

    it('store search returns a snippet with the matched words highlighted, and a total', async () => {
      const { store } = await fresh()
      await store.saveDoc({ article, mentions: [], events: [], claims: [] })
      const r = await store.searchArticles('salaf', { limit: 10, offset: 0 }) // the last word matches as a prefix
      expect(r.total).toBe(1)
      const hit = r.items[0]!
      expect(hit.id).toBe(article.id)
      expect(hit.highlights.map((h) => hit.snippet.slice(h.start, h.end))).toEqual(['Salafists'])
      expect(hit.snippet).toContain('arrested Salafists in Gaza')
      const long = makeArticle(`${'Nothing happened that day. '.repeat(30)}Then Hezbollah fired rockets at dawn. ${'Quiet returned afterwards. '.repeat(30)}`)
      await store.saveDoc({ article: long, mentions: [], events: [], claims: [] })
      const cut = (await store.searchArticles('hezbollah', { limit: 10, offset: 0 })).items[0]!
      expect(cut.snippet.startsWith('…') && cut.snippet.endsWith('…')).toBe(true) // the snippet shows where it cuts the text
      expect(cut.highlights.map((h) => cut.snippet.slice(h.start, h.end))).toEqual(['Hezbollah'])
      expect((await store.searchArticles('hamas gaza', { limit: 10, offset: 0 })).total).toBe(1)
      expect((await store.searchArticles('hamas cairo', { limit: 10, offset: 0 })).total).toBe(0)
    })

    it('store search treats operators, quotes and brackets in user text as plain words', async () => {
      const { store } = await fresh()
      await store.saveDoc({ article, mentions: [], events: [], claims: [] })
      for (const q of ['"', "'", 'hamas OR', 'NOT hamas', '(gaza', 'gaza)', 'hamas & !egypt', "o'brien", 'a:*', '\\', '*', 'title:hamas', 'NEAR(hamas gaza)']) {
        const r = await store.searchArticles(q, { limit: 5, offset: 0 })
        expect(r.items.length).toBe(r.total)
      }
      expect((await store.searchArticles('(hamas)', { limit: 5, offset: 0 })).total).toBe(1)
      expect((await store.searchArticles('*** !!!', { limit: 5, offset: 0 })).total).toBe(0)
    })

    it('store keeps user judgements when resolution output is replaced', async () => {
      const { store } = await fresh()
      const user: Judgement = { id: 'j1', a: 'x', b: 'y', verdict: 'different', score: 1, by: 'user', at: '2026-01-01T00:00:00Z' }
      const model: Judgement = { id: 'j2', a: 'x', b: 'z', verdict: 'same', score: 0.9, by: 'model', at: '2026-01-01T00:00:00Z' }
      await store.addJudgement(user)
      await store.saveResolution({ entities: [], mentionEntity: new Map(), judgements: [model], relations: [] })
      expect((await store.judgements()).map((j) => j.id)).toEqual(['j1', 'j2'])
      expect((await store.judgements('model')).map((j) => j.id)).toEqual(['j2'])
      await store.saveResolution({ entities: [], mentionEntity: new Map(), judgements: [], relations: [] })
      expect(await store.judgements()).toEqual([user])
    })

    it('store lists, counts and finds resolved entities with their mentions and relations', async () => {
      const { store } = await fresh()
      await store.saveDoc({ article, mentions: [hamas, egypt], events: [], claims: [] })
      const h = entity('e-hamas', 'Hamas', ['Harakat al-Muqawama'])
      const e = { ...entity('e-egypt', 'Egypt'), type: 'LOC' as const }
      const rel: Relation = { id: 'r1', a: h.id, b: e.id, kind: 'hostile', score: 0.5, evidence: ['ev1'] }
      await store.saveResolution({ entities: [h, e], mentionEntity: new Map([[hamas.id, h.id], [egypt.id, e.id]]), judgements: [], relations: [rel] })
      expect((await store.listEntities()).map((x) => [x.id, x.mentionCount, x.articleCount])).toEqual([['e-egypt', 1, 1], ['e-hamas', 1, 1]])
      expect((await store.listEntities({ type: 'loc' })).map((x) => x.id)).toEqual(['e-egypt'])
      expect((await store.listEntities({ q: 'muqawama' })).map((x) => x.id)).toEqual(['e-hamas'])
      expect(await store.countEntities({ q: 'AL-MUQ' })).toBe(1)
      expect(await store.countEntities({ q: '%' })).toBe(0) // a wildcard in user text is a character
      expect(await store.countEntities()).toBe(2)
      expect((await store.listEntities({ limit: 1, offset: 1 })).map((x) => x.id)).toEqual(['e-hamas'])
      expect(await store.findEntities('hamas')).toEqual([h])
      expect(await store.getEntity('e-hamas')).toEqual(h)
      expect(await store.mentionsOfEntity(h.id)).toEqual([hamas])
      expect(await store.mentionsOfEntityPage(h.id, 10, 0)).toEqual([hamas])
      expect(await store.entityOfMention(egypt.id)).toBe(e.id)
      expect(await store.mentionEntitiesOf(article.id)).toEqual({ [hamas.id]: h.id, [egypt.id]: e.id })
      expect(await store.mentionEntities([hamas.id])).toEqual(new Map([[hamas.id, h.id]]))
      expect(await store.relations(e.id)).toEqual([rel])
      expect(await store.relations('nobody')).toEqual([])
      const seen: string[] = []
      await store.scanEntityMentions((en, a, s, end) => seen.push(`${en} ${a === article.id} ${s}-${end}`))
      expect(seen.sort()).toEqual(['e-egypt true 35-40', 'e-hamas true 0-5'])
      const all: Entity[] = []
      for await (const x of store.iterateEntities()) all.push(x)
      expect(all).toEqual([e, h])
    })

    it('store streams events and claims with their clusters and grades', async () => {
      const { store } = await fresh()
      await store.saveDoc({ article, mentions: [hamas, egypt], events: [event], claims: [claim] })
      await store.saveClusters([cluster], [{ clusterId: 'c1', grade }])
      expect(await store.clusters()).toEqual([{ ...cluster, grade }])
      const events = []
      for await (const r of store.iterateEvents()) events.push(r)
      expect(events).toEqual([{ event, cluster, grade }])
      const claims = []
      for await (const r of store.iterateClaims()) claims.push(r)
      expect(claims).toEqual([{ claim, clusters: [{ cluster, grade }] }])
      expect(await store.eventsByIds(['ev1', 'nope'])).toEqual([event])
      expect(await store.claimsByIds(['cl1'])).toEqual([claim])
      await store.saveClusters([], [])
      expect(await store.clusters()).toEqual([])
    })

    it('store journal returns pending items in order and survives reopening', async () => {
      const { store, at } = await fresh()
      await store.journalStart('b1', ['a', 'b', 'c'])
      await store.journalMark('b1', 'a', 'done', { articleId: 'x' })
      await store.journalMark('b1', 'c', 'failed', { error: 'E_X: bad' })
      await store.close()
      const s2 = await reopen(at)
      await s2.journalStart('b1', ['a', 'b', 'c'])
      expect(await s2.journalPending('b1')).toEqual(['b', 'c'])
      expect((await s2.journal('b1')).map((j) => [j.item, j.status, j.articleId, j.error])).toEqual([
        ['a', 'done', 'x', undefined], ['b', 'pending', undefined, undefined], ['c', 'failed', undefined, 'E_X: bad'],
      ])
      await s2.journalReset('b1')
      expect(await s2.journalPending('b1')).toEqual(['a', 'b', 'c'])
    })

    it('store finds near-duplicates within the Hamming distance, including articles saved by another connection', async () => {
      const { store, at } = await fresh()
      const a = makeArticle('first article text', { simhash: 'ffffffff00000000' })
      const b = makeArticle('second article text', { simhash: 'fffffff000000001' }) // 5 bits from a
      await store.saveDoc({ article: a, mentions: [], events: [], claims: [] })
      expect(await store.nearDuplicates('ffffffff00000000', 0)).toEqual([a.id])
      const other = await reopen(at)
      await other.saveDoc({ article: b, mentions: [], events: [], claims: [] })
      expect(await store.nearDuplicates('ffffffff00000000', 4)).toEqual([a.id])
      expect(await store.nearDuplicates('ffffffff00000000', 5)).toEqual([a.id, b.id])
      expect(await store.nearDuplicates('0000000000000000', 12)).toEqual([])
    })

    it('store keeps an article\'s syntax and sentences so reads never re-run the parser', async () => {
      const { store } = await fresh()
      const syntax = {
        parser: 'syntax.parser.v2',
        tokens: [{ lemma: 'Hamas', upos: 'PROPN', head: 1, deprel: 'nsubj' }, { lemma: 'arrest', upos: 'VERB', head: -1, deprel: 'root' }],
        sentences: [{ clauses: [{ predicate: 1, kind: 'main' as const, subject: 0, subjectShared: false, objects: [], obliques: [], passive: false, negated: false,
          complements: [], relatives: [], subordinates: [], conjuncts: [] }] }],
      }
      await store.saveDoc({ article, mentions: [], events: [], claims: [], syntax, sentences: [{ start: 0, end: 33 }, { start: 35, end: 54 }] })
      const other = makeArticle('Egypt said nothing at all.')
      await store.saveDoc({ article: other, mentions: [], events: [], claims: [] })
      expect(await store.syntaxOf(article.id)).toEqual(syntax)
      expect(await store.syntaxOf(other.id)).toBeUndefined()
      expect(await store.sentencesOf(article.id)).toEqual([{ start: 0, end: 33 }, { start: 35, end: 54 }])
      expect(await store.sentenceAt(article.id, 41, 45)).toEqual({ start: 35, end: 54 })
      expect(await store.sentenceAt(article.id, 30, 40)).toBeUndefined()
    })

    it('store re-saves an article\'s annotations, stages and failures atomically on reprocess', async () => {
      const { store } = await fresh()
      await store.saveDoc({ article, mentions: [hamas], events: [event], claims: [], stages: ['a.v1', 'b.v1'],
        failures: [{ stage: 'b.v1', code: 'E_STAGE_FAILED', message: 'boom' }] })
      expect(await store.countFailures()).toBe(1)
      expect((await store.articleAnalyses()).map((x) => [x.id, x.stages, x.failures])).toEqual([[article.id, ['a.v1', 'b.v1'], 1]])
      await store.setAggregatePending(false)
      await store.replaceDoc({ article, mentions: [egypt], events: [], claims: [claim], stages: ['b.v1'] })
      expect(await store.mentionsOf(article.id)).toEqual([egypt])
      expect(await store.eventsOf()).toEqual([])
      expect(await store.claimsOf(article.id)).toEqual([claim])
      expect(await store.countFailures()).toBe(0)
      expect(await store.aggregatePending()).toBe(true)
      const ghost = makeArticle('never stored')
      await expect(store.replaceDoc({ article: ghost, mentions: [], events: [], claims: [] })).rejects.toMatchObject({ code: 'E_NOT_FOUND' })
    })

    it('store keeps aggregation pending when another connection saves while a run aggregates', async () => {
      const { store, at } = await fresh()
      const other = await reopen(at)
      await store.saveDoc({ article, mentions: [hamas], events: [], claims: [] })
      // a run with nothing saved meanwhile clears the flag
      const first = await store.beginAggregation()
      expect(await store.aggregatePending()).toBe(true)
      expect(await store.endAggregation(first)).toBe(true)
      expect(await store.aggregatePending()).toBe(false)
      // another process saves while this run reads: its end must not clear that save's flag
      const second = await store.beginAggregation()
      const late = makeArticle('Egypt closed the Rafah crossing on Friday.', { outlet: 'Wire' })
      expect(await other.saveDoc({ article: late, mentions: [], events: [], claims: [] })).toBe(true)
      expect(await store.endAggregation(second)).toBe(false)
      expect(await store.aggregatePending()).toBe(true)
      expect(await other.aggregatePending()).toBe(true)
      // a run killed half-way (never ended) leaves the store pending; the next run's end clears it
      await store.beginAggregation()
      expect(await other.aggregatePending()).toBe(true)
      expect(await other.endAggregation(await other.beginAggregation())).toBe(true)
      expect(await store.aggregatePending()).toBe(false)
    })

    it('store keeps the last aggregation summary; a judgement or an actor import makes aggregation pending again', async () => {
      const { store } = await fresh()
      expect(await store.aggregateSummary()).toBeUndefined()
      await store.saveDoc({ article, mentions: [hamas], events: [], claims: [] })
      await store.saveAggregateSummary('{"entities":1}')
      expect(await store.endAggregation(await store.beginAggregation())).toBe(true)
      expect(await store.aggregateSummary()).toBe('{"entities":1}')
      await store.addJudgement({ id: 'j1', a: 'e-a', b: 'e-b', verdict: 'same', score: 1, by: 'user', at: '2024-01-01T00:00:00Z' })
      expect(await store.aggregatePending()).toBe(true)
      expect(await store.endAggregation(await store.beginAggregation())).toBe(true)
      await store.saveActors([KbActor.parse({ id: 'kb-x', name: 'Xland', type: 'LOC' })])
      expect(await store.aggregatePending()).toBe(true)
    })

    it('store gives version keys that move only for rewritten rows, and reads restricted to a few entities', async () => {
      const { store } = await fresh()
      if (!store.readModelKeys || !store.entitySummaries || !store.scanMentionsOfEntities || !store.clustersByIds) throw new Error('incremental read-model methods missing')
      await store.saveDoc({ article, mentions: [hamas, egypt], events: [event], claims: [claim] })
      const h = entity('e-hamas', 'Hamas')
      const e = { ...entity('e-egypt', 'Egypt'), type: 'LOC' as const }
      await store.saveResolution({ entities: [h, e], mentionEntity: new Map([[hamas.id, h.id], [egypt.id, e.id]]), judgements: [], relations: [] })
      await store.saveClusters([cluster], [{ clusterId: 'c1', grade }])
      const k1 = await store.readModelKeys()
      expect([...k1.events.keys()]).toEqual(['ev1'])
      expect([...k1.claims.keys()]).toEqual(['cl1'])
      expect([...k1.clusters.keys()]).toEqual(['c1'])
      expect([...k1.entities.keys()].sort()).toEqual(['e-egypt', 'e-hamas'])
      expect(k1.mentionSets.get('e-hamas')?.count).toBe(1)
      // nothing written: the same keys; a regraded cluster, a re-saved article and a merged entity move theirs
      expect(await store.readModelKeys()).toEqual(k1)
      await store.saveClusters([cluster], [{ clusterId: 'c1', grade: { ...grade, credibility: '3' } }])
      await store.replaceDoc({ article, mentions: [hamas, egypt], events: [{ ...event, cameo: '172' }], claims: [claim] })
      await store.saveResolution({ entities: [{ ...h, aliases: ['Egypt'] }], mentionEntity: new Map([[hamas.id, h.id], [egypt.id, h.id]]), judgements: [], relations: [] })
      const k2 = await store.readModelKeys()
      expect(k2.clusters.get('c1')).not.toBe(k1.clusters.get('c1'))
      expect(k2.events.get('ev1')).not.toBe(k1.events.get('ev1'))
      expect(k2.entities.get('e-hamas')).not.toBe(k1.entities.get('e-hamas'))
      expect(k2.entities.has('e-egypt')).toBe(false)
      expect(k2.mentionSets.get('e-hamas')?.count).toBe(2)
      expect((await store.entitySummaries(['e-hamas', 'nobody'])).map((x) => [x.id, x.mentionCount, x.articleCount])).toEqual([['e-hamas', 2, 1]])
      const seen: string[] = []
      await store.scanMentionsOfEntities(['e-hamas'], (m, en, a, st, end) => seen.push(`${m === hamas.id || m === egypt.id} ${en} ${a === article.id} ${st}-${end}`))
      expect(seen.sort()).toEqual(['true e-hamas true 0-5', 'true e-hamas true 35-40'])
      expect(await store.clustersByIds(['c1', 'nope'])).toEqual([{ ...cluster, grade: { ...grade, credibility: '3' } }])
    })

    it('store rewrites only the clusters that changed and drops the ones gone', async () => {
      const { store } = await fresh()
      const other = { ...cluster, id: 'c2', eventIds: ['ev2'] }
      await store.saveClusters([cluster, other], [{ clusterId: 'c1', grade }])
      const regraded = { ...grade, reasons: ['again'] }
      await store.saveClusters([cluster, { ...other, reports: 5 }], [{ clusterId: 'c1', grade: regraded }])
      expect(await store.clusters()).toEqual([{ ...cluster, grade: regraded }, { ...other, reports: 5, grade: undefined }])
      await store.saveClusters([other], [{ clusterId: 'c2', grade }])
      expect(await store.clusters()).toEqual([{ ...other, grade }])
    })

    it('store records failures once per article, item and stage, and clears an item with its parts', async () => {
      const { store } = await fresh()
      await store.recordFailure({ item: 'feed.xml', code: 'E_FETCH', message: 'first' })
      await store.recordFailure({ item: 'feed.xml', code: 'E_FETCH', message: 'again' })
      await store.recordFailure({ item: 'feed.xml#3', code: 'E_PARSE', message: 'part' })
      await store.recordFailure({ item: 'feed.xml.bak', code: 'E_PARSE', message: 'other file' })
      expect(await store.countFailures()).toBe(3)
      expect((await store.failures()).map((f) => f.message).sort()).toEqual(['again', 'other file', 'part'])
      expect(await store.failures({ limit: 1, offset: 0 })).toHaveLength(1)
      await store.clearFailures({ item: 'feed.xml' })
      expect((await store.failures()).map((f) => f.item)).toEqual(['feed.xml.bak'])
      // names just past the parts' range stay; a part's part goes
      await store.recordFailure({ item: 'feed.xml$', code: 'E_PARSE', message: 'dollar' })
      await store.recordFailure({ item: 'feed.xml#2#1', code: 'E_PARSE', message: 'nested part' })
      await store.clearFailures({ item: 'other.xml' })
      expect(await store.countFailures()).toBe(3)
      await store.clearFailures({ item: 'feed.xml' })
      expect((await store.failures()).map((f) => f.item).sort()).toEqual(['feed.xml$', 'feed.xml.bak'])
      // a URL that failed as a feed entry, then ingested by itself: only failures ending in '#' + that URL go
      await store.recordFailure({ item: 'news.xml#https://x.test/a_1%', code: 'E_FETCH_BLOCKED', message: 'loopback' })
      await store.recordFailure({ item: 'news.xml#https://x.test/ab1%', code: 'E_FETCH_BLOCKED', message: 'loopback' })
      await store.clearFailures({ part: 'https://x.test/a_1%' })
      expect((await store.failures()).map((f) => f.item).sort()).toEqual(['feed.xml$', 'feed.xml.bak', 'news.xml#https://x.test/ab1%'])
    })

    it('store takes back a user judgement: the one it replaced comes back, then none; model judgements are not undone', async () => {
      const { store } = await fresh()
      const j = (verdict: 'same' | 'different', at: string, by: 'user' | 'model' = 'user') => ({ id: `judgement_${by}1`, a: 'PER:a', b: 'PER:b', verdict, score: 1, by, reason: verdict, at })
      await store.addJudgement(j('different', '2026-01-01T00:00:00.000Z'))
      await store.addJudgement(j('same', '2026-01-02T00:00:00.000Z'))
      await store.setAggregatePending(false)
      expect(await store.undoJudgement('judgement_user1')).toEqual({ removed: j('same', '2026-01-02T00:00:00.000Z'), restored: j('different', '2026-01-01T00:00:00.000Z') })
      expect(await store.judgements('user')).toEqual([j('different', '2026-01-01T00:00:00.000Z')])
      expect(await store.aggregatePending()).toBe(true)
      expect(await store.undoJudgement('judgement_user1')).toEqual({ removed: j('different', '2026-01-01T00:00:00.000Z'), restored: undefined })
      expect(await store.judgements('user')).toEqual([])
      expect(await store.undoJudgement('judgement_user1')).toBeUndefined()
      await store.addJudgement(j('unsure' as 'same', '2026-01-03T00:00:00.000Z', 'model'))
      expect(await store.undoJudgement('judgement_model1')).toBeUndefined()
    })

    it('store pages articles newest first, filtered by outlet and dates', async () => {
      const { store } = await fresh()
      const older = makeArticle('Older text about Gaza.', { outlet: 'wire', published: '2024-01-05' })
      await store.saveDoc({ article, mentions: [], events: [], claims: [] })
      await store.saveDoc({ article: older, mentions: [], events: [], claims: [] })
      const all = await store.articlesPage({ limit: 10, offset: 0 })
      expect([all.total, all.items.map((a) => a.id)]).toEqual([2, [article.id, older.id]])
      expect((await store.articlesPage({ limit: 10, offset: 0, outlet: 'WIRE' })).total).toBe(2)
      const jan = await store.articlesPage({ limit: 10, offset: 0, from: '2024-01-01', to: '2024-01-31' })
      expect([jan.total, jan.items.map((a) => a.id)]).toEqual([1, [older.id]])
      expect((await store.articleDates()).get(older.id)?.published).toBe('2024-01-05')
    })

    it('store keeps an undated article undated: its ingest time apart, out of date filters, listed after dated ones', async () => {
      const { store } = await fresh()
      const undated = makeArticle('An old wire story about Gaza.', { outlet: 'wire', ingestedAt: '2026-12-06T10:00:00.000Z' })
      await store.saveDoc({ article: undated, mentions: [], events: [], claims: [] })
      await store.saveDoc({ article, mentions: [], events: [], claims: [] })
      expect((await store.articleDates()).get(undated.id)).toEqual({ ingestedAt: '2026-12-06T10:00:00.000Z' })
      expect((await store.articleDates()).get(article.id)).toEqual({ published: '2024-03-02', ingestedAt: expect.any(String) })
      expect((await store.articlesPage({ limit: 10, offset: 0, from: '2026-12-01' })).total).toBe(0)
      expect((await store.articlesPage({ limit: 10, offset: 0, to: '2026-12-31' })).items.map((a) => a.id)).toEqual([article.id])
      expect((await store.articlesPage({ limit: 10, offset: 0 })).items.map((a) => a.id)).toEqual([article.id, undated.id])
    })

    it('store revision changes on its own writes and on commits of another connection', async () => {
      const { store, at } = await fresh()
      const r0 = await store.revision()
      await store.saveDoc({ article, mentions: [], events: [], claims: [] })
      const r1 = await store.revision()
      expect(r1).not.toBe(r0)
      const other = await reopen(at)
      await other.addJudgement({ id: 'j', a: 'x', b: 'y', verdict: 'same', score: 1, by: 'user', at: '2026-01-01T00:00:00Z' })
      expect(await store.revision()).not.toBe(r1)
    })

    it('store maps every signed mention to the entity of its signature, and a re-saved article is signed again', async () => {
      const { store } = await fresh()
      const other = makeArticle('Hamas spoke.', { title: 'Other' })
      const m2 = { ...hamas, id: hashId('mention', other.id, 0, 5), articleId: other.id }
      await store.saveDoc({ article, mentions: [hamas], events: [], claims: [] })
      await store.saveDoc({ article: other, mentions: [m2], events: [], claims: [] })
      expect((await store.articlesToSign(10)).sort()).toEqual([article.id, other.id].sort())
      await store.saveSignatures(article.id, [{ mentionId: hamas.id, signature: 's0' }])
      // a batch replaces an article's earlier signatures, as saveSignatures does
      await store.saveSignatureBatch([{ articleId: article.id, rows: [{ mentionId: hamas.id, signature: 's1' }] }, { articleId: other.id, rows: [{ mentionId: m2.id, signature: 's1' }] }])
      expect(await store.articlesToSign(10)).toEqual([])
      const first = [article.id, other.id].sort()[0]!
      expect(await store.representatives()).toEqual(new Map([[first, ['s1']]]))
      const entity = { id: 'e1', type: 'ORG' as const, canonicalName: 'Hamas', aliases: [], origin: 'extracted' as const }
      await store.saveSignatureResolution({ entities: [entity], mentionEntity: new Map(), judgements: [], relations: [] }, new Map([['s1', 'e1']]))
      expect(await store.mentionEntities()).toEqual(new Map([[hamas.id, 'e1'], [m2.id, 'e1']]))
      await store.replaceDoc({ article: other, mentions: [m2], events: [], claims: [] })
      expect(await store.articlesToSign(10)).toEqual([other.id])
      expect(await store.signaturesOf([hamas.id, m2.id, 'nope'])).toEqual(new Map([[hamas.id, 's1']]))
      await store.clearSignatures()
      expect((await store.articlesToSign(1)).length).toBe(1)
      expect(await store.representatives()).toEqual(new Map())
    })

    it('store keeps imported actors, the last import of an id winning', async () => {
      const { store } = await fresh()
      const actor = KbActor.parse({ id: 'kb:x', name: 'Example Front', type: 'ORG', aliases: ['EF'] })
      await store.saveActors([actor])
      await store.saveActors([{ ...actor, aliases: ['EF', 'Front'] }])
      expect(await store.actors()).toEqual([{ ...actor, aliases: ['EF', 'Front'] }])
    })
  })
}
