/**
 * Row → value helpers shared by the PostgreSQL store's files.
 * @module
 */
import type { Article, EventCluster, Grade } from '../../model/index.js'
import type { ArticleSummary } from '../store.js'
import type { Row } from './db.js'

export const SUMMARY = 'a.id, a.title, a.outlet, a.published, a.source, a.near_dup_of'

export function summaryOf(r: Row): ArticleSummary {
  return {
    id: String(r['id']), title: opt(r['title']), outlet: opt(r['outlet']), published: opt(r['published']),
    source: opt(r['source']), nearDupOf: opt(r['near_dup_of']),
  }
}

export function articleOf(r: Row): Article {
  return { ...(JSON.parse(String(r['json'])) as Omit<Article, 'text'>), text: String(r['text']) }
}

export function clusterOf(r: Row): EventCluster & { grade?: Grade | undefined } {
  return { ...parseJson<EventCluster>(r), grade: r['grade'] ? (JSON.parse(String(r['grade'])) as Grade) : undefined }
}

export function opt(v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : String(v)
}

export function parseJson<T>(r: Row): T {
  return JSON.parse(String(r['json'])) as T
}
