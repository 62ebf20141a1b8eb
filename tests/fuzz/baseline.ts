import { type BuildContext, idsOf, queryableFields } from './buildContext'
import { enc, utf8 } from './bytes'
import { randomOperation, renderOperation } from './graphqlQueries'
import type { FieldModel } from './model'
import { multipartBody, TINY_PNG } from './multipart'
import type { Draft } from './request'
import type { RouteTemplate } from './routes'
import { unknownEmail } from './values'

/**
 * The valid request a mutation starts from: real ids, sensible parameters, a well-formed body.
 * Mutations then break one thing at a time, so an error points at that one thing.
 */

const WORDS = ['Beratung', 'Netzwerk', 'Halle', 'Migration', 'Sprachkurs', 'Stendal', 'Jugend']

/** A valid value for a field, as text (relationship ids from the context). */
export const validValue = (field: FieldModel, build: BuildContext): string => {
  const { random } = build
  switch (field.type) {
    case 'number':
      return String(random.int(1, 2030))
    case 'select':
    case 'radio':
      return field.options?.length ? random.pick(field.options) : 'x'
    case 'relationship':
    case 'upload':
      return String(random.pick(idsOf(build, field.relationTo?.[0])))
    case 'date':
      return random.pick(['2024-01-01T00:00:00.000Z', '2020-06-15', '2030-12-31T23:59:59Z'])
    case 'checkbox':
      return random.pick(['true', 'false'])
    case 'email':
      return unknownEmail(random)
    default:
      return random.pick(WORDS)
  }
}

const OPERATORS: Record<string, string[]> = {
  text: ['equals', 'like', 'contains', 'not_equals', 'in', 'exists'],
  number: ['equals', 'greater_than', 'less_than_equal', 'in', 'not_in'],
  select: ['equals', 'in', 'not_equals'],
  relationship: ['equals', 'in', 'exists', 'not_equals'],
  date: ['greater_than', 'less_than', 'greater_than_equal'],
  checkbox: ['equals', 'exists'],
}
OPERATORS.textarea = OPERATORS.text!
OPERATORS.email = OPERATORS.text!
OPERATORS.code = OPERATORS.text!
OPERATORS.radio = OPERATORS.select!
OPERATORS.upload = OPERATORS.relationship!

/** One valid where condition in bracket syntax: [key, value] already encoded. */
export const validWhere = (build: BuildContext): [string, string] => {
  const fields = queryableFields(build.collection)
  if (fields.length === 0) return ['where[id][exists]', 'true']
  const field = build.random.pick(fields)
  const operator = build.random.pick(OPERATORS[field.type] ?? ['equals'])
  const value =
    operator === 'exists'
      ? 'true'
      : operator === 'in' || operator === 'not_in'
        ? [validValue(field, build), validValue(field, build)].join(',')
        : validValue(field, build)
  return [`where[${field.path}][${operator}]`, enc(value)]
}

const validSort = (build: BuildContext) => {
  const fields = queryableFields(build.collection).filter((field) => !field.hasMany)
  const path = fields.length ? build.random.pick(fields).path : 'createdAt'
  return `${build.random.chance(0.5) ? '-' : ''}${path}`
}

const joinFields = (build: BuildContext) =>
  (build.collection?.fields ?? []).filter((field) => field.type === 'join')

/** Optional parameters a route kind reads, each as a generator of one valid pair. */
const listParams = (build: BuildContext): Array<() => [string, string]> => {
  const { random, model } = build
  const joins = joinFields(build)
  const relations = queryableFields(build.collection).filter((field) => field.relationTo?.length)
  return [
    () => validWhere(build),
    () => ['sort', enc(validSort(build))],
    () => ['limit', String(random.int(1, 20))],
    () => ['page', String(random.int(1, 3))],
    () => ['depth', String(random.int(0, 3))],
    () => [
      `select[${random.pick(
        queryableFields(build.collection)
          .map((f) => f.path.split('.')[0]!)
          .concat('id'),
      )}]`,
      'true',
    ],
    () =>
      relations.length
        ? [
            `populate[${random.pick(relations).relationTo![0]}][${random.pick(['name', 'slug', 'title'])}]`,
            'true',
          ]
        : ['depth', '1'],
    () =>
      joins.length ? [`joins[${random.pick(joins).path}][limit]`, String(random.int(1, 5))] : ['depth', '0'],
    () => ['locale', random.pick([...model.locales, 'all'])],
    () => ['fallback-locale', random.pick([...model.locales, 'none'])],
    () => ['draft', random.pick(['true', 'false'])],
    () => ['trash', random.pick(['true', 'false'])],
    () => ['pagination', random.pick(['true', 'false'])],
  ]
}

