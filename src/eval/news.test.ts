import { describe, expect, it } from 'vitest'
import type { Claim, Entity, Event } from '../model/index.js'
import { anchorSentence, goldPart, goldSentences, mergeNewsGold, parseNewsGold } from './news-gold.js'
import { descriptorMatches, GoldResolver, headPhrase } from './news-match.js'
import { missingAnchors, pairGreedy, partOf, scoreNews } from './news.js'
import type { SystemOutput } from './seeds.js'

// Made-up articles and actors: Arnor, Gondor, the Rohan Guard; nothing from the corpus.
const A = 'a.txt'
const TEXT_A = [
  'Gen. Hal Brand said Arnor troops shelled Gondor on Monday.',
  'Near Osgil, two strikes destroyed a Gondor bridge and a Gondor tank.',
  'Gondor denied the report, officials said.',
  'The weather was fine.',
].join(' ')
const B = 'b.txt'
const TEXT_B = 'Rohan Guard arrested three Gondor officials.\nThese sanctions show resolve, the minister said.'

const gold = parseNewsGold({
  documents: { [A]: { id: 'a', part: 'dev' }, [B]: { id: 'b', part: 'final' } },
  entities: [
    { id: 'arnor', type: 'LOC', canonical: 'Arnor', aliases: ['Arnor', 'Arnor troops'] },
    { id: 'gondor', type: 'LOC', canonical: 'Gondor', aliases: ['Gondor'] },
    { id: 'brand', type: 'PER', canonical: 'Hal Brand', aliases: ['Brand', 'Gen. Hal Brand'] },
    { id: 'rohan_guard', type: 'ORG', canonical: 'Rohan Guard', aliases: [] },
  ],
  events: [
    { id: 'e1', doc: A, actor: 'brand', target: 'arnor', cameo_root: '11', cameo: '112', modality: 'asserted', what: 'Brand accuses Arnor', anchor: 'Gen. Hal Brand said Arnor' },
    { id: 'e2', doc: A, actor: 'arnor', target: 'gondor', cameo_root: '19', cameo: '194', modality: 'alleged', what: 'Arnor shelled Gondor', anchor: 'Gen. Hal Brand said Arnor' },
    { id: 'e3', doc: A, actor: 'arnor', target: 'gondor', cameo_root: '19', cameo: '195', modality: 'asserted', what: 'bridge', anchor: 'Near Osgil, two strikes', bulletin: true },
    { id: 'e4', doc: A, actor: 'arnor', target: 'gondor', cameo_root: '19', cameo: '195', modality: 'asserted', what: 'tank', anchor: 'Near Osgil, two strikes', bulletin: true },
    { id: 'e5', doc: B, actor: 'rohan_guard', target: 'gondor', cameo_root: '17', cameo: '173', modality: 'asserted', what: 'arrests', anchor: 'Rohan Guard arrested' },
  ],
  claims: [
    { id: 'c1', doc: A, speaker: 'brand', verb: 'said', stance: 'assert', anchor: 'Gen. Hal Brand said', content: 'Arnor troops shelled' },
    { id: 'c2', doc: A, speaker: 'gondor', verb: 'denied', stance: 'deny', anchor: 'Gondor denied the report', content: 'the report' },
    { id: 'c3', doc: A, speaker: 'officials', verb: 'said', stance: 'assert', anonymous: true, anchor: 'Gondor denied the report', content: 'Gondor denied the report' },
    { id: 'c4', doc: B, speaker: 'the minister', verb: 'said', stance: 'assert', anchor: 'These sanctions show', content: 'These sanctions show' },
  ],
}, 'test')

const texts = new Map([[A, TEXT_A], [B, TEXT_B]])
const at = (doc: string, s: string) => { const i = (texts.get(doc) ?? '').indexOf(s); if (i < 0) throw new Error(s); return { start: i, end: i + s.length, text: s } }
const docId = (doc: string) => (doc === A ? 'art-a' : 'art-b')

