// Media queries: items (the metadata of an uploaded image), their variants, and what articles use them.
import type { Executor, MediaTable, MediaVariantsTable } from '../db/schema.js'
import type { Selectable } from 'kysely'
import type { MediaSummary } from '../base/media.js'

export type MediaRow = Selectable<MediaTable>
export type VariantRow = Selectable<MediaVariantsTable>

export interface MediaListOptions {
  limit: number
  page: number
  /** Only items of this content type. */
  type?: string | undefined
}

export interface MediaRepository {
  find(id: string, trx?: Executor): Promise<MediaRow | undefined>
  findBySha256(sha256: string, trx?: Executor): Promise<MediaRow | undefined>
  insert(row: MediaRow, trx?: Executor): Promise<void>
  /** Newest first. */
  list(options: MediaListOptions, trx?: Executor): Promise<{ items: MediaRow[], total: number }>
  update(id: string, changes: { alt?: string, title?: string | null }, now: Date, trx?: Executor): Promise<MediaRow | undefined>
  remove(id: string, trx?: Executor): Promise<boolean>
  findVariant(id: string, width: number, format: string, trx?: Executor): Promise<VariantRow | undefined>
  insertVariant(row: VariantRow, trx?: Executor): Promise<void>
  variantsOf(id: string, trx?: Executor): Promise<VariantRow[]>
  /** Variants of items no article uses (they are made again if asked for). */
  unusedVariants(trx?: Executor): Promise<VariantRow[]>
  removeVariants(variants: ReadonlyArray<Pick<VariantRow, 'media_id' | 'width' | 'format'>>, trx?: Executor): Promise<void>
  /** What articles need to show these items, by id (ids that do not exist are left out). */
  summaries(ids: readonly string[], trx?: Executor): Promise<Map<string, MediaSummary>>
}

const summaryOf = (row: Pick<MediaRow, 'id' | 'name' | 'content_type' | 'width' | 'height' | 'alt' | 'thumbhash'>): MediaSummary => ({
  id: row.id, name: row.name, content_type: row.content_type, width: row.width, height: row.height, alt: row.alt, thumbhash: row.thumbhash,
})

export function createMediaRepository (db: Executor): MediaRepository {
  return {
    async find (id, trx = db) {
      return trx.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst()
    },
    async findBySha256 (sha256, trx = db) {
      return trx.selectFrom('media').selectAll().where('sha256', '=', sha256).executeTakeFirst()
    },
    async insert (row, trx = db) {
      await trx.insertInto('media').values(row).execute()
    },
    async list ({ limit, page, type }, trx = db) {
      const base = trx.selectFrom('media').$if(type !== undefined, (query) => query.where('content_type', '=', type as string))
      const [items, count] = await Promise.all([
        base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset((page - 1) * limit).execute(),
        base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      ])
      return { items, total: Number(count.n) }
    },
    async update (id, changes, now, trx = db) {
      const set = {
        ...(changes.alt !== undefined ? { alt: changes.alt } : {}),
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        updated_at: now.toISOString(),
      }
      const updated = await trx.updateTable('media').set(set).where('id', '=', id).executeTakeFirst()
      if (Number(updated.numUpdatedRows) === 0) return undefined
      return trx.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst()
    },
    async remove (id, trx = db) {
      const deleted = await trx.deleteFrom('media').where('id', '=', id).executeTakeFirst()
      return Number(deleted.numDeletedRows) > 0
    },
    async findVariant (id, width, format, trx = db) {
      return trx.selectFrom('media_variants').selectAll()
        .where('media_id', '=', id).where('width', '=', width).where('format', '=', format as VariantRow['format'])
        .executeTakeFirst()
    },
    async insertVariant (row, trx = db) {
      await trx.insertInto('media_variants').values(row)
        .onConflict((conflict) => conflict.columns(['media_id', 'width', 'format']).doNothing()).execute()
    },
    async variantsOf (id, trx = db) {
      return trx.selectFrom('media_variants').selectAll().where('media_id', '=', id).orderBy('width').orderBy('format').execute()
    },
    async unusedVariants (trx = db) {
      return trx.selectFrom('media_variants').selectAll()
        .where((eb) => eb.not(eb.exists(
          eb.selectFrom('article_media').select('article_media.media_id').whereRef('article_media.media_id', '=', 'media_variants.media_id')
        )))
        .orderBy('media_id').orderBy('width').orderBy('format').execute()
    },
    async removeVariants (variants, trx = db) {
      for (const variant of variants) {
        await trx.deleteFrom('media_variants')
          .where('media_id', '=', variant.media_id).where('width', '=', variant.width).where('format', '=', variant.format)
          .execute()
      }
    },
    async summaries (ids, trx = db) {
      const unique = [...new Set(ids)]
      if (unique.length === 0) return new Map()
      const rows = await trx.selectFrom('media')
        .select(['id', 'name', 'content_type', 'width', 'height', 'alt', 'thumbhash'])
        .where('id', 'in', unique).execute()
      return new Map(rows.map((row) => [row.id, summaryOf(row)]))
    },
  }
}
