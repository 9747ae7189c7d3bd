import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { docBuilder } from '../text/testing/doc-builder.js'
import { curatedActors } from '../kb/actors.js'
import { buildKbIndex } from '../resolve/kb-match.js'
import { articleSignatures, SIGNATURE_RULES } from './signatures.js'

const kb = buildKbIndex(curatedActors())

/** A made-up article that exercises every part of a signature: coreference, a qualified body, a role reference, links. */
function sample() {
  const doc = docBuilder("The Peruvian Congress censured Orin Vaskel on Monday. Vaskel said the Asad regime and Kenya's Parliament had backed him. " +
    'Velmora Corp. lobbied the U.S Congress.', {
    mentions: [{ text: 'Peruvian', type: 'NORP' }, { text: 'Congress', type: 'ORG' }, { text: 'Orin Vaskel', type: 'PER' },
      { text: 'Vaskel', type: 'PER' }, { text: 'the Asad regime', type: 'ORG' }, { text: 'Kenya', type: 'LOC' }, { text: 'Parliament', type: 'ORG' },
      { text: 'Velmora Corp.', type: 'ORG' }, { text: 'U.S Congress', type: 'ORG' }],
  })
  return { doc, sig: articleSignatures(doc.article.id, doc.mentions ?? [], [], kb) }
}

describe('name signatures carry the number of their rules', () => {
  it('signatures key a body qualified by a nationality the knowledge base lacks with its state ("Peruvian Congress")', () => {
    const { doc, sig } = sample()
    const congress = (doc.mentions ?? []).find((m) => m.text === 'Congress')!
    expect(sig.rows.find((r) => r.mentionId === congress.id)?.key).toBe('ORG:congres@pe')
  })

  it('signatures key a body named with its state in one name as that state\'s body, and a company without its legal form', () => {
    const { doc, sig } = sample()
    const keyOf = (text: string) => sig.rows.find((r) => r.mentionId === (doc.mentions ?? []).find((m) => m.text === text)!.id)?.key
    expect(keyOf('U.S Congress')).toBe('ORG:congres@us')
    expect(keyOf('Velmora Corp.')).toBe('ORG:velmora')
  })

  it('a change to the signatures of an article comes with a new SIGNATURE_RULES (bump it and record the new fingerprint here)', () => {
    const { sig } = sample()
    const fingerprint = createHash('sha256').update(JSON.stringify([sig.pinned, sig.rows.map((r) => [r.key, r.signature])])).digest('hex').slice(0, 16)
    expect({ rules: SIGNATURE_RULES, fingerprint }).toEqual({ rules: 7, fingerprint: 'b03a457e50c54eee' })
  })
})
