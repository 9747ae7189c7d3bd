import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Event, Mention } from '../model/index.js'
import type { AnnotatedDoc } from '../model/index.js'
import { docBuilder, makeArticle, type MentionSpec } from '../text/testing/doc-builder.js'
import { segmentText } from '../text/segment.js'
import { extractEvents, extractEventsMany } from './extract.js'
import { parsedDoc, withSyntax } from './testing/parsed.js'
import { mentionsFromNames } from './name-matcher.js'
import { SEED_ENTITY, SEED_NAMES } from './testing/seed-names.js'

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds')

function seedDoc(file: string, meta: Record<string, string> = {}): AnnotatedDoc {
  const text = readFileSync(join(SEEDS, file), 'utf8')
  const article = makeArticle(text, { published: '2016-01-12', ...meta })
  const { sentences, tokens } = segmentText(text)
  return withSyntax({ article, sentences, tokens, mentions: mentionsFromNames(article.id, text, SEED_NAMES) })
}

/** The gold entity of an event role, following nominal antecedents ("the Salafist group" → Wilayat Sinai). */
function entityOf(doc: AnnotatedDoc, mentionId: string | undefined): string | null {
  if (!mentionId) return null
  const byId = new Map((doc.mentions ?? []).map((m) => [m.id, m]))
  let m: Mention | undefined = byId.get(mentionId)
  while (m?.antecedentId) m = byId.get(m.antecedentId)
  return m ? (SEED_ENTITY[m.text] ?? m.text) : null
}

function dyads(doc: AnnotatedDoc, events: readonly Event[]) {
  return events.map((e) => ({ actor: entityOf(doc, e.actor?.mentionId), target: entityOf(doc, e.target?.mentionId), root: e.cameoRoot, e }))
}

function events(text: string, mentions: MentionSpec[], meta: Record<string, string> = {}) {
  const doc = parsedDoc(text, { mentions, meta: { published: '2024-03-12', ...meta } })
  return extractEvents(doc)
}

describe('extractEvents on the seed articles', () => {
  // expectations transcribed from the seeds' gold.json (non-optional events): actor, target, CAMEO root
  const doc0 = seedDoc('000_fd7dbad812d8e2ee.txt')
  const doc2 = seedDoc('002_11856984715dfee0.txt', { dateline: 'TEL AVIV' })
  const found0 = dyads(doc0, extractEvents(doc0))
  const found2 = dyads(doc2, extractEvents(doc2))
  const has = (found: ReturnType<typeof dyads>, actor: string, target: string | null, root: string | null) =>
    found.some((f) => f.actor === actor && f.target === target && (root === null || f.root === root))

  it.each([
    ['e_intercept_shipment', 'wilayat_sinai', 'hamas', '17'],
    ['e_demand_release', 'wilayat_sinai', 'hamas', '10'],
    ['e_demand_share', 'wilayat_sinai', 'hamas', '10'],
    ['e_marzook_visit', 'abu_marzook', 'egypt', '04'],
    ['e_arrests_500', 'hamas', 'islamic_state', '17'],
  ])('events seed 000 finds %s', (_id, actor, target, root) => {
    expect(has(found0, actor, target, root)).toBe(true)
  })

  it.each([
    ['e_infiltration', 'hamas', 'islamic_state', null],
    ['e_detain_four', 'wilayat_sinai', 'hamas', '17'],
  ])('events seed 002 finds %s', (_id, actor, target, root) => {
    expect(has(found2, actor, target, root)).toBe(true)
  })

  it('events seed: the arrests passed 500 carry their count and the visit its Sunday', () => {
    const arrests = found0.find((f) => f.actor === 'hamas' && f.target === 'islamic_state' && f.root === '17')!
    expect(arrests.e.count).toBe(500)
    const visit = found0.find((f) => f.actor === 'abu_marzook' && f.root === '04')!
    expect(visit.e.when?.text).toBe('on Sunday')
    expect(visit.e.when?.date).toBe('2016-01-10') // the Sunday before the 12 Jan 2016 publication
    expect(visit.e.location?.text).toBe('Egypt')
  })

  it('events seed: the four Hamas members taken in for questioning are counted and the infiltration flagged attempted', () => {
    const detain = found2.find((f) => f.actor === 'wilayat_sinai' && f.target === 'hamas' && f.root === '17')!
    expect(detain.e.cue.text).toBe('taken in for questioning')
    expect(detain.e.count).toBe(4)
    const infil = found2.find((f) => f.actor === 'hamas' && f.target === 'islamic_state')!
    expect(infil.e.modality).toBe('attempted')
  })

  it('events seed: reporting frames are not events ("told", "said", "claimed", "confirmed")', () => {
    const cues = [...found0, ...found2].map((f) => f.e.cue.text.toLowerCase())
    for (const frame of ['told', 'said', 'says', 'claimed', 'confirmed', 'according']) expect(cues).not.toContain(frame)
  })

  it('events seed: no event comes from the dateline or the headline', () => {
    const dateline = doc2.article.text.indexOf('TEL AVIV')
    for (const f of found2) expect(f.e.cue.start).toBeGreaterThan(dateline + 'TEL AVIV —'.length)
    const title = doc0.article.text.split('\n')[0]!
    for (const f of found0) expect(f.e.sentence.start).toBeGreaterThanOrEqual(title.length)
  })
})

