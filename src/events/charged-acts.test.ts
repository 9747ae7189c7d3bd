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

describe('statements over a conflict act', () => {
  it('issue-16 a reporting verb whose complement charges a party with an act of force is a loose accusation against that party', () => {
    expect(loose('Human Rights Watch said Hamas is responsible for the bombings.', [{ text: 'Human Rights Watch', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }]))
      .toContain('112 said Human Rights Watch -> Hamas (loose)')
  })

  it('issue-16 a stance predicate over an act of force is a loose criticism of the act\'s doer', () => {
    expect(loose('The United States is appalled by the Hamas attack.', [{ text: 'United States', type: 'LOC' }, { text: 'Hamas', type: 'ORG' }]))
      .toContain('111 appalled United States -> Hamas (loose)')
  })

  it('the strict coder proposes none of them, and a report of a peaceful act is no charge', () => {
    const ids = new Set<string>()
    const doc = parsedDoc('Human Rights Watch said Hamas is responsible for the bombings.', { mentions: [{ text: 'Human Rights Watch', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }] })
    expect(extractEvents(doc, { looseIds: ids }).filter((e) => e.cue.text === 'said')).toEqual([])
    expect(loose('Human Rights Watch said Hamas is responsible for the talks.', [{ text: 'Human Rights Watch', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }])
      .filter((e) => e.includes(' said '))).toEqual([])
  })
})
