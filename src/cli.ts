// Operator commands: migrate, seed, keys, import/export (Markdown), backup/restore, copy-database, purge, webhook-secret,
// openapi.
// Run through npm scripts, e.g. `npm run keys -- list`; they run the compiled code (npm run build after editing src/).
// Each command loads only the modules it needs (the services load every feature), so that a command starts quickly.
// runCli runs one command with the environment and output it is given: the tests run most commands in their own process.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadConfig, type Config } from './config.js'
import { createPublicLinks } from './http/links.js'
import { configuredLocation, openDatabase, type DatabaseHandle } from './db/connection.js'
import type { CopyReport } from './db/copy.js'
import type { MediaCopy } from './media/copy-files.js'
import type { MediaFilesCopy } from './media/backup-files.js'
import { migrationsDir, openapiFile, openapiTypesFile } from './base/paths.js'
import type { createServices } from './services.js'

const USAGE = `Usage:
  npm run migrate                          apply pending migrations
  npm run seed                             upsert the articles in seed/ (by slug)
  npm run keys -- create --name NAME       create an admin key (printed once)
  npm run keys -- list                     list admin keys (names and prefixes, never the keys)
  npm run keys -- revoke NAME              revoke the active key with that name
  npm run cli -- import PATH [--dry-run]   import a blog: every *.md under the folder PATH (or the file PATH), each created
                                           or replaced by slug (front matter slug, else the file or folder name), the
                                           relative images it references uploaded to the media library; a line per file,
                                           warnings, a total; --dry-run validates and uploads nothing; exit 1 if any failed
  npm run cli -- export SLUG [FILE.md]     write an article as Markdown (to stdout without FILE)
  npm run cli -- backup PATH               copy the SQLite database to a new file (safe while the server runs), and the
                                           media files under MEDIA_PATH its rows name into the folder PATH.media
  npm run cli -- restore PATH              replace the SQLite database with a backup (the server must be stopped), and put
                                           the media files of PATH.media back under MEDIA_PATH (existing files are kept)
  npm run cli -- copy-database --to TARGET [--media=database|keep]
                                           copy every table into TARGET: a new SQLite file, or an empty postgres:// database
                                           (migrated first; ids, versions, timestamps kept; verified table by table).
                                           Media stored in the database come along as rows; media stored as files under
                                           MEDIA_PATH: --media=database carries their bytes into the target's media_blobs
                                           (the default for a postgres:// target), --media=keep copies the rows as they
                                           are, the files staying under MEDIA_PATH (the default for a SQLite target)
  npm run cli -- purge                     delete contact messages older than CONTACT_RETENTION_DAYS (and what derives from them),
                                           and sync tombstones older than SYNC_TOMBSTONE_RETENTION_DAYS
  npm run cli -- webhook-secret            print a new WEBHOOK_SECRET (whsec_ + base64 of 32 random bytes)
  npm run openapi                          write openapi/openapi.json from the route schemas, and its TypeScript types`

/** What a command reads and writes: the process's environment, stdout and stderr, unless a test hands it others. */
export interface CliIo {
  /** The settings' environment; when absent, loadConfig reads the process's (only src/config.ts reads it). */
  env?: Record<string, string | undefined>
  /** A line to stdout (console.log). */
  log(text: string): void
  /** A line to stderr (console.error). */
  error(text: string): void
  /** Text to stdout as it is. */
  write(text: string): void
}

const PROCESS_IO: CliIo = {
  log: (text) => console.log(text),
  error: (text) => console.error(text),
  write: (text) => { process.stdout.write(text) },
}

const POSTGRES_BACKUP = 'backup and restore copy SQLite files; on PostgreSQL (DATABASE_URL) use pg_dump and pg_restore (see the README, "Scaling out")'

/** Opens the configured database, migrated; closed when `run` is done. */
async function withMigratedDatabase<T> (io: CliIo, run: (database: DatabaseHandle, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env)
  const database = openDatabase(configuredLocation(config))
  try {
    await database.migrate(migrationsDir)
    return await run(database, config)
  } finally {
    await database.close()
  }
}

/** Opens the configured database, migrated, with the same repositories and services the server uses. */
function withDatabase<T> (io: CliIo, run: (wired: ReturnType<typeof createServices> & { database: DatabaseHandle, config: Config }) => Promise<T>): Promise<T> {
  return withMigratedDatabase(io, async (database, config) => {
    const { createServices } = await import('./services.js')
    return run({ database, config, ...createServices(database, config) })
  })
}

