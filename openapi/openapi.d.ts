// Generated from openapi.json by openapi-typescript (npm run openapi): do not edit.
export interface paths {
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI 3.1 document
         * @description The description of every operation of this server, generated from the route schemas; Swagger UI at /docs reads it.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description Answers 200 while the process runs, whatever the state of the database: for a liveness probe (restart when it fails).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers
         * @description Answers 200 once the database answers a query, 503 when it does not: for a readiness probe (send no traffic until it passes).
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published articles
         * @description Published articles as summaries, newest first by default. Paging links are in `meta.pagination` and the `Link` header.
         */
        get: operations["listArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description Every tag that published articles have, by name, with how many. Filter the article list with `?tag=`.
         */
        get: operations["listTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a published article
         * @description The whole article in one call: intro, sections with their blocks, a table of contents, and the review count and average. As JSON (the default), or, as `Accept` asks, an HTML fragment (with the JSON-LD embedded), the Markdown of the authoring export, or plain text. Each representation has its own ETag; every answer carries `Vary: Accept`.
         */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{slug}/jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a published article's structured data
         * @description The article as a schema.org `Article` in JSON-LD, for a page that renders the article itself to embed in a script element of type `application/ld+json` (escaping `<` as `\u003c` there). The HTML representation of the article embeds the same.
         */
        get: operations["getArticleJsonLd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{slug}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an article's sections
         * @description Sections in order, a page at a time for small payloads: pass `meta.next_after` back as `after`.
         */
        get: operations["listSections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{slug}/sections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one section
         * @description As JSON (the default), or, as `Accept` asks, an HTML fragment, Markdown or plain text. Each has its own ETag; every answer carries `Vary: Accept`.
         */
        get: operations["getSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search published articles
         * @description Full-text search over the title, intro and sections of published articles. One hit per article, best first, with the section that matches best, a snippet with the matches marked, and a link to that section.
         */
        get: operations["searchArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{slug}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List approved reviews
         * @description Approved reviews of a published article, newest first by default, paged like the article list (meta.pagination and a Link header).
         */
        get: operations["listReviews"];
        put?: never;
        /**
         * Submit a review
         * @description Stores a review of a published article. With pre-moderation (the default) it stays `pending`, invisible to the public, until a moderator approves it; with post-moderation it is `approved` at once. A 201 means the review is committed. Limited to 5 submissions per client IP per 600 seconds; the same text from the same email or IP on the same article within 24 hours is a 409.
         */
        post: operations["createReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{slug}/reviews/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rating summary
         * @description Count, average and per-star distribution of approved reviews: schema.org AggregateRating with reviewCount = count, ratingValue = average, bestRating = 5, worstRating = 1. `average` is null when there are no reviews.
         */
        get: operations["getReviewSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Atom feed of the newest articles
         * @description The 20 most recently published articles, newest first, each with its whole body as HTML (`<content type="html">`, escaped), its excerpt as the summary and its cover (or first image) as a Media RSS `<media:thumbnail>`. `updated` is when the newest entry changed, so a publish or an edit moves it. Links are absolute, under PUBLIC_BASE_URL. Entry ids are `tag:` URIs that survive renames. Revalidate with If-None-Match.
         */
        get: operations["getAtomFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sitemap of every published article
         * @description Every published article (up to 50,000, the protocol's limit per file), newest first, except copies whose `canonical_url` points elsewhere (sitemaps list canonical pages), with `lastmod` from its last change and its images (`image:image`, the image sitemap extension). Links are absolute, under PUBLIC_BASE_URL. Revalidate with If-None-Match.
         */
        get: operations["getSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/{id}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an image (or a variant)
         * @description The original as uploaded (orientation applied, metadata removed), or with `w` and/or `format` a variant, made on its first request and kept. `name` is the file name of the item's URL (any name serves the same bytes). Immutable: `Cache-Control: public, max-age=31536000, immutable` with a strong ETag; If-None-Match gives 304; one byte range (`Range: bytes=0-1023`) gives 206.
         */
        get: operations["getMediaFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sync an offline copy of the published articles
         * @description Without `sync_token`: every published article (an initial sync). With the `next_sync_token` of an earlier sync: only what changed since — articles created, changed, published or renamed (whole, as `GET /v1/articles/{slug}` serves them, without `reviews`), and tombstones for articles deleted, unpublished or renamed (a rename is a tombstone for the old slug, then the article under the new one) — in commit order. Follow `next_page_token` while it is given; the last page has `next_sync_token`. Changes committed while a sync is paged come with the next sync. `fields` trims articles (17 fields; `slug` always). A token older than the tombstone retention is a 410: start over.
         */
        get: operations["syncArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a contact message
         * @description The contact form posts here, as JSON or as a plain HTML form (`application/x-www-form-urlencoded`, no JavaScript needed). 202 means the message is committed to storage. Invalid fields are listed in `errors` (JSON Pointers such as `/body/email`). At most CONTACT_RATE_LIMIT_MAX messages per CONTACT_RATE_LIMIT_WINDOW_SECONDS from one network address, and from one email. The same message from the same email within 10 minutes is stored once and answered with the first id. Bodies over 16 KB are refused (413).
         */
        post: operations["createContactMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/preview/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview an article
         * @description The article a preview link names, as it is now (a draft, or a published article with its latest edits), in the shape and representations of `GET /v1/articles/{slug}` (JSON, or HTML, Markdown or plain text as `Accept` asks). A draft's `published_at` is the time of the request. No key needed: the token is the secret. Every answer is `Cache-Control: private, no-store` and `X-Robots-Tag: noindex`, without validators; a wrong, expired or revoked token is a 404, the same for all three.
         */
        get: operations["getArticlePreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/preview/{token}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a previewed article's sections
         * @description As `GET /v1/articles/{slug}/sections`, for the article a preview link names, as it is now.
         */
        get: operations["listPreviewSections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/preview/{token}/sections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview one section
         * @description As `GET /v1/articles/{slug}/sections/{key}`, for the article a preview link names, as it is now.
         */
        get: operations["getPreviewSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Name of the admin key in use
         * @description Checks a key: 200 with the name of the key sent in Authorization, 401 when it is missing, unknown or revoked. Keys are managed with `npm run keys`.
         */
        get: operations["getAdminIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or replace an article from Markdown
         * @description A `text/markdown` body, as static-site blogs write posts: front matter in YAML (`---`) or TOML (`+++`), then CommonMark and GitHub-Flavoured Markdown (tables, task lists, strikethrough, footnotes, autolinks, raw HTML, which is sanitized). Front matter names of Hugo, Jekyll, Gatsby and Next map onto the article: `date` → published_at, `description`/`summary`/`spoiler` → excerpt, `author`/`authors`, `tags` + `categories`, `draft`, `image`/`cover` → cover_image, `slug` (else the slug of the title). A post with a date and no `draft: true` is published. The title is `title` or a leading `#` heading; the body's top heading level starts the sections, deeper headings are subheadings (depth 3–6); a post without headings is all intro. Duplicate section keys get -2, -3. Unknown front matter fields, relative URLs and sanitized HTML are `warnings` in the answer. A refusal (400) lists every problem, each with its `line` and `column`. A new article is a 201 with its ETag and Location, as for POST; replacing an existing one is a 200 and honours If-Match like PUT.
         *
         *     **With its images**: `multipart/form-data` with the post (`markdown`) and the files it references (`files`, each named by the path the Markdown uses). Once the post is valid, each relative image it references (image blocks, inline images, the front matter cover) whose file is in the bundle is uploaded to the media library (with the post's alt text) and written as its media URL. A referenced file missing from the bundle is a warning (with its line), the image kept as written; a file the post does not reference is not uploaded. A file the media library refuses (not a JPEG, PNG, WebP, AVIF or GIF: 415; corrupt: 400; too large: 413) refuses the import, naming the file, and no article is written; images uploaded before it stay in the library (the same bytes always give the same item).
         */
        post: operations["importArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles, drafts included
         * @description Most recently changed first. Filter by `status`, `tag` (slug) and `q` (a substring of title, slug or excerpt).
         */
        get: operations["listAdminArticles"];
        put?: never;
        /**
         * Create an article
         * @description A whole article in the shape the public API serves (a served article can be sent as it is). A draft unless `status` says published. Section keys default to the slug of their heading. 201 with the stored article, its ETag and Location.
         */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article, drafts included
         * @description With its ETag, for If-Match on the next write.
         */
        get: operations["getAdminArticle"];
        /**
         * Replace an article
         * @description The whole article, as for POST. A different `slug` renames it (the old one then answers 301). Unchanged sections keep their ETags.
         */
        put: operations["replaceArticle"];
        post?: never;
        /**
         * Delete an article
         * @description With its sections, revisions, reviews and old slugs. Announced as article.deleted.
         */
        delete: operations["deleteArticle"];
        options?: never;
        head?: never;
        /**
         * Change some fields of an article
         * @description Title, excerpt, slug, status and the model fields; the others stay. A new slug keeps the old one answering 301.
         */
        patch: operations["updateArticle"];
        trace?: never;
    };
    "/v1/admin/articles/{slug}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an article
         * @description Serves it publicly at once. The first publication sets published_at; publishing a published article changes nothing.
         */
        post: operations["publishArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish an article
         * @description Takes it off the public API at once (back to draft); published_at is kept for when it returns.
         */
        post: operations["unpublishArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The article as Markdown
         * @description Importing it again gives the same article. Front matter carries what the body cannot.
         */
        get: operations["exportArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of an article
         * @description One revision per write, newest first: who made it and what changed. ARTICLE_REVISIONS_KEEP bounds how many are kept.
         */
        get: operations["listRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}/revisions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One revision
         * @description The article as it was after that write.
         */
        get: operations["getRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}/revisions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a revision
         * @description Its content and fields become the article again, as a new version. The slug and the publication status stay as they are now.
         */
        post: operations["restoreRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a section
         * @description At `position` (the others move down), or at the end. The key defaults to the slug of the heading and must be new in the article.
         */
        post: operations["createSection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}/sections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a section
         * @description With its own ETag: edits to other sections leave it unchanged.
         */
        get: operations["getAdminSection"];
        /**
         * Replace a section
         * @description Heading and blocks, atomically. The key stays unless a new `key` is given.
         */
        put: operations["replaceSection"];
        post?: never;
        /**
         * Delete a section
         * @description The sections after it move up.
         */
        delete: operations["deleteSection"];
        options?: never;
        head?: never;
        /**
         * Move, retitle or re-key a section
         * @description `position` moves it (the others close up); a new `heading` keeps the key unless `key` is given too.
         */
        patch: operations["updateSection"];
        trace?: never;
    };
    "/v1/admin/articles/{slug}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule publication or unpublication
         * @description `publish_at` publishes a draft at that time (published_at becomes that time, unless an earlier publication set it); `unpublish_at` takes the article back to draft at that time. Both must be in the future, unpublish_at after publish_at. The change happens exactly once, through the same write as POST …/publish or …/unpublish (webhooks article.published, article.unpublished, recorded as by `scheduler`); if no server ran at that time, the next one to start makes it. Publishing or unpublishing by hand clears the schedule it makes moot. Announced as article.scheduled. A publish_at for a published article is a 409.
         */
        post: operations["scheduleArticle"];
        /**
         * Cancel the schedule
         * @description Clears publish_at and unpublish_at; the article stays as it is. Announced as article.unscheduled (nothing happens when nothing was scheduled). Answers the article, with its new ETag.
         */
        delete: operations["cancelArticleSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}/preview-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an article's preview links
         * @description The links that still work, newest first: ids, who made them and when they expire. Never their tokens (the service does not have them).
         */
        get: operations["listPreviewLinks"];
        put?: never;
        /**
         * Make a preview link
         * @description A link that shows the article as it is now — a draft, or a published article with its latest edits — to anyone who has it, without a key: `GET {url}` in every representation the public article has, `{url}/sections` and `{url}/sections/{key}`. It works until `expires_at` (`expires_in_seconds`, else PREVIEW_LINK_TTL_SECONDS: 7 days) or until it is revoked. The token is shown in this answer only: the service keeps its SHA-256. Location is the link's admin URL.
         */
        post: operations["createPreviewLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{slug}/preview-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a preview link
         * @description Who made it and when it expires; 404 once it has expired or been revoked. Never its token.
         */
        get: operations["getPreviewLink"];
        put?: never;
        post?: never;
        /**
         * Revoke a preview link
         * @description From now on its URL answers 404, exactly as a wrong one does.
         */
        delete: operations["revokePreviewLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Moderation queue
         * @description All reviews, newest first, with reviewer emails. Filter by `status` (e.g. pending) and `article` (slug).
         */
        get: operations["listReviewsForModeration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a review for good
         * @description Removes the review from storage: it leaves the public list and the rating summary, and cannot be restored. To take it down reversibly, set its status to `trash` or `spam` instead (PATCH).
         */
        delete: operations["deleteReview"];
        options?: never;
        head?: never;
        /**
         * Set a review’s status
         * @description Approve, hide as spam or trash, or send back to pending. Lists, summary and article counts reflect it at once.
         */
        patch: operations["moderateReview"];
        trace?: never;
    };
    "/v1/admin/contact-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact messages
         * @description Newest first. Filter by `status` (default: everything but spam) and search with `q`. Paging links are in `meta.pagination` and the `Link` header.
         */
        get: operations["listContactMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/contact-messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact message
         * @description Reading does not change the status: mark it read with PATCH.
         */
        get: operations["getContactMessage"];
        put?: never;
        post?: never;
        /**
         * Delete a contact message
         * @description Deletes the message and what was derived from it: its notification events (pending deliveries are cancelled) and stored idempotent responses.
         */
        delete: operations["deleteContactMessage"];
        options?: never;
        head?: never;
        /**
         * Triage a contact message
         * @description Set the status: new, read, archived or spam. Setting the current status changes nothing.
         */
        patch: operations["updateContactMessage"];
        trace?: never;
    };
    "/v1/admin/data-subjects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export everything stored for an email
         * @description Right of access: contact messages, reviews and the notification events carrying their data, as one consistent snapshot.
         */
        post: operations["exportDataSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/data-subjects/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase everything stored for an email
         * @description Right to erasure: deletes, in one transaction, the contact messages and reviews sent with this email and everything derived from them (notification events and their delivery records, stored idempotent responses). Returns the counts removed per kind. Repeatable.
         */
        post: operations["eraseDataSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook deliveries
         * @description Newest first: one entry per event and URL, with its status and every attempt. Filter by status, event type or event id.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List media
         * @description Newest first; filter by `type`. Paging links are in `meta.pagination` and the `Link` header.
         */
        get: operations["listMedia"];
        put?: never;
        /**
         * Upload an image
         * @description multipart/form-data with the image in `file` (JPEG, PNG, WebP, AVIF or GIF, decided from its bytes: SVG and anything else is a 415), and optionally `alt` and `title`. The image is decoded in full (a truncated or corrupt file is a 400; more than MEDIA_MAX_PIXELS pixels — 50 megapixels by default — or 16,383 pixels a side is a 400 before decoding), turned upright, and stored without its metadata (EXIF GPS coordinates, camera serials). 201 with the new item; the same bytes uploaded again answer 200 with the item they made (unchanged). Larger than MEDIA_MAX_BYTES (10 MB by default): 413.
         */
        post: operations["uploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a media item
         * @description The item, the articles using it and the variants made so far.
         */
        get: operations["getMedia"];
        put?: never;
        post?: never;
        /**
         * Delete a media item
         * @description Deletes the item, its bytes and its variants. 409 while an article uses it (the problem names them).
         */
        delete: operations["deleteMedia"];
        options?: never;
        head?: never;
        /**
         * Edit alt text and title
         * @description The bytes never change (upload new ones for a new item). Articles that use the item keep the alt text they give; those that give none show this one.
         */
        patch: operations["updateMedia"];
        trace?: never;
    };
    "/v1/admin/media/purge-variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purge unused variants
         * @description Deletes the stored variants of items no article uses, to free space; any variant is made again when asked for.
         */
        post: operations["purgeMediaVariants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "article.published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * article.published notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_article_published"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "article.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * article.updated notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_article_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "article.unpublished": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * article.unpublished notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_article_unpublished"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "article.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * article.deleted notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_article_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "article.scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * article.scheduled notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_article_scheduled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "article.unscheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * article.unscheduled notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_article_unscheduled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.received notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_message_received"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "review.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * review.created notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_review_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "review.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * review.approved notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_review_approved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "media.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * media.created notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_media_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "media.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * media.deleted notification
         * @description POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. Verify before trusting, e.g. with the `standardwebhooks` library of your language: webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches. Refuse timestamps more than 5 minutes away from your clock.
         */
        post: operations["receive_media_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * Slug
         * @description URL-safe identifier: lowercase letters, digits and single hyphens.
         * @example from-training-to-employment-the-power-of-healthcare-internships
         */
        Slug: string;
        /**
         * Timestamp
         * Format: date-time
         * @description ISO-8601 timestamp in UTC.
         * @example 2025-01-15T09:00:00.000Z
         */
        Timestamp: string;
        /**
         * Problem
         * @description An error, as RFC 9457 problem details (served as application/problem+json).
         * @example {
         *       "type": "about:blank",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "No published article \"nope\".",
         *       "instance": "urn:request:4k2j9d-7"
         *     }
         */
        Problem: {
            /**
             * @description URI reference identifying the problem type; "about:blank" when the status says it all.
             * @example about:blank
             */
            type: string;
            /**
             * @description Short, human-readable summary of the problem type.
             * @example Not Found
             */
            title: string;
            /**
             * Format: int32
             * @description HTTP status code.
             * @example 404
             */
            status: number;
            /**
             * @description Explanation specific to this occurrence.
             * @example No published article "nope"
             */
            detail: string;
            /**
             * @description Identifies this occurrence: the request id.
             * @example urn:request:req-1
             */
            instance?: string;
            /** @description One entry per invalid field (validation errors only). */
            errors?: {
                /**
                 * @description JSON Pointer to the offending value, prefixed with where it was sent: /body, /query, /params or /headers.
                 * @example /body/email
                 */
                path: string;
                /**
                 * @description What is wrong with it.
                 * @example must be a valid email address
                 */
                message: string;
                /**
                 * Format: int32
                 * @description Markdown imports: the line of the document it is on (from 1).
                 */
                line?: number;
                /**
                 * Format: int32
                 * @description Markdown imports: the column on that line (from 1).
                 */
                column?: number;
            }[];
        };
        /** Pagination */
        Pagination: {
            /**
             * Format: int32
             * @description This page (1-based), as asked for (PageQuery).
             * @example 1
             */
            page: number;
            /**
             * Format: int32
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * Format: int32
             * @description Number of pages.
             * @example 1
             */
            pages: number;
            /**
             * Format: int32
             * @description Number of items over all pages.
             * @example 1
             */
            total: number;
            /**
             * @description Next page number, or null on the last page.
             * @example null
             */
            next: number | null;
            /**
             * @description Previous page number, or null on the first page.
             * @example null
             */
            prev: number | null;
        };
        /**
         * SectionKey
         * @description Stable section identifier: the slug of its heading (lowercase, apostrophes dropped, other runs of non-alphanumerics become '-').
         * @example why-training-alone-is-no-longer-enough
         */
        SectionKey: string;
        /**
         * Text
         * @description Plain text.
         * @example {
         *       "type": "text",
         *       "value": "Start with the hospitals your college works with."
         *     }
         */
        Text: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "text";
            /** @description The text, as written (typographic characters and line breaks kept). */
            value: string;
        };
        /**
         * Emphasis
         * @description Emphasis (`*text*`, `<em>`).
         * @example {
         *       "type": "emphasis",
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "always"
         *         }
         *       ]
         *     }
         */
        Emphasis: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "emphasis";
            /** @description Emphasized content. At most 2,000 nodes. */
            children: components["schemas"]["Inline"][];
        };
        /**
         * Strong
         * @description Strong emphasis (`**text**`, `<strong>`).
         * @example {
         *       "type": "strong",
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "before"
         *         }
         *       ]
         *     }
         */
        Strong: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "strong";
            /** @description Strongly emphasized content. At most 2,000 nodes. */
            children: components["schemas"]["Inline"][];
        };
        /**
         * Delete
         * @description Strikethrough (GFM `~~text~~`, `<del>`).
         * @example {
         *       "type": "delete",
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "six weeks"
         *         }
         *       ]
         *     }
         */
        Delete: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "delete";
            /** @description Struck-through content. At most 2,000 nodes. */
            children: components["schemas"]["Inline"][];
        };
        /**
         * InlineCode
         * @description Code in a sentence (`` `code` ``, `<code>`).
         * @example {
         *       "type": "inlineCode",
         *       "value": "npm start"
         *     }
         */
        InlineCode: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "inlineCode";
            /** @description The code, verbatim. */
            value: string;
        };
        /**
         * Link
         * @description A hyperlink.
         * @example {
         *       "type": "link",
         *       "url": "https://www.who.int/health-topics/health-workforce",
         *       "title": null,
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "WHO workforce data"
         *         }
         *       ]
         *     }
         */
        Link: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "link";
            /**
             * @description Where it points: an absolute http(s) or mailto URL, or a relative one (kept as written). javascript: and other schemes are refused.
             * @example https://www.who.int/health-topics/health-workforce
             */
            url: string;
            /** @description Advisory title (tooltip), or null. */
            title: string | null;
            /** @description The link text. At most 2,000 nodes. */
            children: components["schemas"]["Inline"][];
        };
        /**
         * Break
         * @description A hard line break (`<br>`).
         * @example {
         *       "type": "break"
         *     }
         */
        Break: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "break";
        };
        /**
         * InlineImage
         * @description An image inside a sentence.
         * @example {
         *       "type": "image",
         *       "url": "https://cdn.example.org/icons/stethoscope.svg",
         *       "alt": "stethoscope",
         *       "title": null
         *     }
         */
        InlineImage: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "image";
            /**
             * @description The image: an absolute http(s) URL, or a relative one (kept as written). For a media item, its absolute URL under PUBLIC_BASE_URL (`/media/{id}/{name}`).
             * @example https://cdn.example.org/images/ward-round.jpg
             */
            url: string;
            /** @description Text alternative for people who cannot see it: required (not empty) once the article is published. Left empty on a media image, the media item's alt is used. */
            alt: string;
            /** @description Advisory title, or null. */
            title: string | null;
            /**
             * @description The media item shown (uploaded through POST /v1/admin/media). Written, it wins over `url`; a `url` that is this service's own media URL (`/media/{id}/…`, path-only or absolute) is stored as a reference too. Absent on an external image.
             * @example 3f9a0c1b2d4e5f60718293a4
             */
            media_id?: string;
            /**
             * Format: int32
             * @description Width of the media item in pixels (reserve the space: no layout shift). Absent on an external image; ignored when written.
             */
            width?: number;
            /**
             * Format: int32
             * @description Height of the media item in pixels. Absent on an external image; ignored when written.
             */
            height?: number;
            /** @description ThumbHash of the media item (base64): a blurred placeholder to paint before the image arrives. Absent on an external image; ignored when written. */
            thumbhash?: string;
            /** @description The `srcset` of the media item: absolute URLs of its resized variants with their widths. Absent on an external image; ignored when written. */
            srcset?: string;
            /** @description A `sizes` value to go with `srcset`. Absent on an external image; ignored when written. */
            sizes?: string;
        };
        /**
         * FootnoteReference
         * @description A reference to a footnote (GFM `[^1]`).
         * @example {
         *       "type": "footnoteReference",
         *       "identifier": "1",
         *       "label": "1"
         *     }
         */
        FootnoteReference: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "footnoteReference";
            /** @description Identifier (normalized label: lowercase) that ties references to their definition. */
            identifier: string;
            /** @description The label as written (`[^Label]`), or null. */
            label: string | null;
        };
        /**
         * InlineHtml
         * @description Raw HTML inside a sentence (one tag, as Markdown splits it).
         * @example {
         *       "type": "html",
         *       "value": "<kbd>"
         *     }
         */
        InlineHtml: {
            /**
             * @description Inline kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "html";
            /**
             * @description Raw HTML in a sentence: one tag or comment. Sanitized when written (GitHub's allowlist: no script, style, event handlers or javascript: URLs).
             * @example <kbd>
             */
            value: string;
        };
        /**
         * Inline
         * @description Inline content (an mdast phrasing node), discriminated by `type`.
         */
        Inline: components["schemas"]["Text"] | components["schemas"]["Emphasis"] | components["schemas"]["Strong"] | components["schemas"]["Delete"] | components["schemas"]["InlineCode"] | components["schemas"]["Link"] | components["schemas"]["Break"] | components["schemas"]["InlineImage"] | components["schemas"]["FootnoteReference"] | components["schemas"]["InlineHtml"];
        /**
         * ParagraphBlock
         * @description A paragraph.
         * @example {
         *       "type": "paragraph",
         *       "text": "Read the WHO workforce data first.",
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "Read the "
         *         },
         *         {
         *           "type": "link",
         *           "url": "https://www.who.int/health-topics/health-workforce",
         *           "title": null,
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "WHO workforce data"
         *             }
         *           ]
         *         },
         *         {
         *           "type": "text",
         *           "value": " first."
         *         }
         *       ]
         *     }
         */
        ParagraphBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "paragraph";
            /**
             * @description The paragraph as plain text (typographic characters kept). At most 20,000 characters; a server may set fewer (AUTHORING_MAX_TEXT_LENGTH).
             * @example Start with the hospitals your college works with.
             */
            text: string;
            /** @description The paragraph's inline content: text, emphasis, links, code… At most 2,000 nodes. */
            children: components["schemas"]["Inline"][];
        };
        /**
         * HeadingBlock
         * @description A subheading inside a section.
         * @example {
         *       "type": "heading",
         *       "depth": 3,
         *       "id": "clinical-rotations",
         *       "text": "Clinical rotations",
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "Clinical rotations"
         *         }
         *       ]
         *     }
         */
        HeadingBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "heading";
            /**
             * Format: int32
             * @description 3 for `###` (`<h3>`) to 6; sections are the `##` level.
             */
            depth: number;
            /** @description Anchor for deep links (`#id`), unique within the article and apart from section keys. */
            id: string;
            /** @description The heading as plain text. At most 20,000 characters; a server may set fewer (AUTHORING_MAX_TEXT_LENGTH). */
            text: string;
            /** @description The heading's inline content. At most 2,000 nodes. */
            children: components["schemas"]["Inline"][];
        };
        /**
         * ListBlock
         * @description A bulleted, numbered or task list; items hold blocks, so lists nest.
         * @example {
         *       "type": "list",
         *       "style": "bullet",
         *       "start": null,
         *       "spread": false,
         *       "items": [
         *         {
         *           "text": "Teaching hospitals",
         *           "checked": null,
         *           "spread": false,
         *           "children": [
         *             {
         *               "type": "paragraph",
         *               "text": "Teaching hospitals",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Teaching hospitals"
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ListBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "list";
            /**
             * @description bullet: unordered; ordered: numbered.
             * @enum {string}
             */
            style: "bullet" | "ordered";
            /**
             * Format: int32
             * @description Number of the first item of a numbered list when it is not 1; null otherwise (and always for bullets).
             */
            start: number | null;
            /** @description Whether items are separated by blank lines (a loose list). Default: false. */
            spread: boolean;
            /** @description At most 1,000 items; a server may set fewer (AUTHORING_MAX_LIST_ITEMS). */
            items: components["schemas"]["ListItem"][];
        };
        /**
         * BlockquoteBlock
         * @description A block quotation.
         * @example {
         *       "type": "blockquote",
         *       "text": "Show up early.",
         *       "children": [
         *         {
         *           "type": "paragraph",
         *           "text": "Show up early.",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Show up early."
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        BlockquoteBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "blockquote";
            /** @description The quotation as plain text (computed from its blocks). */
            text: string;
            /** @description The quoted blocks. At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            children: components["schemas"]["Block"][];
        };
        /**
         * CodeBlock
         * @description A fenced or indented code block.
         * @example {
         *       "type": "code",
         *       "lang": "sh",
         *       "meta": null,
         *       "value": "npm start"
         *     }
         */
        CodeBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "code";
            /** @description Language of the code (the info string's first word: `ts`, `python`), or null. */
            lang: string | null;
            /** @description The rest of the info string (`title="app.ts"`), or null. */
            meta: string | null;
            /** @description The code, verbatim. At most 100,000 characters. */
            value: string;
        };
        /**
         * ImageBlock
         * @description An image on its own line (a paragraph holding only an image).
         * @example {
         *       "type": "image",
         *       "url": "https://cdn.example.org/images/ward-round.jpg",
         *       "alt": "Interns on a ward round",
         *       "title": null
         *     }
         */
        ImageBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "image";
            /**
             * @description The image: an absolute http(s) URL, or a relative one (kept as written). For a media item, its absolute URL under PUBLIC_BASE_URL (`/media/{id}/{name}`).
             * @example https://cdn.example.org/images/ward-round.jpg
             */
            url: string;
            /** @description Text alternative for people who cannot see it: required (not empty) once the article is published. Left empty on a media image, the media item's alt is used. */
            alt: string;
            /** @description Advisory title, or null. */
            title: string | null;
            /**
             * @description The media item shown (uploaded through POST /v1/admin/media). Written, it wins over `url`; a `url` that is this service's own media URL (`/media/{id}/…`, path-only or absolute) is stored as a reference too. Absent on an external image.
             * @example 3f9a0c1b2d4e5f60718293a4
             */
            media_id?: string;
            /**
             * Format: int32
             * @description Width of the media item in pixels (reserve the space: no layout shift). Absent on an external image; ignored when written.
             */
            width?: number;
            /**
             * Format: int32
             * @description Height of the media item in pixels. Absent on an external image; ignored when written.
             */
            height?: number;
            /** @description ThumbHash of the media item (base64): a blurred placeholder to paint before the image arrives. Absent on an external image; ignored when written. */
            thumbhash?: string;
            /** @description The `srcset` of the media item: absolute URLs of its resized variants with their widths. Absent on an external image; ignored when written. */
            srcset?: string;
            /** @description A `sizes` value to go with `srcset`. Absent on an external image; ignored when written. */
            sizes?: string;
        };
        /**
         * TableBlock
         * @description A GFM table.
         * @example {
         *       "type": "table",
         *       "align": [
         *         "left",
         *         "right"
         *       ],
         *       "children": [
         *         {
         *           "type": "tableRow",
         *           "children": [
         *             {
         *               "type": "tableCell",
         *               "text": "Field",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Field"
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "tableCell",
         *               "text": "Weeks",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Weeks"
         *                 }
         *               ]
         *             }
         *           ]
         *         },
         *         {
         *           "type": "tableRow",
         *           "children": [
         *             {
         *               "type": "tableCell",
         *               "text": "Nursing",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Nursing"
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "tableCell",
         *               "text": "12",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "12"
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        TableBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "table";
            /** @description Alignment per column (left, right, center or null: not set). Default: none set. */
            align: ("left" | "right" | "center" | null)[];
            /** @description The rows; the first is the header row. At most 1,000 rows. */
            children: components["schemas"]["TableRow"][];
        };
        /**
         * ThematicBreakBlock
         * @description A thematic break (`---`, `<hr>`).
         * @example {
         *       "type": "thematicBreak"
         *     }
         */
        ThematicBreakBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "thematicBreak";
        };
        /**
         * FootnoteDefinitionBlock
         * @description A footnote (GFM `[^1]: …`); unique by identifier within the article.
         * @example {
         *       "type": "footnoteDefinition",
         *       "identifier": "1",
         *       "label": "1",
         *       "text": "WHO, 2024.",
         *       "children": [
         *         {
         *           "type": "paragraph",
         *           "text": "WHO, 2024.",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "WHO, 2024."
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        FootnoteDefinitionBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "footnoteDefinition";
            /** @description Identifier (normalized label: lowercase) that ties references to their definition. */
            identifier: string;
            /** @description The label as written (`[^Label]`), or null. */
            label: string | null;
            /** @description The footnote as plain text (computed from its blocks). */
            text: string;
            /** @description The footnote's blocks. At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            children: components["schemas"]["Block"][];
        };
        /**
         * HtmlBlock
         * @description Raw HTML on its own lines.
         * @example {
         *       "type": "html",
         *       "value": "<details><summary>Sources</summary><p>WHO, 2024.</p></details>"
         *     }
         */
        HtmlBlock: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "html";
            /**
             * @description Raw HTML. Sanitized when written (GitHub's allowlist: no script, style, event handlers or javascript: URLs).
             * @example <details><summary>Sources</summary><p>WHO, 2024.</p></details>
             */
            value: string;
        };
        /**
         * ListItem
         * @description A list item.
         * @example {
         *       "text": "Teaching hospitals",
         *       "checked": null,
         *       "spread": false,
         *       "children": [
         *         {
         *           "type": "paragraph",
         *           "text": "Teaching hospitals",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Teaching hospitals"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ListItem: {
            /** @description The item as plain text (its blocks separated by blank lines). */
            text: string;
            /** @description Task lists: true (done) or false; null for an ordinary item. Default: null. */
            checked: boolean | null;
            /** @description Whether its blocks are separated by blank lines (a loose item). Default: false. */
            spread: boolean;
            /** @description The item's blocks: usually one paragraph; nested lists, code, quotes… At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            children: components["schemas"]["Block"][];
        };
        /**
         * TableCell
         * @description A table cell.
         * @example {
         *       "type": "tableCell",
         *       "text": "Nursing",
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "Nursing"
         *         }
         *       ]
         *     }
         */
        TableCell: {
            /**
             * @description Node kind.
             * @enum {string}
             */
            type: "tableCell";
            /** @description The cell as plain text. At most 20,000 characters; a server may set fewer (AUTHORING_MAX_TEXT_LENGTH). */
            text: string;
            /** @description The cell's inline content. At most 2,000 nodes. */
            children: components["schemas"]["Inline"][];
        };
        /**
         * TableRow
         * @description A table row.
         * @example {
         *       "type": "tableRow",
         *       "children": [
         *         {
         *           "type": "tableCell",
         *           "text": "Nursing",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Nursing"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        TableRow: {
            /**
             * @description Node kind.
             * @enum {string}
             */
            type: "tableRow";
            /** @description At most 100 cells. */
            children: components["schemas"]["TableCell"][];
        };
        /**
         * Block
         * @description A content block (an mdast node without positions), discriminated by `type`. Clients should skip types they do not know: new ones may be added. Blocks nest at most 10 levels deep (a block in a list item, quote or footnote is one level down), and inline content inside inline content likewise, counted on from its block.
         */
        Block: components["schemas"]["ParagraphBlock"] | components["schemas"]["HeadingBlock"] | components["schemas"]["ListBlock"] | components["schemas"]["BlockquoteBlock"] | components["schemas"]["CodeBlock"] | components["schemas"]["ImageBlock"] | components["schemas"]["TableBlock"] | components["schemas"]["ThematicBreakBlock"] | components["schemas"]["FootnoteDefinitionBlock"] | components["schemas"]["HtmlBlock"];
        /**
         * ParagraphBlockInput
         * @description A paragraph.
         * @example {
         *       "type": "paragraph",
         *       "text": "Read the WHO workforce data first.",
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "Read the "
         *         },
         *         {
         *           "type": "link",
         *           "url": "https://www.who.int/health-topics/health-workforce",
         *           "title": null,
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "WHO workforce data"
         *             }
         *           ]
         *         },
         *         {
         *           "type": "text",
         *           "value": " first."
         *         }
         *       ]
         *     }
         */
        ParagraphBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "paragraph";
            /**
             * @description The paragraph as plain text (typographic characters kept). Optional when `children` is given (it is computed from them); alone, it means plain text. When both are given and differ, `text` wins and replaces `children` (so a client that edits only `text` keeps working).At most 20,000 characters; a server may set fewer (AUTHORING_MAX_TEXT_LENGTH).
             * @example Start with the hospitals your college works with.
             */
            text?: string;
            /** @description The paragraph's inline content: text, emphasis, links, code… At most 2,000 nodes. */
            children?: components["schemas"]["Inline"][];
        };
        /**
         * HeadingBlockInput
         * @description A subheading inside a section.
         * @example {
         *       "type": "heading",
         *       "depth": 3,
         *       "id": "clinical-rotations",
         *       "text": "Clinical rotations",
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "Clinical rotations"
         *         }
         *       ]
         *     }
         */
        HeadingBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "heading";
            /**
             * Format: int32
             * @description 3 for `###` (`<h3>`) to 6; sections are the `##` level.
             */
            depth: number;
            /** @description Anchor for deep links (`#id`), unique within the article and apart from section keys. Default: the slug of the text, suffixed -2, -3… when taken. */
            id?: string;
            /** @description The heading as plain text. Optional when `children` is given (it is computed from them); alone, it means plain text. When both are given and differ, `text` wins and replaces `children` (so a client that edits only `text` keeps working).At most 20,000 characters; a server may set fewer (AUTHORING_MAX_TEXT_LENGTH). */
            text?: string;
            /** @description The heading's inline content. At most 2,000 nodes. */
            children?: components["schemas"]["Inline"][];
        };
        /**
         * ListBlockInput
         * @description A bulleted, numbered or task list; items hold blocks, so lists nest.
         * @example {
         *       "type": "list",
         *       "style": "bullet",
         *       "start": null,
         *       "spread": false,
         *       "items": [
         *         {
         *           "text": "Teaching hospitals",
         *           "checked": null,
         *           "spread": false,
         *           "children": [
         *             {
         *               "type": "paragraph",
         *               "text": "Teaching hospitals",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Teaching hospitals"
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ListBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "list";
            /**
             * @description bullet: unordered; ordered: numbered.
             * @enum {string}
             */
            style: "bullet" | "ordered";
            /**
             * Format: int32
             * @description Number of the first item of a numbered list when it is not 1; null otherwise (and always for bullets).
             */
            start?: number | null;
            /** @description Whether items are separated by blank lines (a loose list). Default: false. */
            spread?: boolean;
            /** @description At most 1,000 items; a server may set fewer (AUTHORING_MAX_LIST_ITEMS). */
            items: components["schemas"]["ListItemInput"][];
        };
        /**
         * BlockquoteBlockInput
         * @description A block quotation.
         * @example {
         *       "type": "blockquote",
         *       "text": "Show up early.",
         *       "children": [
         *         {
         *           "type": "paragraph",
         *           "text": "Show up early.",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Show up early."
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        BlockquoteBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "blockquote";
            /** @description The quotation as plain text (computed from its blocks). Computed from `children` when they are given; alone (or differing from them), it means one plain-text paragraph, so it is at most 20,000 characters then (AUTHORING_MAX_TEXT_LENGTH). */
            text?: string;
            /** @description The quoted blocks. At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            children: components["schemas"]["BlockInput"][];
        };
        /**
         * CodeBlockInput
         * @description A fenced or indented code block.
         * @example {
         *       "type": "code",
         *       "lang": "sh",
         *       "meta": null,
         *       "value": "npm start"
         *     }
         */
        CodeBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "code";
            /** @description Language of the code (the info string's first word: `ts`, `python`), or null. */
            lang?: string | null;
            /** @description The rest of the info string (`title="app.ts"`), or null. */
            meta?: string | null;
            /** @description The code, verbatim. At most 100,000 characters. */
            value: string;
        };
        /**
         * ImageBlockInput
         * @description An image on its own line (a paragraph holding only an image).
         * @example {
         *       "type": "image",
         *       "url": "https://cdn.example.org/images/ward-round.jpg",
         *       "alt": "Interns on a ward round",
         *       "title": null
         *     }
         */
        ImageBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "image";
            /**
             * @description The image: an absolute http(s) URL, or a relative one (kept as written). For a media item, its absolute URL under PUBLIC_BASE_URL (`/media/{id}/{name}`).
             * @example https://cdn.example.org/images/ward-round.jpg
             */
            url?: string;
            /** @description Text alternative for people who cannot see it: required (not empty) once the article is published. Left empty on a media image, the media item's alt is used. */
            alt?: string;
            /** @description Advisory title, or null. */
            title?: string | null;
            /**
             * @description The media item shown (uploaded through POST /v1/admin/media). Written, it wins over `url`; a `url` that is this service's own media URL (`/media/{id}/…`, path-only or absolute) is stored as a reference too. Absent on an external image.
             * @example 3f9a0c1b2d4e5f60718293a4
             */
            media_id?: string;
            /**
             * Format: int32
             * @description Width of the media item in pixels (reserve the space: no layout shift). Absent on an external image; ignored when written.
             */
            width?: number;
            /**
             * Format: int32
             * @description Height of the media item in pixels. Absent on an external image; ignored when written.
             */
            height?: number;
            /** @description ThumbHash of the media item (base64): a blurred placeholder to paint before the image arrives. Absent on an external image; ignored when written. */
            thumbhash?: string;
            /** @description The `srcset` of the media item: absolute URLs of its resized variants with their widths. Absent on an external image; ignored when written. */
            srcset?: string;
            /** @description A `sizes` value to go with `srcset`. Absent on an external image; ignored when written. */
            sizes?: string;
        };
        /**
         * TableBlockInput
         * @description A GFM table.
         * @example {
         *       "type": "table",
         *       "align": [
         *         "left",
         *         "right"
         *       ],
         *       "children": [
         *         {
         *           "type": "tableRow",
         *           "children": [
         *             {
         *               "type": "tableCell",
         *               "text": "Field",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Field"
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "tableCell",
         *               "text": "Weeks",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Weeks"
         *                 }
         *               ]
         *             }
         *           ]
         *         },
         *         {
         *           "type": "tableRow",
         *           "children": [
         *             {
         *               "type": "tableCell",
         *               "text": "Nursing",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Nursing"
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "tableCell",
         *               "text": "12",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "12"
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        TableBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "table";
            /** @description Alignment per column (left, right, center or null: not set). Default: none set. */
            align?: ("left" | "right" | "center" | null)[];
            /** @description The rows; the first is the header row. At most 1,000 rows. */
            children: components["schemas"]["TableRowInput"][];
        };
        /**
         * ThematicBreakBlockInput
         * @description A thematic break (`---`, `<hr>`).
         * @example {
         *       "type": "thematicBreak"
         *     }
         */
        ThematicBreakBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "thematicBreak";
        };
        /**
         * FootnoteDefinitionBlockInput
         * @description A footnote (GFM `[^1]: …`); unique by identifier within the article.
         * @example {
         *       "type": "footnoteDefinition",
         *       "identifier": "1",
         *       "label": "1",
         *       "text": "WHO, 2024.",
         *       "children": [
         *         {
         *           "type": "paragraph",
         *           "text": "WHO, 2024.",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "WHO, 2024."
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        FootnoteDefinitionBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "footnoteDefinition";
            /** @description Identifier (normalized label: lowercase) that ties references to their definition. */
            identifier: string;
            /** @description The label as written (`[^Label]`), or null. */
            label?: string | null;
            /** @description The footnote as plain text (computed from its blocks). Computed from `children` when they are given; alone (or differing from them), it means one plain-text paragraph, so it is at most 20,000 characters then (AUTHORING_MAX_TEXT_LENGTH). */
            text?: string;
            /** @description The footnote's blocks. At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            children: components["schemas"]["BlockInput"][];
        };
        /**
         * HtmlBlockInput
         * @description Raw HTML on its own lines.
         * @example {
         *       "type": "html",
         *       "value": "<details><summary>Sources</summary><p>WHO, 2024.</p></details>"
         *     }
         */
        HtmlBlockInput: {
            /**
             * @description Block kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "html";
            /**
             * @description Raw HTML. Sanitized when written (GitHub's allowlist: no script, style, event handlers or javascript: URLs).
             * @example <details><summary>Sources</summary><p>WHO, 2024.</p></details>
             */
            value: string;
        };
        /**
         * ListItemInput
         * @description A list item.
         * @example {
         *       "text": "Teaching hospitals",
         *       "checked": null,
         *       "spread": false,
         *       "children": [
         *         {
         *           "type": "paragraph",
         *           "text": "Teaching hospitals",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Teaching hospitals"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ListItemInput: {
            /** @description The item as plain text (its blocks separated by blank lines). Computed from `children` when they are given; alone (or differing from them), it means one plain-text paragraph, so it is at most 20,000 characters then (AUTHORING_MAX_TEXT_LENGTH). */
            text?: string;
            /** @description Task lists: true (done) or false; null for an ordinary item. Default: null. */
            checked?: boolean | null;
            /** @description Whether its blocks are separated by blank lines (a loose item). Default: false. */
            spread?: boolean;
            /** @description The item's blocks: usually one paragraph; nested lists, code, quotes… At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            children?: components["schemas"]["BlockInput"][];
        };
        /**
         * TableCellInput
         * @description A table cell.
         * @example {
         *       "type": "tableCell",
         *       "text": "Nursing",
         *       "children": [
         *         {
         *           "type": "text",
         *           "value": "Nursing"
         *         }
         *       ]
         *     }
         */
        TableCellInput: {
            /**
             * @description Node kind.
             * @enum {string}
             */
            type: "tableCell";
            /** @description The cell as plain text. Optional when `children` is given (it is computed from them); alone, it means plain text. When both are given and differ, `text` wins and replaces `children` (so a client that edits only `text` keeps working).At most 20,000 characters; a server may set fewer (AUTHORING_MAX_TEXT_LENGTH). */
            text?: string;
            /** @description The cell's inline content. At most 2,000 nodes. */
            children?: components["schemas"]["Inline"][];
        };
        /**
         * TableRowInput
         * @description A table row.
         * @example {
         *       "type": "tableRow",
         *       "children": [
         *         {
         *           "type": "tableCell",
         *           "text": "Nursing",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Nursing"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        TableRowInput: {
            /**
             * @description Node kind.
             * @enum {string}
             */
            type: "tableRow";
            /** @description At most 100 cells. */
            children: components["schemas"]["TableCellInput"][];
        };
        /**
         * BlockInput
         * @description A content block as written, discriminated by `type`: as served (Block), where `text`, `children`, ids and defaults may be left out. Blocks nest at most 10 levels deep (a block in a list item, quote or footnote is one level down), and inline content inside inline content likewise, counted on from its block.
         */
        BlockInput: components["schemas"]["ParagraphBlockInput"] | components["schemas"]["HeadingBlockInput"] | components["schemas"]["ListBlockInput"] | components["schemas"]["BlockquoteBlockInput"] | components["schemas"]["CodeBlockInput"] | components["schemas"]["ImageBlockInput"] | components["schemas"]["TableBlockInput"] | components["schemas"]["ThematicBreakBlockInput"] | components["schemas"]["FootnoteDefinitionBlockInput"] | components["schemas"]["HtmlBlockInput"];
        /**
         * Section
         * @description A headed section of an article.
         * @example {
         *       "key": "why-training-alone-is-no-longer-enough",
         *       "position": 0,
         *       "heading": "Why Training Alone Is No Longer Enough",
         *       "blocks": [
         *         {
         *           "type": "paragraph",
         *           "text": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings.",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings."
         *             }
         *           ]
         *         },
         *         {
         *           "type": "paragraph",
         *           "text": "Healthcare internships address this challenge by allowing students to:",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Healthcare internships address this challenge by allowing students to:"
         *             }
         *           ]
         *         },
         *         {
         *           "type": "list",
         *           "style": "bullet",
         *           "start": null,
         *           "spread": false,
         *           "items": [
         *             {
         *               "text": "Work in live healthcare environments",
         *               "checked": null,
         *               "spread": false,
         *               "children": [
         *                 {
         *                   "type": "paragraph",
         *                   "text": "Work in live healthcare environments",
         *                   "children": [
         *                     {
         *                       "type": "text",
         *                       "value": "Work in live healthcare environments"
         *                     }
         *                   ]
         *                 }
         *               ]
         *             },
         *             {
         *               "text": "Observe real patient care and operational workflows",
         *               "checked": null,
         *               "spread": false,
         *               "children": [
         *                 {
         *                   "type": "paragraph",
         *                   "text": "Observe real patient care and operational workflows",
         *                   "children": [
         *                     {
         *                       "type": "text",
         *                       "value": "Observe real patient care and operational workflows"
         *                     }
         *                   ]
         *                 }
         *               ]
         *             },
         *             {
         *               "text": "Understand professional responsibilities and ethics",
         *               "checked": null,
         *               "spread": false,
         *               "children": [
         *                 {
         *                   "type": "paragraph",
         *                   "text": "Understand professional responsibilities and ethics",
         *                   "children": [
         *                     {
         *                       "type": "text",
         *                       "value": "Understand professional responsibilities and ethics"
         *                     }
         *                   ]
         *                 }
         *               ]
         *             },
         *             {
         *               "text": "Gain exposure to healthcare technology and systems",
         *               "checked": null,
         *               "spread": false,
         *               "children": [
         *                 {
         *                   "type": "paragraph",
         *                   "text": "Gain exposure to healthcare technology and systems",
         *                   "children": [
         *                     {
         *                       "type": "text",
         *                       "value": "Gain exposure to healthcare technology and systems"
         *                     }
         *                   ]
         *                 }
         *               ]
         *             }
         *           ]
         *         },
         *         {
         *           "type": "paragraph",
         *           "text": "This practical experience significantly improves job readiness.",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "This practical experience significantly improves job readiness."
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        Section: {
            key: components["schemas"]["SectionKey"];
            /**
             * Format: int32
             * @description Order within the article, from 0.
             * @example 0
             */
            position: number;
            /**
             * @description Section heading.
             * @example Why Training Alone Is No Longer Enough
             */
            heading: string;
            /** @description At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            blocks: components["schemas"]["Block"][];
        };
        /**
         * TocEntry
         * @example {
         *       "key": "why-training-alone-is-no-longer-enough",
         *       "heading": "Why Training Alone Is No Longer Enough"
         *     }
         */
        TocEntry: {
            key: components["schemas"]["SectionKey"];
            /**
             * @description Section heading.
             * @example Why Training Alone Is No Longer Enough
             */
            heading: string;
        };
        /**
         * Author
         * @description Who wrote the article.
         * @example {
         *       "slug": "amna-siddiqui",
         *       "name": "Dr. Amna Siddiqui"
         *     }
         */
        Author: {
            slug: components["schemas"]["Slug"];
            /**
             * @description Display name.
             * @example Dr. Amna Siddiqui
             */
            name: string;
        };
        /**
         * Tag
         * @description A topic articles are filed under.
         * @example {
         *       "slug": "careers",
         *       "name": "Careers"
         *     }
         */
        Tag: {
            slug: components["schemas"]["Slug"];
            /**
             * @description Display name.
             * @example Careers
             */
            name: string;
        };
        /**
         * CoverImage
         * @description The image shown with the article in listings and at its top. A media item carries `media_id`, `width`, `height`, `thumbhash`, `srcset` and `sizes`; an external image only `url` and `alt`.
         */
        CoverImage: {
            /**
             * Format: uri
             * @description Absolute http(s) URL of the image: an external one, or a media item of this service under PUBLIC_BASE_URL (`/media/{id}/{name}`).
             * @example https://cdn.example.org/images/interns.jpg
             */
            url: string;
            /**
             * @description Text alternative for people who cannot see the image: required (not empty) once the article is published.
             * @example Two interns reviewing a patient chart with a nurse
             */
            alt: string;
            /**
             * @description The media item shown (uploaded through POST /v1/admin/media). Written, it wins over `url`; a `url` that is this service's own media URL (`/media/{id}/…`, path-only or absolute) is stored as a reference too. Absent on an external image.
             * @example 3f9a0c1b2d4e5f60718293a4
             */
            media_id?: string;
            /**
             * Format: int32
             * @description Width of the media item in pixels (reserve the space: no layout shift). Absent on an external image; ignored when written.
             */
            width?: number;
            /**
             * Format: int32
             * @description Height of the media item in pixels. Absent on an external image; ignored when written.
             */
            height?: number;
            /** @description ThumbHash of the media item (base64): a blurred placeholder to paint before the image arrives. Absent on an external image; ignored when written. */
            thumbhash?: string;
            /** @description The `srcset` of the media item: absolute URLs of its resized variants with their widths. Absent on an external image; ignored when written. */
            srcset?: string;
            /** @description A `sizes` value to go with `srcset`. Absent on an external image; ignored when written. */
            sizes?: string;
        };
        /**
         * CoverImageInput
         * @description The cover image as written: `url` or `media_id` (which wins). Served fields (width, srcset…) are ignored.
         */
        CoverImageInput: {
            /**
             * @description Absolute http(s) URL of the image, or this service's media URL (`/media/{id}/…`, path-only or absolute: stored as a reference to the item). Required unless `media_id` is given.
             * @example https://cdn.example.org/images/interns.jpg
             */
            url?: string;
            /** @description Text alternative; left empty on a media item, the item's alt is used. Required (not empty) to publish. Default: empty. */
            alt?: string;
            /**
             * @description The media item shown (uploaded through POST /v1/admin/media). Written, it wins over `url`; a `url` that is this service's own media URL (`/media/{id}/…`, path-only or absolute) is stored as a reference too. Absent on an external image.
             * @example 3f9a0c1b2d4e5f60718293a4
             */
            media_id?: string;
            /**
             * Format: int32
             * @description Width of the media item in pixels (reserve the space: no layout shift). Absent on an external image; ignored when written.
             */
            width?: number;
            /**
             * Format: int32
             * @description Height of the media item in pixels. Absent on an external image; ignored when written.
             */
            height?: number;
            /** @description ThumbHash of the media item (base64): a blurred placeholder to paint before the image arrives. Absent on an external image; ignored when written. */
            thumbhash?: string;
            /** @description The `srcset` of the media item: absolute URLs of its resized variants with their widths. Absent on an external image; ignored when written. */
            srcset?: string;
            /** @description A `sizes` value to go with `srcset`. Absent on an external image; ignored when written. */
            sizes?: string;
        };
        /**
         * Language
         * @description BCP 47 language tag of the text (e.g. en, en-GB, ur-PK).
         * @example en
         */
        Language: string;
        /**
         * RatingStats
         * @description Enough to render "N Reviews" and a star average.
         */
        RatingStats: {
            /**
             * Format: int32
             * @description Approved reviews (schema.org AggregateRating.reviewCount).
             * @example 0
             */
            count: number;
            /**
             * @description Mean rating of approved reviews rounded to 2 decimals (AggregateRating.ratingValue, on a scale of worstRating 1 to bestRating 5); null when there are none.
             * @example null
             */
            average: number | null;
        };
        /**
         * TagList
         * @description Every tag that has published articles, by name.
         * @example {
         *       "data": [
         *         {
         *           "slug": "careers",
         *           "name": "Careers",
         *           "article_count": 3
         *         },
         *         {
         *           "slug": "nursing",
         *           "name": "Nursing",
         *           "article_count": 1
         *         }
         *       ]
         *     }
         */
        TagList: {
            data: {
                slug: components["schemas"]["Slug"];
                /**
                 * @description Display name.
                 * @example Careers
                 */
                name: string;
                /**
                 * Format: int32
                 * @description Published articles with this tag.
                 * @example 3
                 */
                article_count: number;
            }[];
        };
        /**
         * ArticleSelection
         * @description The article trimmed to `fields` (each present field as in Article), with `included` when `include` asked for more.
         * @example {
         *       "data": {
         *         "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *         "title": "From Training to Employment: The Power of Healthcare Internships",
         *         "excerpt": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…",
         *         "toc": [
         *           {
         *             "key": "why-training-alone-is-no-longer-enough",
         *             "heading": "Why Training Alone Is No Longer Enough"
         *           },
         *           {
         *             "key": "the-role-of-healthcare-internships-in-career-development",
         *             "heading": "The Role of Healthcare Internships in Career Development"
         *           },
         *           {
         *             "key": "building-job-ready-skills-through-hands-on-experience",
         *             "heading": "Building Job-Ready Skills Through Hands-On Experience"
         *           },
         *           {
         *             "key": "how-internships-improve-employment-opportunities",
         *             "heading": "How Internships Improve Employment Opportunities"
         *           },
         *           {
         *             "key": "developing-soft-skills-that-matter-in-healthcare",
         *             "heading": "Developing Soft Skills That Matter in Healthcare"
         *           },
         *           {
         *             "key": "supporting-workforce-development-in-healthcare",
         *             "heading": "Supporting Workforce Development in Healthcare"
         *           },
         *           {
         *             "key": "the-importance-of-internships-in-pakistans-healthcare-sector",
         *             "heading": "The Importance of Internships in Pakistan’s Healthcare Sector"
         *           },
         *           {
         *             "key": "from-intern-to-healthcare-professional",
         *             "heading": "From Intern to Healthcare Professional"
         *           },
         *           {
         *             "key": "conclusion",
         *             "heading": "Conclusion"
         *           }
         *         ]
         *       }
         *     }
         */
        ArticleSelection: {
            data: {
                slug?: components["schemas"]["Slug"];
                /**
                 * @description Article title.
                 * @example From Training to Employment: The Power of Healthcare Internships
                 */
                title?: string;
                /**
                 * @description Short summary for listings: the start of the intro unless set by the author.
                 * @example The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…
                 */
                excerpt?: string;
                /**
                 * @description Blocks before the first heading.
                 * @example [
                 *       {
                 *         "type": "paragraph",
                 *         "text": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment.",
                 *         "children": [
                 *           {
                 *             "type": "text",
                 *             "value": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment."
                 *           }
                 *         ]
                 *       },
                 *       {
                 *         "type": "paragraph",
                 *         "text": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers.",
                 *         "children": [
                 *           {
                 *             "type": "text",
                 *             "value": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers."
                 *           }
                 *         ]
                 *       }
                 *     ]
                 */
                intro?: components["schemas"]["Block"][];
                /** @description At most 200 sections; a server may set fewer (AUTHORING_MAX_SECTIONS). */
                sections?: components["schemas"]["Section"][];
                /** @description Table of contents: section keys and headings in order. */
                toc?: components["schemas"]["TocEntry"][];
                published_at?: components["schemas"]["Timestamp"];
                updated_at?: components["schemas"]["Timestamp"];
                /**
                 * Format: int32
                 * @description Words in headings, paragraphs and list items.
                 * @example 646
                 */
                word_count?: number;
                /**
                 * Format: int32
                 * @description Estimated reading time at 200 words per minute, rounded up.
                 * @example 4
                 */
                reading_time_minutes?: number;
                /** @description Who wrote it, or null. */
                author?: components["schemas"]["Author"] | null;
                /** @description Topics, in the order the author gave them. */
                tags?: components["schemas"]["Tag"][];
                language?: components["schemas"]["Language"];
                /** @description Where the original lives when this is a copy (rel=canonical), or null. */
                canonical_url?: string | null;
                /** @description Title for search results and link previews when it should differ from `title`, or null. */
                meta_title?: string | null;
                /** @description Description for search results and link previews, or null (then use `excerpt`). */
                meta_description?: string | null;
                /** @description Cover image, or null. */
                cover_image?: components["schemas"]["CoverImage"] | null;
                reviews?: components["schemas"]["RatingStats"];
            };
            included?: {
                reviews: components["schemas"]["ReviewList"];
            };
        };
        /**
         * ArticleListSelection
         * @description A page of article summaries trimmed to `fields`.
         * @example {
         *       "data": [
         *         {
         *           "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "title": "From Training to Employment: The Power of Healthcare Internships"
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 20,
         *           "pages": 1,
         *           "total": 1,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        ArticleListSelection: {
            data: {
                slug?: components["schemas"]["Slug"];
                /**
                 * @description Article title.
                 * @example From Training to Employment: The Power of Healthcare Internships
                 */
                title?: string;
                /**
                 * @description Short summary for listings: the start of the intro unless set by the author.
                 * @example The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…
                 */
                excerpt?: string;
                published_at?: components["schemas"]["Timestamp"];
                updated_at?: components["schemas"]["Timestamp"];
                /**
                 * Format: int32
                 * @description Words in headings, paragraphs and list items.
                 * @example 646
                 */
                word_count?: number;
                /**
                 * Format: int32
                 * @description Estimated reading time at 200 words per minute, rounded up.
                 * @example 4
                 */
                reading_time_minutes?: number;
                /**
                 * Format: int32
                 * @description Number of sections.
                 * @example 9
                 */
                section_count?: number;
                /** @description Who wrote it, or null. */
                author?: components["schemas"]["Author"] | null;
                /** @description Topics, in the order the author gave them. */
                tags?: components["schemas"]["Tag"][];
                language?: components["schemas"]["Language"];
                /** @description Where the original lives when this is a copy (rel=canonical), or null. */
                canonical_url?: string | null;
                /** @description Title for search results and link previews when it should differ from `title`, or null. */
                meta_title?: string | null;
                /** @description Description for search results and link previews, or null (then use `excerpt`). */
                meta_description?: string | null;
                /** @description Cover image, or null. */
                cover_image?: components["schemas"]["CoverImage"] | null;
                reviews?: components["schemas"]["RatingStats"];
            }[];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * ArticleSummary
         * @description A published article, without its body: all a listing page needs.
         * @example {
         *       "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *       "title": "From Training to Employment: The Power of Healthcare Internships",
         *       "excerpt": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…",
         *       "published_at": "2025-01-15T09:00:00.000Z",
         *       "updated_at": "2025-01-15T09:00:00.000Z",
         *       "word_count": 646,
         *       "reading_time_minutes": 4,
         *       "section_count": 9,
         *       "author": null,
         *       "tags": [],
         *       "language": "en",
         *       "canonical_url": null,
         *       "meta_title": null,
         *       "meta_description": null,
         *       "cover_image": null,
         *       "reviews": {
         *         "count": 0,
         *         "average": null
         *       }
         *     }
         */
        ArticleSummary: {
            slug: components["schemas"]["Slug"];
            /**
             * @description Article title.
             * @example From Training to Employment: The Power of Healthcare Internships
             */
            title: string;
            /**
             * @description Short summary for listings: the start of the intro unless set by the author.
             * @example The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…
             */
            excerpt: string;
            published_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /**
             * Format: int32
             * @description Words in headings, paragraphs and list items.
             * @example 646
             */
            word_count: number;
            /**
             * Format: int32
             * @description Estimated reading time at 200 words per minute, rounded up.
             * @example 4
             */
            reading_time_minutes: number;
            /**
             * Format: int32
             * @description Number of sections.
             * @example 9
             */
            section_count: number;
            /** @description Who wrote it, or null. */
            author: components["schemas"]["Author"] | null;
            /** @description Topics, in the order the author gave them. */
            tags: components["schemas"]["Tag"][];
            language: components["schemas"]["Language"];
            /** @description Where the original lives when this is a copy (rel=canonical), or null. */
            canonical_url: string | null;
            /** @description Title for search results and link previews when it should differ from `title`, or null. */
            meta_title: string | null;
            /** @description Description for search results and link previews, or null (then use `excerpt`). */
            meta_description: string | null;
            /** @description Cover image, or null. */
            cover_image: components["schemas"]["CoverImage"] | null;
            reviews: components["schemas"]["RatingStats"];
        };
        /**
         * Article
         * @description A published article with its whole body.
         */
        Article: {
            slug: components["schemas"]["Slug"];
            /**
             * @description Article title.
             * @example From Training to Employment: The Power of Healthcare Internships
             */
            title: string;
            /**
             * @description Short summary for listings: the start of the intro unless set by the author.
             * @example The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…
             */
            excerpt: string;
            /**
             * @description Blocks before the first heading.
             * @example [
             *       {
             *         "type": "paragraph",
             *         "text": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment.",
             *         "children": [
             *           {
             *             "type": "text",
             *             "value": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment."
             *           }
             *         ]
             *       },
             *       {
             *         "type": "paragraph",
             *         "text": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers.",
             *         "children": [
             *           {
             *             "type": "text",
             *             "value": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers."
             *           }
             *         ]
             *       }
             *     ]
             */
            intro: components["schemas"]["Block"][];
            /** @description At most 200 sections; a server may set fewer (AUTHORING_MAX_SECTIONS). */
            sections: components["schemas"]["Section"][];
            /** @description Table of contents: section keys and headings in order. */
            toc: components["schemas"]["TocEntry"][];
            published_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /**
             * Format: int32
             * @description Words in headings, paragraphs and list items.
             * @example 646
             */
            word_count: number;
            /**
             * Format: int32
             * @description Estimated reading time at 200 words per minute, rounded up.
             * @example 4
             */
            reading_time_minutes: number;
            /** @description Who wrote it, or null. */
            author: components["schemas"]["Author"] | null;
            /** @description Topics, in the order the author gave them. */
            tags: components["schemas"]["Tag"][];
            language: components["schemas"]["Language"];
            /** @description Where the original lives when this is a copy (rel=canonical), or null. */
            canonical_url: string | null;
            /** @description Title for search results and link previews when it should differ from `title`, or null. */
            meta_title: string | null;
            /** @description Description for search results and link previews, or null (then use `excerpt`). */
            meta_description: string | null;
            /** @description Cover image, or null. */
            cover_image: components["schemas"]["CoverImage"] | null;
            reviews: components["schemas"]["RatingStats"];
        };
        /**
         * ArticleInput
         * @description A whole article as an author submits it. Fields the server computes (toc, word_count, positions…) are ignored.
         * @example {
         *       "slug": "finding-a-healthcare-internship",
         *       "title": "Finding a Healthcare Internship",
         *       "status": "draft",
         *       "intro": [
         *         {
         *           "type": "paragraph",
         *           "text": "Most placements are found through people, not job boards."
         *         }
         *       ],
         *       "sections": [
         *         {
         *           "heading": "Where to Look",
         *           "blocks": [
         *             {
         *               "type": "paragraph",
         *               "text": "Start with the organizations your college already works with:"
         *             },
         *             {
         *               "type": "list",
         *               "style": "bullet",
         *               "items": [
         *                 {
         *                   "text": "Teaching hospitals"
         *                 },
         *                 {
         *                   "text": "Diagnostic laboratories"
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ],
         *       "author": {
         *         "name": "Dr. Amna Siddiqui"
         *       },
         *       "tags": [
         *         {
         *           "name": "Careers"
         *         },
         *         {
         *           "name": "Internships"
         *         }
         *       ]
         *     }
         */
        ArticleInput: {
            slug: components["schemas"]["Slug"];
            /**
             * @description Article title.
             * @example From Training to Employment: The Power of Healthcare Internships
             */
            title: string;
            /** @description Listing summary; derived from the intro when absent. */
            excerpt?: string;
            /**
             * @description Only published articles are served publicly. Default: draft.
             * @enum {string}
             */
            status?: "draft" | "published";
            published_at?: components["schemas"]["Timestamp"];
            /** @description Blocks before the first section. Default: none. At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            intro?: components["schemas"]["BlockInput"][];
            /** @description At most 200 sections; a server may set fewer (AUTHORING_MAX_SECTIONS). */
            sections: {
                key?: components["schemas"]["SectionKey"];
                /**
                 * @description Section heading.
                 * @example Why Training Alone Is No Longer Enough
                 */
                heading: string;
                /** @description At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
                blocks: components["schemas"]["BlockInput"][];
            }[];
            /** @description Who wrote it; null for nobody. */
            author?: {
                /**
                 * @description Display name.
                 * @example Dr. Amna Siddiqui
                 */
                name: string;
                slug?: components["schemas"]["Slug"];
            } | null;
            /** @description Topics, in order; replaces the article's tags. */
            tags?: {
                /**
                 * @description Display name.
                 * @example Careers
                 */
                name: string;
                slug?: components["schemas"]["Slug"];
            }[];
            language?: components["schemas"]["Language"];
            /** @description rel=canonical URL (absolute http(s)), or null. */
            canonical_url?: string | null;
            /** @description Title for search results, or null. */
            meta_title?: string | null;
            /** @description Description for search results, or null. */
            meta_description?: string | null;
            /** @description Cover image, or null. */
            cover_image?: components["schemas"]["CoverImageInput"] | null;
        };
        /**
         * ArticleList
         * @example {
         *       "data": [
         *         {
         *           "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "title": "From Training to Employment: The Power of Healthcare Internships",
         *           "excerpt": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…",
         *           "published_at": "2025-01-15T09:00:00.000Z",
         *           "updated_at": "2025-01-15T09:00:00.000Z",
         *           "word_count": 646,
         *           "reading_time_minutes": 4,
         *           "section_count": 9,
         *           "author": null,
         *           "tags": [],
         *           "language": "en",
         *           "canonical_url": null,
         *           "meta_title": null,
         *           "meta_description": null,
         *           "cover_image": null,
         *           "reviews": {
         *             "count": 0,
         *             "average": null
         *           }
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 20,
         *           "pages": 1,
         *           "total": 1,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        ArticleList: {
            data: components["schemas"]["ArticleSummary"][];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * ArticleEnvelope
         * @example {
         *       "data": {
         *         "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *         "title": "From Training to Employment: The Power of Healthcare Internships",
         *         "excerpt": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…",
         *         "intro": [
         *           {
         *             "type": "paragraph",
         *             "text": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment."
         *               }
         *             ]
         *           },
         *           {
         *             "type": "paragraph",
         *             "text": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers."
         *               }
         *             ]
         *           }
         *         ],
         *         "sections": [
         *           {
         *             "key": "why-training-alone-is-no-longer-enough",
         *             "position": 0,
         *             "heading": "Why Training Alone Is No Longer Enough",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships address this challenge by allowing students to:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships address this challenge by allowing students to:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Work in live healthcare environments",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Work in live healthcare environments",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Work in live healthcare environments"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Observe real patient care and operational workflows",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Observe real patient care and operational workflows",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Observe real patient care and operational workflows"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Understand professional responsibilities and ethics",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Understand professional responsibilities and ethics",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Understand professional responsibilities and ethics"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Gain exposure to healthcare technology and systems",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Gain exposure to healthcare technology and systems",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Gain exposure to healthcare technology and systems"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "This practical experience significantly improves job readiness.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "This practical experience significantly improves job readiness."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "the-role-of-healthcare-internships-in-career-development",
         *             "position": 1,
         *             "heading": "The Role of Healthcare Internships in Career Development",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships act as a career accelerator, helping students move confidently from training into employment.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships act as a career accelerator, helping students move confidently from training into employment."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Through structured internships, learners develop:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Through structured internships, learners develop:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Practical clinical and administrative skills",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Practical clinical and administrative skills",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Practical clinical and administrative skills"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Workplace discipline and professionalism",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Workplace discipline and professionalism",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Workplace discipline and professionalism"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Communication and teamwork abilities",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Communication and teamwork abilities",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Communication and teamwork abilities"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Confidence in handling real responsibilities",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Confidence in handling real responsibilities",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Confidence in handling real responsibilities"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "As a result, interns graduate with experience that employers value and trust.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "As a result, interns graduate with experience that employers value and trust."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "building-job-ready-skills-through-hands-on-experience",
         *             "position": 2,
         *             "heading": "Building Job-Ready Skills Through Hands-On Experience",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Internships provide opportunities to apply theoretical knowledge in real situations. Whether in hospitals, clinics, laboratories, or healthcare offices, interns gain firsthand experience in:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Internships provide opportunities to apply theoretical knowledge in real situations. Whether in hospitals, clinics, laboratories, or healthcare offices, interns gain firsthand experience in:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Patient coordination and care support",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Patient coordination and care support",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Patient coordination and care support"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Medical documentation and health records management",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Medical documentation and health records management",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Medical documentation and health records management"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Medical coding and billing processes",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Medical coding and billing processes",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Medical coding and billing processes"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Hospital administration and front-desk operations",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Hospital administration and front-desk operations",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Hospital administration and front-desk operations"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Quality assurance and compliance procedures",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Quality assurance and compliance procedures",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Quality assurance and compliance procedures"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "These job-ready skills significantly improve employability.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "These job-ready skills significantly improve employability."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "how-internships-improve-employment-opportunities",
         *             "position": 3,
         *             "heading": "How Internships Improve Employment Opportunities",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "One of the most powerful benefits of healthcare internships is their direct impact on employment outcomes. Many healthcare organizations prefer hiring candidates who have already worked within their systems.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "One of the most powerful benefits of healthcare internships is their direct impact on employment outcomes. Many healthcare organizations prefer hiring candidates who have already worked within their systems."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships help students:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships help students:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Build professional networks and references",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Build professional networks and references",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Build professional networks and references"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Receive mentorship from experienced professionals",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Receive mentorship from experienced professionals",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Receive mentorship from experienced professionals"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Understand employer expectations",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Understand employer expectations",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Understand employer expectations"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Increase chances of full-time job offers",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Increase chances of full-time job offers",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Increase chances of full-time job offers"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "In many cases, internships serve as a pathway to permanent employment.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "In many cases, internships serve as a pathway to permanent employment."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "developing-soft-skills-that-matter-in-healthcare",
         *             "position": 4,
         *             "heading": "Developing Soft Skills That Matter in Healthcare",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Beyond technical skills, healthcare professionals must demonstrate empathy, communication, and problem-solving abilities. Internship environments naturally cultivate these essential soft skills.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Beyond technical skills, healthcare professionals must demonstrate empathy, communication, and problem-solving abilities. Internship environments naturally cultivate these essential soft skills."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Interns learn how to:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Interns learn how to:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Communicate effectively with patients and staff",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Communicate effectively with patients and staff",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Communicate effectively with patients and staff"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Work under pressure in healthcare settings",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Work under pressure in healthcare settings",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Work under pressure in healthcare settings"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Follow ethical and professional standards",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Follow ethical and professional standards",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Follow ethical and professional standards"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Adapt to fast-paced clinical environments",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Adapt to fast-paced clinical environments",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Adapt to fast-paced clinical environments"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "These skills are critical for long-term success in healthcare careers.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "These skills are critical for long-term success in healthcare careers."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "supporting-workforce-development-in-healthcare",
         *             "position": 5,
         *             "heading": "Supporting Workforce Development in Healthcare",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships also play a vital role in strengthening the healthcare workforce. By producing trained, job-ready professionals, internships help organizations reduce training costs and improve service quality.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships also play a vital role in strengthening the healthcare workforce. By producing trained, job-ready professionals, internships help organizations reduce training costs and improve service quality."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "For healthcare institutions, internships:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "For healthcare institutions, internships:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Create a reliable talent pipeline",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Create a reliable talent pipeline",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Create a reliable talent pipeline"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Improve staff retention",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Improve staff retention",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Improve staff retention"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Reduce onboarding time",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Reduce onboarding time",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Reduce onboarding time"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Enhance overall operational efficiency",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Enhance overall operational efficiency",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Enhance overall operational efficiency"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "This benefits both employers and the healthcare system as a whole.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "This benefits both employers and the healthcare system as a whole."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "the-importance-of-internships-in-pakistans-healthcare-sector",
         *             "position": 6,
         *             "heading": "The Importance of Internships in Pakistan’s Healthcare Sector",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "In Pakistan, the demand for skilled healthcare professionals is increasing due to population growth, the expansion of private healthcare facilities, and rising investment in healthcare services.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "In Pakistan, the demand for skilled healthcare professionals is increasing due to population growth, the expansion of private healthcare facilities, and rising investment in healthcare services."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships are especially valuable for:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships are especially valuable for:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Diploma and allied health students",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Diploma and allied health students",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Diploma and allied health students"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Medical coding and health information management (HIM) graduates",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Medical coding and health information management (HIM) graduates",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Medical coding and health information management (HIM) graduates"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Healthcare administration and management trainees",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Healthcare administration and management trainees",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Healthcare administration and management trainees"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Fresh graduates entering the job market",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Fresh graduates entering the job market",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Fresh graduates entering the job market"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Institutions offering structured internships significantly improve employment outcomes for their students.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Institutions offering structured internships significantly improve employment outcomes for their students."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "from-intern-to-healthcare-professional",
         *             "position": 7,
         *             "heading": "From Intern to Healthcare Professional",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships do more than provide experience—they shape careers. Many professionals begin their journey as interns and progress into full-time roles, leadership positions, and specialized fields.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships do more than provide experience—they shape careers. Many professionals begin their journey as interns and progress into full-time roles, leadership positions, and specialized fields."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "By offering real exposure, mentorship, and skill development, internships turn training into meaningful employment and long-term career growth.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "By offering real exposure, mentorship, and skill development, internships turn training into meaningful employment and long-term career growth."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "conclusion",
         *             "position": 8,
         *             "heading": "Conclusion",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "The transition from training to employment can be challenging in healthcare, but internships make this journey smoother and more successful. By combining education with real-world experience, healthcare internships empower students with confidence, competence, and career clarity.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "The transition from training to employment can be challenging in healthcare, but internships make this journey smoother and more successful. By combining education with real-world experience, healthcare internships empower students with confidence, competence, and career clarity."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "For anyone aspiring to build a strong healthcare career, internships are not just an option—they are a powerful step toward professional success.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "For anyone aspiring to build a strong healthcare career, internships are not just an option—they are a powerful step toward professional success."
         *                   }
         *                 ]
         *               }
         *             ]
         *           }
         *         ],
         *         "toc": [
         *           {
         *             "key": "why-training-alone-is-no-longer-enough",
         *             "heading": "Why Training Alone Is No Longer Enough"
         *           },
         *           {
         *             "key": "the-role-of-healthcare-internships-in-career-development",
         *             "heading": "The Role of Healthcare Internships in Career Development"
         *           },
         *           {
         *             "key": "building-job-ready-skills-through-hands-on-experience",
         *             "heading": "Building Job-Ready Skills Through Hands-On Experience"
         *           },
         *           {
         *             "key": "how-internships-improve-employment-opportunities",
         *             "heading": "How Internships Improve Employment Opportunities"
         *           },
         *           {
         *             "key": "developing-soft-skills-that-matter-in-healthcare",
         *             "heading": "Developing Soft Skills That Matter in Healthcare"
         *           },
         *           {
         *             "key": "supporting-workforce-development-in-healthcare",
         *             "heading": "Supporting Workforce Development in Healthcare"
         *           },
         *           {
         *             "key": "the-importance-of-internships-in-pakistans-healthcare-sector",
         *             "heading": "The Importance of Internships in Pakistan’s Healthcare Sector"
         *           },
         *           {
         *             "key": "from-intern-to-healthcare-professional",
         *             "heading": "From Intern to Healthcare Professional"
         *           },
         *           {
         *             "key": "conclusion",
         *             "heading": "Conclusion"
         *           }
         *         ],
         *         "published_at": "2025-01-15T09:00:00.000Z",
         *         "updated_at": "2025-01-15T09:00:00.000Z",
         *         "word_count": 646,
         *         "reading_time_minutes": 4,
         *         "author": null,
         *         "tags": [],
         *         "language": "en",
         *         "canonical_url": null,
         *         "meta_title": null,
         *         "meta_description": null,
         *         "cover_image": null,
         *         "reviews": {
         *           "count": 0,
         *           "average": null
         *         }
         *       }
         *     }
         */
        ArticleEnvelope: {
            data: components["schemas"]["Article"];
        };
        /**
         * SectionList
         * @description A page of sections, in order.
         * @example {
         *       "data": [
         *         {
         *           "key": "why-training-alone-is-no-longer-enough",
         *           "position": 0,
         *           "heading": "Why Training Alone Is No Longer Enough",
         *           "blocks": [
         *             {
         *               "type": "paragraph",
         *               "text": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings.",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings."
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "paragraph",
         *               "text": "Healthcare internships address this challenge by allowing students to:",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Healthcare internships address this challenge by allowing students to:"
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "list",
         *               "style": "bullet",
         *               "start": null,
         *               "spread": false,
         *               "items": [
         *                 {
         *                   "text": "Work in live healthcare environments",
         *                   "checked": null,
         *                   "spread": false,
         *                   "children": [
         *                     {
         *                       "type": "paragraph",
         *                       "text": "Work in live healthcare environments",
         *                       "children": [
         *                         {
         *                           "type": "text",
         *                           "value": "Work in live healthcare environments"
         *                         }
         *                       ]
         *                     }
         *                   ]
         *                 },
         *                 {
         *                   "text": "Observe real patient care and operational workflows",
         *                   "checked": null,
         *                   "spread": false,
         *                   "children": [
         *                     {
         *                       "type": "paragraph",
         *                       "text": "Observe real patient care and operational workflows",
         *                       "children": [
         *                         {
         *                           "type": "text",
         *                           "value": "Observe real patient care and operational workflows"
         *                         }
         *                       ]
         *                     }
         *                   ]
         *                 },
         *                 {
         *                   "text": "Understand professional responsibilities and ethics",
         *                   "checked": null,
         *                   "spread": false,
         *                   "children": [
         *                     {
         *                       "type": "paragraph",
         *                       "text": "Understand professional responsibilities and ethics",
         *                       "children": [
         *                         {
         *                           "type": "text",
         *                           "value": "Understand professional responsibilities and ethics"
         *                         }
         *                       ]
         *                     }
         *                   ]
         *                 },
         *                 {
         *                   "text": "Gain exposure to healthcare technology and systems",
         *                   "checked": null,
         *                   "spread": false,
         *                   "children": [
         *                     {
         *                       "type": "paragraph",
         *                       "text": "Gain exposure to healthcare technology and systems",
         *                       "children": [
         *                         {
         *                           "type": "text",
         *                           "value": "Gain exposure to healthcare technology and systems"
         *                         }
         *                       ]
         *                     }
         *                   ]
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "paragraph",
         *               "text": "This practical experience significantly improves job readiness.",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "This practical experience significantly improves job readiness."
         *                 }
         *               ]
         *             }
         *           ]
         *         },
         *         {
         *           "key": "the-role-of-healthcare-internships-in-career-development",
         *           "position": 1,
         *           "heading": "The Role of Healthcare Internships in Career Development",
         *           "blocks": [
         *             {
         *               "type": "paragraph",
         *               "text": "Healthcare internships act as a career accelerator, helping students move confidently from training into employment.",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Healthcare internships act as a career accelerator, helping students move confidently from training into employment."
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "paragraph",
         *               "text": "Through structured internships, learners develop:",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "Through structured internships, learners develop:"
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "list",
         *               "style": "bullet",
         *               "start": null,
         *               "spread": false,
         *               "items": [
         *                 {
         *                   "text": "Practical clinical and administrative skills",
         *                   "checked": null,
         *                   "spread": false,
         *                   "children": [
         *                     {
         *                       "type": "paragraph",
         *                       "text": "Practical clinical and administrative skills",
         *                       "children": [
         *                         {
         *                           "type": "text",
         *                           "value": "Practical clinical and administrative skills"
         *                         }
         *                       ]
         *                     }
         *                   ]
         *                 },
         *                 {
         *                   "text": "Workplace discipline and professionalism",
         *                   "checked": null,
         *                   "spread": false,
         *                   "children": [
         *                     {
         *                       "type": "paragraph",
         *                       "text": "Workplace discipline and professionalism",
         *                       "children": [
         *                         {
         *                           "type": "text",
         *                           "value": "Workplace discipline and professionalism"
         *                         }
         *                       ]
         *                     }
         *                   ]
         *                 },
         *                 {
         *                   "text": "Communication and teamwork abilities",
         *                   "checked": null,
         *                   "spread": false,
         *                   "children": [
         *                     {
         *                       "type": "paragraph",
         *                       "text": "Communication and teamwork abilities",
         *                       "children": [
         *                         {
         *                           "type": "text",
         *                           "value": "Communication and teamwork abilities"
         *                         }
         *                       ]
         *                     }
         *                   ]
         *                 },
         *                 {
         *                   "text": "Confidence in handling real responsibilities",
         *                   "checked": null,
         *                   "spread": false,
         *                   "children": [
         *                     {
         *                       "type": "paragraph",
         *                       "text": "Confidence in handling real responsibilities",
         *                       "children": [
         *                         {
         *                           "type": "text",
         *                           "value": "Confidence in handling real responsibilities"
         *                         }
         *                       ]
         *                     }
         *                   ]
         *                 }
         *               ]
         *             },
         *             {
         *               "type": "paragraph",
         *               "text": "As a result, interns graduate with experience that employers value and trust.",
         *               "children": [
         *                 {
         *                   "type": "text",
         *                   "value": "As a result, interns graduate with experience that employers value and trust."
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ],
         *       "meta": {
         *         "next_after": "the-role-of-healthcare-internships-in-career-development"
         *       }
         *     }
         */
        SectionList: {
            data: components["schemas"]["Section"][];
            meta: {
                /** @description Pass as `after` to get the next page; null on the last page. */
                next_after: components["schemas"]["SectionKey"] | null;
            };
        };
        /**
         * SectionEnvelope
         * @example {
         *       "data": {
         *         "key": "why-training-alone-is-no-longer-enough",
         *         "position": 0,
         *         "heading": "Why Training Alone Is No Longer Enough",
         *         "blocks": [
         *           {
         *             "type": "paragraph",
         *             "text": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings."
         *               }
         *             ]
         *           },
         *           {
         *             "type": "paragraph",
         *             "text": "Healthcare internships address this challenge by allowing students to:",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "Healthcare internships address this challenge by allowing students to:"
         *               }
         *             ]
         *           },
         *           {
         *             "type": "list",
         *             "style": "bullet",
         *             "start": null,
         *             "spread": false,
         *             "items": [
         *               {
         *                 "text": "Work in live healthcare environments",
         *                 "checked": null,
         *                 "spread": false,
         *                 "children": [
         *                   {
         *                     "type": "paragraph",
         *                     "text": "Work in live healthcare environments",
         *                     "children": [
         *                       {
         *                         "type": "text",
         *                         "value": "Work in live healthcare environments"
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "text": "Observe real patient care and operational workflows",
         *                 "checked": null,
         *                 "spread": false,
         *                 "children": [
         *                   {
         *                     "type": "paragraph",
         *                     "text": "Observe real patient care and operational workflows",
         *                     "children": [
         *                       {
         *                         "type": "text",
         *                         "value": "Observe real patient care and operational workflows"
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "text": "Understand professional responsibilities and ethics",
         *                 "checked": null,
         *                 "spread": false,
         *                 "children": [
         *                   {
         *                     "type": "paragraph",
         *                     "text": "Understand professional responsibilities and ethics",
         *                     "children": [
         *                       {
         *                         "type": "text",
         *                         "value": "Understand professional responsibilities and ethics"
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "text": "Gain exposure to healthcare technology and systems",
         *                 "checked": null,
         *                 "spread": false,
         *                 "children": [
         *                   {
         *                     "type": "paragraph",
         *                     "text": "Gain exposure to healthcare technology and systems",
         *                     "children": [
         *                       {
         *                         "type": "text",
         *                         "value": "Gain exposure to healthcare technology and systems"
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "type": "paragraph",
         *             "text": "This practical experience significantly improves job readiness.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "This practical experience significantly improves job readiness."
         *               }
         *             ]
         *           }
         *         ]
         *       }
         *     }
         */
        SectionEnvelope: {
            data: components["schemas"]["Section"];
        };
        /**
         * ArticleJsonLd
         * @description A schema.org Article in JSON-LD, for a page to embed in a script element of type application/ld+json.
         * @example {
         *       "@context": "https://schema.org",
         *       "@type": "Article",
         *       "headline": "From Training to Employment: The Power of Healthcare Internships",
         *       "description": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…",
         *       "datePublished": "2025-01-15T09:00:00.000Z",
         *       "dateModified": "2025-01-15T09:00:00.000Z",
         *       "inLanguage": "en",
         *       "wordCount": 646,
         *       "articleBody": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment.\n\nHealthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers.\n\nWhy Training Alone Is No Longer Enough\n\nHealthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings.\n\nHealthcare internships address this challenge by allowing students to:\n\n- Work in live healthcare environments\n- Observe real patient care and operational workflows\n- Understand professional responsibilities and ethics\n- Gain exposure to healthcare technology and systems\n\nThis practical experience significantly improves job readiness.\n\nThe Role of Healthcare Internships in Career Development\n\nHealthcare internships act as a career accelerator, helping students move confidently from training into employment.\n\nThrough structured internships, learners develop:\n\n- Practical clinical and administrative skills\n- Workplace discipline and professionalism\n- Communication and teamwork abilities\n- Confidence in handling real responsibilities\n\nAs a result, interns graduate with experience that employers value and trust.\n\nBuilding Job-Ready Skills Through Hands-On Experience\n\nInternships provide opportunities to apply theoretical knowledge in real situations. Whether in hospitals, clinics, laboratories, or healthcare offices, interns gain firsthand experience in:\n\n- Patient coordination and care support\n- Medical documentation and health records management\n- Medical coding and billing processes\n- Hospital administration and front-desk operations\n- Quality assurance and compliance procedures\n\nThese job-ready skills significantly improve employability.\n\nHow Internships Improve Employment Opportunities\n\nOne of the most powerful benefits of healthcare internships is their direct impact on employment outcomes. Many healthcare organizations prefer hiring candidates who have already worked within their systems.\n\nHealthcare internships help students:\n\n- Build professional networks and references\n- Receive mentorship from experienced professionals\n- Understand employer expectations\n- Increase chances of full-time job offers\n\nIn many cases, internships serve as a pathway to permanent employment.\n\nDeveloping Soft Skills That Matter in Healthcare\n\nBeyond technical skills, healthcare professionals must demonstrate empathy, communication, and problem-solving abilities. Internship environments naturally cultivate these essential soft skills.\n\nInterns learn how to:\n\n- Communicate effectively with patients and staff\n- Work under pressure in healthcare settings\n- Follow ethical and professional standards\n- Adapt to fast-paced clinical environments\n\nThese skills are critical for long-term success in healthcare careers.\n\nSupporting Workforce Development in Healthcare\n\nHealthcare internships also play a vital role in strengthening the healthcare workforce. By producing trained, job-ready professionals, internships help organizations reduce training costs and improve service quality.\n\nFor healthcare institutions, internships:\n\n- Create a reliable talent pipeline\n- Improve staff retention\n- Reduce onboarding time\n- Enhance overall operational efficiency\n\nThis benefits both employers and the healthcare system as a whole.\n\nThe Importance of Internships in Pakistan’s Healthcare Sector\n\nIn Pakistan, the demand for skilled healthcare professionals is increasing due to population growth, the expansion of private healthcare facilities, and rising investment in healthcare services.\n\nHealthcare internships are especially valuable for:\n\n- Diploma and allied health students\n- Medical coding and health information management (HIM) graduates\n- Healthcare administration and management trainees\n- Fresh graduates entering the job market\n\nInstitutions offering structured internships significantly improve employment outcomes for their students.\n\nFrom Intern to Healthcare Professional\n\nHealthcare internships do more than provide experience—they shape careers. Many professionals begin their journey as interns and progress into full-time roles, leadership positions, and specialized fields.\n\nBy offering real exposure, mentorship, and skill development, internships turn training into meaningful employment and long-term career growth.\n\nConclusion\n\nThe transition from training to employment can be challenging in healthcare, but internships make this journey smoother and more successful. By combining education with real-world experience, healthcare internships empower students with confidence, competence, and career clarity.\n\nFor anyone aspiring to build a strong healthcare career, internships are not just an option—they are a powerful step toward professional success.",
         *       "mainEntityOfPage": {
         *         "@type": "WebPage",
         *         "@id": "https://api.example.org/v1/articles/from-training-to-employment-the-power-of-healthcare-internships"
         *       },
         *       "url": "https://api.example.org/v1/articles/from-training-to-employment-the-power-of-healthcare-internships"
         *     }
         */
        ArticleJsonLd: {
            /** @enum {string} */
            "@context": "https://schema.org";
            /** @enum {string} */
            "@type": "Article";
            /** @description `meta_title`, or the title; shortened at a word boundary (…) when over 110 characters. */
            headline: string;
            /** @description `meta_description`, or the excerpt (absent when both are empty). */
            description?: string;
            datePublished: components["schemas"]["Timestamp"];
            dateModified: components["schemas"]["Timestamp"];
            /** @description The article's author; absent when it names none. */
            author?: {
                /** @enum {string} */
                "@type": "Person";
                name: string;
            };
            inLanguage: components["schemas"]["Language"];
            /** Format: int32 */
            wordCount: number;
            /** @description The article as plain text, for search engines: the intro, each section heading and its blocks (list markers, quotes, code, table cells, image alt texts; links as their text), then the footnotes, separated by blank lines. Absent when the article has no body. */
            articleBody?: string;
            mainEntityOfPage: {
                /** @enum {string} */
                "@type": "WebPage";
                /**
                 * Format: uri
                 * @description The page the article is the main entity of: `canonical_url`, or the article's URL under PUBLIC_BASE_URL.
                 */
                "@id": string;
            };
            /**
             * Format: uri
             * @description The same page.
             */
            url: string;
            /** @description The cover image, then the article's images with absolute URLs, each once (at most 20). */
            image?: (string | {
                /** @enum {string} */
                "@type": "ImageObject";
                /**
                 * Format: uri
                 * @description The media item's absolute URL.
                 */
                url: string;
                /** Format: int32 */
                width: number;
                /** Format: int32 */
                height: number;
            })[];
            /** @description Tag names, comma-separated. */
            keywords?: string;
            /** @description Only when the article has approved reviews. */
            aggregateRating?: {
                /** @enum {string} */
                "@type": "AggregateRating";
                /** @description Average of the approved reviews, 2 decimals. */
                ratingValue: number;
                /** Format: int32 */
                reviewCount: number;
                /** @enum {number} */
                bestRating: 5;
                /** @enum {number} */
                worstRating: 1;
            };
        };
        /**
         * ArticleStatus
         * @description draft: visible to editors only; published: served publicly.
         * @enum {string}
         */
        ArticleStatus: "draft" | "published";
        /**
         * AdminArticle
         * @description An article as editors see it, drafts included. Send it back with PUT (read-only fields are ignored). Its ETag goes in If-Match.
         */
        AdminArticle: {
            slug: components["schemas"]["Slug"];
            /**
             * @description Article title.
             * @example From Training to Employment: The Power of Healthcare Internships
             */
            title: string;
            /**
             * @description Short summary for listings: the start of the intro unless set by the author.
             * @example The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…
             */
            excerpt: string;
            status: components["schemas"]["ArticleStatus"];
            /** @description When it was first published; null if never. */
            published_at: components["schemas"]["Timestamp"] | null;
            /**
             * @description When the scheduler publishes this draft (POST …/schedule); null when not scheduled. Cleared once published, by the scheduler or by hand.
             * @example null
             */
            publish_at: components["schemas"]["Timestamp"] | null;
            /**
             * @description When the scheduler takes this article back to draft; null when not scheduled. Cleared once unpublished, by the scheduler or by hand.
             * @example null
             */
            unpublish_at: components["schemas"]["Timestamp"] | null;
            /**
             * @description Blocks before the first heading.
             * @example [
             *       {
             *         "type": "paragraph",
             *         "text": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment.",
             *         "children": [
             *           {
             *             "type": "text",
             *             "value": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment."
             *           }
             *         ]
             *       },
             *       {
             *         "type": "paragraph",
             *         "text": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers.",
             *         "children": [
             *           {
             *             "type": "text",
             *             "value": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers."
             *           }
             *         ]
             *       }
             *     ]
             */
            intro: components["schemas"]["Block"][];
            /** @description At most 200 sections; a server may set fewer (AUTHORING_MAX_SECTIONS). */
            sections: components["schemas"]["Section"][];
            /** @description Table of contents: section keys and headings in order. */
            toc: components["schemas"]["TocEntry"][];
            /**
             * Format: int32
             * @description Words in headings, paragraphs and list items.
             * @example 646
             */
            word_count: number;
            /**
             * Format: int32
             * @description Estimated reading time at 200 words per minute, rounded up.
             * @example 4
             */
            reading_time_minutes: number;
            /** @description Who wrote it, or null. */
            author: components["schemas"]["Author"] | null;
            /** @description Topics, in the order the author gave them. */
            tags: components["schemas"]["Tag"][];
            language: components["schemas"]["Language"];
            /** @description Where the original lives when this is a copy (rel=canonical), or null. */
            canonical_url: string | null;
            /** @description Title for search results and link previews when it should differ from `title`, or null. */
            meta_title: string | null;
            /** @description Description for search results and link previews, or null (then use `excerpt`). */
            meta_description: string | null;
            /** @description Cover image, or null. */
            cover_image: components["schemas"]["CoverImage"] | null;
            /**
             * Format: int32
             * @description Bumped by every write; revisions are numbered by it.
             * @example 3
             */
            version: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /**
             * @description Name of the admin key (or seed, cli) that made the latest write.
             * @example ops-laptop
             */
            updated_by: string | null;
        };
        /**
         * AdminArticleEnvelope
         * @example {
         *       "data": {
         *         "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *         "title": "From Training to Employment: The Power of Healthcare Internships",
         *         "excerpt": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…",
         *         "intro": [
         *           {
         *             "type": "paragraph",
         *             "text": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment."
         *               }
         *             ]
         *           },
         *           {
         *             "type": "paragraph",
         *             "text": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers."
         *               }
         *             ]
         *           }
         *         ],
         *         "sections": [
         *           {
         *             "key": "why-training-alone-is-no-longer-enough",
         *             "position": 0,
         *             "heading": "Why Training Alone Is No Longer Enough",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships address this challenge by allowing students to:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships address this challenge by allowing students to:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Work in live healthcare environments",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Work in live healthcare environments",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Work in live healthcare environments"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Observe real patient care and operational workflows",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Observe real patient care and operational workflows",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Observe real patient care and operational workflows"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Understand professional responsibilities and ethics",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Understand professional responsibilities and ethics",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Understand professional responsibilities and ethics"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Gain exposure to healthcare technology and systems",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Gain exposure to healthcare technology and systems",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Gain exposure to healthcare technology and systems"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "This practical experience significantly improves job readiness.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "This practical experience significantly improves job readiness."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "the-role-of-healthcare-internships-in-career-development",
         *             "position": 1,
         *             "heading": "The Role of Healthcare Internships in Career Development",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships act as a career accelerator, helping students move confidently from training into employment.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships act as a career accelerator, helping students move confidently from training into employment."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Through structured internships, learners develop:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Through structured internships, learners develop:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Practical clinical and administrative skills",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Practical clinical and administrative skills",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Practical clinical and administrative skills"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Workplace discipline and professionalism",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Workplace discipline and professionalism",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Workplace discipline and professionalism"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Communication and teamwork abilities",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Communication and teamwork abilities",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Communication and teamwork abilities"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Confidence in handling real responsibilities",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Confidence in handling real responsibilities",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Confidence in handling real responsibilities"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "As a result, interns graduate with experience that employers value and trust.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "As a result, interns graduate with experience that employers value and trust."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "building-job-ready-skills-through-hands-on-experience",
         *             "position": 2,
         *             "heading": "Building Job-Ready Skills Through Hands-On Experience",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Internships provide opportunities to apply theoretical knowledge in real situations. Whether in hospitals, clinics, laboratories, or healthcare offices, interns gain firsthand experience in:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Internships provide opportunities to apply theoretical knowledge in real situations. Whether in hospitals, clinics, laboratories, or healthcare offices, interns gain firsthand experience in:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Patient coordination and care support",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Patient coordination and care support",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Patient coordination and care support"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Medical documentation and health records management",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Medical documentation and health records management",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Medical documentation and health records management"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Medical coding and billing processes",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Medical coding and billing processes",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Medical coding and billing processes"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Hospital administration and front-desk operations",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Hospital administration and front-desk operations",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Hospital administration and front-desk operations"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Quality assurance and compliance procedures",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Quality assurance and compliance procedures",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Quality assurance and compliance procedures"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "These job-ready skills significantly improve employability.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "These job-ready skills significantly improve employability."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "how-internships-improve-employment-opportunities",
         *             "position": 3,
         *             "heading": "How Internships Improve Employment Opportunities",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "One of the most powerful benefits of healthcare internships is their direct impact on employment outcomes. Many healthcare organizations prefer hiring candidates who have already worked within their systems.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "One of the most powerful benefits of healthcare internships is their direct impact on employment outcomes. Many healthcare organizations prefer hiring candidates who have already worked within their systems."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships help students:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships help students:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Build professional networks and references",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Build professional networks and references",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Build professional networks and references"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Receive mentorship from experienced professionals",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Receive mentorship from experienced professionals",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Receive mentorship from experienced professionals"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Understand employer expectations",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Understand employer expectations",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Understand employer expectations"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Increase chances of full-time job offers",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Increase chances of full-time job offers",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Increase chances of full-time job offers"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "In many cases, internships serve as a pathway to permanent employment.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "In many cases, internships serve as a pathway to permanent employment."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "developing-soft-skills-that-matter-in-healthcare",
         *             "position": 4,
         *             "heading": "Developing Soft Skills That Matter in Healthcare",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Beyond technical skills, healthcare professionals must demonstrate empathy, communication, and problem-solving abilities. Internship environments naturally cultivate these essential soft skills.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Beyond technical skills, healthcare professionals must demonstrate empathy, communication, and problem-solving abilities. Internship environments naturally cultivate these essential soft skills."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Interns learn how to:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Interns learn how to:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Communicate effectively with patients and staff",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Communicate effectively with patients and staff",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Communicate effectively with patients and staff"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Work under pressure in healthcare settings",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Work under pressure in healthcare settings",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Work under pressure in healthcare settings"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Follow ethical and professional standards",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Follow ethical and professional standards",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Follow ethical and professional standards"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Adapt to fast-paced clinical environments",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Adapt to fast-paced clinical environments",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Adapt to fast-paced clinical environments"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "These skills are critical for long-term success in healthcare careers.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "These skills are critical for long-term success in healthcare careers."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "supporting-workforce-development-in-healthcare",
         *             "position": 5,
         *             "heading": "Supporting Workforce Development in Healthcare",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships also play a vital role in strengthening the healthcare workforce. By producing trained, job-ready professionals, internships help organizations reduce training costs and improve service quality.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships also play a vital role in strengthening the healthcare workforce. By producing trained, job-ready professionals, internships help organizations reduce training costs and improve service quality."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "For healthcare institutions, internships:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "For healthcare institutions, internships:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Create a reliable talent pipeline",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Create a reliable talent pipeline",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Create a reliable talent pipeline"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Improve staff retention",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Improve staff retention",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Improve staff retention"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Reduce onboarding time",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Reduce onboarding time",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Reduce onboarding time"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Enhance overall operational efficiency",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Enhance overall operational efficiency",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Enhance overall operational efficiency"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "This benefits both employers and the healthcare system as a whole.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "This benefits both employers and the healthcare system as a whole."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "the-importance-of-internships-in-pakistans-healthcare-sector",
         *             "position": 6,
         *             "heading": "The Importance of Internships in Pakistan’s Healthcare Sector",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "In Pakistan, the demand for skilled healthcare professionals is increasing due to population growth, the expansion of private healthcare facilities, and rising investment in healthcare services.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "In Pakistan, the demand for skilled healthcare professionals is increasing due to population growth, the expansion of private healthcare facilities, and rising investment in healthcare services."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships are especially valuable for:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships are especially valuable for:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Diploma and allied health students",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Diploma and allied health students",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Diploma and allied health students"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Medical coding and health information management (HIM) graduates",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Medical coding and health information management (HIM) graduates",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Medical coding and health information management (HIM) graduates"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Healthcare administration and management trainees",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Healthcare administration and management trainees",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Healthcare administration and management trainees"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Fresh graduates entering the job market",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Fresh graduates entering the job market",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Fresh graduates entering the job market"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Institutions offering structured internships significantly improve employment outcomes for their students.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Institutions offering structured internships significantly improve employment outcomes for their students."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "from-intern-to-healthcare-professional",
         *             "position": 7,
         *             "heading": "From Intern to Healthcare Professional",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships do more than provide experience—they shape careers. Many professionals begin their journey as interns and progress into full-time roles, leadership positions, and specialized fields.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships do more than provide experience—they shape careers. Many professionals begin their journey as interns and progress into full-time roles, leadership positions, and specialized fields."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "By offering real exposure, mentorship, and skill development, internships turn training into meaningful employment and long-term career growth.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "By offering real exposure, mentorship, and skill development, internships turn training into meaningful employment and long-term career growth."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "conclusion",
         *             "position": 8,
         *             "heading": "Conclusion",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "The transition from training to employment can be challenging in healthcare, but internships make this journey smoother and more successful. By combining education with real-world experience, healthcare internships empower students with confidence, competence, and career clarity.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "The transition from training to employment can be challenging in healthcare, but internships make this journey smoother and more successful. By combining education with real-world experience, healthcare internships empower students with confidence, competence, and career clarity."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "For anyone aspiring to build a strong healthcare career, internships are not just an option—they are a powerful step toward professional success.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "For anyone aspiring to build a strong healthcare career, internships are not just an option—they are a powerful step toward professional success."
         *                   }
         *                 ]
         *               }
         *             ]
         *           }
         *         ],
         *         "toc": [
         *           {
         *             "key": "why-training-alone-is-no-longer-enough",
         *             "heading": "Why Training Alone Is No Longer Enough"
         *           },
         *           {
         *             "key": "the-role-of-healthcare-internships-in-career-development",
         *             "heading": "The Role of Healthcare Internships in Career Development"
         *           },
         *           {
         *             "key": "building-job-ready-skills-through-hands-on-experience",
         *             "heading": "Building Job-Ready Skills Through Hands-On Experience"
         *           },
         *           {
         *             "key": "how-internships-improve-employment-opportunities",
         *             "heading": "How Internships Improve Employment Opportunities"
         *           },
         *           {
         *             "key": "developing-soft-skills-that-matter-in-healthcare",
         *             "heading": "Developing Soft Skills That Matter in Healthcare"
         *           },
         *           {
         *             "key": "supporting-workforce-development-in-healthcare",
         *             "heading": "Supporting Workforce Development in Healthcare"
         *           },
         *           {
         *             "key": "the-importance-of-internships-in-pakistans-healthcare-sector",
         *             "heading": "The Importance of Internships in Pakistan’s Healthcare Sector"
         *           },
         *           {
         *             "key": "from-intern-to-healthcare-professional",
         *             "heading": "From Intern to Healthcare Professional"
         *           },
         *           {
         *             "key": "conclusion",
         *             "heading": "Conclusion"
         *           }
         *         ],
         *         "published_at": "2025-01-15T09:00:00.000Z",
         *         "word_count": 646,
         *         "reading_time_minutes": 4,
         *         "author": null,
         *         "tags": [],
         *         "language": "en",
         *         "canonical_url": null,
         *         "meta_title": null,
         *         "meta_description": null,
         *         "cover_image": null,
         *         "status": "published",
         *         "publish_at": null,
         *         "unpublish_at": null,
         *         "version": 1,
         *         "created_at": "2026-11-20T10:15:00.000Z",
         *         "updated_at": "2026-11-20T10:15:00.000Z",
         *         "updated_by": "seed"
         *       }
         *     }
         */
        AdminArticleEnvelope: {
            data: components["schemas"]["AdminArticle"];
        };
        /**
         * ImportWarning
         * @description Something the import did not keep as written: an ignored front matter field, a relative URL, sanitized HTML, a flattened heading.
         */
        ImportWarning: {
            /**
             * @description JSON Pointer into the article as imported (`/sections/2/blocks/0/children/1/url`), when the warning is about one part of it.
             * @example /sections/0/blocks/1/url
             */
            path?: string;
            /**
             * Format: int32
             * @description Line of the Markdown (from 1).
             * @example 12
             */
            line?: number;
            /**
             * Format: int32
             * @description Column on that line (from 1).
             * @example 1
             */
            column?: number;
            /**
             * @description What was imported differently from how it was written.
             * @example image "./ward.jpg" is relative: kept as written (it resolves against the page that shows the article)
             */
            message: string;
        };
        /**
         * ImportedArticleEnvelope
         * @example {
         *       "data": {
         *         "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *         "title": "From Training to Employment: The Power of Healthcare Internships",
         *         "excerpt": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…",
         *         "intro": [
         *           {
         *             "type": "paragraph",
         *             "text": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment."
         *               }
         *             ]
         *           },
         *           {
         *             "type": "paragraph",
         *             "text": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers."
         *               }
         *             ]
         *           }
         *         ],
         *         "sections": [
         *           {
         *             "key": "why-training-alone-is-no-longer-enough",
         *             "position": 0,
         *             "heading": "Why Training Alone Is No Longer Enough",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships address this challenge by allowing students to:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships address this challenge by allowing students to:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Work in live healthcare environments",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Work in live healthcare environments",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Work in live healthcare environments"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Observe real patient care and operational workflows",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Observe real patient care and operational workflows",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Observe real patient care and operational workflows"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Understand professional responsibilities and ethics",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Understand professional responsibilities and ethics",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Understand professional responsibilities and ethics"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Gain exposure to healthcare technology and systems",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Gain exposure to healthcare technology and systems",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Gain exposure to healthcare technology and systems"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "This practical experience significantly improves job readiness.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "This practical experience significantly improves job readiness."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "the-role-of-healthcare-internships-in-career-development",
         *             "position": 1,
         *             "heading": "The Role of Healthcare Internships in Career Development",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships act as a career accelerator, helping students move confidently from training into employment.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships act as a career accelerator, helping students move confidently from training into employment."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Through structured internships, learners develop:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Through structured internships, learners develop:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Practical clinical and administrative skills",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Practical clinical and administrative skills",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Practical clinical and administrative skills"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Workplace discipline and professionalism",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Workplace discipline and professionalism",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Workplace discipline and professionalism"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Communication and teamwork abilities",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Communication and teamwork abilities",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Communication and teamwork abilities"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Confidence in handling real responsibilities",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Confidence in handling real responsibilities",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Confidence in handling real responsibilities"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "As a result, interns graduate with experience that employers value and trust.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "As a result, interns graduate with experience that employers value and trust."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "building-job-ready-skills-through-hands-on-experience",
         *             "position": 2,
         *             "heading": "Building Job-Ready Skills Through Hands-On Experience",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Internships provide opportunities to apply theoretical knowledge in real situations. Whether in hospitals, clinics, laboratories, or healthcare offices, interns gain firsthand experience in:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Internships provide opportunities to apply theoretical knowledge in real situations. Whether in hospitals, clinics, laboratories, or healthcare offices, interns gain firsthand experience in:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Patient coordination and care support",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Patient coordination and care support",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Patient coordination and care support"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Medical documentation and health records management",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Medical documentation and health records management",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Medical documentation and health records management"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Medical coding and billing processes",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Medical coding and billing processes",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Medical coding and billing processes"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Hospital administration and front-desk operations",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Hospital administration and front-desk operations",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Hospital administration and front-desk operations"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Quality assurance and compliance procedures",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Quality assurance and compliance procedures",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Quality assurance and compliance procedures"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "These job-ready skills significantly improve employability.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "These job-ready skills significantly improve employability."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "how-internships-improve-employment-opportunities",
         *             "position": 3,
         *             "heading": "How Internships Improve Employment Opportunities",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "One of the most powerful benefits of healthcare internships is their direct impact on employment outcomes. Many healthcare organizations prefer hiring candidates who have already worked within their systems.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "One of the most powerful benefits of healthcare internships is their direct impact on employment outcomes. Many healthcare organizations prefer hiring candidates who have already worked within their systems."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships help students:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships help students:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Build professional networks and references",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Build professional networks and references",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Build professional networks and references"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Receive mentorship from experienced professionals",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Receive mentorship from experienced professionals",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Receive mentorship from experienced professionals"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Understand employer expectations",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Understand employer expectations",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Understand employer expectations"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Increase chances of full-time job offers",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Increase chances of full-time job offers",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Increase chances of full-time job offers"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "In many cases, internships serve as a pathway to permanent employment.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "In many cases, internships serve as a pathway to permanent employment."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "developing-soft-skills-that-matter-in-healthcare",
         *             "position": 4,
         *             "heading": "Developing Soft Skills That Matter in Healthcare",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Beyond technical skills, healthcare professionals must demonstrate empathy, communication, and problem-solving abilities. Internship environments naturally cultivate these essential soft skills.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Beyond technical skills, healthcare professionals must demonstrate empathy, communication, and problem-solving abilities. Internship environments naturally cultivate these essential soft skills."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Interns learn how to:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Interns learn how to:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Communicate effectively with patients and staff",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Communicate effectively with patients and staff",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Communicate effectively with patients and staff"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Work under pressure in healthcare settings",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Work under pressure in healthcare settings",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Work under pressure in healthcare settings"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Follow ethical and professional standards",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Follow ethical and professional standards",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Follow ethical and professional standards"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Adapt to fast-paced clinical environments",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Adapt to fast-paced clinical environments",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Adapt to fast-paced clinical environments"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "These skills are critical for long-term success in healthcare careers.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "These skills are critical for long-term success in healthcare careers."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "supporting-workforce-development-in-healthcare",
         *             "position": 5,
         *             "heading": "Supporting Workforce Development in Healthcare",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships also play a vital role in strengthening the healthcare workforce. By producing trained, job-ready professionals, internships help organizations reduce training costs and improve service quality.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships also play a vital role in strengthening the healthcare workforce. By producing trained, job-ready professionals, internships help organizations reduce training costs and improve service quality."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "For healthcare institutions, internships:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "For healthcare institutions, internships:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Create a reliable talent pipeline",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Create a reliable talent pipeline",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Create a reliable talent pipeline"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Improve staff retention",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Improve staff retention",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Improve staff retention"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Reduce onboarding time",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Reduce onboarding time",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Reduce onboarding time"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Enhance overall operational efficiency",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Enhance overall operational efficiency",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Enhance overall operational efficiency"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "This benefits both employers and the healthcare system as a whole.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "This benefits both employers and the healthcare system as a whole."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "the-importance-of-internships-in-pakistans-healthcare-sector",
         *             "position": 6,
         *             "heading": "The Importance of Internships in Pakistan’s Healthcare Sector",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "In Pakistan, the demand for skilled healthcare professionals is increasing due to population growth, the expansion of private healthcare facilities, and rising investment in healthcare services.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "In Pakistan, the demand for skilled healthcare professionals is increasing due to population growth, the expansion of private healthcare facilities, and rising investment in healthcare services."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships are especially valuable for:",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships are especially valuable for:"
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "list",
         *                 "style": "bullet",
         *                 "start": null,
         *                 "spread": false,
         *                 "items": [
         *                   {
         *                     "text": "Diploma and allied health students",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Diploma and allied health students",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Diploma and allied health students"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Medical coding and health information management (HIM) graduates",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Medical coding and health information management (HIM) graduates",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Medical coding and health information management (HIM) graduates"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Healthcare administration and management trainees",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Healthcare administration and management trainees",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Healthcare administration and management trainees"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   },
         *                   {
         *                     "text": "Fresh graduates entering the job market",
         *                     "checked": null,
         *                     "spread": false,
         *                     "children": [
         *                       {
         *                         "type": "paragraph",
         *                         "text": "Fresh graduates entering the job market",
         *                         "children": [
         *                           {
         *                             "type": "text",
         *                             "value": "Fresh graduates entering the job market"
         *                           }
         *                         ]
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "Institutions offering structured internships significantly improve employment outcomes for their students.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Institutions offering structured internships significantly improve employment outcomes for their students."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "from-intern-to-healthcare-professional",
         *             "position": 7,
         *             "heading": "From Intern to Healthcare Professional",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "Healthcare internships do more than provide experience—they shape careers. Many professionals begin their journey as interns and progress into full-time roles, leadership positions, and specialized fields.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "Healthcare internships do more than provide experience—they shape careers. Many professionals begin their journey as interns and progress into full-time roles, leadership positions, and specialized fields."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "By offering real exposure, mentorship, and skill development, internships turn training into meaningful employment and long-term career growth.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "By offering real exposure, mentorship, and skill development, internships turn training into meaningful employment and long-term career growth."
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "key": "conclusion",
         *             "position": 8,
         *             "heading": "Conclusion",
         *             "blocks": [
         *               {
         *                 "type": "paragraph",
         *                 "text": "The transition from training to employment can be challenging in healthcare, but internships make this journey smoother and more successful. By combining education with real-world experience, healthcare internships empower students with confidence, competence, and career clarity.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "The transition from training to employment can be challenging in healthcare, but internships make this journey smoother and more successful. By combining education with real-world experience, healthcare internships empower students with confidence, competence, and career clarity."
         *                   }
         *                 ]
         *               },
         *               {
         *                 "type": "paragraph",
         *                 "text": "For anyone aspiring to build a strong healthcare career, internships are not just an option—they are a powerful step toward professional success.",
         *                 "children": [
         *                   {
         *                     "type": "text",
         *                     "value": "For anyone aspiring to build a strong healthcare career, internships are not just an option—they are a powerful step toward professional success."
         *                   }
         *                 ]
         *               }
         *             ]
         *           }
         *         ],
         *         "toc": [
         *           {
         *             "key": "why-training-alone-is-no-longer-enough",
         *             "heading": "Why Training Alone Is No Longer Enough"
         *           },
         *           {
         *             "key": "the-role-of-healthcare-internships-in-career-development",
         *             "heading": "The Role of Healthcare Internships in Career Development"
         *           },
         *           {
         *             "key": "building-job-ready-skills-through-hands-on-experience",
         *             "heading": "Building Job-Ready Skills Through Hands-On Experience"
         *           },
         *           {
         *             "key": "how-internships-improve-employment-opportunities",
         *             "heading": "How Internships Improve Employment Opportunities"
         *           },
         *           {
         *             "key": "developing-soft-skills-that-matter-in-healthcare",
         *             "heading": "Developing Soft Skills That Matter in Healthcare"
         *           },
         *           {
         *             "key": "supporting-workforce-development-in-healthcare",
         *             "heading": "Supporting Workforce Development in Healthcare"
         *           },
         *           {
         *             "key": "the-importance-of-internships-in-pakistans-healthcare-sector",
         *             "heading": "The Importance of Internships in Pakistan’s Healthcare Sector"
         *           },
         *           {
         *             "key": "from-intern-to-healthcare-professional",
         *             "heading": "From Intern to Healthcare Professional"
         *           },
         *           {
         *             "key": "conclusion",
         *             "heading": "Conclusion"
         *           }
         *         ],
         *         "published_at": "2025-01-15T09:00:00.000Z",
         *         "word_count": 646,
         *         "reading_time_minutes": 4,
         *         "author": null,
         *         "tags": [],
         *         "language": "en",
         *         "canonical_url": null,
         *         "meta_title": null,
         *         "meta_description": null,
         *         "cover_image": null,
         *         "status": "published",
         *         "publish_at": null,
         *         "unpublish_at": null,
         *         "version": 1,
         *         "created_at": "2026-11-20T10:15:00.000Z",
         *         "updated_at": "2026-11-20T10:15:00.000Z",
         *         "updated_by": "seed"
         *       },
         *       "warnings": [
         *         {
         *           "line": 4,
         *           "column": 1,
         *           "message": "front matter field \"layout\" is not an article field: ignored"
         *         }
         *       ]
         *     }
         */
        ImportedArticleEnvelope: {
            data: components["schemas"]["AdminArticle"];
            /** @description What the import did not keep as written; empty when it kept everything. */
            warnings: components["schemas"]["ImportWarning"][];
        };
        /**
         * MarkdownBundle
         * @description A Markdown post with its images (multipart/form-data).
         * @example {
         *       "markdown": "reading-a-lab-report.md",
         *       "files": [
         *         "chart.png",
         *         "images/legend.jpg"
         *       ]
         *     }
         */
        MarkdownBundle: {
            /**
             * Format: binary
             * @description The post (a `.md` file, or its text). Without a part named `markdown`, the one file part whose name ends in `.md` is the post. At most 2,097,152 bytes; a server may set fewer (AUTHORING_BODY_LIMIT_BYTES).
             */
            markdown: string;
            /** @description The images the post references, each a file part whose file name is the path the Markdown uses (`chart.png`, `images/x.jpg`; `./chart.png` is `chart.png`); the field name does not matter. curl sends only the base name of `-F files=@images/x.jpg`: add `;filename=images/x.jpg`. At most 100 files, each at most MEDIA_MAX_BYTES (10 MB by default), 64 MiB altogether. */
            files?: string[];
        };
        /**
         * AdminArticleSummary
         * @description An article in the editors' list.
         */
        AdminArticleSummary: {
            slug: components["schemas"]["Slug"];
            /**
             * @description Article title.
             * @example From Training to Employment: The Power of Healthcare Internships
             */
            title: string;
            /**
             * @description Short summary for listings: the start of the intro unless set by the author.
             * @example The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…
             */
            excerpt: string;
            status: components["schemas"]["ArticleStatus"];
            /** @description When it was first published; null if never. */
            published_at: components["schemas"]["Timestamp"] | null;
            /**
             * @description When the scheduler publishes this draft (POST …/schedule); null when not scheduled. Cleared once published, by the scheduler or by hand.
             * @example null
             */
            publish_at: components["schemas"]["Timestamp"] | null;
            /**
             * @description When the scheduler takes this article back to draft; null when not scheduled. Cleared once unpublished, by the scheduler or by hand.
             * @example null
             */
            unpublish_at: components["schemas"]["Timestamp"] | null;
            updated_at: components["schemas"]["Timestamp"];
            /**
             * @description Name of the admin key (or seed, cli) that made the latest write.
             * @example ops-laptop
             */
            updated_by: string | null;
            /**
             * Format: int32
             * @description Bumped by every write; revisions are numbered by it.
             * @example 3
             */
            version: number;
            /**
             * Format: int32
             * @description Number of sections.
             * @example 9
             */
            section_count: number;
            /**
             * Format: int32
             * @description Words in headings, paragraphs and list items.
             * @example 646
             */
            word_count: number;
            tags: components["schemas"]["Tag"][];
        };
        /**
         * AdminArticleList
         * @example {
         *       "data": [
         *         {
         *           "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "title": "From Training to Employment: The Power of Healthcare Internships",
         *           "excerpt": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…",
         *           "status": "published",
         *           "published_at": "2025-01-15T09:00:00.000Z",
         *           "publish_at": null,
         *           "unpublish_at": null,
         *           "updated_at": "2026-11-20T10:15:00.000Z",
         *           "updated_by": "seed",
         *           "version": 1,
         *           "section_count": 9,
         *           "word_count": 646,
         *           "tags": []
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 20,
         *           "pages": 1,
         *           "total": 1,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        AdminArticleList: {
            data: components["schemas"]["AdminArticleSummary"][];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * ArticlePatch
         * @description Fields to change; the others stay. A new slug keeps the old one answering 301. Sections have their own endpoints.
         * @example {
         *       "title": "From Training to Employment: Why Healthcare Internships Matter",
         *       "tags": [
         *         {
         *           "name": "Careers"
         *         }
         *       ]
         *     }
         */
        ArticlePatch: {
            /**
             * @description Article title.
             * @example From Training to Employment: The Power of Healthcare Internships
             */
            title?: string;
            /** @description Listing summary. */
            excerpt?: string;
            slug?: components["schemas"]["Slug"];
            status?: components["schemas"]["ArticleStatus"];
            published_at?: components["schemas"]["Timestamp"];
            /** @description Who wrote it; null for nobody. */
            author?: {
                /**
                 * @description Display name.
                 * @example Dr. Amna Siddiqui
                 */
                name: string;
                slug?: components["schemas"]["Slug"];
            } | null;
            /** @description Topics, in order; replaces the article's tags. */
            tags?: {
                /**
                 * @description Display name.
                 * @example Careers
                 */
                name: string;
                slug?: components["schemas"]["Slug"];
            }[];
            language?: components["schemas"]["Language"];
            /** @description rel=canonical URL (absolute http(s)), or null. */
            canonical_url?: string | null;
            /** @description Title for search results, or null. */
            meta_title?: string | null;
            /** @description Description for search results, or null. */
            meta_description?: string | null;
            /** @description Cover image, or null. */
            cover_image?: components["schemas"]["CoverImageInput"] | null;
        };
        /**
         * NewSection
         * @description A section to add. The key defaults to the slug of the heading.
         * @example {
         *       "heading": "Finding a Placement",
         *       "blocks": [
         *         {
         *           "type": "paragraph",
         *           "text": "Start with the hospitals your college already works with."
         *         }
         *       ]
         *     }
         */
        NewSection: {
            key?: components["schemas"]["SectionKey"];
            /**
             * @description Section heading.
             * @example Why Training Alone Is No Longer Enough
             */
            heading: string;
            /** @description At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            blocks: components["schemas"]["BlockInput"][];
            /**
             * Format: int32
             * @description Where to insert it (0 = first); default: at the end.
             * @example 2
             */
            position?: number;
        };
        /**
         * SectionReplacement
         * @description The heading and blocks, replaced together. The key stays unless a new one is given.
         * @example {
         *       "heading": "Why Training Alone Is No Longer Enough",
         *       "blocks": [
         *         {
         *           "type": "paragraph",
         *           "text": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings.",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings."
         *             }
         *           ]
         *         },
         *         {
         *           "type": "paragraph",
         *           "text": "Healthcare internships address this challenge by allowing students to:",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "Healthcare internships address this challenge by allowing students to:"
         *             }
         *           ]
         *         },
         *         {
         *           "type": "list",
         *           "style": "bullet",
         *           "start": null,
         *           "spread": false,
         *           "items": [
         *             {
         *               "text": "Work in live healthcare environments",
         *               "checked": null,
         *               "spread": false,
         *               "children": [
         *                 {
         *                   "type": "paragraph",
         *                   "text": "Work in live healthcare environments",
         *                   "children": [
         *                     {
         *                       "type": "text",
         *                       "value": "Work in live healthcare environments"
         *                     }
         *                   ]
         *                 }
         *               ]
         *             },
         *             {
         *               "text": "Observe real patient care and operational workflows",
         *               "checked": null,
         *               "spread": false,
         *               "children": [
         *                 {
         *                   "type": "paragraph",
         *                   "text": "Observe real patient care and operational workflows",
         *                   "children": [
         *                     {
         *                       "type": "text",
         *                       "value": "Observe real patient care and operational workflows"
         *                     }
         *                   ]
         *                 }
         *               ]
         *             },
         *             {
         *               "text": "Understand professional responsibilities and ethics",
         *               "checked": null,
         *               "spread": false,
         *               "children": [
         *                 {
         *                   "type": "paragraph",
         *                   "text": "Understand professional responsibilities and ethics",
         *                   "children": [
         *                     {
         *                       "type": "text",
         *                       "value": "Understand professional responsibilities and ethics"
         *                     }
         *                   ]
         *                 }
         *               ]
         *             },
         *             {
         *               "text": "Gain exposure to healthcare technology and systems",
         *               "checked": null,
         *               "spread": false,
         *               "children": [
         *                 {
         *                   "type": "paragraph",
         *                   "text": "Gain exposure to healthcare technology and systems",
         *                   "children": [
         *                     {
         *                       "type": "text",
         *                       "value": "Gain exposure to healthcare technology and systems"
         *                     }
         *                   ]
         *                 }
         *               ]
         *             }
         *           ]
         *         },
         *         {
         *           "type": "paragraph",
         *           "text": "This practical experience significantly improves job readiness.",
         *           "children": [
         *             {
         *               "type": "text",
         *               "value": "This practical experience significantly improves job readiness."
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        SectionReplacement: {
            key?: components["schemas"]["SectionKey"];
            /**
             * @description Section heading.
             * @example Why Training Alone Is No Longer Enough
             */
            heading: string;
            /** @description At most 1,000 blocks; a server may set fewer (AUTHORING_MAX_BLOCKS). */
            blocks: components["schemas"]["BlockInput"][];
        };
        /**
         * SectionPatch
         * @description Move, retitle or re-key a section. A new heading keeps the key unless a new key is given.
         * @example {
         *       "position": 0
         *     }
         */
        SectionPatch: {
            /**
             * Format: int32
             * @description Move it here (0 = first); the others close up.
             * @example 0
             */
            position?: number;
            /**
             * @description Section heading.
             * @example Why Training Alone Is No Longer Enough
             */
            heading?: string;
            key?: components["schemas"]["SectionKey"];
        };
        /**
         * AdminSectionEnvelope
         * @example {
         *       "data": {
         *         "key": "why-training-alone-is-no-longer-enough",
         *         "position": 0,
         *         "heading": "Why Training Alone Is No Longer Enough",
         *         "blocks": [
         *           {
         *             "type": "paragraph",
         *             "text": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "Healthcare education provides essential theoretical foundations—medical terminology, patient care principles, compliance standards, and healthcare systems. However, without hands-on experience, many graduates struggle to apply this knowledge in real settings."
         *               }
         *             ]
         *           },
         *           {
         *             "type": "paragraph",
         *             "text": "Healthcare internships address this challenge by allowing students to:",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "Healthcare internships address this challenge by allowing students to:"
         *               }
         *             ]
         *           },
         *           {
         *             "type": "list",
         *             "style": "bullet",
         *             "start": null,
         *             "spread": false,
         *             "items": [
         *               {
         *                 "text": "Work in live healthcare environments",
         *                 "checked": null,
         *                 "spread": false,
         *                 "children": [
         *                   {
         *                     "type": "paragraph",
         *                     "text": "Work in live healthcare environments",
         *                     "children": [
         *                       {
         *                         "type": "text",
         *                         "value": "Work in live healthcare environments"
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "text": "Observe real patient care and operational workflows",
         *                 "checked": null,
         *                 "spread": false,
         *                 "children": [
         *                   {
         *                     "type": "paragraph",
         *                     "text": "Observe real patient care and operational workflows",
         *                     "children": [
         *                       {
         *                         "type": "text",
         *                         "value": "Observe real patient care and operational workflows"
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "text": "Understand professional responsibilities and ethics",
         *                 "checked": null,
         *                 "spread": false,
         *                 "children": [
         *                   {
         *                     "type": "paragraph",
         *                     "text": "Understand professional responsibilities and ethics",
         *                     "children": [
         *                       {
         *                         "type": "text",
         *                         "value": "Understand professional responsibilities and ethics"
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               },
         *               {
         *                 "text": "Gain exposure to healthcare technology and systems",
         *                 "checked": null,
         *                 "spread": false,
         *                 "children": [
         *                   {
         *                     "type": "paragraph",
         *                     "text": "Gain exposure to healthcare technology and systems",
         *                     "children": [
         *                       {
         *                         "type": "text",
         *                         "value": "Gain exposure to healthcare technology and systems"
         *                       }
         *                     ]
         *                   }
         *                 ]
         *               }
         *             ]
         *           },
         *           {
         *             "type": "paragraph",
         *             "text": "This practical experience significantly improves job readiness.",
         *             "children": [
         *               {
         *                 "type": "text",
         *                 "value": "This practical experience significantly improves job readiness."
         *               }
         *             ]
         *           }
         *         ]
         *       }
         *     }
         */
        AdminSectionEnvelope: {
            data: components["schemas"]["Section"];
        };
        /**
         * Revision
         * @description One write to an article.
         */
        Revision: {
            /**
             * Format: int32
             * @description Bumped by every write; revisions are numbered by it.
             * @example 3
             */
            version: number;
            created_at: components["schemas"]["Timestamp"];
            /**
             * @description Name of the admin key (or seed, cli) that made the change.
             * @example ops-laptop
             */
            created_by: string;
            /**
             * @description What changed.
             * @example title; edited section conclusion
             */
            summary: string;
        };
        /**
         * RevisionList
         * @description Revisions, newest first.
         * @example {
         *       "data": [
         *         {
         *           "version": 2,
         *           "created_at": "2026-11-21T08:00:00.000Z",
         *           "created_by": "ops-laptop",
         *           "summary": "title"
         *         },
         *         {
         *           "version": 1,
         *           "created_at": "2026-11-20T10:15:00.000Z",
         *           "created_by": "seed",
         *           "summary": "created (published, 9 sections)"
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 20,
         *           "pages": 1,
         *           "total": 2,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        RevisionList: {
            data: components["schemas"]["Revision"][];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * RevisionEnvelope
         * @example {
         *       "data": {
         *         "version": 2,
         *         "created_at": "2026-11-21T08:00:00.000Z",
         *         "created_by": "ops-laptop",
         *         "summary": "title; tags",
         *         "article": {
         *           "slug": "finding-a-healthcare-internship",
         *           "title": "Finding a Healthcare Internship",
         *           "excerpt": "Most placements are found through people, not job boards.",
         *           "status": "draft",
         *           "intro": [
         *             {
         *               "type": "paragraph",
         *               "text": "Most placements are found through people, not job boards."
         *             }
         *           ],
         *           "sections": [
         *             {
         *               "key": "where-to-look",
         *               "heading": "Where to Look",
         *               "blocks": [
         *                 {
         *                   "type": "paragraph",
         *                   "text": "Start with the organizations your college already works with."
         *                 }
         *               ]
         *             }
         *           ],
         *           "author": null,
         *           "tags": [
         *             {
         *               "slug": "careers",
         *               "name": "Careers"
         *             }
         *           ],
         *           "language": "en",
         *           "canonical_url": null,
         *           "meta_title": null,
         *           "meta_description": null,
         *           "cover_image": null
         *         }
         *       }
         *     }
         */
        RevisionEnvelope: {
            data: {
                /**
                 * Format: int32
                 * @description Bumped by every write; revisions are numbered by it.
                 * @example 3
                 */
                version: number;
                created_at: components["schemas"]["Timestamp"];
                /**
                 * @description Name of the admin key (or seed, cli) that made the change.
                 * @example ops-laptop
                 */
                created_by: string;
                /**
                 * @description What changed.
                 * @example title; edited section conclusion
                 */
                summary: string;
                article: components["schemas"]["ArticleInput"];
            };
        };
        /**
         * SearchHit
         * @description A published article that matches, by the part that matches best.
         * @example {
         *       "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *       "title": "From Training to Employment: The Power of Healthcare Internships",
         *       "section_key": "building-job-ready-skills-through-hands-on-experience",
         *       "heading": "Building Job-Ready Skills Through Hands-On Experience",
         *       "snippet": "…Patient coordination and care support <mark>Medical</mark> documentation and health records management <mark>Medical</mark> <mark>coding</mark> and billing processes Hospital administration and front-desk operations Quality assurance…",
         *       "url": "/v1/articles/from-training-to-employment-the-power-of-healthcare-internships/sections/building-job-ready-skills-through-hands-on-experience",
         *       "score": 2.29572
         *     }
         */
        SearchHit: {
            slug: components["schemas"]["Slug"];
            /**
             * @description The article title (plain text).
             * @example From Training to Employment: The Power of Healthcare Internships
             */
            title: string;
            /**
             * @description The section that matches best, or null when the title or the intro does.
             * @example building-job-ready-skills-through-hands-on-experience
             */
            section_key: components["schemas"]["SectionKey"] | null;
            /**
             * @description That section's heading (plain text), or null.
             * @example Building Job-Ready Skills Through Hands-On Experience
             */
            heading: string | null;
            /**
             * @description About two dozen words around the matches in that part, as HTML: the text escaped (`<` is `&lt;`, …) and each match between SEARCH_MARK_OPEN and SEARCH_MARK_CLOSE (`<mark>`, `</mark>` by default); `…` where text was cut. Blocks are separated by spaces. When only the title or a heading matches, the snippet is that, marked.
             * @example …Patient coordination and care support <mark>Medical</mark> documentation and health records management <mark>Medical</mark> <mark>coding</mark> and billing processes Hospital administration and front-desk operations Quality assurance…
             */
            snippet: string;
            /**
             * Format: uri-reference
             * @description Where the match is: the section (`/v1/articles/{slug}/sections/{key}`), or the article when `section_key` is null.
             * @example /v1/articles/from-training-to-employment-the-power-of-healthcare-internships/sections/building-job-ready-skills-through-hands-on-experience
             */
            url: string;
            /**
             * @description Relevance of the best part (bm25 on SQLite, ts_rank on PostgreSQL: more matches and shorter parts score higher, on SQLite also rarer words; a match in the title counts ten times, in a heading five times one in the text). Higher is better; comparable only within one query.
             * @example 2.29572
             */
            score: number;
        };
        /**
         * SearchResults
         * @description A page of matching articles, best first.
         * @example {
         *       "data": [
         *         {
         *           "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "title": "From Training to Employment: The Power of Healthcare Internships",
         *           "section_key": "building-job-ready-skills-through-hands-on-experience",
         *           "heading": "Building Job-Ready Skills Through Hands-On Experience",
         *           "snippet": "…Patient coordination and care support <mark>Medical</mark> documentation and health records management <mark>Medical</mark> <mark>coding</mark> and billing processes Hospital administration and front-desk operations Quality assurance…",
         *           "url": "/v1/articles/from-training-to-employment-the-power-of-healthcare-internships/sections/building-job-ready-skills-through-hands-on-experience",
         *           "score": 2.29572
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 10,
         *           "pages": 1,
         *           "total": 1,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        SearchResults: {
            data: components["schemas"]["SearchHit"][];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * Health
         * @example {
         *       "status": "ok",
         *       "uptime_seconds": 86400
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
            /**
             * Format: int64
             * @description Seconds since the process started.
             * @example 42
             */
            uptime_seconds: number;
        };
        /**
         * Ready
         * @example {
         *       "status": "ok",
         *       "checks": {
         *         "database": "ok"
         *       }
         *     }
         */
        Ready: {
            /** @enum {string} */
            status: "ok";
            checks: {
                /** @enum {string} */
                database: "ok";
            };
        };
        /**
         * Whoami
         * @example {
         *       "data": {
         *         "name": "ops-laptop"
         *       }
         *     }
         */
        Whoami: {
            data: {
                /**
                 * @description Name of the key that authenticated the request; ADMIN_API_KEY for the key from the environment.
                 * @example ops-laptop
                 */
                name: string;
            };
        };
        /**
         * ReviewStatus
         * @description pending: awaiting moderation (invisible to the public); approved: public; spam and trash: hidden.
         * @example approved
         * @enum {string}
         */
        ReviewStatus: "pending" | "approved" | "spam" | "trash";
        /**
         * Review
         * @description A reader review, as the public sees it (schema.org Review: author, reviewRating, reviewBody).
         * @example {
         *       "id": 42,
         *       "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *       "author_name": "Ayesha K.",
         *       "rating": 5,
         *       "title": "Exactly what our HIM graduates needed",
         *       "body": "The section on medical coding and billing matched what our interns did in their first month.",
         *       "status": "approved",
         *       "created_at": "2026-11-20T10:15:00.000Z"
         *     }
         */
        Review: {
            /**
             * Format: int32
             * @description Review id.
             * @example 42
             */
            id: number;
            article_slug: components["schemas"]["Slug"];
            /**
             * @description Name shown with the review.
             * @example Ayesha K.
             */
            author_name: string;
            /**
             * Format: int32
             * @description Stars, 1 (worst) to 5 (best).
             * @example 5
             */
            rating: number;
            /**
             * @description Optional headline.
             * @example Exactly what our HIM graduates needed
             */
            title: string | null;
            /**
             * @description Review text, plain (never interpreted as markup).
             * @example The section on medical coding and billing matched what our interns did in their first month.
             */
            body: string;
            status: components["schemas"]["ReviewStatus"];
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * AdminReview
         * @description A review with the fields only moderators see.
         * @example {
         *       "id": 64,
         *       "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *       "author_name": "Jon P.",
         *       "rating": 4,
         *       "title": "Good primer for nursing students",
         *       "body": "I shared the section on building job-ready skills with our second-year cohort before their placements.",
         *       "status": "pending",
         *       "created_at": "2026-11-24T08:02:00.000Z",
         *       "email": "jon.p@example.org",
         *       "updated_at": "2026-11-24T08:02:00.000Z"
         *     }
         */
        AdminReview: {
            /**
             * Format: int32
             * @description Review id.
             * @example 42
             */
            id: number;
            article_slug: components["schemas"]["Slug"];
            /**
             * @description Name shown with the review.
             * @example Ayesha K.
             */
            author_name: string;
            /**
             * Format: int32
             * @description Stars, 1 (worst) to 5 (best).
             * @example 5
             */
            rating: number;
            /**
             * @description Optional headline.
             * @example Exactly what our HIM graduates needed
             */
            title: string | null;
            /**
             * @description Review text, plain (never interpreted as markup).
             * @example The section on medical coding and billing matched what our interns did in their first month.
             */
            body: string;
            status: components["schemas"]["ReviewStatus"];
            created_at: components["schemas"]["Timestamp"];
            /**
             * @description Reviewer email, if given. Never shown publicly.
             * @example ayesha@example.org
             */
            email: string | null;
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * CreateReview
         * @description A new review. Text is trimmed and stripped of control characters before it is checked and stored.
         * @example {
         *       "author_name": "Ayesha K.",
         *       "email": "ayesha@example.org",
         *       "rating": 5,
         *       "title": "Exactly what our HIM graduates needed",
         *       "body": "The section on medical coding and billing matched what our interns did in their first month."
         *     }
         */
        CreateReview: {
            /**
             * @description Name shown with the review (1–80 characters).
             * @example Ayesha K.
             */
            author_name: string;
            /**
             * Format: email
             * @description Optional; stored for the site owner, never shown publicly.
             * @example ayesha@example.org
             */
            email?: string;
            /**
             * Format: int32
             * @description Stars, 1 to 5.
             * @example 5
             */
            rating: number;
            /**
             * @description Optional headline (at most 120 characters).
             * @example Exactly what our HIM graduates needed
             */
            title?: string;
            /**
             * @description Review text (1–5000 characters), plain text.
             * @example The section on medical coding and billing matched what our interns did in their first month.
             */
            body: string;
            /**
             * @description Leave empty. (A trap for bots: filled-in submissions are discarded as spam.)
             * @example
             */
            website?: string;
        };
        /**
         * ReviewEnvelope
         * @example {
         *       "data": {
         *         "id": 42,
         *         "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *         "author_name": "Ayesha K.",
         *         "rating": 5,
         *         "title": "Exactly what our HIM graduates needed",
         *         "body": "The section on medical coding and billing matched what our interns did in their first month.",
         *         "status": "pending",
         *         "created_at": "2026-11-20T10:15:00.000Z"
         *       }
         *     }
         */
        ReviewEnvelope: {
            data: components["schemas"]["Review"];
        };
        /**
         * ReviewList
         * @example {
         *       "data": [
         *         {
         *           "id": 61,
         *           "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "author_name": "Maria L.",
         *           "rating": 3,
         *           "title": null,
         *           "body": "A useful overview. I would have liked more on finding placements outside Pakistan’s healthcare sector.",
         *           "status": "approved",
         *           "created_at": "2026-11-23T18:40:00.000Z"
         *         },
         *         {
         *           "id": 57,
         *           "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "author_name": "Dr. Imran S.",
         *           "rating": 5,
         *           "title": "Soft skills, finally taken seriously",
         *           "body": "Glad to see empathy and communication treated as skills interns build, not traits they either have or lack.",
         *           "status": "approved",
         *           "created_at": "2026-11-21T07:05:00.000Z"
         *         },
         *         {
         *           "id": 42,
         *           "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "author_name": "Ayesha K.",
         *           "rating": 5,
         *           "title": "Exactly what our HIM graduates needed",
         *           "body": "The section on medical coding and billing matched what our interns did in their first month.",
         *           "status": "approved",
         *           "created_at": "2026-11-20T10:15:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 20,
         *           "pages": 1,
         *           "total": 3,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        ReviewList: {
            data: components["schemas"]["Review"][];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * ReviewSummary
         * @description Rating summary over approved reviews. Maps to schema.org AggregateRating: count → reviewCount, average → ratingValue, bestRating 5, worstRating 1.
         * @example {
         *       "count": 3,
         *       "average": 4.33,
         *       "distribution": {
         *         "1": 0,
         *         "2": 0,
         *         "3": 1,
         *         "4": 0,
         *         "5": 2
         *       }
         *     }
         */
        ReviewSummary: {
            /**
             * Format: int32
             * @description Approved reviews (schema.org AggregateRating.reviewCount).
             * @example 0
             */
            count: number;
            /**
             * @description Mean rating of approved reviews rounded to 2 decimals (AggregateRating.ratingValue, on a scale of worstRating 1 to bestRating 5); null when there are none.
             * @example null
             */
            average: number | null;
            /** @description Approved reviews per star rating. */
            distribution: {
                /**
                 * Format: int32
                 * @description Approved 1-star reviews.
                 * @example 0
                 */
                1: number;
                /**
                 * Format: int32
                 * @description Approved 2-star reviews.
                 * @example 0
                 */
                2: number;
                /**
                 * Format: int32
                 * @description Approved 3-star reviews.
                 * @example 0
                 */
                3: number;
                /**
                 * Format: int32
                 * @description Approved 4-star reviews.
                 * @example 0
                 */
                4: number;
                /**
                 * Format: int32
                 * @description Approved 5-star reviews.
                 * @example 0
                 */
                5: number;
            };
        };
        /**
         * ReviewSummaryEnvelope
         * @example {
         *       "data": {
         *         "count": 3,
         *         "average": 4.33,
         *         "distribution": {
         *           "1": 0,
         *           "2": 0,
         *           "3": 1,
         *           "4": 0,
         *           "5": 2
         *         }
         *       }
         *     }
         */
        ReviewSummaryEnvelope: {
            data: components["schemas"]["ReviewSummary"];
        };
        /**
         * AdminReviewList
         * @example {
         *       "data": [
         *         {
         *           "id": 64,
         *           "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "author_name": "Jon P.",
         *           "rating": 4,
         *           "title": "Good primer for nursing students",
         *           "body": "I shared the section on building job-ready skills with our second-year cohort before their placements.",
         *           "status": "pending",
         *           "created_at": "2026-11-24T08:02:00.000Z",
         *           "email": "jon.p@example.org",
         *           "updated_at": "2026-11-24T08:02:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 20,
         *           "pages": 1,
         *           "total": 1,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        AdminReviewList: {
            data: components["schemas"]["AdminReview"][];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * AdminReviewEnvelope
         * @example {
         *       "data": {
         *         "id": 64,
         *         "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *         "author_name": "Jon P.",
         *         "rating": 4,
         *         "title": "Good primer for nursing students",
         *         "body": "I shared the section on building job-ready skills with our second-year cohort before their placements.",
         *         "status": "approved",
         *         "created_at": "2026-11-24T08:02:00.000Z",
         *         "email": "jon.p@example.org",
         *         "updated_at": "2026-11-24T09:30:00.000Z"
         *       }
         *     }
         */
        AdminReviewEnvelope: {
            data: components["schemas"]["AdminReview"];
        };
        /**
         * UpdateReview
         * @description A moderation decision.
         * @example {
         *       "status": "approved"
         *     }
         */
        UpdateReview: {
            status: components["schemas"]["ReviewStatus"];
        };
        /**
         * ContactMessageStatus
         * @description Inbox state: new (unread), read, archived, or spam (the honeypot was filled, or marked so by an admin).
         * @enum {string}
         */
        ContactMessageStatus: "new" | "read" | "archived" | "spam";
        /**
         * ContactMessageId
         * Format: uuid
         * @description Contact message identifier (a UUID).
         * @example 0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42
         */
        ContactMessageId: string;
        /**
         * CreateContactMessage
         * @description A contact form submission, as JSON or as an HTML form post. Unknown fields are ignored.
         * @example {
         *       "name": "Ada Lovelace",
         *       "email": "ada@example.org",
         *       "subject": "Radiology internships",
         *       "message": "Hello! Do you offer internships in radiology for recent graduates?",
         *       "article_slug": "from-training-to-employment-the-power-of-healthcare-internships"
         *     }
         */
        CreateContactMessage: {
            /**
             * @description Sender name. Optional; empty means none. Line breaks and runs of spaces become one space.
             * @example Ada Lovelace
             */
            name?: string;
            /**
             * Format: email
             * @description Where to reply. Required. Surrounding whitespace is ignored.
             * @example ada@example.org
             */
            email: string;
            /**
             * @description The message, 1–5000 characters. Required. Surrounding whitespace is ignored.
             * @example Hello! Do you offer internships in radiology for recent graduates?
             */
            message: string;
            /**
             * @description Subject line. Optional; empty means none.
             * @example Radiology internships
             */
            subject?: string;
            /**
             * @description Slug of the published article the form was on. Optional; empty means none; an unknown slug is a 400.
             * @example from-training-to-employment-the-power-of-healthcare-internships
             */
            article_slug?: string;
            /**
             * @description Honeypot: leave empty. Render it hidden from people (e.g. off-screen, `tabindex="-1"`, `autocomplete="off"`); a submission that fills it is answered like any other but stored as spam and announces nothing.
             * @example
             */
            _gotcha?: string;
            /**
             * @description Form posts (application/x-www-form-urlencoded) only: answer 303 See Other to this URL instead of 202. Must be on an origin listed in CONTACT_REDIRECT_ORIGINS, else 400. Validated but not used for JSON requests.
             * @example https://www.example.org/contact/thanks
             */
            redirect?: string;
        };
        /**
         * ContactReceipt
         * @description Acknowledgement: the message is safely stored.
         * @example {
         *       "data": {
         *         "id": "0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42",
         *         "status": "received",
         *         "received_at": "2025-03-04T10:15:30.000Z"
         *       }
         *     }
         */
        ContactReceipt: {
            data: {
                id: components["schemas"]["ContactMessageId"];
                /**
                 * @description The message is stored (committed) and will be read.
                 * @enum {string}
                 */
                status: "received";
                received_at: components["schemas"]["Timestamp"];
            };
        };
        /**
         * ContactMessage
         * @description A stored contact message.
         * @example {
         *       "id": "0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42",
         *       "name": "Ada Lovelace",
         *       "email": "ada@example.org",
         *       "subject": "Radiology internships",
         *       "message": "Hello! Do you offer internships in radiology for recent graduates?",
         *       "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *       "status": "new",
         *       "received_at": "2025-03-04T10:15:30.000Z",
         *       "updated_at": "2025-03-04T10:15:30.000Z"
         *     }
         */
        ContactMessage: {
            id: components["schemas"]["ContactMessageId"];
            /**
             * @description Sender name, or null.
             * @example Ada Lovelace
             */
            name: string | null;
            /**
             * Format: email
             * @description Sender email.
             * @example ada@example.org
             */
            email: string;
            /**
             * @description Subject, or null.
             * @example Radiology internships
             */
            subject: string | null;
            /**
             * @description The message.
             * @example Hello! Do you offer internships in radiology for recent graduates?
             */
            message: string;
            /** @description The article the form was on, or null (none given, or the article was deleted). */
            article_slug: components["schemas"]["Slug"] | null;
            status: components["schemas"]["ContactMessageStatus"];
            received_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * ContactMessageEnvelope
         * @example {
         *       "data": {
         *         "id": "0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42",
         *         "name": "Ada Lovelace",
         *         "email": "ada@example.org",
         *         "subject": "Radiology internships",
         *         "message": "Hello! Do you offer internships in radiology for recent graduates?",
         *         "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *         "status": "read",
         *         "received_at": "2025-03-04T10:15:30.000Z",
         *         "updated_at": "2025-03-05T08:00:00.000Z"
         *       }
         *     }
         */
        ContactMessageEnvelope: {
            data: components["schemas"]["ContactMessage"];
        };
        /**
         * ContactMessageList
         * @example {
         *       "data": [
         *         {
         *           "id": "0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42",
         *           "name": "Ada Lovelace",
         *           "email": "ada@example.org",
         *           "subject": "Radiology internships",
         *           "message": "Hello! Do you offer internships in radiology for recent graduates?",
         *           "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "status": "new",
         *           "received_at": "2025-03-04T10:15:30.000Z",
         *           "updated_at": "2025-03-04T10:15:30.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 20,
         *           "pages": 1,
         *           "total": 1,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        ContactMessageList: {
            data: components["schemas"]["ContactMessage"][];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * UpdateContactMessage
         * @description Triage: move a message to another state.
         * @example {
         *       "status": "read"
         *     }
         */
        UpdateContactMessage: {
            status: components["schemas"]["ContactMessageStatus"];
        };
        /**
         * WebhookEventType
         * @description article.published: an article was published (created published, or a draft published); article.updated: an article was created as a draft or changed without a change of status (drafts included: see data.status); article.unpublished: a published article went back to draft; article.deleted: an article was deleted; article.scheduled: a publication (publish_at) or return to draft (unpublish_at) was scheduled or rescheduled; the change itself is announced as article.published or article.unpublished when it happens; article.unscheduled: an article's schedule was cancelled; message.received: a contact message arrived (not sent for spam); review.created: a review was submitted; review.approved: a review was published; media.created: an image was uploaded (not for the same bytes uploaded again); media.deleted: an image was deleted.
         * @enum {string}
         */
        WebhookEventType: "article.published" | "article.updated" | "article.unpublished" | "article.deleted" | "article.scheduled" | "article.unscheduled" | "message.received" | "review.created" | "review.approved" | "media.created" | "media.deleted";
        /**
         * WebhookEventId
         * Format: uuid
         * @description Event identifier (a UUID), also sent as the Webhook-Id header: the same on every retry, so receivers can de-duplicate.
         * @example 7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d
         */
        WebhookEventId: string;
        /**
         * WebhookEvent
         * @description The JSON body POSTed to every URL in WEBHOOK_URLS. Verify the webhook-signature header before trusting it.
         * @example {
         *       "id": "7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d",
         *       "type": "message.received",
         *       "created_at": "2025-03-04T10:15:30.000Z",
         *       "data": {
         *         "id": "0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42",
         *         "name": "Ada Lovelace",
         *         "email": "ada@example.org",
         *         "subject": "Radiology internships",
         *         "message": "Hello! Do you offer internships in radiology for recent graduates?",
         *         "article_slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *         "status": "new",
         *         "received_at": "2025-03-04T10:15:30.000Z",
         *         "updated_at": "2025-03-04T10:15:30.000Z"
         *       }
         *     }
         */
        WebhookEvent: {
            id: components["schemas"]["WebhookEventId"];
            type: components["schemas"]["WebhookEventType"];
            created_at: components["schemas"]["Timestamp"];
            /** @description The subject of the event: for article.published, article.updated, article.unpublished and article.deleted, the ArticleChange; for article.scheduled, the ArticleChange with publish_at and unpublish_at (null: not scheduled); for article.unscheduled, the ArticleChange with publish_at and unpublish_at (both null); for message.received, the ContactMessage; for review.created and review.approved, the AdminReview (with the reviewer email); for media.created and media.deleted, the MediaItem. */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * WebhookDeliveryStatus
         * @description pending: not yet delivered (a retry is scheduled); succeeded: a 2xx was received; failed: every attempt failed.
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "succeeded" | "failed";
        /** WebhookDeliveryAttempt */
        WebhookDeliveryAttempt: {
            /**
             * Format: int32
             * @description Attempt number, from 1.
             * @example 1
             */
            attempt: number;
            started_at: components["schemas"]["Timestamp"];
            /**
             * Format: int32
             * @description Time until the response headers arrived, or until it failed.
             * @example 42
             */
            duration_ms: number;
            /**
             * @description HTTP status received, or null when no response arrived.
             * @example 503
             */
            status_code: number | null;
            /**
             * @description Why it failed, or null on success.
             * @example HTTP 503
             */
            error: string | null;
            /** @description true when the receiver answered 2xx. */
            succeeded: boolean;
        };
        /**
         * WebhookDelivery
         * @description One event sent to one URL, with every attempt made.
         * @example {
         *       "id": 12,
         *       "event_id": "7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d",
         *       "event_type": "message.received",
         *       "url": "https://hooks.example.org/content-api",
         *       "status": "succeeded",
         *       "attempt_count": 2,
         *       "next_attempt_at": null,
         *       "delivered_at": "2025-03-04T10:15:31.120Z",
         *       "last_status_code": 200,
         *       "last_error": null,
         *       "created_at": "2025-03-04T10:15:30.010Z",
         *       "updated_at": "2025-03-04T10:15:31.120Z",
         *       "attempts": [
         *         {
         *           "attempt": 1,
         *           "started_at": "2025-03-04T10:15:30.020Z",
         *           "duration_ms": 35,
         *           "status_code": 503,
         *           "error": "HTTP 503",
         *           "succeeded": false
         *         },
         *         {
         *           "attempt": 2,
         *           "started_at": "2025-03-04T10:15:31.080Z",
         *           "duration_ms": 40,
         *           "status_code": 200,
         *           "error": null,
         *           "succeeded": true
         *         }
         *       ]
         *     }
         */
        WebhookDelivery: {
            /**
             * Format: int32
             * @description Delivery identifier.
             * @example 12
             */
            id: number;
            event_id: components["schemas"]["WebhookEventId"];
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The receiving URL (one of WEBHOOK_URLS).
             * @example https://hooks.example.org/content-api
             */
            url: string;
            status: components["schemas"]["WebhookDeliveryStatus"];
            /**
             * Format: int32
             * @description Attempts made so far.
             * @example 3
             */
            attempt_count: number;
            /** @description When the next attempt is due (pending only), else null. */
            next_attempt_at: components["schemas"]["Timestamp"] | null;
            /** @description When a 2xx was received, else null. */
            delivered_at: components["schemas"]["Timestamp"] | null;
            /**
             * @description Status of the latest attempt, if it got a response.
             * @example 200
             */
            last_status_code: number | null;
            /**
             * @description Why the latest attempt failed, or null.
             * @example null
             */
            last_error: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /** @description Every attempt, oldest first. */
            attempts: components["schemas"]["WebhookDeliveryAttempt"][];
        };
        /**
         * WebhookDeliveryList
         * @example {
         *       "data": [
         *         {
         *           "id": 12,
         *           "event_id": "7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d",
         *           "event_type": "message.received",
         *           "url": "https://hooks.example.org/content-api",
         *           "status": "succeeded",
         *           "attempt_count": 2,
         *           "next_attempt_at": null,
         *           "delivered_at": "2025-03-04T10:15:31.120Z",
         *           "last_status_code": 200,
         *           "last_error": null,
         *           "created_at": "2025-03-04T10:15:30.010Z",
         *           "updated_at": "2025-03-04T10:15:31.120Z",
         *           "attempts": [
         *             {
         *               "attempt": 1,
         *               "started_at": "2025-03-04T10:15:30.020Z",
         *               "duration_ms": 35,
         *               "status_code": 503,
         *               "error": "HTTP 503",
         *               "succeeded": false
         *             },
         *             {
         *               "attempt": 2,
         *               "started_at": "2025-03-04T10:15:31.080Z",
         *               "duration_ms": 40,
         *               "status_code": 200,
         *               "error": null,
         *               "succeeded": true
         *             }
         *           ]
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 20,
         *           "pages": 1,
         *           "total": 1,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * DataSubjectRequest
         * @example {
         *       "email": "ada@example.org"
         *     }
         */
        DataSubjectRequest: {
            /**
             * Format: email
             * @description The person's email address (matched case-insensitively). Sent in the body so it never appears in URLs or access logs.
             * @example ada@example.org
             */
            email: string;
        };
        /**
         * DataSubjectExport
         * @description Everything stored about one email address.
         * @example {
         *       "data": {
         *         "email": "ada@example.org",
         *         "contact_messages": [
         *           {
         *             "id": "0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42",
         *             "name": "Ada Lovelace",
         *             "email": "ada@example.org",
         *             "subject": "Radiology internships",
         *             "message": "Hello! Do you offer internships in radiology for recent graduates?",
         *             "article_slug": null,
         *             "status": "read",
         *             "received_at": "2025-03-04T10:15:30.000Z",
         *             "updated_at": "2025-03-05T08:00:00.000Z"
         *           }
         *         ],
         *         "reviews": [],
         *         "webhook_events": []
         *       }
         *     }
         */
        DataSubjectExport: {
            data: {
                /**
                 * @description The email as requested.
                 * @example ada@example.org
                 */
                email: string;
                /** @description Contact messages sent from this email, oldest first. */
                contact_messages: components["schemas"]["ContactMessage"][];
                /** @description Reviews written with this email, oldest first. */
                reviews: components["schemas"]["AdminReview"][];
                /** @description Notifications whose payload carries this person's data (copies of the above). */
                webhook_events: components["schemas"]["WebhookEvent"][];
            };
        };
        /**
         * DataSubjectErasure
         * @description What was erased, per kind. Erasing again finds nothing: all counts 0.
         * @example {
         *       "data": {
         *         "email": "ada@example.org",
         *         "erased": {
         *           "contact_messages": 2,
         *           "reviews": 0,
         *           "webhook_events": 1,
         *           "webhook_deliveries": 1,
         *           "idempotency_records": 1
         *         }
         *       }
         *     }
         */
        DataSubjectErasure: {
            data: {
                /**
                 * @description The email as requested.
                 * @example ada@example.org
                 */
                email: string;
                erased: {
                    /**
                     * Format: int32
                     * @description Contact messages erased.
                     * @example 1
                     */
                    contact_messages: number;
                    /**
                     * Format: int32
                     * @description Reviews erased.
                     * @example 1
                     */
                    reviews: number;
                    /**
                     * Format: int32
                     * @description Notification events erased (their payloads carried this person's data).
                     * @example 1
                     */
                    webhook_events: number;
                    /**
                     * Format: int32
                     * @description Delivery records of those events erased.
                     * @example 1
                     */
                    webhook_deliveries: number;
                    /**
                     * Format: int32
                     * @description Stored responses to retried submissions erased.
                     * @example 1
                     */
                    idempotency_records: number;
                };
            };
        };
        /**
         * MediaId
         * @description A media item: 24 hex digits, the start of the SHA-256 of the uploaded bytes (the same bytes, the same id).
         * @example 3f9a1c07b2d84e5a9c6f0b1d
         */
        MediaId: string;
        /**
         * MediaType
         * @description Image type, decided from the bytes.
         * @enum {string}
         */
        MediaType: "image/jpeg" | "image/png" | "image/webp" | "image/avif" | "image/gif";
        /**
         * MediaItem
         * @description An uploaded image.
         * @example {
         *       "id": "3f9a1c07b2d84e5a9c6f0b1d",
         *       "url": "https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg",
         *       "name": "ward-round.jpg",
         *       "content_type": "image/jpeg",
         *       "bytes": 184233,
         *       "width": 1600,
         *       "height": 1067,
         *       "alt": "Interns on a ward round",
         *       "title": null,
         *       "sha256": "3f9a1c07b2d84e5a9c6f0b1d2e7a4c9b8d1f0e3a6c5b4d7e8f9a0b1c2d3e4f5a",
         *       "thumbhash": "1QcSHQRnh493V4dIh4eXh1h4kJUI",
         *       "srcset": "https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=320 320w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=640 640w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=960 960w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=1280 1280w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg 1600w",
         *       "created_at": "2026-03-02T10:15:00.000Z",
         *       "updated_at": "2026-03-02T10:15:00.000Z"
         *     }
         */
        MediaItem: {
            id: components["schemas"]["MediaId"];
            /**
             * Format: uri
             * @description The original, absolute (under PUBLIC_BASE_URL): `/media/{id}/{name}`. Add `?w=` and/or `?format=` for a variant.
             */
            url: string;
            /** @description File name in its URL: the uploaded name made URL-safe, with the extension of its type. */
            name: string;
            content_type: components["schemas"]["MediaType"];
            /**
             * Format: int32
             * @description Size of the stored original (metadata removed).
             */
            bytes: number;
            /**
             * Format: int32
             * @description Width in pixels (orientation applied).
             */
            width: number;
            /**
             * Format: int32
             * @description Height in pixels (orientation applied).
             */
            height: number;
            /** @description Text alternative: used by articles whose image gives none. Required before an article using the image is published. */
            alt: string;
            /** @description Title (tooltip), or null. */
            title: string | null;
            /** @description Hex SHA-256 of the uploaded file: uploading the same bytes again answers with this item. */
            sha256: string;
            /** @description ThumbHash placeholder (base64, about 25 bytes): decode it into a blurred preview to paint before the image arrives (https://evanw.github.io/thumbhash/). */
            thumbhash: string;
            /** @description `srcset` of the image: a variant per fixed width below its own (320, 640, 960, 1280, 1920), then the original. */
            srcset: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * MediaItemEnvelope
         * @example {
         *       "data": {
         *         "id": "3f9a1c07b2d84e5a9c6f0b1d",
         *         "url": "https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg",
         *         "name": "ward-round.jpg",
         *         "content_type": "image/jpeg",
         *         "bytes": 184233,
         *         "width": 1600,
         *         "height": 1067,
         *         "alt": "Interns on a ward round",
         *         "title": null,
         *         "sha256": "3f9a1c07b2d84e5a9c6f0b1d2e7a4c9b8d1f0e3a6c5b4d7e8f9a0b1c2d3e4f5a",
         *         "thumbhash": "1QcSHQRnh493V4dIh4eXh1h4kJUI",
         *         "srcset": "https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=320 320w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=640 640w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=960 960w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=1280 1280w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg 1600w",
         *         "created_at": "2026-03-02T10:15:00.000Z",
         *         "updated_at": "2026-03-02T10:15:00.000Z"
         *       }
         *     }
         */
        MediaItemEnvelope: {
            data: components["schemas"]["MediaItem"];
        };
        /**
         * MediaDetail
         * @example {
         *       "data": {
         *         "id": "3f9a1c07b2d84e5a9c6f0b1d",
         *         "url": "https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg",
         *         "name": "ward-round.jpg",
         *         "content_type": "image/jpeg",
         *         "bytes": 184233,
         *         "width": 1600,
         *         "height": 1067,
         *         "alt": "Interns on a ward round",
         *         "title": null,
         *         "sha256": "3f9a1c07b2d84e5a9c6f0b1d2e7a4c9b8d1f0e3a6c5b4d7e8f9a0b1c2d3e4f5a",
         *         "thumbhash": "1QcSHQRnh493V4dIh4eXh1h4kJUI",
         *         "srcset": "https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=320 320w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=640 640w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=960 960w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=1280 1280w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg 1600w",
         *         "created_at": "2026-03-02T10:15:00.000Z",
         *         "updated_at": "2026-03-02T10:15:00.000Z",
         *         "articles": [
         *           {
         *             "slug": "healthcare-internships",
         *             "title": "Healthcare Internships",
         *             "status": "published"
         *           }
         *         ],
         *         "variants": []
         *       }
         *     }
         */
        MediaDetail: {
            data: {
                id: components["schemas"]["MediaId"];
                /**
                 * Format: uri
                 * @description The original, absolute (under PUBLIC_BASE_URL): `/media/{id}/{name}`. Add `?w=` and/or `?format=` for a variant.
                 */
                url: string;
                /** @description File name in its URL: the uploaded name made URL-safe, with the extension of its type. */
                name: string;
                content_type: components["schemas"]["MediaType"];
                /**
                 * Format: int32
                 * @description Size of the stored original (metadata removed).
                 */
                bytes: number;
                /**
                 * Format: int32
                 * @description Width in pixels (orientation applied).
                 */
                width: number;
                /**
                 * Format: int32
                 * @description Height in pixels (orientation applied).
                 */
                height: number;
                /** @description Text alternative: used by articles whose image gives none. Required before an article using the image is published. */
                alt: string;
                /** @description Title (tooltip), or null. */
                title: string | null;
                /** @description Hex SHA-256 of the uploaded file: uploading the same bytes again answers with this item. */
                sha256: string;
                /** @description ThumbHash placeholder (base64, about 25 bytes): decode it into a blurred preview to paint before the image arrives (https://evanw.github.io/thumbhash/). */
                thumbhash: string;
                /** @description `srcset` of the image: a variant per fixed width below its own (320, 640, 960, 1280, 1920), then the original. */
                srcset: string;
                created_at: components["schemas"]["Timestamp"];
                updated_at: components["schemas"]["Timestamp"];
                /** @description Articles using it (cover, image blocks, inline images); while any does, it cannot be deleted. */
                articles: {
                    slug: string;
                    title: string;
                    /** @description draft or published */
                    status: string;
                }[];
                /** @description Variants made so far (each on its first request). */
                variants: {
                    /**
                     * Format: int32
                     * @description Width asked for (`w`); 0: the original's own width.
                     */
                    width: number;
                    /** @enum {string} */
                    format: "webp" | "avif" | "jpeg" | "png";
                    content_type: string;
                    /**
                     * Format: int32
                     * @description Size.
                     */
                    bytes: number;
                    /** Format: uri */
                    url: string;
                    created_at: components["schemas"]["Timestamp"];
                }[];
            };
        };
        /**
         * MediaList
         * @example {
         *       "data": [
         *         {
         *           "id": "3f9a1c07b2d84e5a9c6f0b1d",
         *           "url": "https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg",
         *           "name": "ward-round.jpg",
         *           "content_type": "image/jpeg",
         *           "bytes": 184233,
         *           "width": 1600,
         *           "height": 1067,
         *           "alt": "Interns on a ward round",
         *           "title": null,
         *           "sha256": "3f9a1c07b2d84e5a9c6f0b1d2e7a4c9b8d1f0e3a6c5b4d7e8f9a0b1c2d3e4f5a",
         *           "thumbhash": "1QcSHQRnh493V4dIh4eXh1h4kJUI",
         *           "srcset": "https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=320 320w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=640 640w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=960 960w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg?w=1280 1280w, https://api.example.org/media/3f9a1c07b2d84e5a9c6f0b1d/ward-round.jpg 1600w",
         *           "created_at": "2026-03-02T10:15:00.000Z",
         *           "updated_at": "2026-03-02T10:15:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "pagination": {
         *           "page": 1,
         *           "limit": 20,
         *           "pages": 1,
         *           "total": 1,
         *           "next": null,
         *           "prev": null
         *         }
         *       }
         *     }
         */
        MediaList: {
            data: components["schemas"]["MediaItem"][];
            meta: {
                pagination: components["schemas"]["Pagination"];
            };
        };
        /**
         * UploadMedia
         * @example {
         *       "file": "ward-round.jpg",
         *       "alt": "Interns on a ward round"
         *     }
         */
        UploadMedia: {
            /**
             * Format: binary
             * @description The image: JPEG, PNG, WebP, AVIF or GIF (decided from its bytes). At most MEDIA_MAX_BYTES (10 MB by default).
             */
            file: string;
            /** @description Text alternative. */
            alt?: string;
            /** @description Title. */
            title?: string;
        };
        /**
         * UpdateMedia
         * @example {
         *       "alt": "Two interns reading a chart on a ward round"
         *     }
         */
        UpdateMedia: {
            /** @description Text alternative. */
            alt?: string;
            /** @description Title, or null. */
            title?: string | null;
        };
        /**
         * MediaPurgeResult
         * @example {
         *       "data": {
         *         "variants": 12,
         *         "bytes": 482113
         *       }
         *     }
         */
        MediaPurgeResult: {
            data: {
                /**
                 * Format: int32
                 * @description Variants deleted.
                 */
                variants: number;
                /**
                 * Format: int64
                 * @description Bytes freed.
                 */
                bytes: number;
            };
        };
        /**
         * ScheduleRequest
         * @description What to schedule. A field left out stays as it is; null clears it.
         * @example {
         *       "publish_at": "2027-03-01T09:00:00Z"
         *     }
         * @example {
         *       "publish_at": "2027-03-01T09:00:00Z",
         *       "unpublish_at": "2027-04-01T09:00:00Z"
         *     }
         * @example {
         *       "unpublish_at": null
         *     }
         */
        ScheduleRequest: {
            /**
             * Format: date-time
             * @description When to publish this draft (in the future; stored in UTC); null cancels it. Only for a draft.
             * @example 2027-03-01T09:00:00Z
             */
            publish_at?: string | null;
            /**
             * Format: date-time
             * @description When to take the article back to draft (in the future, after publish_at); null cancels it. A draft needs a publish_at with it.
             * @example 2027-04-01T09:00:00Z
             */
            unpublish_at?: string | null;
        };
        /**
         * PreviewLink
         * @description A preview link, without its token (only the answer that made it shows the token).
         */
        PreviewLink: {
            /**
             * Format: int32
             * @description The link's id: what revoking it takes.
             * @example 1
             */
            id: number;
            created_at: components["schemas"]["Timestamp"];
            /**
             * @description Name of the admin key that made the link.
             * @example ops-laptop
             */
            created_by: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        /**
         * NewPreviewLink
         * @description A new preview link, with its URL and token.
         */
        NewPreviewLink: {
            /**
             * Format: int32
             * @description The link's id: what revoking it takes.
             * @example 1
             */
            id: number;
            /**
             * Format: uri
             * @description The preview: the article as it is now, at GET {url} (and {url}/sections, {url}/sections/{key}). Absolute, under PUBLIC_BASE_URL.
             * @example https://api.example.org/v1/preview/q3Xw9c1mVb0Zr8yTtK2nL5dHf7sJ4gPa6eUo1iQkR0M
             */
            url: string;
            /**
             * @description The token in the URL: 32 random bytes, base64url. Shown only here; the service stores its SHA-256.
             * @example q3Xw9c1mVb0Zr8yTtK2nL5dHf7sJ4gPa6eUo1iQkR0M
             */
            token: string;
            expires_at: components["schemas"]["Timestamp"];
            created_at: components["schemas"]["Timestamp"];
            /**
             * @description Name of the admin key that made the link.
             * @example ops-laptop
             */
            created_by: string;
        };
        /**
         * PreviewLinkCreated
         * @example {
         *       "data": {
         *         "id": 1,
         *         "url": "https://api.example.org/v1/preview/q3Xw9c1mVb0Zr8yTtK2nL5dHf7sJ4gPa6eUo1iQkR0M",
         *         "token": "q3Xw9c1mVb0Zr8yTtK2nL5dHf7sJ4gPa6eUo1iQkR0M",
         *         "expires_at": "2026-12-06T15:00:00.000Z",
         *         "created_at": "2026-11-29T15:00:00.000Z",
         *         "created_by": "ops-laptop"
         *       }
         *     }
         */
        PreviewLinkCreated: {
            data: components["schemas"]["NewPreviewLink"];
        };
        /**
         * PreviewLinkList
         * @example {
         *       "data": [
         *         {
         *           "id": 1,
         *           "created_at": "2026-11-29T15:00:00.000Z",
         *           "created_by": "ops-laptop",
         *           "expires_at": "2026-12-06T15:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        PreviewLinkList: {
            /** @description The links that have not expired, newest first. */
            data: components["schemas"]["PreviewLink"][];
        };
        /**
         * PreviewLinkEnvelope
         * @example {
         *       "data": {
         *         "id": 1,
         *         "created_at": "2026-11-29T15:00:00.000Z",
         *         "created_by": "ops-laptop",
         *         "expires_at": "2026-12-06T15:00:00.000Z"
         *       }
         *     }
         */
        PreviewLinkEnvelope: {
            data: components["schemas"]["PreviewLink"];
        };
        /**
         * CreatePreviewLink
         * @example {
         *       "expires_in_seconds": 86400
         *     }
         */
        CreatePreviewLink: {
            /**
             * Format: int32
             * @description How long the link works, in seconds: 60 to 7776000 (90 days). Default PREVIEW_LINK_TTL_SECONDS (7 days).
             * @example 86400
             */
            expires_in_seconds?: number;
        };
        /**
         * SyncedArticle
         * @description The article as `GET /v1/articles/{slug}` serves it in `data`, without `reviews` (review stats change without the article changing: read them from the article or list routes); trimmed to `fields` when given, `slug` always included.
         */
        SyncedArticle: {
            slug: components["schemas"]["Slug"];
            /**
             * @description Article title.
             * @example From Training to Employment: The Power of Healthcare Internships
             */
            title?: string;
            /**
             * @description Short summary for listings: the start of the intro unless set by the author.
             * @example The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…
             */
            excerpt?: string;
            /**
             * @description Blocks before the first heading.
             * @example [
             *       {
             *         "type": "paragraph",
             *         "text": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment.",
             *         "children": [
             *           {
             *             "type": "text",
             *             "value": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing in real-world clinical and administrative environments. This growing expectation has made healthcare internships a critical bridge between training and employment."
             *           }
             *         ]
             *       },
             *       {
             *         "type": "paragraph",
             *         "text": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers.",
             *         "children": [
             *           {
             *             "type": "text",
             *             "value": "Healthcare internships transform classroom learning into practical experience, preparing students for smooth entry into the workforce. From clinical exposure to administrative operations, internships play a decisive role in shaping successful healthcare careers."
             *           }
             *         ]
             *       }
             *     ]
             */
            intro?: components["schemas"]["Block"][];
            /** @description At most 200 sections; a server may set fewer (AUTHORING_MAX_SECTIONS). */
            sections?: components["schemas"]["Section"][];
            /** @description Table of contents: section keys and headings in order. */
            toc?: components["schemas"]["TocEntry"][];
            published_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            /**
             * Format: int32
             * @description Words in headings, paragraphs and list items.
             * @example 646
             */
            word_count?: number;
            /**
             * Format: int32
             * @description Estimated reading time at 200 words per minute, rounded up.
             * @example 4
             */
            reading_time_minutes?: number;
            /** @description Who wrote it, or null. */
            author?: components["schemas"]["Author"] | null;
            /** @description Topics, in the order the author gave them. */
            tags?: components["schemas"]["Tag"][];
            language?: components["schemas"]["Language"];
            /** @description Where the original lives when this is a copy (rel=canonical), or null. */
            canonical_url?: string | null;
            /** @description Title for search results and link previews when it should differ from `title`, or null. */
            meta_title?: string | null;
            /** @description Description for search results and link previews, or null (then use `excerpt`). */
            meta_description?: string | null;
            /** @description Cover image, or null. */
            cover_image?: components["schemas"]["CoverImage"] | null;
        };
        /** SyncArticleItem */
        SyncArticleItem: {
            /**
             * @description An article created, changed, published or renamed: store it (replacing the one with this id). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "article";
            /**
             * Format: int32
             * @description The article's id: the same across renames; a tombstone names it too.
             * @example 7
             */
            id: number;
            article: components["schemas"]["SyncedArticle"];
        };
        /** SyncDeletedItem */
        SyncDeletedItem: {
            /**
             * @description An article that left the published set under this slug: remove it. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "deleted";
            /**
             * Format: int32
             * @description The article's id: the same across renames; a tombstone names it too.
             * @example 7
             */
            id: number;
            /**
             * @description The slug it had.
             * @example old-slug
             */
            slug: string;
            deleted_at: components["schemas"]["Timestamp"];
            /** @description `deleted`, `unpublished`, or `renamed` (the article follows under its new slug, in this sync). */
            reason: "deleted" | "unpublished" | "renamed";
        };
        /** SyncItem */
        SyncItem: components["schemas"]["SyncArticleItem"] | components["schemas"]["SyncDeletedItem"];
        /**
         * SyncPage
         * @description One page of a sync: `next_page_token` while more pages remain, `next_sync_token` on the last.
         * @example {
         *       "data": [
         *         {
         *           "type": "article",
         *           "id": 1,
         *           "article": {
         *             "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *             "title": "From Training to Employment: The Power of Healthcare Internships",
         *             "published_at": "2025-01-15T09:00:00.000Z",
         *             "updated_at": "2025-01-15T09:00:00.000Z"
         *           }
         *         }
         *       ],
         *       "next_page_token": "eyJ2IjoxLCJmIjpudWxsLCJ1IjozLCJhIjpbMSwxLDFdfQ"
         *     }
         * @example {
         *       "data": [
         *         {
         *           "type": "deleted",
         *           "id": 1,
         *           "slug": "from-training-to-employment-the-power-of-healthcare-internships",
         *           "deleted_at": "2025-02-03T10:00:00.000Z",
         *           "reason": "renamed"
         *         },
         *         {
         *           "type": "article",
         *           "id": 1,
         *           "article": {
         *             "slug": "healthcare-internships",
         *             "title": "From Training to Employment: The Power of Healthcare Internships",
         *             "published_at": "2025-01-15T09:00:00.000Z",
         *             "updated_at": "2025-02-03T10:00:00.000Z"
         *           }
         *         }
         *       ],
         *       "next_sync_token": "eyJ2IjoxLCJmIjo1fQ"
         *     }
         */
        SyncPage: {
            /** @description The changes, in commit order (a tombstone before an article of the same change). */
            data: components["schemas"]["SyncItem"][];
            /** @description More of this sync remain: ask again with `sync_token` set to this. */
            next_page_token?: string;
            /** @description The last page: keep this, and ask with it later (`sync_token`) for what changed since. */
            next_sync_token?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "Content API",
                     *         "version": "0.1.0"
                     *       },
                     *       "servers": [
                     *         {
                     *           "url": "/",
                     *           "description": "The server serving this document: production, staging or local, wherever it runs",
                     *           "x-internal": false
                     *         }
                     *       ],
                     *       "paths": {
                     *         "/health": {
                     *           "get": {
                     *             "operationId": "getHealth",
                     *             "summary": "Liveness: the process is up"
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ready"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not able to serve now (overloaded, or the database does not answer): retry after Retry-After when given. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. Example: `10`. */
                limit?: number;
                /** @description Page number, from 1. Example: `2`. */
                page?: number;
                /** @description Sort field; a leading "-" sorts descending. Example: `title`. */
                sort?: "published_at" | "-published_at" | "title" | "-title";
                /** @description Only articles with this tag (slug). Example: `careers`. */
                tag?: string;
                /** @description Only articles by this author (slug). Example: `amna-siddiqui`. */
                author?: string;
                /** @description Only these top-level fields, comma-separated (Ghost style), for small payloads: slug, title, excerpt, published_at, updated_at, word_count, reading_time_minutes, section_count, author, tags, language, canonical_url, meta_title, meta_description, cover_image, reviews. An unknown name is a 400. Example: `slug,title,excerpt`. */
                fields?: string;
            };
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of article summaries (trimmed to `fields` when given). */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "slug": "from-training-to-employment-the-power-of-healthcare-internships",
                     *           "title": "From Training to Employment: The Power of Healthcare Internships",
                     *           "excerpt": "The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…",
                     *           "published_at": "2025-01-15T09:00:00.000Z",
                     *           "updated_at": "2025-01-15T09:00:00.000Z",
                     *           "word_count": 646,
                     *           "reading_time_minutes": 4,
                     *           "section_count": 9,
                     *           "author": null,
                     *           "tags": [],
                     *           "language": "en",
                     *           "canonical_url": null,
                     *           "meta_title": null,
                     *           "meta_description": null,
                     *           "cover_image": null,
                     *           "reviews": {
                     *             "count": 0,
                     *             "average": null
                     *           }
                     *         }
                     *       ],
                     *       "meta": {
                     *         "pagination": {
                     *           "page": 1,
                     *           "limit": 20,
                     *           "pages": 1,
                     *           "total": 1,
                     *           "next": null,
                     *           "prev": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ArticleList"] | components["schemas"]["ArticleListSelection"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags. */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: {
                /** @description Only these top-level fields, comma-separated (Ghost style), for small payloads: slug, title, excerpt, intro, sections, toc, published_at, updated_at, word_count, reading_time_minutes, author, tags, language, canonical_url, meta_title, meta_description, cover_image, reviews. An unknown name is a 400. Example: `slug,title,excerpt,toc`. */
                fields?: string;
                /** @description reviews: also the first page of approved reviews (newest first, as GET …/reviews gives it), under `included.reviews`. Example: `reviews`. */
                include?: "reviews";
            };
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path: {
                /**
                 * @description Slug of a published article.
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article, in the representation Accept prefers. As JSON, trimmed to `fields` and with `included` when asked. */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleEnvelope"] | components["schemas"]["ArticleSelection"];
                    "text/html": string;
                    "text/markdown": string;
                    "text/plain": string;
                };
            };
            /** @description Moved: the article was renamed; Location is the same request on its current slug. */
            301: {
                headers: {
                    /** @description The URL with the current slug: a path, or an absolute URL under PUBLIC_BASE_URL when that is set. */
                    Location?: string;
                    /** @description As long as caches may keep it (PUBLIC_CACHE_CONTROL): an old slug may later point elsewhere, or be taken by another article. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types this resource is available in is acceptable (Accept): the problem lists them. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleJsonLd: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path: {
                /**
                 * @description Slug of a published article.
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JSON-LD. */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": components["schemas"]["ArticleJsonLd"];
                };
            };
            /** @description Moved: the article was renamed; Location is the same request on its current slug. */
            301: {
                headers: {
                    /** @description The URL with the current slug: a path, or an absolute URL under PUBLIC_BASE_URL when that is set. */
                    Location?: string;
                    /** @description As long as caches may keep it (PUBLIC_CACHE_CONTROL): an old slug may later point elsewhere, or be taken by another article. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSections: {
        parameters: {
            query?: {
                /** @description Sections per page, 1–50. Example: `2`. */
                limit?: number;
                /** @description Return the sections after the one with this key (from meta.next_after). Example: `why-training-alone-is-no-longer-enough`. */
                after?: string;
            };
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path: {
                /**
                 * @description Slug of a published article.
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sections. */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionList"];
                };
            };
            /** @description Moved: the article was renamed; Location is the same request on its current slug. */
            301: {
                headers: {
                    /** @description The URL with the current slug: a path, or an absolute URL under PUBLIC_BASE_URL when that is set. */
                    Location?: string;
                    /** @description As long as caches may keep it (PUBLIC_CACHE_CONTROL): an old slug may later point elsewhere, or be taken by another article. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path: {
                /**
                 * @description Slug of a published article.
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
                /**
                 * @description Section key: the slug of its heading.
                 * @example why-training-alone-is-no-longer-enough
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The section, in the representation Accept prefers. */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionEnvelope"];
                    "text/html": string;
                    "text/markdown": string;
                    "text/plain": string;
                };
            };
            /** @description Moved: the article was renamed; Location is the same request on its current slug. */
            301: {
                headers: {
                    /** @description The URL with the current slug: a path, or an absolute URL under PUBLIC_BASE_URL when that is set. */
                    Location?: string;
                    /** @description As long as caches may keep it (PUBLIC_CACHE_CONTROL): an old slug may later point elsewhere, or be taken by another article. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types this resource is available in is acceptable (Accept): the problem lists them. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchArticles: {
        parameters: {
            query: {
                /**
                 * @description What to search for: words (all must occur in the article), `"a phrase"` (these words in this order) and `prefix*` (words starting with it; at least 3 letters), at most 10 of them. Words match their other forms (`internship` finds "internships", `coding` finds "code") and ignore accents and case (`cafe` finds "Café"); a prefix matches the start of those base forms. Other characters are not operators: `AND`, `OR`, `NOT`, `NEAR`, `title:`, `^`, `-` and parentheses are searched for as text or separate words.
                 * @example medical coding
                 */
                q: string;
                /** @description Page size, 1–50. Example: `10`. */
                limit?: number;
                /** @description Page number, from 1. Example: `2`. */
                page?: number;
            };
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hits, best first. */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReviews: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. Example: `10`. */
                limit?: number;
                /** @description Page number, from 1. Example: `2`. */
                page?: number;
                /** @description Newest first by default; "-rating" puts the best first. Example: `-rating`. */
                sort?: "-created_at" | "created_at" | "-rating" | "rating";
            };
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path: {
                /**
                 * @description Slug of a published article.
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of approved reviews. */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewList"];
                };
            };
            /** @description Moved: the article was renamed; Location is the same request on its current slug. */
            301: {
                headers: {
                    /** @description The URL with the current slug: a path, or an absolute URL under PUBLIC_BASE_URL when that is set. */
                    Location?: string;
                    /** @description As long as caches may keep it (PUBLIC_CACHE_CONTROL): an old slug may later point elsewhere, or be taken by another article. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug of a published article.
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReview"];
            };
        };
        responses: {
            /** @description The review was stored. */
            201: {
                headers: {
                    /** @description Requests allowed per window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in this window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewEnvelope"];
                };
            };
            /** @description The article was renamed: repeat the POST at Location. */
            308: {
                headers: {
                    /** @description The URL with the current slug: a path, or an absolute URL under PUBLIC_BASE_URL when that is set. */
                    Location?: string;
                    /** @description `private, no-store`: not kept. */
                    "Cache-Control"?: string;
                    /** @description Requests allowed per window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in this window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed per window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in this window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    /** @description Requests allowed per window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in this window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description Requests allowed per window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in this window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not able to serve now (overloaded, or the database does not answer): retry after Retry-After when given. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path: {
                /**
                 * @description Slug of a published article.
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewSummaryEnvelope"];
                };
            };
            /** @description Moved: the article was renamed; Location is the same request on its current slug. */
            301: {
                headers: {
                    /** @description The URL with the current slug: a path, or an absolute URL under PUBLIC_BASE_URL when that is set. */
                    Location?: string;
                    /** @description As long as caches may keep it (PUBLIC_CACHE_CONTROL): an old slug may later point elsewhere, or be taken by another article. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAtomFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 feed (RFC 4287). */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types this resource is available in is acceptable (Accept): the problem lists them. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSitemap: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current. Example: `"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="`. */
                "if-none-match"?: string;
                /** @description Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent). Example: `Wed, 15 Jan 2025 09:00:00 GMT`. */
                "if-modified-since"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A sitemap (sitemaps.org protocol 0.9). */
            200: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators. */
            304: {
                headers: {
                    /** @description Strong entity-tag of this representation: send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate. */
                    "Last-Modified"?: string;
                    /** @description How long caches may reuse it (PUBLIC_CACHE_CONTROL). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types this resource is available in is acceptable (Accept): the problem lists them. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMediaFile: {
        parameters: {
            query?: {
                /** @description A variant this many pixels wide: one of 320, 640, 960, 1280, 1920 (no other sizes). At or above the image's own width: its own size (never enlarged). Example: `640`. */
                w?: 320 | 640 | 960 | 1280 | 1920;
                /** @description A variant in this format. Absent: the original's format (a resized GIF is an animated WebP). Example: `webp`. */
                format?: "webp" | "avif" | "jpeg" | "png";
            };
            header?: {
                /** @description One byte range; several ranges are ignored (200 with everything), one past the end is a 416. Example: `bytes=0-1023`. */
                range?: string;
                /** @description The ETag the range applies to; another sends everything. Example: `"Qm9vdHN0cmFwIGV0YWcgZXhhbXBsZQ"`. */
                "if-range"?: string;
                /** @description ETag(s) you hold: 304 when one matches. Example: `"Qm9vdHN0cmFwIGV0YWcgZXhhbXBsZQ"`. */
                "if-none-match"?: string;
            };
            path: {
                id: components["schemas"]["MediaId"];
                /**
                 * @description File name, as in the item's `url` (lowercase letters, digits, dots and dashes; any such name serves the same bytes).
                 * @example ward-round.jpg
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    /** @description Strong validator of these bytes: send it back in If-None-Match (or If-Range). */
                    ETag?: string;
                    /** @description The bytes of a URL never change. */
                    "Cache-Control"?: string;
                    /** @description Bytes in the body. */
                    "Content-Length"?: string;
                    /** @description A single range may be asked for. */
                    "Accept-Ranges"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "image/avif": string;
                    "image/gif": string;
                };
            };
            /** @description The byte range asked for. */
            206: {
                headers: {
                    /** @description Strong validator of these bytes: send it back in If-None-Match (or If-Range). */
                    ETag?: string;
                    /** @description The bytes of a URL never change. */
                    "Cache-Control"?: string;
                    /** @description Bytes in the body. */
                    "Content-Length"?: string;
                    /** @description A single range may be asked for. */
                    "Accept-Ranges"?: string;
                    /** @description The bytes sent, of how many. */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "image/avif": string;
                    "image/gif": string;
                };
            };
            /** @description Not modified: the ETag you sent matches. No body. */
            304: {
                headers: {
                    /** @description Strong validator of these bytes: send it back in If-None-Match (or If-Range). */
                    ETag?: string;
                    /** @description The bytes of a URL never change. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error. */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    syncArticles: {
        parameters: {
            query?: {
                /** @description Absent: an initial sync (every published article). Else the `next_page_token` or `next_sync_token` of an earlier answer. Example: `eyJ2IjoxLCJmIjozfQ`. */
                sync_token?: string;
                /** @description Items per page, 1–100 (a page of large articles may hold fewer: about 1 MB at most). Example: `10`. */
                limit?: number;
                /** @description Only these top-level article fields, comma-separated: slug, title, excerpt, intro, sections, toc, published_at, updated_at, word_count, reading_time_minutes, author, tags, language, canonical_url, meta_title, meta_description, cover_image (`slug` is always sent). An unknown name is a 400. Use the same list on every request of a copy. Example: `slug,title,updated_at`. */
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncPage"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is too old (or from another database): start over with an initial sync. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContactMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same body gets the same response and stores nothing new (for 24 hours); the same key with a different body is a 422. Use a fresh random value (e.g. a UUID) per message. Example: `5f1c2a7e-8d4b-4f7e-9a39-0c3f6f2b9d11`. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactMessage"];
                "application/x-www-form-urlencoded": components["schemas"]["CreateContactMessage"];
            };
        };
        responses: {
            /** @description Stored. With `Idempotent-Replayed: true` when this repeats the response to an earlier request with the same Idempotency-Key. */
            202: {
                headers: {
                    /** @description Present (true) on a replayed response. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Messages allowed per window (from one network address, and from one email). Not on a replayed response. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Messages left in this window: the lower of the address and email limits. Not on a replayed response. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets (the later of the two). Not on a replayed response. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactReceipt"];
                };
            };
            /** @description Form post with an allowed `redirect`: stored; the browser is sent to that URL. */
            303: {
                headers: {
                    /** @description The `redirect` URL. */
                    Location?: string;
                    /** @description Messages allowed per window (from one network address, and from one email). Not on a replayed response. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Messages left in this window: the lower of the address and email limits. Not on a replayed response. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets (the later of the two). Not on a replayed response. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description Messages allowed per window (from one network address, and from one email). Not on a replayed response. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Messages left in this window: the lower of the address and email limits. Not on a replayed response. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets (the later of the two). Not on a replayed response. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not able to serve now (overloaded, or the database does not answer): retry after Retry-After when given. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticlePreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The token of a preview link (from its `url`).
                 * @example q3Xw9c1mVb0Zr8yTtK2nL5dHf7sJ4gPa6eUo1iQkR0M
                 */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article, in the representation Accept prefers. */
            200: {
                headers: {
                    /** @description Always `private, no-store`: no cache keeps a preview. */
                    "Cache-Control"?: string;
                    /** @description Always `noindex`: search engines do not list previews. */
                    "X-Robots-Tag"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleEnvelope"];
                    "text/html": string;
                    "text/markdown": string;
                    "text/plain": string;
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types this resource is available in is acceptable (Accept): the problem lists them. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPreviewSections: {
        parameters: {
            query?: {
                /** @description Sections per page, 1–50. Example: `2`. */
                limit?: number;
                /** @description Return the sections after the one with this key (from meta.next_after). Example: `why-training-alone-is-no-longer-enough`. */
                after?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The token of a preview link (from its `url`).
                 * @example q3Xw9c1mVb0Zr8yTtK2nL5dHf7sJ4gPa6eUo1iQkR0M
                 */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sections. */
            200: {
                headers: {
                    /** @description Always `private, no-store`: no cache keeps a preview. */
                    "Cache-Control"?: string;
                    /** @description Always `noindex`: search engines do not list previews. */
                    "X-Robots-Tag"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionList"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPreviewSection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The token of a preview link (from its `url`).
                 * @example q3Xw9c1mVb0Zr8yTtK2nL5dHf7sJ4gPa6eUo1iQkR0M
                 */
                token: string;
                /**
                 * @description Section key: the slug of its heading.
                 * @example why-training-alone-is-no-longer-enough
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The section, in the representation Accept prefers. */
            200: {
                headers: {
                    /** @description Always `private, no-store`: no cache keeps a preview. */
                    "Cache-Control"?: string;
                    /** @description Always `noindex`: search engines do not list previews. */
                    "X-Robots-Tag"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionEnvelope"];
                    "text/html": string;
                    "text/markdown": string;
                    "text/plain": string;
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types this resource is available in is acceptable (Accept): the problem lists them. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Whoami"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example ---
                 *     slug: finding-a-healthcare-internship
                 *     status: draft
                 *     author: Dr. Amna Siddiqui
                 *     tags:
                 *       - Careers
                 *     language: en
                 *     ---
                 *
                 *     # Finding a Healthcare Internship
                 *
                 *     Most placements are found through people, not job boards.
                 *
                 *     ## Where to Look
                 *
                 *     Start with the organizations your college already works with:
                 *
                 *     - Teaching hospitals
                 *     - Diagnostic laboratories
                 */
                "text/markdown": string;
                "multipart/form-data": components["schemas"]["MarkdownBundle"];
            };
        };
        responses: {
            /** @description Replaced the article with this slug. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedArticleEnvelope"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    /** @description The new article's admin URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminArticles: {
        parameters: {
            query?: {
                /** @description Only articles with this status; `scheduled`: those with a pending publish_at or unpublish_at. Example: `scheduled`. */
                status?: "draft" | "published" | "scheduled";
                /** @description Only articles with this tag (slug). Example: `careers`. */
                tag?: string;
                /** @description Case-insensitive substring of the title, slug or excerpt. Example: `internship`. */
                q?: string;
                /** @description Page size, 1–100. Example: `10`. */
                limit?: number;
                /** @description Page number, from 1. Example: `2`. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleList"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    /** @description The new article's admin URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleInput"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticlePatch"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unpublishArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unpublished. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Markdown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRevisions: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. Example: `10`. */
                limit?: number;
                /** @description Page number, from 1. Example: `2`. */
                page?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of revisions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
                /**
                 * @description Revision (article version) number.
                 * @example 1
                 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
                /**
                 * @description Revision (article version) number.
                 * @example 1
                 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restored, as a new version. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSection"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSectionEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminSection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
                /**
                 * @description Section key.
                 * @example why-training-alone-is-no-longer-enough
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The section. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSectionEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
                /**
                 * @description Section key.
                 * @example why-training-alone-is-no-longer-enough
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SectionReplacement"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSectionEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
                /**
                 * @description Section key.
                 * @example why-training-alone-is-no-longer-enough
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
                /**
                 * @description Section key.
                 * @example why-training-alone-is-no-longer-enough
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SectionPatch"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSectionEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scheduleArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleRequest"];
            };
        };
        responses: {
            /** @description Scheduled (or unchanged, when it was already so). */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelArticleSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428). Example: `"1-3-mhx2k1q0"`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Slug of an article (drafts included).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            200: {
                headers: {
                    /** @description Send it back in If-Match to change this resource only if nobody else did meanwhile. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required for this write (REQUIRE_IF_MATCH=true). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPreviewLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug of the article (a draft or a published one).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkList"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug of the article (a draft or a published one).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePreviewLink"];
            };
        };
        responses: {
            /** @description Created: the link, its URL and its token. */
            201: {
                headers: {
                    /** @description The link's admin URL (GET shows it, DELETE revokes it). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkCreated"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug of the article (a draft or a published one).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
                /**
                 * @description The preview link's id.
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokePreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug of the article (a draft or a published one).
                 * @example from-training-to-employment-the-power-of-healthcare-internships
                 */
                slug: string;
                /**
                 * @description The preview link's id.
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReviewsForModeration: {
        parameters: {
            query?: {
                /** @description Only reviews with this status. Example: `pending`. */
                status?: "pending" | "approved" | "spam" | "trash";
                /** @description Only reviews of the article with this slug. Example: `from-training-to-employment-the-power-of-healthcare-internships`. */
                article?: string;
                /** @description Page size, 1–100. Example: `10`. */
                limit?: number;
                /** @description Page number, from 1. Example: `2`. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminReviewList"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Review id.
                 * @example 64
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    moderateReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Review id.
                 * @example 64
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReview"];
            };
        };
        responses: {
            /** @description The updated review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminReviewEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContactMessages: {
        parameters: {
            query?: {
                /** @description Only messages in these states (repeat the parameter for several). Absent: every state except spam. Example: `new`. */
                status?: components["schemas"]["ContactMessageStatus"][];
                /** @description Case-insensitive substring searched in name, email, subject and message. Example: `radiology`. */
                q?: string;
                /** @description Page size, 1–100. Example: `10`. */
                limit?: number;
                /** @description Page number, from 1. Example: `2`. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMessageList"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContactMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["ContactMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMessageEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteContactMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["ContactMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContactMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["ContactMessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactMessage"];
            };
        };
        responses: {
            /** @description The updated message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMessageEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportDataSubject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSubjectRequest"];
            };
        };
        responses: {
            /** @description Everything stored for this email (empty lists when nothing is). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectExport"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseDataSubject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSubjectRequest"];
            };
        };
        responses: {
            /** @description Erased; the counts say how much. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectErasure"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries with this status. Example: `failed`. */
                status?: components["schemas"]["WebhookDeliveryStatus"];
                /** @description Only deliveries of events of this type. Example: `message.received`. */
                event_type?: components["schemas"]["WebhookEventType"];
                /** @description Only deliveries of this event (its id, a UUID, as in the Webhook-Id header). Example: `7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d`. */
                event_id?: string;
                /** @description Page size, 1–100. Example: `10`. */
                limit?: number;
                /** @description Page number, from 1. Example: `2`. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMedia: {
        parameters: {
            query?: {
                /** @description Only images of this type. Example: `image/png`. */
                type?: "image/jpeg" | "image/png" | "image/webp" | "image/avif" | "image/gif";
                /** @description Page size, 1–100. Example: `10`. */
                limit?: number;
                /** @description Page number, from 1. Example: `2`. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaList"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadMedia: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadMedia"];
            };
        };
        responses: {
            /** @description These bytes were uploaded before: that item, unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaItemEnvelope"];
                };
            };
            /** @description The new item; Location is its admin URL. */
            201: {
                headers: {
                    /** @description Admin URL of the item. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaItemEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["MediaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaDetail"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["MediaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with an existing resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["MediaId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMedia"];
            };
        };
        responses: {
            /** @description The updated item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaItemEnvelope"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    purgeMediaVariants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaPurgeResult"];
                };
            };
            /** @description The request is invalid: see `errors` for each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the number of seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receive_article_published: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_article_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_article_unpublished: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_article_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_article_scheduled: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_article_unscheduled: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_message_received: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_review_created: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_review_approved: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_media_created: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receive_media_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id, the same on every retry: de-duplicate on it. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt; part of the signed content. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET. */
                "webhook-signature": string;
                /** @description The event type, as in the body. */
                "webhook-event": string;
                /** @description Attempt number, from 1. */
                "webhook-attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
