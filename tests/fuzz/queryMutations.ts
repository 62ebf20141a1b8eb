import { type BuildContext, queryableFields } from './buildContext'
import { enc, encBytes, utf8 } from './bytes'
import { anyRoute as any, type Mutation, pathSafe, queries, replaceParam } from './mutation'
import type { QueryKind } from './routes'
import {
  deepJson,
  INVALID_PERCENT,
  LOCALE_ATTACKS,
  NUMBER_ATTACK_KINDS,
  NUMBER_ATTACKS,
  overlong,
  RAW_BYTES,
} from './values'

/** Mutations of the query string: where, sort, numbers, select/populate/joins, locales, flags, and the syntax itself. */

/** A field of the collection of the given types, or any queryable one. */
const fieldOf = (build: BuildContext, ...types: string[]) => {
  const fields = queryableFields(build.collection)
  const matching = fields.filter((field) => types.includes(field.type))
  return (
    (matching.length ? build.random.pick(matching) : fields.length ? build.random.pick(fields) : undefined)
      ?.path ?? 'id'
  )
}

const relationPaths = (build: BuildContext): string[] => {
  const fields = queryableFields(build.collection).filter((field) => field.relationTo?.length)
  return fields.flatMap((field) => [
    `${field.path}.name`,
    `${field.path}.slug`,
    `${field.path}.district.slug`,
    `${field.path}.title`,
  ])
}

const where = (kind: string, pairs: (build: BuildContext) => Array<[string, string | null]>): Mutation => ({
  kind: `where:${kind}`,
  applies: queries('list', 'count'),
  apply: (draft, build) => replaceParam(draft, 'where', ...pairs(build)),
})

