import { test } from 'tap'
import { loadConfig, ConfigError } from '../src/config.js'
import { build, SLUG } from './helper.js'

test('config: every bad value is named with what it should be', async (t) => {
  let error: unknown
  try {
    loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', REVIEW_MODERATION: 'maybe', ADMIN_API_KEY: 'short' })
  } catch (caught) {
    error = caught
  }
  t.ok(error instanceof ConfigError)
  const message = (error as Error).message
  t.match(message, /PORT must be an integer from 0 to 65535, got "abc"/)
  t.match(message, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"/)
  t.match(message, /REVIEW_MODERATION must be one of pre, post, got "maybe"/)
  t.match(message, /ADMIN_API_KEY must be a string of at least 16 characters, got 5 characters/)
  t.notOk(message.includes('"short"'), 'a secret is never echoed')
  t.throws(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path', WEBHOOK_URLS: 'ftp://x' }), /CORS_ORIGINS: "https:\/\/a.example\/path" is not an origin[\s\S]*WEBHOOK_URLS: "ftp:\/\/x" is not an http\(s\) URL[\s\S]*WEBHOOK_SECRET: required/)
  t.match(loadConfig({}), { port: 3000, host: '127.0.0.1', databasePath: 'data/content.db', logLevel: 'info', corsOrigins: [] })
  t.same(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins, '*')
  t.same(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example/' }).corsOrigins, ['https://a.example', 'https://b.example'])
})

test('TRUST_PROXY names the proxies; true is refused', async (t) => {
  t.equal(loadConfig({}).trustProxy, false)
  t.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1)
  t.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy, '10.0.0.0/8,loopback')
  t.throws(() => loadConfig({ TRUST_PROXY: 'true' }), /TRUST_PROXY must be false, the number of proxies.*true would trust addresses any client can forge/)

  const app = await build(t, { env: { TRUST_PROXY: '1', REVIEW_RATE_LIMIT_MAX: '1' } })
  const url = `/v1/articles/${SLUG}/reviews`
  const send = (forwarded: string, body: string) => app.inject({ method: 'POST', url, remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': forwarded }, payload: { author_name: 'A', rating: 5, body } })
  t.equal((await send('203.0.113.5', 'first')).statusCode, 201)
  t.equal((await send('198.51.100.9, 203.0.113.5', 'second')).statusCode, 429, 'a forged left-most entry does not make a new client: one hop is trusted')
})
