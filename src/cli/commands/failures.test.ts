import { describe, expect, it } from 'vitest'
import { failuresHint } from './failures.js'

describe('failures hint', () => {
  it('an empty or binary input (no article stored) is to be ingested again, not reprocessed', () => {
    const hint = failuresHint([{ item: 'notes/empty.txt' }, { item: 'notes/photo.txt' }])
    expect(hint).toBe('ingest the inputs again once fixed (no article was stored from them): dossier ingest "notes/empty.txt" "notes/photo.txt"\n')
    expect(hint).not.toMatch(/reprocess/)
  })

  it('a stage that failed on a stored article is reprocessed; both kinds give both lines', () => {
    expect(failuresHint([{ articleId: 'article_1', item: 'a.txt' }])).toBe('re-run the failed articles once fixed: dossier reprocess --failed\n')
    expect(failuresHint([{ articleId: 'article_1' }, { item: 'feed.xml' }]).split('\n')).toHaveLength(3)
  })
})
