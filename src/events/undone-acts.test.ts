import { describe, expect, it } from 'vitest'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

const mentions = [{ text: 'Britain', type: 'LOC' as const }, { text: 'Iraq', type: 'LOC' as const }, { text: 'Chile', type: 'LOC' as const }, { text: 'Peru', type: 'LOC' as const }]

describe('acts that did not take place are the scorer\'s to judge', () => {
  it('a negated act of the coder\'s own is flagged loose for the scorer; an act that happened is not', () => {
    const d = parsedDoc('Britain did not attack Iraq. Chile attacked Peru.', { mentions })
    const ids = new Set<string>()
    const events = extractEvents(d, { loose: true, looseIds: ids })
    const negated = events.find((e) => e.actor?.text === 'Britain')
    // the coder's own code of the act (a learned alternative code of it is loose by design)
    const done = events.find((e) => e.actor?.text === 'Chile' && e.cameo === negated?.cameo)
    expect(negated?.modality).toBe('negated')
    expect(ids.has(negated!.id)).toBe(true)
    expect(done?.modality).toBe('asserted')
    expect(ids.has(done!.id)).toBe(false)
  })

  it('a hypothetical act is flagged loose too, and the strict coder still codes it', () => {
    const d = parsedDoc('If talks fail, Britain would attack Iraq.', { mentions: mentions.slice(0, 2) })
    const ids = new Set<string>()
    const loose = extractEvents(d, { loose: true, looseIds: ids }).find((e) => e.actor?.text === 'Britain' && e.target?.text === 'Iraq')
    expect(loose?.modality).toBe('hypothetical')
    expect(ids.has(loose!.id)).toBe(true)
    expect(extractEvents(d).some((e) => e.actor?.text === 'Britain' && e.target?.text === 'Iraq')).toBe(true)
  })
})