export const WHERE_MUTATIONS: Mutation[] = [
  where('unknown-operator', (b) => [
    [
      `where[${fieldOf(b)}][${b.random.pick(['nope', 'equal', '$ne', '__proto__', 'constructor', 'LIKE', 'and', 'or', 'valueOf'])}]`,
      'x',
    ],
  ]),
  where('in-scalar', (b) => [
    [
      `where[${fieldOf(b, 'relationship', 'number', 'select')}][${b.random.pick(['in', 'not_in', 'all'])}]`,
      b.random.pick(['x', 'x,y', ',', '1,x', '%00']),
    ],
  ]),
  where('wrong-type', (b) => {
    const field = queryableFields(b.collection)
    const pick = field.length ? b.random.pick(field) : undefined
    const wrong: Record<string, string[]> = {
      number: ['abc', 'true', '1.2.3'],
      relationship: ['abc', '1.5', '%7B%22x%22%3A1%7D'],
      upload: ['abc', '-'],
      date: ['notadate', '2024-13-45', '0000-00-00', '1e20'],
      checkbox: ['maybe', '2', 'abc'],
      select: ['not-an-option', '%00'],
    }
    return [[`where[${pick?.path ?? 'id'}][equals]`, b.random.pick(wrong[pick?.type ?? 'number'] ?? ['abc'])]]
  }),
  where('like-on-select', (b) => [
    [
      `where[${fieldOf(b, 'select', 'radio', 'checkbox', 'relationship', 'number', 'date')}][${b.random.pick(['like', 'contains', 'not_like'])}]`,
      b.random.pick(['p', '%25', '_', 'a%00']),
    ],
  ]),
  where('nul', (b) => [
    [
      `where[${fieldOf(b, 'text', 'textarea')}][${b.random.pick(['equals', 'like', 'contains', 'in'])}]`,
      b.random.pick(['a%00b', '%00', 'x%00,y']),
    ],
  ]),
  where('unknown-field', (b) => [
    [`where[${b.random.pick(['nope', '__proto__', 'constructor', '', ' ', '.', 'a..b', '0'])}][equals]`, '1'],
  ]),
  where('sensitive-field', (b) => [
    [
      `where[${b.random.pick(['password', 'hash', 'salt', 'resetPasswordToken', 'apiKey', 'apiKeyIndex', 'sessions.id', 'loginAttempts', 'lockUntil'])}][${b.random.pick(['exists', 'like', 'equals'])}]`,
      b.random.pick(['true', 'a']),
    ],
  ]),
  where('deep-path', (b) => [
    [
      `where[${Array.from({ length: b.random.int(5, 60) }, () => b.random.pick(['district', 'network', 'a', 'chair'])).join('.')}][equals]`,
      '1',
    ],
  ]),
  where('relationship-path', (b) => {
    const paths = relationPaths(b)
    return [
      [
        `where[${paths.length ? b.random.pick(paths) : 'district.name'}][${b.random.pick(['equals', 'like', 'in', 'exists'])}]`,
        b.random.pick(['x', '1', 'true']),
      ],
    ]
  }),
  where('json-string', (b) => [
    [
      'where',
      enc(
        b.random.pick([
          `{"${fieldOf(b)}":{"equals":"x"}}`,
          '{"or":[{"id":{"equals":"abc"}}]}',
          '{"id":{"in":"x"}}',
          '[]',
          'null',
          '"x"',
          '5',
          '{"__proto__":{"x":1}}',
        ]),
      ),
    ],
  ]),
  where('broken-json', (b) => [
    ['where', enc(b.random.pick(['{"name":', '{', '}', '{"a":{"equals":}', "{'a':1}"]))],
  ]),
  where('array-value', (b) => {
    const path = fieldOf(b)
    return b.random.pick([
      [
        [`where[${path}][equals][]`, 'a'],
        [`where[${path}][equals][]`, 'b'],
      ],
      [[`where[${path}][equals][0]`, 'a']],
      [[`where[${path}][equals][x]`, 'a']],
      [[`where[${path}][in][0][1]`, 'a']],
    ] as Array<Array<[string, string]>>)
  }),
  where('deep-nesting', (b) => {
    const levels = b.random.pick([20, 200, 1000])
    return [
      [
        `where${Array.from({ length: levels }, (_, i) => (i % 2 ? '[0]' : b.random.pick(['[or]', '[and]']))).join('')}[id][equals]`,
        '1',
      ],
    ]
  }),
  where('overlong', (b) => [
    [`where[${fieldOf(b, 'text')}][${b.random.pick(['equals', 'like', 'in'])}]`, enc(overlong(b.random))],
  ]),
  where('huge-number', (b) => [
    [
      `where[${b.random.pick([fieldOf(b, 'number', 'relationship'), 'id'])}][${b.random.pick(['equals', 'greater_than', 'in', 'less_than'])}]`,
      b.random.pick(NUMBER_ATTACKS.huge),
    ],
  ]),
  where('exists-wrong', (b) => [
    [`where[${fieldOf(b)}][exists]`, b.random.pick(['maybe', '2', '', 'null', '%00'])],
  ]),
  where('near', (b) => [
    [
      `where[${fieldOf(b)}][${b.random.pick(['near', 'within', 'intersects'])}]`,
      b.random.pick(['abc', '1,2', '1,2,3,4', '%7B%7D']),
    ],
  ]),
  where('empty-operator', (b) =>
    b.random.pick([
      [[`where[${fieldOf(b)}]`, 'x']],
      [['where', 'x']],
      [['where[]', 'x']],
      [['where', null]],
      [[`where[${fieldOf(b)}][]`, 'x']],
    ] as Array<Array<[string, string | null]>>),
  ),
  where('operator-object', (b) => [
    [`where[${fieldOf(b)}][equals][${b.random.pick(['x', 'equals', '__proto__'])}][y]`, '1'],
  ]),
  where('date-garbage', (b) => [
    [
      `where[${b.random.pick(['createdAt', 'updatedAt', 'deletedAt', fieldOf(b, 'date')])}][${b.random.pick(['greater_than', 'equals', 'less_than_equal'])}]`,
      b.random.pick(['2024-13-45', 'notadate', '-1', '99999999999999999999', '%00', '2024-01-01T25:61:00Z']),
    ],
  ]),
  where('id-garbage', (b) => [
    [
      `where[id][${b.random.pick(['equals', 'in', 'not_in', 'greater_than'])}]`,
      b.random.pick(['abc', '1,abc', '1.5', '-1', '99999999999999999999', '1,,2', '%00']),
    ],
  ]),
  where('locale-path', (b) => [
    [`where[${fieldOf(b, 'text')}.${b.random.pick(['de', 'en', 'xx', 'all', '__proto__'])}][equals]`, 'x'],
  ]),
]

const sort = (kind: string, value: (build: BuildContext) => Array<[string, string]>): Mutation => ({
  kind: `sort:${kind}`,
  applies: queries('list'),
  apply: (draft, build) => replaceParam(draft, 'sort', ...value(build)),
})

