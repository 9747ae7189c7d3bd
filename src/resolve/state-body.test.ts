import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { curatedActors, KbActor } from '../kb/actors.js'
import { judgementKey, resolveEntities, type ResolveOutput } from './resolve.js'
import { bodyOfArticleState, countryIndex, stateReference } from './state-actor.js'
import { nearestState, stateCodeOf, stateLedBody } from './state-body.js'
import { buildKbIndex } from './kb-match.js'
import { articleSignatures } from '../service/signatures.js'

function resolve(docs: readonly AnnotatedDoc[]): ResolveOutput {
  return resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb: [], now: '2026-01-01T00:00:00.000Z' })
}

function entityAt(out: ResolveOutput, doc: AnnotatedDoc, text: string): string | undefined {
  const m = (doc.mentions ?? []).find((x) => x.text === text)
  return m ? out.mentionEntity.get(m.id) : undefined
}

describe('state bodies named without their state', () => {
  it('bodyOfArticleState reads a body and the words for which body, nothing that names a state or anything else', () => {
    expect(bodyOfArticleState('the Foreign Ministry')).toBe('ministry')
    expect(bodyOfArticleState('Ministry of Housing and Planning')).toBe('ministry')
    expect(bodyOfArticleState('National Assembly')).toBe('assembly')
    expect(bodyOfArticleState('Congress')).toBe('congress')
    expect(bodyOfArticleState('Iraqi National Assembly')).toBeUndefined()
    expect(bodyOfArticleState('Zemblan Supreme Court')).toBeUndefined()
    expect(bodyOfArticleState('Kestrel Party')).toBeUndefined()
    expect(stateReference('Supreme Court')).toEqual({ head: '', role: 'court' })
  })

  it('resolve keeps the same body of two states apart across articles, and joins it for one state', () => {
    const a = docBuilder("Peru's National Assembly voted on Tuesday to remove the minister.", {
      mentions: [{ text: 'Peru', type: 'LOC' }, { text: 'National Assembly', type: 'ORG' }],
    })
    const b = docBuilder('Lawmakers in Kenya said the National Assembly would meet again after the recess.', {
      mentions: [{ text: 'Kenya', type: 'LOC' }, { text: 'National Assembly', type: 'ORG' }],
    })
    const c = docBuilder("Peru's National Assembly then approved the budget.", {
      mentions: [{ text: 'Peru', type: 'LOC' }, { text: 'National Assembly', type: 'ORG' }],
    })
    const out = resolve([a, b, c])
    expect(entityAt(out, a, 'National Assembly')).not.toBe(entityAt(out, b, 'National Assembly'))
    expect(entityAt(out, a, 'National Assembly')).toBe(entityAt(out, c, 'National Assembly'))
  })

  it('resolve joins the body of two articles that name no state, as before', () => {
    const a = docBuilder('The Senate passed the bill on Monday.', { mentions: [{ text: 'Senate', type: 'ORG' }] })
    const b = docBuilder('Members of the Senate left for the holiday.', { mentions: [{ text: 'Senate', type: 'ORG' }] })
    const out = resolve([a, b])
    expect(entityAt(out, a, 'Senate')).toBe(entityAt(out, b, 'Senate'))
  })
})

describe('a state body qualified by its state within one article', () => {
  const filler = 'The session ran late into the night, and several members left before the final count was read out. '.repeat(3)
  const text = `Kenya's Parliament approved the budget on Tuesday, said Orin Vaskel. Parliament will meet again in March. ${filler}` +
    `Officials in Ghana said Parliament there had rejected a similar bill, and Ghana's Parliament would not return until June.`
  const doc = docBuilder(text, {
    mentions: [{ text: 'Kenya', type: 'LOC' }, { text: 'Orin Vaskel', type: 'PER' }, { text: 'Parliament', type: 'ORG' },
      { text: 'Ghana', type: 'LOC' }],
  })
  const at = (n: number) => {
    const ms = (doc.mentions ?? []).filter((m) => m.text === 'Parliament')
    return resolve([doc]).mentionEntity.get(ms[n]!.id)
  }

  it("keeps Kenya's Parliament apart from Ghana's, and a bare Parliament after Kenya's with no other state near joins it", () => {
    expect(at(0)).toBe(at(1))
    expect(at(0)).not.toBe(at(2))
    expect(at(0)).not.toBe(at(3))
    expect(at(2)).toBe(at(3))
  })

  it('keys the qualified bodies with their states in the name signatures too', () => {
    const kb = buildKbIndex(curatedActors())
    const rows = articleSignatures(doc.article.id, doc.mentions ?? [], [], kb).rows
    const keyOf = (n: number) => rows.find((r) => r.mentionId === (doc.mentions ?? []).filter((m) => m.text === 'Parliament')[n]!.id)?.key
    expect([keyOf(0), keyOf(1), keyOf(3)]).toEqual(['ORG:parliament@ke', 'ORG:parliament@ke', 'ORG:parliament@gh'])
    expect(keyOf(2)).toBe('ORG:parliament')
  })
})

