import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { extractClaims } from './extract.js'

async function claimsOf(text: string, mentions: MentionSpec[] = []) {
  const doc: AnnotatedDoc = await syntaxStage.run(docBuilder(text, { mentions }), { resources: {} })
  return extractClaims({ ...doc, events: [] })
}

describe('speaker nouns tagged as adjectives', () => {
  it('claims read "The official said X will …" with "official" tagged as an adjective as the official\'s claim', async () => {
    const claims = await claimsOf('The broadcaster showed the match without a license. The official said SBS will decide on measures after the review.')
    expect(claims.find((c) => c.cue.text === 'said')?.source.text).toBe('The official')
  })

  it('claims give no source to an expectation ("The council is expected to …")', async () => {
    const claims = await claimsOf('The council is expected to take up the issue on Wednesday.')
    expect(claims).toEqual([])
  })
})
