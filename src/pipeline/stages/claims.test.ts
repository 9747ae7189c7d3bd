import { describe, expect, it } from 'vitest'
import { textSpan, type AnnotatedDoc } from '../../model/index.js'
import { docBuilder, type MentionSpec } from '../../text/testing/doc-builder.js'
import { runStageConformance } from '../testing/conformance.js'
import { claimsStage } from './claims.js'
import { syntaxStage } from './syntax.js'

/** A hand-built doc with its syntax, which the claims stage requires (cues are found by lemma). */
const parsed = (text: string, mentions: readonly MentionSpec[]) => syntaxStage.run(docBuilder(text, { mentions }), { resources: {} }) as AnnotatedDoc

const TEXT = 'Abu Baker Almuhajer told Breitbart Jerusalem that the group intercepted a Hamas arms shipment and seized its cargo.\n\n' +
  'Speaking to Breitbart Jerusalem, a senior Hamas operative confirmed the report.\n\nThe weather was fine.'

function doc() {
  const d = parsed(TEXT, [{ text: 'Abu Baker Almuhajer', type: 'PER' }, { text: 'Hamas', type: 'ORG' }, { text: 'Breitbart Jerusalem', type: 'ORG' }])
  const cue = (w: string, id: string) => {
    const at = TEXT.indexOf(w)
    const s = d.sentences!.find((x) => x.start <= at && at < x.end)!
    return { id, articleId: d.article.id, cameo: '171', cameoRoot: '17', cue: textSpan(TEXT, at, at + w.length), sentence: { start: s.start, end: s.end }, modality: 'asserted' as const }
  }
  return { ...d, events: [cue('intercepted', 'ev_intercept'), cue('seized', 'ev_seize')] }
}

describe('claims.syntax.v26', () => {
  it('claims stage declares what it reads and writes', () => {
    expect(claimsStage.key).toBe('claims.syntax.v26')
    expect(claimsStage.requires).toEqual(['doc.sentences', 'doc.tokens', 'doc.syntax', 'doc.mentions', 'doc.events'])
    expect(claimsStage.assigns).toEqual(['doc.claims'])
  })
  it('claims stage links sources to mentions and claims to every event in their content', async () => {
    const d = doc()
    const out = await claimsStage.run(d, { resources: {} })
    const told = out.claims!.find((c) => c.cue.text === 'told')!
    expect(told.source.mentionId).toBe(d.mentions!.find((m) => m.text === 'Abu Baker Almuhajer')!.id)
    expect(told.about).toEqual(['ev_intercept', 'ev_seize'])
    const confirmed = out.claims!.find((c) => c.cue.text === 'confirmed')!
    expect(confirmed).toMatchObject({ stance: 'confirm', via: 'Breitbart Jerusalem', about: ['ev_intercept', 'ev_seize'] })
    expect(confirmed.source).toMatchObject({ anonymous: true, affiliation: 'Hamas', rank: 'senior' })
  })
  it('claims stage keeps a person spoken to out of the outlet', async () => {
    const d = parsed('The minister told Vladimir Putin that the deal was dead.', [{ text: 'Vladimir Putin', type: 'PER' }])
    const out = await claimsStage.run({ ...d, events: [] }, { resources: {} })
    expect(out.claims![0]!.cue.text).toBe('told')
    expect(out.claims![0]!.via).toBeUndefined()
  })
  it('claims stage finds no claim in a sentence that reports nothing', async () => {
    const out = await claimsStage.run(parsed('The weather was fine. Roads were open.', []), { resources: {} })
    expect(out.claims).toEqual([])
  })
  it('claims stage gives each article of a batch the claims run gives it alone (runMany), one without sentences included', async () => {
    const told = parsed('The minister told Vladimir Putin that the deal was dead.', [{ text: 'Vladimir Putin', type: 'PER' }])
    const bare = { ...docBuilder('Hamas said so.'), sentences: undefined, events: [] }
    const batch = [doc(), { ...told, events: [] }, bare, parsed('The weather was fine.', [])]
    const many = await claimsStage.runMany!(batch, { resources: {} })
    expect(many).toHaveLength(batch.length)
    for (const [i, d] of many.entries()) expect(d).toEqual(await claimsStage.run(batch[i]!, { resources: {} }))
    expect(many[1]!.claims!.map((c) => c.cue.text)).toEqual(['told'])
    expect(many[2]!.claims).toEqual([])
  })
})

runStageConformance(claimsStage, () => [doc()])
