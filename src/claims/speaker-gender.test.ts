import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { extractClaims } from './extract.js'

/** The parsed doc with a pronoun mention linked (as coreference would) to the mention of `to`. */
async function linked(text: string, mentions: MentionSpec[], pronoun: { text: string; nth: number }, to: string): Promise<AnnotatedDoc> {
  const doc = await syntaxStage.run(docBuilder(text, { mentions: [...mentions, { text: pronoun.text, type: 'PER', nth: pronoun.nth, kind: 'pronoun' }] }), { resources: {} })
  const target = doc.mentions!.find((m) => m.text === to)!
  return { ...doc, events: [], mentions: doc.mentions!.map((m) => (m.kind === 'pronoun' ? { ...m, antecedentId: target.id } : m)) }
}

describe('a pronoun source and the speaker it continues', () => {
  it('"He said" right after a speaker stands for that speaker, not the person coreference took from further back', async () => {
    const doc = await linked('Pope Arno made his plea in the square. Norland\'s president says Velsk will never abandon its program. He said the Europeans must understand the treaty.',
      [{ text: 'Arno', type: 'PER' }, { text: 'Norland', type: 'LOC' }, { text: 'Velsk', type: 'LOC' }], { text: 'He', nth: 0 }, 'Arno')
    const claims = extractClaims(doc)
    const he = claims.find((c) => c.source.text === 'He')
    expect(he?.source.antecedentClaimId).toBe(claims.find((c) => c.source.text === "Norland's president")?.id)
    expect(doc.mentions!.find((m) => m.id === he?.source.mentionId)?.kind).not.toBe('pronoun')
  })

  it('"she" keeps coreference\'s person when the speaker it would continue is shown to be a man', async () => {
    const doc = await linked('Ms. Kask visited the court on Monday. Mr. Tamm says the court is in a coma. But she said the trial must go on.',
      [{ text: 'Kask', type: 'PER' }, { text: 'Tamm', type: 'PER' }], { text: 'she', nth: 0 }, 'Kask')
    const she = extractClaims(doc).find((c) => c.source.text === 'she')
    expect(doc.mentions!.find((m) => m.id === she?.source.mentionId)?.kind).toBe('pronoun')
  })
})
