import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

const dyads = (text: string, mentions: MentionSpec[], cue: string) =>
  extractEvents(parsedDoc(text, { mentions })).filter((e) => e.cue.text === cue).map((e) => `${e.actor?.text ?? '-'} > ${e.target?.text ?? '-'}`)

describe('the parties of a clause', () => {
  it('roles of a verb never come from a participial clause on its object ("an accord making Ghana a partner")', () => {
    const got = dyads('Minister Alvarez and Foreign Minister Okafor signed an accord making Ghana a trading partner.',
      [{ text: 'Alvarez', type: 'PER' }, { text: 'Okafor', type: 'PER' }, { text: 'Ghana', type: 'LOC' }], 'signed')
    expect(got.length).toBeGreaterThan(0)
    expect(got.filter((d) => d.includes('Ghana'))).toEqual([])
  })

  it('roles of a verb never come from a relative clause with its own subject on its object', () => {
    const got = dyads('Norway condemned the shipments which the Zeta Cartel sold to gangs.',
      [{ text: 'Norway', type: 'LOC' }, { text: 'Zeta Cartel', type: 'ORG' }], 'condemned')
    expect(got.filter((d) => d.includes('Zeta Cartel'))).toEqual([])
  })

  it('roles of a verb still come from a passive participle\'s agent and from a noun\'s content clause', () => {
    expect(dyads('The army freed hostages held by the Red Hand militia.', [{ text: 'Red Hand militia', type: 'ORG' }], 'freed'))
      .toEqual([expect.stringMatching(/> Red Hand militia$/)])
    expect(dyads('Ellwood welcomed the news that the Government of Peru had released the journalists.',
      [{ text: 'Ellwood', type: 'PER' }, { text: 'Government of Peru', type: 'ORG' }], 'welcomed')).toContain('Ellwood > Government of Peru')
  })

  it('a noun event\'s target is the object of its purpose, not of a participle on it ("an accord making Ghana a partner")', () => {
    const d = parsedDoc('The accord making Ghana a trading partner was welcomed.', { mentions: [{ text: 'Ghana', type: 'LOC' }] })
    expect(extractEvents(d, { loose: true }).filter((e) => e.cue.text === 'accord' && e.target?.text === 'Ghana')).toEqual([])
    const o = parsedDoc('The army began an offensive to retake Mosul.', { mentions: [{ text: 'Mosul', type: 'LOC' }] })
    expect(extractEvents(o, { loose: true }).some((e) => e.cue.text.includes('offensive') && e.target?.text === 'Mosul')).toBe(true)
  })
})
