// Idempotency records: the response to a request made with an Idempotency-Key, kept so a retry gets it again.
// Writes take the caller's transaction: the check, the change and the record commit together.
import type { Executor } from '../db/schema.js'
import { writeInChunks } from '../db/chunked.js'
import { preparedOf } from '../db/prepared.js'

/** How long a key is remembered. */
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

export interface IdempotencyClaim {
  /** The operation, e.g. 'POST /v1/contact-messages'. */
  scope: string
  /** SHA-256 of the Idempotency-Key header. */
  keyHash: string
  /** SHA-256 of everything that determines the response. */
  requestHash: string
}

export interface IdempotencyRecord { request_hash: string, resource_id: string, response: string }

export interface IdempotencyRepository {
  /** The unexpired record for this key, if any. */
  find(claim: Pick<IdempotencyClaim, 'scope' | 'keyHash'>, now: Date, trx?: Executor): Promise<IdempotencyRecord | undefined>
  /** Store the response for a key; replaces an expired record for the same key (callers check first, in the same transaction). */
  save(claim: IdempotencyClaim, resourceId: string, response: unknown, now: Date, trx: Executor): Promise<void>
  /** Forget the keys that created these resources (when the resources are deleted). Returns the number removed. */
  removeForResources(resourceIds: string[], trx?: Executor): Promise<number>
  /** Retention: delete expired records. Returns the number removed. */
  purgeExpired(now: Date, trx?: Executor): Promise<number>
}

// The hot statements, prepared inside the SQLite write batch: the same queries as the builder's below.
const FIND_SQL = 'SELECT request_hash, resource_id, response FROM idempotency_records WHERE scope = ? AND key_hash = ? AND expires_at > ?'
const SAVE_SQL = `INSERT INTO idempotency_records (scope, key_hash, request_hash, resource_id, response, created_at, expires_at)
  VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scope, key_hash) DO UPDATE SET request_hash = excluded.request_hash,
  resource_id = excluded.resource_id, response = excluded.response, created_at = excluded.created_at, expires_at = excluded.expires_at`

export function createIdempotencyRepository (db: Executor): IdempotencyRepository {
  return {
    async find ({ scope, keyHash }, now, trx = db) {
      const prepared = preparedOf(trx)
      if (prepared) return prepared.get<IdempotencyRecord>(FIND_SQL, scope, keyHash, now.toISOString())
      return trx.selectFrom('idempotency_records').select(['request_hash', 'resource_id', 'response'])
        .where('scope', '=', scope).where('key_hash', '=', keyHash).where('expires_at', '>', now.toISOString())
        .executeTakeFirst()
    },

    async save (claim, resourceId, response, now, trx) {
      const values = {
        request_hash: claim.requestHash,
        resource_id: resourceId,
        response: JSON.stringify(response),
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
      }
      const prepared = preparedOf(trx)
      if (prepared) {
        prepared.run(SAVE_SQL, claim.scope, claim.keyHash, values.request_hash, values.resource_id, values.response, values.created_at, values.expires_at)
        return
      }
      await trx.insertInto('idempotency_records')
        .values({ scope: claim.scope, key_hash: claim.keyHash, ...values })
        .onConflict((conflict) => conflict.columns(['scope', 'key_hash']).doUpdateSet(values))
        .execute()
    },

    async removeForResources (resourceIds, trx = db) {
      return writeInChunks(resourceIds, async (ids) =>
        (await trx.deleteFrom('idempotency_records').where('resource_id', 'in', ids).executeTakeFirst()).numDeletedRows)
    },

    async purgeExpired (now, trx = db) {
      const result = await trx.deleteFrom('idempotency_records').where('expires_at', '<=', now.toISOString()).executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
