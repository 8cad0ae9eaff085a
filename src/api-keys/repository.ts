// Admin API keys: generated once, stored only as SHA-256 hashes, looked up by hash.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Executor } from '../db/schema.js'
import { inTransaction } from '../db/transaction.js'
import { sha256 } from '../base/hash.js'

export interface ApiKeyInfo {
  name: string
  key_prefix: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface ApiKeyRepository {
  /** Stores a new key under `name` and returns the key itself: the only time it exists in clear. */
  create(name: string, trx?: Executor): Promise<{ key: string, info: ApiKeyInfo }>
  list(trx?: Executor): Promise<ApiKeyInfo[]>
  /** Revokes the active key with this name; false when there is none. */
  revoke(name: string, trx?: Executor): Promise<boolean>
  /** The active key's name for a presented key hash, recording its use (at most once a minute). */
  findActiveByHash(keyHash: string, now?: Date, trx?: Executor): Promise<string | undefined>
}

export class DuplicateKeyNameError extends Error {}

function generateKey (): string {
  return `cak_${randomBytes(32).toString('base64url')}`
}

/** Recording every use would write on every admin request; once a minute is enough to audit. */
export const LAST_USED_RESOLUTION_MS = 60_000

const COLUMNS = ['name', 'key_prefix', 'created_at', 'last_used_at', 'revoked_at'] as const

export function createApiKeyRepository (db: Executor): ApiKeyRepository {
  return {
    async create (name, trx) {
      const key = generateKey()
      const insert = async (executor: Executor) => {
        const taken = await executor.selectFrom('api_keys').select('id').where('name', '=', name).where('revoked_at', 'is', null).executeTakeFirst()
        if (taken) throw new DuplicateKeyNameError(`An active key named "${name}" already exists: revoke it first or choose another name`)
        return executor.insertInto('api_keys')
          .values({ name, key_hash: sha256(key), key_prefix: key.slice(0, 8), created_at: new Date().toISOString() })
          .returning(COLUMNS).executeTakeFirstOrThrow()
      }
      const info = await inTransaction(db, trx, insert)
      return { key, info }
    },

    async list (trx = db) {
      return trx.selectFrom('api_keys').select(COLUMNS).orderBy('created_at').orderBy('id').execute()
    },

    async revoke (name, trx = db) {
      const result = await trx.updateTable('api_keys').set({ revoked_at: new Date().toISOString() })
        .where('name', '=', name).where('revoked_at', 'is', null).executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },

    async findActiveByHash (keyHash, now = new Date(), trx = db) {
      const row = await trx.selectFrom('api_keys').select(['id', 'name', 'last_used_at'])
        .where('key_hash', '=', keyHash).where('revoked_at', 'is', null).executeTakeFirst()
      if (!row) return undefined
      if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= LAST_USED_RESOLUTION_MS) {
        await trx.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute()
      }
      return row.name
    },
  }
}

/**
 * The admin key verifier: ADMIN_API_KEY from the environment (named so), or an active stored key.
 * Only digests are compared, so the time taken does not depend on how much of a key matched.
 */
export function createAdminKeyVerifier (keys: ApiKeyRepository, environmentKey: string | undefined) {
  const environmentHash = environmentKey ? Buffer.from(sha256(environmentKey), 'hex') : undefined
  return async (presentedKey: string): Promise<string | undefined> => {
    const presentedHash = sha256(presentedKey)
    if (environmentHash && timingSafeEqual(environmentHash, Buffer.from(presentedHash, 'hex'))) return 'ADMIN_API_KEY'
    return keys.findActiveByHash(presentedHash)
  }
}
