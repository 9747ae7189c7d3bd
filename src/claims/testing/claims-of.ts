/** Test support: the claims of a made-up text, parsed by the real syntax stage, with the given mentions. */
import type { AnnotatedDoc, Claim } from '../../model/index.js'
import { syntaxStage } from '../../pipeline/stages/syntax.js'
import { docBuilder, type MentionSpec } from '../../text/testing/doc-builder.js'
import { extractClaims } from '../extract.js'

async function parsed(text: string, mentions: MentionSpec[]): Promise<AnnotatedDoc> {
  return syntaxStage.run(docBuilder(text, { mentions }), { resources: {} })
}

/** The claims of the text (no events). */
export async function claimsIn(text: string, mentions: MentionSpec[] = []): Promise<Claim[]> {
  return extractClaims({ ...(await parsed(text, mentions)), events: [] })
}

/** Each claim with the text of the mention its source names (undefined for an unnamed source). */
export async function claimsOf(text: string, mentions: MentionSpec[] = []): Promise<Array<{ claim: Claim; mention: string | undefined }>> {
  const doc = await parsed(text, mentions)
  const byId = new Map((doc.mentions ?? []).map((m) => [m.id, m.text]))
  return extractClaims({ ...doc, events: [] }).map((claim) => ({ claim, mention: claim.source.mentionId ? byId.get(claim.source.mentionId) : undefined }))
}

/** Each claim as [source, cue, content], the texts a reader checks first. */
export async function claimTriples(text: string, mentions: MentionSpec[] = []): Promise<string[][]> {
  return (await claimsOf(text, mentions)).map(({ claim: c }) => [c.source.text, c.cue.text, c.content.text])
}

/** Each claim of the text as [cue, stance]. */
export async function claimStances(text: string, mentions: MentionSpec[] = []): Promise<string[][]> {
  return (await claimsIn(text, mentions)).map((c) => [c.cue.text, c.stance])
}
