// Where personal data lives, per kind: each source exports and erases one person's data inside the caller's
// transaction. A feature that stores personal data adds its source to DATA_SUBJECT_SOURCES.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { contactMessagesForEmailHash, eraseContactMessagesForEmailHash } from '../contact/repository.js'
import { deleteEventsForEmailHash, eventsForEmailHash } from '../webhooks/repository.js'
import { eraseReviewsForEmail, reviewsForEmail } from '../reviews/repository.js'
import type { DataSubjectExport, ErasedCounts } from './schemas.js'

export interface DataSubject {
  /** As given in the request. */
  email: string
  /** emailHash(email): how features index it. */
  emailHash: string
}

export interface PersonalDataSource {
  /** For maintainers and logs. */
  name: string
  export(trx: Kysely<Database>, subject: DataSubject): Promise<Partial<Omit<DataSubjectExport, 'email'>>>
  erase(trx: Kysely<Database>, subject: DataSubject): Promise<Partial<ErasedCounts>>
}

export const contactMessagesSource: PersonalDataSource = {
  name: 'contact messages (with their idempotency records and events)',
  async export (trx, subject) {
    return { contact_messages: await contactMessagesForEmailHash(trx, subject.emailHash) }
  },
  async erase (trx, subject) {
    return eraseContactMessagesForEmailHash(trx, subject.emailHash)
  },
}

/** Outbox events carry copies of personal data (e.g. message.received); found by the email given to enqueueEvent. */
export const webhookEventsSource: PersonalDataSource = {
  name: 'webhook events and deliveries',
  async export (trx, subject) {
    return { webhook_events: await eventsForEmailHash(trx, subject.emailHash) }
  },
  async erase (trx, subject) {
    return deleteEventsForEmailHash(trx, subject.emailHash)
  },
}

/** Reviews keep the email as given, trimmed and lowercased (normalizeEmail), never shown publicly. */
export const reviewsSource: PersonalDataSource = {
  name: 'reviews',
  async export (trx, subject) {
    return { reviews: await reviewsForEmail(trx, subject.email) }
  },
  async erase (trx, subject) {
    return eraseReviewsForEmail(trx, subject.email)
  },
}

/** Run in this order, in one transaction: events first, then the records they were derived from. */
export const DATA_SUBJECT_SOURCES: PersonalDataSource[] = [webhookEventsSource, contactMessagesSource, reviewsSource]
