/**
 * Property-based checks shared by `test/fuzz.test.ts` (a few hundred cases in `npm test`) and
 * `scripts/fuzz.ts` (`npm run fuzz`, 10 000 cases): generated text and HTML go through ingest and through
 * pipelines that together run every registered stage. A case passes when nothing throws (except a coded
 * input error such as E_INPUT_EMPTY), every span is inside the text, `text.slice(start, end)` equals every
 * stored surface string, and a second run gives the same output.
 * @module
 */
import fc from 'fast-check'
import { isDossierError, StageError } from '../src/model/index.js'
import type { Article } from '../src/model/index.js'
import { articleFromExtracted, plainTextArticle } from '../src/ingest/load.js'
import { extractHtml } from '../src/ingest/html/extract.js'
import { articleFromText } from '../src/ingest/text.js'
import { DEFAULT_STAGES, lookupStage, registeredStageKeys } from '../src/pipeline/registry.js'
import { createPipeline, type Pipeline } from '../src/pipeline/pipeline.js'
import { spanProblems } from '../src/pipeline/testing/conformance.js'

/** Stage lists that together run every registered stage: the default pipeline, and each other stage in place of the default one assigning the same. */
export function fuzzStageLists(): string[][] {
  const lists = [[...DEFAULT_STAGES]]
  for (const key of registeredStageKeys()) {
    if (DEFAULT_STAGES.includes(key)) continue
    const stage = lookupStage(key)!
    // another version of a default stage takes that stage's place ("coref.rules.v1" for "coref.syntax.v8"); else the first that assigns the same
    const family = (k: string) => k.split('.')[0]
    const same = DEFAULT_STAGES.findIndex((d) => family(d) === family(key))
    const i = same >= 0 ? same : DEFAULT_STAGES.findIndex((d) => lookupStage(d)!.assigns.some((a) => stage.assigns.includes(a)))
    lists.push(i < 0 ? [...DEFAULT_STAGES, key] : [...DEFAULT_STAGES.slice(0, i), key, ...DEFAULT_STAGES.slice(i + 1)])
  }
  return lists
}

let pipelines: Pipeline[] | undefined
function allPipelines(): Pipeline[] {
  pipelines ??= fuzzStageLists().map((stages) => createPipeline({ stages }))
  return pipelines
}

const WORDS = ['Hamas', 'Israel', 'Gaza', 'the', 'army', 'said', 'killed', 'two', 'soldiers', 'in', 'Rafah', 'on', 'Sunday', 'Mr.', 'U.S.',
  'President', 'Biden', 'according', 'to', 'officials', 'told', 'Reuters', 'he', 'she', 'they', 'attacked', 'met', 'with', 'Egypt', 'al-Qassam',
  'Brigades', 'Hezbollah', 'Lebanon', 'IDF', 'spokesman', 'claimed', 'that', 'struck', 'a', 'convoy', 'near', 'Khan', 'Younis', 'Jan.', 'No.',
  'Maj.', 'Gen.', 'U.N.', "'s", 'Islamic', 'State', 'ISIS', 'warned', 'would', 'not', 'denied', 'announced', 'ceasefire', 'number of',
  'the number of', 'dozens', 'hundreds', 'wounded', 'arrested', 'people', 'million', 'five', 'thousand', 'at least', 'more than']
const ODD = ['\u0301', '\u0308', 'é', 'مرحبا', 'שלום', '\u200f', '\u202e', '\u200b', '\u200d', '\ufeff', '\u0000', '😀', '👍🏽', '\ud800',
  '\udc00', '“', '”', '‘', '’', '—', '–', '…', '\u00a0', '\u2028', '\r\n', '\t', '«', '»', '（', '東京', 'Ⅻ', '٣', '¾', '\u0007']
