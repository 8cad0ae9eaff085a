// A page of a sync: the changes after the token's position up to its bound, read in one snapshot, each article as
// the public article route serves it; then the token for the next page, or for the next sync.
import { HttpProblem, badRequest } from '../../http/errors.js'
import type { Executor } from '../../db/schema.js'
import type { StoredArticle } from '../model/schemas.js'
import type { SyncRepository } from './repository.js'
import { SYNCED_FIELDS, type SyncedArticle, type SyncItem, type SyncPage } from './schemas.js'
import { decodeSyncToken, encodeSyncToken, type SyncCursor } from './token.js'

/** A page stops growing once its items pass this many bytes of JSON (it always holds at least one). */
export const SYNC_PAGE_BYTES = 1024 * 1024

export const SYNC_EXPIRED_TYPE = '/problems/sync-token-expired'

const startOver = (detail: string) => new HttpProblem(410, `${detail} Start over with GET /v1/sync (without sync_token) and replace the local copy.`, {
  type: SYNC_EXPIRED_TYPE, title: 'Sync token expired',
})

export interface SyncServiceOptions {
  sync: SyncRepository
  /** The published article with this slug as the public article route serves it (without review stats), read in `trx`. */
  article: (slug: string, trx: Executor) => Promise<StoredArticle | undefined>
}

export interface SyncService {
  /** The page `token` leads to (undefined: the first page of an initial sync), trimmed to `fields` when given. */
  page(token: string | undefined, options: { limit: number, fields?: string | undefined }): Promise<SyncPage>
}

/** The field names `fields=` asks for (slug always), or a 400 naming the unknown ones; undefined: every field. */
function selectedFields (fields: string | undefined): string[] | undefined {
  if (fields === undefined) return undefined
  const asked = new Set(['slug', ...fields.split(',')])
  const unknown = [...asked].filter((name) => !SYNCED_FIELDS.includes(name))
  if (unknown.length > 0) {
    throw badRequest(`fields names ${unknown.length === 1 ? 'a field' : 'fields'} a synced article does not have: ${unknown.join(', ')}.`,
      [{ path: '/query/fields', message: `unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((name) => `"${name}"`).join(', ')} (known: ${SYNCED_FIELDS.join(', ')})` }])
  }
  return SYNCED_FIELDS.filter((name) => asked.has(name))
}

function trimmed (article: StoredArticle, names: string[] | undefined): SyncedArticle {
  if (!names) return article
  return Object.fromEntries(names.map((name) => [name, article[name as keyof StoredArticle]])) as SyncedArticle
}

export function createSyncService ({ sync, article }: SyncServiceOptions): SyncService {
  return {
    async page (token, { limit, fields }) {
      const names = selectedFields(fields)
      const cursor: SyncCursor = token === undefined ? { from: undefined } : decodeSyncToken(token)
      return sync.inSnapshot(async (trx) => {
        const state = await sync.state(trx)
        if (cursor.from !== undefined && cursor.from < state.purged_through) {
          throw startOver('This sync token is older than the deletions this server keeps (SYNC_TOMBSTONE_RETENTION_DAYS).')
        }
        // A token from ahead of this database (restored from an older backup, say): what the copy holds is unknown here.
        if ((cursor.from ?? 0) > state.seq || (cursor.upto ?? 0) > state.seq) throw startOver('This sync token is ahead of this database.')
        const upto = cursor.upto ?? state.seq
        const changes = await sync.changes({ from: cursor.from, upto, after: cursor.after, limit: limit + 1 }, trx)
        const data: SyncItem[] = []
        let bytes = 0
        for (const change of changes) {
          if (data.length === limit || bytes >= SYNC_PAGE_BYTES) break
          let item: SyncItem
          if (change.kind === 0) {
            item = { type: 'deleted', id: change.id, slug: change.slug, deleted_at: change.deleted_at, reason: change.reason }
          } else {
            const found = await article(change.slug, trx)
            // Read in the snapshot the change was found in: it is there.
            if (!found) throw new Error(`sync: the published article ${change.id} is missing from its own snapshot`)
            item = { type: 'article', id: change.id, article: trimmed(found, names) }
          }
          bytes += JSON.stringify(item).length
          data.push(item)
        }
        if (data.length < changes.length) {
          const last = changes[data.length - 1]!
          return { data, next_page_token: encodeSyncToken({ from: cursor.from, upto, after: { seq: last.seq, kind: last.kind, id: last.id } }) }
        }
        return { data, next_sync_token: encodeSyncToken({ from: upto }) }
      })
    },
  }
}
