/**
 * A plain name-list matcher: finds given names in an article's text (longest
 * first, whole words, case-sensitive so "IS" is not "is") and makes mentions.
 * For tests and for users who bring a list of names instead of an NER model.
 * Nominal aliases can point at their antecedent's name ("the Salafist group" →
 * "Wilayat Sinai"): the mention gets antecedentId of the nearest earlier mention
 * of that name.
 * @module
 */
import { hashId } from '../model/index.js'
import type { EntityType, Mention, MentionKind } from '../model/index.js'

export interface NameSpec {
  readonly text: string
  readonly type: EntityType
  readonly kind?: MentionKind
  /** For nominals: the name whose nearest earlier mention is the antecedent. */
  readonly refersTo?: string
  readonly subtype?: string
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function mentionsFromNames(articleId: string, text: string, names: readonly NameSpec[], stage = 'mentions.names.v1'): Mention[] {
  const sorted = [...names].sort((a, b) => b.text.length - a.text.length)
  const taken: Array<[number, number]> = []
  const found: Array<{ start: number; end: number; spec: NameSpec }> = []
  for (const spec of sorted) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRe(spec.text)}(?![\\p{L}\\p{N}_])`, 'gu')
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null) {
      const start = m.index
      const end = start + m[0].length
      if (taken.some(([a, b]) => start < b && a < end)) continue
      taken.push([start, end])
      found.push({ start, end, spec })
    }
  }
  found.sort((a, b) => a.start - b.start)
  const out: Mention[] = []
  for (const f of found) {
    const id = hashId('mention', articleId, f.start, f.end)
    let antecedentId: string | undefined
    if (f.spec.refersTo) {
      const target = f.spec.refersTo
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.text === target || out[k]!.text.startsWith(target)) { antecedentId = out[k]!.id; break }
    }
    out.push({
      id, articleId, start: f.start, end: f.end, text: text.slice(f.start, f.end), type: f.spec.type,
      kind: f.spec.kind ?? 'name', stage,
      ...(f.spec.subtype ? { subtype: f.spec.subtype } : {}),
      ...(antecedentId ? { antecedentId } : {}),
    })
  }
  return out
}
