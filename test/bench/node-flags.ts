// The V8 flags of the measured app: those `npm start` runs it with.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../../src/base/paths.js'

/**
 * The V8 flags `npm start` runs the server with (package.json's start script): the app is measured as it is run.
 */
export function appNodeFlags (): string[] {
  const start = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  const flags = / node ((?:--[a-z-]+=\S+ )*)dist\/src\/server\.js/.exec(start)
  if (!flags) throw new Error(`package.json's start script does not run node … dist/src/server.js: ${start}`)
  return flags[1]!.trim().split(' ').filter(Boolean)
}
