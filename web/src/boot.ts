/**
 * The entry module: starts the request a deep link needs (a dossier) while the app module is still loading, so
 * the two overlap, then loads the app.
 */
import { dossierPath, prefetch } from './fetcher'

const m = /^#\/entity\/([^?]+)/.exec(location.hash)
if (m) { try { prefetch(dossierPath(decodeURIComponent(m[1]!))) } catch { /* a malformed link: the view reports it */ } }
void import('./main')
