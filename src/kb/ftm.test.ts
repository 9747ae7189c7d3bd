import { describe, expect, it } from 'vitest'
import { parseFtmEntities } from './ftm.js'

const lines = [
  JSON.stringify({ id: 'p1', schema: 'Person', properties: { name: ['Mumtaz Dughmush'], alias: ['Mumtaz Doghmush'], nationality: ['ps'] } }),
  JSON.stringify({ id: 'o1', schema: 'Organization', properties: { name: ['Army of Islam'], alias: ['Jaysh al-Islam'], country: ['ps'] } }),
  JSON.stringify({ id: 'm1', schema: 'Membership', properties: { member: ['p1'], organization: ['o1'], role: ['leader'] } }),
  JSON.stringify({ id: 'v1', schema: 'Vessel', properties: { name: ['MV Example'] } }),
  '{not json',
  JSON.stringify({ schema: 'Person', properties: {} }),
].join('\n')

describe('FtM entities import', () => {
  it('ftm reads persons and organisations with their aliases', () => {
    const { actors } = parseFtmEntities(lines, 'x.ftm.json')
    const p = actors.find((a) => a.id === 'ftm:p1')!
    expect(p.type).toBe('PER')
    expect(p.aliases).toEqual(['Mumtaz Dughmush', 'Mumtaz Doghmush'])
    expect(actors.find((a) => a.id === 'ftm:o1')!.aliases).toContain('Jaysh al-Islam')
  })
  it('ftm turns Membership entities into member_of links with the role', () => {
    const p = parseFtmEntities(lines).actors.find((a) => a.id === 'ftm:p1')!
    expect(p.member_of).toEqual(['ftm:o1'])
    expect(p.role).toBe('leader')
  })
  it('ftm reports bad lines and counts non-actor schemata without failing', () => {
    const r = parseFtmEntities(lines)
    expect(r.issues).toHaveLength(2)
    expect(r.issues[0]).toMatch(/^line 5: not JSON/)
    expect(r.skipped).toBe(1)
    expect(r.actors).toHaveLength(2)
  })
})
