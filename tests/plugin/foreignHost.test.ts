import { postgresAdapter } from '@payloadcms/db-postgres'
import { REST_GET } from '@payloadcms/next/routes'
import { buildConfig, type CollectionSlug, getPayload, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { allows } from '../../access/matrix'
import { contentCollection, integrationNetworks } from '../../src'
import { closePayload } from '../../src/db/closePayload'
import { openApiDocument } from '../../src/endpoints/openapi'
import { declaredCollections } from '../../src/lib/collectionFacts'
import { preloadLexical } from '../../src/lib/preloadLexical'
import { searchSources } from '../../src/lib/searchQuery'
import { exampleDocument } from '../helpers/exampleDocument'
import { unique } from '../helpers/factories'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../setup/testDatabase'

/**
 * Proof that the plugin is a plugin: a foreign Payload config with its own `users` (an extra
 * field) and `pages`, plus one collection of its own declared as district content (`notes`),
 * gets the integration-network model from `integrationNetworks()` alone, on its own database.
 * Its public REST API, a slice of the role matrix and the directory work there, and the
 * declared collection appears in the OpenAPI document, the directory, the search sources and
 * the generated access cases without any other edit.
 */
await preloadLexical()
const { lexicalEditor } = await import('@payloadcms/richtext-lexical')

const Notes = contentCollection<'networks'>(
  {
    slug: 'notes' as 'networks',
    admin: { useAsTitle: 'title' },
    fields: [
      { name: 'title', type: 'text', localized: true, required: true },
      { name: 'network', type: 'relationship', relationTo: 'networks', required: true },
    ],
  },
  { titleField: 'title', directory: true, search: { title: 'title' } },
)

const adminUrl = inject('adminDatabaseUrl')
const databaseName = uniqueDatabaseName('cms_foreign')
const url = await createDatabase(adminUrl, databaseName)
const config = buildConfig({
  secret: 'a-foreign-host-secret-of-enough-length',
  editor: lexicalEditor(),
  db: postgresAdapter({ pool: { connectionString: url }, push: true }),
  collections: [
    { slug: 'users', auth: true, fields: [{ name: 'displayName', type: 'text' }] },
    {
      slug: 'pages',
      access: { read: () => true },
      fields: [{ name: 'title', type: 'text', required: true }],
    },
    Notes,
  ],
  localization: { locales: ['de', 'fr'], defaultLocale: 'de' },
  plugins: [integrationNetworks({ locales: ['de', 'en'] })],
})

/** The foreign host's REST API, as Next would call Payload's handler for GET /api/<path>. */
const get = async (path: string, token?: string) => {
  const request = new Request(`http://localhost:3000/api/${path}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug }) })
  return { status: response.status, json: await response.json() }
}

let payload: Payload
const districts: Record<'A' | 'B', { id: number; slug: string }> = {} as never
const networks: Record<'A' | 'B', number> = {} as never

beforeAll(async () => {
  payload = await getPayload({ config })
  // The first account becomes the state admin (collections/Users/hooks/makeFirstUserAdmin.ts).
  await payload.create({
    collection: 'users',
    data: { email: 'admin@foreign.example.org', password: 'Ein-langes-Passwort-2026' } as never,
  })
  for (const key of ['A', 'B'] as const) {
    const slug = unique('kreis').toLowerCase()
    const district = await payload.create({
      collection: 'districts',
      data: { name: unique('Kreis'), slug, officialKey: key === 'A' ? '99001' : '99002' },
    })
    districts[key] = { id: district.id, slug }
    networks[key] = (
      await payload.create({
        collection: 'networks',
        data: { district: district.id, name: unique('Netz'), _status: 'published' },
      })
    ).id
  }
}, 240_000)

// With DATABASE_URL set, the database lives on a server that outlasts the run.
afterAll(async () => {
  if (payload) await closePayload(payload)
  await dropDatabase(adminUrl, databaseName)
})

const signIn = async (role: 'viewer' | 'editor', district: number) => {
  const email = `${unique(role).toLowerCase()}@foreign.example.org`
  const password = 'Ein-langes-Passwort-2026'
  await payload.create({
    collection: 'users',
    data: { email, password, districts: [{ district, roles: [role] }] } as never,
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return token!
}

describe('integrationNetworks() in a foreign host', () => {
  it("keeps the host's collections and adds its fields to the host's users", () => {
    const slugs = payload.config.collections.map(({ slug }) => slug)
    expect(slugs).toEqual(
      expect.arrayContaining(['pages', 'users', 'notes', 'networks', 'districts', 'media']),
    )
    const userFields = payload.collections.users.config.fields.flatMap((field) =>
      'name' in field ? [field.name] : [],
    )
    expect(userFields).toEqual(expect.arrayContaining(['displayName', 'roles', 'districts']))
    expect(payload.config.localization && payload.config.localization.localeCodes).toEqual(['de', 'en', 'fr'])
  })

  it('serves published content anonymously over REST, and no drafts', async () => {
    const draft = await payload.create({
      collection: 'networks',
      data: { district: districts.A.id, name: unique('Entwurf'), _status: 'draft' },
    })
    const { status, json } = await get(`networks?where[district][equals]=${districts.A.id}&depth=0`)
    expect(status).toBe(200)
    expect(json.docs.map(({ id }: { id: number }) => id)).toEqual([networks.A])
    expect((await get(`networks/${draft.id}`)).status).toBe(404)
    expect((await get('pages')).status).toBe(200)
  })

  it('follows the role matrix: a viewer reads drafts of their district only and writes nothing', async () => {
    const viewer = await signIn('viewer', districts.A.id)
    const draftA = await payload.create({
      collection: 'networks',
      data: { district: districts.A.id, name: unique('Entwurf'), _status: 'draft' },
    })
    const draftB = await payload.create({
      collection: 'networks',
      data: { district: districts.B.id, name: unique('Entwurf'), _status: 'draft' },
    })
    expect((await get(`networks/${draftA.id}?draft=true`, viewer)).status).toBe(
      allows('content', 'readDrafts', 'viewer') ? 200 : 403,
    )
    expect((await get(`networks/${draftB.id}?draft=true`, viewer)).status).toBe(404)
    const user = (await payload.auth({ headers: new Headers({ Authorization: `JWT ${viewer}` }) })).user
    await expect(
      payload.create({
        collection: 'networks',
        data: { district: districts.A.id, name: unique('Netz') },
        overrideAccess: false,
        user,
        draft: true,
      }),
    ).rejects.toThrow()
  })

  it("lists the district's graph in the directory, the declared notes included", async () => {
    const note = await payload.create({
      collection: 'notes' as CollectionSlug,
      data: {
        district: districts.A.id,
        network: networks.A,
        title: unique('Notiz'),
        _status: 'published',
      } as never,
    })
    const { status, json } = await get(`districts/${districts.A.slug}/directory`)
    expect(status).toBe(200)
    expect(json.networks.map(({ id }: { id: number }) => id)).toEqual([networks.A])
    expect(json.notes.map(({ id }: { id: number }) => id)).toEqual([note.id])
  })

  it('derives the OpenAPI document, the search sources and the access cases from the declaration', async () => {
    const document = openApiDocument({ payload } as PayloadRequest) as {
      paths: Record<string, unknown>
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> }
    }
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/notes', '/api/notes/{id}']))
    expect(Object.keys(document.paths)).not.toContain('/api/pages')
    expect(document.components.schemas.Directory!.properties).toHaveProperty('notes')
    expect(searchSources(payload.config.collections).map(({ collection }) => collection)).toContain('notes')
    // The generated access suite takes its collections and fixtures from the built config.
    const content = declaredCollections(payload.config.collections, 'content')
    expect(content.map(({ slug }) => slug)).toContain('notes')
    const notes = content.find(({ slug }) => (slug as string) === 'notes')!
    const example = exampleDocument(notes, {
      district: districts.B.id,
      network: networks.B,
      status: 'published',
    })
    const created = await payload.create({
      collection: 'notes' as CollectionSlug,
      data: example as never,
      draft: false,
    })
    expect((await get(`notes/${created.id}`)).status).toBe(allows('content', 'read', 'anonymous') ? 200 : 403)
  })
})
