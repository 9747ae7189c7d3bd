import { describe, expect, it } from 'vitest'
import { GAZ, Lexicon } from './lexicon.js'

const ORG = 1 << GAZ.ORG
const COUNTRY = 1 << GAZ.COUNTRY
const REGION = 1 << GAZ.REGION

const lexicon = new Lexicon({
  gazetteer: [['Islamic State', ORG], ['Islamic State of Iraq and the Levant', ORG], ['IS', ORG], ['al-Qaeda', ORG],
    ['Iraq', COUNTRY], ['West Bank', REGION]],
  caseProfile: [], orgKinds: [],
})

describe('lexicon', () => {
  it('lexicon finds every phrase and its longer forms, capitalised ones whatever their case inside', () => {
    const words = 'the Islamic State of Iraq and the Levant and ISLAMIC STATE in the West Bank'.split(' ')
    const found = lexicon.allMatches(words, words.map((w) => w.toLowerCase())).map(([s, e, m]) => [words.slice(s, e).join(' '), m])
    expect(found).toEqual([['Islamic State', ORG], ['Islamic State of Iraq and the Levant', ORG], ['Iraq', COUNTRY], ['ISLAMIC STATE', ORG],
      ['West Bank', REGION]])
  })

  it('lexicon matches acronyms and lower-case names only as written, and a phrase only when its ends are capitalised', () => {
    const words = 'is IS al-Qaeda Al-Qaeda islamic state Islamic state west Bank'.split(' ')
    const found = lexicon.allMatches(words, words.map((w) => w.toLowerCase())).map(([s, e]) => words.slice(s, e).join(' '))
    expect(found).toEqual(['IS', 'al-Qaeda'])
  })
})
