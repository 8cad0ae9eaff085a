// Where copy-database reads and writes: the --to argument as a database location, and how messages name one.
import type { DatabaseLocation } from './handle.js'

/** A postgres:// URL with its password masked, or the SQLite path: what messages may show. */
export function describeLocation (location: DatabaseLocation): string {
  return 'url' in location ? maskPasswords(location.url) : location.path
}

/** Masks the password of every postgres:// URL in `text` (up to the last @ before a space: a password may hold an unencoded @). */
export function maskPasswords (text: string): string {
  return text.replace(/(postgres(?:ql)?:\/\/[^\s:/@]*:)\S*@/gi, '$1***@')
}

/** The target argument of `copy-database --to`: a postgres:// URL, or a SQLite file path. */
export function targetLocation (argument: string, poolMax = 2): DatabaseLocation {
  return /^postgres(?:ql)?:\/\//i.test(argument) ? { url: argument, poolMax } : { path: argument }
}
