import type { Command } from 'commander'
import { DossierError } from '../../model/index.js'
import { dossier, type Dossier } from '../../service/dossier.js'
import type { ClaimView, EventView } from '../../service/facts.js'
import { checkQuery } from '../../store/index.js'
import { action, DEFAULT_DB, withStore } from '../common.js'
import { wholeNumber } from '../paging.js'

/** A sentence on one line with [brackets] around [start, end) (offsets into the article text). */
export function marked(sentence: { start: number; end: number; text: string }, start: number, end: number): string {
  const a = Math.max(0, start - sentence.start)
  const b = Math.min(sentence.text.length, end - sentence.start)
  const s = a < b ? `${sentence.text.slice(0, a)}[${sentence.text.slice(a, b)}]${sentence.text.slice(b)}` : sentence.text
  return s.replace(/\s+/g, ' ').trim()
}

const day = (d: string | undefined) => (d ? d.slice(0, 10) : 'undated')
/** A fact's date as printed: the news date, else "undated (ingested …)", never the ingest day passed off as the date. */
export const dated = (x: { date?: string | undefined; ingestedAt?: string | undefined }) =>
  x.date ? day(x.date) : x.ingestedAt ? `undated (ingested ${day(x.ingestedAt)})` : 'undated'
export const where = (x: { articleTitle?: string | undefined; articleLabel?: string | undefined; articleId: string; date?: string | undefined; ingestedAt?: string | undefined }) =>
  `${x.articleLabel ?? x.articleTitle ?? x.articleId}, ${dated(x)}`

export function gradeText(g: { reliability: string; credibility: string; reasons: readonly string[] } | undefined, reasons = true): string {
  if (!g) return 'ungraded'
  return `${g.reliability}${g.credibility}${reasons && g.reasons.length ? ` (${g.reasons.join('; ')})` : ''}`
}

export function eventLines(ev: EventView): string[] {
  return [
    `- CAMEO ${ev.cameo}${ev.label ? ` ${ev.label}` : ''}: ${ev.actor?.name ?? ev.actor?.text ?? '?'} → ${ev.cue.text} → ${ev.target?.name ?? ev.target?.text ?? '-'}` +
      `${ev.modality !== 'asserted' ? ` [${ev.modality}]` : ''}  grade ${gradeText(ev.cluster?.grade)}`,
    `    ${where(ev)}: ${marked(ev.sentence, ev.cue.start, ev.cue.end)}`,
  ]
}

export function claimLines(c: ClaimView): string[] {
  const grades = [...new Set(c.about.map((a) => gradeText(a.cluster?.grade, false)))].join(', ')
  return [
    `- ${c.source.name ?? c.source.descriptor ?? c.source.text} (${c.stance}${c.hedged ? ', hedged' : ''}) "${c.cue.text}": ${c.content.text.replace(/\s+/g, ' ').slice(0, 200)}` +
      (grades ? `  grade ${grades}` : ''),
    `    ${where(c)}: ${marked(c.sentence, c.cue.start, c.cue.end)}`,
  ]
}

export function renderDossier(d: Dossier): string {
  const e = d.entity
  const out: string[] = [`${e.canonicalName}  (${e.type}${e.kind ? `, ${e.kind}` : ''})  ${e.id}`]
  const aliases = e.aliases.filter((a) => a !== e.canonicalName)
  if (aliases.length) out.push(`aliases: ${aliases.join('; ')}`)
  if (e.kbAliases?.length) out.push(`knowledge base also names it (not seen in articles): ${e.kbAliases.join('; ')}`)
  for (const r of d.roles) out.push(`role: ${r.role}, ${r.organisation.name}`)
  for (const s of d.structural) {
    const ev = s.evidence.find((x) => x.sentence)
    out.push(`${s.label}: ${s.other.name}${s.roles.length ? ` (${s.roles.join('; ')})` : ''}${s.evidence.some((x) => x.kind === 'kb') ? ' [knowledge base]' : ''}`)
    if (ev?.sentence && ev.span && ev.articleId) out.push(`    ${where({ ...ev, articleId: ev.articleId })}: ${marked(ev.sentence, ev.span.start, ev.span.end)}`)
  }
  if (d.relations.length) out.push('', 'relations over time (one vote per event cluster, weighted by its grade):')
  for (const r of d.relations) {
    out.push(`${r.kind}: ${r.other.name}  score ${r.score} (${r.clusters} cluster(s)) ${r.firstSeen ? `${day(r.firstSeen)} – ${day(r.lastSeen)}  ${r.buckets.map((b) => `${b.period} ${b.score}`).join(', ')}` : 'no dated event'}`)
    const ev = r.evidence[0]?.events[0]
    if (ev?.sentence && ev.span && ev.articleId) out.push(`    ${where({ ...ev, articleId: ev.articleId })}: ${marked(ev.sentence, ev.span.start, ev.span.end)}`)
  }
  if (d.events.total) out.push('', `${d.events.total} event(s)${d.events.total > d.events.items.length ? `, first ${d.events.items.length}` : ''}:`, ...d.events.items.flatMap(eventLines))
  if (d.claimsBy.total) out.push('', `${d.claimsBy.total} claim(s) as source:`, ...d.claimsBy.items.flatMap(claimLines))
  if (d.claimsAbout.total) out.push('', `${d.claimsAbout.total} claim(s) about it:`, ...d.claimsAbout.items.flatMap(claimLines))
  out.push('', `${d.mentions.total} mention(s)${d.mentions.total > d.mentions.items.length ? `, first ${d.mentions.items.length} (--mentions N for more)` : ''}:`)
  for (const m of d.mentions.items) out.push(`- ${where(m)} @${m.start}: ${marked(m.sentence, m.start, m.end)}`)
  return out.join('\n')
}

export function registerShow(program: Command): void {
  program.command('show')
    .description("an entity's dossier: aliases, roles, relations over time, events and claims with grades and sentences, then mentions")
    .argument('<entity>', 'entity name, alias or id')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--limit <n>', 'events and claims listed', '50')
    .option('--mentions <n>', 'mentions listed', '5')
    .option('--bucket <period>', 'relation scores per week or month', 'month')
    .option('--json', 'print JSON')
    .action(action(async (name: string, o: { db: string; limit: string; mentions: string; bucket: string; json?: boolean }) => {
      if (o.bucket !== 'week' && o.bucket !== 'month') throw new DossierError('E_USAGE', `--bucket must be week or month, not "${o.bucket}"`)
      const opts = { limit: wholeNumber('--limit', o.limit, { max: 10_000 }), mentionLimit: wholeNumber('--mentions', o.mentions, { max: 10_000 }), bucket: o.bucket as 'week' | 'month' }
      checkQuery(name)
      return withStore(o.db, async (store) => {
        const d = await dossier(store, name, opts)
        process.stdout.write(o.json ? `${JSON.stringify(d)}\n` : `${renderDossier(d)}\n`)
      }, { mustExist: true })
    }))
}
