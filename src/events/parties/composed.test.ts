import { describe, expect, it } from 'vitest'
import { extractEvents } from '../extract.js'
import { defaultActorCoder } from '../actor-codes.js'
import { parsedDoc } from '../testing/parsed.js'
import { eventCandidates, partyContext } from './candidates.js'
import { rankParties } from './ranker.js'
import { articleCountry, bareStateBody, compositions, composedRole, countryNames, includedStateBody, peoplePhrase } from './composed.js'

const turkish = parsedDoc('Turkish officials say soldiers have killed 10 Kurdish guerrillas in a clash.', {
  mentions: [{ text: 'Turkish', type: 'NORP' }, { text: 'Kurdish', type: 'NORP' }],
})

describe('composed state bodies', () => {
  it('composed state body: a bare body of a state is one ("the police", "Security forces"), a named or non-state one is not', () => {
    const role = (text: string) => ({ start: 0, end: text.length, text })
    expect(bareStateBody(role('the police'))).toBe(true)
    expect(bareStateBody(role('Security forces'))).toBe(true)
    expect(bareStateBody(role('Iraqi police'))).toBe(false)
    expect(bareStateBody(role('the rebels'))).toBe(false)
    expect(bareStateBody({ ...role('the police'), mentionId: 'm1' })).toBe(false)
  })

  it('composed state body takes the country or people named last before it in its paragraph, never across a paragraph', () => {
    const text = 'Turkish officials say soldiers attacked.\n\nPolice arrested two men.'
    const doc = parsedDoc(text, { mentions: [{ text: 'Turkish', type: 'NORP' }] })
    const names = countryNames(doc)
    const soldiers = { start: text.indexOf('soldiers'), end: text.indexOf('soldiers') + 8, text: 'soldiers' }
    expect(composedRole(text, soldiers, names)?.role).toMatchObject({ ...soldiers, mentionId: names[0]!.id })
    const police = { start: text.indexOf('Police'), end: text.indexOf('Police') + 6, text: 'Police' }
    expect(composedRole(text, police, names)).toBeUndefined()
  })

  it('composed state body with no country named before it in its paragraph takes the first named after it there ("security forces …, Burmese officials say")', () => {
    const text = 'Security forces clashed with rebels on Thursday, Burmese officials say.\n\nIndian police arrested two men.'
    const doc = parsedDoc(text, { mentions: [{ text: 'Burmese', type: 'NORP' }, { text: 'Indian', type: 'NORP' }] })
    const names = countryNames(doc)
    const forces = { start: 0, end: 15, text: 'Security forces' }
    expect(composedRole(text, forces, names)?.role.mentionId).toBe(names[0]!.id)
    // not across a paragraph
    const alone = 'Security forces clashed with rebels.\n\nIndian police arrested two men.'
    expect(composedRole(alone, { start: 0, end: 15, text: 'Security forces' }, countryNames(parsedDoc(alone, { mentions: [{ text: 'Indian', type: 'NORP' }] })))).toBeUndefined()
  })

  it('composed state body is a party candidate of its own beside the bare phrase, coded as the country\'s agent (TUR + MIL)', () => {
    const events = extractEvents(turkish)
    const kill = events.find((e) => e.cue.text === 'killed')!
    const cs = eventCandidates(partyContext(turkish, events), kill)
    const soldiers = cs.actor.filter((c) => c.role?.text === 'soldiers')
    expect(soldiers.map((c) => c.role?.mentionId === undefined)).toEqual([true, false])
    expect(soldiers[1]!.features).toContain('Ak=comp/NORP')
    expect(defaultActorCoder().forDoc(turkish).code(soldiers[1]!.role!)).toBe('TURMIL')
    expect(defaultActorCoder().forDoc(turkish).code(soldiers[0]!.role!)).toBe('---MIL')
  })

  it('party ranker may choose the composed body over the bare phrase: the event\'s actor keeps the phrase\'s span and stands for the country\'s mention', () => {
    const events = extractEvents(turkish)
    const pick = (w: number) => rankParties(turkish, events, { version: 1, weights: { 'Ak=comp/NORP': w }, ownBonus: 0, noneBonus: 0 }).find((e) => e.cue.text === 'killed')!
    const turkey = turkish.mentions!.find((m) => m.text === 'Turkish')!
    expect(pick(5).actor).toMatchObject({ text: 'soldiers', mentionId: turkey.id })
    expect(pick(-5).actor?.mentionId).toBeUndefined()
  })
})

