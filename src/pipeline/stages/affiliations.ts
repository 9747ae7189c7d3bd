/**
 * affiliations.rules.v1 — roles and memberships from appositions and titles
 * ("Mumtaz Dugmush, commander of the Army of Islam"), kept with the article so
 * resolution can turn them into member_of / part_of relations.
 * @module
 */
import { extractAffiliations } from '../../resolve/affiliations.js'
import type { Stage } from '../../model/index.js'

export const affiliationsStage: Stage = {
  key: 'affiliations.rules.v1',
  requires: ['doc.sentences', 'doc.tokens', 'doc.mentions'],
  assigns: ['doc.affiliations'],
  run(doc) {
    return { ...doc, affiliations: extractAffiliations(doc) }
  },
}
