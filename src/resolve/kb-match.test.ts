import { describe, expect, it } from 'vitest'
import { curatedActors } from '../kb/actors.js'
import { buildKbIndex, contextWords, matchKb, pickKbActor } from './kb-match.js'

const kb = buildKbIndex(curatedActors())
const ids = (name: string, type: 'PER' | 'ORG' | 'LOC') => matchKb(name, type, kb).map((m) => m.actor.id)

describe('knowledge-base matching', () => {
  it('kb-match links the acronym IS but never the word "is"', () => {
    expect(ids('IS', 'ORG')).toEqual(['islamic_state'])
    expect(ids('Is', 'ORG')).toEqual([])
  })
  it('kb-match reaches an actor through a misspelt alias', () => {
    expect(ids('Wilyat Sinai', 'ORG')).toEqual(['wilayat_sinai'])
    expect(ids('Mumtaz Dugmush', 'PER')).toEqual(['dughmush'])
  })
  it('kb-match keeps the place Sinai and the group Wilayat Sinai apart', () => {
    expect(ids('Sinai', 'LOC')).toEqual(['sinai'])
    expect(ids('Sinai', 'ORG')).toEqual([])
  })
  it('kb-match lets a country name stand for its government (ORG mention)', () => {
    expect(ids('Egypt', 'ORG')).toEqual(['egypt'])
    expect(ids('Egyptian security services', 'ORG')).toEqual([])
  })
  it('pickKbActor chooses between two Army of Islam groups by the words of the article', () => {
    const matches = matchKb('Army of Islam', 'ORG', kb)
    expect(matches.map((m) => m.actor.id).sort()).toEqual(['jaysh_al_islam_gaza', 'jaysh_al_islam_syria'])
    const gaza = pickKbActor(matches, contextWords(['Hamas', 'Gaza Strip']))
    expect(gaza.kind === 'one' && gaza.match.actor.id).toBe('jaysh_al_islam_gaza')
    const syria = pickKbActor(matches, contextWords(['Douma', 'Damascus']))
    expect(syria.kind === 'one' && syria.match.actor.id).toBe('jaysh_al_islam_syria')
    expect(pickKbActor(matches, contextWords(['Reuters'])).kind).toBe('ambiguous')
  })
})