async function keys (io: CliIo, args: string[]) {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' } } })
  const [action, argument] = positionals
  await withDatabase(io, async ({ repositories }) => {
    const repository = repositories.keys
    if (action === 'create') {
      const name = values.name ?? argument
      if (!name || !/^[\w.@-]{1,100}$/.test(name)) throw new UsageError('keys create needs --name NAME (letters, digits, . _ @ -; at most 100)')
      const { key } = await repository.create(name)
      io.log(`Created admin key "${name}". Store it now; it cannot be shown again:\n\n  ${key}\n`)
    } else if (action === 'list') {
      const rows = await repository.list()
      if (rows.length === 0) io.log('No admin keys. Create one with: npm run keys -- create --name NAME')
      for (const row of rows) {
        const state = row.revoked_at ? `revoked ${row.revoked_at}` : 'active'
        io.log(`${row.name}\t${row.key_prefix}…\tcreated ${row.created_at}\tlast used ${row.last_used_at ?? 'never'}\t${state}`)
      }
    } else if (action === 'revoke') {
      const name = argument ?? values.name
      if (!name) throw new UsageError('keys revoke needs a NAME')
      if (!await repository.revoke(name)) throw new UsageError(`No active key named "${name}"`)
      io.log(`Revoked "${name}".`)
    } else {
      throw new UsageError(`Unknown keys action "${action ?? ''}"`)
    }
  })
}

class UsageError extends Error {}

async function copyToTarget (io: CliIo, args: string[]) {
  let values: { to?: string | undefined, media?: string | undefined }
  try {
    values = parseArgs({ args, options: { to: { type: 'string' }, media: { type: 'string' } } }).values
  } catch (error) {
    // The message may quote an argument, such as a URL given without --to: never its password.
    const { maskPasswords } = await import('./db/copy.js')
    throw new UsageError(maskPasswords((error as Error).message))
  }
  const { to, media } = values
  if (!to) throw new UsageError('copy-database needs --to TARGET: a postgres:// URL or the path of a new SQLite file')
  const config = loadConfig(io.env)
  const [{ copyDatabase, targetLocation }, { mediaCopy, mediaCopyMode }] = await Promise.all([import('./db/copy.js'), import('./media/copy-files.js')])
  const target = targetLocation(to)
  const mode = mediaCopyMode(media, 'url' in target ? 'postgres' : 'sqlite')
  if (!mode) throw new UsageError(`copy-database --media is database or keep, not "${media}"`)
  const rewrite = mediaCopy(mode, config.media.path)
  const report = await copyDatabase({ source: configuredLocation(config), target, migrationsDir, rewrite })
  io.log(copySummary(report))
  io.log(mediaSummary(rewrite, config.media.path))
}

