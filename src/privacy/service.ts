// Data-subject requests: export or erase one person's data across every source, in one transaction.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { emailHash } from './email.js'
import type { DataSubjectExport, ErasedCounts } from './schemas.js'
import { DATA_SUBJECT_SOURCES, type DataSubject, type PersonalDataSource } from './sources.js'

export interface PrivacyService {
  exportData(email: string): Promise<DataSubjectExport>
  eraseData(email: string): Promise<ErasedCounts>
}

export interface PrivacyServiceOptions {
  sources?: PersonalDataSource[]
  /** Runs after an erasure commits, to remove what storage keeps of deleted rows (e.g. SQLite's write-ahead log). */
  afterErase?: () => Promise<void>
}

export function createPrivacyService (db: Kysely<Database>, { sources = DATA_SUBJECT_SOURCES, afterErase }: PrivacyServiceOptions = {}): PrivacyService {
  const subjectOf = (email: string): DataSubject => ({ email, emailHash: emailHash(email) })
  return {
    async exportData (email) {
      const subject = subjectOf(email)
      // One transaction: a consistent snapshot across sources.
      return db.transaction().execute(async (trx) => {
        const result: DataSubjectExport = { email, contact_messages: [], reviews: [], webhook_events: [] }
        for (const source of sources) Object.assign(result, await source.export(trx, subject))
        return result
      })
    },

    async eraseData (email) {
      const subject = subjectOf(email)
      const counts = await db.transaction().execute(async (trx) => {
        const erased: ErasedCounts = { contact_messages: 0, reviews: 0, webhook_events: 0, webhook_deliveries: 0, idempotency_records: 0 }
        for (const source of sources) {
          for (const [kind, count] of Object.entries(await source.erase(trx, subject)) as Array<[keyof ErasedCounts, number]>) {
            erased[kind] += count
          }
        }
        return erased
      })
      await afterErase?.()
      return counts
    },
  }
}
