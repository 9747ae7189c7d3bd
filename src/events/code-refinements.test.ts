import { describe, expect, it } from 'vitest'
import type { Event } from '../model/index.js'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { extractEvents } from './extract.js'
import { useCodeTable } from './alternatives.js'
import { parsedDoc } from './testing/parsed.js'

/** The coder's own codes: the loose coder without the shipped table's alternatives (its split cues propose other roots beside them). */
function eventsOf(text: string, mentions: MentionSpec[], loose = false): Event[] {
  useCodeTable(null)
  try {
    return extractEvents(parsedDoc(text, { mentions, meta: { published: '2016-01-12' } }), { loose })
  } finally {
    useCodeTable(undefined)
  }
}
const events = eventsOf
const brief = (e: Event) => `${e.cameo} ${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'}`
const cued = (ev: readonly Event[], cue: string) => ev.filter((e) => e.cue.text.startsWith(cue)).map(brief)

describe('codes a clause settles', () => {
  it('code-refinements a legal charge is legal action (173), a charge that something happened an accusation (112)', () => {
    const legal = events('Police in Gondor charged Boromir Tam with murder on Monday.', [{ text: 'Gondor', type: 'LOC' }, { text: 'Boromir Tam', type: 'PER' }])
    expect(cued(legal, 'charged').map((c) => c.replace(/ .* →/, ' →'))).toEqual(['173 → Boromir Tam'])
    const claim = events('Aragorn Vell charged that Mordor sponsors the raiders.', [{ text: 'Aragorn Vell', type: 'PER' }, { text: 'Mordor', type: 'LOC' }])
    expect(cued(claim, 'charged').map((c) => c.slice(0, 2))).toEqual(['11'])
  })

  it('code-refinements charges filed or laid against someone are legal action', () => {
    const ev = events('The Gondor tribunal filed charges against Faramir Osk.', [{ text: 'Gondor', type: 'LOC' }, { text: 'Faramir Osk', type: 'PER' }])
    expect(ev.map((e) => e.cameo)).toContain('173')
  })

  it('code-refinements an order to leave the country is an expulsion (174), an order to do anything else a demand', () => {
    const expel = events('Rohan ordered a Gondor diplomat to leave the country within two days.', [{ text: 'Rohan', type: 'LOC' }, { text: 'Gondor', type: 'LOC' }])
    expect(cued(expel, 'ordered').map((c) => c.slice(0, 3))).toEqual(['174'])
    const demand = events('Rohan ordered a Gondor diplomat to apologize for the remarks.', [{ text: 'Rohan', type: 'LOC' }, { text: 'Gondor', type: 'LOC' }])
    expect(cued(demand, 'ordered').map((c) => c.slice(0, 2))).not.toContain('17')
  })

  it('code-refinements hijacking a ship is an abduction or hijacking (181), not seizing territory', () => {
    const ev = events('Mordor raiders hijacked a Gondor tanker on Sunday.', [{ text: 'Mordor', type: 'LOC' }, { text: 'Gondor', type: 'LOC' }])
    expect(cued(ev, 'hijacked').map((c) => c.slice(0, 3))).toEqual(['181'])
  })

  it('code-refinements violence done by protesters is a riot (145), by soldiers military force', () => {
    // nobody named throws: only the loose coder (the scorer's candidates) codes it
    const riot = events('Thousands of Gondor protesters threw stones at the Rohan embassy.', [{ text: 'Gondor', type: 'LOC' }, { text: 'Rohan', type: 'LOC' }], true)
    expect(cued(riot, 'threw').map((c) => c.slice(0, 3))).toEqual(['145'])
    const force = events('Thousands of Gondor soldiers threw grenades at the Rohan embassy.', [{ text: 'Gondor', type: 'LOC' }, { text: 'Rohan', type: 'LOC' }], true)
    expect(cued(force, 'threw').map((c) => c.slice(0, 2))).not.toContain('14')
  })

  it('code-refinements a root noun between two names is a verb the tagger misread ("The U.S. accuses Tehran")', () => {
    const ev = events('The U.S. accuses Tehran of seeking nuclear weapons.', [{ text: 'U.S.', type: 'LOC' }, { text: 'Tehran', type: 'LOC' }])
    expect(ev.map(brief)).toContain('112 U.S. → Tehran')
  })
})

