import { documentData } from './baseline'
import { type BuildContext, queryableFields } from './buildContext'
import { utf8 } from './bytes'
import { multipartBody, type Part, TINY_PNG } from './multipart'
import { isWrite, type Mutation, setHeader } from './mutation'
import type { Draft } from './request'
import type { RouteTemplate } from './routes'
import { deepJson, FILENAME_ATTACKS, overlong, RAW_BYTES, STRING_ATTACKS, unknownEmail } from './values'

/** Mutations of the body: JSON, multipart uploads and credentials. Only for methods that carry a body. */

const json = (value: unknown) => utf8(JSON.stringify(value))
const setJson = (draft: Draft, body: string) => {
  draft.body = body
  setHeader(draft, 'Content-Type', 'application/json')
}

/** Values of the wrong type for a field of the given type. */
const WRONG_BY_TYPE: Record<string, unknown[]> = {
  number: ['abc', {}, [1, 2], true, -1e20, 1.5, '1e309'],
  relationship: ['abc', { relationTo: 'users', value: 1 }, [{}], -1, 1.5, 2147483648, { id: 'x' }],
  upload: ['abc', -1, { id: 1 }, [[]]],
  select: ['not-an-option', [], 5, { a: 1 }, ['x', 'y']],
  radio: ['not-an-option', 5],
  date: ['notadate', {}, -1e20, '2024-13-45', true],
  checkbox: ['maybe', 5, {}, []],
  text: [5, {}, [], true, null],
  textarea: [5, {}, ['a']],
  email: [5, 'not-an-email', {}, 'a@b'],
  array: ['x', {}, [[1]], [null], 5],
  group: ['x', [1], 5],
  richText: ['x', { root: 5 }, { root: { children: 'x' } }, []],
  join: [{ docs: [1] }, 'x'],
}

const wrongTypes = (build: BuildContext): Record<string, unknown> => {
  const fields = (build.collection?.fields ?? []).filter((field) => !field.path.includes('.'))
  const data: Record<string, unknown> = {}
  for (const field of build.random.some(fields, build.random.int(1, 4))) {
    data[field.path] = build.random.pick(WRONG_BY_TYPE[field.type] ?? [{}, 5, 'x'])
  }
  return data
}

const body = (
  kind: string,
  make: (draft: Draft, build: BuildContext) => void,
  applies: (template: RouteTemplate) => boolean = isWrite,
): Mutation => ({
  kind,
  applies,
  apply: make,
})

