import { describe, expect, it } from 'vitest'
import type { Article, Claim, EventCluster } from '../model/index.js'
import { claimReview } from './claimreview.js'

describe('ClaimReview export', () => {
  it('a claim from an article read from a file (no URL) still leads back to its words: article id and offsets', () => {
    const text = 'The rebels denied attacking the convoy near Goma.'
    const article = { id: 'article_0123456789abcdef', text, contentHash: 'h', outlet: 'Kivu Monitor' } as Article
    const content = { start: 18, end: 48, text: text.slice(18, 48) }
    const claim = {
      id: 'claim_1', articleId: article.id, source: { start: 0, end: 10, text: 'The rebels', anonymous: false },
      cue: { start: 11, end: 17, text: 'denied' }, content, stance: 'deny', hedged: false, hedges: [], quote: false, about: ['event_1'],
    } as Claim
    const cluster: EventCluster = { id: 'cluster_1', cameoRoot: '19', eventIds: ['event_1'], reports: 1, independentSources: 1 }
    const r = claimReview(claim, article, cluster, { reliability: 'C', credibility: '5', reasons: ['only denials: The rebels'] }, undefined) as any
    expect(r.itemReviewed.appearance.identifier).toBe('article_0123456789abcdef')
    const [id, range] = String(r.itemReviewed.identifier).split('#char=')
    const [start, end] = range!.split(',').map(Number)
    expect(id).toBe(article.id)
    expect(text.slice(start, end)).toBe(r.claimReviewed)
  })
})
