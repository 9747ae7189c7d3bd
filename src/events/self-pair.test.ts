import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

/** A document whose pronoun mentions point back at the named person (what the coref stage adds). */
function withAntecedent(text: string, name: string, pronoun: string): AnnotatedDoc {
  const doc = parsedDoc(text, { mentions: [{ text: name, type: 'PER' }, { text: pronoun, type: 'PER', kind: 'pronoun' }, { text: 'Turkey', type: 'LOC' }] })
  const named = doc.mentions!.find((m) => m.text === name)!
  return { ...doc, mentions: doc.mentions!.map((m) => (m.text === pronoun ? { ...m, antecedentId: named.id } : m)) }
}

describe('an actor never acts on itself', () => {
  it.each([
    'Tobias Ellwood praised his own officials in Turkey.',
    'Tobias Ellwood met his staff in Turkey.',
  ])('%s', (text) => {
    const doc = withAntecedent(text, 'Tobias Ellwood', 'his')
    const ev = extractEvents(doc)
    const ids = new Map(doc.mentions!.map((m) => [m.id, m.antecedentId ?? m.id]))
    expect(ev.filter((e) => e.actor && e.target && ids.get(e.actor.mentionId ?? '') === ids.get(e.target.mentionId ?? ''))).toEqual([])
    expect(ev.some((e) => e.actor?.text === 'Tobias Ellwood')).toBe(true)
  })
})
