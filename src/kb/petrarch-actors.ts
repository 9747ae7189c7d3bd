/**
 * Parser for PETRARCH / TABARI / Phoenix actor and agent dictionaries.
 *
 * Actor files: `NAME [CODE]` entries, words joined by `_`; a trailing `_` means the
 * word must match exactly (otherwise plural and nationality endings match too);
 * `+ALIAS` lines add names to the entry above; indented `[CODE <date]`,
 * `[CODE date-date]`, `[CODE >date]` lines restrict codes by date.
 * Agent files: `NAME {PLURALS} [~CODE]` (suffix agent: ARN + ~GOV → ARNGOV) or
 * `[CODE~]` (prefix agent: NGO~ + ARN → NGOARN), with `!SET! = A, B` substitutions.
 * Comments: `#` to end of line and `<!-- … -->` blocks.
 * @module
 */
import { readFileSync } from 'node:fs'
import { DossierError, InvalidData } from '../model/index.js'

export interface DatedCode {
  readonly code: string
  /** Inclusive YYYYMMDD bounds. */
  readonly from?: string
  readonly to?: string
}

export interface DictionaryTerm {
  /** Upper-case words of the name. */
  readonly words: readonly string[]
  /** Last word must match exactly (trailing `_` in the dictionary). */
  readonly exact: boolean
  /**
   * Case the text must show (Dossier's shipped dictionaries; PETRARCH files are case-blind):
   * `name` — some capital letter in the matched words ("Turkey", not "turkey"); `upper` — every
   * matched word in capitals ("IS", "US", not "is", "us").
   */
  readonly cased?: 'name' | 'upper'
}

export interface PetrarchActor {
  /** Default code: the undated code, or the last dated one. Null codes (`---`) are ''. */
  readonly code: string
  readonly codes: readonly DatedCode[]
  /** Display names, e.g. "HAMAS", "ISLAMIC RESISTANCE MOVEMENT". */
  readonly names: readonly string[]
  readonly terms: readonly DictionaryTerm[]
  readonly kind: 'actor' | 'agent'
  /** For agents: whether the code goes after (`~GOV`) or before (`NGO~`) the actor's code. */
  readonly agentPosition?: 'suffix' | 'prefix'
  /** Where the entry was defined, `file:line`. */
  readonly source: string
}

/** Read and parse a dictionary file; kind is guessed from the content unless given. */
export function readPetrarchDictionary(path: string, kind?: 'actor' | 'agent'): PetrarchActor[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    throw new DossierError('E_INPUT_MISSING', `cannot read actor dictionary ${path}`, {
      cause: e, context: { path }, hint: 'check the path of the dictionary file',
    })
  }
  return parsePetrarchDictionary(text, path, kind)
}

/** Guess whether a dictionary holds agents (`[~GOV]` codes) or actors. */
export function guessDictionaryKind(text: string): 'actor' | 'agent' {
  const agentCodes = (text.match(/\[\s*~[A-Za-z]|\[[A-Za-z]+~\s*\]/g) ?? []).length
  const codes = (text.match(/\[[^\]\n]*\]/g) ?? []).length
  return agentCodes > codes / 2 ? 'agent' : 'actor'
}

