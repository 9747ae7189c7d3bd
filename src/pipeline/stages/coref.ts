/**
 * coref.rules.v1 — within-document coreference by rules.
 *
 * Sets `antecedentId` on short forms ("Dugmash" → "Mumtaz Dugmush") and
 * acronyms ("IS" → "Islamic State"), and adds nominal mentions the actor
 * knowledge base licenses ("the Salafist group", "the ruling movement in
 * Gaza", "the coastal enclave", "the Egyptians") linked to the nearest earlier
 * mention of a fitting actor. Existing mentions are never removed and their
 * offsets never change. The knowledge base comes from `ctx.resources.kb`
 * (KbActor[]) when given, else the curated one.
 * @module
 */
import { curatedActors, type KbActor } from '../../kb/actors.js'
import { buildKbIndex, matchKb, type KbIndex } from '../../resolve/kb-match.js'
import type { NameType } from '../../resolve/translit.js'
import { COREF_STAGE_KEY, linkWithinDoc } from '../../resolve/within-doc.js'
import { COREF_SYNTAX_STAGE_KEY, linkBySyntax } from '../../resolve/within-doc-syntax.js'
import { commonNounMentions } from '../../resolve/common-nouns.js'
import { linkDescriptions } from '../../resolve/definite-descriptions.js'
import { batchStage, type AnnotatedDoc, type Mention, type Stage, type StageContext } from '../../model/index.js'

const indexes = new WeakMap<readonly KbActor[], KbIndex>()

function kbIndexFor(actors: readonly KbActor[]): KbIndex {
  let idx = indexes.get(actors)
  if (!idx) {
    idx = buildKbIndex(actors)
    indexes.set(actors, idx)
  }
  return idx
}

export const corefStage: Stage = {
  key: COREF_STAGE_KEY,
  requires: ['doc.sentences', 'doc.tokens', 'doc.mentions'],
  assigns: ['doc.corefLinks', 'doc.mentions'],
  run(doc, ctx) {
    const given = ctx.resources['kb']
    const actors = Array.isArray(given) ? (given as KbActor[]) : curatedActors()
    const { mentions, links } = linkWithinDoc(doc.article, doc.mentions ?? [], kbIndexFor(actors))
    return { ...doc, mentions, corefLinks: [...(doc.corefLinks ?? []), ...links] }
  },
}

/**
 * coref.syntax over a batch of documents, each step over every document before the next (common nouns, the name
 * rules, the descriptions, the syntax rules), so each step's tables stay in the caches; each document gets what it would get alone.
 */
function corefBySyntax(docs: readonly AnnotatedDoc[], ctx: StageContext): AnnotatedDoc[] {
  const given = ctx.resources['kb']
  const kb = kbIndexFor(Array.isArray(given) ? (given as KbActor[]) : curatedActors())
  const known = (m: Mention) => matchKb(m.text, m.type as NameType, kb).length > 0
  const common = docs.map((doc) => (doc.syntax && doc.tokens ? commonNounMentions(doc.article, doc.tokens, doc.syntax, doc.mentions ?? [], known) : new Set<string>()))
  const named = docs.map((doc, i) => linkWithinDoc(doc.article, (doc.mentions ?? []).filter((m) => !common[i]!.has(m.id)), kb, COREF_SYNTAX_STAGE_KEY, { notBeforeName: true }))
  return docs.map((doc, i) => {
    const n = named[i]!
    const described = doc.syntax && doc.tokens ? linkDescriptions(doc.article, doc.tokens, doc.syntax, n.mentions, COREF_SYNTAX_STAGE_KEY, kb) : { mentions: n.mentions, links: [] }
    const bySyntax = doc.syntax && doc.tokens ? linkBySyntax(doc.article, doc.tokens, doc.syntax, described.mentions) : { mentions: described.mentions, links: [] }
    return { ...doc, mentions: bySyntax.mentions, corefLinks: [...(doc.corefLinks ?? []), ...n.links, ...described.links, ...bySyntax.links] }
  })
}

/**
 * coref.syntax.v15 — the name rules of v1, then role and group nominals and third-person pronouns read from
 * doc.syntax (src/resolve/within-doc-syntax.ts). v4: a person's short form whose mentions all come before the only
 * full name it could join is left unlinked ("Mr. Kestrel and his son … Orin Kestrel"), as resolution already judged.
 * v7: first, one-word names the parse reads as the head of an indefinite noun phrase ("a Viper", "a Lion" in a
 * fable), and the same words elsewhere in the article, leave doc.mentions (src/resolve/common-nouns.ts); a lone first
 * name joins the one full name opening with it ("Yao" after "Yao Ming"); a name the text calls another name of the one
 * before it ("Bombay, also known as Mumbai") joins it (src/resolve/alias-constructions.ts). v8: an acronym joins a
 * name whose core it spells, without a leading state or parent body or a trailing complement ("COI" for "UN Commission
 * of Inquiry on Syria", "FDA" for "U.S. Food and Drug Administration": `nameCores`), and an acronym in brackets right
 * after a name joins it when clipped from its words ("… Central Command's (NAVCENT)": src/resolve/clipped-acronym.ts).
 * v9: a "he"/"she" takes the nearest sentence with a person first, gender evidence ranking persons only within it; a
 * subject or possessive "he", "she", "it" that no name of its kind precedes takes the one named next when that is the
 * main subject of one of the two sentences after ("He said … . Mr. Karzai was echoing …"). v10: definite descriptions
 * ("the group", "the agency", "the rebel group", "the rebels") link to the body of the nearest sentence that has one
 * they fit, by noun, name and knowledge-base kind (src/resolve/definite-descriptions.ts), replacing the rule that linked
 * a bare group noun only when one organisation was named in three sentences; a role with a people or place before it
 * ("The Iranian president") takes only a person whose titles name that people or place. v11: a subject pronoun already
 * linked is a candidate for a later "he" / "she", standing for its person ("Sunday, she is to meet Ariel Sharon. Before
 * arriving, she told reporters": Rice, not Sharon). v13: an alias construction may put the other name in quotes
 * ("Qayyarah Airfield West, also called “Q-West”", "Mr. Vieira, also known as "Nino""). v15: a numbered designation
 * written with its acronym in brackets before the number ("Task Force (CTF) 50") is named by either full form, alone or
 * after its country ("CTF 50", "US Task Force 50"), as a stated alias (src/resolve/numbered-designation.ts).
 */
export const corefSyntaxStage: Stage = batchStage({
  key: COREF_SYNTAX_STAGE_KEY,
  requires: ['doc.sentences', 'doc.tokens', 'doc.mentions', 'doc.syntax'],
  assigns: ['doc.corefLinks', 'doc.mentions'],
}, corefBySyntax)
