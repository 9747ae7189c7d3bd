import type { Affiliation, Article, Claim, Event, Mention, Sentence, Token } from './schemas.js'
import type { DocSyntax } from './syntax.js'

/** Annotations a stage can require or assign. */
export const ANNOTATIONS = [
  'doc.text',
  'doc.sentences',
  'doc.tokens',
  'doc.mentions',
  'doc.corefLinks',
  'doc.events',
  'doc.claims',
  'doc.places',
  'doc.affiliations',
  'doc.syntax',
] as const
export type Annotation = (typeof ANNOTATIONS)[number]

/** Within-document link from a mention (short form, nominal, pronoun, acronym) to its antecedent. */
export interface CorefLink {
  readonly from: string
  readonly to: string
  readonly reason: string
  /** Where the referring phrase stands in the article text (set by the links that add a mention for it). */
  readonly span?: { readonly start: number; readonly end: number }
}

/** A resolved place for a LOC mention. */
export interface PlaceAnnotation {
  readonly mentionId: string
  readonly name: string
  readonly kind: string
  readonly country?: string
  readonly lat?: number
  readonly lon?: number
  /** ISO2 of the country whose capital the name is ("Tehran" → IR, "Washington" → US): a capital can speak for its state ("Tehran says"). */
  readonly capitalOf?: string
}

/**
 * An article plus its annotations. Stages never mutate it; they return a new one.
 * Everything with offsets points into `article.text`.
 */
export interface AnnotatedDoc {
  readonly article: Article
  readonly sentences?: readonly Sentence[]
  readonly tokens?: readonly Token[]
  readonly mentions?: readonly Mention[]
  readonly corefLinks?: readonly CorefLink[]
  readonly events?: readonly Event[]
  readonly claims?: readonly Claim[]
  readonly places?: readonly PlaceAnnotation[]
  readonly affiliations?: readonly Affiliation[]
  readonly syntax?: DocSyntax
}

export function annotationPresent(doc: AnnotatedDoc, a: Annotation): boolean {
  switch (a) {
    case 'doc.text': return typeof doc.article.text === 'string'
    case 'doc.sentences': return doc.sentences !== undefined
    case 'doc.tokens': return doc.tokens !== undefined
    case 'doc.mentions': return doc.mentions !== undefined
    case 'doc.corefLinks': return doc.corefLinks !== undefined
    case 'doc.events': return doc.events !== undefined
    case 'doc.claims': return doc.claims !== undefined
    case 'doc.places': return doc.places !== undefined
    case 'doc.affiliations': return doc.affiliations !== undefined
    case 'doc.syntax': return doc.syntax !== undefined
  }
}

/**
 * Does [start, end) overlap text that stages skip: a boilerplate span, or the dateline prefix
 * ("TEL AVIV —", which is metadata, not event text)?
 */
export function inBoilerplate(article: Article, start: number, end: number): boolean {
  const d = article.datelineSpan
  if (d && start < d.end && d.start < end) return true
  return article.boilerplate.some((b) => start < b.end && b.start < end)
}
