import { describe, expect, it } from 'vitest'
import { findTimes } from './time.js'

describe('findTimes', () => {
  const text = 'On Sunday the envoy left; three months ago the talks failed, and last year the truce held.'
  const times = findTimes(text, 0, text.length, '2016-01-12T10:00:00Z')

  it('time resolves weekdays and relative phrases against the published date', () => {
    expect(times.map((t) => [t.text, t.date])).toEqual([
      ['On Sunday', '2016-01-10'], ['three months ago', '2015-10'], ['last year', '2015'],
    ])
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('time moves a bare weekday to the past for past events', () => {
    const s = 'Arnor signed the accord on Thursday.'
    expect(findTimes(s, 0, s.length, '2016-01-12')[0]?.date).toBe('2016-01-07')
    expect(findTimes(s, 0, s.length, '2016-01-12', false)[0]?.date).toBe('2016-01-14')
  })

  it('time keeps a weekday that is the publication day itself', () => {
    const s = 'Israeli aircraft struck the camp on Tuesday.'
    expect(findTimes(s, 0, s.length, '2016-03-15')[0]?.date).toBe('2016-03-15')
    expect(findTimes(s, 0, s.length, '2016-03-16')[0]?.date).toBe('2016-03-15')
  })

  it('time without a published date keeps only explicit dates', () => {
    const s = 'On Sunday, and on 3 March 2015, they met.'
    expect(findTimes(s, 0, s.length, undefined).map((t) => t.date)).toEqual(['2015-03-03'])
  })
})

describe('findTimes without an article date', () => {
  it('findTimes does not anchor relative dates to today when the article has no date', () => {
    const text = 'They arrived three months ago and swore allegiance last year, before the talks of March 3, 2016.'
    const found = findTimes(text, 0, text.length, undefined)
    expect(found.map((t) => t.date)).toEqual(['2016-03-03'])
  })
})

describe('findTimes on every kind of date phrase', () => {
  // the cheap test before chrono must let through each form chrono reads, written out in words as well as digits
  const phrases: Array<[string, string, string]> = [
    ['The envoy arrived yesterday.', 'yesterday', '2016-01-11'],
    ['They met this morning.', 'this morning', '2016-01-12'],
    ['Talks ended a few days ago.', 'a few days ago', '2016-01-09'],
    ['Troops left half an hour later.', 'half an hour later', '2016-01-12'],
    ['The truce held until the first of May.', 'first of May', '2016-05-01'],
    ['Voting begins on May fifth.', 'May fifth', '2016-05-05'],
    ['The talks failed last month.', 'last month', '2015-12'],
    ['Fighting resumed within two weeks.', 'within two weeks', '2016-01-26'],
    ['The ceasefire began in a couple of days.', 'in a couple of days', '2016-01-14'],
  ]
  it.each(phrases)('findTimes finds the date in "%s"', (s, phrase, date) => {
    expect(findTimes(s, 0, s.length, '2016-01-12T10:00:00Z').map((t) => [t.text, t.date])).toEqual([[phrase, date]])
  })
})