describe('states named by a nationality the knowledge base lacks, and the nearest state', () => {
  it('stateCodeOf reads a nationality or people from the actor dictionary\'s country entries', () => {
    const countries = countryIndex(curatedActors())
    expect(stateCodeOf('Peruvian', 'NORP', countries)).toBe('PE')
    expect(stateCodeOf('Bolivians', 'NORP', countries)).toBe('BO')
    expect(stateCodeOf('Filipino', 'NORP', countries)).toBe('PH')
    expect(stateCodeOf('Kurdish', 'NORP', countries)).toBeUndefined() // a people without a state
    expect(stateCodeOf('Western', 'NORP', countries)).toBeUndefined()
  })

  it("a body right after such a nationality is that state's: Peruvian Congress parts from another article's U.S. Congress", () => {
    const a = docBuilder('The Peruvian Congress voted on Tuesday to censure Orin Vaskel.', {
      mentions: [{ text: 'Peruvian', type: 'NORP' }, { text: 'Congress', type: 'ORG' }, { text: 'Orin Vaskel', type: 'PER' }],
    })
    const b = docBuilder('The U.S. Congress approved the aid package.', { mentions: [{ text: 'U.S.', type: 'LOC' }, { text: 'Congress', type: 'ORG' }] })
    const out = resolve([a, b])
    expect(entityAt(out, a, 'Congress')).not.toBe(entityAt(out, b, 'Congress'))
  })

  it('a bare body takes the state named clearly nearest it when counting decides nothing, and none when two are about as near', () => {
    const filler = ' The talks went on for most of the day and ended without a joint statement from either side of the table.'
    const bolivia = docBuilder(`Mr. Dravo accused the opposition-controlled Senate of delay. Voters in Bolivia approved the charter last year.${filler} Germany said nothing.`, {
      mentions: [{ text: 'Senate', type: 'ORG' }, { text: 'Bolivia', type: 'LOC' }, { text: 'Germany', type: 'LOC' }],
    })
    const us = docBuilder('A spokesman for U.S. President Tam Orvel said the Senate would vote soon.', {
      mentions: [{ text: 'U.S.', type: 'LOC' }, { text: 'Tam Orvel', type: 'PER' }, { text: 'Senate', type: 'ORG' }],
    })
    const out = resolve([bolivia, us])
    expect(entityAt(out, bolivia, 'Senate')).not.toBe(entityAt(out, us, 'Senate'))
    expect(nearestState([{ start: 100 }], [{ start: 140, country: 'BO' }, { start: 300, country: 'DE' }], 250)).toBe('BO')
    expect(nearestState([{ start: 100 }], [{ start: 140, country: 'BO' }, { start: 170, country: 'DE' }], 250)).toBeUndefined()
    // every mention must be nearest to one state: a body opening a story, far from any state, stays undecided
    expect(nearestState([{ start: 0 }, { start: 300 }], [{ start: 340, country: 'EG' }], 250)).toBeUndefined()
  })
})

