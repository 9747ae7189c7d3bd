import { describe, expect, it } from 'vitest'
import { learnClusters } from './clusters.js'

describe('word clusters', () => {
  it('clusters put words used in the same contexts together, deterministically', () => {
    const cities = ['Baghdad', 'Mosul', 'Cairo', 'Gaza']
    const verbs = ['attacked', 'bombed', 'shelled', 'raided']
    const sents: string[][] = []
    for (let i = 0; i < 400; i++) {
      sents.push(['fighting', 'in', cities[i % 4]!, 'continued', '.'])
      sents.push(['militants', verbs[i % 4]!, 'the', 'town', '.'])
    }
    const opts = { minCount: 2, maxVocab: 1000, contexts: 50, dims: 32, fine: 8, coarse: 3, iterations: 10, seed: 3 }
    const table = learnClusters(sents, opts)
    const fine = new Map(table.map(([w, f]) => [w, f]))
    expect(new Set(cities.map((c) => fine.get(c))).size).toBe(1)
    expect(new Set(verbs.map((c) => fine.get(c))).size).toBe(1)
    expect(fine.get('Baghdad')).not.toBe(fine.get('attacked'))
    expect(learnClusters(sents, opts)).toEqual(table)
  })
})
