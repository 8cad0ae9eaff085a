// Every image of an article (image blocks at any depth, inline images, the cover), visited in reading order with the
// JSON Pointer of where it is in the document, and rewritten if the visitor says so. Pure functions.
import { mediaPath, sizesOf, srcsetOf } from '../../base/media.js'
import type { Block, ImageBlock, Inline, InlineImage, MediaFields } from './blocks.js'
import type { CoverImage } from './schemas.js'

export type Image = ImageBlock | InlineImage

/** What the walker reads: an article's blocks and cover (an ArticleDocument, a served Article…). */
export interface WithImages {
  intro: readonly Block[]
  sections: ReadonlyArray<{ blocks: readonly Block[] }>
  cover_image: CoverImage | null
}

/** Called per image with its path in the document (`/intro/0`, `/sections/1/blocks/2/children/0`); returns its replacement. */
export type ImageVisitor = (image: Image, path: string) => Image

function inline (nodes: readonly Inline[], path: string, visit: ImageVisitor): Inline[] {
  return nodes.map((node, index) => {
    const at = `${path}/${index}`
    switch (node.type) {
      case 'image': return visit(node, at)
      case 'emphasis': case 'strong': case 'delete': case 'link':
        return { ...node, children: inline(node.children, `${at}/children`, visit) }
      default: return node
    }
  })
}

function blocks (nodes: readonly Block[], path: string, visit: ImageVisitor): Block[] {
  return nodes.map((node, index): Block => {
    const at = `${path}/${index}`
    switch (node.type) {
      case 'image': return visit(node, at)
      case 'paragraph': case 'heading': return { ...node, children: inline(node.children, `${at}/children`, visit) }
      case 'list': return { ...node, items: node.items.map((item, i) => ({ ...item, children: blocks(item.children, `${at}/items/${i}/children`, visit) })) }
      case 'blockquote': case 'footnoteDefinition': return { ...node, children: blocks(node.children, `${at}/children`, visit) }
      case 'table':
        return {
          ...node,
          children: node.children.map((row, r) => ({
            ...row, children: row.children.map((cell, c) => ({ ...cell, children: inline(cell.children, `${at}/children/${r}/children/${c}/children`, visit) })),
          })),
        }
      default: return node
    }
  })
}

/**
 * The article with every image replaced by what `visit` returns (the cover too, as an image with `title: null`,
 * at `/cover_image`). Objects without images are copied shallowly; nothing is changed in place.
 */
export function mapImages<T extends WithImages> (article: T, visit: ImageVisitor): T {
  const cover = article.cover_image
  let coverImage = cover
  if (cover) {
    const { title: _title, type: _type, ...rest } = visit({ type: 'image', ...cover, title: null }, '/cover_image')
    coverImage = rest
  }
  return {
    ...article,
    intro: blocks(article.intro, '/intro', visit),
    sections: article.sections.map((section, index) => ({ ...section, blocks: blocks(section.blocks, `/sections/${index}/blocks`, visit) })),
    cover_image: coverImage,
  }
}

/** Every image of the article with its path, cover first. */
export function imagesOf (article: WithImages): Array<{ image: Image, path: string }> {
  const found: Array<{ image: Image, path: string }> = []
  mapImages(article, (image, path) => {
    found.push({ image, path })
    return image
  })
  // The cover is visited first by mapImages; keep reading order otherwise.
  return found
}

/** The media ids an article uses, each once, in order of appearance. */
export function mediaIdsOf (article: WithImages): string[] {
  return [...new Set(imagesOf(article).flatMap(({ image }) => image.media_id !== undefined ? [image.media_id] : []))]
}

/** The media fields as stored (what the item's bytes fix), in one order so equal images serialize equally. */
export function storedMediaFields (item: { id: string, name: string, width: number, height: number, thumbhash: string }): Required<Pick<MediaFields, 'media_id' | 'width' | 'height' | 'thumbhash'>> & { url: string } {
  return { url: mediaPath(item), media_id: item.id, width: item.width, height: item.height, thumbhash: item.thumbhash }
}

/** The file name of a stored media image (the last segment of its `/media/{id}/{name}` path). */
const nameOf = (url: string) => {
  const path = url.replace(/[?#].*$/, '')
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1))
}

/** A media image as served: absolute URL, `srcset` and `sizes`. Anything else (an external image) as it is. */
export function presentImage<T extends Pick<Image, 'url'> & MediaFields> (image: T, absolute: (path: string) => string): T {
  if (image.media_id === undefined || image.width === undefined || !image.url.startsWith('/')) return image
  const item = { id: image.media_id, name: nameOf(image.url), width: image.width }
  return { ...image, url: absolute(image.url), srcset: srcsetOf(item, absolute), sizes: sizesOf(item) }
}

/** The article as served: each media image (and the cover) with its absolute URL (`absolute(path)`), srcset and sizes. */
export function presentImages<T extends WithImages> (article: T, absolute: (path: string) => string): T {
  return mapImages(article, (image) => presentImage(image, absolute))
}
