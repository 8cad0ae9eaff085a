// Webhook targets: https to public addresses only, unless WEBHOOK_ALLOW_PRIVATE=true.
import { lookup } from 'node:dns/promises'
import { hostname } from 'node:os'
import { test } from 'tap'
import { fetch } from 'undici'
import { isPrivateAddress, webhookUrlProblem } from '../../src/base/network.js'
import { loadConfig } from '../../src/config.js'
import { deliveryAgent } from '../../src/webhooks/targets.js'
import { WEBHOOK_SECRET } from '../helper.js'

test('private, loopback, link-local and reserved addresses are recognised', async (t) => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1']) {
    t.ok(isPrivateAddress(address), `${address} is private`)
  }
  for (const address of ['93.184.216.34', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
    t.notOk(isPrivateAddress(address), `${address} is public`)
  }
})

test('WEBHOOK_URLS must be https to a public host unless WEBHOOK_ALLOW_PRIVATE=true', async (t) => {
  const refused: Array<[string, RegExp]> = [
    ['http://hooks.example.org/x', /must be https/],
    ['https://127.0.0.1/x', /private or loopback/],
    ['https://localhost:4000/x', /private or loopback/],
    ['https://[::1]/x', /private or loopback/],
    ['https://169.254.169.254/latest/meta-data', /private or loopback/],
    ['https://10.0.0.5/hooks', /private or loopback/],
    ['https://user:pass@hooks.example.org/x', /credentials/],
    ['ftp://hooks.example.org/x', /not an http\(s\) URL/],
  ]
  for (const [url, reason] of refused) {
    t.match(webhookUrlProblem(url, false), reason, url)
    // Named by its scheme and host: a webhook URL's credentials, path and query may be secrets.
    const { protocol, host } = new URL(url)
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    t.throws(() => loadConfig({ WEBHOOK_URLS: url, WEBHOOK_SECRET }), new RegExp(`WEBHOOK_URLS: "${escape(protocol)}//(…@)?${escape(host)}/…"`), `${url}: the server does not start`)
  }
  t.equal(webhookUrlProblem('https://hooks.example.org/x', false), undefined)
  t.equal(webhookUrlProblem('http://127.0.0.1:4000/hooks', true), undefined, 'allowed for a receiver on this machine')
  t.match(loadConfig({ WEBHOOK_URLS: 'http://127.0.0.1:4000/hooks', WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_SECRET }).webhooks, { allowPrivate: true })
})

test('a host name that resolves to a private address is refused when connecting', async (t) => {
  const name = hostname()
  const addresses = await lookup(name, { all: true }).catch(() => [])
  if (addresses.length === 0 || !addresses.every((entry) => isPrivateAddress(entry.address))) {
    t.comment(`${name} does not resolve to private addresses here: nothing to check`)
    t.pass('skipped')
    return
  }
  const agent = deliveryAgent(false)
  t.teardown(() => agent.close())
  const error = await fetch(`https://${name}:4443/hooks`, { dispatcher: agent, method: 'POST', body: '{}' }).then(() => undefined, (failure: unknown) => failure)
  t.match((error as Error & { cause?: Error }).cause, { name: 'PrivateAddressError', message: /resolves to a private or loopback address/ })
})
