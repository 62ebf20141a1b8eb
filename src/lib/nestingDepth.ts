/**
 * Brackets nested in the request's text (JSON or GraphQL), checked before either is parsed:
 * JSON.parse, graphql-js' parser and the code reading the result recurse, and 3,000 levels of
 * `{ a {` overflow graphql-js' stack. Legitimate bodies nest far less: a query 10 levels deep
 * with a `where` of a few `and`/`or` levels, rich text of some 20 levels in variables.
 */
export const MAX_NESTING = 64

/**
 * How deeply brackets nest in a JSON or GraphQL text, found without parsing it (and without
 * recursion): brackets inside strings (and GraphQL comments) do not count.
 */
export const nestingDepth = (text: string, syntax: 'json' | 'graphql'): number => {
  const graphql = syntax === 'graphql'
  let depth = 0
  let deepest = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '"') {
      if (graphql && text.startsWith('"""', i)) {
        // A block string ends at the next """ that is not escaped as \""".
        i += 3
        while (i < text.length && !text.startsWith('"""', i)) i += text.startsWith('\\"""', i) ? 4 : 1
        i += 2
        continue
      }
      // A string ends at its unescaped closing quote (in GraphQL also at the end of its line).
      i++
      while (i < text.length && text[i] !== '"' && !(graphql && (text[i] === '\n' || text[i] === '\r'))) {
        i += text[i] === '\\' ? 2 : 1
      }
    } else if (graphql && char === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++
    } else if (char === '{' || char === '[' || (graphql && char === '(')) {
      deepest = Math.max(deepest, ++depth)
    } else if (char === '}' || char === ']' || (graphql && char === ')')) {
      depth--
    }
  }
  return deepest
}
