/**
 * Build docs by hand for stage unit tests (spaCy's hand-built Doc): no model runs.
 * @module
 */
import { contentHash, hashId } from '../../model/index.js'
import type { Article, EntityType, Mention } from '../../model/index.js'
import type { AnnotatedDoc } from '../../model/index.js'
import { segmentText } from '../segment.js'

export function makeArticle(text: string, meta: Partial<Article> = {}): Article {
  const hash = contentHash(text)
  return { id: hashId('article', hash), text, contentHash: hash, boilerplate: [], ...meta }
}

export interface MentionSpec {
  /** Surface text to find. */
  readonly text: string
  readonly type: EntityType
  /** Which occurrence (0-based); all occurrences when omitted. */
  readonly nth?: number
  readonly kind?: Mention['kind']
}

/** A segmented doc with the given mentions placed at their occurrences in the text. */
export function docBuilder(text: string, opts: { meta?: Partial<Article>; mentions?: readonly MentionSpec[]; segment?: boolean } = {}): AnnotatedDoc {
  const article = makeArticle(text, opts.meta)
  const seg = opts.segment === false ? {} : segmentText(text)
  if (!opts.mentions) return { article, ...seg }
  const mentions: Mention[] = []
  for (const spec of opts.mentions) {
    let from = 0
    let n = 0
    for (;;) {
      const at = text.indexOf(spec.text, from)
      if (at < 0) break
      from = at + spec.text.length
      const before = text[at - 1]
      const after = text[at + spec.text.length]
      if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue
      if (spec.nth === undefined || spec.nth === n) {
        mentions.push({
          id: hashId('mention', article.id, at, at + spec.text.length), articleId: article.id, start: at, end: at + spec.text.length,
          text: spec.text, type: spec.type, kind: spec.kind ?? 'name', stage: 'test.v1',
        })
      }
      n++
    }
    if (n === 0) throw new Error(`docBuilder: "${spec.text}" not found in text`)
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end)
  return { article, ...seg, mentions }
}
