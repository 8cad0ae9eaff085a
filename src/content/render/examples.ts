// The examples of the HTML, Markdown and plain-text representations in the OpenAPI document: the example article
// rendered, when the document is first built (lazyExample), so that the renderers are not loaded at start for them.
import { lazyExample } from '../../http/schemas.js'
import { EXAMPLE_ARTICLE, exampleJsonLd } from '../model/schemas.js'
import { articleHtml, articleMarkdown, articleText, sectionHtml, sectionMarkdown, sectionText } from './render.js'

const EXAMPLE_SECTION = EXAMPLE_ARTICLE.sections[0]!

export const ARTICLE_EXAMPLES = {
  html: lazyExample(() => articleHtml(EXAMPLE_ARTICLE, exampleJsonLd)),
  markdown: lazyExample(() => articleMarkdown(EXAMPLE_ARTICLE)),
  text: lazyExample(() => articleText(EXAMPLE_ARTICLE)),
}

export const SECTION_EXAMPLES = {
  html: lazyExample(() => sectionHtml(EXAMPLE_SECTION, EXAMPLE_ARTICLE)),
  markdown: lazyExample(() => sectionMarkdown(EXAMPLE_SECTION)),
  text: lazyExample(() => sectionText(EXAMPLE_SECTION, EXAMPLE_ARTICLE)),
}
