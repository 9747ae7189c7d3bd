import { describe, expect, it } from 'vitest'
import { extractClauses, type ParsedSentence } from './clauses.js'

/** A hand-built parse: rows of [word, lemma, upos, head (0-based, -1 root), deprel]. */
function parsed(rows: Array<[string, string, string, number, string]>): ParsedSentence {
  return { lemma: rows.map((r) => r[1]), upos: rows.map((r) => r[2]), head: rows.map((r) => r[3]), deprel: rows.map((r) => r[4]) }
}

describe('clause extraction', () => {
  // The minister said that rebels who were backed by Iran attacked and seized the town .
  const s = parsed([
    ['The', 'the', 'DET', 1, 'det'], ['minister', 'minister', 'NOUN', 2, 'nsubj'], ['said', 'say', 'VERB', -1, 'root'],
    ['that', 'that', 'SCONJ', 10, 'mark'], ['rebels', 'rebel', 'NOUN', 10, 'nsubj'], ['who', 'who', 'PRON', 7, 'nsubj:pass'],
    ['were', 'be', 'AUX', 7, 'aux:pass'], ['backed', 'back', 'VERB', 4, 'acl:relcl'], ['by', 'by', 'ADP', 9, 'case'],
    ['Iran', 'Iran', 'PROPN', 7, 'obl:agent'], ['attacked', 'attack', 'VERB', 2, 'ccomp'], ['and', 'and', 'CCONJ', 12, 'cc'],
    ['seized', 'seize', 'VERB', 10, 'conj'], ['the', 'the', 'DET', 14, 'det'], ['town', 'town', 'NOUN', 12, 'obj'], ['.', '.', 'PUNCT', 2, 'punct'],
  ])
  const clauses = extractClauses(s)
  const at = (p: number) => clauses.find((c) => c.predicate === p)!

  it('finds one clause per predicate: the reporting verb, its complement, the relative clause and the conjoined verb', () => {
    expect(clauses.map((c) => `${c.predicate}:${c.kind}`)).toEqual(['2:main', '7:relcl', '10:ccomp', '12:conj'])
  })

  it('gives the reporting verb its subject and its complement clause', () => {
    expect(at(2)).toMatchObject({ subject: 1, complements: [10], passive: false, negated: false })
  })

  it('reads a passive relative clause with its agent, attached to the noun it modifies', () => {
    expect(at(7)).toMatchObject({ kind: 'relcl', parent: 10, governor: 4, subject: 5, passive: true, agent: 9, obliques: [] })
    expect(at(10).relatives).toEqual([7])
  })

  it('shares the subject with a conjoined predicate that has none', () => {
    expect(at(10)).toMatchObject({ subject: 4, conjuncts: [12], subjectShared: false })
    expect(at(12)).toMatchObject({ kind: 'conj', parent: 10, subject: 4, subjectShared: true, objects: [14] })
  })

  it('maps indices through the given function (document token indices)', () => {
    expect(extractClauses(s, (i) => i + 100)[0]).toMatchObject({ predicate: 102, subject: 101, complements: [110] })
  })

  it('marks negation, subordinate clauses and the controller of an xcomp', () => {
    // They did not leave because officials urged them to stay .
    const t = parsed([
      ['They', 'they', 'PRON', 3, 'nsubj'], ['did', 'do', 'AUX', 3, 'aux'], ['not', 'not', 'PART', 3, 'advmod'], ['leave', 'leave', 'VERB', -1, 'root'],
      ['because', 'because', 'SCONJ', 6, 'mark'], ['officials', 'official', 'NOUN', 6, 'nsubj'], ['urged', 'urge', 'VERB', 3, 'advcl'],
      ['them', 'they', 'PRON', 6, 'obj'], ['to', 'to', 'PART', 9, 'mark'], ['stay', 'stay', 'VERB', 6, 'xcomp'], ['.', '.', 'PUNCT', 3, 'punct'],
    ])
    const cs = extractClauses(t)
    expect(cs.find((c) => c.predicate === 3)).toMatchObject({ negated: true, subordinates: [6] })
    expect(cs.find((c) => c.predicate === 6)).toMatchObject({ kind: 'advcl', negated: false, objects: [7] })
    expect(cs.find((c) => c.predicate === 9)).toMatchObject({ kind: 'xcomp', subject: 7, subjectShared: true })
  })

  it('does not make a clause of conjoined nouns', () => {
    // Hamas and Fatah met .
    const t = parsed([['Hamas', 'Hamas', 'PROPN', 3, 'nsubj'], ['and', 'and', 'CCONJ', 2, 'cc'], ['Fatah', 'Fatah', 'PROPN', 0, 'conj'], ['met', 'meet', 'VERB', -1, 'root'], ['.', '.', 'PUNCT', 3, 'punct']])
    expect(extractClauses(t).map((c) => c.predicate)).toEqual([3])
  })
})
