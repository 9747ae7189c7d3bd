/**
 * issue-14: a role carried over from a longer sentence made the count lookup read past the end of a
 * short one (`Cannot read properties of undefined (reading 'toLowerCase')`), and the whole article was lost.
 */
import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { findCount } from './counts.js'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

const LEAD = 'On Tuesday in the south of the country the army said that Hamas attacked the post.'
const PRONOUNS = ['They', 'He', 'him']

/** The lead and a short sentence whose pronouns refer back to Hamas, as the coreference stage links them. */
function doc(tail: string): AnnotatedDoc {
  const pronouns = PRONOUNS.filter((p) => new RegExp(`\\b${p}\\b`).test(tail)).map((p) => ({ text: p, type: 'ORG' as const, kind: 'pronoun' as const }))
  const d = parsedDoc(`${LEAD} ${tail}`, { mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'army', type: 'ORG' }, ...pronouns] })
  const hamas = d.mentions!.find((m) => m.text === 'Hamas')!
  return { ...d, mentions: d.mentions!.map((m) => (m.kind === 'pronoun' ? { ...m, antecedentId: hamas.id } : m)) }
}

describe('events past the end of a sentence', () => {
  for (const tail of ['They killed 12.', 'They fired.', 'He was shot.', 'They shot him.']) {
    it(`issue-14 extractEvents codes a short sentence after a long one: "${tail}"`, () => {
      const events = extractEvents(doc(tail))
      expect(events.map((e) => e.cue.text)).toContain('attacked')
      // the short sentence is coded too, its pronoun standing for the party named in the long one
      const second = events.find((e) => e.cue.start > LEAD.length)
      expect(second, tail).toBeDefined()
    })
  }

  it('issue-14 extractEvents keeps the pronoun\'s antecedent as the actor of the next sentence', () => {
    const events = extractEvents(doc('They bombed the town.'))
    expect(events.find((e) => e.cue.text === 'bombed')?.actor?.text).toBe('They')
  })

  it('issue-14 findCount reads nothing past the end of the words', () => {
    const w = ['they', 'killed', '12']
    expect(findCount(w, 1, 9)?.value).toBe(12)
    expect(findCount(w, 5, 9)).toBeUndefined()
    expect(findCount(w, -3, 2)).toBeUndefined()
  })
})
