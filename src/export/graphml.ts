/**
 * The actor graph as GraphML (yEd, Cytoscape, networkx, igraph). graphology-graphml only parses, so the document is
 * built from the graphology graph as an object and serialised by fast-xml-parser's XMLBuilder (escaping included).
 * @module
 */
import { XMLBuilder } from 'fast-xml-parser'
import type { ActorGraph } from './graph.js'

const NODE_KEYS = [['label', 'string'], ['type', 'string'], ['kind', 'string'], ['country', 'string'], ['origin', 'string'], ['aliases', 'string'], ['lat', 'double'], ['lon', 'double']] as const
const EDGE_KEYS = [['label', 'string'], ['kind', 'string'], ['role', 'string'], ['weight', 'double'], ['evidence', 'int'], ['events', 'string'], ['sources', 'string'], ['articles', 'string'], ['from', 'string'], ['to', 'string']] as const

function data(keys: ReadonlyArray<readonly [string, string]>, prefix: string, attrs: Record<string, unknown>) {
  return keys.filter(([k]) => attrs[k] !== undefined && attrs[k] !== '').map(([k]) => ({ '@_key': `${prefix}_${k}`, '#text': String(attrs[k]) }))
}

export function toGraphml(graph: ActorGraph): string {
  const key = (kind: 'node' | 'edge', prefix: string) => ([k, t]: readonly [string, string]) => ({ '@_id': `${prefix}_${k}`, '@_for': kind, '@_attr.name': k, '@_attr.type': t })
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [...NODE_KEYS.map(key('node', 'n')), ...EDGE_KEYS.map(key('edge', 'e'))],
      graph: {
        '@_id': 'dossier', '@_edgedefault': 'directed',
        node: graph.mapNodes((id, a) => ({ '@_id': id, data: data(NODE_KEYS, 'n', a as unknown as Record<string, unknown>) })),
        edge: graph.mapEdges((id, a, source, target) => ({ '@_id': id, '@_source': source, '@_target': target, data: data(EDGE_KEYS, 'e', a as unknown as Record<string, unknown>) })),
      },
    },
  }
  return `${new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true }).build(doc)}`
}
