/**
 * A scheme adapter: the weights of one annotation scheme (re3d's: titles inside person names, states typed by their
 * role, descriptive mentions) learned apart from the model, over its frozen shared weights. The model's own scheme
 * copies share its hash table, so retraining them moves the shared scheme the pipeline runs (by collisions); an
 * adapter leaves the model and every shared-scheme output exactly as they are, and is used only when a recogniser
 * decodes with the scheme and is given the adapter. Learned by an averaged perceptron over the scheme's training
 * sentences, the emissions of the frozen model's shared features plus the adapter's rows for the scheme copies of the
 * same features, with transitions of its own; trained in several seeded orders and averaged, which steadies it on a
 * few hundred sentences (docs/ner.md, twenty-sixth session: chosen on re3d folds and sources held out of training).
 * This file holds the adapter, its file format and its rows; `scheme-adapter-training.ts` learns one.
 *
 * File layout (gzip-compressed): "DSNERA\0\1" · u32 header length · header JSON · padding to 4 ·
 * f32[(T+1)·T] transitions · i32[rows] buckets (ascending) · i16[rows · T] weights.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod'
import { DossierError } from '../model/index.js'
import { FEATURES_PER_TOKEN } from './features.js'
import { NUM_TAGS as T } from './tags.js'

const MAGIC = Buffer.from('DSNERA\0\u0001', 'latin1')

const AdapterHeader = z.object({
  version: z.literal(1),
  scheme: z.string().min(1),
  hashBits: z.number().int().min(8).max(26),
  /** The scale of the model it was trained over: an adapter fits one model only. */
  baseScale: z.number().positive(),
  scale: z.number().positive(),
  rows: z.number().int().nonnegative(),
  meta: z.record(z.string(), z.unknown()),
})
type AdapterHeader = z.infer<typeof AdapterHeader>

export interface SchemeAdapter extends AdapterHeader {
  readonly transitions: Float32Array
  /** Hash buckets of the scheme's feature copies that carry weights, ascending. */
  readonly buckets: Int32Array
  /** rows × T int16 weights; a score is weight × scale. */
  readonly weights: Int16Array
}

/** Add the adapter rows of a sentence's scheme feature ids (F per token) to its emissions, times `scale`. */
export function addRows(em: Float32Array, ids: Int32Array, n: number, row: (bucket: number) => ArrayLike<number> | undefined, scale: number): void {
  const F = FEATURES_PER_TOKEN
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < F; f++) {
      const r = row(ids[i * F + f]!)
      if (r) for (let c = 0; c < T; c++) em[i * T + c] = em[i * T + c]! + r[c]! * scale
    }
  }
}

export function encodeAdapter(a: SchemeAdapter): Buffer {
  const header: AdapterHeader = { version: 1, scheme: a.scheme, hashBits: a.hashBits, baseScale: a.baseScale, scale: a.scale, rows: a.rows, meta: a.meta }
  const h = Buffer.from(JSON.stringify(header), 'utf8')
  const len = Buffer.alloc(4)
  len.writeUInt32LE(h.length)
  const pad = (4 - ((MAGIC.length + 4 + h.length) % 4)) % 4
  const bytes = (x: Float32Array | Int32Array | Int16Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength)
  return gzipSync(Buffer.concat([MAGIC, len, h, Buffer.alloc(pad), bytes(a.transitions), bytes(a.buckets), bytes(a.weights)]), { level: 9 })
}

function corrupt(why: string, file: string | undefined, cause?: unknown): DossierError {
  return new DossierError('E_MODEL', `NER scheme adapter ${file ?? ''} is corrupt: ${why}`.replace('  ', ' '), {
    cause, context: { file }, hint: 'rebuild it with `npx tsx scripts/ner-train-adapter.ts` (needs ../shared/data) or restore models/ner/ from git',
  })
}

export function decodeAdapter(buf: Uint8Array, file?: string): SchemeAdapter {
  let raw: Buffer
  try { raw = gunzipSync(buf) } catch (e) { throw corrupt('not a gzip stream or checksum mismatch', file, e) }
  if (raw.length < MAGIC.length + 4 || !raw.subarray(0, MAGIC.length).equals(MAGIC)) throw corrupt('bad magic bytes', file)
  const hlen = raw.readUInt32LE(MAGIC.length)
  const hstart = MAGIC.length + 4
  let header: AdapterHeader
  try {
    header = AdapterHeader.parse(JSON.parse(raw.subarray(hstart, hstart + hlen).toString('utf8')))
  } catch (e) {
    throw corrupt('bad header', file, e)
  }
  let off = hstart + hlen
  off += (4 - (off % 4)) % 4
  const tLen = (T + 1) * T
  if (raw.length !== off + tLen * 4 + header.rows * 4 + header.rows * T * 2) throw corrupt('weight section has the wrong size', file)
  const copy = <A extends Float32Array | Int32Array | Int16Array>(a: A, bytes: number): A => { new Uint8Array(a.buffer).set(raw.subarray(off, off + bytes)); off += bytes; return a }
  const transitions = copy(new Float32Array(tLen), tLen * 4)
  const buckets = copy(new Int32Array(header.rows), header.rows * 4)
  const weights = copy(new Int16Array(header.rows * T), header.rows * T * 2)
  return { ...header, transitions, buckets, weights }
}

export function readAdapterFile(file: string): SchemeAdapter {
  let buf: Buffer
  try {
    buf = readFileSync(file)
  } catch (e) {
    throw new DossierError('E_MODEL', `NER scheme adapter ${file} cannot be read`, { cause: e, context: { file }, hint: 'build it with `npx tsx scripts/ner-train-adapter.ts`, or restore models/ner/ from git' })
  }
  return decodeAdapter(buf, file)
}

/** Row lookup of an adapter: bucket → its T weights (already times the adapter's scale), or undefined. */
export function adapterRows(a: SchemeAdapter): (bucket: number) => Float32Array | undefined {
  const rows = new Map<number, Float32Array>()
  a.buckets.forEach((b, k) => rows.set(b, Float32Array.from(a.weights.subarray(k * T, (k + 1) * T), (x) => x * a.scale)))
  return (b) => rows.get(b)
}

/** The shipped adapter of a scheme (models/ner/<scheme>-adapter.bin.gz, for the shipped model), or undefined when there is none. */
export function shippedAdapter(scheme: string): SchemeAdapter | undefined {
  const file = fileURLToPath(new URL(`../../models/ner/${scheme}-adapter.bin.gz`, import.meta.url))
  return existsSync(file) ? readAdapterFile(file) : undefined
}
