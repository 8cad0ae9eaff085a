// Webhook targets cannot be turned against the network the server runs in (SSRF): deliveries go over https to
// public addresses only, checked when the connection is made (the address connected to is the one checked, so a DNS
// answer that changes between check and connect cannot slip a private address in), and redirects are not followed.
// WEBHOOK_ALLOW_PRIVATE=true lifts both rules, for a receiver on the same machine or network (and for tests).
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { isIP } from 'node:net'
import type { Agent } from 'undici'
import { isPrivateAddress } from '../base/network.js'

export class PrivateAddressError extends Error {
  constructor (hostname: string) {
    super(`${hostname} resolves to a private or loopback address: refused (WEBHOOK_ALLOW_PRIVATE=false)`)
    this.name = 'PrivateAddressError'
    ;(this as { code?: string }).code = 'EPRIVATEADDRESS'
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/** Every address a host name resolves to (dns.lookup with `all: true`): what publicOnlyLookup checks. */
export type ResolveAll = (hostname: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void

const systemResolveAll: ResolveAll = (hostname, options, callback) => { dnsLookup(hostname, { ...options, all: true }, callback) }

/**
 * A dns.lookup for connections that fails when ANY address the host resolves to is private: what the connection uses,
 * so what is checked is what is connected to. `resolveAll` is the system resolver unless a test gives its own answers.
 */
export function publicOnlyLookup (resolveAll: ResolveAll = systemResolveAll) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolveAll(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      if (addresses.length === 0 || addresses.some((entry) => isPrivateAddress(entry.address))) return callback(new PrivateAddressError(hostname), [])
      if (options.all) return callback(null, addresses)
      callback(null, addresses[0]!.address, addresses[0]!.family)
    })
  }
}

/**
 * The HTTP client deliveries use: one connection pool, no private addresses unless allowed. undici is loaded here, on
 * the first delivery, not at start: it is 5 MB of heap a server without receivers never needs.
 */
export async function deliveryAgent (allowPrivate: boolean, resolveAll?: ResolveAll): Promise<Agent> {
  const { Agent } = await import('undici')
  return new Agent(allowPrivate ? {} : { connect: { lookup: publicOnlyLookup(resolveAll) } })
}

/** A URL whose host is an address literal: checked here, as connections to literals do no lookup. */
export function literalPrivateAddress (url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  return isIP(host) !== 0 && isPrivateAddress(host)
}
