// Locations of the project's data folders, valid both from src/ (tests) and dist/src/ (built).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findProjectRoot (from: string): string {
  let dir = from
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'migrations'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`No project root (package.json beside migrations/) above ${from}`)
    dir = parent
  }
  return dir
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)))
export const migrationsDir = join(projectRoot, 'migrations')
export const seedDir = join(projectRoot, 'seed')
export const openapiFile = join(projectRoot, 'openapi', 'openapi.json')
export const openapiTypesFile = join(projectRoot, 'openapi', 'openapi.d.ts')
/** The logo Swagger UI shows at /docs (and its favicon). */
export const docsLogoFile = join(projectRoot, 'src', 'http', 'docs-logo.svg')

export const packageVersion: string = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version
