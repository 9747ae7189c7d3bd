import { describe, expect, it } from 'vitest'
import type { Event, EventRole } from '../../model/index.js'
import { featureKey, hashedScore } from '../json-model.js'
import { sameParty, type PartyCandidate, type Slot } from './candidates.js'
import type { PartyModel } from './model.js'
import { bestPair, type Parties } from './ranker.js'

/** The pair search as it was before it passed over rows (every pair, row by row): what bestPair must still choose. */
function everyPair(cs: Readonly<Record<Slot, readonly PartyCandidate[]>>, e: Event, m: PartyModel): Parties {
  const score = (c: PartyCandidate) => hashedScore(m.weights, c.keys) + (c.role ? 0 : m.noneBonus ?? m.ownBonus)
  let best = { actor: e.actor, target: e.target, s: -Infinity }
  for (const a of cs.actor) {
    for (const t of cs.target) {
      if (sameParty(a.role, t.role)) continue
      const s = score(a) + score(t)
      if (s > best.s) best = { actor: a.role, target: t.role, s }
    }
  }
  return { actor: best.actor, target: best.target }
}

/** A small deterministic generator (LCG), so a failure names its trial. */
function lcg(seed: number): () => number {
  let x = seed
  return () => { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; return x / 4294967296 }
}

const NAMES = ['Hamas', 'Israel', 'the army', 'Fatah', 'the Fatah movement', 'police']

/** A role among a few spans (some overlapping, some the same text elsewhere), or nobody. */
function role(r: () => number): EventRole | undefined {
  const k = Math.floor(r() * (NAMES.length + 1))
  if (k === NAMES.length) return undefined
  const start = Math.floor(r() * 3) * 10
  return { start, end: start + NAMES[k]!.length, text: NAMES[k]! }
}

const EVENT = { id: 'e', articleId: 'a', cameo: '190', cameoRoot: '19', cue: { start: 50, end: 58, text: 'attacked' }, sentence: { start: 0, end: 80 } } as Event

describe('party ranker pair search', () => {
  it('party ranker picks the pair the search over every pair picks: ties to the earlier pair, never one party on both sides', () => {
    // few distinct weights, so many sums tie; a weight may be negative, a slot may be empty
    const weights: Record<string, number> = { w0: 0, w1: 1, w2: 2, w3: -1, w4: 0.5, w5: 2 }
    const m: PartyModel = { version: 1, weights, ownBonus: 1.5, noneBonus: 0.25 }
    const r = lcg(7)
    let chosen = 0
    for (let trial = 0; trial < 2000; trial++) {
      const list = (): PartyCandidate[] => Array.from({ length: Math.floor(r() * 6) }, () => {
        const k = `w${Math.floor(r() * 6)}`
        return { role: role(r), keys: [featureKey(k)], features: [] }
      })
      const cs = { actor: list(), target: list() }
      const want = everyPair(cs, EVENT, m)
      const got = bestPair(cs, EVENT, m)
      expect({ trial, ...got }).toEqual({ trial, ...want })
      if (got.actor || got.target) chosen++
    }
    // the trials choose parties, not only nobody
    expect(chosen).toBeGreaterThan(1000)
  })
})
