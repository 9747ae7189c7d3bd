/**
 * The events stage on parsed documents (doc.syntax from syntax.parser.v2): bulletins split per listed item,
 * nominal events with adjectival actors, reported events framed by a reporting verb.
 */
import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../../model/index.js'
import { docBuilder, type MentionSpec } from '../../text/testing/doc-builder.js'
import { eventsStage } from './events.js'
import { syntaxStage } from './syntax.js'

async function code(text: string, mentions: MentionSpec[]) {
  const doc = await syntaxStage.run(docBuilder(text, { mentions, meta: { published: '2016-01-12' } }), { resources: {} }) as AnnotatedDoc
  return (await eventsStage.run(doc, { resources: {} })).events ?? []
}

describe('events.cameo.v28 over doc.syntax', () => {
  it('events split a strike bulletin into one event per listed item, the force that conducted the strikes acting', async () => {
    const events = await code('Coalition forces conducted 12 strikes against ISIL in Iraq. Near Mosul, five strikes destroyed two vehicles, three bridges and a tank.',
      [{ text: 'Coalition forces', type: 'ORG' }, { text: 'ISIL', type: 'ORG' }, { text: 'Iraq', type: 'LOC' }, { text: 'Mosul', type: 'LOC' }])
    const items = events.filter((e) => e.cue.start > 60)
    expect(items.map((e) => e.cue.text)).toEqual(expect.arrayContaining(['two vehicles', 'three bridges', 'a tank']))
    for (const e of items) {
      expect(e.cameoRoot).toBe('19')
      expect(e.actor?.text).toBe('Coalition forces')
      expect(e.target?.text).toBe('ISIL')
    }
  })

  it('events code an event noun with an adjectival actor and an "on" target', async () => {
    const events = await code('The Israeli shelling of Gaza continued on Monday.', [{ text: 'Israeli', type: 'NORP' }, { text: 'Gaza', type: 'LOC' }])
    const e = events.find((x) => x.cue.text === 'shelling')
    expect(e?.cameoRoot).toBe('19')
    expect(e?.actor?.text).toBe('Israeli')
    expect(e?.target?.text).toBe('Gaza')
  })

  it('events inside a complement of "claimed" are alleged, and the reporting verb is no event', async () => {
    const events = await code('Hamas claimed that Israeli troops attacked the Jenin camp.', [{ text: 'Hamas', type: 'ORG' }, { text: 'Israeli troops', type: 'ORG' }, { text: 'Jenin camp', type: 'LOC' }])
    expect(events.map((e) => e.cue.text)).not.toContain('claimed')
    const attack = events.find((e) => e.cue.text === 'attacked')
    expect(attack?.actor?.text).toBe('Israeli troops')
    expect(attack?.modality).toBe('alleged')
  })
  it('events code the use of chemical weapons from the weapon phrase, verbal or nominal', async () => {
    const events = await code('The regime used chemical weapons against civilians in Aleppo. The use of chemical weapons by Daesh was condemned.',
      [{ text: 'regime', type: 'ORG' }, { text: 'Aleppo', type: 'LOC' }, { text: 'Daesh', type: 'ORG' }])
    expect(events.find((e) => e.cue.text === 'used')?.cameo).toBe('2041')
    const nominal = events.find((e) => e.cue.text === 'use')
    expect(nominal?.cameo).toBe('2041')
    expect(nominal?.actor?.text).toBe('Daesh')
  })
})
