/**
 * The NER model: hashed feature weights per tag (int16, one scale), tag
 * transition scores and the lexicons, plus its binary file format.
 *
 * File layout (the whole file gzip-compressed; gzip's CRC catches corruption):
 *   "DSNER\0\0\1" · u32 header length · header JSON · padding to 4 ·
 *   f32[(T+1)·T] transitions · i16[2^hashBits · T] weights
 * @module
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { DossierError } from '../model/index.js'
import { FEATURES_PER_TOKEN, FEATURES_WITH_SYNTAX } from './features.js'
import type { LexiconData } from './lexicon.js'
import { NUM_TAGS, TAGS } from './tags.js'

const MAGIC = Buffer.from('DSNER\0\0\u0001', 'latin1')
export const FORMAT_VERSION = 1

export interface NerModelData {
  readonly hashBits: number
  /** Scale turning int16 weights back into scores. */
  readonly scale: number
  readonly weights: Int16Array
  readonly transitions: Float32Array
  readonly lexicon: LexiconData
  /** Training figures and provenance, also written to meta.json. */
  readonly meta: Record<string, unknown>
  /** Features per token: FEATURES_WITH_SYNTAX for a model that reads the syntax stage; absent = FEATURES_PER_TOKEN. */
  readonly features?: number
}

interface Header {
  version: number
  tags: string[]
  featuresPerToken: number
  hashBits: number
  scale: number
  lexicon: LexiconData
  meta: Record<string, unknown>
}

/** Quantise float weights to int16 with one scale. */
export function quantise(weights: Float32Array | Float64Array): { scale: number; weights: Int16Array } {
  let max = 0
  for (let i = 0; i < weights.length; i++) {
    const a = Math.abs(weights[i]!)
    if (a > max) max = a
  }
  const scale = max === 0 ? 1 : max / 32767
  const q = new Int16Array(weights.length)
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scale)
  return { scale, weights: q }
}

export function encodeModel(m: NerModelData): Buffer {
  const header: Header = {
    version: FORMAT_VERSION, tags: [...TAGS], featuresPerToken: m.features ?? FEATURES_PER_TOKEN,
    hashBits: m.hashBits, scale: m.scale, lexicon: m.lexicon, meta: m.meta,
  }
  const h = Buffer.from(JSON.stringify(header), 'utf8')
  const pad = (4 - ((MAGIC.length + 4 + h.length) % 4)) % 4
  const len = Buffer.alloc(4)
  len.writeUInt32LE(h.length)
  const raw = Buffer.concat([
    MAGIC, len, h, Buffer.alloc(pad),
    Buffer.from(m.transitions.buffer, m.transitions.byteOffset, m.transitions.byteLength),
    Buffer.from(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength),
  ])
  return gzipSync(raw, { level: 9 })
}

function corrupt(why: string, cause?: unknown, file?: string): DossierError {
  return new DossierError('E_MODEL', `NER model ${file ?? ''} is corrupt: ${why}`.replace('  ', ' '), {
    cause, context: { file }, hint: 'rebuild it with `npm run train:ner` (needs ../shared/data) or restore models/ner/ from git',
  })
}

export function decodeModel(buf: Uint8Array, file?: string): NerModelData {
  let raw: Buffer
  try {
    raw = gunzipSync(buf)
  } catch (e) {
    throw corrupt('not a gzip stream or checksum mismatch', e, file)
  }
  if (raw.length < MAGIC.length + 4 || !raw.subarray(0, MAGIC.length).equals(MAGIC)) throw corrupt('bad magic bytes', undefined, file)
  const hlen = raw.readUInt32LE(MAGIC.length)
  const hstart = MAGIC.length + 4
  if (hstart + hlen > raw.length) throw corrupt('truncated header', undefined, file)
  let header: Header
  try {
    header = JSON.parse(raw.subarray(hstart, hstart + hlen).toString('utf8')) as Header
  } catch (e) {
    throw corrupt('header is not JSON', e, file)
  }
  if (header.version !== FORMAT_VERSION) throw corrupt(`format version ${header.version}, expected ${FORMAT_VERSION}`, undefined, file)
  if (header.tags.join(',') !== TAGS.join(',')) throw corrupt('tag set differs from this version of Dossier', undefined, file)
  if (header.featuresPerToken !== FEATURES_PER_TOKEN && header.featuresPerToken !== FEATURES_WITH_SYNTAX) throw corrupt('feature templates differ from this version of Dossier', undefined, file)
  let off = hstart + hlen
  off += (4 - (off % 4)) % 4
  const tLen = (NUM_TAGS + 1) * NUM_TAGS
  const wLen = (1 << header.hashBits) * NUM_TAGS
  if (raw.length !== off + tLen * 4 + wLen * 2) throw corrupt('weight section has the wrong size', undefined, file)
  // copy into fresh aligned buffers
  const transitions = new Float32Array(tLen)
  new Uint8Array(transitions.buffer).set(raw.subarray(off, off + tLen * 4))
  off += tLen * 4
  const weights = new Int16Array(wLen)
  new Uint8Array(weights.buffer).set(raw.subarray(off, off + wLen * 2))
  const features = header.featuresPerToken === FEATURES_PER_TOKEN ? {} : { features: header.featuresPerToken }
  return { hashBits: header.hashBits, scale: header.scale, weights, transitions, lexicon: header.lexicon, meta: header.meta, ...features }
}

export function readModelFile(file: string): NerModelData {
  let buf: Buffer
  try {
    buf = readFileSync(file)
  } catch (e) {
    throw new DossierError('E_MODEL', `NER model file ${file} cannot be read`, {
      cause: e, context: { file }, hint: 'run `npm run train:ner` to build it (needs ../shared/data), or restore models/ner/ from git',
    })
  }
  return decodeModel(buf, file)
}
