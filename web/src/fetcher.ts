/** Fetching from the Dossier API (same origin) with coded errors; no React, so the boot module can use it. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message) }
}

export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } })
  if (!res.ok) {
    let code = `HTTP_${res.status}`, message = res.statusText
    try { const b = (await res.json()) as { code?: string; message?: string }; code = b.code ?? code; message = b.message ?? message } catch { /* not JSON */ }
    throw new ApiError(res.status, code, message)
  }
  return (await res.json()) as T
}

export const get = <T>(path: string) => request<T>(path)


/** Requests started before the app module loaded (see boot.ts), taken once by the first view that asks. */
const early = new Map<string, Promise<unknown>>()
export function prefetch(path: string): void { early.set(path, get(path)) }
export function takeEarly<T>(path: string): Promise<T> | undefined {
  const p = early.get(path)
  early.delete(path)
  return p as Promise<T> | undefined
}

/** The dossier request, shared by boot.ts and the dossier view. */
export const dossierPath = (id: string) => `/api/entities/${encodeURIComponent(id)}?limit=50&mentions=20&evidence=5`
