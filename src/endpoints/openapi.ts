import type { Endpoint, Field, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { allows } from '../../access/matrix'
import { camelCase, factsOf } from '../lib/collectionFacts'
import { DEFAULT_LOCALE, LOCALE_CODES } from '../lib/locales'
import { searchSources } from '../lib/searchQuery'
import { directoryParts } from './districtDirectory'
import { FIND_PARAMETER_SCHEMAS, FOUND_OFFERS_SCHEMA } from './findOffers'
import { PLACES_GEOJSON_SCHEMA } from './placesGeoJson'
import { TRANSLATION_OVERVIEW_SCHEMA } from './translationOverview'

type Schema = Record<string, unknown>

const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] })

/** PascalCase schema name of a collection: working-groups → WorkingGroup. */
const schemaName = (collection: SanitizedCollectionConfig): string => {
  const camel = camelCase(collection.slug)
  const pascal = camel.charAt(0).toUpperCase() + camel.slice(1)
  return pascal.endsWith('s') && !pascal.endsWith('ss') ? pascal.slice(0, -1) : pascal
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })

const relationSchema = (relationTo: string | string[], names: Map<string, string>): Schema => {
  if (Array.isArray(relationTo)) {
    return {
      type: 'object',
      properties: {
        relationTo: { enum: relationTo },
        value: { anyOf: [{ type: 'integer' }, { type: 'object' }] },
      },
    }
  }
  const target = names.get(relationTo)
  // Populated (depth ≥ 1) or the bare id (depth 0, or not readable by the caller).
  return { anyOf: [{ type: 'integer' }, target ? ref(target) : { type: 'object' }] }
}

/** JSON Schema of a list of Payload fields, as they appear in REST responses. */
const fieldsSchema = (
  fields: Field[],
  names: Map<string, string>,
): { properties: Record<string, Schema> } => {
  const properties: Record<string, Schema> = {}
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      // row, collapsible, unnamed tabs: their fields sit on the parent.
      if ('fields' in field && Array.isArray(field.fields)) {
        Object.assign(properties, fieldsSchema(field.fields, names).properties)
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            properties[tab.name] = { type: 'object', ...fieldsSchema(tab.fields, names) }
          } else Object.assign(properties, fieldsSchema(tab.fields, names).properties)
        }
      }
      continue
    }
    // Hidden fields (e.g. translationSources) are never in an answer.
    if ('hidden' in field && field.hidden) continue
    const schema = fieldSchema(field, names)
    if (schema) properties[field.name] = schema
  }
  return { properties }
}

const fieldSchema = (field: Field, names: Map<string, string>): Schema | undefined => {
  const many = (schema: Schema) =>
    'hasMany' in field && field.hasMany ? nullable({ type: 'array', items: schema }) : nullable(schema)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return many({ type: 'string' })
    case 'email':
      return nullable({ type: 'string' })
    case 'number':
      return many({ type: 'number' })
    case 'checkbox':
      return nullable({ type: 'boolean' })
    case 'date':
      return nullable({ type: 'string', format: 'date-time' })
    case 'select':
    case 'radio':
      return many({
        enum: field.options.map((option) => (typeof option === 'string' ? option : option.value)),
      })
    case 'relationship':
    case 'upload':
      return many(relationSchema(field.relationTo as string | string[], names))
    case 'richText':
    case 'json':
      return nullable({ type: 'object' })
    case 'point':
      return nullable({ type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 })
    case 'array':
      return nullable({
        type: 'array',
        items: { type: 'object', ...fieldsSchema(field.fields, names) },
      })
    case 'group':
      return { type: 'object', ...fieldsSchema(field.fields, names) }
    case 'join':
      return {
        type: 'object',
        properties: {
          docs: { type: 'array', items: { anyOf: [{ type: 'integer' }, { type: 'object' }] } },
          hasNextPage: { type: 'boolean' },
        },
      }
    default:
      return undefined
  }
}

const paginated = (item: Schema): Schema => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage'],
  properties: {
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    totalPages: { type: 'integer' },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: nullable({ type: 'integer' }),
    nextPage: nullable({ type: 'integer' }),
  },
})

const ERROR = ref('Error')

