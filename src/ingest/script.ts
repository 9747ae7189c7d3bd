/**
 * Which writing system an article is in, by the share of its letters in each script. Dossier's analysis
 * (NER, events, claims) is English-only; an article mostly in another script is stored with a warning
 * instead of silently yielding no entities. No language model: the script alone tells Arabic, Cyrillic,
 * Chinese… from English, which is what the warning needs.
 * @module
 */

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u], ['Arabic', /\p{Script=Arabic}/u], ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u], ['Greek', /\p{Script=Greek}/u], ['Han', /\p{Script=Han}/u],
  ['Hiragana/Katakana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ['Hangul', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u], ['Thai', /\p{Script=Thai}/u], ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u], ['Ethiopic', /\p{Script=Ethiopic}/u], ['Bengali', /\p{Script=Bengali}/u],
]

/** Letters counted (from the start of the text) to judge the script; enough for any article, bounded for huge ones. */
const SAMPLE_LETTERS = 20_000
/** Fewer letters than this and the text is too short to judge. */
const MIN_LETTERS = 20
/** Below this share of Latin letters the text is not English. */
export const MIN_LATIN_SHARE = 0.5

/** Share of letters per script, most frequent first, and how many letters were counted. */
export function scriptShares(text: string): { letters: number; shares: Array<{ script: string; share: number }> } {
  const counts = new Map<string, number>()
  let letters = 0
  let latin = 0
  for (let i = 0; i < text.length && letters < SAMPLE_LETTERS; i++) {
    const c = text.charCodeAt(i)
    // ASCII first, without a regex: nearly every character of an English article
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { latin++; letters++ }
      continue
    }
    // General Punctuation (curly quotes, dashes, ellipses: most of an English article's other characters) has no letter
    if (c >= 0x2000 && c <= 0x206f) continue
    const cp = text.codePointAt(i)!
    if (cp > 0xffff) i++
    const ch = String.fromCodePoint(cp)
    if (!/\p{L}/u.test(ch)) continue
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other'
    counts.set(script, (counts.get(script) ?? 0) + 1)
    letters++
  }
  if (latin) counts.set('Latin', (counts.get('Latin') ?? 0) + latin)
  const shares = [...counts].map(([script, n]) => ({ script, share: n / letters }))
  return { letters, shares: shares.sort((a, b) => b.share - a.share || (a.script < b.script ? -1 : 1)) }
}

/** A warning when the text is mostly in a script other than Latin, else undefined. */
export function languageWarning(text: string): string | undefined {
  const { letters, shares } = scriptShares(text)
  if (letters < MIN_LETTERS) return undefined
  const latin = shares.find((s) => s.script === 'Latin')?.share ?? 0
  if (latin >= MIN_LATIN_SHARE) return undefined
  const top = shares[0]!
  return `E_LANGUAGE: ${Math.round(100 * top.share)} % of the letters are ${top.script === 'other' ? 'in a non-Latin script' : `${top.script} script`}; ` +
    'the article is stored, but analysis is English-only, so expect few or no entities, events or claims'
}