export const SORT_MUTATIONS: Mutation[] = [
  sort('relationship-path', (b) => {
    const paths = relationPaths(b)
    return [['sort', `${b.random.pick(['', '-'])}${paths.length ? b.random.pick(paths) : 'chair.name'}`]]
  }),
  sort('unknown', (b) => [
    [
      'sort',
      b.random.pick(['nope', '__proto__', 'password', 'hash', '-salt', 'constructor', '1', 'a.b.c.d.e']),
    ],
  ]),
  sort('dash', (b) => [['sort', b.random.pick(['-', '--name', '+name', '-%20', '- name', '%2Dname'])]]),
  sort('multi', (b) => [
    ['sort', enc(b.random.pick(['name,-createdAt,nope', ',', 'name,,', 'id,id,id', '-id,-']))],
  ]),
  sort('array', (b) =>
    b.random.pick([
      [
        ['sort[]', 'name'],
        ['sort[]', '-id'],
      ],
      [['sort[a]', 'b']],
      [['sort[0][1]', 'x']],
    ] as Array<Array<[string, string]>>),
  ),
  sort('nul', (b) => [['sort', b.random.pick(['name%00', '%00', '-%00id'])]]),
  sort('overlong', (b) => [['sort', enc(overlong(b.random, 5000))]]),
]

const NUMBER_PARAMS: Array<{ name: string; kinds: QueryKind[] }> = [
  { name: 'limit', kinds: ['list', 'search', 'find', 'jobs'] },
  { name: 'page', kinds: ['list', 'search', 'find'] },
  { name: 'depth', kinds: ['list', 'doc'] },
]

export const NUMBER_MUTATIONS: Mutation[] = NUMBER_PARAMS.flatMap(({ name, kinds }) => [
  ...NUMBER_ATTACK_KINDS.map((kind): Mutation => ({
    kind: `${name}:${kind}`,
    applies: queries(...kinds),
    apply: (draft, build) => replaceParam(draft, name, [name, enc(build.random.pick(NUMBER_ATTACKS[kind]))]),
  })),
  {
    kind: `${name}:array`,
    applies: queries(...kinds),
    apply: (draft, build) =>
      replaceParam(
        draft,
        name,
        ...build.random.pick([
          [
            [`${name}[]`, '1'],
            [`${name}[]`, '2'],
          ],
          [[`${name}[a]`, '1']],
          [
            [name, '1'],
            [name, '2'],
          ],
        ] as Array<Array<[string, string]>>),
      ),
  },
])

const param = (
  kind: string,
  kinds: QueryKind[],
  pairs: (build: BuildContext) => Array<[string, string | null]>,
  name = kind.split(':')[0]!,
): Mutation => ({
  kind,
  applies: queries(...kinds),
  apply: (draft, build) => replaceParam(draft, name, ...pairs(build)),
})

const joinNames = (b: BuildContext) => {
  const joins = (b.collection?.fields ?? [])
    .filter((field) => field.type === 'join')
    .map((field) => field.path)
  return joins.length ? joins : ['principles']
}

