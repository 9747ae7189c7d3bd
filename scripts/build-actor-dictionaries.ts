/**
 * Build Dossier's shipped actor and agent dictionaries, models/actors/dictionaries.json.gz,
 * from the Phoenix dictionaries in ../shared/data/cameo (MIT, Open Event Data Alliance;
 * read here only, never at run time) and the curated knowledge base (src/kb/actors.json).
 *
 * - Phoenix Countries, International and MilNonState actors and the Phoenix agents are
 *   parsed leniently (the few malformed lines are listed and skipped); comments and coder
 *   notes are dropped, names, aliases and dated codes kept.
 * - Every curated actor gets a CAMEO code: its own `cameo` field, else the code of a Phoenix
 *   entry bearing one of its names, else one derived from its kind and country
 *   (armed_forces → MIL, government → GOV, …); persons get date-bounded roles from their
 *   leader_of/member_of links and from/to dates. Curated actors come first in the file,
 *   so they win ties with Phoenix names.
 * - Case: the shipped terms carry the case real news writes names in. Names of up to three
 *   letters must be written in capitals ("IS", "US", "UN"), other actor names need a capital
 *   letter ("Turkey", not "turkey"); agents (police, rebels) match in any case.
 *
 * Deterministic: same inputs, same bytes (gzip without a timestamp).
 * Usage: npm run build:actors [-- ../shared/data/cameo]
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { curatedActors, type KbActor } from '../src/kb/actors.js'
import { encodeEntry, type ActorDictionaryFile } from '../src/kb/actor-dictionary-file.js'
import { parsePetrarchDictionaryLenient, type DatedCode, type DictionaryTerm, type PetrarchActor } from '../src/kb/petrarch-actors.js'

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/data/cameo'))
const outDir = join(import.meta.dirname, '../models/actors')

function read(file: string): string {
  return gunzipSync(readFileSync(join(dir, file))).toString('utf8')
}

// ---- Phoenix
const phoenix: PetrarchActor[] = []
let skipped = 0
for (const [file, kind] of [['Phoenix.Countries.actors.txt.gz', 'actor'], ['Phoenix.International.actors.txt.gz', 'actor'],
  ['Phoenix.MilNonState.actors.txt.gz', 'actor'], ['Phoenix.agents.txt.gz', 'agent']] as const) {
  const { entries, issues } = parsePetrarchDictionaryLenient(read(file), file, kind)
  for (const i of issues) console.warn(`  skipped ${i}`)
  skipped += issues.length
  phoenix.push(...entries)
  console.log(`${file}: ${entries.length} entries, ${issues.length} skipped`)
}

const norm = (s: string) => s.toUpperCase().replace(/[\s_]+/g, '_').replace(/_+$/, '')
const phoenixByName = new Map<string, PetrarchActor>()
for (const e of phoenix) {
  if (e.kind !== 'actor' || e.code === '') continue
  for (const t of e.terms) {
    const k = norm(t.words.join('_'))
    if (!phoenixByName.has(k)) phoenixByName.set(k, e)
  }
}

// ---- curated actors → codes
const kb = curatedActors()
const byId = new Map(kb.map((a) => [a.id, a]))
const SECTOR: Record<string, string> = {
  armed_forces: 'MIL', government: 'GOV', agency: 'SPY', political_party: 'PTY', leadership_body: '', armed_group: 'REB',
}

function parseCodes(s: string): DatedCode[] {
  return s.split(';').map((c) => {
    const m = /^([A-Z0-9-]+)(?:@(\d{8})?-(\d{8})?)?$/.exec(c.trim())
    if (!m) throw new Error(`bad cameo code "${c}"`)
    return { code: m[1]!, ...(m[2] ? { from: m[2] } : {}), ...(m[3] ? { to: m[3] } : {}) }
  })
}

const ymd = (d?: string) => (d ? (d.length === 4 ? `${d}0101` : d.replace(/-/g, '')).slice(0, 8) : undefined)

const memo = new Map<string, { codes: DatedCode[]; how: string }>()
function codesOf(a: KbActor): { codes: DatedCode[]; how: string } {
  const done = memo.get(a.id)
  if (done) return done
  memo.set(a.id, { codes: [], how: 'cycle' })
  const r = deriveCodes(a)
  memo.set(a.id, r)
  return r
}

function deriveCodes(a: KbActor): { codes: DatedCode[]; how: string } {
  if (a.cameo) return { codes: parseCodes(a.cameo), how: 'curated' }
  // persons: a leader of a country or group holds its role while in office, and is an elite after
  if (a.type === 'PER') {
    const group = a.leader_of[0] ?? a.member_of[0]
    const g = group ? byId.get(group) : undefined
    if (g) {
      const gc = codesOf(g).codes
      const base = (gc.find((c) => c.from === undefined && c.to === undefined) ?? gc[gc.length - 1])?.code ?? ''
      const code = g.kind === 'country' ? `${base}GOV` : base
      const from = ymd(a.from)
      const to = ymd(a.to)
      const codes: DatedCode[] = [{ code, ...(from ? { from } : {}), ...(to ? { to } : {}) }]
      if (g.kind === 'country' && to) codes.push({ code: `${base}ELI` })
      return { codes, how: `role in ${g.id}` }
    }
  }
  for (const name of [a.name, ...a.aliases]) {
    const e = phoenixByName.get(norm(name))
    if (e && a.type !== 'PER') return { codes: [...e.codes], how: `Phoenix "${name}" (${e.source})` }
  }
  const parent = byId.get(a.country ?? '') ?? byId.get(a.part_of[0] ?? '')
  if (parent && parent !== a) {
    const base = codesOf(parent).codes[0]?.code ?? ''
    const country = base.slice(0, 3)
    const sector = SECTOR[a.kind]
    if (sector !== undefined) return { codes: [{ code: sector === '' ? base : `${country}${sector}` }], how: `${a.kind} of ${parent.id}` }
    return { codes: [{ code: base }], how: `place in ${parent.id}` }
  }
  return { codes: [], how: 'none' }
}

function termsOf(names: readonly string[]): DictionaryTerm[] {
  const seen = new Set<string>()
  const out: DictionaryTerm[] = []
  for (const n of names) {
    const words = n.toUpperCase().replace(/[–—]/g, '-').split(/\s+/).filter(Boolean)
    const key = words.join('_')
    if (words.length === 0 || seen.has(key)) continue
    seen.add(key)
    out.push({ words, exact: true, cased: caseOf(words) })
  }
  return out
}

function caseOf(words: readonly string[]): 'name' | 'upper' {
  return words.length === 1 && words[0]!.replace(/[^\p{L}]/gu, '').length <= 3 ? 'upper' : 'name'
}

const curatedEntries: PetrarchActor[] = []
const report: string[] = []
for (const a of kb) {
  const { codes, how } = codesOf(a)
  report.push(`${a.id.padEnd(28)} ${codes.map((c) => `${c.code}${c.from || c.to ? `@${c.from ?? ''}-${c.to ?? ''}` : ''}`).join(';').padEnd(34)} ${how}`)
  if (codes.length === 0) continue
  const terms = termsOf([a.name, ...a.aliases])
  const undated = codes.find((c) => c.from === undefined && c.to === undefined)
  curatedEntries.push({ code: (undated ?? codes[codes.length - 1]!).code, codes, names: terms.map((t) => t.words.join(' ')), terms, kind: 'actor', source: `kb:${a.id}` })
}
if (process.argv.includes('--report') || process.env['REPORT']) console.log(report.join('\n'))
const uncoded = report.filter((r) => / none$/.test(r))
if (uncoded.length > 0) console.warn(`curated actors without a code:\n${uncoded.join('\n')}`)

// ---- Phoenix terms get the case real news writes them in (agents stay case-blind)
const phoenixActors = phoenix.filter((e) => e.kind === 'actor' && e.code !== '')
  .map((e) => ({ ...e, terms: e.terms.map((t) => ({ ...t, cased: caseOf(t.words) })) }))
const agents = phoenix.filter((e) => e.kind === 'agent' && e.code !== '')

const file: ActorDictionaryFile = {
  about: 'Dossier\'s shipped actor and agent dictionaries, built by scripts/build-actor-dictionaries.ts from the Phoenix actor and agent dictionaries (petrarch2, MIT, Copyright (c) 2014 Open Event Data Alliance) and Dossier\'s curated knowledge base (src/kb/actors.json). Format: src/kb/actor-dictionary-file.ts.',
  version: 1,
  actors: [...curatedEntries, ...phoenixActors].map(encodeEntry),
  agents: agents.map(encodeEntry),
}
mkdirSync(outDir, { recursive: true })
const json = `{"about":${JSON.stringify(file.about)},"version":1,\n"actors":[\n${file.actors.map((l) => JSON.stringify(l)).join(',\n')}],\n"agents":[\n${file.agents.map((l) => JSON.stringify(l)).join(',\n')}]}\n`
const gz = gzipSync(Buffer.from(json, 'utf8'), { level: 9 })
writeFileSync(join(outDir, 'dictionaries.json.gz'), gz)
console.log(`models/actors/dictionaries.json.gz: ${curatedEntries.length} curated + ${phoenixActors.length} Phoenix actors, ${agents.length} agents, ${skipped} lines skipped; ${(json.length / 1e6).toFixed(2)} MB JSON, ${(gz.length / 1e3).toFixed(0)} kB gzipped`)
