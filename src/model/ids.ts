import { createHash } from 'node:crypto'

/**
 * Build a deterministic id from natural-key parts, FtM `make_entity_id` style.
 * Throws when there is nothing to hash rather than hashing nothing.
 */
export function hashId(prefix: string, ...parts: Array<string | number | undefined | null>): string {
  const present = parts.filter((p): p is string | number => p !== undefined && p !== null && p !== '')
  if (present.length === 0) throw new Error(`hashId(${prefix}) called without key parts`)
  const h = createHash('sha1')
  for (const p of present) {
    h.update(String(p))
    h.update('\u241f')
  }
  return `${prefix}_${h.digest('hex').slice(0, 16)}`
}


/** Hash of normalised text: whitespace folded, so re-saves of the same article hash alike. */
export function contentHash(text: string): string {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  return createHash('sha256').update(norm).digest('hex')
}
