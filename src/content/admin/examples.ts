// Examples and tags of the authoring operations in the OpenAPI document.
import { problemExample, type ProblemExamples } from '../../http/schemas.js'
import { AUTHORING_BODY_LIMIT } from '../model/limits.js'

const EXAMPLE_SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'
export const TAGS = ['Authoring']

export const examples: Record<string, ProblemExamples> = {
  noArticle: { notFound: problemExample('No such article', 404, 'No article "nope".', '4k2j9d-m') },
  noSection: { notFound: problemExample('No such section', 404, `Article "${EXAMPLE_SLUG}" has no section "nope".`, '4k2j9d-n') },
  slugTaken: { slugTaken: problemExample('The slug is taken', 409, `Another article already has the slug "${EXAMPLE_SLUG}".`, '4k2j9d-o', { type: '/problems/slug-taken' }) },
  keyTaken: {
    keyTaken: problemExample('The key is taken', 409, `Article "${EXAMPLE_SLUG}" already has a section with the key "conclusion".`, '4k2j9d-p', { type: '/problems/section-key-taken' }),
  },
  staleArticle: {
    stale: problemExample('Someone else changed it', 412, 'The article changed since you read it (it is now "1-4-mhx2k1q0"): fetch it again, reapply your change, and send its ETag in If-Match.', '4k2j9d-q',
      { type: '/problems/precondition-failed', title: 'Precondition Failed' }),
  },
  staleSection: {
    stale: problemExample('Someone else changed it', 412, 'The section changed since you read it (it is now "1-s3-2"): fetch it again, reapply your change, and send its ETag in If-Match.', '4k2j9d-r',
      { type: '/problems/precondition-failed', title: 'Precondition Failed' }),
  },
  sectionIfMatch: {
    ifMatchRequired: problemExample('A write without If-Match', 428, 'Send If-Match with the ETag of the section you read, so that changes made meanwhile are never overwritten.', '4k2j9d-s',
      { type: '/problems/precondition-required', title: 'Precondition Required' }),
  },
  invalidImages: {
    invalidImages: problemExample('Unknown media, or a published image without alt text', 422,
      'The article\'s images cannot be saved as sent: /body/cover_image/media_id, /body/sections/0/blocks/2/alt', '4k2j9d-u', {
        type: '/problems/invalid-images',
        title: 'Invalid images',
        errors: [
          { path: '/body/cover_image/media_id', message: 'names no media item ("3f9a0c1b2d4e5f60718293a4")' },
          { path: '/body/sections/0/blocks/2/alt', message: 'is required: a published article\'s images need alt text (screen-reader users depend on it)' },
        ],
      }),
  },
  noRevision: { notFound: problemExample('No such revision', 404, `Article "${EXAMPLE_SLUG}" has no revision 42.`, '4k2j9d-t') },
  // Routes that take a whole article or section (bodyLimit); the others have the 16 KiB limit of every request.
  articleTooLarge: {
    bodyTooLarge: problemExample(`Body over ${AUTHORING_BODY_LIMIT / 1024 / 1024} MiB (AUTHORING_BODY_LIMIT_BYTES)`, 413, 'The request body is larger than this endpoint accepts.', '4k2j9d-9'),
  },
}

export const MARKDOWN_EXAMPLE = `---
slug: finding-a-healthcare-internship
status: draft
author: Dr. Amna Siddiqui
tags:
  - Careers
language: en
---

# Finding a Healthcare Internship

Most placements are found through people, not job boards.

## Where to Look

Start with the organizations your college already works with:

- Teaching hospitals
- Diagnostic laboratories
`
