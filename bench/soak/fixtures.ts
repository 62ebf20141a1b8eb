/**
 * What the traffic needs from the server's data, found over the API as any frontend would:
 * the districts that have a network (the seed's five), and for each a network and a target
 * group; plus one editor per such district, created for the run by the state administrator.
 */
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demoUsers'
import type { HttpClient, SoakRequest } from './httpClient'

export type DistrictTarget = { id: number; slug: string; network: number; targetGroup: number }

export type EditorAccount = { email: string; password: string; district: DistrictTarget }

/** The password of the editors this suite creates (the server wants at least 12 characters). */
const EDITOR_PASSWORD = 'Soak-Editor-Password-2026'

const STATE_ADMIN = DEMO_USERS.find(({ roles }) => roles?.includes('admin'))!.email

type Page<T> = { docs: T[] }

/** Sends a setup request and returns its JSON; anything but the expected status stops the run. */
const call = async <T>(client: HttpClient, request: SoakRequest, expected: number[] = [200]): Promise<T> => {
  const outcome = await client.send(request, { keepBody: true })
  if (!expected.includes(outcome.status)) {
    throw new Error(
      `Setup: ${request.method} ${request.path} answered ${outcome.status || outcome.error}: ${outcome.body?.slice(0, 300) ?? ''}`,
    )
  }
  return JSON.parse(outcome.body ?? 'null') as T
}

export const discoverDistricts = async (client: HttpClient): Promise<DistrictTarget[]> => {
  const networks = await call<Page<{ id: number; district: number }>>(client, {
    method: 'GET',
    path: '/api/networks?limit=100&depth=0&sort=id',
  })
  const districts = await call<Page<{ id: number; slug: string }>>(client, {
    method: 'GET',
    path: '/api/districts?limit=100&depth=0',
  })
  const targets: DistrictTarget[] = []
  for (const district of districts.docs) {
    const network = networks.docs.find((candidate) => candidate.district === district.id)
    if (!network) continue
    const groups = await call<Page<{ id: number }>>(client, {
      method: 'GET',
      path: `/api/target-groups?where[district][equals]=${district.id}&limit=1&depth=0`,
    })
    targets.push({
      id: district.id,
      slug: district.slug,
      network: network.id,
      targetGroup: groups.docs[0]?.id ?? 0,
    })
  }
  if (targets.length === 0) {
    throw new Error('The server has no published network: seed it first (npm run seed -- --demo-users).')
  }
  return targets.sort((a, b) => a.id - b.id)
}

/** Signs in and returns the token; each caller signs in from its own client address. */
export const signIn = async (client: HttpClient, email: string, password: string): Promise<string> =>
  (
    await call<{ token: string }>(client, {
      method: 'POST',
      path: '/api/users/login',
      body: JSON.stringify({ email, password }),
    })
  ).token

/**
 * One editor per district, created by the demo state administrator (the seed's demo users
 * must exist). An editor left by an earlier run against the same server is used again.
 */
export const createEditors = async (
  client: HttpClient,
  districts: DistrictTarget[],
): Promise<EditorAccount[]> => {
  const token = await signIn(client, STATE_ADMIN, DEMO_PASSWORD)
  const editors: EditorAccount[] = []
  for (const district of districts) {
    const email = `soak.editor.${district.slug}@soak.example.org`
    const outcome = await client.send(
      {
        method: 'POST',
        path: '/api/users?depth=0',
        headers: { authorization: `JWT ${token}` },
        body: JSON.stringify({
          email,
          password: EDITOR_PASSWORD,
          name: `Soak-Redaktion ${district.slug}`,
          districts: [{ district: district.id, roles: ['editor'] }],
        }),
      },
      { keepBody: true },
    )
    // 400 naming the e-mail address: created by an earlier run.
    if (outcome.status !== 201 && !(outcome.status === 400 && /email/i.test(outcome.body ?? ''))) {
      throw new Error(
        `Setup: creating the editor ${email} answered ${outcome.status}: ${outcome.body?.slice(0, 300)}`,
      )
    }
    editors.push({ email, password: EDITOR_PASSWORD, district })
  }
  return editors
}