function mediaSummary ({ mode, result }: MediaCopy, path: string): string {
  const lines = mode === 'database'
    ? [`Media (--media=database): ${result.carried} file${result.carried === 1 ? '' : 's'} under ${path} (${result.bytes} bytes) carried into media_blobs; their rows say storage 'database'.`]
    : [`Media (--media=keep): rows copied as they are${result.kept > 0 ? `; ${result.kept} keep their bytes as files under ${path}: give the target's server the same MEDIA_PATH` : ''}.`]
  if (mode === 'database' && result.kept > 0) lines.push(`${result.kept} item${result.kept === 1 ? '' : 's'} still say storage 'files' (their files are missing).`)
  return [...lines, ...result.warnings.map((warning) => `  warning: ${warning}`)].join('\n')
}

function copySummary (report: CopyReport): string {
  const width = Math.max(...report.tables.map((table) => table.table.length))
  const total = report.tables.reduce((sum, table) => sum + table.rows, 0)
  const { source, target } = report.contentVersion
  return [
    `Copied ${report.source} to ${report.target}: ${report.tables.length} tables, ${total} rows, ${report.migrations} migrations applied on both.`,
    `  ${'table'.padEnd(width)}  ${'rows'.padStart(8)}  checksum (source = target)`,
    ...report.tables.map((table) => `  ${table.table.padEnd(width)}  ${String(table.rows).padStart(8)}  ${table.checksum}`),
    `content_state.version ${target}${target === source ? ', as in the source' : ` (the source has ${source}; the target had counted further)`}.`,
    `New ids continue after: ${report.identities.map((identity) => `${identity.table} ${identity.after}`).join(', ') || 'none (no rows with integer ids)'}.`,
    ...report.notes.map((note) => `Note: ${note}`),
  ].join('\n')
}

/** What backup and restore did with media files, and a warning for each missing one. */
function mediaFilesSummary (copy: MediaFilesCopy, where: string): string {
  const plural = (n: number) => `${n} file${n === 1 ? '' : 's'}`
  return [
    `Media files: ${plural(copy.files)} (${copy.bytes} bytes) copied ${where}` +
      `${copy.present > 0 ? `, ${plural(copy.present)} there already (kept)` : ''}${copy.missing.length > 0 ? `, ${copy.missing.length} missing` : ''}.`,
    ...copy.missing.map((missing) => `  warning: ${missing}`),
  ].join('\n')
}

/** `import PATH [--dry-run]`: every post of a blog, a line per file (and its warnings or problems), then a total. */
async function importBlog (io: CliIo, args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { 'dry-run': { type: 'boolean' } } })
  const [path] = positionals
  if (!path) throw new UsageError('import needs a folder of Markdown posts (or one FILE.md)')
  const dryRun = values['dry-run'] === true
  const { blogFiles, postFiles } = await import('./content/markdown/blog-files.js')
  const { checkWithImages, importWithImages } = await import('./content/import-images.js')
  let files: ReturnType<typeof blogFiles>
  try {
    files = blogFiles(path)
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const { HttpProblem } = await import('./http/errors.js')
  const counts = { created: 0, replaced: 0, failed: 0, warnings: 0 }
  const at = (problem: { line?: number | undefined, column?: number | undefined }) => problem.line === undefined ? '' : `line ${problem.line}:${problem.column ?? 1} `
  await withDatabase(io, async ({ services, config }) => {
    // The cover of a post is an absolute URL: under PUBLIC_BASE_URL (or HOST and PORT), as the server makes them.
    const links = createPublicLinks({ baseUrl: config.publicBaseUrl, siteName: config.siteName, host: config.host, port: config.port })
    for (const file of files) {
      try {
        const text = readFileSync(file.path, 'utf8')
        // The relative images the post references, read from its folder (never outside PATH) and uploaded.
        const options = { slug: file.slug, files: postFiles(path, file.path, config.media.maxBytes), media: services.media, absolute: (url: string) => links.url(url) }
        const result = dryRun
          ? await checkWithImages(services.authoring, text, options)
          : await importWithImages(services.authoring, text, { by: 'cli' }, options)
        const slug = 'view' in result ? result.view.article.slug : result.slug
        counts[result.created ? 'created' : 'replaced']++
        counts.warnings += result.warnings.length
        const done = 'view' in result
          ? `${result.created ? 'created' : 'replaced'} (version ${result.view.article.version}, ${result.view.article.status})`
          : `would be ${result.created ? 'created' : 'replaced'}`
        io.log(`${file.label}: ${slug} ${done}${result.warnings.length > 0 ? `, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}` : ''}`)
        for (const image of result.uploads) {
          io.log(image.url === undefined ? `  would upload: ${image.file} (${image.bytes} bytes)` : `  uploaded: ${image.file} → ${image.url}${image.created ? '' : ' (already in the media library)'}`)
        }
        for (const warning of result.warnings) io.log(`  warning: ${at(warning)}${warning.message}`)
      } catch (error) {
        if (!(error instanceof HttpProblem) && (error as NodeJS.ErrnoException).code === undefined) throw error
        counts.failed++
        io.error(`${file.label}: failed: ${error instanceof HttpProblem && error.errors ? `${error.errors.length} problem${error.errors.length === 1 ? '' : 's'}` : (error as Error).message}`)
        for (const problem of error instanceof HttpProblem ? error.errors ?? [] : []) io.error(`  ${at(problem)}${problem.path}: ${problem.message}`)
      }
    }
  })
  const verb = dryRun ? 'would be ' : ''
  io.log(`${files.length} file${files.length === 1 ? '' : 's'}${dryRun ? ' checked (dry run: nothing written)' : ''}: ${counts.created} ${verb}created, ${counts.replaced} ${verb}replaced, ${counts.failed} failed, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}`)
  return counts.failed > 0 ? 1 : 0
}

