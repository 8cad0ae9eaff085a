import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { HttpProblem } from '../../src/http/errors.js'
import { cleanUpload, imageProcessPid, makeVariant } from '../../src/media/images.js'
import { projectRoot } from '../../src/base/paths.js'

const photo = readFileSync(join(projectRoot, 'test', 'fixtures', 'media', 'ward-round.jpg'))
const LIMITS = { maxPixels: 40_000_000 }

test('images are processed in a child process: results, problems, and a crash that fails only its jobs', async (t) => {
  const clean = await cleanUpload(photo, LIMITS)
  t.ok(Buffer.isBuffer(clean.bytes), 'the cleaned bytes come back as a Buffer')
  t.equal(clean.content_type, 'image/jpeg')
  t.ok(clean.width > 0 && clean.height > 0 && clean.thumbhash.length > 0)
  const pid = imageProcessPid()
  t.ok(pid !== undefined && pid !== process.pid, 'in a process of its own')

  const variant = await makeVariant(clean.bytes, clean.content_type, { width: 64, format: 'webp' })
  t.equal(variant.content_type, 'image/webp')
  t.same([...variant.bytes.subarray(8, 12)], [...Buffer.from('WEBP')], 'a WebP file')
  t.equal(imageProcessPid(), pid, 'the same child serves the next job')

  const refused = await cleanUpload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), LIMITS).catch((error: unknown) => error)
  t.ok(refused instanceof HttpProblem, "the child's problem is the caller's problem")
  t.match(refused, { statusCode: 415, type: '/problems/unsupported-media-type', errors: [{ path: '/file' }] })

  // Killed while it decodes: the job in flight fails, and the next one gets a new child.
  const inFlight = cleanUpload(photo, LIMITS)
  process.kill(pid!, 'SIGKILL')
  const failure = await inFlight.catch((error: unknown) => error)
  t.match(failure, { message: /^The image process exited \(SIGKILL\)/ }, 'a plain error (a 500), not a problem of the client')
  t.notOk(failure instanceof HttpProblem)
  const again = await cleanUpload(photo, LIMITS)
  t.equal(again.width, clean.width, 'the next job is done by a new child')
  t.not(imageProcessPid(), pid)
})