function event(doc: string, cameo: string, cue: string, actor?: string, target?: string, modality: Event['modality'] = 'asserted'): Event {
  const c = at(doc, cue)
  return {
    id: `ev-${doc}-${cameo}-${cue}-${actor ?? ''}-${target ?? ''}`, articleId: docId(doc), cameo, cameoRoot: cameo.slice(0, 2), cue: c, sentence: { start: c.start, end: c.end }, modality,
    ...(actor ? { actor: { ...at(doc, actor) } } : {}), ...(target ? { target: { ...at(doc, target) } } : {}),
  }
}
function claim(id: string, doc: string, source: string, cue: string, content: string, stance: Claim['stance'], extra: Partial<Claim['source']> = {}): Claim {
  return { id, articleId: docId(doc), source: { ...at(doc, source), anonymous: false, ...extra }, cue: at(doc, cue), content: at(doc, content), stance, hedged: false, hedges: [], quote: false, about: [] }
}
const entity = (id: string, name: string, type: Entity['type']): Entity => ({ id, type, canonicalName: name, aliases: [] } as unknown as Entity)

function system(events: Event[], claims: Claim[]): SystemOutput {
  return {
    entities: [entity('sys-arnor', 'Arnor', 'LOC'), entity('sys-gondor', 'Gondor', 'ORG')],
    mentionEntity: new Map([['m-gondor', 'sys-gondor']]),
    docOf: new Map([['art-a', A], ['art-b', B]]),
    events, claims, relations: [],
  }
}

