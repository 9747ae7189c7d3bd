/**
 * claims.syntax.v26 — attributed claims: who said it (named or a typed anonymous
 * source), the cue, the content, stance and hedges, the outlet it came through,
 * speaker continuity across sentences, the events each claim is about, and its kind
 * (a claim of fact, or the speaker's own position: v6). v7 reads more of a release's constructions
 * ("informed X that …", "issued a statement saying …", "denies this", a body's own "we believe"). v8 finds cues by
 * lemma (doc.syntax) and names a descriptor's person ("A White House spokesman, Scott McClellan"). v9 reads stance by the
 * cue's lemma and names the person heading a source phrase ("Secretary Michael Chertoff Friday in Baton Rouge").
 * v10 links "denies the claim" only to what the nearest earlier speaker reported, and reads no topic after a time word
 * ("who agreed today on the structure …") as content. v11 links a denial or confirmation of "the report" / "those
 * allegations" to the events the article states in its own voice in the nearest earlier sentence, when no other
 * speaker's claim comes after them; and an unnamed official speaks for the body its descriptor names ("Chinese
 * officials": China, anonymous). v12: a generic source whose phrase names no body speaks for the one the text names
 * ("The government said" the state named nearest before it, "The commission says" the organisation), and a definite
 * title is the person the article names with it ("Brazil's foreign minister" after "Foreign Minister Celso Amorim"); a
 * coordinated source is its first conjunct's name ("Hezbollah and other Lebanese factions"). v13: a source span holds no time
 * adverbial or dateline ("The pope Thursday", "Wednesday, Mr. Larijani"); "it" never continues a person and, with no
 * speaker to continue, is the body named before it; an accusation ("accused X of …", "blamed X for …") is a claim of fact
 * (docs/voa-news-gold.md, "Accusations are claims"). v15: an outlet noun's own name is a named source ("The state-run
 * Xinhua news agency" is Xinhua), and a source cut short by a hyphenated premodifier the tagger read as a verb takes it
 * back ("Ethiopian state-run television", "A U.S.-funded radio station"); "the Iraqi government" speaks for the country
 * its phrase names; "X and Y blamed each other" is a claim by each party; a definite office-holder with no earlier
 * holder named is the person who opens the next sentence as a reporting verb's subject ("Ukraine's foreign minister says …
 * Boris Tarasyuk told reporters …"); a titled name in apposition after a comma is the source ("A local education official,
 * provincial education chief Hayabullah Rafiqi"); "declared a state of emergency" is an act (kind position), not a claim of fact.
 * v16: a capital speaks for its state ("Tehran says" is Iran when the article names Iran; `PlaceAnnotation.capitalOf`,
 * places.gazetteer.v3); "could", "probably" or "likely" near the content's start makes a claim a hedge, like "may".
 * v17: words the VOA training golds code as hedges ("is expected to", "hopes", "unclear"; learned-hedges.ts, learned by
 * scripts/attribution-hedge-words.ts) in the content's first words make a claim a hedge.
 * v18: a verb of naming with an object and its predicate is an assertion ("called the election a defeat for terrorism");
 * "X says troops detained …" parsed with "troops" as the object of "says" is a claim; a content that opens with a
 * subjectless "to"-infinitive ("hopes to win", "declined to comment") is a position, except after "claims"; what a
 * document shows or predicts is its content, also as a noun phrase ("The report shows a slight rise in sales"); "quotes Y
 * as denying Z" is Y's denial (any reporting participle after "as", not only "saying").
 * v19: a learned stance model (stance-model.ts, models/claims/stance.json, trained by scripts/train-stance.ts) overrides
 * the stance rules where it gives another stance a probability of at least 0.7.
 * v20: a source that is a description coreference linked to a name ("The group said" after "the Taleban",
 * definite-descriptions.ts) takes that name's mention and is no longer anonymous; its text stays as written.
 * v22: the stance model also reads the claim's document context (stance-context.ts): for a negated or predicted ("will",
 * "would") content, its subject, an accusation earlier in the article, and an earlier claim by another source it takes up.
 * v24: a definite description is the person the article names with it (described-person.ts: "The 71-year-old
 * musician said …" then "James Brown finished …", "The Republican from Mississippi says" after "Senator Trent Lott has
 * introduced …").
 * v25: a subject that names nobody gives no claim ("No group has claimed responsibility", "No one could decide"), and a
 * time word is never a source unless a name hangs in apposition below it ("Friday said", "Sunday expected").
 * v26: what a verb reports past the parser's slips — "at least four people died" is no topic, "says the raid Friday
 * was …", "say in one case, a bomb exploded …", "made it clear during his press conference that …", "called the release
 * a humanitarian gesture", "expect Rita to enter the Gulf" (a hedge); a speaker hung on a time word ("Scottish officials
 * Wednesday said") is still the subject; and a pronoun inside its speaker's own statement in the same sentence speaks as
 * that speaker ("told VOA he could not confirm").
 * @module
 */
import { extractClaimsMany } from '../../claims/extract.js'
import { batchStage, type Stage } from '../../model/index.js'

/** Every article's attributions, then every article's claims (extractClaimsMany). */
export const claimsStage: Stage = batchStage({
  key: 'claims.syntax.v26',
  requires: ['doc.sentences', 'doc.tokens', 'doc.syntax', 'doc.mentions', 'doc.events'],
  assigns: ['doc.claims'],
}, (docs) => {
  const claims = extractClaimsMany(docs)
  return docs.map((doc, i) => ({ ...doc, claims: claims[i]! }))
})
