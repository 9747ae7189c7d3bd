/**
 * segment.wink.v1 — sentences and tokens with offsets into Article.text; the segmenter lives in `src/text`.
 * @module
 */
import type { Stage } from '../../model/index.js'
import { segmentText } from '../../text/segment.js'

export const segmentStage: Stage = {
  key: 'segment.wink.v1',
  requires: ['doc.text'],
  assigns: ['doc.sentences', 'doc.tokens'],
  run(doc) {
    const { sentences, tokens } = segmentText(doc.article.text)
    return { ...doc, sentences, tokens }
  },
}
