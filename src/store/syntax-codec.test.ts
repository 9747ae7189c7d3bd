import { describe, expect, it } from 'vitest'
import type { DocSyntax } from '../model/index.js'
import { decodeSyntax, encodeSyntax } from './syntax-codec.js'

const syntax: DocSyntax = {
  parser: 'syntax.parser.v2',
  tokens: [
    { lemma: 'the', upos: 'DET', head: 1, deprel: 'det' },
    { lemma: 'army', upos: 'NOUN', head: 2, deprel: 'nsubj' },
    { lemma: 'attack', upos: 'VERB', head: -1, deprel: 'root' },
  ],
  sentences: [{ clauses: [{ predicate: 2, kind: 'main', subject: 1, subjectShared: false, objects: [], obliques: [], passive: false, negated: false,
    complements: [], relatives: [], subordinates: [], conjuncts: [] }] }],
}

/** Two sentences whose clauses differ in which optional fields they carry, over 300 tokens. */
const longer: DocSyntax = {
  ...syntax,
  tokens: Array.from({ length: 300 }, (_, i) => syntax.tokens[i % 3]!),
  sentences: [
    syntax.sentences[0]!,
    { clauses: [{ predicate: 5, kind: 'ccomp', subjectShared: true, objects: [6, 7], obliques: [-1], passive: true, negated: false,
      complements: [], relatives: [], subordinates: [], conjuncts: [] }] },
    syntax.sentences[0]!,
  ],
}

/** The syntax as JSON would carry it, tokens last (where every stored form reads them back). */
function asStored(s: DocSyntax): string {
  const { tokens, ...rest } = JSON.parse(JSON.stringify(s)) as DocSyntax
  return JSON.stringify({ ...rest, tokens })
}

describe('syntax codec', () => {
  it('syntax codec reads back what it writes, in fewer bytes than the object form', () => {
    const json = encodeSyntax(syntax)
    expect(decodeSyntax(json)).toEqual(syntax)
    expect(JSON.stringify(decodeSyntax(encodeSyntax(longer)))).toBe(asStored(longer))
    expect(encodeSyntax(longer).length).toBeLessThan(JSON.stringify(longer).length * 0.25)
  })

  it('syntax codec keeps clause fields, their order and their absence as JSON would', () => {
    const odd = { ...syntax, sentences: [{ clauses: [{ ...syntax.sentences[0]!.clauses[0]!, subject: undefined, objects: [-1, 3] }] }] } as DocSyntax
    const back = decodeSyntax(encodeSyntax(odd))
    expect(JSON.stringify(back)).toBe(asStored(odd))
    expect(Object.keys(back.sentences[0]!.clauses[0]!)).not.toContain('subject')
    expect(back.sentences[0]!.clauses[0]!.objects).toEqual([-1, 3])
  })

  it('syntax codec reads rows an older version wrote as token objects or in the first column form', () => {
    expect(decodeSyntax(JSON.stringify(syntax))).toEqual(syntax)
    const firstColumnForm = JSON.stringify({ parser: syntax.parser, sentences: syntax.sentences, columnsV: 1, n: 3, columns: {
      lemma: ['the', 'army', 'attack'], upos: ['DET', 'NOUN', 'VERB'], head: [1, 2, -1], deprel: ['det', 'nsubj', 'root'] } })
    expect(JSON.stringify(decodeSyntax(firstColumnForm))).toBe(asStored(syntax))
  })

  it('syntax codec keeps a field only some tokens carry, many distinct values, and an empty token list', () => {
    const mixed = { ...syntax, tokens: [{ ...syntax.tokens[0]!, feats: 'Definite=Def' }, syntax.tokens[1]!] } as DocSyntax
    const back = decodeSyntax(encodeSyntax(mixed))
    expect(back).toEqual(mixed)
    expect(Object.keys(back.tokens[1]!)).not.toContain('feats')
    const varied = { ...syntax, tokens: Array.from({ length: 3000 }, (_, i) => ({ lemma: `w${i}`, upos: 'NOUN', head: -1, deprel: i % 2 ? 'root' : 'dep' })) }
    expect(decodeSyntax(encodeSyntax(varied))).toEqual(varied)
    const empty = { parser: 'syntax.parser.v2', tokens: [], sentences: [] }
    expect(decodeSyntax(encodeSyntax(empty))).toEqual(empty)
  })
})