const queryFor = (template: RouteTemplate, build: BuildContext): Array<[string, string]> => {
  const { random, model, context } = build
  const some = (generators: Array<() => [string, string]>, max: number) =>
    random.some(generators, random.int(0, max)).map((generate) => generate())
  const list = listParams(build)
  switch (template.query) {
    case 'list':
      return some(list, 4)
    case 'count':
      return some([list[0]!, list[8]!, list[10]!, list[11]!], 2)
    case 'doc':
      return some([list[4]!, list[5]!, list[6]!, list[7]!, list[8]!, list[9]!, list[10]!, list[11]!], 3)
    case 'search':
      return [
        ['q', enc(random.pick(WORDS))],
        ...some(
          [
            () => [
              'district',
              enc(random.pick(context.districtSlugs.length ? context.districtSlugs : ['stendal'])),
            ],
            () => ['locale', random.pick(model.locales)],
            () => ['limit', String(random.int(1, 50))],
            () => ['page', String(random.int(1, 3))],
          ],
          3,
        ),
      ]
    case 'find':
      return some(
        [
          () => [
            'near',
            `${(47 + random.int(0, 800) / 100).toFixed(2)},${(6 + random.int(0, 900) / 100).toFixed(2)}`,
          ],
          () => ['language', random.pick(['ar', 'uk', 'de', 'gsg'])],
          () => ['targetGroup', random.pick(['refugees-asylum', 'students', 'workers'])],
          () => ['openAt', random.pick(['now', '2026-12-07T10:00', '2026-10-25T02:30'])],
          () => ['free', random.pick(['true', 'false'])],
          () => ['q', enc(random.pick(WORDS))],
          () => ['locale', random.pick(model.locales)],
          () => ['limit', String(random.int(1, 100))],
        ],
        4,
      )
    case 'directory':
      return some([() => ['locale', random.pick(model.locales)]], 1)
    case 'paste':
      // Refused before any fetch for our personas; loopback besides, which Payload's safe fetch blocks.
      return [['src', enc('http://127.0.0.1:9/fuzz.png')]]
    case 'jobs':
      return some(
        [() => ['queue', 'default'], () => ['limit', String(random.int(1, 5))], () => ['allQueues', 'false']],
        2,
      )
    default:
      return []
  }
}

/** A valid document body: a few fields of the collection with values of their type. */
export const documentData = (build: BuildContext): Record<string, unknown> => {
  const data: Record<string, unknown> = {}
  const fields = queryableFields(build.collection).filter(
    (field) =>
      !field.path.includes('.') && !['id', 'createdAt', 'updatedAt', 'deletedAt'].includes(field.path),
  )
  for (const field of build.random.some(fields, build.random.int(1, 4))) {
    const value = validValue(field, build)
    const typed =
      field.type === 'number' || field.type === 'relationship' || field.type === 'upload'
        ? Number(value)
        : field.type === 'checkbox'
          ? value === 'true'
          : value
    data[field.path] = field.hasMany ? [typed] : typed
  }
  return data
}

const json = (value: unknown) => utf8(JSON.stringify(value))

const bodyFor = (template: RouteTemplate, build: BuildContext): { body?: string; contentType?: string } => {
  const { random } = build
  switch (template.body) {
    case 'document':
      return { body: json(documentData(build)), contentType: 'application/json' }
    case 'upload': {
      const boundary = `----fuzz${random.int(0, 1e9)}`
      return {
        body: multipartBody(boundary, [
          { name: 'file', filename: 'fuzz.png', contentType: 'image/png', data: TINY_PNG },
          { name: '_payload', data: json({ alt: 'Fuzz', ...documentData(build) }) },
        ]),
        contentType: `multipart/form-data; boundary=${boundary}`,
      }
    }
    case 'login':
      return {
        body: json({ email: unknownEmail(random), password: `Fuzz-${random.int(0, 1e9)}-Passwort` }),
        contentType: 'application/json',
      }
    case 'email':
      return { body: json({ email: unknownEmail(random) }), contentType: 'application/json' }
    case 'reset':
      return {
        body: json({
          token: random.int(0, 1e12).toString(16).padStart(40, 'a'),
          password: 'Fuzz-Passwort-2026',
        }),
        contentType: 'application/json',
      }
    case 'register':
      return {
        body: json({ email: unknownEmail(random), password: 'Fuzz-Passwort-2026', name: 'Fuzz' }),
        contentType: 'application/json',
      }
    case 'preference':
      return {
        body: json({ value: { columns: [random.pick(WORDS)], limit: random.int(1, 50) } }),
        contentType: 'application/json',
      }
    case 'graphql': {
      const operation = randomOperation({ random, schema: build.schema, ids: idsOf(build, undefined) })
      return { body: json({ query: renderOperation(operation) }), contentType: 'application/json' }
    }
    default:
      return {}
  }
}

const pathParam = (name: string, template: RouteTemplate, build: BuildContext): string => {
  const { random, context, model } = build
  switch (name) {
    case 'id':
      if (template.path.includes('/versions/')) {
        const versions = template.collection ? context.versionIds[template.collection] : undefined
        return String(versions?.length ? random.pick(versions) : random.int(1, 50))
      }
      if (template.path.endsWith('/verify/:id')) return random.int(0, 1e12).toString(16).padStart(40, 'b')
      return String(random.pick(idsOf(build, template.collection)))
    case 'filename':
      return enc(context.filenames.length ? random.pick(context.filenames) : 'fuzz.png')
    case 'key':
      return random.pick(['nav', 'locale', 'collection-networks', 'networks-list', 'fuzz'])
    case 'slug':
      return enc(context.districtSlugs.length ? random.pick(context.districtSlugs) : 'stendal')
    case 'collection':
      return random.pick(model.collections.map((collection) => collection.slug))
    default:
      return String(random.int(1, 50))
  }
}

export const baseline = (template: RouteTemplate, build: BuildContext): Draft => {
  const { random } = build
  const params: Record<string, string> = {}
  for (const name of template.params) params[name] = pathParam(name, template, build)
  // Admin document routes take the id of the collection named in the path.
  if (template.params.includes('collection') && params.id) {
    params.id = String(random.pick(idsOf(build, params.collection)))
  }
  const { body, contentType } = bodyFor(template, build)
  const headers: Array<[string, string]> = []
  if (contentType) headers.push(['Content-Type', contentType])
  if (random.chance(0.3)) headers.push(['Accept', 'application/json'])
  return {
    template,
    method: template.method,
    persona: random.chance(0.5) ? 'viewer' : 'anonymous',
    credentials: random.chance(0.5) ? 'header' : 'cookie',
    path: template.path,
    params,
    query: queryFor(template, build),
    headers,
    ...(body !== undefined ? { body } : {}),
    mutations: [],
  }
}
