/**
 * The actor graph as dynamic GEXF 1.3 (Gephi): written by graphology-gexf, then marked dynamic through the XML DOM
 * (@xmldom/xmldom) — `mode="dynamic" timeformat="date"` on the graph and each edge's validity as `start`/`end` —
 * since graphology-gexf writes static graphs only. No XML is written by hand.
 * @module
 */
import type * as Xmldom from '@xmldom/xmldom'
import type Gexf from 'graphology-gexf'
import { lazyPackage } from '../model/index.js'

const xmldom = lazyPackage<typeof Xmldom>('@xmldom/xmldom')
const gexf = lazyPackage<typeof Gexf>('graphology-gexf')
import { fullDate, type ActorGraph } from './graph.js'

export function toGexf(graph: ActorGraph): string {
  const xml = gexf().write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({ label: a.label, attributes: { type: a.type, kind: a.kind, country: a.country, origin: a.origin, aliases: a.aliases, ...(a.lat !== undefined ? { lat: a.lat, lon: a.lon } : {}) } }),
    formatEdge: (_key, a) => ({ label: a.label, weight: a.weight, attributes: { kind: a.kind, role: a.role, evidence: a.evidence, events: a.events, sources: a.sources, articles: a.articles, from: a.from, to: a.to } }),
  })
  const doc = new (xmldom().DOMParser)().parseFromString(xml, 'text/xml')
  const g = doc.getElementsByTagName('graph')[0]
  if (!g) return xml
  g.setAttribute('mode', 'dynamic')
  g.setAttribute('timeformat', 'date')
  const edges = doc.getElementsByTagName('edge')
  for (let i = 0; i < edges.length; i++) {
    const el = edges.item(i)!
    const attrs = graph.getEdgeAttributes(el.getAttribute('id') ?? '')
    const start = attrs.from ? fullDate(attrs.from, false) : undefined
    const end = attrs.to ? fullDate(attrs.to, true) : undefined
    if (start) el.setAttribute('start', start)
    if (end) el.setAttribute('end', end)
  }
  return `${new (xmldom().XMLSerializer)().serializeToString(doc)}\n`
}