const PUNCT = ['.', '!', '?', ',', ';', ':', '"', "'", '(', ')', '[', ']', '-', '\n', '\n\n', ' ', '  ', '...', '?!', '."', '.”']

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.integer({ min: -100000, max: 10_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('1,000', '3.5', '2,500,000', '12th', '1990s', '50%', '$4', '10km', '#1', '7') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
)

/** Very long tokens and sentences: a repeated character or word, sized to stay fast in `npm test`. */
const long: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('x', 'A', '9', '-', '.', 'ب', '😀'), fc.integer({ min: 200, max: 3000 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(fc.constantFrom('Hamas said ', 'word ', 'and the ', 'U.S. ', '1 '), fc.integer({ min: 50, max: 600 })).map(([w, n]) => w.repeat(n)),
)

const NAMES = ['Hamas', 'Israel', 'the Israeli army', 'Robertson', 'John Smith', 'Russia', 'the [Syrian] regime', 'Hezbollah', 'the U.N.',
  'Egypt', 'Islamic State', 'Maj. Gen. Ali Hassan', 'the ministry', 'police', 'he', 'they', 'she', 'it', 'two soldiers', 'dozens of people']
const VERBS = ['attacked', 'killed', 'met', 'accused', 'condemned', 'struck', 'wounded', 'arrested', 'warned', 'criticized', 'threatened',
  'praised', 'shelled', 'detained', 'bombed', 'visited', 'urged', 'blocked']
const SAID = ['said', 'told Reuters', 'added', 'claimed', 'denied', 'announced', 'according to']
/** News-shaped sentences: actors, event verbs, counts, quotes and speakers in other sentences (the shapes that reach event and claim coding). */
const newsSentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...NAMES), fc.constantFrom('', ' in Gaza', ' near Rafah on Sunday', ', killing 5', ' (refugees)'))
    .map(([a, v, b, tail]) => `${a} ${v} ${b}${tail}.`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...SAID), fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...NAMES))
    .map(([s, c, a, v, b]) => `${s} ${c}: “${a} ${v} ${b}.”`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.constantFrom(...SAID))
    .map(([a, v, b, s, c]) => `"${a} ${v} ${b}," ${s} ${c}.`),
  fc.tuple(fc.constantFrom('At least', 'More than', 'The number of', ''), fc.integer({ min: 1, max: 5000 }), fc.constantFrom('people', 'soldiers', 'refugees'),
    fc.constantFrom('were killed', 'died', 'were wounded by', 'fled'), fc.constantFrom(...NAMES)).map(([q, n, w, v, a]) => `${q} ${n} ${w} ${v} ${a}.`),
  fc.constantFrom('He added: “the (refugees) must not be forced to make decisions under threat.”', 'They denied it.', '“We will respond,” he said.'),
)

/** Article text: word soup with odd Unicode, long runs, empty and whitespace-only text, numbers at the end. */
export const articleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.array(fc.oneof({ weight: 20, arbitrary: fragment }, { weight: 1, arbitrary: long }), { maxLength: 60 }).chain((parts) =>
    fc.constantFrom(' ', '').map((sep) => parts.join(sep))) },
  { weight: 6, arbitrary: fc.array(fc.oneof({ weight: 12, arbitrary: newsSentence }, { weight: 1, arbitrary: fragment }), { maxLength: 14 })
    .chain((ss) => fc.constantFrom(' ', '\n', '\n\n').map((sep) => ss.join(sep))) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n\t ', '\u0000', '\u200b\u200b', '.', '"', 'Hamas', 'He said 5', 'The toll rose to 1,200') },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((w) => w.join(' ')) }, // no sentence end
  { weight: 1, arbitrary: fc.tuple(fc.array(fc.constantFrom(...WORDS), { maxLength: 20 }), fc.integer()).map(([w, n]) => `${w.join(' ')} ${n}`) },
)

const TAGS = ['p', 'div', 'article', 'main', 'h1', 'h2', 'span', 'b', 'a', 'li', 'ul', 'table', 'td', 'tr', 'blockquote', 'figure', 'figcaption',
  'script', 'style', 'nav', 'footer', 'header', 'time', 'meta', 'title', 'head', 'body', 'html', 'br', 'img', 'noscript', 'svg', 'template']
const htmlPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: articleText.map((t) => t.slice(0, 400)) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom('', ' class="caption"', ' id=x', ' href="http://a/b?c=1&d=2"', ' content="2024-01-02"',
    ' property="og:title" content="T"', ' a="unterminated', ' \u0000=1')).map(([t, a]) => `<${t}${a}>`) },
  { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((t) => `</${t}>`) },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&#x41;', '&#0;', '&#xD800;', '&#99999999;', '&bogus;', '&', '&lt;script&gt;', '&nbsp;', '&ldquo;') },
  { weight: 1, arbitrary: fc.constantFrom('<!-- c -->', '<!--', '<![CDATA[x]]>', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<', '>', '</', '<p', '<<p>>') },
)
/** Random and broken HTML pages. */
export const htmlPage: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(htmlPiece, { maxLength: 50 }).map((p) => p.join('')) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 40 }), fc.array(htmlPiece, { maxLength: 40 })).map(([title, body]) =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body.join('')}</article></body></html>`) },
)

/**
 * Failures another change fixes, each with its reason: a case that hits one is counted in `knownHits`, not
 * failed. Remove an entry once its fix is merged (the fuzz then checks that shape again).
 */
export const KNOWN_FAILURES: ReadonlyArray<{ readonly stage: string; readonly frame: string; readonly reason: string }> = []
export const knownHits = new Map<string, number>()

function knownFailure(e: unknown): string | undefined {
  if (!(e instanceof StageError) || !(e.cause instanceof Error)) return undefined
  const stack = e.cause.stack ?? ''
  return KNOWN_FAILURES.find((k) => k.stage === e.stage && stack.includes(`at ${k.frame} `))?.reason
}

function fail(what: string, input: string, detail: string): never {
  throw new Error(`${what}: ${detail}\n  input (JSON): ${JSON.stringify(input).slice(0, 2000)}`)
}

/** Run an article through every fuzz pipeline twice; throw on any failure, bad span or nondeterminism. */
export async function checkArticle(article: Article, input: string): Promise<void> {
  for (const p of allPipelines()) {
    const name = p.stages.map((s) => s.key).join(' > ')
    let first: string | undefined
    for (let run = 0; run < 2; run++) {
      let doc
      try {
        doc = await p.run(article)
      } catch (e) {
        const known = knownFailure(e)
        if (known) { knownHits.set(known, (knownHits.get(known) ?? 0) + 1); return }
        fail(`pipeline ${name} threw`, input, e instanceof Error ? `${e.message}\n${e.cause instanceof Error ? e.cause.stack : ''}` : String(e))
      }
      const problems = spanProblems(doc)
      if (problems.length) fail(`pipeline ${name} spans`, input, problems.slice(0, 5).join('; '))
      const json = JSON.stringify(doc)
      if (first === undefined) first = json
      else if (json !== first) fail(`pipeline ${name} not deterministic`, input, 'second run differs')
    }
  }
}

/** Coded input errors that are the right answer for some generated inputs (empty text, no body found). */
const EXPECTED_CODES = new Set(['E_INPUT_EMPTY', 'E_EXTRACT', 'E_INPUT_TOO_LARGE'])

/** Plain text: straight into the pipeline (any text, even empty), and through the plain-text ingest path. */
export async function checkText(text: string): Promise<void> {
  await checkArticle(articleFromText(text, {}), text)
  let article: Article
  try {
    article = plainTextArticle(text, {}, 'fuzz.txt')
  } catch (e) {
    if (isDossierError(e) && EXPECTED_CODES.has(e.code)) return
    fail('plain-text ingest threw', text, e instanceof Error ? e.stack ?? e.message : String(e))
  }
  await checkArticle(article, text)
}

/** HTML: extraction (source map into the raw page checked too), then the pipeline. */
export async function checkHtml(html: string): Promise<void> {
  let article: Article
  try {
    const x = extractHtml(html, { url: 'https://news.example/a' })
    for (const m of x.sourceMap) {
      if (m.rawStart < 0 || m.rawEnd > html.length || m.rawEnd < m.rawStart) fail('source map', html, `raw [${m.rawStart}, ${m.rawEnd}) outside page of ${html.length}`)
    }
    article = articleFromExtracted(x, {}, 'fuzz.html')
  } catch (e) {
    if (isDossierError(e) && EXPECTED_CODES.has(e.code)) return
    fail('HTML ingest threw', html, e instanceof Error ? e.stack ?? e.message : String(e))
  }
  await checkArticle(article, html)
}
