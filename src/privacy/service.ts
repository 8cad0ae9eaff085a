// Data-subject requests: export or erase one person's data across every source, in one transaction.
// The sources are the features that store personal data; app.ts hands them over.
import type { Executor } from '../db/schema.js'
import { emailHash } from '../base/email.js'
import type { DataSubjectExport, ErasedCounts } from './schemas.js'

export interface DataSubject {
  /** As given in the request. */
  email: string
  /** emailHash(email): how features index it. */
  emailHash: string
}

/** A kind of personal data: exported and erased inside the caller's transaction. */
export interface PersonalDataSource {
  /** For maintainers and logs. */
  name: string
  export(subject: DataSubject, trx: Executor): Promise<Partial<Omit<DataSubjectExport, 'email'>>>
  erase(subject: DataSubject, trx: Executor): Promise<Partial<ErasedCounts>>
}

export interface PrivacyService {
  exportData(email: string): Promise<DataSubjectExport>
  eraseData(email: string): Promise<ErasedCounts>
}

export interface PrivacyServiceOptions {
  /** Run in this order, in one transaction: events first, then the records they were derived from. */
  sources: PersonalDataSource[]
  /** Runs after an erasure commits, to remove what storage keeps of deleted rows (e.g. SQLite's write-ahead log). */
  afterErase?: () => Promise<void>
}

export function createPrivacyService (db: Executor, { sources, afterErase }: PrivacyServiceOptions): PrivacyService {
  const subjectOf = (email: string): DataSubject => ({ email, emailHash: emailHash(email) })
  return {
    async exportData (email) {
      const subject = subjectOf(email)
      // One transaction: a consistent snapshot across sources (read only: it blocks no writer).
      return db.transaction().setAccessMode('read only').execute(async (trx) => {
        const result: DataSubjectExport = { email, contact_messages: [], reviews: [], webhook_events: [] }
        for (const source of sources) Object.assign(result, await source.export(subject, trx))
        return result
      })
    },

    async eraseData (email) {
      const subject = subjectOf(email)
      const counts = await db.transaction().execute(async (trx) => {
        const erased: ErasedCounts = { contact_messages: 0, reviews: 0, webhook_events: 0, webhook_deliveries: 0, idempotency_records: 0 }
        for (const source of sources) {
          for (const [kind, count] of Object.entries(await source.erase(subject, trx)) as Array<[keyof ErasedCounts, number]>) {
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
