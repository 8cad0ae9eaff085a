// Seed loader: every article in seed/*.json, validated by the authoring schema, upserted by slug (idempotent).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ContentRepository, UpsertResult } from '../src/content/repository.js'
import { ArticleInputSchema, contentSchemas, type ArticleInput } from '../src/content/schemas.js'
import { normalizeSections } from '../src/content/text.js'
import { sharedSchemas } from '../src/http/schemas.js'
import { createValidator } from '../src/http/validation.js'
import { seedDir } from '../src/base/paths.js'

export class SeedError extends Error {}

const validateArticle = createValidator<ArticleInput>(ArticleInputSchema, [...sharedSchemas, ...contentSchemas])

export function readSeedArticles (dir = seedDir): ArticleInput[] {
  return readdirSync(dir).filter((file) => file.endsWith('.json')).sort().map((file) => {
    const result = validateArticle(JSON.parse(readFileSync(join(dir, file), 'utf8')))
    if (!result.ok) throw new SeedError(`seed/${file} is not a valid article:\n  ${result.errors.join('\n  ')}`)
    const keys = normalizeSections(result.value).map((section) => section.key)
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index)
    if (duplicate) throw new SeedError(`seed/${file} has two sections with the key "${duplicate}"`)
    return result.value
  })
}

export async function seedArticles (content: ContentRepository, dir = seedDir): Promise<UpsertResult[]> {
  const results: UpsertResult[] = []
  for (const article of readSeedArticles(dir)) results.push(await content.upsertArticle(article))
  return results
}

/** Seeds on first start only: a database that has any article is left alone. */
export async function seedIfEmpty (content: ContentRepository): Promise<string[]> {
  if (await content.countArticles() > 0) return []
  return (await seedArticles(content)).map((result) => result.slug)
}
