/**
 * A capital speaks for its state: "Tehran says", "Washington insists", "Officials in Moscow said" are the governments
 * of Iran, the United States and Russia, as the news golds code them. The places stage says which country a place name
 * is the capital of (`PlaceAnnotation.capitalOf`, on LOC mentions); the speaker becomes the article's own mention of that country —
 * the nearest before the source, else the first after it — so it resolves to the country's entity. An article that
 * never names the country keeps the capital.
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'

/**
 * The country whose capital the mention names, from doc.places: its own place, or — for a capital the recogniser typed
 * as an organisation, as it often does when the capital speaks ("Tehran insists") — the place of a mention of the same
 * name elsewhere in the article.
 */
function capitalCountry(doc: AnnotatedDoc, m: Mention): string | undefined {
  if (m.type !== 'LOC' && m.type !== 'ORG') return undefined
  const byId = new Map((doc.mentions ?? []).map((x) => [x.id, x]))
  for (const p of doc.places ?? []) {
    if (p.capitalOf && (p.mentionId === m.id || byId.get(p.mentionId)?.text === m.text)) return p.capitalOf
  }
  return undefined
}

/** The article's mention of the country a capital speaks for, or undefined when `m` is no capital or the country goes unnamed. */
export function stateOfCapital(doc: AnnotatedDoc, m: Mention, src: Span): Mention | undefined {
  const code = capitalCountry(doc, m)
  if (!code) return undefined
  const ids = new Set((doc.places ?? []).filter((p) => p.kind === 'country' && p.country === code).map((p) => p.mentionId))
  const named = (doc.mentions ?? []).filter((x) => ids.has(x.id) && (x.kind ?? 'name') === 'name')
  const before = named.filter((x) => x.end <= src.start)
  return before[before.length - 1] ?? named.find((x) => x.start >= src.end)
}

/** The mention a source speaks through: the state for a capital, else the mention itself. */
export function speakingMention(doc: AnnotatedDoc, m: Mention | undefined, src: Span): Mention | undefined {
  return m ? (stateOfCapital(doc, m, src) ?? m) : undefined
}
