import { describe, expect, it } from 'vitest'
import { AUXILIARIES, BE_FORMS, DETERMINERS, MONTHS, NEGATORS, PREPOSITIONS, SUBORDINATORS, TITLES, WEEKDAYS, foldApostrophes, isThirdPersonPronoun, pronounInfo } from './english.js'

describe('english lexicon', () => {
  it('english pronouns carry person, number and gender', () => {
    expect(pronounInfo('He')).toEqual({ person: 3, number: 'singular', gender: 'masculine', case: 'subject' })
    expect(pronounInfo('them')?.number).toBe('plural')
    expect(pronounInfo('her')?.gender).toBe('feminine')
    expect(pronounInfo('we')?.person).toBe(1)
    expect(pronounInfo('officials')).toBeUndefined()
  })
  it('english third-person pronouns stand for a speaker, possessives do not', () => {
    expect(isThirdPersonPronoun('she')).toBe(true)
    expect(isThirdPersonPronoun('They')).toBe(true)
    expect(isThirdPersonPronoun('his')).toBe(false)
    expect(isThirdPersonPronoun('I')).toBe(false)
  })
  it('english curly apostrophes fold to the forms the sets hold', () => {
    expect(foldApostrophes('N’T')).toBe("n't")
    expect(NEGATORS.has(foldApostrophes('n’t'))).toBe(true)
    expect(BE_FORMS.has(foldApostrophes('’re'))).toBe(true)
  })
  it('english closed classes hold their members and not open-class words', () => {
    expect(AUXILIARIES.has('would') && AUXILIARIES.has('has') && AUXILIARIES.has('was')).toBe(true)
    expect(AUXILIARIES.has('said')).toBe(false)
    expect(DETERMINERS.has('several') && DETERMINERS.has('their')).toBe(true)
    expect(SUBORDINATORS.has('although') && !SUBORDINATORS.has('and')).toBe(true)
    expect(PREPOSITIONS.has('amid') && !PREPOSITIONS.has('the')).toBe(true)
    expect(TITLES.has('gen') && TITLES.has('sheikh') && !TITLES.has('spokesman')).toBe(true)
    expect(MONTHS.get('sept')).toBe(9)
    expect(WEEKDAYS.get('sunday')).toBe(7)
  })
})
