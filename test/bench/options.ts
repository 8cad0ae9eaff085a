// The bench's command-line options (`npm run bench -- --help` shows USAGE on any mistake), read once at start.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { projectRoot } from '../../src/base/paths.js'
import { isPostgresUrl } from './database.js'

export const USAGE = 'Options: --duration S (1-30, default 3) --connections N (1-100, default 10) --rounds N (1-30, default 3) ' +
  '--warmup S (0-10, default 1) --articles N (0-100000, default 0) --requests-for-rss N (0-10000000, default 100000) ' +
  '--uploads N (0-10000, default 40) --concurrent-uploads N (0-200, default 50) --write-connections N,N (1-200 each, default 10,50) ' +
  '--write-requests N (0-1000000, default 0: each write run lasts --duration; else it sends N requests) ' +
  '--read-rate N (0-1000000, default 0: as fast as the servers answer; else each read run sends N requests a second) ' +
  '--distinct-urls N (0-1000000, default 250000: RSS of an app with RESPONSE_CACHE_MAX_MB=64 after N distinct public URLs; 0 skips it) ' +
  '--out PATH (default bench/results.json) --only KEY,KEY (targets to run) --profile (CPU profile of the app) --no-pin ' +
  '--database-url postgres://… (default BENCH_DATABASE_URL; unset: a temporary SQLite file)'

/** A mistake in the options found once the run has started (its database exists): reported after the clean-up. */
export class UsageError extends Error {}

function fail (message: string): never {
  console.error(`bench: ${message}\n${USAGE}`)
  process.exit(2)
}

function readOptions () {
  try {
    return parseArgs({
      options: {
        duration: { type: 'string', default: '3' },
        connections: { type: 'string', default: '10' },
        rounds: { type: 'string', default: '3' },
        warmup: { type: 'string', default: '1' },
        articles: { type: 'string', default: '0' },
        'requests-for-rss': { type: 'string', default: '100000' },
        uploads: { type: 'string', default: '40' },
        'concurrent-uploads': { type: 'string', default: '50' },
        'write-connections': { type: 'string', default: '10,50' },
        'write-requests': { type: 'string', default: '0' },
        'read-rate': { type: 'string', default: '0' },
        'distinct-urls': { type: 'string', default: '250000' },
        out: { type: 'string', default: join(projectRoot, 'bench', 'results.json') },
        only: { type: 'string' },
        profile: { type: 'boolean', default: false },
        'no-pin': { type: 'boolean', default: false },
        'database-url': { type: 'string' },
      },
    }).values
  } catch (error) {
    fail((error as Error).message)
  }
}

function bounded (name: string, raw: string, min: number, max: number): number {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) fail(`--${name} must be an integer from ${min} to ${max}, not "${raw}"`)
  return value
}

const args = readOptions()
const databaseUrl = args['database-url'] ?? (process.env.BENCH_DATABASE_URL || undefined)
// Never echoed: it may hold a password.
if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) fail('--database-url (or BENCH_DATABASE_URL) must be a valid postgres:// or postgresql:// URL')
const writeConnections = [...new Set(args['write-connections'].split(',').map((raw) => bounded('write-connections', raw.trim(), 1, 200)))]

export const options = {
  duration: bounded('duration', args.duration, 1, 30),
  /** Connections of the read targets (and of the memory load). */
  connections: bounded('connections', args.connections, 1, 100),
  rounds: bounded('rounds', args.rounds, 1, 30),
  warmup: bounded('warmup', args.warmup, 0, 10),
  articles: bounded('articles', args.articles, 0, 100_000),
  rssRequests: bounded('requests-for-rss', args['requests-for-rss'], 0, 10_000_000),
  uploads: bounded('uploads', args.uploads, 0, 10_000),
  concurrentUploads: bounded('concurrent-uploads', args['concurrent-uploads'], 0, 200),
  /** Each write target is measured at each of these connection counts. */
  writeConnections,
  /** Requests per write run (0: runs last `duration` seconds). */
  writeRequests: bounded('write-requests', args['write-requests'], 0, 1_000_000),
  /**
   * Requests a second per read run (0: as many as the servers answer). The test's short run sets it: it checks that
   * the harness measures every target, not how fast, and an unthrottled run keeps both cores busy for its whole length.
   */
  readRate: bounded('read-rate', args['read-rate'], 0, 1_000_000),
  /** Distinct public URLs asked of an app of its own for the memory budget's RSS bound (0: not measured). */
  distinctUrls: bounded('distinct-urls', args['distinct-urls'], 0, 1_000_000),
  /** Uploads in flight at once in the throughput run. */
  uploadConnections: 4,
  logLevel: process.env.LOG_LEVEL ?? 'info',
  databaseUrl,
  out: args.out,
  only: args.only ? new Set(args.only.split(',').map((key) => key.trim())) : undefined,
  profile: args.profile,
  noPin: args['no-pin'],
}
