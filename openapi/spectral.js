// Spectral rules for openapi/openapi.json (used by test/openapi-spectral.test.ts):
//   npx spectral lint --ruleset openapi/spectral.js openapi/openapi.json
// spectral:oas plus the OWASP API Security Top 10 ruleset, both imported from node_modules: the YAML `extends:` form
// fetches rulesets from the internet. The gate is zero errors and zero warnings: every rule switched off, narrowed to
// the operations it is true of, or excepted for one operation below says why.
import { oas } from '@stoplight/spectral-rulesets'
import owasp from '@stoplight/spectral-owasp-ruleset'

/** A JSON Pointer into openapi.json as Spectral spells it in overrides (~ and / escaped, braces percent-encoded). */
const at = (path, ...segments) => `openapi.json#/paths/${[path, ...segments]
  .map((segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1').replace(/\{/g, '%7B').replace(/\}/g, '%7D'))
  .join('/')}`

/** Path items of admin operations (bearer key required). */
const ADMIN_PATHS = "@property.startsWith('/v1/admin/')"
/** Operations that write. */
const WRITES = "@property === 'post' || @property === 'put' || @property === 'patch' || @property === 'delete'"

/** An OWASP rule with its own `given` replaced: the rule is kept for the operations it is true of. */
const narrowed = (name, given) => ({ ...owasp.rules[name], given })

export default {
  extends: [oas, owasp],
  rules: {
    // Public writes (the review and contact forms) are rate limited and document X-RateLimit-* on every response to a
    // request the limiter counted (http/schemas.ts rateLimitedResponses); a new public write must do the same.
    // Not asked of:
    // - public reads (GET): not rate limited by this server. They are ready responses served from memory, with ETags
    //   and Cache-Control for caches in front; limiting reads is left to the proxy or CDN. They send no rate-limit
    //   header, so none is documented.
    // - admin operations: their throttle counts failed authentications per address, not requests; requests with a
    //   valid key are not limited and carry no rate-limit headers. The throttle's 429 is documented, with Retry-After.
    // - 400, 413 and 415 (ajv validation, body limit, content-type parsing): Fastify answers them before any
    //   preHandler or handler, so before a request is counted, without rate-limit headers.
    'owasp:api4:2023-rate-limit': narrowed('owasp:api4:2023-rate-limit',
      `$.paths[?(!${ADMIN_PATHS})][?(${WRITES})].responses[?(@property.match(/^(2|4)/) && !@property.match(/^(400|413|415)$/))]`),
    // A 429 on every operation that can send one: public writes and admin operations. Not on public reads, which are
    // not rate limited (see above): a 429 they never send would be a false promise.
    'owasp:api4:2023-rate-limit-responses-429': narrowed('owasp:api4:2023-rate-limit-responses-429', [
      `$.paths[?(${ADMIN_PATHS})][*].responses`,
      `$.paths[?(!${ADMIN_PATHS})][?(${WRITES})].responses`,
    ]),
    // A 401 on every operation that requires a key (the admin ones; test/openapi.test.ts checks each has it). Public
    // operations (security: []) check no credentials, so they never answer 401.
    'owasp:api8:2023-define-error-responses-401': narrowed('owasp:api8:2023-define-error-responses-401',
      '$.paths[*][?(@ && @.security && @.security.length > 0)].responses'),
    // Public reads are public on purpose: published articles, reviews, search, feeds, health and this document are for
    // anyone. Every admin operation requires bearerAuth (test/openapi.test.ts checks it), which this rule cannot tell apart.
    'owasp:api2:2023-read-restricted': 'off',
    // CORS is deployment configuration, not part of an operation's contract: @fastify/cors answers for the whole
    // server when CORS_ORIGINS is set, and by default (CORS_ORIGINS empty) no response carries Access-Control-Allow-Origin.
    // Documenting it on every response would be false by default.
    'owasp:api8:2023-define-cors-origin': 'off',
    // Free text (titles, paragraphs, names, messages, search queries, problem details) and opaque values (ETags,
    // HTTP-dates in headers, URLs) have no pattern to state; every string has a maxLength (owasp:api4:2023-string-limit
    // stays on), and strings that do have a shape declare format, pattern or enum. A fake pattern would only mislead.
    'owasp:api4:2023-string-restricted': 'off',
  },
  overrides: [
    {
      // sync_token (the name Contentful's Sync API made familiar, and the one issue 23 specifies) is a position in the
      // public change log, not a credential: it grants nothing, anyone may start a sync without one, and it holds only
      // counter values of public changes (content/sync/token.ts).
      files: [at('/v1/sync', 'get', 'parameters', '0', 'name')],
      rules: { 'owasp:api2:2023-no-credentials-in-url': 'off' },
    },
    {
      // The review and contact forms are written by anonymous readers: that is their purpose. They are protected by
      // rate limits (documented), a honeypot field, duplicate checks, moderation (reviews) and a 16 KB body limit.
      files: [at('/v1/articles/{slug}/reviews', 'post'), at('/v1/contact-messages', 'post')],
      rules: { 'owasp:api2:2023-write-restricted': 'off' },
    },
    {
      // An Idempotency-Key reused with a different message is refused before the limits count the request (so is a
      // replay, which is not counted either: contact/service.ts), so that 422 carries no rate-limit headers.
      files: [at('/v1/contact-messages', 'post', 'responses', '422')],
      rules: { 'owasp:api4:2023-rate-limit': 'off' },
    },
    {
      // Review ids are SQLite row ids, public already in every Review (`id`). These operations are admin-only (bearer
      // key) and every admin may moderate every review: guessing an id gives no access a key does not already give.
      // Switching to random ids would change the public Review schema and a stored key.
      files: [at('/v1/admin/reviews/{id}')],
      rules: { 'owasp:api1:2023-no-numeric-ids': 'off' },
    },
    {
      // No request to these is invalid: they take no parameters, query or body (and are outside /v1, whose operations
      // refuse unknown query parameters with a 400). A 400 they never send would be false. The same three of them are
      // the exceptions to Redocly's operation-4xx-response (openapi/.redocly.lint-ignore.yaml); the feed and sitemap
      // document their 406.
      files: ['/openapi.json', '/health', '/ready', '/feed.atom', '/sitemap.xml'].map((path) => at(path, 'get', 'responses')),
      rules: { 'owasp:api8:2023-define-error-validation': 'off' },
    },
    {
      // A preview link is a URL an editor sends to a colleague, who opens it in a browser: the token in its path is the
      // point (issue 23). It is 32 random bytes, stored only as its SHA-256, expires, can be revoked, is never logged (log
      // lines carry route patterns), and every answer is private, no-store and noindex (helmet sends
      // Referrer-Policy: no-referrer, so it does not leak through links either).
      files: ['/v1/preview/{token}', '/v1/preview/{token}/sections', '/v1/preview/{token}/sections/{key}'].map((path) => at(path)),
      rules: { 'owasp:api2:2023-no-credentials-in-url': 'off' },
    },
    {
      // A preview link's id is a row id an admin sees in the article's list of links: the secret is the token, never the
      // id. Admin-only (bearer key), and an id answers only under the article it belongs to.
      files: [at('/v1/admin/articles/{slug}/preview-links/{id}')],
      rules: { 'owasp:api1:2023-no-numeric-ids': 'off' },
    },
  ],
}
