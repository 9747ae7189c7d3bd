import { describe, expect, it } from 'vitest'
import { controlKind } from './control.js'
import { isWordFeature } from './features.js'
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
