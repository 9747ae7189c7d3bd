/**
 * issue-14: a role carried over from a longer sentence made the count lookup read past the end of a
 * short one (`Cannot read properties of undefined (reading 'toLowerCase')`), and the whole article was lost.
 */
import { describe, expect, it } from 'vitest'
import { docBuilder } from '../text/testing/doc-builder.js'
import { findCount } from './counts.js'
import { extractEvents } from './extract.js'

const LEAD = 'On Tuesday in the south of the country the army said that Hamas attacked the post.'
const mentions = [{ text: 'Hamas', type: 'ORG' as const }, { text: 'army', type: 'ORG' as const }]

describe('events past the end of a sentence', () => {
  for (const tail of ['They killed 12.', 'They fired.', 'He was shot.', 'They shot him.']) {
    it(`issue-14 extractEvents codes a short sentence after a long one: "${tail}"`, () => {
      const doc = docBuilder(`${LEAD} ${tail}`, { mentions })
      const events = extractEvents(doc)
      expect(events.map((e) => e.cue.text)).toContain('attacked')
      // the short sentence is coded too, with the subject carried over from the long one
      const second = events.find((e) => e.cue.start > LEAD.length)
      expect(second, tail).toBeDefined()
    })
  }

  it('issue-14 extractEvents keeps the carried subject as the actor of the next sentence', () => {
    const events = extractEvents(docBuilder(`${LEAD} They bombed the town.`, { mentions }))
    expect(events.find((e) => e.cue.text === 'bombed')?.actor?.text).toBe('Hamas')
  })

  it('issue-14 findCount reads nothing past the end of the words', () => {
    const w = ['they', 'killed', '12']
    expect(findCount(w, 1, 9)?.value).toBe(12)
    expect(findCount(w, 5, 9)).toBeUndefined()
    expect(findCount(w, -3, 2)).toBeUndefined()
  })
})
