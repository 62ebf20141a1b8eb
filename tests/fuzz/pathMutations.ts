import type { BuildContext } from './buildContext'
import { encBytes, utf8 } from './bytes'
import { anyRoute as any, type Mutation, pathSafe } from './mutation'
import type { Draft } from './request'
import type { RouteTemplate } from './routes'
import { ID_ATTACK_KINDS, ID_ATTACKS, INVALID_PERCENT, overlong, RAW_BYTES } from './values'

/** Mutations of the path: escapes, bytes, segments, and the values of path parameters (ids, slugs, file names). */

const api = (template: RouteTemplate) => template.path.startsWith('/api/')

/** Applies `change` to the literal parts of a path, leaving its `:name` placeholders intact. */
const literally = (path: string, change: (text: string) => string) =>
  path.replace(
    /(:[A-Za-z]+)|([^:]+)/g,
    (_match, placeholder: string | undefined, text: string | undefined) => placeholder ?? change(text ?? ''),
  )

/** Puts a piece into the path: into a parameter when there is one, else into or after the last segment. */
const intoPath = (draft: Draft, build: BuildContext, piece: string) => {
  const names = Object.keys(draft.params)
  if (names.length && build.random.chance(0.7)) {
    const name = build.random.pick(names)
    draft.params[name] = build.random.pick([
      piece,
      `${draft.params[name]}${piece}`,
      `${piece}${draft.params[name]}`,
    ])
  } else {
    draft.path = build.random.chance(0.5) ? `${draft.path}${piece}` : `${draft.path}/${piece}`
  }
}

export const PATH_MUTATIONS: Mutation[] = [
  {
    kind: 'path:invalid-percent',
    applies: any,
    apply: (d, b) => intoPath(d, b, b.random.pick(INVALID_PERCENT)),
  },
  { kind: 'path:raw-bytes', applies: any, apply: (d, b) => intoPath(d, b, b.random.pick(RAW_BYTES)) },
  {
    kind: 'path:nul',
    applies: any,
    apply: (d, b) => intoPath(d, b, b.random.pick(['%00', '\x00', 'a%00b'])),
  },
  {
    kind: 'path:dot-segments',
    applies: any,
    apply: (d, b) => {
      const prefix = b.random.pick(['/./', '/x/../', '/%2e/', '/%2e%2e/api/', '/../', '//./'])
      d.path =
        d.path.replace(/^\/([^/]*)\//, (_m, first: string) => `/${first}${prefix}`) || `${prefix}${d.path}`
    },
  },
  {
    kind: 'path:double-slash',
    applies: any,
    apply: (d, b) => (d.path = d.path.replace(/\//g, () => (b.random.chance(0.4) ? '//' : '/'))),
  },
  {
    kind: 'path:trailing-slash',
    applies: any,
    apply: (d, b) => (d.path = `${d.path}${b.random.pick(['/', '//', '/.', '/?'])}`),
  },
  {
    kind: 'path:case',
    applies: any,
    apply: (d, b) => {
      const all = b.random.chance(0.5)
      d.path = literally(d.path, (text) =>
        text.replace(/[a-z]/g, (c) => (all || b.random.chance(0.5) ? c.toUpperCase() : c)),
      )
    },
  },
  {
    kind: 'path:encoded-slash',
    applies: any,
    apply: (d, b) => (d.path = d.path.replace(/\/(?=[^/]*$)/, b.random.pick(['%2F', '%2f', '%5C']))),
  },
  {
    kind: 'path:unknown-collection',
    applies: api,
    apply: (d, b) => {
      const name = b.random.pick([
        'nope',
        '__proto__',
        'constructor',
        'payload-migrations',
        'toString',
        'NETWORKS',
        '%20',
        'hasOwnProperty',
        '..',
      ])
      d.path = d.path.replace(/^\/api\/[^/]+/, `/api/${name}`)
    },
  },
  {
    kind: 'path:overlong',
    applies: any,
    apply: (d, b) =>
      intoPath(d, b, encBytes(utf8(overlong(b.random, b.random.pick([2000, 12_000, 70_000]))))),
  },
  {
    kind: 'path:unicode',
    applies: any,
    apply: (d, b) => {
      const homoglyph = pathSafe(b.random.pick(['е', 'ｅ', 'é', 'e\u0301', 'ℯ']))
      let done = false
      d.path = literally(d.path, (text) =>
        done ? text : text.replace(/e/, () => ((done = true), homoglyph)),
      )
    },
  },
  {
    kind: 'path:extra-segment',
    applies: any,
    apply: (d, b) =>
      (d.path = `${d.path}/${b.random.pick(['x', 'x/y', 'count', 'versions', '1/2/3', 'access'])}`),
  },
  {
    kind: 'path:semicolon',
    applies: any,
    apply: (d, b) => intoPath(d, b, b.random.pick([';', ';jsessionid=1', ';a=b;c'])),
  },
  {
    kind: 'path:backslash',
    applies: any,
    apply: (d, b) => intoPath(d, b, b.random.pick(['\\', '\\..\\', '%5C'])),
  },
  {
    kind: 'path:absolute-form',
    applies: any,
    apply: (d, b) =>
      (d.path = `${b.random.pick(['http://localhost', 'http://evil.example', 'https://127.0.0.1:1'])}${d.path}`),
  },
  { kind: 'path:asterisk', applies: any, apply: (d) => ((d.path = '*'), (d.params = {}), (d.query = [])) },
]

export const PARAM_MUTATIONS: Mutation[] = ID_ATTACK_KINDS.map((kind) => ({
  kind: `param:${kind}`,
  applies: (template: RouteTemplate) => template.params.length > 0,
  apply: (draft: Draft, build: BuildContext) => {
    const value = pathSafe(build.random.pick(ID_ATTACKS[kind]))
    const names = Object.keys(draft.params)
    // An earlier mutation may have replaced the whole path: then the value becomes a segment.
    if (names.length) draft.params[build.random.pick(names)] = value
    else draft.path = `${draft.path}/${value}`
  },
}))