const BODY_MUTATIONS: Mutation[] = [
  body('body:broken-json', (d, b) =>
    setJson(
      d,
      b.random.pick(['{', '{"a":', '{"a":1,}', "{'a':1}", '{"a":1}}', 'nul', '{"a":"\\x"}', '{"a":01}']),
    ),
  ),
  body('body:deep-json', (d, b) => setJson(d, deepJson(b.random.pick([1000, 5000, 20_000])))),
  body('body:deep-array', (d, b) => setJson(d, `{"data":${deepJson(b.random.pick([1000, 5000]), 'array')}}`)),
  body('body:wrong-content-type', (d, b) => {
    d.body ??= json(documentData(b))
    setHeader(
      d,
      'Content-Type',
      b.random.pick([
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'image/png',
        'application/json; charset=latin1',
        'multipart/form-data; boundary=x',
        'application/graphql',
      ]),
    )
  }),
  body('body:empty', (d, b) => {
    d.body = ''
    if (b.random.chance(0.5)) setHeader(d, 'Content-Type', 'application/json')
  }),
  body('body:wrong-types', (d, b) => setJson(d, json(wrongTypes(b)))),
  body('body:huge-number', (d, b) => {
    const fields = queryableFields(b.collection).filter((field) =>
      ['number', 'relationship', 'upload'].includes(field.type),
    )
    const name = fields.length ? b.random.pick(fields).path.split('.')[0]! : 'id'
    setJson(
      d,
      `{"${name}":${b.random.pick(['99999999999999999999', '1e309', '-1e309', '2147483648', '9223372036854775808', '1' + '0'.repeat(400)])}}`,
    )
  }),
  body('body:nul', (d, b) =>
    setJson(
      d,
      json({
        ...documentData(b),
        [b.random.pick(['name', 'title', 'slug', 'alt', 'email'])]: b.random.pick(['a\u0000b', '\u0000']),
      }),
    ),
  ),
  body('body:overlong', (d, b) =>
    setJson(
      d,
      json({
        [b.random.pick(['name', 'title', 'slug', 'summary', 'email'])]: overlong(
          b.random,
          b.random.pick([10_000, 200_000]),
        ),
      }),
    ),
  ),
  body('body:non-object', (d, b) =>
    setJson(d, b.random.pick(['[]', 'null', '5', '"x"', 'true', '[{"name":"x"}]'])),
  ),
  body('body:prototype-keys', (d, b) =>
    setJson(
      d,
      b.random.pick([
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"x":1}}}',
        '{"id":1,"__proto__":null}',
        '{"hasOwnProperty":1}',
      ]),
    ),
  ),
  body('body:invalid-utf8', (d, b) => setJson(d, `{"name":"${b.random.pick(RAW_BYTES)}"}`)),
  body('body:unknown-fields', (d, b) =>
    setJson(
      d,
      json({
        ...documentData(b),
        nope: 1,
        id: b.random.pick([1, 'x', -1]),
        createdAt: 'x',
        _status: b.random.pick(['published', 'x']),
        deletedAt: 'x',
        hash: 'x',
        roles: ['admin'],
      }),
    ),
  ),
  body('body:urlencoded', (d, b) => {
    d.body = b.random.pick([
      'name=x&district=1',
      'a[b][c]=1',
      '%C0=%',
      `${'a'.repeat(100)}=${'b'.repeat(10)}`,
      '_payload=%7B',
    ])
    setHeader(d, 'Content-Type', 'application/x-www-form-urlencoded')
  }),
  body('body:big', (d, b) =>
    setJson(d, `{"name":"x","blob":"${'b'.repeat(b.random.pick([1_000_000, 3_000_000]))}"}`),
  ),
  body('body:bom', (d, b) => setJson(d, `\xef\xbb\xbf${json(documentData(b))}`)),
  body('body:duplicate-keys', (d, b) =>
    setJson(
      d,
      `{"id":1,"id":"x","${queryableFields(b.collection)[0]?.path ?? 'name'}":1,"${queryableFields(b.collection)[0]?.path ?? 'name'}":{"a":1}}`,
    ),
  ),
  body('body:locale-keys', (d, b) =>
    setJson(
      d,
      json({
        [queryableFields(b.collection).find((f) => f.localized)?.path ?? 'name']: b.random.pick([
          { de: 'x', xx: 'y' },
          { __proto__: 'x' },
          { de: { de: 'x' } },
        ]),
      }),
    ),
  ),
  body('body:operator-values', (d, b) =>
    setJson(
      d,
      json({
        [queryableFields(b.collection)[0]?.path ?? 'name']: b.random.pick([
          { $ne: null },
          { equals: 'x' },
          { $gt: '' },
        ]),
      }),
    ),
  ),
  body('body:strings', (d, b) =>
    setJson(
      d,
      json(
        Object.fromEntries(
          queryableFields(b.collection)
            .slice(0, 6)
            .map((field) => [field.path.split('.')[0], b.random.pick(STRING_ATTACKS)]),
        ),
      ),
    ),
  ),
]

/** A multipart body with the file part as given; `_payload` carries the document data. */
const setMultipart = (
  draft: Draft,
  build: BuildContext,
  file: Partial<Part>,
  options: { payload?: string; closed?: boolean; extra?: Part[] } = {},
) => {
  const boundary = `----fuzz${build.random.int(0, 1e9)}`
  draft.body = multipartBody(
    boundary,
    [
      { name: 'file', filename: 'fuzz.png', contentType: 'image/png', data: TINY_PNG, ...file },
      { name: '_payload', data: options.payload ?? json({ alt: 'Fuzz', ...documentData(build) }) },
      ...(options.extra ?? []),
    ],
    { closed: options.closed ?? true },
  )
  setHeader(draft, 'Content-Type', `multipart/form-data; boundary=${boundary}`)
}

const multipartRoute = (template: RouteTemplate) => template.method === 'POST' || template.method === 'PATCH'

