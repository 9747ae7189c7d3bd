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

  it('issue: a feed entry that failed is named by its page URL, not as "feed#page" (which re-fetches the whole feed), and a loopback one with --allow-private', () => {
    const hint = failuresHint([
      { item: 'http://127.0.0.1:8080/feed.xml#http://127.0.0.1:8080/a.html' }, { item: 'http://127.0.0.1:8080/feed.xml#http://127.0.0.1:8080/b.html' },
    ])
    expect(hint).toBe('ingest the inputs again once fixed (no article was stored from them): dossier ingest --allow-private "http://127.0.0.1:8080/a.html" "http://127.0.0.1:8080/b.html"\n')
    expect(failuresHint([{ item: 'https://news.example.org/rss#https://news.example.org/x' }])).toMatch(/dossier ingest "https:\/\/news.example.org\/x"\n$/)
  })
})
