import { describe, expect, it } from 'vitest'
import { defaultLexicon, wordMatches } from './lexicon.js'
import { parseVerbDictionary } from './verb-dictionary.js'
import { cameoInfo } from './cameo.js'

const code = (sentence: string, verbAt: number) => {
  const W = sentence.toUpperCase().split(' ')
  const v = defaultLexicon.lookupVerb(W, verbAt)
  return v ? defaultLexicon.codeVerb(v, W.slice(0, verbAt), W.slice(verbAt + v.length))?.code : undefined
}

describe('cue lexicon', () => {
  it('lexicon codes verbs by their patterns, then by their defaults', () => {
    expect(code('POLICE ARRESTED THE MAN', 1)).toBe('173')
    expect(code('THEY INTERCEPTED A MISSILE SHIPMENT', 1)).toBe('1711')
    expect(code('HAMAS DEMANDED MONEY', 1)?.slice(0, 2)).toBe('10')
  })

  it('lexicon matches dictionary words with plurals and exact markers', () => {
    expect(wordMatches('MISSILE', 'MISSILES')).toBe(true)
    expect(wordMatches('CASH$', 'CASHEW')).toBe(false)
    expect(wordMatches('PARTY', 'PARTIES')).toBe(true)
  })

  it('lexicon takes a user verb dictionary before the shipped one', () => {
    const user = parseVerbDictionary('--- GREET [---] ---\nGREET [051]\n- * ENEMY [111]\n--- ARRIVE [032:033] ---\nARRIVE\n')
    const lex = defaultLexicon.with(user)
    const W = 'ARNOR GREETED THE ENEMY'.split(' ')
    const v = lex.lookupVerb(W, 1)!
    expect(lex.codeVerb(v, W.slice(0, 1), W.slice(2))?.code).toBe('111')
    const a = lex.lookupVerb(['ARRIVED'], 0)!
    expect(lex.codeVerb(a, [], [])).toEqual({ code: '032', pattern: false, reverse: '033' })
  })

  it('cameo table knows roots, QuadClass, Goldstein and PLOVER', () => {
    expect(cameoInfo('173')).toMatchObject({ root: '17', quadClass: 4, goldstein: -5, plover: 'COERCE' })
    expect(cameoInfo('042')).toMatchObject({ root: '04', plover: 'CONSULT' })
    expect(cameoInfo('1234')?.root).toBe('12')
  })
})
