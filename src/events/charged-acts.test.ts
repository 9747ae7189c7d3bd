import { describe, expect, it } from 'vitest'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

/** The events the loose coder proposes in a text, as "code cue actor -> target (loose|own)". */
function loose(text: string, mentions: MentionSpec[]): string[] {
  const ids = new Set<string>()
  const events = extractEvents(parsedDoc(text, { mentions }), { loose: true, looseIds: ids })
  return events.map((e) => `${e.cameo} ${e.cue.text} ${e.actor?.text ?? '-'} -> ${e.target?.text ?? '-'} (${ids.has(e.id) ? 'loose' : 'own'})`)
}

const HRW: MentionSpec[] = [{ text: 'Human Rights Watch', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }]

describe('statements over a conflict act', () => {
  it('issue-16 a reporting verb whose complement holds a party responsible for an act of force is a loose accusation against that party', () => {
    expect(loose('Human Rights Watch said Hamas is responsible for the bombings.', HRW)).toContain('112 said Human Rights Watch -> Hamas (loose)')
  })

  it('issue-16 a stance predicate over an act of force is a loose criticism of the act\'s doer', () => {
    expect(loose('Germany is critical of the Hamas attack.', [{ text: 'Germany', type: 'LOC' }, { text: 'Hamas', type: 'ORG' }]))
      .toContain('111 critical Germany -> Hamas (loose)')
  })

  it('a narrated act, a negated charge and a peaceful act are no statement over an act', () => {
    const said = (xs: string[]) => xs.filter((e) => / said /.test(e) && /^11/.test(e))
    expect(said(loose('Human Rights Watch said Hamas gunmen killed five people.', HRW))).toEqual([])
    expect(said(loose('Human Rights Watch said Hamas was not responsible for the bombings.', HRW))).toEqual([])
    expect(said(loose('Human Rights Watch said Hamas is responsible for the talks.', HRW))).toEqual([])
  })

  it('the strict coder proposes none of them', () => {
    const ids = new Set<string>()
    const doc = parsedDoc('Human Rights Watch said Hamas is responsible for the bombings.', { mentions: HRW })
    expect(extractEvents(doc, { looseIds: ids }).filter((e) => e.cue.text === 'said')).toEqual([])
  })
})
