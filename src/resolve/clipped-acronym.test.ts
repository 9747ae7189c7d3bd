import { describe, expect, it } from 'vitest'
import { clippedFrom } from './clipped-acronym.js'
import { acronymsOfName, nameCores } from './translit.js'

describe('clippedFrom', () => {
  it('clippedFrom reads an acronym clipped from some of the words of a name', () => {
    expect(clippedFrom('NAVNORTH', 'Zembla Naval Forces Northern Command')).toBe(true)
    expect(clippedFrom('ZEMARNOR', 'Zembla Army North')).toBe(true)
  })

  it('clippedFrom refuses letters out of order, plain initials and short acronyms', () => {
    expect(clippedFrom('NORNAV', 'Zembla Naval Forces Northern Command')).toBe(false)
    expect(clippedFrom('ZNFNC', 'Zembla Naval Forces Northern Command')).toBe(false)
    expect(clippedFrom('NAV', 'Naval Command')).toBe(false)
  })
})

describe('nameCores', () => {
  it('nameCores leaves out a leading state or parent body and a trailing complement', () => {
    expect(nameCores('UN Commission of Inquiry on Marovia')).toContain('Commission of Inquiry')
    expect(nameCores('U.S. Food and Drug Administration')).toEqual(['Food and Drug Administration'])
    expect(nameCores('United Nations Relief Agency')).toEqual(['Relief Agency'])
  })

  it('nameCores keeps a complement joined by "and" and never leaves one word', () => {
    expect(nameCores('Islamic State in Iraq and Syria')).toEqual([])
    expect(nameCores('UN Council')).toEqual([])
  })

  it('acronymsOfName adds the cores\' initials of three letters or more only', () => {
    expect(acronymsOfName('UN Commission of Inquiry on Marovia')).toContain('coi')
    expect(acronymsOfName('U.S. Relief Agency')).not.toContain('ra')
  })
})
