/**
 * Reader for PETRARCH/TABARI CAMEO verb-pattern dictionaries. Used by
 * scripts/build-events-lexicon.ts to derive the shipped cue lexicon, and at run
 * time to add a user's own verb dictionary on top of it.
 *
 * Format: synonym sets (`&NAME` + `+WORD` lines), verb blocks
 * `--- LEMMA [code] ---` listing verb forms (`WORD {IRREGULAR FORMS} [code]`,
 * `+MULTI_WORD` forms) and patterns `- words * words [code]` with `(PREP X)`
 * phrases, `{A B}` compounds, `&SYN` sets and `$ + ^ %` role markers.
 * @module
 */

export type Slot = readonly string[]
/**
 * `reverse` is the code of the mirrored event a `[042:043]` entry implies: A visits B (042)
 * is also B hosting A (043).
 */
export interface VerbPattern { readonly pre: readonly Slot[]; readonly post: readonly Slot[]; readonly code: string; readonly reverse?: string }
export interface VerbBlock { readonly lemma: string; readonly code?: string; readonly reverse?: string; readonly patterns: VerbPattern[] }
export interface VerbLexicon {
  readonly blocks: VerbBlock[]
  /** Upper-case form (words joined by spaces) → [block index, per-form code, per-form reverse code]. */
  readonly forms: Record<string, [number, string?, string?]>
}

const CODE_RE = /^\d{2,4}$/

function firstCode(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const c = raw.split(':')[0]!.trim()
  if (c === '---') return '---'
  return CODE_RE.test(c) ? c : undefined
}

/** The mirrored code of a `[source:target]` pair, when both halves are codes. */
function reverseCode(raw: string | undefined): string | undefined {
  const parts = raw?.split(':')
  if (!parts || parts.length !== 2) return undefined
  const r = parts[1]!.trim()
  return CODE_RE.test(r) && CODE_RE.test(parts[0]!.trim()) ? r : undefined
}

/** Regular English inflections of an upper-case verb. */
export function inflect(b: string): string[] {
  const out = new Set<string>([b])
  if (/[^AEIOU]Y$/.test(b)) { const s = b.slice(0, -1); out.add(s + 'IES'); out.add(s + 'IED'); out.add(b + 'ING') }
  else if (/E$/.test(b)) { out.add(b + 'S'); out.add(b + 'D'); out.add(/(EE|OE|YE)$/.test(b) ? b + 'ING' : b.slice(0, -1) + 'ING') }
  else if (/(S|SH|CH|X|Z)$/.test(b)) { out.add(b + 'ES'); out.add(b + 'ED'); out.add(b + 'ING') }
  else {
    out.add(b + 'S'); out.add(b + 'ED'); out.add(b + 'ING')
    if (/[^AEIOU][AEIOU][BDGKLMNPRT]$/.test(b)) { const d = b + b.slice(-1); out.add(d + 'ED'); out.add(d + 'ING') }
  }
  return [...out]
}

