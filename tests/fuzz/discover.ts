import type { FuzzContext, FuzzModel } from './model'

type Docs = { docs?: Array<Record<string, unknown>> }

/** Logs the viewer in over REST (before the first checksum: the new session is set-up, not fuzzing). */
export const loginViewer = async (url: string, email: string, password: string): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const text = await response.text()
  if (!response.ok)
    throw new Error(`The viewer ${email} could not log in: ${response.status} ${text.slice(0, 300)}`)
  const { token, user } = JSON.parse(text) as {
    token?: string
    user?: { roles?: string[]; districts?: Array<{ roles?: string[] }> }
  }
  if (!token) throw new Error('The login answered without a token.')
  // The database must stay unchanged: refuse a login that could write.
  const roles = [
    ...(user?.roles ?? []),
    ...(user?.districts ?? []).flatMap((membership) => membership.roles ?? []),
  ]
  if (roles.some((role) => role !== 'viewer')) {
    throw new Error(`${email} holds roles ${roles.join(', ')}: the fuzzer only runs as a read-only viewer.`)
  }
  return token
}

/**
 * Ids, version ids, district slugs and file names as the viewer sees them (its own district's
 * drafts and trash, the published rest), sorted: on the same database, the same context.
 */
export const discoverContext = async (url: string, token: string, model: FuzzModel): Promise<FuzzContext> => {
  const get = async (path: string): Promise<Array<Record<string, unknown>>> => {
    const response = await fetch(`${url}${model.routes.api}${path}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    if (!response.ok) return []
    return ((await response.json()) as Docs).docs ?? []
  }
  const context: FuzzContext = { ids: {}, versionIds: {}, districtSlugs: [], filenames: [] }
  for (const collection of model.collections) {
    if (!collection.endpoints.some(({ method, path }) => method === 'GET' && path === '/')) continue
    const trash = collection.trash ? '&trash=true' : ''
    const docs = await get(`/${collection.slug}?limit=5&depth=0&sort=id${trash}`)
    context.ids[collection.slug] = docs.map((doc) => Number(doc.id)).filter(Number.isInteger)
    if (collection.versions) {
      const versions = await get(`/${collection.slug}/versions?limit=5&depth=0&sort=id`)
      context.versionIds[collection.slug] = versions.map((doc) => Number(doc.id)).filter(Number.isInteger)
    }
  }
  context.districtSlugs = (await get('/districts?limit=100&depth=0&sort=slug'))
    .map((doc) => String(doc.slug))
    .sort()
  context.filenames = (await get('/media?limit=10&depth=0&sort=id'))
    .map((doc) => doc.filename)
    .filter((name): name is string => typeof name === 'string')
    .sort()
  return context
}
