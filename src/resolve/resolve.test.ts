import { describe, expect, it } from 'vitest'
import { hashId, type Judgement, type Mention } from '../model/index.js'
import { curatedActors, KbActor } from '../kb/actors.js'
import type { AnnotatedDoc } from '../model/index.js'
import { corefStage } from '../pipeline/stages/coref.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { extractAffiliations } from './affiliations.js'
import { judgementKey, kbEntityId, resolveEntities, statedAliasGroups, type ResolveOutput } from './resolve.js'
import { seedDocs } from './testing/seed-docs.js'

const NOW = '2026-01-01T00:00:00.000Z'

async function seeds(): Promise<AnnotatedDoc[]> {
  return Promise.all(seedDocs().map((d) => corefStage.run(d, { resources: {} })))
}

function resolve(docs: readonly AnnotatedDoc[], judgements: Judgement[] = []): ResolveOutput {
  return resolveEntities({
    mentions: docs.flatMap((d) => d.mentions ?? []),
    articles: docs.map((d) => ({ id: d.article.id, ...(d.article.outlet !== undefined ? { outlet: d.article.outlet } : {}) })),
    kb: curatedActors(),
    judgements,
    affiliations: docs.flatMap(extractAffiliations),
    now: NOW,
  })
}

/** The entity a surface form resolved to (all its mentions must agree). */
function entityOf(out: ResolveOutput, docs: readonly AnnotatedDoc[], text: string, type?: string): string {
  const ids = new Set(docs.flatMap((d) => d.mentions ?? []).filter((m) => m.text === text && (type === undefined || m.type === type)).map((m) => out.mentionEntity.get(m.id)))
  expect(ids.size, `mentions of "${text}" resolve to one entity`).toBe(1)
  const id = [...ids][0]
  expect(id, `"${text}" is resolved`).toBeDefined()
  return id!
}

function names(out: ResolveOutput, id: string): string[] {
  const e = out.entities.find((x) => x.id === id)!
  return [e.canonicalName, ...e.aliases].map((s) => s.toLowerCase())
}

// expectations written from the seed articles (the gold file is not read by tests); descriptions joined by
// coreference ("the ruling movement in Gaza") are mentions of the entity, not aliases (DESCRIBED below)
const EXPECTED: Array<[string, 'PER' | 'ORG' | 'LOC', string[]]> = [
  ['Hamas', 'ORG', []],
  ['Islamic State', 'ORG', ['is', 'islamic state group', 'islamic state organization']],
  ['Wilayat Sinai', 'ORG', ['wilyat sinai']],
  ['Army of Islam', 'ORG', []],
  ['Breitbart Jerusalem', 'ORG', []],
  ['Abu Baker Almuhajer', 'PER', ['almuhajer']],
  ['Mousa Abu Marzook', 'PER', []],
  ['Mumtaz Dugmush', 'PER', ['dugmash']],
  ['Abu Bakr al-Baghdadi', 'PER', []],
  ['Egypt', 'LOC', []],
  ['Israel', 'LOC', []],
  ['Gaza Strip', 'LOC', ['gaza']],
  ['Sinai Peninsula', 'LOC', ['sinai']],
  ['Rafah border crossing', 'LOC', []],
]

const DESCRIBED: Array<[string, string]> = [['the ruling movement in Gaza', 'Hamas'], ['the coastal enclave', 'Gaza Strip'], ['the Egyptians', 'Egypt']]

