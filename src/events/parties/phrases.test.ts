import { describe, expect, it } from 'vitest'
import { extractEvents } from '../extract.js'
import { defaultActorCoder } from '../actor-codes.js'
import { parsedDoc } from '../testing/parsed.js'
import { sentenceViews } from '../sentence-view.js'
import { eventCandidates, ownParty, partyContext } from './candidates.js'
import { rankParties } from './ranker.js'
import { widenedNames } from './phrases.js'
import type { AnnotatedDoc } from '../../model/index.js'

/** The widened names of a document's first sentence, as texts. */
function widened(doc: AnnotatedDoc): string[] {
  const text = doc.article.text
  const words = (doc.tokens ?? []).map((t) => text.slice(t.start, t.end).toLowerCase())
  const v = sentenceViews(doc, words, () => true)[0]!
  return widenedNames(v, text, doc.tokens ?? []).map((r) => r.text)
}

describe('names at the granularity of their noun phrase', () => {
  it('widened name: a title joins a person\'s name ("Mr. Bush"), a country before the title does not; a determiner alone adds nothing', () => {
    expect(widened(parsedDoc('Mr. Bush met with the Taleban on Monday.', { mentions: [{ text: 'Bush', type: 'PER' }, { text: 'Taleban', type: 'ORG' }] }))).toEqual(['Mr. Bush'])
    const hu = widened(parsedDoc('Chinese President Hu Jintao met Kim Jong Il in Beijing.', { mentions: [{ text: 'Chinese', type: 'NORP' }, { text: 'Hu Jintao', type: 'PER' }, { text: 'Kim Jong Il', type: 'PER' }, { text: 'Beijing', type: 'LOC' }] }))
    expect(hu).toEqual(['President Hu Jintao'])
    expect(widened(parsedDoc('The Taleban attacked a convoy on Monday.', { mentions: [{ text: 'Taleban', type: 'ORG' }] }))).toEqual([])
  })

  it('widened name: an institution keeps the country that owns it ("Ukraine\'s Supreme Court"), and the party keeps its mention and code', () => {
    const doc = parsedDoc("Ukraine's Supreme Court has invalidated the results of the runoff.", { mentions: [{ text: 'Ukraine', type: 'LOC' }, { text: 'Supreme Court', type: 'ORG' }] })
    expect(widened(doc)).toEqual(["Ukraine's Supreme Court"])
  })

  it('widened name: the party candidate is the whole phrase standing for the name\'s mention, the coder\'s own choice with its bonus', () => {
    const doc = parsedDoc('Mr. Bush met with the Taleban on Monday.', { mentions: [{ text: 'Bush', type: 'PER' }, { text: 'Taleban', type: 'ORG' }] })
    const events = extractEvents(doc)
    const met = events.find((e) => e.cue.text.startsWith('met'))!
    const bush = doc.mentions!.find((m) => m.text === 'Bush')!
    const cs = eventCandidates(partyContext(doc, events), met)
    expect(cs.actor.map((c) => c.role?.text)).toContain('Mr. Bush')
    expect(cs.actor.map((c) => c.role?.text)).not.toContain('Bush')
    const mr = cs.actor.find((c) => c.role?.text === 'Mr. Bush')!.role!
    expect(mr.mentionId).toBe(bush.id)
    // the coder named the name; its phrase carries the coder's choice
    expect(met.actor).toMatchObject({ text: 'Bush', mentionId: bush.id })
    expect(ownParty(mr, met.actor)).toBe(true)
    // with no weights the coder's own choice wins by its bonus, now at the phrase's granularity
    const ranked = rankParties(doc, events, { version: 1, weights: {}, ownBonus: 6, noneBonus: 0 }).find((e) => e.id === met.id)!
    expect(ranked.actor).toMatchObject({ text: 'Mr. Bush', mentionId: bush.id })
    expect(defaultActorCoder().forDoc(doc).code(mr)).toBe(defaultActorCoder().forDoc(doc).code({ start: bush.start, end: bush.end, text: 'Bush', mentionId: bush.id }))
  })
})
