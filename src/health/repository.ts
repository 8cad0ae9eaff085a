// Readiness probe query.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema.js'

export interface HealthRepository {
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>
}

export function createHealthRepository (db: Kysely<Database>): HealthRepository {
  return {
    async ping () {
      await sql`SELECT 1`.execute(db)
    },
  }
}