describe('resolveEntities on the seed articles', () => {
  it('resolve finds every actor of the seeds with its spelling variants as aliases', async () => {
    const docs = await seeds()
    const out = resolve(docs)
    for (const [name, type, aliases] of EXPECTED) {
      const id = entityOf(out, docs, name, type)
      expect(out.entities.find((e) => e.id === id)!.type).toBe(type)
      for (const a of aliases) expect(names(out, id), `${name} has alias ${a}`).toContain(a)
    }
    for (const [description, name] of DESCRIBED) {
      const id = entityOf(out, docs, name)
      expect(entityOf(out, docs, description), `${description} is a mention of ${name}`).toBe(id)
      expect(names(out, id), `${description} is no alias of ${name}`).not.toContain(description.toLowerCase())
    }
  })
  it('resolve attaches Dugmash and Wilyat Sinai to the right entities across articles', async () => {
    const docs = await seeds()
    const out = resolve(docs)
    expect(entityOf(out, docs, 'Dugmash')).toBe(entityOf(out, docs, 'Mumtaz Dugmush'))
    expect(entityOf(out, docs, 'Wilyat Sinai')).toBe(entityOf(out, docs, 'Wilayat Sinai'))
    expect(entityOf(out, docs, 'Wilayat Sinai')).toBe(kbEntityId('wilayat_sinai'))
    for (const f of ['IS', 'Islamic State group', 'Islamic State organization']) expect(entityOf(out, docs, f)).toBe(entityOf(out, docs, 'Islamic State'))
    expect(entityOf(out, docs, 'Almuhajer')).toBe(entityOf(out, docs, 'Abu Baker Almuhajer'))
  })
  it('resolve keeps the must-not-merge pairs apart', async () => {
    const docs = await seeds()
    const out = resolve(docs)
    expect(entityOf(out, docs, 'Almuhajer')).not.toBe(entityOf(out, docs, 'Abu Bakr al-Baghdadi'))
    expect(entityOf(out, docs, 'Wilayat Sinai')).not.toBe(entityOf(out, docs, 'Sinai', 'LOC'))
    expect(entityOf(out, docs, 'Islamic State')).not.toBe(entityOf(out, docs, 'Army of Islam'))
    expect(entityOf(out, docs, 'Egypt')).not.toBe(entityOf(out, docs, 'Egyptian security services'))
    // and no entity carries names of two expected actors
    for (const e of out.entities) {
      const hits = EXPECTED.filter(([n, t, al]) => t === e.type && [e.canonicalName, ...e.aliases].some((x) => [n.toLowerCase(), ...al].includes(x.toLowerCase())))
      expect(hits.length, `${e.canonicalName} matches ${hits.map((h) => h[0]).join(', ')}`).toBeLessThanOrEqual(1)
    }
  })
  it('resolve picks the Gaza Army of Islam from context, the Syrian one elsewhere', async () => {
    const docs = await seeds()
    const out = resolve(docs)
    expect(entityOf(out, docs, 'Army of Islam')).toBe(kbEntityId('jaysh_al_islam_gaza'))
    const syria = docBuilder('Jaysh al-Islam fighters left Douma in Eastern Ghouta for northern Syria.', {
      mentions: [{ text: 'Jaysh al-Islam', type: 'ORG' }, { text: 'Douma', type: 'LOC' }, { text: 'Eastern Ghouta', type: 'LOC' }, { text: 'Syria', type: 'LOC' }],
    })
    const out2 = resolve([syria])
    expect(entityOf(out2, [syria], 'Jaysh al-Islam')).toBe(kbEntityId('jaysh_al_islam_syria'))
  })
  it('resolve asks instead of guessing when the article does not say which Army of Islam', () => {
    const doc = docBuilder('The Army of Islam issued a statement.', { mentions: [{ text: 'Army of Islam', type: 'ORG' }] })
    const out = resolve([doc])
    const e = out.entities.find((x) => x.id === out.mentionEntity.get(doc.mentions![0]!.id))!
    expect(e.origin).toBe('extracted')
    const unsure = out.judgements.filter((j) => j.verdict === 'unsure' && j.a === judgementKey('Army of Islam', 'ORG'))
    expect(unsure.map((j) => j.b).sort()).toEqual(['kb:jaysh_al_islam_gaza', 'kb:jaysh_al_islam_syria'])
  })
  it('resolve records relations from appositions and the knowledge base', async () => {
    const docs = await seeds()
    const out = resolve(docs)
    const rel = (a: string, kind: string, b: string) => out.relations.find((r) => r.a === entityOf(out, docs, a) && r.kind === kind && r.b === entityOf(out, docs, b))
    expect(rel('Mumtaz Dugmush', 'member_of', 'Army of Islam')?.role).toBe('commander')
    expect(rel('Abu Baker Almuhajer', 'member_of', 'Islamic State')?.role).toBe('operative')
    expect(rel('Mousa Abu Marzook', 'member_of', 'Hamas')).toBeDefined()
    expect(rel('Abu Bakr al-Baghdadi', 'member_of', 'Islamic State')).toBeDefined()
    expect(rel('Wilayat Sinai', 'part_of', 'Islamic State')).toBeDefined()
  })
  it('resolve records a model judgement for every merge it makes', async () => {
    const docs = await seeds()
    const out = resolve(docs)
    const same = out.judgements.filter((j) => j.verdict === 'same')
    expect(same).toContainEqual(expect.objectContaining({ a: 'PER:dugmash', b: 'PER:mumtaz dugmush', by: 'model' }))
    expect(same).toContainEqual(expect.objectContaining({ a: 'ORG:wilyat sinai', b: 'kb:wilayat_sinai', by: 'kb' }))
    for (const j of out.judgements) expect(j.reason).toBeTruthy()
  })
  it('resolve is deterministic: same input, same ids and judgements', async () => {
    const docs = await seeds()
    const a = resolve(docs)
    const b = resolve([...docs].reverse())
    expect(b.entities).toEqual(a.entities)
    expect(b.judgements).toEqual(a.judgements)
    expect([...b.mentionEntity.entries()].sort()).toEqual([...a.mentionEntity.entries()].sort())
  })
})

