import { describe, expect, it } from 'vitest'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

const mentions = [{ text: 'Britain', type: 'LOC' as const }, { text: 'Iraq', type: 'LOC' as const }]

describe('intent alternatives of the loose coder', () => {
  it('an act governed by a commitment is also proposed as the intent, flagged loose, with the same parties', () => {
    const d = parsedDoc('Britain is committed to supporting Iraq.', { mentions })
    const ids = new Set<string>()
    const loose = extractEvents(d, { loose: true, looseIds: ids })
    const strict = extractEvents(d)
    const intent = loose.find((e) => e.cameoRoot === '03')
    expect(strict.some((e) => e.cameoRoot === '03')).toBe(false)
    expect(intent?.actor?.text).toBe('Britain')
    expect(intent?.target?.text).toBe('Iraq')
    expect(ids.has(intent!.id)).toBe(true)
  })

  it('an act that is the subject of "continue" or done outright gets no intent alternative', () => {
    const d = parsedDoc('The attacks by Hamas continued on Sunday. Britain supported Iraq.', { mentions: [...mentions, { text: 'Hamas', type: 'ORG' as const }] })
    const loose = extractEvents(d, { loose: true })
    expect(loose.filter((e) => e.cameoRoot === '03' || e.cameoRoot === '13')).toEqual([])
  })
})
