// Admin API keys: generated once, stored only as SHA-256 hashes, looked up by hash.
import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'

export interface ApiKeyInfo {
  name: string
  key_prefix: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface ApiKeyRepository {
  /** Stores a new key under `name` and returns the key itself: the only time it exists in clear. */
  create(name: string): Promise<{ key: string, info: ApiKeyInfo }>
  list(): Promise<ApiKeyInfo[]>
  /** Revokes the active key with this name; false when there is none. */
  revoke(name: string): Promise<boolean>
  /** The active key's name for a presented key hash, recording its use. */
  findActiveByHash(keyHash: string, now?: Date): Promise<string | undefined>
}

export class DuplicateKeyNameError extends Error {}

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex')

export function generateKey (): string {
  return `cak_${randomBytes(32).toString('base64url')}`
}

/** Recording every use would write on every admin request; once a minute is enough to audit. */
const LAST_USED_RESOLUTION_MS = 60_000

export function createApiKeyRepository (db: Kysely<Database>): ApiKeyRepository {
  const columns = ['name', 'key_prefix', 'created_at', 'last_used_at', 'revoked_at'] as const
  return {
    async create (name) {
      const key = generateKey()
      const info = await db.transaction().execute(async (trx) => {
        const taken = await trx.selectFrom('api_keys').select('id').where('name', '=', name).where('revoked_at', 'is', null).executeTakeFirst()
        if (taken) throw new DuplicateKeyNameError(`An active key named "${name}" already exists: revoke it first or choose another name`)
        return trx.insertInto('api_keys')
          .values({ name, key_hash: hashKey(key), key_prefix: key.slice(0, 8), created_at: new Date().toISOString() })
          .returning(columns).executeTakeFirstOrThrow()
      })
      return { key, info }
    },

    async list () {
      return db.selectFrom('api_keys').select(columns).orderBy('created_at').orderBy('id').execute()
    },

    async revoke (name) {
      const result = await db.updateTable('api_keys').set({ revoked_at: new Date().toISOString() })
        .where('name', '=', name).where('revoked_at', 'is', null).executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },

    async findActiveByHash (keyHash, now = new Date()) {
      const row = await db.selectFrom('api_keys').select(['id', 'name', 'last_used_at'])
        .where('key_hash', '=', keyHash).where('revoked_at', 'is', null).executeTakeFirst()
      if (!row) return undefined
      if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= LAST_USED_RESOLUTION_MS) {
        await db.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute()
      }
      return row.name
    },
  }
}