const queryParameters = [
  {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    explode: true,
    schema: { type: 'object' },
    description: 'Payload where query, e.g. where[district.slug][equals]=halle-saale',
  },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0 } },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  {
    name: 'sort',
    in: 'query',
    schema: { type: 'string' },
    description: 'Field name; prefix with - for descending',
  },
  { name: 'depth', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 10 } },
  { name: 'locale', in: 'query', schema: { enum: [...LOCALE_CODES, 'all'] } },
  { name: 'fallback-locale', in: 'query', schema: { type: 'string' } },
  { name: 'select', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
  { name: 'populate', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
]

/** The OpenAPI 3.1 document of the public API, generated from the collections as configured. */
export const openApiDocument = (req: PayloadRequest): Schema => {
  // The collections frontends read: those whose row of the matrix lets anonymous clients read.
  // Users and Payload's own collections stay out.
  const collections = req.payload.config.collections.filter((collection) => {
    const facts = factsOf(collection)
    return facts !== undefined && allows(facts.resource, 'read', 'anonymous')
  })
  const parts = directoryParts(req.payload.config.collections)
  const names = new Map(collections.map((collection) => [collection.slug, schemaName(collection)]))
  const schemas: Record<string, Schema> = {
    Error: {
      type: 'object',
      required: ['errors'],
      properties: {
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['message'],
            properties: { message: { type: 'string' }, field: { type: 'string' } },
          },
        },
      },
    },
  }
  const paths: Record<string, Schema> = {}
  for (const collection of collections) {
    const name = names.get(collection.slug)!
    const { properties } = fieldsSchema(collection.fields, names)
    schemas[name] = {
      type: 'object',
      required: ['id'],
      properties: { ...properties, id: { type: 'integer' } },
    }
    const tag = [collection.slug]
    paths[`/api/${collection.slug}`] = {
      get: {
        tags: tag,
        summary: `List ${collection.slug}`,
        parameters: queryParameters,
        responses: {
          200: {
            description: 'A page of documents',
            content: { 'application/json': { schema: paginated(ref(name)) } },
          },
          400: { description: 'Bad query', content: { 'application/json': { schema: ERROR } } },
        },
      },
    }
    paths[`/api/${collection.slug}/{id}`] = {
      get: {
        tags: tag,
        summary: `One of ${collection.slug}`,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
          ...queryParameters.slice(3),
        ],
        responses: {
          200: { description: 'The document', content: { 'application/json': { schema: ref(name) } } },
          404: {
            description: 'Not found (or not visible to the caller)',
            content: { 'application/json': { schema: ERROR } },
          },
        },
      },
    }
    paths[`/api/${collection.slug}/count`] = {
      get: {
        tags: tag,
        summary: `Count ${collection.slug}`,
        parameters: [queryParameters[0]],
        responses: {
          200: {
            description: 'How many documents match',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['totalDocs'],
                  properties: { totalDocs: { type: 'integer' } },
                },
              },
            },
          },
        },
      },
    }
  }
  paths['/api/media/file/{filename}'] = {
    get: {
      tags: ['media'],
      summary: 'A file (public files, or files of the caller’s districts)',
      parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: {
          description: 'The file',
          content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
        },
        403: { description: 'Not public' },
      },
    },
  }
  const list = (item: string) => ({ type: 'array', items: ref(item) })
  schemas.Directory = {
    type: 'object',
    required: ['district', 'locale', 'generatedAt', ...parts.map(({ key }) => key), 'media'],
    properties: {
      district: ref('District'),
      locale: { type: 'string' },
      generatedAt: { type: 'string', format: 'date-time' },
      ...Object.fromEntries(parts.map(({ key, collection }) => [key, list(names.get(collection)!)])),
      media: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'url'],
          properties: {
            id: { type: 'integer' },
            url: nullable({ type: 'string' }),
            alt: nullable({ type: 'string' }),
            mimeType: nullable({ type: 'string' }),
          },
        },
      },
    },
  }
  schemas.SearchResult = paginated({
    type: 'object',
    required: ['collection', 'id', 'title', 'rank'],
    properties: {
      collection: { enum: searchSources(req.payload.config.collections).map(({ collection }) => collection) },
      id: { type: 'integer' },
      slug: nullable({ type: 'string' }),
      title: nullable({ type: 'string' }),
      excerpt: nullable({ type: 'string' }),
      district: nullable({
        type: 'object',
        properties: { id: { type: 'integer' }, slug: nullable({ type: 'string' }) },
      }),
      rank: { type: 'number' },
    },
  })
  paths['/api/districts/{slug}/directory'] = {
    get: {
      tags: ['districts'],
      summary: 'A district’s whole published network graph in one response',
      parameters: [
        { name: 'slug', in: 'path', required: true, schema: { type: 'string' }, example: 'saalekreis' },
        { name: 'locale', in: 'query', schema: { enum: LOCALE_CODES, default: 'de' } },
      ],
      responses: {
        200: { description: 'The directory', content: { 'application/json': { schema: ref('Directory') } } },
        400: { description: 'Unknown locale', content: { 'application/json': { schema: ERROR } } },
        404: { description: 'Unknown district', content: { 'application/json': { schema: ERROR } } },
      },
    },
  }
  paths['/api/search'] = {
    get: {
      tags: ['search'],
      summary: 'German full-text search over published content',
      parameters: [
        {
          name: 'q',
          in: 'query',
          required: true,
          schema: { type: 'string', minLength: 1, maxLength: 200 },
          example: 'Beratung',
        },
        { name: 'district', in: 'query', schema: { type: 'string' }, description: 'Slug or id' },
        { name: 'locale', in: 'query', schema: { enum: LOCALE_CODES, default: 'de' } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 } },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
      ],
      responses: {
        200: {
          description: 'Ranked results',
          content: { 'application/json': { schema: ref('SearchResult') } },
        },
        400: {
          description: 'Bad input, naming the parameter',
          content: { 'application/json': { schema: ERROR } },
        },
      },
    },
  }
  schemas.FoundOffers = FOUND_OFFERS_SCHEMA
  schemas.PlacesGeoJson = PLACES_GEOJSON_SCHEMA
  schemas.TranslationOverview = TRANSLATION_OVERVIEW_SCHEMA
  paths['/api/offers/find'] = {
    get: {
      tags: ['offers'],
      summary: 'Find published offers by place, language, target group, type, cost and opening time',
      description:
        'Nearest first with `near` (distance to the nearest place within `radius`), else by title. ' +
        'Opening times are evaluated in Europe/Berlin with the places’ exceptions; by-appointment places are never open. ' +
        'The answer holds until its `Expires` header (at most a minute): openNow changes with the clock.',
      parameters: FIND_PARAMETER_SCHEMAS,
      responses: {
        200: {
          description: 'A page of offers',
          content: { 'application/json': { schema: ref('FoundOffers') } },
        },
        400: {
          description: 'Bad input, naming the parameter',
          content: { 'application/json': { schema: ERROR } },
        },
      },
    },
  }
  paths['/api/districts/{slug}/places.geojson'] = {
    get: {
      tags: ['districts'],
      summary: 'A district’s published places with a position, and their offers, as GeoJSON (RFC 7946)',
      parameters: [
        { name: 'slug', in: 'path', required: true, schema: { type: 'string' }, example: 'saalekreis' },
        { name: 'locale', in: 'query', schema: { enum: LOCALE_CODES, default: 'de' } },
      ],
      responses: {
        200: {
          description: 'A FeatureCollection of points (longitude, latitude)',
          content: { 'application/geo+json': { schema: ref('PlacesGeoJson') } },
        },
        400: { description: 'Unknown locale', content: { 'application/json': { schema: ERROR } } },
        404: { description: 'Unknown district', content: { 'application/json': { schema: ERROR } } },
      },
    },
  }
  paths['/api/districts/{id}/translation-status'] = {
    get: {
      tags: ['districts'],
      summary:
        'Per translated locale: how many of a district’s published entries are translated current, outdated or missing',
      description:
        'For members of the district (any role) and the state admin; counted with the caller’s access.',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
        {
          name: 'locale',
          in: 'query',
          schema: { enum: LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE) },
          description: 'One locale; without it, every locale but German',
        },
      ],
      responses: {
        200: {
          description: 'Counts per locale, in total and per collection',
          content: { 'application/json': { schema: ref('TranslationOverview') } },
        },
        400: {
          description: 'Unknown locale, or German',
          content: { 'application/json': { schema: ERROR } },
        },
        401: { description: 'Not signed in', content: { 'application/json': { schema: ERROR } } },
        403: {
          description: 'Not a member of the district',
          content: { 'application/json': { schema: ERROR } },
        },
        404: { description: 'Unknown district', content: { 'application/json': { schema: ERROR } } },
      },
    },
  }
  paths['/api/graphql'] = {
    post: {
      tags: ['graphql'],
      summary: 'GraphQL (schema: schema.graphql in the repository)',
      requestBody: {
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['query'],
              properties: { query: { type: 'string' }, variables: { type: 'object' } },
            },
          },
        },
      },
      responses: {
        200: {
          description: 'GraphQL result',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      },
    },
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Integrationsnetzwerke CMS API',
      version: '1',
      description:
        'Published content of the integration networks of German districts. Without credentials: the public view. ' +
        'With `Authorization: JWT <token>` or `users API-Key <key>`: what the user’s roles allow in their districts.',
    },
    servers: [{ url: req.payload.config.serverURL || '/' }],
    security: [{}, { jwt: [] }, { apiKey: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        jwt: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'JWT <token> from POST /api/users/login',
        },
        apiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'users API-Key <key>' },
      },
    },
  }
}

export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => Response.json(openApiDocument(req)),
}

/** An interactive reference (Scalar, loaded from its CDN by the reader's browser). */
export const apiDocsEndpoint: Endpoint = {
  path: '/docs',
  method: 'get',
  handler: () =>
    new Response(
      `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Integrationsnetzwerke CMS – API</title>
  </head>
  <body>
    <script id="api-reference" data-url="/api/openapi.json"></script>
    <script src="https://cdn.jsdelivr.net/npm/@scalar/api-reference"></script>
  </body>
</html>
`,
      { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    ),
}
