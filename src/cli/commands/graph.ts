import type { Command } from 'commander'
import { DossierError } from '../../model/index.js'
import { EDGE_KINDS, egoNetwork, shortestPath, type EdgeKind, type GraphEdge } from '../../service/graph.js'
import { action, DEFAULT_DB, withStore } from '../common.js'
import { wholeNumber } from '../paging.js'

function kindsOf(s: string | undefined): EdgeKind[] | undefined {
  if (!s) return undefined
  const list = s.split(',').map((k) => k.trim()).filter(Boolean)
  const bad = list.filter((k) => !(EDGE_KINDS as readonly string[]).includes(k))
  if (bad.length) throw new DossierError('E_USAGE', `unknown relation kind(s) ${bad.join(', ')}`, { hint: `use ${EDGE_KINDS.join(', ')}` })
  return list as EdgeKind[]
}

const edgeText = (e: GraphEdge, name: (id: string) => string) =>
  `${name(e.source)} — ${e.relations.map((r) => `${r.kind}${r.kind === 'hostile' || r.kind === 'cooperative' ? ` ${r.score}` : ''}`).join(', ')} — ${name(e.target)}`

export function registerGraph(program: Command): void {
  program.command('graph')
    .description("an actor's network within N hops (communities, centrality), or the shortest path to another actor")
    .argument('<actor>', 'entity name, alias or id')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--hops <n>', 'hops from the actor (1–4)', '2')
    .option('--to-actor <actor>', 'the shortest path to this actor instead')
    .option('--kinds <list>', `relation kinds: ${EDGE_KINDS.join(',')}`)
    .option('--from <date>', 'relations seen from this ISO date')
    .option('--to <date>', 'relations seen up to this ISO date')
    .option('--limit <n>', 'nodes listed', '50')
    .option('--json', 'print JSON')
    .action(action(async (actor: string, o: { db: string; hops: string; toActor?: string; kinds?: string; from?: string; to?: string; limit: string; json?: boolean }) => {
      const hops = wholeNumber('--hops', o.hops, { max: 4 })
      const limit = wholeNumber('--limit', o.limit, { max: 1000 })
      const filter = { kinds: kindsOf(o.kinds), from: o.from, to: o.to }
      return withStore(o.db, async (store) => {
        if (o.toActor) {
          const p = await shortestPath(store, actor, o.toActor, filter)
          if (o.json) { process.stdout.write(`${JSON.stringify(p)}\n`); return }
          const names = new Map(p.nodes.map((n) => [n.id, n.name]))
          process.stdout.write(p.found ? `${p.edges.length} step(s):\n${p.edges.map((e) => `- ${edgeText(e, (id) => names.get(id) ?? id)}`).join('\n')}\n` : 'no path\n')
          return
        }
        const g = await egoNetwork(store, actor, { hops: Math.max(1, hops), maxNodes: limit, ...filter })
        if (o.json) { process.stdout.write(`${JSON.stringify(g)}\n`); return }
        const names = new Map(g.nodes.map((n) => [n.id, n.name]))
        const out = [`${g.nodes.length} actor(s), ${g.edges.length} edge(s), ${g.communities} communit(y/ies)${g.truncated ? ' (cut at --limit)' : ''}:`]
        for (const n of [...g.nodes].sort((a, b) => (a.hops ?? 0) - (b.hops ?? 0) || (b.betweenness ?? 0) - (a.betweenness ?? 0))) {
          out.push(`- ${n.name} (${n.type ?? '?'}) hops ${n.hops} community ${n.community ?? '-'} degree ${n.degree} betweenness ${n.betweenness}`)
        }
        out.push('', ...g.edges.map((e) => `- ${edgeText(e, (id) => names.get(id) ?? id)}`))
        if (g.edges.length === 0) out.push(`no relation of ${g.nodes[0]?.name ?? actor}${o.from || o.to ? ' in this window (relations seen only in undated articles are outside any date range)' : ''}${o.kinds ? ` of kinds ${o.kinds}` : ''}`)
        process.stdout.write(`${out.join('\n')}\n`)
      }, { mustExist: true })
    }))
}
