import { describe, expect, it } from 'vitest'
import { findQuotes } from './quotes.js'

const texts = (t: string) => findQuotes(t).map((q) => t.slice(q.start, q.end))

describe('findQuotes', () => {
  it('findQuotes answers each text with its own quotes when texts alternate (the kept answer is the last text\'s only)', () => {
    const a = 'He said “yes.”'
    const b = 'No quote here, she said.'
    expect(texts(a)).toEqual(['“yes.”'])
    expect(texts(b)).toEqual([])
    expect(texts(a)).toEqual(['“yes.”'])
    expect(findQuotes(a)).toBe(findQuotes(a))
  })
  it('findQuotes pairs curly, straight and doubled-apostrophe quotes', () => {
    expect(texts(`He said “no way,” then "yes" and ''maybe.''`)).toEqual(['“no way,”', '"yes"', "''maybe.''"])
  })
  it('findQuotes keeps a quote open across paragraphs that each reopen it', () => {
    const t = 'He said: “First part.\n\n“Second part.”\nAfter.'
    expect(texts(t)).toEqual(['“First part.\n\n“Second part.”'])
  })
  it('findQuotes closes an unbalanced quote at its paragraph end', () => {
    expect(texts('She said “open only\nNext paragraph.')).toEqual(['“open only'])
  })
  it('findQuotes does not take apostrophes for quotes', () => {
    expect(texts("Hamas’ efforts and Trump's plan")).toEqual([])
  })
  it('findQuotes reads three apostrophes as an inner single quote and the doubled one', () => {
    expect(texts("''I would call him 'a throwback,''' said Lane. '''Fair' is a strong word,'' he added.")).toEqual([
      "''I would call him 'a throwback,'''", "'''Fair' is a strong word,''",
    ])
  })
})
