// Configuration of absolute links: PUBLIC_BASE_URL and SITE_NAME (the other variables are covered in startup.test.ts).
import { test } from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'
import { createPublicLinks, localOrigin } from '../src/http/links.js'

test('PUBLIC_BASE_URL: an absolute http(s) URL, optionally with a path, kept without a trailing slash', async (t) => {
  t.equal(loadConfig({}).publicBaseUrl, undefined, 'unset by default')
  t.equal(loadConfig({ PUBLIC_BASE_URL: 'https://api.example.org' }).publicBaseUrl, 'https://api.example.org')
  t.equal(loadConfig({ PUBLIC_BASE_URL: 'https://api.example.org/' }).publicBaseUrl, 'https://api.example.org')
  t.equal(loadConfig({ PUBLIC_BASE_URL: 'https://www.example.org/content//' }).publicBaseUrl, 'https://www.example.org/content')
  t.equal(loadConfig({ PUBLIC_BASE_URL: 'HTTP://Example.ORG:8080/Content' }).publicBaseUrl, 'http://example.org:8080/Content', 'scheme and host normalized, path kept')
  for (const bad of ['api.example.org', '/v1', 'ftp://example.org', 'https://example.org/?a=1', 'https://example.org/#top', 'https://user:secret@example.org', 'https://']) {
    t.throws(() => loadConfig({ PUBLIC_BASE_URL: bad }), /PUBLIC_BASE_URL: ".*" is not an absolute http\(s\) URL/, bad)
  }
  try {
    loadConfig({ PUBLIC_BASE_URL: 'example.org' })
  } catch (error) {
    t.ok(error instanceof ConfigError)
    t.match((error as ConfigError).problems, [/such as https:\/\/api\.example\.org/])
  }
})

test('SITE_NAME: optional, at most 200 characters', async (t) => {
  t.equal(loadConfig({}).siteName, undefined)
  t.equal(loadConfig({ SITE_NAME: 'Healthcare Careers' }).siteName, 'Healthcare Careers')
  t.throws(() => loadConfig({ SITE_NAME: 'x'.repeat(201) }), /SITE_NAME must be a string of 1 to 200 characters/)
})

test('links: PUBLIC_BASE_URL, or the listening address (never changed once configured)', async (t) => {
  const configured = createPublicLinks({ baseUrl: 'https://www.example.org/content', siteName: undefined, host: '127.0.0.1', port: 3000 })
  configured.listeningAt('http://127.0.0.1:4321')
  t.equal(configured.url('/feed.atom'), 'https://www.example.org/content/feed.atom')
  t.equal(configured.siteName(), 'www.example.org')

  const local = createPublicLinks({ baseUrl: undefined, siteName: 'Careers', host: '0.0.0.0', port: 3000 })
  t.equal(local.base(), 'http://127.0.0.1:3000', 'before listening: HOST and PORT, an unspecified address as loopback')
  local.listeningAt('http://0.0.0.0:4321')
  t.equal(local.base(), 'http://127.0.0.1:4321', 'then the port really bound')
  t.equal(local.siteName(), 'Careers')

  t.equal(localOrigin('::', 3000), 'http://[::1]:3000')
  t.equal(localOrigin('[::1]', '8080'), 'http://[::1]:8080')
  t.equal(localOrigin('localhost', 3000), 'http://localhost:3000')
})
