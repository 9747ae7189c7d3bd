import { describe, expect, it } from 'vitest'
import type { Event } from '../model/index.js'
import { relationsFromEvents, type ResolvedEvent } from './relations.js'

function ev(id: string, cameo: string, actor: string, target: string): ResolvedEvent {
  const event: Event = {
    id, articleId: 'a', cameo, cameoRoot: cameo.slice(0, 2), cue: { start: 0, end: 1, text: 'x' }, sentence: { start: 0, end: 1 }, modality: 'asserted',
  }
  return { event, actorEntityId: actor, targetEntityId: target, date: '2016-01-12' }
}

describe('relationsFromEvents parties', () => {
  it('relations are between actors: a shelled town is a place, a state stands for its government', () => {
    const places = new Set(['rafah'])
    const rels = relationsFromEvents([ev('e1', '194', 'israel', 'rafah'), ev('e2', '042', 'hamas', 'egypt')], new Map(), (id) => !places.has(id))
    expect(rels.map((r) => [r.a, r.b, r.kind])).toEqual([['egypt', 'hamas', 'cooperative']])
  })
})
