/**
 * The benchmark's scenarios: the requests a frontend (or an editor) makes, identical for the
 * CMS and for the raw-SQL server (bench/raw/server.ts), which answers the same paths with the
 * same JSON from hand-written SQL.
 */

/** What the scenarios need from the generated data (bench/generate.ts picks it). */
export type ScenarioParams = {
  district: { id: number; slug: string }
  /** A target group of that district that some of its actors serve. */
  targetGroup: number
  /** A network of that district with working groups, member actors and contacts. */
  network: number
  /** A word many documents contain. */
  query: string
  /**
   * Scenario 8: a point near the district's centre and a target-group category (state-wide) that
   * a share of the offers around it serve.
   */
  offerSearch: { latitude: number; longitude: number; targetGroup: string }
  /** An editor of the district (scenarios 6 and 7). */
  editorToken: string
}

export type Request = {
  method: 'GET' | 'POST' | 'PATCH'
  path: string
  headers?: Record<string, string>
  body?: string
}

export type Scenario = {
  id: number
  name: string
  title: string
  /** Whether bench/raw/server.ts answers it (the read scenarios). */
  raw: boolean
  /**
   * Whether the public cache may hold its answers (anonymous reads): then it is measured as a hit
   * and as a miss; the editor's scenarios never meet the cache.
   */
  cached: boolean
  /** One request, or a chain (scenario 7: create, then update what was created). */
  requests: (params: ScenarioParams) => Request[]
}

const json = { 'content-type': 'application/json' }

/** Scenario 8's radius (km) and language. */
export const OFFER_RADIUS_KM = 25
export const OFFER_LANGUAGE = 'ar'

/** Scenario 8's request: published offers near a point, in Arabic, for a target group, first page. */
export const offerSearchPath = ({ latitude, longitude, targetGroup }: ScenarioParams['offerSearch']) =>
  `/api/offers/find?near=${latitude},${longitude}&radius=${OFFER_RADIUS_KM}&language=${OFFER_LANGUAGE}` +
  `&targetGroup=${encodeURIComponent(targetGroup)}&limit=20`

/** The GraphQL query of scenario 3: what scenario 2's frontend shows of a network. */
export const NETWORK_QUERY = `query ($id: Int!) {
  Network(id: $id, locale: de) {
    id
    name
    slug
    summary
    district { id name slug }
    workingGroups { docs { id name slug kind } }
    memberActors { docs { id name shortName slug kind district { id name slug } } }
    contacts { docs { id name slug kind position } }
  }
}`

export const SCENARIOS: Scenario[] = [
  {
    id: 1,
    name: 'actors-by-target-group',
    title: "A district's actors serving a target group (REST, depth 1, limit 20)",
    raw: true,
    cached: true,
    requests: ({ district, targetGroup }) => [
      {
        method: 'GET',
        path: `/api/actors?where[district][equals]=${district.id}&where[targetGroups][in]=${targetGroup}&depth=1&limit=20&locale=de`,
      },
    ],
  },
  {
    id: 2,
    name: 'network-depth-2',
    title: 'One network at depth 2 (REST)',
    raw: true,
    cached: true,
    requests: ({ network }) => [{ method: 'GET', path: `/api/networks/${network}?depth=2&locale=de` }],
  },
  {
    id: 3,
    name: 'network-graphql',
    title: 'One network with its working groups, actors and contacts (GraphQL)',
    raw: true,
    cached: true,
    requests: ({ network }) => [
      {
        method: 'POST',
        path: '/api/graphql',
        headers: json,
        body: JSON.stringify({ query: NETWORK_QUERY, variables: { id: network } }),
      },
    ],
  },
  {
    id: 4,
    name: 'search',
    title: 'Search for a common word, all districts',
    raw: true,
    cached: true,
    requests: ({ query }) => [{ method: 'GET', path: `/api/search?q=${encodeURIComponent(query)}&limit=10` }],
  },
  {
    id: 5,
    name: 'directory',
    title: "A district's whole directory",
    raw: true,
    cached: true,
    requests: ({ district }) => [
      { method: 'GET', path: `/api/districts/${district.slug}/directory?locale=de` },
    ],
  },
  {
    id: 6,
    name: 'editor-list',
    title: "An editor's authenticated list of their district's actors (depth 1, limit 20)",
    raw: true,
    cached: false,
    requests: ({ district, editorToken }) => [
      {
        method: 'GET',
        path: `/api/actors?where[district][equals]=${district.id}&depth=1&limit=20&locale=de`,
        headers: { authorization: `JWT ${editorToken}` },
      },
    ],
  },
  {
    id: 7,
    name: 'write',
    title: 'Create an actor, then update it (editor)',
    raw: false,
    cached: false,
    requests: ({ district, editorToken }) => {
      const headers = { ...json, authorization: `JWT ${editorToken}` }
      return [
        {
          method: 'POST',
          path: '/api/actors?depth=0',
          headers,
          body: JSON.stringify({
            district: district.id,
            // The load generator numbers each create (`{n}`): names and slugs must be unique.
            name: 'Neuer Verein für Begegnung {n}',
            kind: 'association',
            _status: 'published',
          }),
        },
        // The harness puts the created id into the path.
        {
          method: 'PATCH',
          path: '/api/actors/:id?depth=0',
          headers,
          body: JSON.stringify({ shortName: 'NVB', _status: 'published' }),
        },
      ]
    },
  },
  {
    id: 8,
    name: 'offers-near',
    title: `Published offers within ${OFFER_RADIUS_KM} km, in Arabic, for one target group (first page)`,
    raw: true,
    // Answers say whether each place is open now: the cache keeps them until the next opening or
    // closing among their places, at most 60 s (src/endpoints/findOffers.ts' Expires header).
    cached: true,
    requests: ({ offerSearch }) => [{ method: 'GET', path: offerSearchPath(offerSearch) }],
  },
]
