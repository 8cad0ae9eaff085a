// Network addresses: which are private (loopback, RFC 1918, link-local, …), and which URLs may receive webhooks.
import { BlockList, isIP } from 'node:net'

const PRIVATE = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6')
}

/** Loopback, private, link-local, shared, multicast and reserved addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress (address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4')
  const family = isIP(address)
  if (family === 0) return true
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** The hostname of a URL without IPv6 brackets. */
const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '')

/** Why WEBHOOK_URLS may not contain `value`, or undefined when it may. */
export function webhookUrlProblem (value: string, allowPrivate: boolean): string | undefined {
  let url: URL
  try { url = new URL(value) } catch { return 'is not an http(s) URL' }
  if (!['http:', 'https:'].includes(url.protocol)) return 'is not an http(s) URL'
  if (url.username || url.password) return 'carries credentials: put the secret in WEBHOOK_SECRET instead'
  if (allowPrivate) return undefined
  if (url.protocol !== 'https:') return 'must be https (http only with WEBHOOK_ALLOW_PRIVATE=true, for a receiver on this machine or network)'
  const host = hostOf(url)
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && isPrivateAddress(host))) {
    return 'is a private or loopback address (allowed only with WEBHOOK_ALLOW_PRIVATE=true)'
  }
  return undefined
}
