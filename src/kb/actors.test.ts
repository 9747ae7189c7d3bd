import { describe, expect, it } from 'vitest'
import { curatedActors, kbActorsFromPetrarch, mergeKb, parseKb, titleCaseDictionaryName } from './actors.js'
import { isDossierError } from '../model/index.js'

describe('actor knowledge base', () => {
  it('curated KB validates and every link names a known actor', () => {
    const actors = curatedActors()
    const ids = new Set(actors.map((a) => a.id))
    expect(actors.length).toBeGreaterThan(50)
    for (const a of actors) for (const ref of [...a.part_of, ...a.member_of, ...a.leader_of]) expect(ids.has(ref)).toBe(true)
  })
  it('curated KB knows the Islamic State aliases and Wilayat Sinai as part of it', () => {
    const byId = new Map(curatedActors().map((a) => [a.id, a]))
    expect(byId.get('islamic_state')!.aliases).toEqual(expect.arrayContaining(['IS', 'ISIS', 'ISIL', 'Daesh']))
    expect(byId.get('wilayat_sinai')!.aliases).toEqual(expect.arrayContaining(['Sinai Province', 'Ansar Bayt al-Maqdis']))
    expect(byId.get('wilayat_sinai')!.part_of).toEqual(['islamic_state'])
    expect(byId.get('hamas')!.aliases).toContain('Islamic Resistance Movement')
  })
  it('curated KB holds two different Army of Islam groups, told apart by context', () => {
    const named = curatedActors().filter((a) => a.aliases.includes('Army of Islam'))
    expect(named.map((a) => a.id).sort()).toEqual(['jaysh_al_islam_gaza', 'jaysh_al_islam_syria'])
    expect(named.every((a) => a.context.length > 0 && /AMBIGUOUS/.test(a.notes ?? ''))).toBe(true)
  })
  it('parseKb collects every invalid entry before throwing', () => {
    const bad = { actors: [{ id: 'a', type: 'ORG' }, { id: 'b', type: 'XYZ', name: 'B' }, { id: 'c', type: 'ORG', name: 'C', part_of: ['nowhere'] }] }
    try {
      parseKb(bad, 'test.json')
      expect.unreachable()
    } catch (e) {
      expect(isDossierError(e)).toBe(true)
      const issues = (e as { issues: Record<string, string[]> }).issues
      expect(Object.keys(issues).sort()).toEqual(['actors[0]', 'actors[1]', 'c'])
    }
  })
  it('curated KB holds both Congos under "Congo", told apart by context, and the FCO and D.C. under their short forms', () => {
    const actors = curatedActors()
    const congo = actors.filter((a) => a.aliases.includes('Congo')).map((a) => a.id).sort()
    expect(congo).toEqual(['dr_congo', 'republic_of_congo'])
    for (const id of congo) expect(actors.find((a) => a.id === id)!.context.length).toBeGreaterThan(0)
    expect(actors.find((a) => a.aliases.includes('FCO'))?.id).toBe('uk_fco')
    expect(actors.find((a) => a.aliases.includes('D.C.'))?.id).toBe('washington_dc')
  })

  it('mergeKb lets a user actor replace a curated one by id', () => {
    const [base] = [curatedActors()]
    const mine = parseKb({ actors: [{ id: 'hamas', type: 'ORG', name: 'HAMAS (mine)' }] })
    const merged = mergeKb(base, mine)
    expect(merged.find((a) => a.id === 'hamas')!.name).toBe('HAMAS (mine)')
    expect(merged.length).toBe(base.length)
  })
  it('PETRARCH entries become KB actors grouped by code, agents skipped', () => {
    const actors = kbActorsFromPetrarch([
      { code: 'PSEHMS', names: ['HAMAS', 'ISLAMIC_RESISTANCE_MOVEMENT'], kind: 'actor' },
      { code: 'EGY', names: ['EGYPT'], kind: 'actor' },
      { code: '~GOV', names: ['GOVERNMENT'], kind: 'agent' },
    ], 'actors.txt')
    expect(actors.map((a) => a.id)).toEqual(['petrarch:EGY', 'petrarch:PSEHMS'])
    expect(actors[1]!.aliases).toEqual(['Hamas', 'Islamic Resistance Movement'])
    expect(actors[0]!.type).toBe('LOC')
    expect(titleCaseDictionaryName('ABU_BAKR_AL-BAGHDADI')).toBe('Abu Bakr al-Baghdadi')
  })
  it('PETRARCH office holders with the same code stay separate persons with their dated codes', () => {
    const actors = kbActorsFromPetrarch([
      { code: 'AFGGOV', names: ['ABDULLAH_WARDAK'], kind: 'actor', codes: [{ code: 'AFGGOV', from: '20030101', to: '20041231' }] },
      { code: 'AFGGOV', names: ['ALI_AHMAD_JALALI'], kind: 'actor', codes: [{ code: 'AFGGOV', from: '20031001', to: '20051031' }] },
    ], 'actors.txt')
    expect(actors.map((a) => [a.id, a.type, a.cameo])).toEqual([
      ['petrarch:AFGGOV:abdullah_wardak', 'PER', 'AFGGOV@20030101-20041231'],
      ['petrarch:AFGGOV:ali_ahmad_jalali', 'PER', 'AFGGOV@20031001-20051031'],
    ])
  })
})
