import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Prose } from './types'

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const paragraph = (value: string) => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: [text(value)],
})

const bulletList = (items: string[]) => ({
  ...base,
  type: 'list',
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  children: items.map((item, index) => ({
    ...base,
    type: 'listitem',
    value: index + 1,
    children: [text(item)],
  })),
})

/**
 * Lexical rich text from seed prose: blank lines separate paragraphs, lines starting with
 * "- " become bulleted list items, other lines of one paragraph are joined by a space
 * (source texts wrap lines at arbitrary places).
 */
export const proseToRichText = (prose: Prose): SerializedEditorState => {
  const blocks = prose
    .trim()
    .split(/\n\s*\n/)
    .flatMap((block) => {
      const lines = block.split('\n').map((line) => line.trim())
      const nodes: object[] = []
      let words: string[] = []
      let items: string[] = []
      const flush = () => {
        if (words.length) nodes.push(paragraph(words.join(' ')))
        if (items.length) nodes.push(bulletList(items))
        words = []
        items = []
      }
      for (const line of lines) {
        if (line.startsWith('- ')) {
          if (words.length) flush()
          items.push(line.slice(2).trim())
        } else {
          if (items.length) flush()
          words.push(line)
        }
      }
      flush()
      return nodes
    })
  return { root: { ...base, type: 'root', children: blocks } } as unknown as SerializedEditorState
}
