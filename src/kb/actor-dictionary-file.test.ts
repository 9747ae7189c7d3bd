import { describe, expect, it } from 'vitest'
import { decodeActorDictionaryFile, decodeEntry, encodeEntry } from './actor-dictionary-file.js'
import { codeOn, parsePetrarchDictionary } from './petrarch-actors.js'
import { shippedActorDictionary } from './shipped-actors.js'

describe('actor dictionary file', () => {
  it('actor dictionary file keeps names, exact markers, case markers and dated codes through a round trip', () => {
    const [gollum] = parsePetrarchDictionary('GOLLUM_\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV 19950601-19990815]\n\t[HOBREB]\n', 'a.txt', 'actor')
    const cased = { ...gollum!, terms: [{ ...gollum!.terms[0]!, cased: 'upper' as const }, gollum!.terms[1]!] }
    const line = encodeEntry(cased)
    expect(line).toBe('=GOLLUM_|SMEAGOL\tHOB@-19950601;HOBGOV@19950601-19990815;HOBREB')
    const back = decodeEntry(line, 'actor', 'x')!
    expect(back.terms).toEqual(cased.terms)
    expect(back.codes).toEqual(gollum!.codes)
    expect(codeOn(back, '1997-01-01')).toBe('HOBGOV')
    const [msf] = parsePetrarchDictionary('MSF {}  [NGO~]\n', 'g.txt', 'agent')
    expect(decodeEntry(encodeEntry(msf!), 'agent', 'x')).toMatchObject({ code: 'NGO', agentPosition: 'prefix', kind: 'agent' })
  })

  it('actor dictionary file refuses a file that is not one, saying how to rebuild it', () => {
    expect(() => decodeActorDictionaryFile({ actors: 'no' }, 'f.json')).toThrowError(/not an actor dictionary file/)
  })

  it('shipped actor dictionaries hold Phoenix and curated actors and the Phoenix agents', () => {
    const d = shippedActorDictionary()
    const named = (name: string) => d.find((e) => e.kind === 'actor' && e.names.includes(name))
    expect(named('HEZBOLLAH')?.code).toBe('LBNREB')
    expect(named('ISLAMIC STATE')?.code).toBe('IMGMUSISI')
    expect(named('IS')?.terms.find((t) => t.words.join(' ') === 'IS')?.cased).toBe('upper')
    expect(d.filter((e) => e.kind === 'agent').length).toBeGreaterThan(2000)
    expect(d.filter((e) => e.kind === 'actor').length).toBeGreaterThan(25000)
  })
})
