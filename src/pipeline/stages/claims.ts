/**
 * claims.syntax.v5 — attributed claims: who said it (named or a typed anonymous
 * source), the cue, the content, stance and hedges, the outlet it came through,
 * speaker continuity across sentences, and the events each claim is about.
 * @module
 */
import { extractClaims } from '../../claims/extract.js'
import type { Stage } from '../../model/index.js'

export const claimsStage: Stage = {
  key: 'claims.syntax.v5',
  requires: ['doc.sentences', 'doc.tokens', 'doc.syntax', 'doc.mentions', 'doc.events'],
  assigns: ['doc.claims'],
  run(doc) {
    return { ...doc, claims: extractClaims(doc) }
  },
}
