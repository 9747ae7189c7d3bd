import { describe, expect, it } from 'vitest'
import { classifyBlocks, classifyLine, isDateLine, type Block } from './boilerplate.js'

const block = (text: string, extra: Partial<Block> = {}): Block => ({ text, tag: 'p', caption: false, heading: false, listItem: false, linkChars: 0, ...extra })

describe('boilerplate', () => {
  it('boilerplate flags comment prompts', () => {
    expect(classifyLine("Please let us know if you're having issues with commenting.")).toBe('comments')
    expect(classifyLine('Comments')).toBeDefined()
    expect(classifyLine('Leave a comment below and join the discussion')).toBe('comments')
  })

  it('boilerplate flags share and subscribe lines', () => {
    expect(classifyLine('Share Tweet Submit')).toBe('share')
    expect(classifyLine('Like this story? Share it with a friend!')).toBe('share')
    expect(classifyLine('Click here to subscribe to The Paradigm Newsletter')).toBeDefined()
    expect(classifyLine('Sign up for our daily newsletter')).toBe('subscribe')
  })

  it('boilerplate flags captions, credits and time stamps', () => {
    expect(classifyLine('Photo: David Zalubowski, STF / Associated Press')).toBe('caption')
    expect(classifyLine('The plague wiped out half of Europe (Image: GETTY)')).toBe('caption')
    expect(classifyLine('Image 1 of 9')).toBe('caption')
    expect(classifyLine('(Reporting by Jane Doe; Editing by John Roe)')).toBe('credit')
    expect(classifyLine('Published 7:07 PM EST Nov 19, 2019')).toBe('timestamp')
    expect(isDateLine('Nov. 20, 2019 5:52 AM EST')).toBe(true)
    expect(isDateLine('63')).toBe(false)
  })

  it('boilerplate keeps ordinary news sentences', () => {
    for (const s of [
      'Disney continued to sign up additional subscribers throughout the day, Mayer said.',
      'A senior Hamas operative confirmed the report, adding that the group demanded 20% of the cost.',
      'Israeli aircraft struck a weapons depot in Khan Yunis, the army said in a statement.',
      'The photo was taken on Sunday in Gaza.',
      'Comments by the minister drew criticism from the opposition, which called them reckless and demanded an apology.',
    ]) expect(classifyLine(s), s).toBeUndefined()
  })

  it('boilerplate marks captions, link-only teasers and the list after a "More stories" heading', () => {
    const body = 'Officials said the strike hit a depot used by the group to store rockets and mortars near the border.'
    const blocks = [
      block(body), block(body.replace('depot', 'warehouse')),
      block('Troops at the crossing.', { caption: true }),
      block(body.replace('depot', 'base')),
      block('More from World', { heading: true }),
      block('Ceasefire talks stall in Cairo as mediators leave'),
      block('Aid convoy reaches the north', { linkChars: 28 }),
    ]
    const flags = classifyBlocks(blocks, { title: 'Strike hits depot' })
    expect(flags.slice(0, 4)).toEqual([undefined, undefined, 'caption', undefined])
    expect(flags[4]).toBeDefined()
    expect(flags[5]).toBe('teasers')
    expect(flags[6]).toBe('link')
  })

  it('boilerplate marks a repeated headline and a navigation run of links', () => {
    const blocks = [
      block('Local', { linkChars: 3 }), block('Obits', { linkChars: 3 }), block('Cars', { linkChars: 2 }),
      block('Strike hits depot'),
      block('Officials said the strike hit a depot used by the group to store rockets and mortars near the border.'),
    ]
    expect(classifyBlocks(blocks, { title: 'Strike hits depot' })).toEqual(['navigation', 'navigation', 'navigation', 'title', undefined])
  })
})
