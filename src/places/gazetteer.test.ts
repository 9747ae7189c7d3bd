import { describe, expect, it } from 'vitest'
import { countryCode, foldName, geocode } from './gazetteer.js'

describe('geocode', () => {
  it('gazetteer knows our regions, crossings and their aliases', () => {
    expect(geocode('Sinai')).toMatchObject({ name: 'Sinai Peninsula', kind: 'region', country: 'EG' })
    expect(geocode('North Sinai')).toMatchObject({ kind: 'region', country: 'EG' })
    expect(geocode('Rafah crossing')).toMatchObject({ name: 'Rafah border crossing', kind: 'crossing' })
    expect(geocode('the West Bank')).toMatchObject({ name: 'West Bank', country: 'PS' })
    expect(geocode('Gaza')).toMatchObject({ name: 'Gaza Strip' })
  })

  it('gazetteer folds diacritics and Arabic article prefixes', () => {
    expect(foldName('Rafaḩ')).toBe('rafah')
    expect(geocode('al-Arish')).toMatchObject({ name: 'Arish', country: 'EG' })
    expect(geocode('El Arish')?.name).toBe('Arish')
    expect(geocode('Khān Yūnis')?.country).toBe('PS')
    expect(geocode('Ar Raqqah')?.country).toBe('SY')
  })

  it('gazetteer resolves countries with coordinates', () => {
    const eg = geocode('Egypt')!
    expect(eg).toMatchObject({ kind: 'country', country: 'EG' })
    expect(eg.lat).toBeCloseTo(30.06, 1)
    expect(geocode('Syria')?.country).toBe('SY')
    expect(countryCode('United States')).toBe('US')
  })

  it('gazetteer disambiguates a city by the country context', () => {
    expect(geocode('Hebron', { countryContext: 'US' })?.country).toBe('US')
    expect(geocode('Hebron', { countryContext: ['PS', 'IL'] })?.country).toBe('PS')
    expect(geocode('Alexandria')?.country).toBe('EG')
    expect(geocode('Alexandria', { countryContext: 'US' })?.country).toBe('US')
  })

  it('gazetteer returns undefined for unknown names', () => {
    expect(geocode('Nowhereville Qq')).toBeUndefined()
  })
})
