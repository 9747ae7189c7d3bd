/**
 * A generated corpus of short conflict reports for the worker tests and benchmarks: the same seed gives the
 * same texts. Real place and group names (so the analysis finds entities, events, claims and relations),
 * invented people, sentences drawn from templates so that no two articles are near-duplicates.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { NEAR_DUP_MAX_HAMMING, simhash } from '../../src/ingest/near-dup.js'
import { seededRandom } from '../../src/model/index.js'

const PLACES = ['Gaza', 'Rafah', 'Aleppo', 'Mosul', 'Kabul', 'Kandahar', 'Donetsk', 'Kharkiv', 'Khartoum', 'Mogadishu',
  'Tripoli', 'Sanaa', 'Idlib', 'Homs', 'Basra', 'Kirkuk', 'Benghazi', 'Goma', 'Juba', 'Timbuktu']
const GROUPS = ['Hamas', 'Hezbollah', 'the Taliban', 'al-Shabaab', 'the Houthis', 'the Islamic State', 'the Syrian army',
  'the Iraqi army', 'the Afghan police', 'the Rapid Support Forces', 'the Ukrainian army', 'the Russian army', 'the Libyan National Army', 'the Sudanese army']
const AGENCIES = ['the United Nations', 'the Red Cross', 'Amnesty International', 'Human Rights Watch', 'the World Food Programme', 'the African Union']
const FIRST = ['Ahmed', 'Omar', 'Yusuf', 'Layla', 'Fatima', 'Hassan', 'Ivan', 'Olena', 'Mariam', 'Karim', 'Samir', 'Nadia', 'Tariq', 'Aisha', 'Dmitri', 'Amina']
const LAST = ['Haddad', 'Rahimi', 'Saleh', 'Khalil', 'Petrenko', 'Mansour', 'Qureshi', 'Farouk', 'Osman', 'Nasser', 'Karimov', 'Bakr', 'Darwish', 'Yilmaz']
const TITLES = ['General', 'Colonel', 'Minister', 'Commander', 'Governor']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const WIRES = ['Reuters', 'AP', 'AFP']

const rng = seededRandom

type Fill = { place: string; place2: string; group: string; group2: string; agency: string; person: string; person2: string; title: string; day: string; n: number; m: number }

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

const SENTENCES: Array<(f: Fill) => string> = [
  (f) => `${cap(f.group)} fighters attacked positions of ${f.group2} near ${f.place} on ${f.day}, killing ${f.n} people.`,
  (f) => `${f.title} ${f.person} of ${f.group} said the assault on ${f.place2} would continue until ${f.group2} withdrew.`,
  (f) => `A spokesman for ${f.group2} denied that its forces had shelled ${f.place}, calling the report false.`,
  (f) => `${cap(f.agency)} said at least ${f.m} civilians had fled ${f.place} since ${f.day}.`,
  (f) => `${f.person2}, a local official in ${f.place2}, said ${f.n} houses were destroyed in air strikes overnight.`,
  (f) => `${cap(f.group)} and ${f.group2} agreed to a ceasefire in ${f.place2} after talks mediated by ${f.agency}.`,
  (f) => `${f.title} ${f.person} met ${f.person2} in ${f.place} on ${f.day} to discuss the release of ${f.m} prisoners.`,
  (f) => `Police in ${f.place} arrested ${f.n} men suspected of links to ${f.group}, officials said.`,
  (f) => `${cap(f.agency)} condemned the bombing of a market in ${f.place2}, which witnesses blamed on ${f.group2}.`,
  (f) => `According to ${f.agency}, ${f.m} aid trucks reached ${f.place} on ${f.day} for the first time in weeks.`,
  (f) => `${f.person2} accused ${f.group} of detaining ${f.n} journalists in ${f.place2}.`,
  (f) => `${cap(f.group2)} threatened to retaliate against ${f.group} if the attacks on ${f.place} did not stop.`,
]

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!
}

/** The text of article i of the corpus with this seed. */
export function generatedArticle(i: number, seed = 1): string {
  const r = rng(seed * 100_003 + i)
  const f: Fill = {
    place: pick(r, PLACES), place2: pick(r, PLACES), group: pick(r, GROUPS), group2: pick(r, GROUPS), agency: pick(r, AGENCIES),
    person: `${pick(r, FIRST)} ${pick(r, LAST)}`, person2: `${pick(r, FIRST)} ${pick(r, LAST)}`, title: pick(r, TITLES), day: pick(r, DAYS),
    n: 2 + Math.floor(r() * 90), m: 100 + Math.floor(r() * 9000),
  }
  const order = SENTENCES.map((s, k) => ({ s, k: r() })).sort((a, b) => a.k - b.k).slice(0, 5)
  const body = order.map((o) => o.s(f)).join(' ')
  return `Fighting near ${f.place}, report ${i}\n\n${f.place.toUpperCase()}, ${f.day} (${pick(r, WIRES)}) - ${body}\n`
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}

/**
 * n articles, none a near-duplicate of another (an article within the store's near-duplicate distance of an
 * earlier one is drawn again), so that which copy a process sees first cannot change what is stored.
 */
export function generatedCorpus(n: number, seed = 1): string[] {
  const texts: string[] = []
  const keys: Array<[number, number]> = []
  for (let i = 0, attempt = 0; texts.length < n; i++) {
    const text = generatedArticle(i + attempt * 1_000_003, seed)
    const h = simhash(text)
    const k: [number, number] = [parseInt(h.slice(0, 8), 16), parseInt(h.slice(8, 16), 16)]
    if (keys.some(([a, b]) => popcount32(a ^ k[0]) + popcount32(b ^ k[1]) <= NEAR_DUP_MAX_HAMMING)) { attempt++; i--; continue }
    keys.push(k)
    texts.push(text)
  }
  return texts
}

/** Write the corpus as `a00000.txt`… into dir; returns the paths. */
export function writeGeneratedCorpus(dir: string, n: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true })
  return generatedCorpus(n, seed).map((text, i) => {
    const p = join(dir, `a${String(i).padStart(5, '0')}.txt`)
    writeFileSync(p, text)
    return p
  })
}
