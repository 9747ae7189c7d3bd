import { describe, expect, it } from 'vitest'
import type { Event } from '../model/index.js'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'

function events(text: string, mentions: MentionSpec[]): Event[] {
  return extractEvents(parsedDoc(text, { mentions, meta: { published: '2008-01-12' } }))
}
const brief = (e: Event) => `${e.cameo.slice(0, 3)} ${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'} ${e.modality}`

describe('newswire constructions', () => {
  it('accusations: the accused party does the act it is accused of, alleged', () => {
    const ev = events('Syria has accused Israel of violating its air space.', [{ text: 'Syria', type: 'LOC' }, { text: 'Israel', type: 'LOC' }])
    expect(ev.map(brief)).toContain('112 Syria → Israel asserted')
    const act = ev.find((e) => e.cue.text === 'violating')
    expect(act?.actor?.text).toBe('Israel')
    expect(act?.modality).toBe('alleged')
  })

  it('accusations: blaming an act on a party codes the blame (112) and the party\'s act, alleged', () => {
    const ev = events('Opposition politicians in Lebanon blamed the killing on Syria.', [{ text: 'Lebanon', type: 'LOC' }, { text: 'Syria', type: 'LOC' }])
    const act = ev.find((e) => e.cue.text === 'killing')
    expect(act && brief(act)).toBe('190 Syria → — alleged')
    const blame = events('Johnson blames Russia for the bombardment of Aleppo.', [{ text: 'Johnson', type: 'PER' }, { text: 'Russia', type: 'LOC' }, { text: 'Aleppo', type: 'LOC' }])
    expect(blame.map(brief)).toEqual(['112 Johnson → Russia asserted', '194 Russia → Aleppo alleged'])
  })

  it('patient nouns: the possessor of an assassination or an arrest is its victim, not its author', () => {
    const ev = events('Investigators questioned witnesses about Hariri\'s assassination.', [{ text: 'Hariri', type: 'PER' }])
    expect(ev.map(brief)).toEqual(['186 — → Hariri asserted'])
    // the possessor of an attack is still its author
    const attack = events('Hamas\'s attack on Sderot was condemned.', [{ text: 'Hamas', type: 'ORG' }, { text: 'Sderot', type: 'LOC' }])
    expect(attack.find((e) => e.cue.text.includes('attack'))?.actor?.text).toBe('Hamas')
  })

  it('weapons and unnamed attackers: violence is coded on its victim with no actor', () => {
    const ev = events('A roadside bomb killed a U.S. soldier in western Baghdad.', [{ text: 'U.S.', type: 'LOC' }, { text: 'Baghdad', type: 'LOC' }])
    expect(ev.map((e) => `${e.cameoRoot} ${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'}`)).toEqual(['18 — → a U.S. soldier'])
    // an abstract subject of a purpose clause is no attacker ("the operation to liberate Mosul")
    const op = events('The operation to liberate Mosul began on Monday.', [{ text: 'Mosul', type: 'LOC' }])
    expect(op).toEqual([])
  })

  it('undergoing an attack: the subject of "came under attack/fire" is its target', () => {
    const ev = events('A U.S. military convoy came under attack near the airport.', [{ text: 'U.S.', type: 'LOC' }])
    expect(ev.map(brief)).toEqual(['190 — → U.S. asserted'])
    const from = events('The Israeli army base came under rocket fire from Hamas.', [{ text: 'Israeli', type: 'NORP' }, { text: 'Hamas', type: 'ORG' }])
    expect(from.map(brief)).toEqual(['190 Hamas → Israeli asserted'])
  })

  it('obligations: "X says Y must …" is X\'s demand on Y (100), and what must be done is no event', () => {
    const ev = events('The European Union says Iran must stop uranium enrichment.', [{ text: 'European Union', type: 'ORG' }, { text: 'Iran', type: 'LOC' }])
    expect(ev.map(brief)).toEqual(['100 European Union → Iran asserted'])
    // the speaker's own resolve is no demand
    expect(events('We must defeat ISIL.', [{ text: 'ISIL', type: 'ORG' }]).map((e) => e.cameo)).not.toContain('100')
  })

  it('objects decide the code: capturing people is an arrest (173), clearing a court case is no fighting', () => {
    const ev = events('U.S. forces captured two al-Qaida leaders in Mosul.', [{ text: 'U.S.', type: 'LOC' }, { text: 'al-Qaida', type: 'ORG' }, { text: 'Mosul', type: 'LOC' }])
    // a country's forces are a party of their own (USAMIL), as the news golds code them
    expect(ev.map(brief)).toEqual(['173 U.S. forces → al-Qaida asserted'])
    expect(events('The High Court cleared the extradition of a Tunisian suspect.', [{ text: 'High Court', type: 'ORG' }, { text: 'Tunisian', type: 'NORP' }])).toEqual([])
    const villages = events('Iraqi troops cleared three villages of Taleban insurgents.', [{ text: 'Iraqi', type: 'NORP' }, { text: 'Taleban', type: 'ORG' }])
    expect(villages.map((e) => e.cameo)).toEqual(['190'])
  })

  it('newswire phrases: reaching an agreement (057), talking by telephone (041), house arrest (173); leading is no act', () => {
    const deal = events('Russia and Moldova have reached a short term agreement.', [{ text: 'Russia', type: 'LOC' }, { text: 'Moldova', type: 'LOC' }])
    expect(deal.map(brief)).toContain('057 Russia → Moldova asserted')
    const call = events('Sharon and Abbas spoke by telephone on Monday.', [{ text: 'Sharon', type: 'PER' }, { text: 'Abbas', type: 'PER' }])
    expect(call.map(brief)).toContain('041 Sharon → Abbas asserted')
    // speaking with no such phrase stays a claim, no event
    expect(events('Sharon spoke to reporters about Abbas.', [{ text: 'Sharon', type: 'PER' }, { text: 'Abbas', type: 'PER' }])).toEqual([])
    expect(events('Zaken was placed under house arrest.', [{ text: 'Zaken', type: 'PER' }]).map(brief)).toEqual(['173 — → Zaken asserted'])
    expect(events('A delegation led by Joseph Biden met John Sununu.', [{ text: 'Joseph Biden', type: 'PER' }, { text: 'John Sununu', type: 'PER' }])
      .map((e) => e.cue.text)).not.toContain('led')
  })

  it('an intent to meet is the act (036), stated now; a meeting merely scheduled keeps its own code', () => {
    const ev = events('Amir Peretz says he wants to meet with Ariel Sharon by Wednesday.', [{ text: 'Amir Peretz', type: 'PER' }, { text: 'Ariel Sharon', type: 'PER' }])
    expect(ev.map((e) => `${e.cameo} ${e.target?.text} ${e.modality}`)).toEqual(['036 Ariel Sharon asserted'])
    const visit = events('Condoleezza Rice will visit Chile next week.', [{ text: 'Condoleezza Rice', type: 'PER' }, { text: 'Chile', type: 'LOC' }])
    expect(visit.map((e) => `${e.cameo} ${e.modality}`)).toEqual(['042 planned'])
  })

  it('a participial appeal shares its clause\'s subject; a violent participle restating the act does not', () => {
    const ev = events('Thousands of Afghans staged a protest in Khost, urging the government to provide better security.', [{ text: 'Afghans', type: 'NORP' }, { text: 'Khost', type: 'LOC' }])
    expect(ev.map(brief)).toContain('020 Afghans → the government asserted')
    const strike = events('The coalition conducted strikes near Mosul, destroying vehicles.', [{ text: 'Mosul', type: 'LOC' }])
    expect(strike.map((e) => e.cue.text)).not.toContain('destroying')
  })

  it('a report acts for its author; implicating a party is an accusation (112)', () => {
    const ev = events('A report from U.N. investigators implicated Syrian officials in the killing.', [{ text: 'U.N.', type: 'ORG' }, { text: 'Syrian', type: 'NORP' }])
    // "Syrian officials" are a party of their own (descriptors.ts OVER_PLACE_HEADS), not Syria
    expect(ev.map(brief)).toContain('112 U.N. → Syrian officials asserted')
  })

  it('a body telling its own act: "X reports it has captured …" is X\'s act, asserted', () => {
    const ev = events('Meanwhile, the U.S. military reports it has captured two al-Qaida leaders in Mosul.', [{ text: 'U.S.', type: 'LOC' }, { text: 'al-Qaida', type: 'ORG' }, { text: 'Mosul', type: 'LOC' }])
    // "the U.S. military" is the military (USAMIL), not the United States
    expect(ev.map(brief)).toEqual(['173 the U.S. military → al-Qaida asserted'])
  })

  it('a phrasal verb is found with its particle after the object ("rounded them up")', () => {
    const ev = events('Turkish police rounded them up in Adana.', [{ text: 'Turkish', type: 'NORP' }, { text: 'Adana', type: 'LOC' }])
    expect(ev.map((e) => `${e.cameo} ${e.cue.text}`)).toEqual(['173 rounded them up'])
  })

  it('"called on X to …" is an appeal (020), not a telephone call', () => {
    const ev = events('Joel Simon called on Nouri al-Maliki to allow the press to report.', [{ text: 'Joel Simon', type: 'PER' }, { text: 'Nouri al-Maliki', type: 'PER' }])
    expect(ev.map(brief)).toEqual(['020 Joel Simon → Nouri al-Maliki asserted'])
  })

  it('a title that reads as a sentence is coded; a headline is not; a surrender needs no target (0874)', () => {
    const titled = (text: string) => {
      const d = parsedDoc(text, { mentions: [{ text: 'Japan', type: 'LOC' }], meta: { published: '2008-01-12' } })
      return extractEvents({ ...d, article: { ...d.article, titleSpan: { start: 0, end: text.indexOf('\n') } } })
    }
    expect(titled('Japan surrendered unconditionally shortly afterwards, ending the war.\n\nThe war was over.').map((e) => `${e.cameo} ${e.actor?.text}`))
      .toEqual(['0874 Japan'])
    expect(titled('Japan Surrenders To Allied Forces\n\nThe war was over.')).toEqual([])
  })
})
