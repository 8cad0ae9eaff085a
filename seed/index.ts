// Seed loader: every article in seed/*.json, validated by the authoring schema, upserted by slug (idempotent).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AuthoringService } from '../src/content/service.js'
import { ArticleInputSchema, contentSchemas, type ArticleInput } from '../src/content/model/schemas.js'
import { sectionsWithKeys } from '../src/content/model/document.js'
import { sharedSchemas } from '../src/http/schemas.js'
import { createValidator } from '../src/http/validation.js'
import { seedDir } from '../src/base/paths.js'

export class SeedError extends Error {}

const validateArticle = createValidator<ArticleInput>(ArticleInputSchema, [...sharedSchemas, ...contentSchemas])

export function readSeedArticles (dir = seedDir): ArticleInput[] {
  return readdirSync(dir).filter((file) => file.endsWith('.json')).sort().map((file) => {
    const result = validateArticle(JSON.parse(readFileSync(join(dir, file), 'utf8')))
    if (!result.ok) throw new SeedError(`seed/${file} is not a valid article:\n  ${result.errors.map((error) => `${error.path} ${error.message}`).join('\n  ')}`)
    const keys = sectionsWithKeys(result.value.sections).map((section) => section.key)
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index)
    if (duplicate) throw new SeedError(`seed/${file} has two sections with the key "${duplicate}"`)
    return result.value
  })
}

type UpsertResult = Awaited<ReturnType<AuthoringService['upsert']>>

/** Creates or replaces every seed article by slug; an unchanged article keeps its version. Writes are recorded as by "seed". */
export async function seedArticles (authoring: Pick<AuthoringService, 'upsert'>, { dir = seedDir, announce = true } = {}): Promise<UpsertResult[]> {
  const results: UpsertResult[] = []
  for (const article of readSeedArticles(dir)) results.push(await authoring.upsert(article, { by: 'seed', announce }))
  return results
}

/** Seeds on first start only: a database that has any article is left alone. Not announced: it is where the installation starts. */
export async function seedIfEmpty (authoring: Pick<AuthoringService, 'upsert'>, content: { countArticles(): Promise<number> }): Promise<string[]> {
  if (await content.countArticles() > 0) return []
  return (await seedArticles(authoring, { announce: false })).map((result) => result.slug)
}
