import { describe, expect, it } from 'vitest'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

const LEAD = 'Coalition military forces conducted 12 strikes against ISIL terrorists in Iraq on Jan. 9.'
const mentions = [{ text: 'Coalition military forces', type: 'ORG' as const }, { text: 'ISIL', type: 'ORG' as const }]

describe('bulletin lists read off the words', () => {
  it('bulletin lines give one event per listed item, across glued lines and "; destroyed …; and damaged …" segments', () => {
    const text = `${LEAD}\nNear Bayji, one strike engaged an ISIL tactical unit and destroyed an ISIL-held building, a VBIED, and a front-end loader.\n. Near Mosul, five strikes destroyed two vehicles; and damaged 29 supply routes.`
    const events = extractEvents(parsedDoc(text, { mentions, meta: { published: '2016-01-10' } })).filter((e) => e.cue.start > LEAD.length)
    expect(events.map((e) => e.cue.text)).toEqual(['an ISIL tactical unit', 'an ISIL-held building', 'a VBIED', 'a front-end loader', 'two vehicles', '29 supply routes'])
    for (const e of events) expect([e.actor?.text, e.target?.text, e.cameoRoot]).toEqual(['Coalition military forces', 'ISIL', '19'])
  })

  it('bulletin: an agentless passive list after a strike report is the striking force\'s ("… were also destroyed in the strike")', () => {
    const text = `${LEAD} In addition to the 14 tanks, three artillery systems, two tactical vehicles, and an air defense system were also destroyed in the strike.`
    const events = extractEvents(parsedDoc(text, { mentions, meta: { published: '2016-01-10' } })).filter((e) => e.cue.start > LEAD.length)
    expect(events.map((e) => e.cue.text)).toEqual(['three artillery systems', 'two tactical vehicles', 'an air defense system'])
    expect(events.every((e) => e.actor?.text === 'Coalition military forces')).toBe(true)
  })

  it('bulletin: "These strikes engaged …, he added" lists the force\'s strikes against the party an item names, without the reporting clause', () => {
    const lead = 'The coalition conducted five airstrikes, delivering 101 munitions.'
    const text = `${lead} These strikes engaged three ISIL tactical units, four vehicles and a tunnel, he added.`
    const ms = [{ text: 'coalition', type: 'ORG' as const }, { text: 'ISIL', type: 'ORG' as const }]
    const events = extractEvents(parsedDoc(text, { mentions: ms, meta: { published: '2016-01-10' } })).filter((e) => e.cue.start > lead.length)
    expect(events.map((e) => e.cue.text)).toEqual(['three ISIL tactical units', 'four vehicles', 'a tunnel'])
    for (const e of events) expect([e.actor?.text, e.target?.text]).toEqual(['coalition', 'ISIL'])
  })
})

describe('a named force\'s list', () => {
  it('is one act per party struck: the items after the first that name nobody add no event of their own', () => {
    const text = 'Near Raqqa, Coalition aircraft destroyed 14 ISIL tanks, two bridges and other equipment on Monday.'
    const ms = [{ text: 'Coalition', type: 'ORG' as const }, { text: 'ISIL', type: 'ORG' as const }]
    const events = extractEvents(parsedDoc(text, { mentions: ms, meta: { published: '2016-01-10' } }))
    expect(events.map((e) => `${e.cameoRoot} ${e.actor?.text} → ${e.target?.text}`)).toEqual(['19 Coalition → ISIL'])
  })
})

describe('force target', () => {
  it('bulletin: a later strike by the same force with nobody named struck is against the party it was striking', () => {
    const text = `${LEAD} Coalition military forces also bombed a bridge on Jan. 10.`
    const later = extractEvents(parsedDoc(text, { mentions, meta: { published: '2016-01-10' } })).filter((e) => e.cue.start > LEAD.length)
    expect(later.map((e) => `${e.cue.text}: ${e.actor?.text} → ${e.target?.text}`)).toEqual(['bombed: Coalition military forces → ISIL'])
  })
})
