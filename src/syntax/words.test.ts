import { describe, expect, it } from 'vitest'
import { ParseState, SHIFT } from './arc-hybrid.js'
import { MAX_PARSER_FEATURES, parserFeatures, sentenceMarks } from './parser-features.js'
import { MAX_TAGGER_FEATURES, taggerFeatures } from './tagger.js'
import { clustersOf, hashWords, packClusters } from './words.js'

const clusters = new Map([
  ['Baghdad', packClusters(103, 25, 177)],
  ['said', packClusters(20, 13, 327)],
  ['the', packClusters(165, 25, 874)],
])

describe('word clusters', () => {
  it('finds a word by its form, its lower case or its title case, and gives unknown words none', () => {
    expect(clustersOf('said', clusters)).toBe(packClusters(20, 13, 327))
    expect(clustersOf('SAID', clusters)).toBe(packClusters(20, 13, 327))
    expect(clustersOf('BAGHDAD', clusters)).toBe(packClusters(103, 25, 177))
    expect(clustersOf('Mosul', clusters)).toBe(0)
  })

  it('gives each word its three cluster ids (+1; 0 when unknown)', () => {
    const w = hashWords(['Officials', 'in', 'Baghdad', 'said'], undefined, undefined, undefined, clusters)
    expect(w.clustered).toBe(true)
    expect(Array.from(w.clFine)).toEqual([0, 0, 104, 21])
    expect(Array.from(w.clCoarse)).toEqual([0, 0, 26, 14])
    expect(Array.from(w.clFinest)).toEqual([0, 0, 178, 328])
  })

  it('adds cluster features only for a model that has clusters, so a model without them tags as before', () => {
    const words = ['Officials', 'in', 'Baghdad', 'said']
    const out = new Uint32Array(MAX_TAGGER_FEATURES)
    const plain = taggerFeatures(hashWords(words), 2, 1, 0, out)
    const before = Array.from(out.subarray(0, plain))
    const withClusters = taggerFeatures(hashWords(words, undefined, undefined, undefined, clusters), 2, 1, 0, out)
    expect(withClusters).toBeGreaterThan(plain)
    expect(withClusters).toBeLessThanOrEqual(MAX_TAGGER_FEATURES)
    expect(Array.from(out.subarray(0, plain))).toEqual(before)
    expect(hashWords(words).clustered).toBe(false)
  })

  it('gives the parser cluster features within its feature budget', () => {
    const words = ['Officials', 'in', 'Baghdad', 'said']
    const tags = Int32Array.from([7, 1, 11, 15])
    const st = new ParseState(words.length)
    st.apply(SHIFT); st.apply(SHIFT)
    const out = new Uint32Array(MAX_PARSER_FEATURES)
    const marks = sentenceMarks(tags, 12, 15)
    const plain = parserFeatures(st, hashWords(words), tags, marks, out)
    const withClusters = parserFeatures(st, hashWords(words, undefined, undefined, undefined, clusters), tags, marks, out)
    expect(withClusters).toBeGreaterThan(plain)
    expect(withClusters).toBeLessThanOrEqual(MAX_PARSER_FEATURES)
  })
})
