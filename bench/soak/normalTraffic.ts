/**
 * The victims: closed-loop clients (each sends its next request when the last one is answered)
 * doing what frontends and editors do, built from the benchmark's scenarios (bench/scenarios.ts).
 * Readers go round the five read kinds, each request in a district picked at random; editors
 * create, update and trash documents in their own district.
 */
import { createRandom } from '../../tests/fuzz/random'
import { type Request, type ScenarioParams, SCENARIOS } from '../scenarios'
import type { DistrictTarget } from './fixtures'
import type { HttpClient, SoakRequest } from './httpClient'
import type { Recorder } from './recorder'

export const READ_KINDS = ['list', 'network', 'graphql', 'search', 'directory'] as const
export const NORMAL_KINDS = [...READ_KINDS, 'write'] as const

const scenario = (id: number) => SCENARIOS.find((candidate) => candidate.id === id)!

/** Words that many seeded documents contain (scenario 4 searches for the first). */
const SEARCH_WORDS = ['Beratung', 'Integration', 'Migration', 'Sprache']

const paramsOf = (district: DistrictTarget, query: string, editorToken = ''): ScenarioParams => ({
  district: { id: district.id, slug: district.slug },
  targetGroup: district.targetGroup,
  network: district.network,
  query,
  editorToken,
  // The soak does not search offers (scenario 8): the seed's places have no positions.
  offerSearch: { latitude: 0, longitude: 0, targetGroup: '' },
})

const only = (requests: Request[]): SoakRequest => requests[0]!

/**
 * The request of a read kind. `list` alternates scenario 1 (actors serving a target group: the
 * seed's actors name none, so its where clause runs and matches nothing) with a district's
 * actors at depth 1 (scenario 6's request, sent anonymously), which returns 20 documents.
 */
export const readRequest = (
  kind: (typeof READ_KINDS)[number],
  district: DistrictTarget,
  turn: number,
): SoakRequest => {
  const params = paramsOf(district, SEARCH_WORDS[turn % SEARCH_WORDS.length]!)
  switch (kind) {
    case 'list': {
      if (turn % 2 === 0) return only(scenario(1).requests(params))
      const { headers: _editorOnly, ...anonymous } = only(scenario(6).requests(params))
      return anonymous
    }
    case 'network':
      return only(scenario(2).requests(params))
    case 'graphql':
      return only(scenario(3).requests(params))
    case 'search':
      return only(scenario(4).requests(params))
    case 'directory':
      return only(scenario(5).requests(params))
  }
}

/** A reader: the read kinds in turn, from a seeded starting point, until `stop`. */
export const runReader = async (
  client: HttpClient,
  districts: DistrictTarget[],
  seed: string,
  recorder: Recorder,
  stop: AbortSignal,
) => {
  const random = createRandom(seed)
  for (let turn = random.int(0, READ_KINDS.length - 1); !stop.aborted; turn++) {
    const kind = READ_KINDS[turn % READ_KINDS.length]!
    const request = readRequest(kind, random.pick(districts), Math.floor(turn / READ_KINDS.length))
    await recorder.measure(kind, () => client.send(request))
  }
}

/** Documents an editor client keeps published or in draft; older ones go to the trash. */
const KEPT_DOCUMENTS = 3

type Written = { collection: 'actors' | 'networks'; id: number }

/** What an editor client wrote, for the report (the trash grows with every create). */
export type WriteCounts = { created: number; updated: number; trashed: number }

/**
 * The create and the update of an actor are scenario 7's requests; a network is created and
 * updated the same way. Every second pair is a draft (`?draft=true`, `_status: 'draft'`).
 */
const writeChain = (
  collection: Written['collection'],
  draft: boolean,
  params: ScenarioParams,
  name: string,
): [SoakRequest, SoakRequest] => {
  const status = draft ? 'draft' : 'published'
  const flag = draft ? '&draft=true' : ''
  const headers = { authorization: `JWT ${params.editorToken}` }
  if (collection === 'actors') {
    const [create, update] = scenario(7).requests(params) as [Request, Request]
    return [
      {
        ...create,
        path: `${create.path}${flag}`,
        body: create.body!.replace('{n}', name).replace('"published"', `"${status}"`),
      },
      { ...update, path: `${update.path}${flag}`, body: update.body!.replace('"published"', `"${status}"`) },
    ]
  }
  return [
    {
      method: 'POST',
      path: `/api/networks?depth=0${flag}`,
      headers,
      body: JSON.stringify({
        district: params.district.id,
        name: `Soak-Netzwerk ${name}`,
        summary: 'Ein Netzwerk, angelegt vom Lasttest.',
        _status: status,
      }),
    },
    {
      method: 'PATCH',
      path: `/api/networks/:id?depth=0${flag}`,
      headers,
      body: JSON.stringify({ summary: 'Ein Netzwerk, geändert vom Lasttest.', _status: status }),
    },
  ]
}

/**
 * An editor client: creates a document (actors and networks in turn, published and draft in
 * turn), updates it, and moves its oldest document to the trash once it has more than
 * KEPT_DOCUMENTS, so that the published data (and with it every read's work) stays the same
 * size in both phases. Editors may trash but not delete (the role matrix): trashed rows remain.
 */
export const runEditor = async (
  client: HttpClient,
  district: DistrictTarget,
  token: string,
  name: string,
  recorder: Recorder,
  stop: AbortSignal,
): Promise<WriteCounts> => {
  const counts: WriteCounts = { created: 0, updated: 0, trashed: 0 }
  const params = paramsOf(district, '', token)
  const kept: Written[] = []
  const headers = { authorization: `JWT ${token}` }
  for (let n = 0; !stop.aborted; n++) {
    const collection = n % 2 === 0 ? 'actors' : 'networks'
    const draft = Math.floor(n / 2) % 2 === 1
    const [create, update] = writeChain(collection, draft, params, `${name}-${n}`)
    const created = await recorder.measure('write', () => client.send(create, { keepBody: true }))
    if (created.status !== 201) continue
    counts.created++
    const id = (JSON.parse(created.body!) as { doc: { id: number } }).doc.id
    kept.push({ collection, id })
    if (stop.aborted) break
    const updated = await recorder.measure('write', () =>
      client.send({ ...update, path: update.path.replace(':id', String(id)) }),
    )
    if (updated.status === 200) counts.updated++
    if (kept.length > KEPT_DOCUMENTS && !stop.aborted) {
      const oldest = kept.shift()!
      const trashed = await recorder.measure('write', () =>
        client.send({
          method: 'PATCH',
          path: `/api/${oldest.collection}/${oldest.id}?depth=0`,
          headers,
          body: JSON.stringify({ deletedAt: new Date().toISOString() }),
        }),
      )
      if (trashed.status === 200) counts.trashed++
    }
  }
  return counts
}