/** Parse a verb dictionary's text into a lexicon. Lines it cannot read are skipped. */
export function parseVerbDictionary(raw: string): VerbLexicon {
  const lines = raw.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' ')).split(/\r?\n/)
  const synsets = new Map<string, string[]>()
  const blocks: VerbBlock[] = []
  const forms: Record<string, [number, string?, string?]> = {}

  const norm = (w: string) => w.replace(/_+$/, '$').replace(/_/g, ' ')

  function expand(name: string, depth = 0): string[] {
    const alts = synsets.get(name.replace(/_$/, '')) ?? []
    if (depth > 3) return alts
    return alts.flatMap((a) => (a.startsWith('&') ? expand(a, depth + 1) : [a]))
  }

  function parseSlots(s: string): Slot[] {
    const slots: Slot[] = []
    const re = /\{([^}]*)\}|[()]|([^\s(){}]+)/g
    let m: RegExpExecArray | null
    while ((m = re.exec(s)) !== null) {
      if (m[1] !== undefined) {
        const words = m[1].trim().split(/\s+/).filter(Boolean).map(norm)
        const syn = words.findIndex((w) => w.startsWith('&'))
        if (syn >= 0) {
          const alts = expand(words[syn]!.replace(/\$$/, ''))
          slots.push(alts.map((a) => [...words.slice(0, syn), norm(a), ...words.slice(syn + 1)].join(' ')))
        } else if (words.length > 0) slots.push([words.join(' ')])
        continue
      }
      const w0 = m[2]
      if (!w0) continue
      // words joined by '_' may carry markers and synsets: "NEW_&TIETYPES_RELATIONS", "SUGGESTED_+"
      const parts = w0.split('_').filter((p) => p !== '' && !['$', '+', '^', '%', '*'].includes(p))
      if (parts.length === 0) continue
      if (parts.length === 1) {
        const p = parts[0]!
        if (p.startsWith('&')) { const alts = expand(p); if (alts.length > 0) slots.push(alts.map(norm)) }
        else slots.push([norm(w0.endsWith('_') ? p + '_' : p)])
        continue
      }
      for (const p of parts) {
        if (p.startsWith('&')) { const alts = expand(p); if (alts.length > 0) slots.push(alts.map(norm)) } else slots.push([norm(p)])
      }
    }
    return slots
  }

  function addForms(entry: string, blockIdx: number) {
    const rawCode = /\[([^\]]*)\]/.exec(entry)?.[1]
    const code = firstCode(rawCode)
    const reverse = reverseCode(rawCode)
    const body = entry.replace(/\[[^\]]*\]/g, '')
    const braces = /\{([^}]*)\}/.exec(body)
    const head = body.replace(/\{[^}]*\}/g, '').trim().split(/\s+/)[0] ?? ''
    if (!head || head.startsWith('&')) return
    const multi = head.startsWith('+') || head.includes('_')
    const base = head.replace(/^\+/, '').replace(/_+$/, '')
    const list: string[] = []
    if (braces) {
      list.push(base)
      for (const f of braces[1]!.trim().split(/\s+/).filter(Boolean)) list.push(f.replace(/^\+/, ''))
    } else if (multi) {
      const words = base.split('_').map((x) => x.replace(/^\+/, '')).filter((x) => x)
      if (words.length === 0) return
      for (const f of inflect(words[0]!)) list.push([f, ...words.slice(1)].join('_'))
    } else {
      list.push(...inflect(base))
    }
    for (const f of list) {
      // "+" marks the verb word inside a multi-word form ("WIRE_+TAP"); it is not part of the word
      const key = f.replace(/(^|_)\+/g, '$1').replace(/_/g, ' ').replace(/\s+/g, ' ').trim()
      if (!/^[A-Z][A-Z'.-]*( [A-Z][A-Z'.-]*)*$/.test(key)) continue
      if (!(key in forms)) forms[key] = code === undefined ? [blockIdx] : reverse ? [blockIdx, code, reverse] : [blockIdx, code]
    }
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const l = line.replace(/#.*$/, '').trimEnd()
    const t = l.trim()
    if (!t) continue
    if (t.startsWith('&')) {
      const name = t.split(/\s+/)[0]!.replace(/_$/, '')
      const alts: string[] = []
      for (i++; i < lines.length; i++) {
        const m = lines[i]!.replace(/#.*$/, '').trim()
        if (!m.startsWith('+')) { i--; break }
        alts.push(m.slice(1).trim())
      }
      synsets.set(name, alts)
      continue
    }
    const hm = /^---\s+(\S+)\s+\[([^\]]*)\]\s*---/.exec(t)
    if (hm) {
      const code = firstCode(hm[2])
      const reverse = reverseCode(hm[2])
      blocks.push({ lemma: hm[1]!.replace(/_/g, ' '), ...(code && code !== '---' ? { code } : {}), ...(reverse ? { reverse } : {}), patterns: [] })
      continue
    }
    const block = blocks[blocks.length - 1]
    if (!block) continue
    if (t.startsWith('-')) {
      const pm = /^-\s*(.*)\[([^\]]*)\]\s*$/.exec(t)
      if (!pm) continue
      const code = firstCode(pm[2])
      if (!code || code === '---') continue
      const bodyText = pm[1]!
      const star = bodyText.indexOf('*')
      if (star < 0) continue
      const reverse = reverseCode(pm[2])
      block.patterns.push({ pre: parseSlots(bodyText.slice(0, star)), post: parseSlots(bodyText.slice(star + 1)), code, ...(reverse ? { reverse } : {}) })
      continue
    }
    addForms(t, blocks.length - 1)
  }
  return { blocks, forms }
}
