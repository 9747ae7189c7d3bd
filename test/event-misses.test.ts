import { describe, expect, it } from 'vitest'
import { wrongCodeReport, type MissRow } from '../scripts/event-misses.js'

const row = (kind: MissRow['kind'], goldRoot: string, linkedCues: string[]): MissRow =>
  ({ kind, part: 'p', linked: linkedCues.length > 0, goldRoot, candRoots: [], what: '', sentence: '', linkedCues })

describe('event misses', () => {
  it('the wrong code on a found cue is counted by the coder\'s and the gold\'s root and by the cue lemma, other kinds left out', () => {
    const report = wrongCodeReport([
      row('other root', '18', ['attack:19']), row('other root', '18', ['attack:19', 'kill:19']), row('other root', '11', ['call:04']),
      row('other root', '11', []), row('hit', '19', ['attack:19']),
    ])
    expect(report).toContain('wrong code on a found cue: 3 codings, 3 cue lemmas')
    expect(report).toContain('by coder root > gold root: 19>18:2 04>11:1')
    expect(report).toContain('by cue lemma: attack:2 call:1 kill:1')
  })
})
