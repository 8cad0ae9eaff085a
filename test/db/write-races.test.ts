// PostgreSQL form writes check and insert in one statement, then, when refused, look at what refused them in another
// (src/contact/repository.ts, src/reviews/repository.ts). Another connection may change that in between without the
// submission's lock — an admin marking the earlier copy as spam, an article published — and the submission must then be
// stored, not answered as a duplicate or fail. A statement-level trigger makes the change at that very moment: it runs
// after the refused INSERT (statement triggers fire for zero rows too), before the lookup.
import { sql } from 'kysely'
import { test } from 'tap'
import { build, receiveMessage, SLUG, submitReview, TEST_DATABASE_URL } from '../helper.js'

const skip = !TEST_DATABASE_URL && 'needs TEST_DATABASE_URL (the check and insert are one statement on PostgreSQL only)'

test('a contact message refused for an earlier copy that turns spam before the lookup is stored', { skip }, async (t) => {
  const app = await build(t)
  const { db } = app.database
  const fields = { name: 'Ann', email: 'ann@example.com', message: 'Is the [internship](https://example.com/apply) paid?' }
  const first = await receiveMessage(app, fields)
  t.equal(first.outcome, 'created')
  await sql.raw(`CREATE FUNCTION mark_earlier_spam() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE contact_messages SET status = 'spam' WHERE id = '${first.receipt.id}'; RETURN NULL; END $$`).execute(db)
  await sql.raw('CREATE TRIGGER mark_earlier_spam AFTER INSERT ON contact_messages FOR EACH STATEMENT EXECUTE FUNCTION mark_earlier_spam()').execute(db)

  const second = await receiveMessage(app, fields)
  t.equal(second.outcome, 'created', 'not a duplicate of a copy that is spam by now')
  t.not(second.receipt.id, first.receipt.id)
  const rows = await db.selectFrom('contact_messages').select('id').orderBy('received_at').execute()
  t.equal(rows.length, 2, 'both copies stored')
})

test('a review refused because its article was not published, published before the lookup, is stored', { skip }, async (t) => {
  const app = await build(t)
  const { db } = app.database
  await db.updateTable('articles').set({ status: 'draft' }).where('slug', '=', SLUG).execute()
  await sql.raw(`CREATE FUNCTION publish_article() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE articles SET status = 'published' WHERE slug = '${SLUG}'; RETURN NULL; END $$`).execute(db)
  await sql.raw('CREATE TRIGGER publish_article AFTER INSERT ON reviews FOR EACH STATEMENT EXECUTE FUNCTION publish_article()').execute(db)

  const { review } = await submitReview(app, { body: 'Clear and useful: see `npm start` and the [guide](https://example.com/guide).' })
  t.equal(review.article_slug, SLUG, 'stored on the article published meanwhile, not answered as a duplicate')
  const stored = await db.selectFrom('reviews').select(['id', 'body']).execute()
  t.same(stored.map((row) => row.id), [review.id])
})
