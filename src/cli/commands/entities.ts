import type { Command } from 'commander'
import { EntityType } from '../../model/index.js'
import { DossierError } from '../../model/index.js'
import { entityDossier } from '../../service/queries.js'
import { checkQuery, type Store } from '../../store/index.js'
import { action, DEFAULT_DB, table, withStore } from '../common.js'
import { notePage, pageOf, type Page } from '../paging.js'

function checkType(type: string | undefined): void {
  if (type && !EntityType.safeParse(type.toUpperCase()).success) {
    throw new DossierError('E_USAGE', `unknown entity type "${type}"`, { hint: `use one of ${EntityType.options.join(', ')}` })
  }
}

export async function printEntities(store: Store, opts: { type?: string; json?: boolean; page?: Page } = {}): Promise<void> {
  checkType(opts.type)
  const page = opts.page ?? { limit: 10_000, offset: 0 }
  const filter = opts.type ? { type: opts.type } : {}
  const rows = await store.listEntities({ ...filter, ...page })
  if (opts.json) process.stdout.write(`${JSON.stringify(rows)}\n`)
  else if (rows.length === 0 && page.offset === 0) process.stdout.write('no entities yet: ingest some articles with `dossier ingest <files>`\n')
  else {
    process.stdout.write(`${table(['entity', 'type', 'kind', 'mentions', 'articles', 'aliases'], rows.map((e) => [
      e.canonicalName, e.type, e.kind ?? '', e.mentionCount, e.articleCount,
      e.aliases.filter((a) => a !== e.canonicalName).join('; '),
    ]))}\n`)
  }
  if (rows.length === page.limit || page.offset > 0) notePage('entities', page, rows.length, await store.countEntities(filter))
}

export function registerEntities(program: Command): void {
  program.command('entities')
    .description('list resolved entities with their aliases and mention counts')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--type <type>', 'only this type: PER, ORG, LOC, NORP')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'at most this many entities (most mentioned first)', '10000')
    .option('--offset <n>', 'skip this many first (the next page)')
    .action(action(async (o: { db: string; type?: string; json?: boolean; limit?: string; offset?: string }) => {
      checkType(o.type) // usage errors before touching the database
      const page = pageOf(o, 10_000)
      return withStore(o.db, (s) => printEntities(s, { ...(o.type ? { type: o.type } : {}), json: o.json ?? false, page }), { mustExist: true })
    }))

  program.command('show')
    .description("an entity's dossier: aliases, relations, and every mention with its sentence")
    .argument('<entity>', 'entity name, alias or id')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--json', 'print JSON')
    .action(action(async (name: string, o: { db: string; json?: boolean }) => withStore(o.db, async (store) => {
      checkQuery(name)
      const d = await entityDossier(store, name)
      if (o.json) { process.stdout.write(`${JSON.stringify(d)}\n`); return }
      const e = d.entity
      const out: string[] = [`${e.canonicalName}  (${e.type}${e.kind ? `, ${e.kind}` : ''})  ${e.id}`]
      const aliases = e.aliases.filter((a) => a !== e.canonicalName)
      if (aliases.length) out.push(`aliases: ${aliases.join('; ')}`)
      if (e.kbAliases?.length) out.push(`knowledge base also names it (not seen in articles): ${e.kbAliases.join('; ')}`)
      for (const g of d.relationGroups) {
        const when = g.from ? ` [${g.from.slice(0, 10)}${g.to && g.to !== g.from ? ` – ${g.to.slice(0, 10)}` : ''}]` : ''
        out.push(`${g.label}: ${g.otherName}${g.roles.length ? ` (${g.roles.join('; ')})` : ''}${g.events ? `, ${g.events} event(s)` : ''}${when}`)
      }
      out.push('', `${d.mentions.length} mention(s):`)
      for (const m of d.mentions) {
        const s = m.sentence
        const rel = m.mention.start - s.start
        const marked = `${s.text.slice(0, rel)}[${s.text.slice(rel, rel + m.mention.end - m.mention.start)}]${s.text.slice(rel + m.mention.end - m.mention.start)}`
        out.push(`- ${m.articleTitle ?? m.articleId} @${m.mention.start}: ${marked.replace(/\s+/g, ' ')}`)
      }
      if (d.events.length) {
        out.push('', `${d.events.length} event(s):`)
        for (const ev of d.events) out.push(`- CAMEO ${ev.cameo}: ${ev.actor?.text ?? '?'} → ${ev.cue.text} → ${ev.target?.text ?? '-'}`)
      }
      if (d.claims.length) {
        out.push('', `${d.claims.length} claim(s) as source:`)
        for (const c of d.claims) out.push(`- ${c.stance} "${c.cue.text}": ${c.content.text.replace(/\s+/g, ' ').slice(0, 160)}`)
      }
      process.stdout.write(`${out.join('\n')}\n`)
    }, { mustExist: true })))
}