describe('real-news gold sentences', () => {
  it('goldSentences keeps abbreviations, initials and line breaks in mind', () => {
    const text = 'Lt. Gen. J. Smith met U.S. envoys on Dec. 14 in Rome. “They left.” Then rain\nNext line.'
    const ss = goldSentences(text).map((s) => text.slice(s.start, s.end))
    expect(ss).toEqual(['Lt. Gen. J. Smith met U.S. envoys on Dec. 14 in Rome.', '“They left.”', 'Then rain', 'Next line.'])
  })
  it('anchorSentence finds the sentence around an anchor and nothing for a lost anchor', () => {
    const ss = goldSentences(TEXT_A)
    const s = anchorSentence(TEXT_A, ss, 'two strikes destroyed')!
    expect(TEXT_A.slice(s.start, s.end)).toBe('Near Osgil, two strikes destroyed a Gondor bridge and a Gondor tank.')
    expect(anchorSentence(TEXT_A, ss, 'not in the text')).toBeUndefined()
    expect(missingAnchors(gold, new Map([[A, 'changed'], [B, TEXT_B]]))).toContain('e1: Gen. Hal Brand said Arnor')
  })
  it('goldPart keeps only the documents, events and claims of one part', () => {
    const dev = goldPart(gold, 'dev')
    expect(Object.keys(dev.documents)).toEqual([A])
    expect(dev.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4'])
    expect(dev.claims.every((c) => c.doc === A)).toBe(true)
  })
  it('dev2 is a tuning part of its own; tune is dev + dev2; a dev2 entity is unknown to the final part', () => {
    const C = 'c.txt'
    const withDev2 = parseNewsGold({
      ...gold,
      documents: { ...gold.documents, [C]: { id: 'c', part: 'dev2' } },
      entities: [...gold.entities, { id: 'umbar', type: 'LOC', canonical: 'Umbar', aliases: ['Umbar'], part: 'dev2' },
        { id: 'gondor', type: 'LOC', canonical: 'Gondor', aliases: ['Minas Tirith'], part: 'dev2' }],
      events: [...gold.events, { id: 'e6', doc: C, actor: 'umbar', target: 'gondor', cameo_root: '19', cameo: '190', modality: 'asserted', what: 'raid', anchor: 'Umbar raided' }],
    }, 'test')
    expect(Object.keys(goldPart(withDev2, 'dev2').documents)).toEqual([C])
    expect(goldPart(withDev2, 'dev2').events.map((e) => e.id)).toEqual(['e6'])
    expect(Object.keys(goldPart(withDev2, 'dev').documents)).toEqual([A])
    expect(Object.keys(goldPart(withDev2, 'tune').documents)).toEqual([A, C])
    expect(Object.keys(goldPart(withDev2, 'all').documents)).toEqual([A, B, C])
    expect(partOf({ part: 'dev2' })).toBe('dev2')
    expect(partOf({ sample: 'tune' })).toBe('tune')
    expect(partOf({ part: 'nonsense' })).toBe('all')
    // the names a dev2 entry adds resolve only where dev2 is scored
    const final = new GoldResolver(goldPart(withDev2, 'final'), system([], []))
    const dev2 = new GoldResolver(goldPart(withDev2, 'dev2'), system([], []))
    expect(final.ofText('Umbar')).toEqual([])
    expect(final.ofText('Minas Tirith')).toEqual([])
    expect(dev2.ofText('Umbar')).toEqual(['umbar'])
    expect(dev2.ofText('Minas Tirith')).toEqual(['gondor'])
    expect(dev2.ofText('Gondor')).toEqual(['gondor'])
  })
  it('train, merged from its own file, is selected only by itself: tune and all stay without it, its names unknown elsewhere, every earlier name known to it', () => {
    const D = 'd.txt'
    const train = parseNewsGold({
      documents: { [D]: { id: 'd', part: 'train' } },
      entities: [{ id: 'harad', type: 'LOC', canonical: 'Harad', aliases: ['Harad'], part: 'train' }],
      events: [{ id: 't1', doc: D, actor: 'harad', target: 'gondor', cameo_root: '19', cameo: '190', modality: 'asserted', what: 'raid', anchor: 'Harad raided' }],
      claims: [{ id: 'tc1', doc: D, speaker: 'brand', verb: 'said', stance: 'assert', anchor: 'Brand said', content: 'Harad raided' }],
    }, 'train')
    const merged = mergeNewsGold(parseNewsGold({ ...gold, entities: [...gold.entities, { id: 'umbar', type: 'LOC', canonical: 'Umbar', aliases: ['Umbar'], part: 'dev2' }] }, 'base'), train, 'train')
    expect(Object.keys(goldPart(merged, 'train').documents)).toEqual([D])
    expect(goldPart(merged, 'train').events.map((e) => e.id)).toEqual(['t1'])
    expect(goldPart(merged, 'train').claims.map((c) => c.id)).toEqual(['tc1'])
    expect(Object.keys(goldPart(merged, 'all').documents)).toEqual([A, B])
    expect(goldPart(merged, 'all').events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5'])
    expect(Object.keys(goldPart(merged, 'tune').documents)).toEqual([A])
    expect(partOf({ part: 'train' })).toBe('train')
    expect(new GoldResolver(goldPart(merged, 'all'), system([], [])).ofText('Harad')).toEqual([])
    expect(new GoldResolver(goldPart(merged, 'train'), system([], [])).ofText('Harad')).toEqual(['harad'])
    expect(new GoldResolver(goldPart(merged, 'train'), system([], [])).ofText('Gondor')).toEqual(['gondor'])
    expect(new GoldResolver(goldPart(merged, 'train'), system([], [])).ofText('Umbar')).toEqual(['umbar'])
    // an id the base gold already uses is refused, so a training record cannot shadow a tuning one
    expect(() => mergeNewsGold(gold, { ...train, events: [{ ...train.events[0]!, id: 'e1' }] }, 'train')).toThrow(/e1/)
  })
})

describe('real-news gold matching', () => {
  it('headPhrase cuts at commas and prepositions, so a name inside a modifier is no speaker', () => {
    const r = new GoldResolver(gold, system([], []))
    expect(headPhrase('Gen. Hal Brand, commander of Arnor')).toBe('gen. hal brand')
    expect(r.ofText('Gen. Hal Brand, commander of Arnor')).toEqual(['brand'])
    expect(r.ofText('These sanctions against Gondor')).toEqual([])
    expect(r.ofText('the Gondor')).toEqual(['gondor'])
  })
  it('pairGreedy pairs one to one, best tier first, required gold before optional', () => {
    const golds = [{ k: 'x', optional: true }, { k: 'x' }, { k: 'y' }]
    const pairs = pairGreedy(golds, ['x1', 'any'], () => true, [(g, s) => s.startsWith(g.k), () => true])
    expect(pairs.get(golds[1]!)).toBe('x1')
    expect(pairs.get(golds[2]!)).toBe('any')
    expect(pairs.has(golds[0]!)).toBe(false)
  })
})

describe('real-news scorer', () => {
  it('scores events: root, code, dyad, one system event per strike item, precision and spurious events', () => {
    const events = [
      event(A, '112', 'said', 'Gen. Hal Brand', 'Arnor troops'),
      event(A, '190', 'shelled', 'Arnor troops', 'Gondor', 'alleged'),
      event(A, '195', 'destroyed', 'two strikes', 'Gondor'),
      event(A, '010', 'was fine'),
    ]
    const s = scoreNews(goldPart(gold, 'dev'), system(events, []), texts).metrics
    // e1 right in all; e2 right root, wrong code; e3 right root and code, actor wrong ("two strikes"); e4 no second system event
    expect(s['rootAccuracy']).toBeCloseTo(3 / 4)
    expect(s['codeAccuracy']).toBeCloseTo(2 / 4)
    expect(s['dyadAccuracy']).toBeCloseTo(2 / 4)
    expect(s['precision']).toBeCloseTo(3 / 4)
    expect(s['spuriousPerGold']).toBeCloseTo(1 / 4)
    expect(s['eventRecall']).toBeCloseTo(2 / 4)
    expect(s['modalityAccuracy']).toBeCloseTo(1)
    expect(s['rootAccuracyProse']).toBeCloseTo(1)
  })
  it('a gold event with no target refuses a system target that is another gold entity', () => {
    const g = { ...gold, events: [{ ...gold.events[4]!, target: null }] }
    const withTarget = scoreNews(goldPart(g, 'final'), system([event(B, '173', 'arrested', 'Rohan Guard', 'Gondor')], []), texts).metrics
    const without = scoreNews(goldPart(g, 'final'), system([event(B, '173', 'arrested', 'Rohan Guard')], []), texts).metrics
    expect(withTarget['dyadAccuracy']).toBe(0)
    expect(without['dyadAccuracy']).toBe(1)
  })
  it('scores claims: located, source and verb, stance, source precision and fragments that are no speaker', () => {
    const claims = [
      claim('k1', A, 'Gen. Hal Brand', 'said', 'Arnor troops shelled Gondor on Monday', 'assert'),
      claim('k2', A, 'Gondor', 'denied', 'the report', 'assert', { mentionId: 'm-gondor' }),
      claim('k3', A, 'officials', 'said', 'Gondor denied the report', 'assert'),
      claim('k4', B, 'These sanctions', 'show', 'resolve', 'assert'),
    ]
    const s = scoreNews(gold, system([], claims), texts)
    // every gold claim has a system claim where it is (k4 with the wrong source); c2's stance is wrong
    expect(s.metrics['claimRecall']).toBe(1)
    expect(s.metrics['sourceAndVerbRecall']).toBeCloseTo(3 / 4)
    expect(s.metrics['stanceAccuracy']).toBeCloseTo(3 / 4)
    expect(s.metrics['sourcePrecision']).toBeCloseTo(3 / 4)
    expect(s.metrics['nonSpeakerSources']).toBe(1)
    expect(s.details.get(B)?.some((l) => l.includes('non-speaker source "These sanctions"'))).toBe(true)
    expect(s.details.get(A)?.some((l) => l.startsWith('wrong claim c2'))).toBe(true)
  })
  it('a position ("reiterates support") is not scored as a claim of fact: the news golds code it as an event', () => {
    const k1 = claim('k1', A, 'Gen. Hal Brand', 'said', 'Arnor troops shelled Gondor on Monday', 'assert')
    const k5: Claim = { ...claim('k5', B, 'These sanctions', 'show', 'resolve', 'assert'), kind: 'position' }
    const fact = scoreNews(gold, system([], [k1, { ...k5, kind: 'fact' }]), texts)
    const position = scoreNews(gold, system([], [k1, k5]), texts)
    expect(fact.metrics['systemClaims']).toBe(2)
    expect(position.metrics['systemClaims']).toBe(1)
    expect(position.metrics['nonSpeakerSources']).toBe(0)
    expect(position.details.get(B)?.some((l) => l.startsWith('position, not scored "These sanctions"'))).toBe(true)
  })
  it('a pronoun source is right when its antecedent claim names the speaker', () => {
    const text = 'Gen. Hal Brand said Arnor troops shelled Gondor on Monday.'
    const k1 = claim('k1', A, 'Gen. Hal Brand', 'said', 'Arnor troops shelled Gondor on Monday', 'assert')
    const k2: Claim = { ...claim('k2', A, 'Gondor', 'denied', 'the report', 'deny'), source: { start: 0, end: 2, text: 'he', anonymous: false, antecedentClaimId: 'k1' } }
    const g = { ...gold, claims: [gold.claims[0]!, { ...gold.claims[1]!, speaker: 'brand' }] }
    const s = scoreNews(goldPart(g, 'dev'), system([], [k1, k2]), new Map([[A, TEXT_A], [B, text]])).metrics
    expect(s['sourceAndVerbRecall']).toBe(1)
    expect(s['nonSpeakerSources']).toBe(0)
  })
  it('a pronoun source is right when its antecedent claim carries the gold descriptor ("the minister said … He added")', () => {
    const earlier: Claim = { ...claim('k0', B, 'These sanctions', 'show', 'resolve', 'assert'), id: 'k0', source: { ...at(B, 'the minister'), anonymous: true } }
    const he: Claim = { ...claim('k4', B, 'These sanctions', 'said', 'resolve', 'assert'), source: { ...at(B, 'Rohan'), text: 'He', anonymous: false } }
    const lone = scoreNews(gold, system([], [he]), texts).metrics
    const chained = scoreNews(gold, system([], [earlier, { ...he, source: { ...he.source, antecedentClaimId: 'k0' } }]), texts).metrics
    expect(lone['sourceAndVerbRecall']).toBeCloseTo(0)
    expect(chained['sourceAndVerbRecall']).toBeCloseTo(1 / 4)
  })
  it('a pronoun speaker the gold keeps as a descriptor ("He", no antecedent) is matched by the same pronoun, not by part of a word', () => {
    expect(descriptorMatches('He', 'he')).toBe(true)
    expect(descriptorMatches('It', 'It')).toBe(true)
    expect(descriptorMatches('the minister', 'he')).toBe(false)
    expect(descriptorMatches('He', 'the head of the mission')).toBe(false)
  })
  it('claimEventLinks counts a claim that points at the system event standing for its gold event', () => {
    const shelled = event(A, '190', 'shelled', 'Arnor troops', 'Gondor', 'alleged')
    const k1 = claim('k1', A, 'Gen. Hal Brand', 'said', 'Arnor troops shelled Gondor on Monday', 'assert')
    const g = { ...gold, claims: [{ ...gold.claims[0]!, about: 'e2' }] }
    const linked = scoreNews(goldPart(g, 'dev'), system([shelled], [{ ...k1, about: [shelled.id] }]), texts).metrics
    const unlinked = scoreNews(goldPart(g, 'dev'), system([shelled], [k1]), texts).metrics
    expect(linked['claimEventLinks']).toBe(1)
    expect(unlinked['claimEventLinks']).toBe(0)
  })
})