function stripComments(text: string): string {
  // keep line numbers: replace comment blocks by the same number of newlines
  return text.replace(/<!\s*-?-[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '))
}

function expandYear(d: string): string {
  if (d.length === 8) return d
  if (d.length === 6) return (Number(d.slice(0, 2)) >= 30 ? '19' : '20') + d
  return d
}

const CODE_BLOCK = /\[([^\]]*)\]/g

function parseCodeBlock(inner: string): DatedCode | string {
  const s = inner.trim()
  const m = /^([A-Za-z0-9/~+\-]*)\s*(?:(<|>)\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?$/.exec(s)
  if (!m) return `cannot read code block [${inner}]: ${codeBlockProblem(s)}`
  const raw = (m[1] ?? '').toUpperCase()
  const code = /^[-+#]+$/.test(raw) ? '' : raw.replace(/~/g, '')
  if (m[2] === '<') return { code, to: expandYear(m[3]!) }
  if (m[2] === '>') return { code, from: expandYear(m[3]!) }
  if (m[4]) return { code, from: expandYear(m[4]), to: expandYear(m[5]!) }
  return { code }
}

/** Why a code block does not read: a bad date, a date with no <, > or range, or stray text. */
function codeBlockProblem(s: string): string {
  const date = /\d+/.exec(s.replace(/^[A-Za-z0-9/~+\-]*?(?=\s|<|>|$)/, ''))?.[0]
  if (date && date.length !== 6 && date.length !== 8) return `date ${date} is neither YYMMDD nor YYYYMMDD`
  if (date && !/[<>-]/.test(s.replace(/^[^\s<>]*/, ''))) return `date ${date} needs <, > or a range (CODE <date, CODE >date, CODE date-date)`
  return 'expected [CODE], [CODE <date], [CODE >date] or [CODE date-date]'
}

function toTerm(name: string): DictionaryTerm | undefined {
  const n = name.trim().replace(/\s+/g, '_')
  const exact = n.endsWith('_')
  const words = n.replace(/_+$/, '').split('_').filter(Boolean).map((w) => w.toUpperCase())
  return words.length === 0 ? undefined : { words, exact }
}

/**
 * Parse dictionary text. Every malformed line is collected and reported at once
 * as `file:line: problem`.
 */
export function parsePetrarchDictionary(text: string, file = '<input>', kind?: 'actor' | 'agent'): PetrarchActor[] {
  const { entries, issues } = parsePetrarchDictionaryLenient(text, file, kind)
  if (issues.length > 0) {
    throw new InvalidData(`${issues.length} problem(s) in actor dictionary ${file}: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? '; …' : ''}`,
      { lines: issues }, { context: { file }, hint: 'fix the listed lines: entries look like "NAME_WORDS [CODE]", aliases "+NAME", dated codes "[CODE 19950101-19991231]"' })
  }
  return entries
}

/** Like parsePetrarchDictionary, but skips malformed entries and returns the problems (`file:line: …`) instead of throwing. */
export function parsePetrarchDictionaryLenient(text: string, file = '<input>', kind?: 'actor' | 'agent'): { entries: PetrarchActor[]; issues: string[] } {
  const k = kind ?? guessDictionaryKind(text)
  const lines = stripComments(text).split(/\r?\n/)
  const issues: string[] = []
  const out: PetrarchActor[] = []
  const subs = new Map<string, string[]>()

  interface Draft { names: string[]; codes: DatedCode[]; line: number; agentPosition?: 'suffix' | 'prefix' }
  let cur: Draft | undefined
  let blank = false
  const flush = () => {
    if (!cur) return
    if (cur.codes.length === 0) {
      issues.push(`${file}:${cur.line}: entry "${cur.names[0] ?? ''}" has no [CODE] block`)
    } else {
      const undated = cur.codes.find((c) => c.from === undefined && c.to === undefined)
      const code = (undated ?? cur.codes[cur.codes.length - 1]!).code
      const names = cur.names.flatMap((n) => expandSubs(n, subs))
      const terms = names.map(toTerm).filter((t): t is DictionaryTerm => t !== undefined)
      out.push({
        code, codes: cur.codes, names: names.map((n) => n.replace(/_+$/, '').replace(/_/g, ' ').toUpperCase()), terms, kind: k,
        ...(k === 'agent' ? { agentPosition: cur.agentPosition ?? 'suffix' } : {}),
        source: `${file}:${cur.line}`,
      })
    }
    cur = undefined
  }

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    const rawLine = lines[i]!
    const line = rawLine.replace(/#.*$/, '').trimEnd()
    if (line.trim() === '') { blank = true; continue }
    // substitution sets in agent files: !PERSON! = MAN, MEN
    const sub = /^\s*(![A-Za-z0-9]+!)\s*=\s*(.+)$/.exec(line)
    if (sub) {
      subs.set(sub[1]!.toUpperCase(), sub[2]!.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean))
      continue
    }
    const indented = /^\s/.test(line)
    const t = line.trim()
    if (t.startsWith('+')) {
      if (!cur) { issues.push(`${file}:${lineNo}: alias "${t}" has no entry above it`); continue }
      const { names, codes, error } = splitEntry(t.slice(1), k)
      if (error) issues.push(`${file}:${lineNo}: ${error}`)
      cur.names.push(...names)
      cur.codes.push(...codes.map((c) => c.code))
      continue
    }
    if (indented && t.startsWith('[')) {
      if (!cur) { issues.push(`${file}:${lineNo}: code block "${t}" has no entry above it`); continue }
      const { codes, error } = splitEntry(t, k)
      if (error) issues.push(`${file}:${lineNo}: ${error}`)
      cur.codes.push(...codes.map((c) => c.code))
      continue
    }
    if (t.startsWith('[')) { issues.push(`${file}:${lineNo}: code block "${t}" has no name before it`); continue }
    const { names, codes, error, agentPosition } = splitEntry(t, k)
    if (error) { flush(); blank = false; issues.push(`${file}:${lineNo}: ${error}`); continue }
    // as in PETRARCH, names without a code run on into the next code: "JOHN_J_MCCLOY_" / "  JOHN_MCCLOY_ [CODE]"
    if (cur && cur.codes.length === 0 && !blank) {
      cur.names.push(...names)
      cur.codes.push(...codes.map((c) => c.code))
      continue
    }
    flush()
    blank = false
    cur = { names, codes: codes.map((c) => c.code), line: lineNo, ...(agentPosition ? { agentPosition } : {}) }
  }
  flush()
  return { entries: out, issues }
}

function splitEntry(t: string, kind: 'actor' | 'agent'): { names: string[]; codes: Array<{ code: DatedCode }>; error?: string; agentPosition?: 'suffix' | 'prefix' } {
  const names: string[] = []
  const codes: Array<{ code: DatedCode }> = []
  let agentPosition: 'suffix' | 'prefix' | undefined
  const openB = (t.match(/\[/g) ?? []).length
  const closeB = (t.match(/\]/g) ?? []).length
  if (openB !== closeB) return { names, codes, error: `unbalanced brackets in "${t}"` }
  for (const m of t.matchAll(CODE_BLOCK)) {
    const inner = m[1]!
    if (kind === 'agent') {
      const s = inner.trim()
      if (s.startsWith('~')) agentPosition = 'suffix'
      else if (s.endsWith('~')) agentPosition = 'prefix'
    }
    const c = parseCodeBlock(inner)
    if (typeof c === 'string') return { names, codes, error: c }
    codes.push({ code: c })
  }
  const rest = t.replace(CODE_BLOCK, ' ')
  const plurals = /\{([^}]*)\}/.exec(rest)
  const head = rest.replace(/\{[^}]*\}/g, ' ').trim()
  if (head) names.push(head)
  if (plurals) for (const p of plurals[1]!.trim().split(/\s+/).filter(Boolean)) names.push(p)
  return agentPosition ? { names, codes, agentPosition } : { names, codes }
}

