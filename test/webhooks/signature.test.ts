import { test } from 'tap'
import { Webhook } from 'standardwebhooks'
import { createWebhookSigner } from '../../src/webhooks/signature.js'
import { OTHER_WEBHOOK_SECRET as OTHER_SECRET, WEBHOOK_SECRET as SECRET } from '../helper.js'

test('webhook signatures', async (t) => {
  const body = '{"id":"x"}'
  const id = '7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d'
  const now = new Date()
  const headers = (signature: string, timestamp = now) => ({ 'webhook-id': id, 'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)), 'webhook-signature': signature })
  const sign = createWebhookSigner([SECRET])
  t.same(new Webhook(SECRET).verify(body, headers(sign(id, now, body))), { id: 'x' })
  t.throws(() => new Webhook(SECRET).verify('{"id":"y"}', headers(sign(id, now, body))), 'a changed body fails')
  t.throws(() => new Webhook(SECRET).verify(body, { ...headers(sign(id, now, body)), 'webhook-id': 'other' }), 'a changed id fails')
  const stale = new Date(now.getTime() - 301_000)
  t.throws(() => new Webhook(SECRET).verify(body, headers(sign(id, stale, body), stale)), /too old/, 'a stale delivery fails')

  t.test('during a rotation every delivery carries one signature per secret', async (t) => {
    const signature = createWebhookSigner([SECRET, OTHER_SECRET])(id, now, body)
    t.match(signature, /^v1,\S+ v1,\S+$/)
    t.ok(new Webhook(SECRET).verify(body, headers(signature)), 'receivers holding the new secret verify')
    t.ok(new Webhook(OTHER_SECRET).verify(body, headers(signature)), 'and so do those still holding the old one')
  })
})
