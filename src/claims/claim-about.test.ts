import { describe, expect, it } from 'vitest'
import { textSpan } from '../model/index.js'
import type { AnnotatedDoc, Claim, Event } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { extractClaims } from './extract.js'

/** A parsed doc with hand-placed events: [id, cue word] — what the events stage is expected to find. */
function docWithEvents(text: string, events: Array<[string, string]>, mentions: MentionSpec[] = []): AnnotatedDoc {
  const present = mentions.filter((m) => text.includes(m.text))
  const doc = syntaxStage.run(docBuilder(text, { mentions: present }), { resources: {} }) as AnnotatedDoc
  const evs: Event[] = events.map(([id, word]) => {
    const at = text.indexOf(word)
    if (at < 0) throw new Error(`${word} not in text`)
    const sentence = doc.sentences!.find((s) => s.start <= at && at < s.end)!
    return { id, articleId: doc.article.id, cameo: '190', cameoRoot: '19', cue: textSpan(text, at, at + word.length), sentence: { start: sentence.start, end: sentence.end }, modality: 'asserted' }
  })
  return { ...doc, events: evs }
}

const claimOf = (claims: Claim[], cue: string): Claim | undefined => claims.find((c) => c.cue.text === cue)

describe('claim.about', () => {
  const places: MentionSpec[] = [{ text: 'Sudan', type: 'LOC' }, { text: 'Chad', type: 'LOC' }, { text: 'United Nations', type: 'ORG' }, { text: 'Taliban', type: 'ORG' }]

  it('extractClaims links a claim to the event whose cue is in its content', () => {
    const text = 'Provincial police said Taliban fighters attacked a police post in Helmand on Monday. The United Nations says it is following the situation closely.'
    const claims = extractClaims(docWithEvents(text, [['e_attack', 'attacked']], places))
    expect(claimOf(claims, 'said')?.about).toEqual(['e_attack'])
    expect(claimOf(claims, 'says')?.about).toEqual([])
  })

  it('extractClaims does not link "denies the claim" to an attack another speaker reported before the claim it denies', () => {
    const text = 'Taliban fighters attacked a police post in Helmand on Monday, killing five officers, provincial police said. The United Nations says it is following the situation closely. Chad has accused Sudan of arming rebels in the east. Sudan denies the claim.'
    const claims = extractClaims(docWithEvents(text, [['e_attack', 'attacked'], ['e_accuse', 'accused']], places))
    expect(claimOf(claims, 'denies')).toMatchObject({ stance: 'deny', about: [] })
  })

  it('extractClaims links "denied the report" to what the speaker just before reported', () => {
    const text = 'Provincial police said Taliban fighters attacked a police post in Helmand on Monday. A Taliban spokesman denied the report.'
    const claims = extractClaims(docWithEvents(text, [['e_attack', 'attacked']], places))
    expect(claimOf(claims, 'denied')).toMatchObject({ stance: 'deny', about: ['e_attack'] })
  })

  it('extractClaims links "denied the report" to the attack the article states in its own voice', () => {
    const text = 'Taliban fighters attacked a police post in Helmand on Monday, killing five officers. A Taliban spokesman denied the report.'
    const claims = extractClaims(docWithEvents(text, [['e_attack', 'attacked'], ['e_kill', 'killing'], ['e_deny', 'denied']], places))
    expect(claimOf(claims, 'denied')).toMatchObject({ stance: 'deny', about: ['e_attack', 'e_kill'] })
  })

  it('extractClaims links "rejected those allegations" to the nearest sentence that states an event, not an older one', () => {
    const text = 'Rebels ambushed an army convoy near the border in March. Government troops shelled two villages near Kassala on Friday. The United Nations rejected those allegations.'
    const claims = extractClaims(docWithEvents(text, [['e_ambush', 'ambushed'], ['e_shell', 'shelled']], places))
    expect(claimOf(claims, 'rejected')?.about).toEqual(['e_shell'])
  })

  it('extractClaims prefers a later claim of another speaker to an event stated before it', () => {
    const text = 'Rebels ambushed an army convoy near the border on Friday. Chad has accused Sudan of arming the rebels. Sudan denies the claim.'
    const claims = extractClaims(docWithEvents(text, [['e_ambush', 'ambushed'], ['e_accuse', 'accused']], places))
    expect(claimOf(claims, 'denies')).toMatchObject({ stance: 'deny', about: [] })
  })

  it('extractClaims leaves a denial with a content of its own to the events in it', () => {
    const text = 'Rebels ambushed an army convoy near the border on Friday. Sudan denies that its troops shelled any village.'
    const claims = extractClaims(docWithEvents(text, [['e_ambush', 'ambushed'], ['e_shell', 'shelled']], places))
    expect(claimOf(claims, 'denies')?.about).toEqual(['e_shell'])
  })
})
