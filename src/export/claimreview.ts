/**
 * Claims as schema.org ClaimReview (JSON-LD, one array): what was claimed (`claimReviewed`), by whom
 * (`itemReviewed.author`), where it appeared (`itemReviewed.appearance`: the article's id and URL; `itemReviewed.identifier`
 * the claim's offsets in the article), and Dossier's
 * Admiralty grade of the reported event as the `reviewRating`, its reasons as `ratingExplanation`. Only claims about
 * a graded event are reviewed; the rating scale runs from 1 (truth cannot be judged) to 6 (confirmed).
 * @module
 */
import type { Article, Claim, Entity, EventCluster, Grade } from '../model/index.js'
import type { ClaimRecord, Store } from '../store/index.js'
import { EntityCache } from './entity-cache.js'
import { dateWithin, gradeAtLeast, resolveActor, type ExportFilter } from './filter.js'
import { articleCounter, type ExportProgress, type Sink } from './sink.js'

const RELIABILITY: Record<string, string> = {
  A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable', D: 'not usually reliable', E: 'unreliable', F: 'reliability cannot be judged',
}
const CREDIBILITY: Record<string, string> = {
  1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'truth cannot be judged',
}

export const CLAIMREVIEW_OPEN = '[\n'
export const CLAIMREVIEW_CLOSE = '\n]\n'

export function gradeRating(g: Grade): Record<string, unknown> {
  return {
    '@type': 'Rating',
    ratingValue: 7 - Number(g.credibility),
    bestRating: 6,
    worstRating: 1,
    alternateName: `${g.reliability}${g.credibility}: source ${RELIABILITY[g.reliability]}, information ${CREDIBILITY[g.credibility]}`,
    ratingExplanation: g.reasons.join('; '),
  }
}

function claimant(c: Claim, speaker: Entity | undefined): Record<string, unknown> {
  const name = speaker?.canonicalName ?? c.source.descriptor ?? c.source.text
  return {
    '@type': speaker?.type === 'PER' || (!speaker && c.source.anonymous) ? 'Person' : 'Organization',
    name,
    ...(c.source.anonymous ? { description: 'anonymous source' } : {}),
    ...(c.source.affiliation ? { affiliation: { '@type': 'Organization', name: c.source.affiliation } } : {}),
  }
}

export function claimReview(c: Claim, article: Article, cluster: EventCluster, grade: Grade, speaker: Entity | undefined, baseUrl = 'urn:dossier:claim:'): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${baseUrl}${c.id}`,
    claimReviewed: c.content.text,
    author: { '@type': 'Organization', name: 'Dossier' },
    itemReviewed: {
      '@type': 'Claim',
      author: claimant(c, speaker),
      ...(article.published ? { datePublished: article.published } : {}),
      // the claim's words in the article (the same `article_…#char=start,end` fragment as the FtM export): one
      // look-up from a review to the sentence, also for an article read from a file, which has no URL
      identifier: `${article.id}#char=${c.content.start},${c.content.end}`,
      appearance: {
        '@type': 'NewsArticle',
        identifier: article.id,
        ...(article.url ? { url: article.url } : {}),
        ...(article.title ? { headline: article.title } : {}),
        ...(article.published ? { datePublished: article.published } : {}),
        ...(c.via ?? article.outlet ? { publisher: { '@type': 'Organization', name: c.via ?? article.outlet } } : {}),
      },
    },
    reviewRating: gradeRating(grade),
    about: { '@type': 'Event', identifier: cluster.id, description: `CAMEO root ${cluster.cameoRoot}, ${cluster.reports} report(s), ${cluster.independentSources} independent source(s)` },
  }
}

function passes(rec: ClaimRecord, speakerId: string | undefined, article: Article, f: ExportFilter, actorId: string | undefined) {
  const graded = rec.clusters.filter((x) => x.grade && gradeAtLeast(x.grade, f.minGrade) && (!f.root || f.root.includes(x.cluster.cameoRoot)) &&
    (!actorId || speakerId === actorId || x.cluster.actorEntityId === actorId || x.cluster.targetEntityId === actorId))
  if (!dateWithin(article.published, f.from, f.to)) return undefined
  return graded[0]
}

export async function writeClaimReview(store: Store, filter: ExportFilter, sink: Sink, onProgress?: ExportProgress, baseUrl?: string): Promise<void> {
  const actorId = await resolveActor(store, filter.actor)
  const tick = articleCounter(await store.countArticles(), onProgress)
  const entities = new EntityCache(store)
  let article: Article | undefined
  let first = true
  await sink.write(CLAIMREVIEW_OPEN)
  for await (const rec of store.iterateClaims()) {
    const c = rec.claim
    tick(c.articleId)
    if (!rec.clusters.some((x) => x.grade)) continue
    if (article?.id !== c.articleId) article = await store.getArticle(c.articleId)
    if (!article) continue
    const speakerId = c.source.entityId ?? (c.source.mentionId ? await store.entityOfMention(c.source.mentionId) : undefined)
    const hit = passes(rec, speakerId, article, filter, actorId)
    if (!hit?.grade) continue
    const review = claimReview(c, article, hit.cluster, hit.grade, await entities.get(speakerId), baseUrl)
    await sink.write(`${first ? '' : ',\n'}${JSON.stringify(review)}`)
    first = false
  }
  await sink.write(CLAIMREVIEW_CLOSE)
}