export const SHAPE_MUTATIONS: Mutation[] = [
  param('select:unknown-field', ['list', 'doc'], (b) => [
    [`select[${b.random.pick(['nope', 'password', 'hash', '__proto__', 'salt', 'sessions'])}]`, 'true'],
  ]),
  param('select:wrong-shape', ['list', 'doc'], (b) =>
    b.random.pick([
      [['select', 'abc']],
      [['select[name]', 'maybe']],
      [['select[]', 'name']],
      [['select[name][x][y]', 'true']],
      [['select', null]],
    ] as Array<Array<[string, string | null]>>),
  ),
  param('select:deep', ['list', 'doc'], (b) => [[`select${'[a]'.repeat(b.random.pick([20, 500]))}`, 'true']]),
  param('populate:unknown-collection', ['list', 'doc'], (b) => [
    [
      `populate[${b.random.pick(['nope', 'users', '__proto__', 'payload-preferences', 'payload-migrations'])}][${b.random.pick(['name', 'email', 'hash'])}]`,
      'true',
    ],
  ]),
  param('populate:wrong-shape', ['list', 'doc'], (b) =>
    b.random.pick([
      [['populate', 'abc']],
      [['populate[districts]', 'true']],
      [['populate[districts][name]', 'maybe']],
      [['populate[]', 'x']],
    ] as Array<Array<[string, string]>>),
  ),
  param(
    'joins:wrong-number',
    ['list', 'doc'],
    (b) => [
      [
        `joins[${b.random.pick(joinNames(b))}][${b.random.pick(['limit', 'page'])}]`,
        b.random.pick(['-1', 'abc', '99999999999999999999', '1.5', '0']),
      ],
    ],
    'joins',
  ),
  param(
    'joins:sort-relationship',
    ['list', 'doc'],
    (b) => [
      [
        `joins[${b.random.pick(joinNames(b))}][sort]`,
        b.random.pick(['chair.name', '-district.name', 'nope', 'network.district.slug']),
      ],
    ],
    'joins',
  ),
  param(
    'joins:where-garbage',
    ['list', 'doc'],
    (b) => [
      [
        `joins[${b.random.pick(joinNames(b))}][where][${b.random.pick(['id', 'nope', 'name'])}][${b.random.pick(['nope', 'in', 'equals'])}]`,
        b.random.pick(['x', '%00', '99999999999999999999']),
      ],
    ],
    'joins',
  ),
  param(
    'joins:unknown',
    ['list', 'doc'],
    (b) => [[`joins[${b.random.pick(['nope', '__proto__', 'district'])}][limit]`, '1']],
    'joins',
  ),
  param(
    'joins:wrong-shape',
    ['list', 'doc'],
    (b) =>
      b.random.pick([
        [['joins', 'false']],
        [['joins', 'abc']],
        [[`joins[${b.random.pick(joinNames(b))}]`, 'false']],
        [[`joins[${b.random.pick(joinNames(b))}][count]`, 'maybe']],
      ] as Array<Array<[string, string]>>),
    'joins',
  ),
  param('locale:unknown', ['list', 'count', 'doc', 'search', 'find', 'directory'], (b) => [
    ['locale', pathSafe(b.random.pick(LOCALE_ATTACKS))],
  ]),
  param('locale:array', ['list', 'count', 'doc', 'search', 'find', 'directory'], (b) =>
    b.random.pick([
      [
        ['locale[]', 'de'],
        ['locale[]', 'en'],
      ],
      [
        ['locale', 'de'],
        ['locale', 'en'],
      ],
      [['locale[x]', 'de']],
    ] as Array<Array<[string, string]>>),
  ),
  param(
    'fallback-locale:unknown',
    ['list', 'doc'],
    (b) => [
      [
        b.random.pick(['fallback-locale', 'fallbackLocale']),
        pathSafe(b.random.pick([...LOCALE_ATTACKS, 'none', 'null', 'false', 'all'])),
      ],
    ],
    'fallback-locale',
  ),
  param('draft:garbage', ['list', 'count', 'doc'], (b) => [
    ['draft', b.random.pick(['maybe', '1', 'yes', '', '%00', 'TRUE'])],
  ]),
  param('trash:garbage', ['list', 'count', 'doc'], (b) => [
    ['trash', b.random.pick(['maybe', '1', 'yes', '', 'only', 'TRUE'])],
  ]),
  param('pagination:garbage', ['list'], (b) =>
    b.random.pick([
      [['pagination', 'abc']],
      [
        ['pagination', 'false'],
        ['limit', '0'],
      ],
      [
        ['pagination', 'false'],
        ['page', '99'],
      ],
      [['pagination[]', 'false']],
    ] as Array<Array<[string, string]>>),
  ),
  param(
    'search:q-garbage',
    ['search', 'find'],
    (b) => [
      [
        'q',
        enc(
          b.random.pick([
            'a'.repeat(201),
            'a\u0000b',
            '&|!',
            ':*',
            "' OR 1=1",
            '(a',
            'a:*b',
            '\\',
            ' ',
            '%',
            'ä'.repeat(150),
            '🙂',
          ]),
        ),
      ],
    ],
    'q',
  ),
  param(
    'search:district-garbage',
    ['search', 'find'],
    (b) => [
      [
        'district',
        b.random.pick(['99999999999999999999', '-1', '0', 'nope', '%00', '1.5', '2147483648', '1e3']),
      ],
    ],
    'district',
  ),
  param(
    'paste:src-garbage',
    ['paste'],
    (b) => [
      [
        'src',
        enc(
          b.random.pick([
            'javascript:alert(1)',
            'file:///etc/passwd',
            'http://[::1]/',
            'http://169.254.169.254/',
            '',
            'x'.repeat(5000),
            'http://%00/',
          ]),
        ),
      ],
    ],
    'src',
  ),
  ...(
    [
      ['near', ['91,0', '0,181', 'abc', '1,2,3', '1e400,0', ',', 'NaN,NaN', '-0,-0', '52.6;11.8', '%00']],
      ['radius', ['-1', '0', '1e9', 'Infinity', 'abc', '201', '0x10', '']],
      ['language', ['xx', 'AR', 'ar-SY', '__proto__', '%00', '']],
      ['targetGroup', ['2147483648', '-1', '%00', "' or 1=1 --", 'x'.repeat(300)]],
      ['offerType', ['2147483648', '0', 'constructor']],
      ['field', ['99999999999999999999', 'toString']],
      ['free', ['1', 'yes', 'TRUE', '']],
      ['openAt', ['tomorrow', '2026-02-30T10:00', '2026-03-29T02:30', '24:00', '2026-12-01T10:00+25:00', '']],
    ] as const
  ).map(([name, values]) =>
    param(`find:${name}-garbage`, ['find'], (b) => [[name, enc(b.random.pick([...values]))]], name),
  ),
  param(
    'jobs:queue-garbage',
    ['jobs'],
    (b) => [['queue', b.random.pick(['__proto__', '%00', '', 'nope', 'constructor'])]],
    'queue',
  ),
]

