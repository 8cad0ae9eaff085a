// npm run cli -- import <folder> with the posts' images: the relative images a post references are read from its own
// folder (never outside the folder imported), uploaded to the media library and written as media URLs; a missing file
// is a warning; --dry-run uploads nothing and says what it would upload. The import runs once in a real process (exit
// code, output); the dry run and the second import in this one (runCliInProcess).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { test } from 'tap'
import { ADMIN, build, databaseEnv, runCliInProcess, runScript, tempDir } from './helper.js'

const HANDOVER = `---
title: A Ward Handover That Fits on One Board
date: 2026-02-14
author: Dr. Amna Siddiqui
tags: [Nursing, Handover]
cover:
  image: cover.jpg
  alt: The handover board at the nurses' station
---

Handovers fail in the gaps between people. We moved ours to one whiteboard, photographed below, and
wrote the [SBAR prompts](https://example.org/sbar) along its edge.

## The Board

![The handover board, with one column per bay](./handover-board.png)

Each bay gets a column and a ![checklist icon](images/checklist.jpg) for the night's tasks.

## What Did Not Work

\`\`\`text
Bay 3 | obs 4-hourly | ???
\`\`\`

Question marks on the board. The old flowchart (![old flowchart](./old-flowchart.png)) is gone, and nobody
should ever see ![secrets](../../../etc/passwd) here.
`

const NIGHT_ROUNDS = `---
title: Night Rounds with a Torch
date: 2026-01-20
---

At 3 a.m. the ward is quiet; a red-filtered torch keeps it that way.

![A red-filtered torch on a clipboard](../shared/torch.jpg)

Use \`dim\` mode on the monitors too.
`

/** A media image as the HTML shows it: the item's URL, its variants, its size (no layout shift) and alt text. */
const MEDIA_SRC = (name: string) => new RegExp(`<img src="[^"]*/media/[0-9a-f]{24}/${name}" srcset="[^"]+ \\d+w" sizes="[^"]+" width="\\d+" height="\\d+" alt="[^"]+"`)

test('npm run cli -- import <folder>: posts with their images', async (t) => {
  const dir = tempDir(t)
  const blog = join(dir, 'blog')
  mkdirSync(join(blog, 'posts', 'ward-handover', 'images'), { recursive: true })
  mkdirSync(join(blog, 'shared'))
  const image = (width: number, color: string) => sharp({ create: { width, height: Math.round(width * 0.6), channels: 3, background: color } })
  writeFileSync(join(blog, 'posts', 'ward-handover', 'index.md'), HANDOVER)
  writeFileSync(join(blog, 'posts', 'ward-handover', 'handover-board.png'), await image(1200, '#2a7').png().toBuffer())
  writeFileSync(join(blog, 'posts', 'ward-handover', 'images', 'checklist.jpg'), await image(64, '#fa0').jpeg().toBuffer())
  writeFileSync(join(blog, 'posts', 'ward-handover', 'cover.jpg'), await image(1600, '#246').jpeg().toBuffer())
  writeFileSync(join(blog, 'posts', '2026-01-20-night-rounds.md'), NIGHT_ROUNDS)
  writeFileSync(join(blog, 'shared', 'torch.jpg'), await image(800, '#a22').jpeg().toBuffer())
  writeFileSync(join(dir, 'outside.png'), await image(100, '#000').png().toBuffer())

  const env = { ...await databaseEnv(t), MEDIA_PATH: join(dir, 'media') }

  const dry = await runCliInProcess(['import', blog, '--dry-run'], env)
  t.equal(dry.code, 0, dry.stderr)
  t.match(dry.stdout, /^posts\/2026-01-20-night-rounds\.md: night-rounds would be created\n {2}would upload: \.\.\/shared\/torch\.jpg \(\d+ bytes\)\n/)
  t.match(dry.stdout, /\nposts\/ward-handover\/index\.md: ward-handover would be created, 2 warnings\n {2}would upload: cover\.jpg \(\d+ bytes\)\n/)
  t.match(dry.stdout, /\n {2}would upload: handover-board\.png \(\d+ bytes\)\n {2}would upload: images\/checklist\.jpg \(\d+ bytes\)\n/)
  t.match(dry.stdout, /\n2 files checked \(dry run: nothing written\): 2 would be created, 0 would be replaced, 0 failed, 2 warnings\n$/)

  const app = await build(t, { env, seed: false })
  const media = async () => (await app.inject({ url: '/v1/admin/media', headers: ADMIN })).json().data as Array<{ name: string, alt: string }>
  t.same(await media(), [], 'a dry run uploads nothing')

  const real = await runScript('cli', ['import', blog], env)
  t.equal(real.code, 0, real.stderr)
  const lines = real.stdout.trimEnd().split('\n')
  t.match(lines, [
    'posts/2026-01-20-night-rounds.md: night-rounds created (version 1, published)',
    /^ {2}uploaded: \.\.\/shared\/torch\.jpg → \/media\/[0-9a-f]{24}\/torch\.jpg$/,
    'posts/ward-handover/index.md: ward-handover created (version 1, published), 2 warnings',
    /^ {2}uploaded: cover\.jpg → \/media\/[0-9a-f]{24}\/cover\.jpg$/,
    /^ {2}uploaded: handover-board\.png → /,
    /^ {2}uploaded: images\/checklist\.jpg → /,
    '  warning: line 26:49 image "./old-flowchart.png" is missing (no file posts/ward-handover/old-flowchart.png): kept as written',
    '  warning: line 27:17 image "../../../etc/passwd" is outside the folder imported (not read): kept as written',
    '2 files: 2 created, 0 replaced, 0 failed, 2 warnings',
  ])
  t.equal(lines.length, 9)

  const items = await media()
  t.same(items.map((item) => [item.name, item.alt]).sort(), [
    ['checklist.jpg', 'checklist icon'],
    ['cover.jpg', 'The handover board at the nurses\' station'],
    ['handover-board.png', 'The handover board, with one column per bay'],
    ['torch.jpg', 'A red-filtered torch on a clipboard'],
  ], 'four items, each with the post\'s alt text; nothing from outside the folder')

  const handover = await app.inject({ url: '/v1/articles/ward-handover', headers: { accept: 'text/html' } })
  t.equal(handover.statusCode, 200, handover.body)
  t.match(handover.body, MEDIA_SRC('handover-board\\.png'), 'the published article\'s HTML shows the image block from the media library')
  t.match(handover.body, MEDIA_SRC('checklist\\.jpg'), 'and the inline image')
  t.match(handover.body, /<img[^>]* src="\.\/old-flowchart\.png"/, 'the missing one as written')
  const json = (await app.inject({ url: '/v1/articles/ward-handover' })).json()
  t.match(json.data.cover_image.url, /\/media\/[0-9a-f]{24}\/cover\.jpg$/, 'the cover is the media item')
  const nightRounds = await app.inject({ url: '/v1/articles/night-rounds', headers: { accept: 'text/html' } })
  t.match(nightRounds.body, MEDIA_SRC('torch\\.jpg'), 'an image in a folder beside the post\'s, inside the folder imported')

  const again = await runCliInProcess(['import', blog], env)
  t.equal(again.code, 0, again.stderr)
  t.match(again.stdout, /uploaded: cover\.jpg → \/media\/[0-9a-f]{24}\/cover\.jpg \(already in the media library\)\n/, 'importing again: the same items')
  t.match(again.stdout, /\n2 files: 0 created, 2 replaced, 0 failed, 2 warnings\n$/)
  t.equal((await media()).length, 4)
})
