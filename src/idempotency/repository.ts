// Idempotency records: the response to a request made with an Idempotency-Key, kept so a retry gets it again.
// Functions take the caller's transaction: the check, the change and the record commit together.
import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

export interface IdempotencyClaim {
  /** The operation, e.g. 'POST /v1/contact-messages'. */
  scope: string
  /** SHA-256 of the Idempotency-Key header. */
  keyHash: string
  /** SHA-256 of everything that determines the response. */
  requestHash: string
}

export interface IdempotencyRecord { request_hash: string, resource_id: string, response: string }

/** The unexpired record for this key, if any. */
export async function findIdempotencyRecord (db: Kysely<Database>, scope: string, keyHash: string, now: Date): Promise<IdempotencyRecord | undefined> {
  return db.selectFrom('idempotency_records').select(['request_hash', 'resource_id', 'response'])
    .where('scope', '=', scope).where('key_hash', '=', keyHash).where('expires_at', '>', now.toISOString())
    .executeTakeFirst()
}

/** Store the response for a key; replaces an expired record for the same key (callers check first, in the same transaction). */
export async function saveIdempotencyRecord (trx: Kysely<Database>, claim: IdempotencyClaim, resourceId: string, response: unknown, now: Date): Promise<void> {
  const values = {
    request_hash: claim.requestHash,
    resource_id: resourceId,
    response: JSON.stringify(response),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
  }
  await trx.insertInto('idempotency_records')
    .values({ scope: claim.scope, key_hash: claim.keyHash, ...values })
    .onConflict((conflict) => conflict.columns(['scope', 'key_hash']).doUpdateSet(values))
    .execute()
}

/** Forget the keys that created these resources (when the resources are deleted). Returns the number removed. */
export async function deleteIdempotencyRecordsFor (trx: Kysely<Database>, resourceIds: string[]): Promise<number> {
  let removed = 0
  for (let start = 0; start < resourceIds.length; start += 500) {
    const result = await trx.deleteFrom('idempotency_records').where('resource_id', 'in', resourceIds.slice(start, start + 500)).executeTakeFirst()
    removed += Number(result.numDeletedRows)
  }
  return removed
}

export async function purgeExpiredIdempotencyRecords (db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_records').where('expires_at', '<=', now.toISOString()).executeTakeFirst()
  return Number(result.numDeletedRows)
}