describe('resolveEntities with user judgements', () => {
  const user = (a: string, b: string, verdict: Judgement['verdict'], at = '2026-02-01T00:00:00.000Z'): Judgement =>
    ({ id: hashId('judgement', a, b, 'user', at), a, b, verdict, score: 1, by: 'user', at })

  it("a user's 'different' splits two entities and they stay split after re-ingest", async () => {
    const docs = await seeds()
    const before = resolve(docs)
    expect(entityOf(before, docs, 'Dugmash')).toBe(entityOf(before, docs, 'Mumtaz Dugmush'))
    const different = user('PER:dugmash', 'PER:mumtaz dugmush', 'different')
    const after = resolve(docs, [different])
    expect(entityOf(after, docs, 'Dugmash')).not.toBe(entityOf(after, docs, 'Mumtaz Dugmush'))
    // re-ingest: the same articles come in again (fresh mentions from the pipeline) and a third article repeats the pair
    const again = await seeds()
    const third = await corefStage.run(docBuilder('Mumtaz Dugmush spoke. Dugmash said the Army of Islam in the Gaza Strip would fight.', {
      mentions: [{ text: 'Mumtaz Dugmush', type: 'PER' }, { text: 'Dugmash', type: 'PER' }, { text: 'Army of Islam', type: 'ORG' }, { text: 'Gaza Strip', type: 'LOC' }],
    }), { resources: {} })
    const all = [...again, third]
    const reingested = resolve(all, [different])
    expect(entityOf(reingested, all, 'Dugmash')).not.toBe(entityOf(reingested, all, 'Mumtaz Dugmush'))
    expect(reingested.judgements.find((j) => j.a === 'PER:dugmash' && j.b === 'PER:mumtaz dugmush' && j.verdict === 'same')).toBeUndefined()
  })
  it("a user's 'same' joins what the model left apart, and the latest user verdict wins", () => {
    const a = docBuilder('Abu Omar was seen in Mosul.', { mentions: [{ text: 'Abu Omar', type: 'PER' }] })
    const b = docBuilder('The commander Omar al-Shishani died.', { mentions: [{ text: 'Omar al-Shishani', type: 'PER' }] })
    const apart = resolve([a, b])
    expect(entityOf(apart, [a, b], 'Abu Omar')).not.toBe(entityOf(apart, [a, b], 'Omar al-Shishani'))
    const same = user('PER:abu omar', 'PER:omar shishani', 'same')
    const joined = resolve([a, b], [same])
    expect(entityOf(joined, [a, b], 'Abu Omar')).toBe(entityOf(joined, [a, b], 'Omar al-Shishani'))
    const undone = resolve([a, b], [same, user('PER:omar shishani', 'PER:abu omar', 'different', '2026-03-01T00:00:00.000Z')])
    expect(entityOf(undone, [a, b], 'Abu Omar')).not.toBe(entityOf(undone, [a, b], 'Omar al-Shishani'))
  })
  it('resolve lists a surname seen alone in another article as unsure, for review', () => {
    // no shared entity, and no actor dictionary knows "Tarvo Melkush": a person decides
    const a = docBuilder('Tarvo Melkush met envoys.', { mentions: [{ text: 'Tarvo Melkush', type: 'PER' }] })
    const b = docBuilder('Melkash denied it.', { mentions: [{ text: 'Melkash', type: 'PER' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Melkash')).not.toBe(entityOf(out, [a, b], 'Tarvo Melkush'))
    expect(out.judgements).toContainEqual(expect.objectContaining({ a: 'PER:melkash', b: 'PER:tarvo melkush', verdict: 'unsure' }))
  })
  it('resolve joins a lone surname to the only full name with it when the articles share context', () => {
    const a = docBuilder('John Kerry met Sergei Lavrov in Geneva to discuss Aleppo.', {
      mentions: [{ text: 'John Kerry', type: 'PER' }, { text: 'Sergei Lavrov', type: 'PER' }, { text: 'Geneva', type: 'LOC' }, { text: 'Aleppo', type: 'LOC' }],
    })
    const b = docBuilder('Kerry said in Geneva that Aleppo needs aid.', {
      mentions: [{ text: 'Kerry', type: 'PER' }, { text: 'Geneva', type: 'LOC' }, { text: 'Aleppo', type: 'LOC' }],
    })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Kerry')).toBe(entityOf(out, [a, b], 'John Kerry'))
    // a second full name with that surname makes the lone surname ambiguous again
    const c = docBuilder('Cameron Kerry spoke in Geneva about Aleppo.', {
      mentions: [{ text: 'Cameron Kerry', type: 'PER' }, { text: 'Geneva', type: 'LOC' }, { text: 'Aleppo', type: 'LOC' }],
    })
    const out2 = resolve([a, b, c])
    expect(entityOf(out2, [a, b, c], 'Kerry')).not.toBe(entityOf(out2, [a, b, c], 'John Kerry'))
    expect(entityOf(out2, [a, b, c], 'Kerry')).not.toBe(entityOf(out2, [a, b, c], 'Cameron Kerry'))
  })
  it('resolve joins a lone surname to the only full name with it when the articles share one other entity', () => {
    const a = docBuilder('Mullah Dorvan Kessiter leads the Zemblan Front.', { mentions: [{ text: 'Dorvan Kessiter', type: 'PER' }, { text: 'Zemblan Front', type: 'ORG' }] })
    const b = docBuilder('Mullah Kessiter remains in command of the Zemblan Front.', { mentions: [{ text: 'Kessiter', type: 'PER' }, { text: 'Zemblan Front', type: 'ORG' }] })
    const c = docBuilder('Kessiter was not seen in the capital.', { mentions: [{ text: 'Kessiter', type: 'PER' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Kessiter')).toBe(entityOf(out, [a, b], 'Dorvan Kessiter'))
    // with nothing else in common, a person decides
    const out2 = resolve([a, c])
    expect(entityOf(out2, [a, c], 'Kessiter')).not.toBe(entityOf(out2, [a, c], 'Dorvan Kessiter'))
  })
  it('resolve joins a surname of several parts written alone to the only full name ending with it', () => {
    const a = docBuilder('Daw Mira Tan Oo Veyla leads the Zemblan Front.', { mentions: [{ text: 'Mira Tan Oo Veyla', type: 'PER' }, { text: 'Zemblan Front', type: 'ORG' }] })
    const b = docBuilder('Oo Veyla spoke to the Zemblan Front on Sunday.', { mentions: [{ text: 'Oo Veyla', type: 'PER' }, { text: 'Zemblan Front', type: 'ORG' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Oo Veyla')).toBe(entityOf(out, [a, b], 'Mira Tan Oo Veyla'))
    // two full names ending with it: a person decides
    const c = docBuilder('Kyaw Tan Oo Veyla also joined the Zemblan Front.', { mentions: [{ text: 'Kyaw Tan Oo Veyla', type: 'PER' }, { text: 'Zemblan Front', type: 'ORG' }] })
    const out2 = resolve([a, b, c])
    expect(entityOf(out2, [a, b, c], 'Oo Veyla')).not.toBe(entityOf(out2, [a, b, c], 'Mira Tan Oo Veyla'))
    expect(entityOf(out2, [a, b, c], 'Oo Veyla')).not.toBe(entityOf(out2, [a, b, c], 'Kyaw Tan Oo Veyla'))
  })
  it('resolve joins one word in capitals typed a person in one article and a body in another', () => {
    const a = docBuilder('VELDRAN bin Tarsh took power in 1970.', { mentions: [{ text: 'VELDRAN', type: 'PER' }] })
    const b = docBuilder('In 1996 VELDRAN reshuffled his cabinet.', { mentions: [{ text: 'VELDRAN', type: 'ORG' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'VELDRAN', 'PER')).toBe(entityOf(out, [a, b], 'VELDRAN', 'ORG'))
    // a word in title case typed two ways is still for a person to decide ("Jordan")
    const c = docBuilder('Ostrel met the envoy.', { mentions: [{ text: 'Ostrel', type: 'PER' }] })
    const d = docBuilder('Ostrel said profits rose.', { mentions: [{ text: 'Ostrel', type: 'ORG' }] })
    const out2 = resolve([c, d])
    expect(entityOf(out2, [c, d], 'Ostrel', 'PER')).not.toBe(entityOf(out2, [c, d], 'Ostrel', 'ORG'))
  })
  it('resolve lets only full names spelled with the lone surname compete for it, not ones that merely sound alike', () => {
    const a = docBuilder('Ravi Tengh met Orla Vessin in Geneva to discuss Aleppo.', {
      mentions: [{ text: 'Ravi Tengh', type: 'PER' }, { text: 'Orla Vessin', type: 'PER' }, { text: 'Geneva', type: 'LOC' }, { text: 'Aleppo', type: 'LOC' }],
    })
    const b = docBuilder('Tengh said in Geneva that Aleppo needs aid.', {
      mentions: [{ text: 'Tengh', type: 'PER' }, { text: 'Geneva', type: 'LOC' }, { text: 'Aleppo', type: 'LOC' }],
    })
    // "Pak Il-Tung" meets "Tengh" in blocking (same consonants) but is spelled otherwise: no rival
    const c = docBuilder('Pak Il-Tung visited Geneva.', { mentions: [{ text: 'Pak Il-Tung', type: 'PER' }, { text: 'Geneva', type: 'LOC' }] })
    const out = resolve([a, b, c])
    expect(entityOf(out, [a, b, c], 'Tengh')).toBe(entityOf(out, [a, b, c], 'Ravi Tengh'))
    expect(entityOf(out, [a, b, c], 'Pak Il-Tung')).not.toBe(entityOf(out, [a, b, c], 'Ravi Tengh'))
    // a surname that is only the start of the full name's last name is another person ("Chen" / "Dick Cheney")
    const d = docBuilder('Vessel said in Geneva that Aleppo needs aid.', { mentions: [{ text: 'Vessel', type: 'PER' }, { text: 'Geneva', type: 'LOC' }, { text: 'Aleppo', type: 'LOC' }] })
    const e = docBuilder('Orla Vesseley met Ravi Tengh in Geneva to discuss Aleppo.', {
      mentions: [{ text: 'Orla Vesseley', type: 'PER' }, { text: 'Ravi Tengh', type: 'PER' }, { text: 'Geneva', type: 'LOC' }, { text: 'Aleppo', type: 'LOC' }],
    })
    const out2 = resolve([d, e])
    expect(entityOf(out2, [d, e], 'Vessel')).not.toBe(entityOf(out2, [d, e], 'Orla Vesseley'))
  })
  it('resolve merges spelling variants across articles without the knowledge base', () => {
    const a = docBuilder('Abu Yahya al-Shami spoke.', { mentions: [{ text: 'Abu Yahya al-Shami', type: 'PER' }] })
    const b = docBuilder('Abou Yahia Alshami spoke.', { mentions: [{ text: 'Abou Yahia Alshami', type: 'PER' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Abou Yahia Alshami')).toBe(entityOf(out, [a, b], 'Abu Yahya al-Shami'))
    const ids = out.entities.map((e) => e.id)
    expect(resolve([b, a]).entities.map((e) => e.id)).toEqual(ids)
  })
  it('resolve does not chain two people through a surname they share', async () => {
    const a = await corefStage.run(docBuilder('Ahmed Saleh arrived. Saleh said little.', {
      mentions: [{ text: 'Ahmed Saleh', type: 'PER' }, { text: 'Saleh', type: 'PER', nth: 1 }],
    }), { resources: {} })
    const b = await corefStage.run(docBuilder('Mohammed Saleh left. Saleh was angry.', {
      mentions: [{ text: 'Mohammed Saleh', type: 'PER' }, { text: 'Saleh', type: 'PER', nth: 1 }],
    }), { resources: {} })
    const out = resolve([a, b])
    const ent = (d: AnnotatedDoc, t: string) => out.mentionEntity.get(d.mentions!.find((m) => m.text === t)!.id)
    expect(ent(a, 'Saleh')).toBe(ent(a, 'Ahmed Saleh'))
    expect(ent(b, 'Saleh')).toBe(ent(b, 'Mohammed Saleh'))
    expect(ent(a, 'Ahmed Saleh')).not.toBe(ent(b, 'Mohammed Saleh'))
  })
  it('resolve does not join the same description across articles ("ISIL-held building")', () => {
    const a = docBuilder('Near Mosul, strikes destroyed an ISIL-held building.', { mentions: [{ text: 'ISIL-held building', type: 'LOC' }] })
    const b = docBuilder('Near Raqqa, strikes destroyed an ISIL-held building.', { mentions: [{ text: 'ISIL-held building', type: 'LOC' }] })
    const out = resolve([a, b])
    expect(out.mentionEntity.get(a.mentions![0]!.id)).not.toBe(out.mentionEntity.get(b.mentions![0]!.id))
  })
  it('resolve never merges mentions of different types', () => {
    const m: Mention[] = []
    const a = docBuilder('Sinai was quiet.', { mentions: [{ text: 'Sinai', type: 'LOC' }] })
    const b = docBuilder('Sinai claimed the attack.', { mentions: [{ text: 'Sinai', type: 'ORG' }] })
    m.push(...a.mentions!, ...b.mentions!)
    const out = resolve([a, b])
    expect(out.mentionEntity.get(a.mentions![0]!.id)).not.toBe(out.mentionEntity.get(b.mentions![0]!.id))
  })
  it('resolve joins an agency named with and without its parent body across articles', () => {
    const a = docBuilder('The United Nations Zemblan Relief Office sent food.', { mentions: [{ text: 'United Nations Zemblan Relief Office', type: 'ORG' }] })
    const b = docBuilder('The Zemblan Relief Office said aid was short.', { mentions: [{ text: 'Zemblan Relief Office', type: 'ORG' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Zemblan Relief Office')).toBe(entityOf(out, [a, b], 'United Nations Zemblan Relief Office'))
  })
})

describe('resolveEntities, one name typed two ways beside a short form', () => {
  it('resolve joins a full name typed as a body to the person, also when the person is named by a first name too', async () => {
    const a = await corefStage.run(docBuilder('Varek Domantas spoke in Lirat on Monday. Varek said the talks would go on in Lirat.', {
      meta: { id: 'article_x1' as never }, mentions: [{ text: 'Varek Domantas', type: 'PER' }, { text: 'Varek', type: 'PER', nth: 1 }, { text: 'Lirat', type: 'LOC' }] }), { resources: {} })
    const b = await corefStage.run(docBuilder('The trial of Varek Domantas resumed in Lirat.', {
      meta: { id: 'article_x2' as never }, mentions: [{ text: 'Varek Domantas', type: 'ORG' }, { text: 'Lirat', type: 'LOC' }] }), { resources: {} })
    const out = resolve([a, b])
    const person = entityOf(out, [a], 'Varek', 'PER')
    expect(entityOf(out, [a], 'Varek Domantas', 'PER')).toBe(person)
    expect(entityOf(out, [b], 'Varek Domantas', 'ORG')).toBe(person)
  })
})

describe('issue #16: pronouns and descriptions shown as aliases', () => {
  // "Velmar Oskadi, the leader of the Torvath Front, met the envoy. He said his movement would fight on. The group …"
  const text = 'Velmar Oskadi, the leader of the Torvath Front, met the envoy. He said his movement would fight on. The group holds the valley. Oskadi left.'
  const at = (id: string, s: string, type: Mention['type'], kind: Mention['kind'], antecedentId?: string, from = 0): Mention => {
    const start = text.indexOf(s, from)
    return { id, articleId: 'a1', start, end: start + s.length, text: s, type, kind, stage: 'test', ...(antecedentId ? { antecedentId } : {}) }
  }
  const mentions = [
    at('m1', 'Velmar Oskadi', 'PER', 'name'), at('m2', 'Torvath Front', 'ORG', 'name'),
    at('m3', 'He', 'PER', 'pronoun', 'm1'), at('m4', 'his', 'PER', 'pronoun', 'm3'),
    at('m5', 'The group', 'ORG', 'nominal', 'm2'), at('m6', 'Oskadi', 'PER', 'name', 'm1', 100),
  ]
  const out = resolveEntities({ mentions, articles: [{ id: 'a1' }], kb: [], judgements: [], affiliations: [], now: NOW })
  const entity = (id: string) => out.entities.find((e) => e.id === out.mentionEntity.get(id))!

  it('an entity keeps its pronouns and descriptions as mentions, but its aliases hold its names only', () => {
    expect(entity('m1').canonicalName).toBe('Velmar Oskadi')
    expect(entity('m1').aliases).toEqual(['Oskadi'])
    expect(entity('m2').aliases).toEqual([])
    for (const [pronoun, name] of [['m3', 'm1'], ['m4', 'm1'], ['m5', 'm2']] as const) expect(out.mentionEntity.get(pronoun)).toBe(out.mentionEntity.get(name))
  })

  it('no entity is named by a pronoun, so a name search for "he" finds none', () => {
    const all = out.entities.flatMap((e) => [e.canonicalName, ...e.aliases, ...(e.kbAliases ?? [])].map((n) => n.toLowerCase()))
    for (const w of ['he', 'his', 'the group']) expect(all).not.toContain(w)
  })
})

describe('a "person" named like a body the knowledge base knows', () => {
  const kb = [
    KbActor.parse({ id: 'torvath_front', type: 'ORG', kind: 'armed_group', name: 'Torvath Front', aliases: ['Torvath Front', 'Torvath'] }),
    KbActor.parse({ id: 'mira_selk', type: 'PER', kind: 'person', name: 'Mira Selk', aliases: ['Mira Selk', 'Selk'] }),
    KbActor.parse({ id: 'selk_brigade', type: 'ORG', kind: 'armed_group', name: 'Selk Brigade', aliases: ['Selk Brigade', 'Selk'] }),
  ]
  const run = (docs: readonly AnnotatedDoc[]) => resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb, now: NOW })

  it('is that body when no person of the knowledge base has the name ("Torvath" typed PER joins the Torvath Front)', () => {
    const a = docBuilder('The Torvath Front shelled the port.', { mentions: [{ text: 'Torvath Front', type: 'ORG' }] })
    const b = docBuilder('Torvath claimed the attack on Monday.', { mentions: [{ text: 'Torvath', type: 'PER' }] })
    const out = run([a, b])
    const torvath = out.entities.find((e) => e.id === out.mentionEntity.get(b.mentions![0]!.id))!
    expect(torvath.id).toBe(out.mentionEntity.get(a.mentions![0]!.id))
    expect(torvath.type).toBe('ORG')
  })

  it('stays a person when a person of the knowledge base has the name', () => {
    const b = docBuilder('Selk spoke on Monday.', { mentions: [{ text: 'Selk', type: 'PER' }] })
    const out = run([b])
    expect(out.mentionEntity.get(b.mentions![0]!.id)).toBe(kbEntityId('mira_selk'))
  })
})

describe('a body named with its state in front that the knowledge base knows without it', () => {
  const kb = [
    KbActor.parse({ id: 'zembla', type: 'LOC', kind: 'country', name: 'Zembla', aliases: ['Zembla'], demonym: 'Zemblan' }),
    KbActor.parse({ id: 'ruritania', type: 'LOC', kind: 'country', name: 'Ruritania', aliases: ['Ruritania'], demonym: 'Ruritanian' }),
    KbActor.parse({ id: 'zembla_bureau', type: 'ORG', kind: 'agency', name: 'Central Inquiry Bureau', aliases: ['Central Inquiry Bureau', 'CIB'], country: 'zembla', part_of: ['zembla'] }),
  ]
  const run = (docs: readonly AnnotatedDoc[]) => resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb, now: NOW })

  it('is that actor when the state is the actor\'s own ("the Zemblan Central Inquiry Bureau", "Zembla CIB")', () => {
    const a = docBuilder('The Zemblan Central Inquiry Bureau says the plot failed.', { mentions: [{ text: 'Zemblan Central Inquiry Bureau', type: 'ORG' }] })
    const b = docBuilder('Officials of the Zembla CIB met.', { mentions: [{ text: 'Zembla CIB', type: 'ORG' }] })
    const out = run([a, b])
    expect(out.mentionEntity.get(a.mentions![0]!.id)).toBe(kbEntityId('zembla_bureau'))
    expect(out.mentionEntity.get(b.mentions![0]!.id)).toBe(kbEntityId('zembla_bureau'))
  })

  it('is not that actor when another state leads the name ("the Ruritanian Central Inquiry Bureau")', () => {
    const a = docBuilder('The Ruritanian Central Inquiry Bureau says the plot failed.', { mentions: [{ text: 'Ruritanian Central Inquiry Bureau', type: 'ORG' }] })
    const out = run([a])
    expect(out.mentionEntity.get(a.mentions![0]!.id)).not.toBe(kbEntityId('zembla_bureau'))
  })
})

describe('an acronym and the one full name it spells in other articles', () => {
  const run = (docs: readonly AnnotatedDoc[]) => resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb: [], now: NOW })
  const a = docBuilder('The Marovian Broadcasting Union said the vote in Tesk was fair.', { mentions: [{ text: 'Marovian Broadcasting Union', type: 'ORG' }, { text: 'Tesk', type: 'LOC' }] })
  const b = docBuilder('MBU reported the vote in Tesk on Monday.', { mentions: [{ text: 'MBU', type: 'ORG' }, { text: 'Tesk', type: 'LOC' }] })

  it('joins them when the store holds no other name the acronym spells ("MBU" / "Marovian Broadcasting Union")', () => {
    const out = run([a, b])
    expect(out.mentionEntity.get(b.mentions![0]!.id)).toBe(out.mentionEntity.get(a.mentions![0]!.id))
  })

  it('leaves them apart when the two articles share no other entity', () => {
    const lone = docBuilder('MBU reported the vote on Monday.', { mentions: [{ text: 'MBU', type: 'ORG' }] })
    const out = run([a, lone])
    expect(out.mentionEntity.get(lone.mentions![0]!.id)).not.toBe(out.mentionEntity.get(a.mentions![0]!.id))
  })

  it('leaves them apart when two names spell it ("Marovian Border Unit" too)', () => {
    const c = docBuilder('The Marovian Border Unit closed the road.', { mentions: [{ text: 'Marovian Border Unit', type: 'ORG' }] })
    const out = run([a, b, c])
    const acr = out.mentionEntity.get(b.mentions![0]!.id)
    expect(acr).not.toBe(out.mentionEntity.get(a.mentions![0]!.id))
    expect(acr).not.toBe(out.mentionEntity.get(c.mentions![0]!.id))
  })
})

/** A named mention of `type` at the first occurrence of `s` in article a1's `text` from `from` on. */
const mentionIn = (text: string, type: Mention['type']) => (id: string, s: string, from = 0, extra: Partial<Mention> = {}): Mention => {
  const start = text.indexOf(s, from)
  return { id, articleId: 'a1', start, end: start + s.length, text: s, type, kind: 'name', stage: 'test', ...extra }
}
/** Resolution of one article's mentions, without a knowledge base. */
const resolveArticle = (mentions: Mention[]) => resolveEntities({ mentions, articles: [{ id: 'a1' }], kb: [], judgements: [], affiliations: [], now: NOW })

describe('an alias the article states', () => {
  const text = 'Troops reached Varnapur Airfield North, also called “V-North”, on Monday. V-North was shelled.'
  const at = mentionIn(text, 'LOC')
  const run = (linked: boolean) => {
    return resolveArticle([at('m1', 'Varnapur Airfield North'), at('m2', 'V-North', 0, { antecedentId: 'm1', ...(linked ? { linkedBy: 'alias' as const } : {}) }), at('m3', 'V-North', 60)])
  }

  it('an alias construction joins two names a name guard would keep apart', () => {
    const out = run(true)
    expect(out.mentionEntity.get('m2')).toBe(out.mentionEntity.get('m1'))
    expect(out.mentionEntity.get('m3')).toBe(out.mentionEntity.get('m1'))
  })

  it('the same link without the construction stays a pair to review', () => {
    const out = run(false)
    expect(out.mentionEntity.get('m2')).not.toBe(out.mentionEntity.get('m1'))
    expect(out.judgements.some((j) => j.verdict === 'unsure')).toBe(true)
  })
})

describe('aliases the article states, read together', () => {
  // "Zembla Varn Task Force 12" (headline) and "VTF 12" are each stated aliases of "Varn Task Force" ("… (VTF) 12")
  const text = 'Zembla Varn Task Force 12\n\nThe ship joined Varn Task Force (VTF) 12. VTF 12 sails.'
  const at = mentionIn(text, 'ORG')
  const body = text.indexOf('The ship')
  const run = (linked: boolean) => {
    const alias = linked ? { linkedBy: 'alias' as const } : {}
    return resolveArticle([at('m1', 'Zembla Varn Task Force 12', 0, { antecedentId: 'm2', ...alias }), at('m2', 'Varn Task Force', body),
      at('m3', 'VTF 12', body + 40, { antecedentId: 'm2', ...alias })])
  }

  it('statedAliasGroups joins links that share a node, both ways', () => {
    expect(statedAliasGroups([[1, 0], [2, 0], [5, 4]])).toEqual([[0, 1, 2], [4, 5]])
    expect(statedAliasGroups([])).toEqual([])
  })

  it('two aliases of one name are aliases of each other, and a headline alias may come before the name', () => {
    const out = run(true)
    expect(out.mentionEntity.get('m1')).toBe(out.mentionEntity.get('m2'))
    expect(out.mentionEntity.get('m3')).toBe(out.mentionEntity.get('m2'))
  })

  it('without the construction the headline name stays apart', () => {
    const out = run(false)
    expect(out.mentionEntity.get('m1')).not.toBe(out.mentionEntity.get('m2'))
  })
})
