import { describe, expect, it } from 'vitest'
import type { SentenceSpan } from './consistency.js'
import type { NerSyntax } from './features.js'
import { cutAtFiniteVerbs, isPresentThirdPerson } from './finite-verbs.js'

const span = (start: number, end: number, type: SentenceSpan['type'] = 'ORG'): SentenceSpan => ({ sentence: 0, start, end, type, score: 0.9 })
const syn = (upos: string[], lemma: string[], head: number[], deprel: string[]): NerSyntax => ({ upos, lemma, head, deprel })

describe('finite verbs in names', () => {
  it('finite-verbs cuts a headline name before its verb', () => {
    const words = ['Velcor', 'Names', 'Navy', 'Sailor']
    const s = syn(['PROPN', 'VERB', 'PROPN', 'PROPN'], ['Velcor', 'name', 'Navy', 'sailor'], [1, -1, 3, 1], ['nsubj', 'root', 'compound', 'obj'])
    expect(cutAtFiniteVerbs(words, [span(0, 3)], s).map((x) => [x.start, x.end])).toEqual([[0, 1]])
  })

  it('finite-verbs leaves a base-form surname the tagger reads as a verb', () => {
    const words = ['Tom', 'Forget', 'beat', 'Ravel']
    const s = syn(['PROPN', 'VERB', 'VERB', 'PROPN'], ['Tom', 'forget', 'beat', 'Ravel'], [1, -1, 1, 2], ['nsubj', 'root', 'parataxis', 'obj'])
    expect(cutAtFiniteVerbs(words, [span(0, 2, 'PER')], s)).toEqual([span(0, 2, 'PER')])
  })

  it('finite-verbs leaves a participle inside a club name', () => {
    const words = ['Dorbury', 'United', 'won']
    const s = syn(['PROPN', 'VERB', 'VERB'], ['Dorbury', 'unite', 'win'], [1, -1, 1], ['nsubj', 'root', 'conj'])
    expect(cutAtFiniteVerbs(words, [span(0, 2)], s)).toEqual([span(0, 2)])
  })

  it('finite-verbs needs the subject inside the name', () => {
    const words = ['Secretary', 'Ann', 'Marks', 'said']
    const s = syn(['PROPN', 'PROPN', 'VERB', 'VERB'], ['Secretary', 'Ann', 'mark', 'say'], [3, 2, 3, -1], ['nsubj', 'compound', 'parataxis', 'root'])
    expect(cutAtFiniteVerbs(words, [span(1, 3, 'PER')], s)).toEqual([span(1, 3, 'PER')])
  })

  it('finite-verbs does nothing without syntax', () => {
    expect(cutAtFiniteVerbs(['A', 'Joins', 'B'], [span(0, 3)], undefined)).toEqual([span(0, 3)])
  })

  it('finite-verbs tells the -s form from a word that ends in s', () => {
    expect(isPresentThirdPerson('Identifies', 'identify')).toBe(true)
    expect(isPresentThirdPerson('Joins', 'join')).toBe(true)
    expect(isPresentThirdPerson('Forces', 'force')).toBe(true)
    expect(isPresentThirdPerson('Press', 'press')).toBe(false)
    expect(isPresentThirdPerson('Holding', 'hold')).toBe(false)
    expect(isPresentThirdPerson('JOINS', 'join')).toBe(false)
  })
})
