import { describe, expect, it } from 'vitest'
import { countryCode, countryOfInitialism, foldName, geocode } from './gazetteer.js'

describe('geocode', () => {
  it('gazetteer knows our regions, crossings and their aliases', () => {
    expect(geocode('Sinai')).toMatchObject({ name: 'Sinai Peninsula', kind: 'region', country: 'EG' })
    expect(geocode('North Sinai')).toMatchObject({ kind: 'region', country: 'EG' })
    expect(geocode('Rafah crossing')).toMatchObject({ name: 'Rafah border crossing', kind: 'crossing' })
    expect(geocode('the West Bank')).toMatchObject({ name: 'West Bank', country: 'PS' })
    expect(geocode('Gaza')).toMatchObject({ name: 'Gaza Strip' })
  })

  it('gazetteer knows the names news give a country itself, but a country\'s cities stay cities', () => {
    expect(geocode('DPRK')).toMatchObject({ kind: 'country', country: 'KP' })
    expect(geocode('N. Korea')).toMatchObject({ kind: 'country', country: 'KP' })
    expect(geocode('Democratic Republic of the Congo')).toMatchObject({ kind: 'country', country: 'CD' })
    expect(geocode('Republic of Congo')).toMatchObject({ kind: 'country', country: 'CG' })
    // the dictionary lists these under their country's code; they are places in it, not its names
    expect(geocode('Pyongyang')).toMatchObject({ kind: 'city', country: 'KP' })
    expect(geocode('Kabul')).toMatchObject({ kind: 'city', country: 'AF' })
    expect(geocode('North Korean')).toBeUndefined()
    expect(geocode('Great Wall of China')?.kind).not.toBe('country')
    // short initialisms only as written, in capitals
    expect(countryOfInitialism('DRC')).toBe('CD')
    expect(countryOfInitialism('D.R.C.')).toBe('CD')
    expect(countryOfInitialism('Drc')).toBeUndefined()
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

  it('gazetteer prefers a namesake fifty times larger to the context, and knows a capital by its bare name', () => {
    expect(geocode('Moscow', { countryContext: 'US' })?.country).toBe('RU')
    expect(geocode('Cairo', { countryContext: ['US', 'IL'] })?.country).toBe('EG')
    expect(geocode('Washington')?.name).toBe('Washington, D.C.')
  })

  it('gazetteer returns undefined for unknown names', () => {
    expect(geocode('Nowhereville Qq')).toBeUndefined()
  })
})
