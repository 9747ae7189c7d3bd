import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc, Mention } from '../model/index.js'
import { childrenWith, sentenceViews } from './sentence-view.js'
import { parsedDoc } from './testing/parsed.js'

const wordsOf = (doc: AnnotatedDoc) => (doc.tokens ?? []).map((t) => doc.article.text.slice(t.start, t.end).toLowerCase())
const all = () => true
const tokenOf = (doc: AnnotatedDoc, word: string) => wordsOf(doc).indexOf(word)

describe('sentence views', () => {
  const doc = parsedDoc('Rebels attacked the town of Arnor. The police arrested Boromir in Gondor.', {
    mentions: [{ text: 'Arnor', type: 'LOC' }, { text: 'Boromir', type: 'PER' }, { text: 'Gondor', type: 'LOC' }],
  })

  it('sentence views never read a token of another sentence', () => {
    const [first, second] = sentenceViews(doc, wordsOf(doc), all)
    const boromir = tokenOf(doc, 'boromir')
    expect(first!.word(boromir)).toBe('')
    expect(first!.lemma(boromir)).toBe('')
    expect(first!.head(boromir)).toBe(-1)
    expect(first!.children(tokenOf(doc, 'arrested'))).toEqual([])
    expect(first!.occAt(boromir)).toBeUndefined()
    expect(second!.word(boromir)).toBe('boromir')
    expect(second!.occAt(boromir)?.m.text).toBe('Boromir')
    expect(second!.head(boromir)).toBe(tokenOf(doc, 'arrested'))
  })

  it('sentence views of one document with different options keep their own role mentions', () => {
    const words = wordsOf(doc)
    const people = (m: Mention) => m.type === 'PER'
    const coder = sentenceViews(doc, words, all, { descriptors: true })
    const ranker = sentenceViews(doc, words, people, { only: new Set([1]) })
    expect(coder[0]!.occs.map((o) => o.m.text)).toContain('Arnor')
    expect(ranker[0]!.occs).toEqual([])
    expect(ranker[1]!.occs.map((o) => o.m.text)).toEqual(['Boromir'])
    expect(coder[1]!.occs.map((o) => o.m.text)).toEqual(expect.arrayContaining(['Boromir', 'Gondor']))
    // the parse they read is the same
    const arrested = tokenOf(doc, 'arrested')
    expect(ranker[1]!.children(arrested)).toEqual(coder[1]!.children(arrested))
    expect(ranker[1]!.lemma(arrested)).toBe('arrest')
  })

  it('childrenWith matches a label by its main part', () => {
    const [, second] = sentenceViews(doc, wordsOf(doc), all)
    const arrested = tokenOf(doc, 'arrested')
    expect(childrenWith(second!, arrested, 'nsubj').map((i) => second!.word(i))).toEqual(['police'])
    expect(childrenWith(second!, arrested, 'obj').map((i) => second!.word(i))).toEqual(['boromir'])
  })
})