const MULTIPART_MUTATIONS: Mutation[] = [
  body(
    'multipart:odd-filename',
    (d, b) => setMultipart(d, b, { filename: utf8(b.random.pick(FILENAME_ATTACKS)) }),
    multipartRoute,
  ),
  body(
    'multipart:wrong-mime',
    (d, b) =>
      setMultipart(
        d,
        b,
        b.random.pick([
          { filename: 'x.png', contentType: 'text/html', data: '<script>alert(1)</script>' },
          {
            filename: 'x.svg',
            contentType: 'image/svg+xml',
            data: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
          },
          { filename: 'x.png', contentType: 'image/png', data: 'not a png' },
          { filename: 'x.pdf', contentType: 'application/pdf', data: '%PDF-1.4 broken' },
          { filename: 'x.exe', contentType: 'application/x-msdownload', data: 'MZ' },
          { filename: 'x.png', contentType: 'image/png', data: TINY_PNG.slice(0, 20) },
        ]),
      ),
    multipartRoute,
  ),
  body(
    'multipart:broken',
    (d, b) => {
      setMultipart(d, b, {}, { closed: false })
      if (b.random.chance(0.5)) d.body = d.body!.slice(0, b.random.int(10, d.body!.length - 1))
    },
    multipartRoute,
  ),
  body(
    'multipart:no-boundary',
    (d, b) => {
      setMultipart(d, b, {})
      setHeader(
        d,
        'Content-Type',
        b.random.pick([
          'multipart/form-data',
          'multipart/form-data; boundary=',
          'multipart/form-data; boundary="unterminated',
          'multipart/mixed; boundary=x',
        ]),
      )
    },
    multipartRoute,
  ),
  body(
    'multipart:wrong-boundary',
    (d, b) => {
      setMultipart(d, b, {})
      setHeader(d, 'Content-Type', 'multipart/form-data; boundary=other')
    },
    multipartRoute,
  ),
  body(
    'multipart:payload-field',
    (d, b) =>
      setMultipart(
        d,
        b,
        {},
        {
          payload: b.random.pick([
            '{',
            deepJson(5000),
            '[]',
            'null',
            '"x"',
            `{"alt":"${'a'.repeat(100_000)}"}`,
            '{"alt":"a\\u0000b"}',
          ]),
        },
      ),
    multipartRoute,
  ),
  body('multipart:empty-file', (d, b) => setMultipart(d, b, { data: '' }), multipartRoute),
  body(
    'multipart:many-parts',
    (d, b) =>
      setMultipart(
        d,
        b,
        {},
        {
          extra: Array.from({ length: b.random.pick([100, 1000]) }, (_, i) => ({ name: `f${i}`, data: 'x' })),
        },
      ),
    multipartRoute,
  ),
  body(
    'multipart:two-files',
    (d, b) =>
      setMultipart(
        d,
        b,
        {},
        { extra: [{ name: 'file', filename: 'second.png', contentType: 'image/png', data: TINY_PNG }] },
      ),
    multipartRoute,
  ),
]

const credentials = (template: RouteTemplate) =>
  ['login', 'email', 'reset', 'register'].includes(template.body)

const CREDENTIAL_MUTATIONS: Mutation[] = [
  body(
    'credentials:wrong-types',
    (d, b) =>
      setJson(
        d,
        json({
          email: b.random.pick([{}, [], 5, null, true, ['a@b.c']]),
          password: b.random.pick([5, {}, [], null, true]),
          token: b.random.pick([5, {}, []]),
        }),
      ),
    credentials,
  ),
  body(
    'credentials:nul',
    (d, b) =>
      setJson(
        d,
        json({
          email: b.random.pick([
            `${unknownEmail(b.random)}\u0000`,
            '\u0000@x.de',
            'a\u0000b@unknown.example.invalid',
          ]),
          password: 'a\u0000b',
          token: '\u0000',
        }),
      ),
    credentials,
  ),
  body(
    'credentials:overlong',
    (d, b) =>
      setJson(
        d,
        json({
          email: `${'a'.repeat(b.random.pick([300, 100_000]))}@unknown.example.invalid`,
          password: 'p'.repeat(b.random.pick([1000, 1_000_000])),
          token: 't'.repeat(10_000),
        }),
      ),
    credentials,
  ),
  body(
    'credentials:injection',
    (d, b) =>
      setJson(
        d,
        json({
          email: b.random.pick([{ $ne: null }, { like: '%' }, "' OR 1=1 --", '*', '%', { equals: 'x' }]),
          password: { $ne: null },
        }),
      ),
    credentials,
  ),
  body(
    'credentials:missing',
    (d, b) =>
      setJson(d, b.random.pick(['{}', '{"email":""}', '{"password":"x"}', '{"email":null,"password":null}'])),
    credentials,
  ),
  body(
    'credentials:odd-email',
    (d, b) =>
      setJson(
        d,
        json({
          email: b.random.pick([
            'UPPER@UNKNOWN.EXAMPLE.INVALID',
            ' spaced@unknown.example.invalid ',
            'ü@ünknown.example.invalid',
            'a@b',
            '@',
            'x@[127.0.0.1]',
            '"quoted"@unknown.example.invalid',
          ]),
          password: 'x',
        }),
      ),
    credentials,
  ),
  body(
    'token:garbage',
    (d, b) =>
      setJson(
        d,
        json({
          token: b.random.pick(
            ['', 'x', '%00', '\u0000', 'a'.repeat(5000), { $ne: null }, ['x'], 5, '../'].map((t) => t),
          ),
          password: 'Fuzz-Passwort-2026',
        }),
      ),
    (t) => t.body === 'reset',
  ),
]

export const BODY_AND_UPLOAD_MUTATIONS: Mutation[] = [
  ...BODY_MUTATIONS,
  ...MULTIPART_MUTATIONS,
  ...CREDENTIAL_MUTATIONS,
]