describe('composed state bodies with the country inside their phrase', () => {
  const role = (text: string, phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase })

  it('composed included body: "Chinese officials" stands for China, coded as the phrase (CHN…), "five Palestinian civilians" for the Palestinians; a party without a country inside does not', () => {
    const text = 'Chinese officials denied a request by the rebels.'
    const doc = parsedDoc(text, { mentions: [{ text: 'Chinese', type: 'NORP' }] })
    const names = countryNames(doc)
    const chinese = doc.mentions!.find((m) => m.text === 'Chinese')!
    const c = includedStateBody(role(text, 'Chinese officials'), names)
    expect(c).toMatchObject({ how: 'incl', role: { text: 'Chinese officials', mentionId: chinese.id } })
    expect(defaultActorCoder().forDoc(doc).code(c!.role)).toMatch(/^CHN/)
    expect(includedStateBody(role(text, 'the rebels'), names)).toBeUndefined()
    const text2 = 'Israeli troops shot five Palestinian civilians.'
    const doc2 = parsedDoc(text2, { mentions: [{ text: 'Israeli', type: 'NORP' }, { text: 'Palestinian', type: 'NORP' }] })
    const palestinian = doc2.mentions!.find((m) => m.text === 'Palestinian')!
    expect(includedStateBody(role(text2, 'five Palestinian civilians'), countryNames(doc2))?.role.mentionId).toBe(palestinian.id)
    expect(includedStateBody(role(text2, 'five civilians'), countryNames(doc2))).toBeUndefined()
  })

  it('composed included body is a party candidate of its own beside the phrase: "Afghan troops" as Afghanistan\'s, chosen by its weight', () => {
    const doc = parsedDoc('Afghan troops have killed six militants in Helmand.', { mentions: [{ text: 'Afghan', type: 'NORP' }, { text: 'Helmand', type: 'LOC' }] })
    const events = extractEvents(doc)
    const afghan = doc.mentions!.find((m) => m.text === 'Afghan')!
    const troops = eventCandidates(partyContext(doc, events), events.find((e) => e.cue.text === 'killed')!).actor.filter((c) => c.role?.text === 'Afghan troops')
    expect(troops.map((c) => c.role?.mentionId)).toEqual([undefined, afghan.id])
    expect(troops[1]!.features).toContain('Ak=incl/NORP')
    const pick = (w: number) => rankParties(doc, events, { version: 1, weights: { 'Ak=incl/NORP': w }, ownBonus: 0, noneBonus: 0 }).find((e) => e.cue.text === 'killed')!
    expect(pick(5).actor).toMatchObject({ text: 'Afghan troops', mentionId: afghan.id })
    expect(pick(-5).actor).not.toMatchObject({ text: 'Afghan troops', mentionId: afghan.id })
  })
})

describe('a people phrase as the country the article is about', () => {
  const text = 'Iraq says its army will hold the city. Iraqi officials met in Baghdad. Jordan sent aid.\n\nIn Kirkuk, insurgents ambushed a police patrol, killing four officers and Hamas fighters.'
  const built = parsedDoc(text, { mentions: [{ text: 'Iraq', type: 'LOC' }, { text: 'Iraqi', type: 'NORP' }, { text: 'Jordan', type: 'LOC' }, { text: 'Kirkuk', type: 'LOC' }, { text: 'Hamas', type: 'ORG' }] })
  // the recogniser's subtype of a country's name
  const doc = { ...built, mentions: built.mentions!.map((m) => (m.text === 'Iraq' || m.text === 'Jordan' ? { ...m, subtype: 'country' } : m)) }
  const names = countryNames(doc)
  const coder = defaultActorCoder().forDoc(doc)
  const country = (m: { start: number; end: number; text: string; id: string }) => coder.code({ start: m.start, end: m.end, text: m.text, mentionId: m.id })?.slice(0, 3)
  const role = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase })

  it('article country: the country named most, "Iraq" and "Iraqi" counted as one (by their actor code), stood for by its country name', () => {
    expect(articleCountry(names, country)?.text).toBe('Iraq')
    expect(articleCountry([], country)).toBeUndefined()
  })

  it('article country: "four officers" with no country in its paragraph stands for it; a phrase with a name inside, an armed group or a leader does not', () => {
    const main = articleCountry(names, country)!
    expect(peoplePhrase(role('four officers'))).toBe(true)
    expect(compositions(text, role('four officers'), names, main)).toMatchObject([{ how: 'art', role: { text: 'four officers', mentionId: main.id } }])
    expect(coder.code(compositions(text, role('four officers'), names, main)[0]!.role)).toMatch(/^IRQ/)
    expect(compositions(text, role('Hamas fighters'), names, main, () => true)).toEqual([])
    expect(peoplePhrase(role('insurgents'))).toBe(false)
    // a body with a country named before it in its paragraph is composed with that one, not with the article's
    expect(compositions(text, role('Iraqi officials'), names, main).map((c) => c.how)).toEqual(['incl'])
  })
})
