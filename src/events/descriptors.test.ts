import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { defaultActorCoder } from './actor-codes.js'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

function coded(text: string, mentions: MentionSpec[]) {
  const doc = parsedDoc(text, { mentions, meta: { published: '2016-12-10' } })
  return defaultActorCoder().codeEvents(doc, extractEvents(doc))
}

describe('descriptor actors', () => {
  it('a definite descriptor whose head is an actor noun is the actor, coded by the agent dictionaries', () => {
    const [e] = coded('The regime bombed hospitals in Aleppo.', [{ text: 'Aleppo', type: 'LOC' }])
    expect(e?.cameoRoot).toBe('19')
    expect(e?.actor).toMatchObject({ text: 'The regime', code: '---GOV' })
    // no stored mention stands behind it: the role carries the phrase only
    expect(e?.actor?.mentionId).toBeUndefined()
    const [m] = coded('The militants attacked a police station in Arish.', [{ text: 'Arish', type: 'LOC' }])
    expect(m?.actor).toMatchObject({ text: 'The militants', code: '---UAF' })
  })

  it('a body noun takes over the name modifying it; other actor nouns leave the named party the role', () => {
    const [r] = coded('The Asad regime bombed hospitals in Aleppo.', [{ text: 'Asad', type: 'PER' }, { text: 'Aleppo', type: 'LOC' }])
    expect(r?.actor?.text).toBe('The Asad regime')
    const [f] = coded('ISIL fighters attacked the Iraqi army near Mosul.', [{ text: 'ISIL', type: 'ORG' }, { text: 'Iraqi', type: 'NORP' }, { text: 'Mosul', type: 'LOC' }])
    expect(f?.actor?.text).toBe('ISIL')
  })

  it('police, courts, officials or civilians of a named country are a party of their own, coded with its sector', () => {
    const [p] = coded('Kenyan police detained two diplomats near the border.', [{ text: 'Kenyan', type: 'NORP' }])
    expect(p?.actor).toMatchObject({ text: 'Kenyan police', code: 'KENCOP' })
    expect(p?.actor?.mentionId).toBeUndefined()
    const [c] = coded('A Moscow court sentenced the two men to nine years in prison.', [{ text: 'Moscow', type: 'LOC' }])
    expect(c?.actor?.text).toBe('A Moscow court')
    // counted, still that country's group: "nine Iraqi soldiers" are not Iraq
    const [k] = coded('A suicide car bomber killed nine Iraqi soldiers at a checkpoint.', [{ text: 'Iraqi', type: 'NORP' }])
    expect(k?.target?.text).toBe('nine Iraqi soldiers')
    const m = coded('An Israeli airstrike killed five Palestinian militants in Gaza.', [{ text: 'Israeli', type: 'NORP' }, { text: 'Palestinian', type: 'NORP' }, { text: 'Gaza', type: 'LOC' }])
    expect(m.find((e) => e.cue.text === 'killed')?.target?.text).toBe('five Palestinian militants')
    // an armed group's own officials are the group (agent precedence)
    const [h] = coded('Hamas officials condemned the raid.', [{ text: 'Hamas', type: 'ORG' }])
    expect(h?.actor?.text).toBe('Hamas')
  })

  it('a group of states named by its region or people is the group, counted or not', () => {
    const [e] = coded('President Bush called on Arab nations to support the plan.', [{ text: 'Bush', type: 'PER' }, { text: 'Arab', type: 'NORP' }])
    expect(e?.target?.text).toBe('Arab nations')
    const [s] = coded('Pakistan summoned the envoys of nine European countries.', [{ text: 'Pakistan', type: 'LOC' }, { text: 'European', type: 'NORP' }])
    expect(s?.target?.text).toBe('nine European countries')
  })

  it('counted armed men are a party', () => {
    const [e] = coded('The army said it killed five rebels in the north.', [])
    expect(e?.target?.text).toBe('five rebels')
  })

  it('a counted phrase with "the" refers back to a party already met', () => {
    const [e] = coded('The six insurgents were killed as they fled.', [])
    expect(e?.target?.text).toBe('The six insurgents')
  })

  it('an indefinite or counted phrase names no party', () => {
    const events = coded('Several militants attacked a police station in Arish.', [{ text: 'Arish', type: 'LOC' }])
    expect(events.map((e) => e.actor?.text)).not.toContain('Several militants')
  })

  it('the coalition strikes ISIL', () => {
    const [e] = coded('The coalition conducted airstrikes against ISIL.', [{ text: 'ISIL', type: 'ORG' }])
    expect(e).toMatchObject({ cameoRoot: '19', actor: { text: 'The coalition' }, target: { text: 'ISIL' } })
  })
})
