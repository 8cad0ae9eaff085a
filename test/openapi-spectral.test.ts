// The OpenAPI document passes Spectral (spectral:oas + OWASP API Security ruleset, openapi/spectral.js) with no errors.
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { test } from 'tap'
import { openapiFile, projectRoot } from '../src/base/paths.js'
import { tempDir } from './helper.js'
import { unusedUrl } from './fixtures/webhook-receiver.js'

const RULESET = join(projectRoot, 'openapi', 'spectral.js')
const SEVERITIES = ['error', 'warning', 'information', 'hint']

interface SpectralResult { code: string, message: string, severity: number, path: string[], source?: string }

/** Runs the installed Spectral CLI on `documents` with openapi/spectral.js: its JSON report. */
async function spectralLint (documents: string[]): Promise<{ results?: SpectralResult[], code: number, output: string }> {
  const require = createRequire(import.meta.url)
  const packageFile = require.resolve('@stoplight/spectral-cli/package.json')
  const bin = (JSON.parse(readFileSync(packageFile, 'utf8')) as { bin: Record<string, string> }).bin.spectral!
  // Should anything try the network, send it to a local port nothing listens on, so it fails at once.
  const closedProxy = new URL(await unusedUrl()).origin
  const env = { ...process.env, HTTP_PROXY: closedProxy, HTTPS_PROXY: closedProxy, NO_PROXY: '', NO_COLOR: '1' }
  const args = [join(dirname(packageFile), bin), 'lint', '--quiet', '--format', 'json', '--ruleset', relative(projectRoot, RULESET), ...documents]
  const { stdout, stderr, code } = await new Promise<{ stdout: string, stderr: string, code: number }>((resolve) => {
    execFile(process.execPath, args, { cwd: projectRoot, env, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ stdout, stderr, code: error ? (typeof error.code === 'number' ? error.code : 1) : 0 }))
  })
  try {
    return { results: JSON.parse(stdout) as SpectralResult[], code, output: stderr }
  } catch {
    return { code, output: `${stdout}\n${stderr}`.slice(-2000) }
  }
}

const describe = (result: SpectralResult) => `${result.code}: ${result.message} at ${result.path.join('.')}`

test('spectral lint (openapi/spectral.js: spectral:oas + OWASP) reports no errors', async (t) => {
  // The committed document, and a copy with defects the narrowed rules must still catch: linted in one run. The copy
  // keeps only the operations it breaks (rules apply path by path; linting every other operation twice took seconds).
  const copy = join(tempDir(t), 'openapi.json')
  const document = JSON.parse(readFileSync(openapiFile, 'utf8')) as { paths: Record<string, Record<string, { responses: Record<string, { headers?: unknown }> }>> }
  const broken = ['/v1/articles/{slug}/reviews', '/v1/contact-messages', '/v1/admin/whoami']
  document.paths = Object.fromEntries(broken.map((path) => [path, document.paths[path]!]))
  delete document.paths['/v1/articles/{slug}/reviews']!.post!.responses['201']!.headers
  delete document.paths['/v1/contact-messages']!.post!.responses['429']
  delete document.paths['/v1/admin/whoami']!.get!.responses['401']
  writeFileSync(copy, JSON.stringify(document))

  const { results, code, output } = await spectralLint([relative(projectRoot, openapiFile), copy])
  if (!results) {
    t.fail(`spectral printed no JSON report (exit ${code}):\n${output}`)
    return
  }
  const ofCommitted = results.filter((result) => result.source !== undefined && resolve(result.source) === openapiFile)
  const ofCopy = results.filter((result) => result.source !== undefined && resolve(result.source) === copy)
  t.equal(ofCommitted.length + ofCopy.length, results.length, 'every result names its document')

  const errors = ofCommitted.filter((result) => result.severity === 0)
  t.equal(errors.length, 0, `no errors${errors.length > 0 ? `:\n  ${errors.map(describe).join('\n  ')}` : ''}`)
  for (const result of ofCommitted.filter((result) => result.severity > 0)) t.comment(`spectral ${SEVERITIES[result.severity]}: ${describe(result)}`)

  // The rules openapi/spectral.js narrows still apply where it says they do.
  const found = (rule: string, path: string[]) => ofCopy.some((result) => result.code === rule && result.path.join('\u0000') === path.join('\u0000'))
  t.ok(found('owasp:api4:2023-rate-limit', ['paths', '/v1/articles/{slug}/reviews', 'post', 'responses', '201']),
    'a public write\'s 2xx without rate-limit headers is an error')
  t.ok(found('owasp:api4:2023-rate-limit-responses-429', ['paths', '/v1/contact-messages', 'post', 'responses']),
    'a public write without a 429 is flagged')
  t.ok(found('owasp:api8:2023-define-error-responses-401', ['paths', '/v1/admin/whoami', 'get', 'responses']),
    'an operation that requires a key without a 401 is flagged')
})