export const QUERY_MUTATIONS: Mutation[] = [
  {
    kind: 'query:duplicate-param',
    applies: any,
    apply: (d, b) => {
      const pair = d.query.length ? b.random.pick(d.query) : (['limit', '1'] as [string, string])
      d.query.push([pair[0], b.random.pick(['2', 'x', '', '-1'])])
    },
  },
  {
    kind: 'query:invalid-percent',
    applies: any,
    apply: (d, b) =>
      d.query.push(
        b.random.pick([
          [`x`, b.random.pick(INVALID_PERCENT)],
          [b.random.pick(INVALID_PERCENT), '1'],
          ['where[name][equals]', `a${b.random.pick(INVALID_PERCENT)}`],
        ] as Array<[string, string]>),
      ),
  },
  {
    kind: 'query:nul',
    applies: any,
    apply: (d, b) =>
      d.query.push(
        b.random.pick([
          ['x%00', '1'],
          ['locale', '%00'],
          ['depth', '1%00'],
        ] as Array<[string, string]>),
      ),
  },
  {
    kind: 'query:raw-bytes',
    applies: any,
    apply: (d, b) => d.query.push([`x${b.random.pick(RAW_BYTES)}`, b.random.pick(RAW_BYTES)]),
  },
  {
    kind: 'query:overlong',
    applies: any,
    apply: (d, b) =>
      d.query.push(['x', encBytes(utf8(overlong(b.random, b.random.pick([5000, 15_000, 60_000]))))]),
  },
  {
    kind: 'query:deep-brackets',
    applies: any,
    apply: (d, b) => d.query.push([`a${'[b]'.repeat(b.random.pick([50, 1000, 5000]))}`, '1']),
  },
  {
    kind: 'query:many-params',
    applies: any,
    apply: (d, b) =>
      d.query.push(
        ...Array.from({ length: b.random.pick([1001, 3000]) }, (_, i): [string, string] => [`p${i}`, '1']),
      ),
  },
  {
    kind: 'query:bare-key',
    applies: any,
    apply: (d, b) =>
      d.query.push([b.random.pick(['where', 'limit', 'depth', 'locale', 'sort', 'draft']), null]),
  },
  {
    kind: 'query:unicode-key',
    applies: any,
    apply: (d, b) => d.query.push([enc(b.random.pick(['wherе', 'límit', 'ÿ', '🙂', 'ｄｅｐｔｈ'])), '1']),
  },
  {
    kind: 'query:prototype',
    applies: any,
    apply: (d, b) =>
      d.query.push([
        b.random.pick([
          '__proto__[x]',
          'constructor[prototype][x]',
          '__proto__',
          'where[__proto__][x]',
          'toString',
        ]),
        '1',
      ]),
  },
  {
    kind: 'query:empty-key',
    applies: any,
    apply: (d, b) =>
      d.query.push(
        b.random.pick([
          ['', 'x'],
          ['', ''],
          ['&', null],
          ['=', '='],
        ] as Array<[string, string | null]>),
      ),
  },
  { kind: 'query:question-marks', applies: any, apply: (d) => d.query.unshift(['?', null]) },
  {
    kind: 'query:fragment',
    applies: any,
    apply: (d, b) => d.query.push(['x', b.random.pick(['1#frag', '#', '1#%C0'])]),
  },
  {
    kind: 'query:plus-space',
    applies: any,
    apply: (d, b) =>
      d.query.push([b.random.pick(['locale', 'sort', 'depth']), b.random.pick(['de+', '+1', '+', 'a b'])]),
  },
  {
    kind: 'query:json-in-value',
    applies: any,
    apply: (d, b) =>
      d.query.push([
        b.random.pick(['select', 'populate', 'joins', 'depth']),
        enc(b.random.pick(['{"a":1}', deepJson(200), '[1,2]'])),
      ]),
  },
]
