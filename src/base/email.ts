// How an email identifies a person across features: trimmed and lowercased, then hashed for lookups and keys.
import { sha256 } from './hash.js'

/** The form an email is compared in: surrounding whitespace dropped, case folded. */
export function normalizeEmail (email: string): string {
  return email.trim().toLowerCase()
}

/** SHA-256 (hex) of the normalized email: indexed for data-subject requests, used in rate-limit and dedupe keys. */
export function emailHash (email: string): string {
  return sha256(`email:${normalizeEmail(email)}`)
}