/** Runs the command `argv` names; resolves with its exit code (0, or 1 when some file of an import failed). */
async function run (io: CliIo, argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'migrate':
      await withMigratedDatabase(io, async () => undefined)
      io.log('Migrations are up to date.')
      break
    case 'seed':
      await withDatabase(io, async ({ services }) => {
        const { seedArticles } = await import('../seed/index.js')
        for (const result of await seedArticles(services.authoring)) {
          io.log(`${result.slug}: ${result.created ? 'created' : result.changed ? 'updated' : 'unchanged'} (version ${result.version})`)
        }
      })
      break
    case 'keys':
      await keys(io, rest)
      break
    case 'import':
      return importBlog(io, rest)
    case 'export': {
      const [slug, file] = rest
      if (!slug) throw new UsageError('export needs a SLUG')
      await withDatabase(io, async ({ services }) => {
        const markdown = await services.authoring.exportMarkdown(slug)
        if (markdown === undefined) throw new UsageError(`No article "${slug}"`)
        if (file) {
          writeFileSync(file, markdown)
          io.log(`Wrote ${file}`)
        } else {
          io.write(markdown)
        }
      })
      break
    }
    case 'backup': {
      const [path] = rest
      if (!path) throw new UsageError('backup needs a PATH for the new file')
      await withMigratedDatabase(io, async (database, config) => {
        if (!database.sqlite) throw new UsageError(POSTGRES_BACKUP)
        const { backupWithMedia, mediaFolderOf } = await import('./media/backup-files.js')
        const { pages, media } = await backupWithMedia(database.sqlite, path, config.media.path)
        io.log(`Backed up to ${path} (${pages} pages, integrity ok).`)
        io.log(mediaFilesSummary(media, `into ${mediaFolderOf(path)}`))
      })
      break
    }
    case 'restore': {
      const [path] = rest
      if (!path) throw new UsageError('restore needs the PATH of a backup')
      const config = loadConfig(io.env)
      if (config.postgres) throw new UsageError(POSTGRES_BACKUP)
      const target = config.databasePath
      const { restoreWithMedia } = await import('./media/backup-files.js')
      const { pages, media } = await restoreWithMedia(path, target, config.media.path)
      io.log(`Restored ${target} from ${path} (${pages} pages, integrity ok).`)
      io.log(mediaFilesSummary(media, `into ${config.media.path}`))
      break
    }
    case 'copy-database':
      await copyToTarget(io, rest)
      break
    case 'purge': {
      const { contact: { retentionDays }, sync } = loadConfig(io.env)
      await withDatabase(io, async ({ services }) => {
        const result = await services.purgeExpiredData()
        io.log(`Purged what was older than ${retentionDays} days (before ${result.cutoff}): ` +
          `${result.contact_messages} contact messages, ${result.webhook_events} webhook events, ${result.idempotency_records} idempotency records; ` +
          `${result.sync_tombstones} sync tombstones older than ${sync.tombstoneRetentionDays} days.`)
      })
      break
    }
    case 'webhook-secret':
      // Standard Webhooks' format; receivers configure the same value in their standardwebhooks library.
      io.log(`whsec_${randomBytes(32).toString('base64')}`)
      break
    case 'openapi': {
      // Loaded on demand: it builds the whole app, which the other commands do not need.
      const { generateClientTypes, generateOpenApiDocument } = await import('./openapi.js')
      mkdirSync(dirname(openapiFile), { recursive: true })
      const document = await generateOpenApiDocument()
      writeFileSync(openapiFile, document)
      writeFileSync(openapiTypesFile, await generateClientTypes(document))
      io.log(`Wrote ${openapiFile} and ${openapiTypesFile}`)
      break
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}"` : 'No command given')
  }
  return 0
}

/**
 * What an operator is told of a failure they can act on (a bad argument or setting, an edited migration, a refused
 * copy, an invalid article), without a stack trace; undefined for a bug. The error classes are loaded here, after the
 * fact, so that no command loads modules it does not use.
 */
async function operatorMessage (error: unknown): Promise<string | undefined> {
  if (error instanceof UsageError) return `${error.message}\n\n${USAGE}`
  const [{ ConfigError }, { MigrationError }, { BackupError }, { CopyError }, { DuplicateKeyNameError }, { SeedError }, { HttpProblem }] = await Promise.all([
    import('./config.js'), import('./db/migrate.js'), import('./db/backup.js'), import('./db/copy.js'), import('./api-keys/repository.js'),
    import('../seed/index.js'), import('./http/errors.js'),
  ])
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof SeedError || error instanceof DuplicateKeyNameError ||
    error instanceof BackupError || error instanceof CopyError) return error.message
  // What the API would answer (an invalid or conflicting article): its explanation, each field on a line.
  if (error instanceof HttpProblem) return [error.message, ...(error.errors ?? []).map((field) => `  ${field.path}: ${field.message}`)].join('\n')
  return undefined
}

/**
 * Runs one command: resolves with its exit code, having written what the operator is told of a failure they can act on
 * (exit code 1); rejects on a bug.
 */
export async function runCli (argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  try {
    return await run(io, argv)
  } catch (error) {
    const message = await operatorMessage(error)
    if (message === undefined) throw error
    io.error(message)
    return 1
  }
}

/** True when this file is the program node runs (node dist/src/cli.js …), false when a test imports it. */
function isProgram (): boolean {
  const program = process.argv[1]
  if (program === undefined) return false
  try {
    return realpathSync(program) === fileURLToPath(import.meta.url)
  } catch {
    return false
  }
}

if (isProgram()) process.exitCode = await runCli(process.argv.slice(2))