function expandSubs(name: string, subs: ReadonlyMap<string, string[]>): string[] {
  const m = /![A-Za-z0-9]+!/.exec(name)
  if (!m) return [name]
  const alts = subs.get(m[0].toUpperCase())
  if (!alts) return [name.replace(m[0], '')]
  return alts.flatMap((a) => expandSubs(name.replace(m[0], a), subs))
}

/**
 * The code valid on a date (YYYYMMDD or ISO), else the default code. A person whose every
 * dated role ended before the date and who has no undated code is a former office holder:
 * their country's elite code (`AFGGOV 2003–2004` in 2015 → `AFGELI`), as "former" codes.
 */
export function codeOn(actor: PetrarchActor, date?: string): string {
  if (!date) return actor.code
  const d = date.replace(/-/g, '').slice(0, 8)
  let allEnded = actor.codes.length > 0
  for (const c of actor.codes) {
    const dated = c.from !== undefined || c.to !== undefined
    if (dated && (c.from === undefined || d >= c.from) && (c.to === undefined || d <= c.to)) return c.code
    if (!dated || c.to === undefined || d <= c.to) allEnded = false
  }
  return allEnded ? formerCode(actor.code) : actor.code
}

/** The elite code of a former office holder: the country part of a code plus ELI (`SYRGOVMIL` → `SYRELI`). */
export function formerCode(code: string): string {
  if (code.length < 3 || /^(IGO|NGO|IMG|MNC|NGM)/.test(code)) return code
  return `${code.slice(0, 3)}ELI`
}
