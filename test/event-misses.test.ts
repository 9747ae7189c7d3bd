import { describe, expect, it } from 'vitest'
import { wrongCodeFrames, wrongCodeReport, type LinkedFrame, type MissRow } from '../scripts/event-misses.js'

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

  it('the wrong code on a found cue is counted by frame: an own candidate first, then by who acts and on what', () => {
    const f = (lemma: string, root: string, origin: string, actor: string, object = 'none', pos = 'verb'): LinkedFrame => ({ lemma, root, origin, pos, actor, object })
    const framed = (goldRoot: string, frames: LinkedFrame[]): MissRow => ({ ...row('other root', goldRoot, frames.map((x) => `${x.lemma}:${x.root}`)), frames })
    const report = wrongCodeFrames([
      framed('18', [f('attack', '19', 'loose', 'REB'), f('attack', '19', 'own', 'MIL', 'person')]),
      framed('18', [f('attack', '19', 'loose', 'none', 'none', 'noun')]),
      framed('11', [f('call', '04', 'own', 'GOV', 'thing')]),
      { ...framed('19', [f('kill', '18', 'own', 'MIL')]), kind: 'hit' },
    ])
    expect(report).toContain('wrong code by the linked candidate\'s origin: own:2 loose:1')
    expect(report).toContain('by actor: GOV:1 MIL:1 none:1')
    expect(report).toContain('by pair and frame: 04>11 verb a=GOV o=thing:1 19>18 noun a=none o=none:1 19>18 verb a=MIL o=person:1')
    expect(report).toContain('  attack (2): 19>18 loose noun a=none o=none:1 19>18 own verb a=MIL o=person:1')
    expect(report).not.toContain('kill')
  })
})
