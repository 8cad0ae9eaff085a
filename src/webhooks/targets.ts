// Webhook targets cannot be turned against the network the server runs in (SSRF): deliveries go over https to
// public addresses only, checked when the connection is made (the address connected to is the one checked, so a DNS
// answer that changes between check and connect cannot slip a private address in), and redirects are not followed.
// WEBHOOK_ALLOW_PRIVATE=true lifts both rules, for a receiver on the same machine or network (and for tests).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP } from 'node:net'
import { Agent } from 'undici'
import { isPrivateAddress } from '../base/network.js'

export class PrivateAddressError extends Error {
  constructor (hostname: string) {
    super(`${hostname} resolves to a private or loopback address: refused (WEBHOOK_ALLOW_PRIVATE=false)`)
    this.name = 'PrivateAddressError'
    ;(this as { code?: string }).code = 'EPRIVATEADDRESS'
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/** dns.lookup that fails for private addresses: what the connection uses, so what is checked is what is connected to. */
function publicOnlyLookup (hostname: string, options: { all?: boolean }, callback: LookupCallback) {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, [])
    if (addresses.length === 0 || addresses.some((entry) => isPrivateAddress(entry.address))) return callback(new PrivateAddressError(hostname), [])
    if (options.all) return callback(null, addresses)
    callback(null, addresses[0]!.address, addresses[0]!.family)
  })
}

/** The HTTP client deliveries use: one connection pool, no private addresses unless allowed. */
export function deliveryAgent (allowPrivate: boolean): Agent {
  return new Agent(allowPrivate ? {} : { connect: { lookup: publicOnlyLookup } })
}

/** A URL whose host is an address literal: checked here, as connections to literals do no lookup. */
export function literalPrivateAddress (url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  return isIP(host) !== 0 && isPrivateAddress(host)
}
