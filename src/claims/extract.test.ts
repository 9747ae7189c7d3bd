import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { hashId, textSpan } from '../model/index.js'
import type { Claim, Event } from '../model/index.js'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { extractClaims } from './extract.js'
import { gradeEvent, type GradeClaim } from './grade.js'

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/seeds/${name}`, import.meta.url)), 'utf8')
const DOC_A = '000_fd7dbad812d8e2ee.txt'
const DOC_B = '002_11856984715dfee0.txt'

/** Hand-placed mentions with entity ids, as the NER and resolution stages would give them. */
const ENTITY: Record<string, string> = {
  'Hamas': 'hamas', 'Islamic State': 'islamic_state', 'IS': 'islamic_state', 'Abu Baker Almuhajer': 'almuhajer', 'Almuhajer': 'almuhajer',
  'Breitbart Jerusalem': 'breitbart_jerusalem', 'Wilayat Sinai': 'wilayat_sinai', 'Wilyat Sinai': 'wilayat_sinai',
}
const MENTIONS: MentionSpec[] = [
  { text: 'Hamas', type: 'ORG' }, { text: 'Islamic State', type: 'ORG' }, { text: 'IS', type: 'ORG' },
  { text: 'Breitbart Jerusalem', type: 'ORG' },
]

/** Hand-built events: [id, cue word, nth occurrence] — what the events stage is expected to find. */
const EVENTS: Record<string, Array<[string, string, number]>> = {
  [DOC_A]: [['e_intercept_shipment', 'intercepted', 0], ['e_demand_release', 'demand', 0], ['e_marzook_visit', 'traveled', 0], ['e_arrests_500', 'arrested', 0], ['e_arrests_salafists', 'arrests', 0]],
  [DOC_B]: [['e_infiltration', 'infiltrate', 0], ['e_detain_four', 'taken', 0], ['e_order_dugmush', 'ordered', 0], ['e_fled', 'flee', 0]],
}

function seedDoc(name: string): AnnotatedDoc {
  const text = seed(name)
  const extra: MentionSpec[] = name === DOC_A
    ? [{ text: 'Abu Baker Almuhajer', type: 'PER' }, { text: 'Wilayat Sinai', type: 'ORG' }]
    : [{ text: 'Wilyat Sinai', type: 'ORG' }]
  // with its syntax, as the claims stage requires (cues are found by lemma)
  const doc = syntaxStage.run(docBuilder(text, { mentions: [...MENTIONS, ...extra] }), { resources: {} }) as AnnotatedDoc
  // A bare "Almuhajer" is its own mention where it is not part of the full name.
  const mentions = [...doc.mentions!]
  if (name === DOC_A) {
    const re = /(?<!Baker )Almuhajer/g
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null) {
      mentions.push({ id: hashId('mention', doc.article.id, m.index, m.index + 9), articleId: doc.article.id, start: m.index, end: m.index + 9, text: 'Almuhajer', type: 'PER', kind: 'name', stage: 'test.v1' })
    }
  }
  const events: Event[] = EVENTS[name]!.map(([id, word, nth]) => {
    let at = -1
    for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1)
    if (at < 0) throw new Error(`${word} not in ${name}`)
    const sentence = doc.sentences!.find((s) => s.start <= at && at < s.end)!
    return { id, articleId: doc.article.id, cameo: '010', cameoRoot: '01', cue: textSpan(text, at, at + word.length), sentence: { start: sentence.start, end: sentence.end }, modality: 'asserted' }
  })
  return {
    ...doc,
    mentions: mentions.map((m) => (ENTITY[m.text] ? { ...m, entityId: ENTITY[m.text] } : m)).sort((a, b) => a.start - b.start),
    events,
  }
}

/** The seed gold claims (gold.json, non-optional), written out here. */
interface GoldClaim { doc: string; speaker: string; named: boolean; affiliation: string; verb: string; stance: Claim['stance']; about: string; via?: string; hedged?: boolean }
const GOLD: GoldClaim[] = [
  { doc: DOC_A, speaker: 'almuhajer', named: true, affiliation: 'islamic_state', verb: 'told', stance: 'assert', via: 'Breitbart Jerusalem', about: 'e_intercept_shipment' },
  { doc: DOC_A, speaker: 'a senior Hamas operative', named: false, affiliation: 'hamas', verb: 'confirmed', stance: 'confirm', via: 'Breitbart Jerusalem', about: 'e_intercept_shipment' },
  { doc: DOC_A, speaker: 'almuhajer', named: true, affiliation: 'islamic_state', verb: 'says', stance: 'assert', about: 'e_demand_release' },
  { doc: DOC_A, speaker: 'The Hamas official', named: false, affiliation: 'hamas', verb: 'said', stance: 'assert', about: 'e_marzook_visit' },
  { doc: DOC_A, speaker: 'almuhajer', named: true, affiliation: 'islamic_state', verb: 'added', stance: 'assert', about: 'e_arrests_500' },
  { doc: DOC_B, speaker: 'a senior jihadist associated with IS', named: false, affiliation: 'islamic_state', verb: 'claimed', stance: 'assert', hedged: true, via: 'Breitbart Jerusalem', about: 'e_infiltration' },
  { doc: DOC_B, speaker: 'The jihadist', named: false, affiliation: 'islamic_state', verb: 'said', stance: 'assert', about: 'e_detain_four' },
]

function matches(c: Claim, g: GoldClaim): boolean {
  const speakerOk = g.named
    ? c.source.entityId === g.speaker
    : c.source.anonymous && (c.source.text.toLowerCase().includes(g.speaker.toLowerCase()) || g.speaker.toLowerCase().includes(c.source.text.toLowerCase()))
  return speakerOk && c.cue.text.toLowerCase().includes(g.verb) && c.stance === g.stance && c.about.includes(g.about)
}

describe('extractClaims on the seed articles', () => {
  const claims: Record<string, Claim[]> = { [DOC_A]: extractClaims(seedDoc(DOC_A)), [DOC_B]: extractClaims(seedDoc(DOC_B)) }

  for (const g of GOLD) {
    it(`extractClaims finds ${g.speaker} ${g.verb} (${g.about})`, () => {
      const found = claims[g.doc]!.filter((c) => matches(c, g))
      expect(found, JSON.stringify(claims[g.doc]!.map((c) => [c.source.text, c.cue.text, c.stance, c.about]))).toHaveLength(1)
      const c = found[0]!
      expect(c.source.affiliation).toBe(g.affiliation)
      expect(c.source.anonymous).toBe(!g.named)
      if (g.via) expect(c.via).toBe(g.via)
      if (g.hedged) { expect(c.hedged).toBe(true); expect(c.hedges).toContain('claimed') }
    })
  }

  it('extractClaims resolves "he" and a bare surname to the earlier named speaker', () => {
    const he = claims[DOC_A]!.find((c) => c.source.text === 'He' && c.cue.text === 'added')!
    const full = claims[DOC_A]!.find((c) => c.source.text.startsWith('Abu Baker Almuhajer'))!
    expect(he.source.antecedentClaimId).toBe(full.id)
    expect(he.source.entityId).toBe('almuhajer')
    expect(he.source.mentionId).toBe(full.source.mentionId)
  })

  it('extractClaims types "a senior Hamas operative" as anonymous, senior, Hamas', () => {
    const c = claims[DOC_A]!.find((x) => x.cue.text === 'confirmed')!
    expect(c.source).toMatchObject({ anonymous: true, rank: 'senior', affiliation: 'hamas', descriptor: 'a senior Hamas operative' })
  })

  it('extractClaims carries "The source" back to the anonymous jihadist of the first paragraph', () => {
    const first = claims[DOC_B]!.find((c) => c.cue.text === 'claimed' && c.source.text.startsWith('a senior jihadist'))!
    const later = claims[DOC_B]!.filter((c) => /^the (jihadist )?source$/i.test(c.source.text))
    expect(later.length).toBeGreaterThanOrEqual(4)
    for (const c of later) expect(c.source).toMatchObject({ antecedentClaimId: first.id, anonymous: true, affiliation: 'islamic_state', rank: 'senior' })
  })

  it('extractClaims gives every span the text it covers and ids from natural keys', () => {
    for (const [name, cs] of Object.entries(claims)) {
      const text = seed(name)
      for (const c of cs) {
        expect(text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text)
        expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text)
        expect(text.slice(c.source.start, c.source.end)).toBe(c.source.text)
        expect(c.id).toBe(hashId('claim', c.articleId, c.cue.start, c.content.start))
      }
    }
  })

  it('extractClaims works without mentions or events', () => {
    const doc = seedDoc(DOC_B)
    const bare = extractClaims({ article: doc.article, sentences: doc.sentences!, tokens: doc.tokens!, syntax: doc.syntax! })
    const c = bare.find((x) => x.cue.text === 'claimed' && x.source.text.startsWith('a senior jihadist'))!
    expect(c.source).toMatchObject({ anonymous: true, rank: 'senior', affiliation: 'IS' })
    expect(c.about).toEqual([])
  })

  it('gradeEvent on the seed interception carries the cross-side confirmation', () => {
    const reporting = claims[DOC_A]!.filter((c) => c.about.includes('e_intercept_shipment'))
    const input: GradeClaim[] = reporting.map((c) => ({
      sourceKey: c.source.entityId ?? c.source.descriptor ?? c.source.text, anonymous: c.source.anonymous,
      ...(c.source.affiliation ? { affiliation: c.source.affiliation } : {}), stance: c.stance, hedged: c.hedged,
      articleId: c.articleId, ...(c.via ? { outlet: c.via } : {}), label: c.source.descriptor ?? c.source.text.split(',')[0]!,
    }))
    const hostile = new Set(['hamas|islamic_state', 'islamic_state|hamas', 'hamas|wilayat_sinai', 'wilayat_sinai|hamas'])
    const grade = gradeEvent({ claims: input, adversaries: (a, b) => hostile.has(`${a}|${b}`), allied: (a, b) => a === b || (a === 'islamic_state' && b === 'wilayat_sinai') || (b === 'islamic_state' && a === 'wilayat_sinai'), party: { actor: 'wilayat_sinai', target: 'hamas' } })
    expect(grade.credibility).toBe('1')
    expect(grade.reliability).toBe('B')
    expect(grade.reasons.join('\n')).toMatch(/confirmed by the opposing side: a senior Hamas operative confirms what Abu Baker Almuhajer/)
  })
})
