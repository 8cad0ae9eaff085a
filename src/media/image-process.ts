// The image process: a child of the server (./images.ts) that runs ./process.ts — sharp and libvips — on the images
// its parent sends over IPC, and answers each job with its result or its problem. Started on the first upload or
// variant, it exits when its parent goes away or stops it after a quiet spell.
import { HttpProblem } from '../http/errors.js'
import { cleanUpload, makeVariant } from './process.js'
import { asBuffer, type ImageJob, type ImageReply } from './images.js'

function run (job: ImageJob) {
  switch (job.kind) {
    case 'clean': return cleanUpload(asBuffer(job.bytes), job.limits)
    case 'variant': return makeVariant(asBuffer(job.bytes), job.sourceType, job.variant)
  }
}

function failure (error: unknown): ImageReply['failure'] {
  if (error instanceof HttpProblem) {
    return { problem: { status: error.statusCode, detail: error.message, type: error.type, title: error.title, errors: error.errors } }
  }
  return { message: error instanceof Error ? error.message : String(error) }
}

process.on('message', (job: ImageJob) => {
  run(job).then(
    (value) => process.send?.({ id: job.id, value } satisfies ImageReply),
    (error: unknown) => process.send?.({ id: job.id, failure: failure(error) } satisfies ImageReply)
  )
})
// The server stopped or died: nothing is left to answer.
process.on('disconnect', () => process.exit(0))
