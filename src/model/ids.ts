import * as crypto from 'node:crypto'

/** Node's one-shot digest (20.12+; no Hash object per call), else a Hash object: the same hex either way. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash
const sha1Hex = oneShot ? (s: string) => oneShot('sha1', s, 'hex') : (s: string) => crypto.createHash('sha1').update(s).digest('hex')

/**
 * Build a deterministic id from natural-key parts, FtM `make_entity_id` style.
 * Throws when there is nothing to hash rather than hashing nothing.
 */
export function hashId(prefix: string, ...parts: Array<string | number | undefined | null>): string {
  // every present part followed by the separator, hashed as one string (the same bytes as one update per piece)
  let key = ''
  for (const p of parts) if (p !== undefined && p !== null && p !== '') key += `${p}\u241f`
  if (key === '') throw new Error(`hashId(${prefix}) called without key parts`)
  return `${prefix}_${sha1Hex(key).slice(0, 16)}`
}


/** Hash of normalised text: whitespace folded, so re-saves of the same article hash alike. */
export function contentHash(text: string): string {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  return crypto.createHash('sha256').update(norm).digest('hex')
}
