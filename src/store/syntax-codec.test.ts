import { describe, expect, it } from 'vitest'
import type { DocSyntax } from '../model/index.js'
import { decodeSyntax, encodeSyntax } from './syntax-codec.js'

const syntax: DocSyntax = {
  parser: 'syntax.parser.v1',
  tokens: [
    { lemma: 'the', upos: 'DET', head: 1, deprel: 'det' },
    { lemma: 'army', upos: 'NOUN', head: 2, deprel: 'nsubj' },
    { lemma: 'attack', upos: 'VERB', head: -1, deprel: 'root' },
  ],
  sentences: [{ clauses: [{ predicate: 2, kind: 'main', subject: 1, subjectShared: false, objects: [], obliques: [], passive: false, negated: false,
    complements: [], relatives: [], subordinates: [], conjuncts: [] }] }],
}

describe('syntax codec', () => {
  it('syntax codec reads back what it writes, in fewer bytes than the object form', () => {
    const json = encodeSyntax(syntax)
    expect(decodeSyntax(json)).toEqual(syntax)
    const many = { ...syntax, tokens: Array.from({ length: 300 }, (_, i) => syntax.tokens[i % 3]!) }
    expect(decodeSyntax(encodeSyntax(many))).toEqual(many)
    expect(encodeSyntax(many).length).toBeLessThan(JSON.stringify(many).length * 0.6)
  })

  it('syntax codec reads rows an older version wrote as token objects', () => {
    expect(decodeSyntax(JSON.stringify(syntax))).toEqual(syntax)
  })

  it('syntax codec keeps a field only some tokens carry, and an empty token list', () => {
    const mixed = { ...syntax, tokens: [{ ...syntax.tokens[0]!, feats: 'Definite=Def' }, syntax.tokens[1]!] } as DocSyntax
    const back = decodeSyntax(encodeSyntax(mixed))
    expect(back).toEqual(mixed)
    expect(Object.keys(back.tokens[1]!)).not.toContain('feats')
    const empty = { parser: 'syntax.parser.v1', tokens: [], sentences: [] }
    expect(decodeSyntax(encodeSyntax(empty))).toEqual(empty)
  })
})
