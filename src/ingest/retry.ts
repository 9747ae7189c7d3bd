/**
 * What to give `dossier ingest` to try a failed input again. A feed's entry is recorded as `feed#page`; ingesting
 * that would fetch the whole feed again, so an entry with a page URL is retried by that URL.
 * @module
 */
import net from 'node:net'
import { blockedReason } from './fetch.js'

export interface RetryInput {
  /** The input to ingest again. */
  readonly input: string
  /** A loopback or private address: fetching it needs `--allow-private`. */
  readonly private: boolean
}

/** The input that retries a failed item (`feed.xml#https://…/page` → the page), and whether it is on a private network. */
export function retryInput(item: string): RetryInput {
  const hash = item.indexOf('#')
  const entry = hash >= 0 ? item.slice(hash + 1) : ''
  const input = /^https?:\/\//i.test(entry) ? entry : item
  return { input, private: isPrivateUrl(input) }
}

function isPrivateUrl(input: string): boolean {
  if (!/^https?:\/\//i.test(input)) return false
  try {
    const host = new URL(input).hostname.replace(/^\[|\]$/g, '')
    if (host === 'localhost' || host.endsWith('.localhost')) return true
    return net.isIP(host) !== 0 && blockedReason(host) !== undefined
  } catch { return false }
}
