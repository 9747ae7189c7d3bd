/**
 * What a reader sees for an article: its headline, else a label marked as not one, built from the opening words
 * and the file or page it came from. The label is computed on every read and never stored: an article without a
 * headline keeps no `title` in its metadata.
 * @module
 */

/** The article fields a label is built from (a stored article, or a summary without text). */
export interface Labelled {
  readonly id: string
  readonly title?: string | undefined
  readonly url?: string | undefined
  readonly source?: string | undefined
  readonly text?: string | undefined
}

const OPENING_CHARS = 60

/** A URL without its scheme, or a path's file name: short enough for a line, enough to find the input again. */
export function originName(a: Labelled): string | undefined {
  const origin = a.url ?? a.source
  // text posted to the API records `api` as its source: not a name a reader could find the input by
  if (!origin || !/[./\\]/.test(origin)) return undefined
  if (/^https?:\/\//i.test(origin)) {
    const bare = origin.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')
    return bare.length > OPENING_CHARS ? `${bare.slice(0, OPENING_CHARS - 1)}…` : bare
  }
  return origin.split(/[\\/]/).filter(Boolean).pop()
}

/** The first words of the text, cut at a word boundary, with an ellipsis when cut. */
export function openingWords(text: string): string | undefined {
  const line = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l.length > 0)
  if (!line) return undefined
  if (line.length <= OPENING_CHARS) return line
  const cut = line.slice(0, OPENING_CHARS + 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > OPENING_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, OPENING_CHARS)).replace(/[\s,;:.–—-]+$/, '')}…`
}

/**
 * The headline, else `“opening words…” (no headline, file.txt)`, else `file.txt (no headline)`, else the id:
 * always marked so that it is never read as a title.
 */
export function articleLabel(a: Labelled): string {
  if (a.title?.trim()) return a.title.trim()
  const origin = originName(a)
  const opening = a.text !== undefined ? openingWords(a.text) : undefined
  if (opening) return `“${opening}” (no headline${origin ? `, ${origin}` : ''})`
  if (origin) return `${origin} (no headline)`
  return a.id
}

/** The title (when the article has one) and the label, as facts and mentions carry them. */
export function articleNames(a: Labelled): { readonly articleTitle?: string | undefined; readonly articleLabel: string } {
  return { articleTitle: a.title, articleLabel: articleLabel(a) }
}