describe('a body named with its state in one name', () => {
  it('"U.S Congress" (no last period) is the U.S. Congress, and the bare "Congress" after it too; "Peruvian Congress" is Peru\'s', () => {
    const a = docBuilder('A voting member of the U.S Congress has died. After leaving Congress, Orin Vaskel taught law.', {
      mentions: [{ text: 'U.S Congress', type: 'ORG' }, { text: 'Congress', type: 'ORG' }, { text: 'Orin Vaskel', type: 'PER' }],
    })
    const b = docBuilder('The U.S. Congress approved the aid package.', { mentions: [{ text: 'U.S.', type: 'LOC' }, { text: 'Congress', type: 'ORG' }] })
    const c = docBuilder("Peru's Congress voted to censure the minister.", { mentions: [{ text: 'Peru', type: 'LOC' }, { text: 'Congress', type: 'ORG' }] })
    const d = docBuilder('The Peruvian Congress met again on Friday.', { mentions: [{ text: 'Peruvian Congress', type: 'ORG' }] })
    const out = resolve([a, b, c, d])
    expect(stateLedBody('U.S Congress', countryIndex(curatedActors()))).toEqual({ state: 'US', body: 'Congress' })
    expect(entityAt(out, a, 'U.S Congress')).toBe(entityAt(out, a, 'Congress'))
    expect(entityAt(out, a, 'Congress')).toBe(entityAt(out, b, 'Congress'))
    expect(entityAt(out, d, 'Peruvian Congress')).toBe(entityAt(out, c, 'Congress'))
    expect(entityAt(out, c, 'Congress')).not.toBe(entityAt(out, b, 'Congress'))
  })
})

describe('a bare body whose article names states near it, none clearly its own', () => {
  const us = () => docBuilder('A spokesman for U.S. President Tam Orvel said the Senate would vote soon.', {
    mentions: [{ text: 'U.S.', type: 'LOC' }, { text: 'Tam Orvel', type: 'PER' }, { text: 'Senate', type: 'ORG' }],
  })
  it('a nationality the knowledge base lacks names the state near a body: the Senate beside "Bolivians" is not the U.S. one', () => {
    const a = docBuilder('President Dravo accused the opposition-controlled Senate of delay. Bolivians approved a new charter last year.', {
      mentions: [{ text: 'Dravo', type: 'PER' }, { text: 'Senate', type: 'ORG' }, { text: 'Bolivians', type: 'NORP' }],
    })
    const b = us()
    const out = resolve([a, b])
    expect(entityAt(out, a, 'Senate')).not.toBe(entityAt(out, b, 'Senate'))
  })

  it('a body between two states joins no other article\'s body, while two articles naming no state still join', () => {
    // a digest: the story before names Spain, the one after Iran; the Congress is the Marovian president's
    const a = docBuilder('Orla Venn was born in Spain and sings. Marovian President Ilsa Droma signed the law. ' +
      'Congress restored the penalty in 1995. Iran said it suspects foreign agents.', {
      mentions: [{ text: 'Orla Venn', type: 'PER' }, { text: 'Spain', type: 'LOC' }, { text: 'Ilsa Droma', type: 'PER' },
        { text: 'Congress', type: 'ORG' }, { text: 'Iran', type: 'LOC' }],
    })
    const b = docBuilder('Lawmakers said Congress would vote on the budget next week.', { mentions: [{ text: 'Congress', type: 'ORG' }] })
    const c = docBuilder('The bill now goes to Congress for a final vote.', { mentions: [{ text: 'Congress', type: 'ORG' }] })
    const out = resolve([a, b, c])
    expect(entityAt(out, a, 'Congress')).not.toBe(entityAt(out, b, 'Congress'))
    expect(entityAt(out, a, 'Congress')).not.toBe(entityAt(out, c, 'Congress'))
    expect(entityAt(out, b, 'Congress')).toBe(entityAt(out, c, 'Congress'))
  })
})

describe('context of articles read in part', () => {
  it('a name an article does not read counts as the KB actor it gives where resolution reads it', () => {
    const a = docBuilder('Hamas said Orin Vaskelis had left Gaza.', {
      mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Orin Vaskelis', type: 'PER' }],
    })
    const b = docBuilder('Vaskelis spoke on Monday.', { mentions: [{ text: 'Vaskelis', type: 'PER' }] })
    const run = (context: Map<string, string[]>) => resolveEntities({
      mentions: [...(a.mentions ?? []), ...(b.mentions ?? [])], articles: [{ id: a.article.id }, { id: b.article.id }],
      kb: curatedActors(), context, now: '2026-01-01T00:00:00.000Z',
    })
    // article b also names Hamas, in a part resolution does not read: its key joins Hamas's KB actor as in article a
    const out = run(new Map([[b.article.id, [judgementKey('Hamas', 'ORG')]]]))
    expect(entityAt(out, b, 'Vaskelis')).toBe(entityAt(out, a, 'Orin Vaskelis'))
    expect(entityAt(run(new Map()), b, 'Vaskelis')).not.toBe(entityAt(run(new Map()), a, 'Orin Vaskelis'))
  })
})

