import { describe, expect, it } from 'vitest'
import { parseSourceDescriptor } from './descriptor.js'

describe('parseSourceDescriptor', () => {
  it('parseSourceDescriptor types "a senior Hamas operative" as anonymous, senior, Hamas', () => {
    expect(parseSourceDescriptor('a senior Hamas operative')).toEqual({ anonymous: true, rank: 'senior', affiliationText: 'Hamas', role: 'operative' })
  })
  it('parseSourceDescriptor takes the affiliation from "associated with IS"', () => {
    expect(parseSourceDescriptor('a senior jihadist associated with IS')).toEqual({ anonymous: true, rank: 'senior', affiliationText: 'IS', role: 'jihadist' })
  })
  it('parseSourceDescriptor reads multi-word organisations before the head', () => {
    expect(parseSourceDescriptor('A senior Islamic State jihadist')).toMatchObject({ anonymous: true, affiliationText: 'Islamic State', role: 'jihadist' })
  })
  it('parseSourceDescriptor treats "The source" and plural officials as anonymous', () => {
    expect(parseSourceDescriptor('The source')).toEqual({ anonymous: true, role: 'source' })
    expect(parseSourceDescriptor('two senior US officials')).toMatchObject({ anonymous: true, rank: 'senior', affiliationText: 'US' })
  })
  it('parseSourceDescriptor keeps named sources named and reads their appositive', () => {
    expect(parseSourceDescriptor('Abu Baker Almuhajer, an Islamic State operative active in the Gaza Strip')).toEqual({ anonymous: false, affiliationText: 'Islamic State', role: 'operative' })
    expect(parseSourceDescriptor('Pentagon spokesman John Kirby')).toEqual({ anonymous: false, affiliationText: 'Pentagon', role: 'spokesman' })
    expect(parseSourceDescriptor('Sen. Lindsey Graham (R-SC)')).toEqual({ anonymous: false })
  })
  it('parseSourceDescriptor marks pronouns for resolution', () => {
    expect(parseSourceDescriptor('He')).toEqual({ anonymous: false, pronoun: true })
  })
})
