// Sync tokens: opaque to clients, base64url of a small versioned JSON. A sync token says "the client has every change
// up to counter value `from`"; a page token also carries the sync's upper bound (`upto`, fixed by its first page) and
// the position of the last item sent. Anything else is refused as a 400.
import { badRequest } from '../../http/errors.js'

/** Items are ordered by (seq, kind, id): at one counter value a tombstone (kind 0) comes before an article (kind 1). */
export interface SyncPosition { seq: number, kind: 0 | 1, id: number }

export interface SyncCursor {
  /** The counter value the client is current to; undefined for an initial sync (every published article). */
  from: number | undefined
  /** A page token's upper bound: the counter value the first page read. */
  upto?: number
  /** A page token's position: the last item sent. */
  after?: SyncPosition
}

const VERSION = 1
const MAX_TOKEN_LENGTH = 300

interface Encoded { v: number, f: number | null, u?: number, a?: [number, number, number] }

export function encodeSyncToken (cursor: SyncCursor): string {
  const encoded: Encoded = { v: VERSION, f: cursor.from ?? null }
  if (cursor.upto !== undefined) encoded.u = cursor.upto
  if (cursor.after) encoded.a = [cursor.after.seq, cursor.after.kind, cursor.after.id]
  return Buffer.from(JSON.stringify(encoded)).toString('base64url')
}

/** Counters and ids are integer columns on PostgreSQL (at most 2^31 - 1): a larger number is not one this API gave out. */
const counter = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 2_147_483_647

export const invalidSyncToken = () => badRequest('sync_token is not a token this API gave out: start over with GET /v1/sync.',
  [{ path: '/query/sync_token', message: 'is not a valid sync token' }])

/** The cursor a token names, or a 400. */
export function decodeSyncToken (token: string): SyncCursor {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) throw invalidSyncToken()
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
  } catch {
    throw invalidSyncToken()
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidSyncToken()
  const { v, f, u, a, ...rest } = value as Record<string, unknown>
  if (v !== VERSION || Object.keys(rest).length > 0 || !(f === null || counter(f))) throw invalidSyncToken()
  const cursor: SyncCursor = { from: f ?? undefined }
  if (u !== undefined || a !== undefined) {
    // A page token has both.
    if (!counter(u) || !Array.isArray(a) || a.length !== 3 || !a.every(counter) || (a[1] !== 0 && a[1] !== 1)) throw invalidSyncToken()
    const [seq, kind, id] = a as [number, 0 | 1, number]
    if ((f !== null && f > u) || seq > u) throw invalidSyncToken()
    cursor.upto = u
    cursor.after = { seq, kind, id }
  }
  return cursor
}