describe('a body written after its state\'s possessive', () => {
  const kb = [
    KbActor.parse({ id: 'zembla', type: 'LOC', kind: 'country', name: 'Zembla', aliases: ['Zembla'], demonym: 'Zemblan', country: 'zembla' }),
    KbActor.parse({ id: 'borduria', type: 'LOC', kind: 'country', name: 'Borduria', aliases: ['Borduria'], demonym: 'Bordurian', country: 'borduria' }),
    KbActor.parse({ id: 'zemblan_guard', type: 'ORG', kind: 'armed_forces', name: 'Zemblan Security Forces', aliases: ['Zemblan Security Forces', 'Zemblan Army'], country: 'zembla' }),
  ]
  const run = (docs: readonly AnnotatedDoc[]) => resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb, now: '2026-01-01T00:00:00.000Z' })

  it('joins the actor its state\'s adjective names ("Zembla’s Security Forces" is the Zemblan Security Forces)', () => {
    // its actor's other alias, with another head word ("Army"), does not keep it apart
    const a = docBuilder('The Zemblan Security Forces closed the pass, and the Zemblan Army held it.', {
      mentions: [{ text: 'Zemblan Security Forces', type: 'ORG' }, { text: 'Zemblan Army', type: 'ORG' }],
    })
    const b = docBuilder('Zembla’s Security Forces reopened it on Monday.', { mentions: [{ text: 'Zembla', type: 'LOC' }, { text: 'Security Forces', type: 'ORG' }] })
    const out = run([a, b])
    expect(entityAt(out, b, 'Security Forces')).toBe(entityAt(out, a, 'Zemblan Security Forces'))
    expect(entityAt(out, b, 'Security Forces')).not.toBe(entityAt(out, b, 'Zembla'))
  })

  it('another state\'s body, or a body apart from the state, stays its own', () => {
    const a = docBuilder('The Zemblan Security Forces closed the pass.', { mentions: [{ text: 'Zemblan Security Forces', type: 'ORG' }] })
    const b = docBuilder('Borduria’s Security Forces reopened it.', { mentions: [{ text: 'Borduria', type: 'LOC' }, { text: 'Security Forces', type: 'ORG' }] })
    const c = docBuilder('In Zembla, the Security Forces reopened it.', { mentions: [{ text: 'Zembla', type: 'LOC' }, { text: 'Security Forces', type: 'ORG' }] })
    const out = run([a, b, c])
    expect(entityAt(out, b, 'Security Forces')).not.toBe(entityAt(out, a, 'Zemblan Security Forces'))
    expect(entityAt(out, c, 'Security Forces')).not.toBe(entityAt(out, a, 'Zemblan Security Forces'))
  })
})

describe('a body written after its state\'s possessive, with the shipped knowledge base', () => {
  it('"Iraq’s Security Forces" joins the Iraqi Security Forces, whose other alias "Iraqi Army" has another head word', () => {
    const a = docBuilder('The Iraqi Security Forces closed the road, and the Iraqi Army held it.', {
      mentions: [{ text: 'Iraqi Security Forces', type: 'ORG' }, { text: 'Iraqi Army', type: 'ORG' }],
    })
    const b = docBuilder('Iraq’s Security Forces reopened it on Monday.', { mentions: [{ text: 'Iraq', type: 'LOC' }, { text: 'Security Forces', type: 'ORG' }] })
    const out = resolveEntities({ mentions: [...a.mentions ?? [], ...b.mentions ?? []], articles: [{ id: a.article.id }, { id: b.article.id }], kb: curatedActors(), now: '2026-01-01T00:00:00.000Z' })
    expect(entityAt(out, b, 'Security Forces')).toBe(entityAt(out, a, 'Iraqi Army'))
    expect(entityAt(out, b, 'Security Forces')).toBe(entityAt(out, a, 'Iraqi Security Forces'))
  })
})
