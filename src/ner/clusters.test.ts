import { describe, expect, it } from 'vitest'
import { formatClusters, learnClusters, parseClusters } from './clusters.js'

const opts = { minCount: 2, maxVocab: 1000, contexts: 50, dims: 32, fine: 8, coarse: 3, finest: 12, iterations: 10, seed: 3 }

describe('word clusters', () => {
  it('clusters put words used in the same contexts together, deterministically', () => {
    const cities = ['Baghdad', 'Mosul', 'Cairo', 'Gaza']
    const verbs = ['attacked', 'bombed', 'shelled', 'raided']
    const sents: string[][] = []
    for (let i = 0; i < 400; i++) {
      sents.push(['fighting', 'in', cities[i % 4]!, 'continued', '.'])
      sents.push(['militants', verbs[i % 4]!, 'the', 'town', '.'])
    }
    const table = learnClusters(sents, opts)
    const fine = new Map(table.map(([w, f]) => [w, f]))
    expect(new Set(cities.map((c) => fine.get(c))).size).toBe(1)
    expect(new Set(verbs.map((c) => fine.get(c))).size).toBe(1)
    expect(fine.get('Baghdad')).not.toBe(fine.get('attacked'))
    expect(learnClusters(sents, opts)).toEqual(table)
  })

  it('a word written in capitals shares the clusters of its more frequent title-case spelling', () => {
    const sents: string[][] = []
    for (let i = 0; i < 300; i++) {
      sents.push(['fighting', 'in', ['Zorvia', 'Kestland'][i % 2]!, 'continued', '.'])
      sents.push(['militants', ['attacked', 'raided'][i % 2]!, 'the', 'town', '.'])
      if (i % 10 === 0) sents.push(['ZORVIA', 'WINS', 'CUP'])
    }
    const table = new Map(learnClusters(sents, opts).map(([w, ...ids]) => [w, ids.slice(0, 3)]))
    expect(table.get('ZORVIA')).toEqual(table.get('Zorvia'))
    expect(table.get('WINS')).toBeDefined()
  })

  it('the clusters file reads back as written', () => {
    const sents = Array.from({ length: 50 }, (_, i) => ['in', ['Zorvia', 'Kestland'][i % 2]!, '.'])
    const table = learnClusters(sents, opts)
    expect(parseClusters(formatClusters(table))).toEqual(table)
  })
})
