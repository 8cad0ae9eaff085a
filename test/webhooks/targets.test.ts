// Webhook targets: https to public addresses only, unless WEBHOOK_ALLOW_PRIVATE=true.
import { isIP } from 'node:net'
import { test } from 'tap'
import { fetch } from 'undici'
import { isPrivateAddress, webhookUrlProblem } from '../../src/base/network.js'
import { loadConfig } from '../../src/config.js'
import { deliveryAgent, literalPrivateAddress, publicOnlyLookup, type ResolveAll } from '../../src/webhooks/targets.js'
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

/** A resolver answering `addresses` for every name, as dns.lookup with `all: true` would. */
const answering = (...addresses: string[]): ResolveAll => (_hostname, _options, callback) => {
  setImmediate(() => callback(null, addresses.map((address) => ({ address, family: isIP(address) }))))
}

/** What publicOnlyLookup calls back with for `options`. */
function looked (resolveAll: ResolveAll, options: { all?: boolean } = {}) {
  return new Promise<{ error: Error | null, address: unknown, family?: number | undefined }>((resolve) => {
    publicOnlyLookup(resolveAll)('hooks.example.org', options, (error, address, family) => resolve({ error, address, family }))
  })
}

test('a host name is refused when ANY of its DNS answers is private, loopback or link-local', async (t) => {
  for (const addresses of [
    ['93.184.216.34', '10.0.0.1'], ['10.0.0.1', '93.184.216.34'], ['2606:4700:4700::1111', '::1'], ['1.1.1.1', '169.254.169.254', '8.8.8.8'],
    ['127.0.0.1'], ['::ffff:127.0.0.1'], [],
  ]) {
    for (const all of [false, true]) {
      const { error } = await looked(answering(...addresses), { all })
      t.match(error, { name: 'PrivateAddressError', code: 'EPRIVATEADDRESS', message: /^hooks\.example\.org resolves to a private or loopback address/ }, `${addresses.join(', ') || 'no answer'}${all ? ' (all)' : ''}: refused`)
    }
  }
  t.same(await looked(answering('93.184.216.34', '1.1.1.1')), { error: null, address: '93.184.216.34', family: 4 }, 'only public answers: the first is connected to')
  t.same((await looked(answering('93.184.216.34', '2606:4700:4700::1111'), { all: true })).address, [
    { address: '93.184.216.34', family: 4 }, { address: '2606:4700:4700::1111', family: 6 },
  ], 'all: every public answer')
  const failure = Object.assign(new Error('getaddrinfo ENOTFOUND hooks.example.org'), { code: 'ENOTFOUND' })
  t.equal((await looked((_hostname, _options, callback) => callback(failure, []))).error, failure, 'a failed lookup fails the connection as it is')

  t.test('the delivery agent connects through it: a mixed answer never reaches a socket', async (t) => {
    for (const addresses of [['127.0.0.1'], ['127.0.0.1', '93.184.216.34'], ['93.184.216.34', '127.0.0.1']]) {
      const agent = await deliveryAgent(false, answering(...addresses))
      t.teardown(() => agent.close())
      // Bounded, in case a broken check lets the connection go to the public address, which answers nothing here.
      const error = await fetch('https://hooks.example.org:4443/hooks', { dispatcher: agent, method: 'POST', body: '{}', signal: AbortSignal.timeout(10_000) })
        .then(() => undefined, (failure: unknown) => failure)
      t.match((error as Error & { cause?: Error }).cause, { name: 'PrivateAddressError', message: /^hooks\.example\.org resolves to a private or loopback address/ }, addresses.join(', '))
    }
  })
})

test('IPv6 literals are checked without their brackets', async (t) => {
  for (const url of ['https://[::1]/hook', 'https://[fd00::1]:8443/hook', 'https://[::ffff:127.0.0.1]/hook', 'https://[fe80::1]/hook', 'https://[::]/hook', 'https://127.0.0.1/hook']) {
    t.ok(literalPrivateAddress(url), `${url}: private`)
  }
  for (const url of ['https://[2606:4700:4700::1111]/hook', 'https://93.184.216.34/hook', 'https://hooks.example.org/hook', 'https://[::ffff:8.8.8.8]/hook']) {
    t.notOk(literalPrivateAddress(url), `${url}: not a private literal`)
  }
})
