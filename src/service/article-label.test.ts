import { describe, expect, it } from 'vitest'
import { articleLabel } from './article-label.js'

describe('articleLabel', () => {
  it('articleLabel keeps a headline as it is', () => {
    expect(articleLabel({ id: 'article_1', title: 'Police arrest protest leaders in Kala', source: '/in/a.txt' })).toBe('Police arrest protest leaders in Kala')
  })
  it('articleLabel marks the opening words of an article without a headline, with its file name', () => {
    const text = 'Rebel fighters attacked an army checkpoint near the northern town of Kala on Monday, killing four soldiers.\n\nMore.'
    expect(articleLabel({ id: 'article_1', source: '/data/in/68955.txt', text })).toBe('“Rebel fighters attacked an army checkpoint near the northern…” (no headline, 68955.txt)')
  })
  it('articleLabel names a page by its address when no text is at hand', () => {
    expect(articleLabel({ id: 'article_1', url: 'https://www.example.org/2019/11/kala-attack/' })).toBe('example.org/2019/11/kala-attack (no headline)')
  })
  it('articleLabel falls back to the id only when nothing else is known', () => {
    expect(articleLabel({ id: 'article_1', text: '  \n ' })).toBe('article_1')
  })
})