describe('stances expressed and words as attacks', () => {
  it('code-refinements the stance expressed is the act: opposition a rejection (120), regret an apology (055)', () => {
    const ev = events('Rohan expressed opposition to the Gondor sanctions. Gondor expressed its sincere regrets.', [{ text: 'Rohan', type: 'LOC' }, { text: 'Gondor', type: 'LOC' }], true)
    expect(cued(ev, 'expressed').map((c) => c.slice(0, 3))).toEqual(['120', '055'])
  })

  it('code-refinements a commitment expressed is an intent to cooperate, and an unnamed stance is no disapproval (110)', () => {
    const all: MentionSpec[] = [{ text: 'Faramir Dane', type: 'PER' }, { text: 'Gondor', type: 'LOC' }, { text: 'Rohan', type: 'LOC' }]
    const events = (text: string) => eventsOf(text, all.filter((m) => text.includes(m.text)), true)
    const ev = events('Faramir Dane visited Rohan and expressed Gondor\'s commitment to rebuilding the country.')
    expect(cued(ev, 'expressed').map((c) => c.slice(0, 3))).toEqual(['030'])
    expect(ev.map((e) => e.cameoRoot).filter((r) => Number(r) >= 11)).toEqual([])
    // no stance named: no event at all, not the dictionary's default disapproval
    const plain = events('Faramir Dane expressed the views of Gondor at the meeting.')
    expect(cued(plain, 'expressed')).toEqual([])
    // the stances the dictionary names still code
    const concern = events('Rohan expressed concern about the Gondor army.')
    expect(cued(concern, 'expressed').map((c) => c.slice(0, 3))).toEqual(['012'])
  })

  it('code-refinements a killing nobody is named for is unconventional violence (18), a bombing by a bomb; a named force\'s, or of combatants, stays 19', () => {
    const bomb = events('A Rohan soldier was killed by a roadside bomb near Edoras on Monday.', [{ text: 'Rohan', type: 'LOC' }, { text: 'Edoras', type: 'LOC' }])
    expect(cued(bomb, 'killed').map((c) => c.slice(0, 3))).toEqual(['183'])
    const unclaimed = events('Two Gondor policemen were killed in Osgiliath on Tuesday.', [{ text: 'Gondor', type: 'LOC' }, { text: 'Osgiliath', type: 'LOC' }], true)
    expect(cued(unclaimed, 'killed').map((c) => c.slice(0, 2))).toEqual(['18'])
    const army = events('The Gondor army killed three Mordor fighters in Osgiliath.', [{ text: 'Gondor', type: 'LOC' }, { text: 'Mordor', type: 'LOC' }, { text: 'Osgiliath', type: 'LOC' }])
    expect(cued(army, 'killed').map((c) => c.slice(0, 2))).toEqual(['19'])
    const fighters = events('Five Mordor fighters were killed near Osgiliath on Tuesday.', [{ text: 'Mordor', type: 'LOC' }, { text: 'Osgiliath', type: 'LOC' }], true)
    expect(cued(fighters, 'killed').map((c) => c.slice(0, 2))).toEqual(['19'])
    const strike = events('An airstrike killed five Mordor fighters near Osgiliath.', [{ text: 'Mordor', type: 'LOC' }, { text: 'Osgiliath', type: 'LOC' }], true)
    expect(strike.map((e) => e.cameoRoot)).toContain('19')
    expect(strike.map((e) => e.cameoRoot)).not.toContain('18')
  })

  it('code-refinements attacking verbally is criticism (111)', () => {
    const ev = events('Aragorn Vell verbally attacked Gondor in a speech.', [{ text: 'Aragorn Vell', type: 'PER' }, { text: 'Gondor', type: 'LOC' }])
    expect(cued(ev, 'attacked')).toEqual(['111 Aragorn Vell → Gondor'])
  })

  it('code-refinements a bomb that exploded is a bombing (183) the loose coder proposes with nobody named', () => {
    const ev = events('A car bomb exploded at a checkpoint in Baquba.', [{ text: 'Baquba', type: 'LOC' }], true)
    expect(cued(ev, 'exploded').map((c) => c.slice(0, 2))).toEqual(['18'])
  })

  it('code-refinements people taken by an irregular armed group are abducted (181), by the police arrested (173)', () => {
    const gondor: MentionSpec[] = [{ text: 'Gondor', type: 'LOC' }]
    expect(cued(events('Militants captured two Gondor soldiers near the border.', gondor), 'captured').map((c) => c.slice(0, 3))).toEqual(['181'])
    expect(cued(events('Two Gondor soldiers were captured by militants near the border.', gondor), 'captured').map((c) => c.slice(0, 3))).toEqual(['181'])
    expect(cued(events('Gondor police captured two militants near the border.', gondor), 'captured').map((c) => c.slice(0, 3))).toEqual(['173'])
  })

  it('code-refinements the doer phrase of a passive is no object of a dictionary pattern ("conducted by police" is no police alert)', () => {
    const ev = events('The court heard evidence from wiretaps conducted by police in Gondor.', [{ text: 'Gondor', type: 'LOC' }], true)
    expect(ev.map((e) => e.cameo)).not.toContain('152')
  })

  it('code-refinements a participle telling what a thing that names no party did to a noun is no act ("the industry damaged by the coup")', () => {
    const gondor: MentionSpec[] = [{ text: 'Gondor', type: 'LOC' }]
    expect(cued(events('The tourism industry damaged by the coup in Gondor has recovered.', gondor, true), 'damaged')).toEqual([])
    expect(cued(events('Civilians killed by Gondor troops were buried on Monday.', gondor, true), 'killed').map((c) => c.slice(0, 2))).toEqual(['19'])
  })

  it('code-refinements an offer to hold talks is one intent to meet (036), not an offer and an intent', () => {
    const ev = events('Rohan offered to hold talks with Gondor.', [{ text: 'Rohan', type: 'LOC' }, { text: 'Gondor', type: 'LOC' }])
    expect(ev.map(brief)).toEqual(['036 Rohan → Gondor'])
  })
})
