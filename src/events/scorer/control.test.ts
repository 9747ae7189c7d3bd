import { describe, expect, it } from 'vitest'
import { controlKind } from './control.js'
import { isReadingFeature, isWordFeature } from './features.js'
import { trainScorer, type Example } from './train.js'

describe('scorer control words', () => {
  it('every attempt, plan and failure verb has its class', () => {
    expect(['try', 'seek', 'attempt', 'act', 'strive'].map(controlKind)).toEqual(['attempt', 'attempt', 'attempt', 'attempt', 'attempt'])
    expect(['plan', 'vow', 'threaten', 'intend'].map(controlKind)).toEqual(['plan', 'plan', 'plan', 'plan'])
    expect(controlKind('fail')).toBe('fail')
    expect(controlKind('say')).toBeUndefined()
  })
})

describe('scorer training floor', () => {
  const ex = (art: string, features: string[], label: 0 | 1): Example => ({ features, label, group: art, key: `${art}:${features.join()}:${label}` })
  // "infiltrate" seen twice, in two articles, both negative (the 125 parts' two coded "infiltrate"s); "attack" in eight, mixed
  const examples = [ex('a1', ['lemma=infiltrate', 'mod=attempted'], 0), ex('a2', ['lemma=infiltrate', 'mod=attempted'], 0),
    ...Array.from({ length: 8 }, (_, i) => ex(`b${i}`, ['lemma=attack'], i % 2 === 0 ? 1 : 0))]

  it('issue-16 a cue lemma met in fewer articles than the floor takes no weight of its own, and other features keep theirs', () => {
    expect(trainScorer(examples, 0, { minCount: 2 }).weights['lemma=infiltrate']).toBeLessThan(-0.1)
    const floored = trainScorer(examples, 0, { minCount: 2, minArticles: 3, floored: isWordFeature })
    expect(floored.weights['lemma=infiltrate']).toBeUndefined()
    expect(floored.weights['mod=attempted']).toBeLessThan(-0.1)
    expect(floored.weights['lemma=attack']).toBeDefined()
  })
})

describe('scorer count-scaled L2', () => {
  const ex = (art: string, features: string[], label: 0 | 1): Example => ({ features, label, group: art, key: `${art}:${features.join()}:${label}` })
  // a conjunction met in four events, all positive, beside a root feature met in two hundred, one in four positive
  const examples = [...Array.from({ length: 4 }, (_, i) => ex(`r${i}`, ['splitbase|actor=17>18|ORG', 'root=17'], 1)),
    ...Array.from({ length: 200 }, (_, i) => ex(`c${i}`, ['root=17'], i % 4 === 0 ? 1 : 0))]

  it('issue-16 a feature met a few times takes a smaller weight under a count-scaled L2, a frequent one keeps its own', () => {
    const plain = trainScorer(examples, 0, { minCount: 2, l2: 0.1, epochs: 10 })
    const scaled = trainScorer(examples, 0, { minCount: 2, l2: 0.1, epochs: 10, l2Count: 50 })
    const rare = (m: typeof plain) => m.weights['splitbase|actor=17>18|ORG']!
    expect(rare(plain)).toBeGreaterThan(0.3)
    expect(rare(scaled)).toBeLessThan(rare(plain) / 2)
    expect(scaled.weights['root=17']).toBeCloseTo(plain.weights['root=17']!, 1)
    // scaled only where `l2Scaled` says: the event scorer's reading-change features (split, splitbase, alt)
    const only = trainScorer(examples, 0, { minCount: 2, l2: 0.1, epochs: 10, l2Count: 50, l2Scaled: isReadingFeature })
    expect(rare(only)).toBeCloseTo(rare(scaled), 6)
    expect(isReadingFeature('root=17')).toBe(false)
    expect(trainScorer(examples, 0, { minCount: 2, l2: 0.1, epochs: 10, l2Count: 50, l2Scaled: () => false })).toEqual(plain)
  })
})