describe('extractEventsMany', () => {
  it('events of several articles at once are each article\'s own, loose ids included, and a missing parse is refused', () => {
    const docs = [seedDoc('000_fd7dbad812d8e2ee.txt'), seedDoc('002_11856984715dfee0.txt', { dateline: 'TEL AVIV' }), seedDoc('000_fd7dbad812d8e2ee.txt')]
    const loose = docs.map(() => new Set<string>())
    const many = extractEventsMany(docs, docs.map((_, i) => ({ loose: true, looseIds: loose[i]! })))
    const alone = docs.map((d) => { const ids = new Set<string>(); return { events: extractEvents(d, { loose: true, looseIds: ids }), ids } })
    expect(many).toEqual(alone.map((a) => a.events))
    expect(loose).toEqual(alone.map((a) => a.ids))
    expect(many[1]!.length).toBeGreaterThan(0)
    expect(() => extractEventsMany([docs[0]!, { ...docs[1]!, syntax: undefined }], [{}, {}])).toThrow(expect.objectContaining({ code: 'E_INVALID_DATA' }))
  })
})

describe('extractEvents roles', () => {
  it('events code a passive with a by-phrase: the agent acts, the subject is the target', () => {
    const ev = events('Five Hamas members were arrested by Egyptian police in El Arish on Sunday.', [
      { text: 'Hamas', type: 'ORG' }, { text: 'Egyptian police', type: 'ORG' }, { text: 'El Arish', type: 'LOC' },
    ])
    expect(ev).toHaveLength(1)
    expect(ev[0]!.actor?.text).toBe('Egyptian police')
    expect(ev[0]!.target?.text).toBe('Hamas')
    expect(ev[0]!.cameoRoot).toBe('17')
    expect(ev[0]!.location?.text).toBe('El Arish')
    expect(ev[0]!.count).toBe(5)
    expect(ev[0]!.when?.date).toBe('2024-03-10')
  })

  it('events code the nested event, not the claim ("claimed that X attacked Y")', () => {
    const ev = events('Hamas claimed that Israeli troops attacked the Jenin camp.', [
      { text: 'Hamas', type: 'ORG' }, { text: 'Israeli troops', type: 'ORG' }, { text: 'Jenin camp', type: 'LOC' },
    ])
    expect(ev.map((e) => [e.actor?.text, e.cameoRoot])).toEqual([['Israeli troops', '19']])
    expect(ev[0]!.modality).toBe('alleged')
  })

  it('events take the subject past an apposition ("X, the deputy chief of Y, traveled to Z")', () => {
    const ev = events('Mousa Abu Marzook, the deputy chief of the Hamas politburo, traveled to Egypt.', [
      { text: 'Mousa Abu Marzook', type: 'PER' }, { text: 'Hamas', type: 'ORG' }, { text: 'Egypt', type: 'LOC' },
    ])
    expect(ev.map((e) => [e.actor?.text, e.target?.text, e.cameoRoot])).toEqual([['Mousa Abu Marzook', 'Egypt', '04']])
  })

  it('events read noun cues with by-phrases and adjectival actors ("an attack by X", "Israeli shelling of Y")', () => {
    const a = events('The government condemned an attack by Hamas gunmen on Sderot.', [
      { text: 'Hamas gunmen', type: 'ORG' }, { text: 'Sderot', type: 'LOC' },
    ])
    expect(a.some((e) => e.actor?.text === 'Hamas gunmen' && e.cameoRoot === '19' && e.cue.text === 'attack')).toBe(true)
    const b = events('Residents fled the Israeli shelling of Khan Yunis.', [{ text: 'Israeli', type: 'NORP' }, { text: 'Khan Yunis', type: 'LOC' }])
    expect(b.map((e) => [e.actor?.text, e.target?.text, e.cameoRoot])).toEqual([['Israeli', 'Khan Yunis', '19']])
  })

  it('events read light-verb cues ("carried out raids")', () => {
    const ev = events('Israeli forces carried out raids against Hamas in Jenin.', [
      { text: 'Israeli forces', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }, { text: 'Jenin', type: 'LOC' },
    ])
    expect(ev.map((e) => [e.actor?.text, e.target?.text, e.cameoRoot, e.cue.text])).toEqual([['Israeli forces', 'Hamas', '19', 'carried out raids']])
  })

  it('events flag negated, planned and attempted events instead of recording them as done', () => {
    const mentions: MentionSpec[] = [{ text: 'Hamas', type: 'ORG' }, { text: 'Israel', type: 'LOC' }]
    expect(events('Hamas did not attack Israel.', mentions)[0]?.modality).toBe('negated')
    expect(events('Hamas will attack Israel.', mentions)[0]?.modality).toBe('planned')
    expect(events('Hamas tried to attack Israel.', mentions)[0]?.modality).toBe('attempted')
    const denied = events('Israel denied that Israeli troops attacked the Jenin camp.', [
      { text: 'Israel', type: 'LOC' }, { text: 'Israeli troops', type: 'ORG' }, { text: 'Jenin camp', type: 'LOC' },
    ])
    expect(denied.find((e) => e.cameoRoot === '19')?.modality).toBe('denied')
    expect(events('Hamas attacked Israel.', mentions)[0]?.modality).toBe('asserted')
  })

  it('events code the act an adverbial gerund or a future condition only frames, not the frame', () => {
    const us: MentionSpec = { text: 'The United States', type: 'LOC' }
    const sdf: MentionSpec = { text: 'the SDF', type: 'ORG' }
    const isil: MentionSpec = { text: 'ISIL', type: 'ORG' }
    const by = events('The United States supported the SDF by providing training.', [us, sdf])
    expect(by.map((e) => e.cue.text)).toEqual(['supported'])
    const once = events('The United States will withdraw once the SDF defeats ISIL.', [us, sdf, isil])
    expect(once.map((e) => e.cue.text)).not.toContain('defeats')
    // a past "once" clause tells an act that happened
    const past = events('The United States withdrew once the SDF had defeated ISIL.', [us, sdf, isil])
    expect(past.map((e) => [e.actor?.text, e.target?.text, e.cameoRoot])).toContainEqual(['the SDF', 'ISIL', '19'])
  })

  it('events code an appeal, not the act it asks for, and no act in an infinitive left as the root', () => {
    const uk: MentionSpec = { text: 'The United Kingdom', type: 'LOC' }
    const russia: MentionSpec = { text: 'Russia', type: 'LOC' }
    const regime: MentionSpec = { text: 'the regime', type: 'ORG' }
    const urged = events('The United Kingdom urged Russia to press the regime.', [uk, russia, regime])
    expect(urged.map((e) => e.cue.text)).toEqual(['urged'])
    // "is to conduct": the copula's infinitive, parsed as the root, tells a task, not an act done
    const root = events("NAVCENT's mission is to conduct operations against ISIL.", [{ text: 'NAVCENT', type: 'ORG' }, { text: 'ISIL', type: 'ORG' }])
    expect(root).toEqual([])
  })

  it('events code a visit once, by the visitor (news coders code the reported act, not its mirror A hosts B)', () => {
    const ev = events('Mahmoud Abbas visited Cairo on Monday.', [{ text: 'Mahmoud Abbas', type: 'PER' }, { text: 'Cairo', type: 'LOC' }])
    expect(ev.map((e) => [e.actor?.text, e.target?.text, e.cameo])).toEqual([['Mahmoud Abbas', 'Cairo', '042']])
  })

  it('events take the actor of "an attempt by X to Y" from the by-phrase and flag it attempted', () => {
    const ev = events('Wilayat Sinai foiled an attempt by Hamas members to infiltrate the Islamic State group.', [
      { text: 'Wilayat Sinai', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }, { text: 'Islamic State group', type: 'ORG' },
    ])
    const infil = ev.find((e) => e.cue.text === 'infiltrate')!
    expect([infil.actor?.text, infil.target?.text, infil.modality]).toEqual(['Hamas', 'Islamic State group', 'attempted'])
  })

  it('events code the infinitive of "managed to" and negate that of "failed to"', () => {
    const mentions: MentionSpec[] = [{ text: 'Hamas', type: 'ORG' }, { text: 'Israel', type: 'LOC' }]
    const managed = events('Hamas managed to attack Israel.', mentions)
    expect(managed.map((e) => [e.cue.text, e.modality])).toEqual([['attack', 'asserted']])
    expect(events('Hamas failed to attack Israel.', mentions).map((e) => [e.cue.text, e.modality])).toEqual([['attack', 'negated']])
  })

  it('events make the giver the actor of "X received … from Y"', () => {
    const ev = events('Hezbollah received missiles from Iran.', [{ text: 'Hezbollah', type: 'ORG' }, { text: 'Iran', type: 'LOC' }])
    expect(ev.map((e) => [e.actor?.text, e.target?.text])).toEqual([['Iran', 'Hezbollah']])
  })

  it('events prefer a party over a place as the target of a meeting ("met in Cairo with Hamas")', () => {
    const ev = events('Fatah leaders met in Cairo with Hamas on Monday.', [
      { text: 'Fatah', type: 'ORG' }, { text: 'Cairo', type: 'LOC' }, { text: 'Hamas', type: 'ORG' },
    ])
    expect(ev[0]).toMatchObject({ actor: { text: 'Fatah' }, target: { text: 'Hamas' }, location: { text: 'Cairo' }, cameoRoot: '04' })
  })

  it('events under a trailing attribution are flagged by it ("…, Hamas claimed" → alleged)', () => {
    const ev = events('Israeli troops attacked the Jenin camp, Hamas claimed.', [
      { text: 'Israeli troops', type: 'ORG' }, { text: 'Jenin camp', type: 'LOC' }, { text: 'Hamas', type: 'ORG' },
    ])
    expect(ev.map((e) => [e.actor?.text, e.cameoRoot, e.modality])).toEqual([['Israeli troops', '19', 'alleged']])
  })

  it('events let coordinated parties of a meeting meet each other, not the occasion ("met … for the Summit")', () => {
    // (the parser reads "The Prime Minister and President Hollande met …" as a possessive: a plainer pair of names)
    const ev = events('Kerry and Lavrov met on 3 March for the Geneva Summit.', [
      { text: 'Kerry', type: 'PER' }, { text: 'Lavrov', type: 'PER' }, { text: 'Geneva Summit', type: 'MISC' },
    ])
    expect(ev.map((e) => [e.actor?.text, e.target?.text]).sort()).toEqual([['Kerry', 'Lavrov'], ['Lavrov', 'Kerry']])
  })

  it('events read "degrade" and "fought" as force, not as disapproval or talks', () => {
    const ev = events('Coalition aircraft degraded ISIL positions near Mosul.', [{ text: 'Coalition', type: 'ORG' }, { text: 'ISIL', type: 'ORG' }, { text: 'Mosul', type: 'LOC' }])
    expect(ev.map((e) => [e.actor?.text, e.target?.text, e.cameoRoot])).toEqual([['Coalition', 'ISIL', '19']])
  })

  it('events do not make the topic of talks a party ("discussed the Syria crisis")', () => {
    const ev = events('British ministers discussed the Syria crisis with Russia.', [
      { text: 'British ministers', type: 'ORG' }, { text: 'Syria', type: 'LOC' }, { text: 'Russia', type: 'LOC' },
    ])
    expect(ev.every((e) => e.target?.text !== 'Syria' && e.actor?.text !== 'Syria')).toBe(true)
    const q = events('Did Kerry discuss Aleppo with Lavrov?', [{ text: 'Kerry', type: 'PER' }, { text: 'Aleppo', type: 'LOC' }, { text: 'Lavrov', type: 'PER' }])
    expect(q.every((e) => e.target?.text !== 'Aleppo')).toBe(true)
  })

  it('events do not carry a main-clause actor into a relative clause ("condemns …, which killed")', () => {
    const ev = events('The United States condemns the attacks in Hasaka Province, which targeted and killed civilians.', [
      { text: 'The United States', type: 'LOC' }, { text: 'Hasaka Province', type: 'LOC' },
    ])
    expect(ev.filter((e) => e.actor?.text === 'The United States').map((e) => e.cue.text)).toEqual(['condemns'])
  })

  it('events skip boilerplate spans', () => {
    const text = 'Hamas attacked Israel.\nHamas attacked Israel again.'
    const doc = parsedDoc(text, { mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Israel', type: 'LOC' }], meta: { boilerplate: [{ start: 23, end: text.length }] } })
    expect(extractEvents(doc)).toHaveLength(1)
  })

  it('events give every role the id of the mention it comes from and spans that match the text', () => {
    const doc = parsedDoc('Egyptian police detained two Hamas members in Rafah.', {
      mentions: [{ text: 'Egyptian police', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }, { text: 'Rafah', type: 'LOC' }],
    })
    const [e] = extractEvents(doc)
    const ids = new Set(doc.mentions!.map((m) => m.id))
    expect(ids.has(e!.actor!.mentionId!)).toBe(true)
    expect(ids.has(e!.target!.mentionId!)).toBe(true)
    expect(doc.article.text.slice(e!.cue.start, e!.cue.end)).toBe(e!.cue.text)
    expect(e!.count).toBe(2)
    expect(e!.plover).toBe('COERCE')
    expect(e!.quadClass).toBe(4)
  })
})
