import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest, uploadForm } from '../helpers/routes'

/**
 * Malformed queries that PostgreSQL used to refuse with a 500 ("An unknown error occurred"):
 * each is a 400 whose message names the parameter, through REST and GraphQL alike, and nothing
 * is written.
 */
let payload: Payload
let district: number
let author: string

beforeAll(async () => {
  payload = await testPayload()
  district = (await createDistrict(payload)).id
  author = (await createMember(district, 'author')).token
})

const CASES: Array<[query: string, field: string]> = [
  ['networks/abc', 'id'],
  ['networks/99999999999', 'id'],
  ['networks?where[district][in]=x', 'where[district][in][0]'],
  ['networks?where[district][equals]=abc', 'where[district][equals]'],
  ['networks?where[id][equals]=-1', 'where[id][equals]'],
  ['networks?page=-5', 'page'],
  ['networks?page=0', 'page'],
  ['networks?limit=99999999999999999999', 'limit'],
  ['networks?limit=-1', 'limit'],
  ['networks?limit=1.5', 'limit'],
  ['networks?depth=abc', 'depth'],
  ['networks?where[_status][like]=p', 'where[_status][like]'],
  ['networks?where[_status][equals]=nonsense', 'where[_status][equals]'],
  ['networks?where[name][equals]=a%00b', 'where[name][equals]'],
  ['networks?where[name][sounds_like]=x', 'where[name][sounds_like]'],
  ['networks?where[name]=x', 'where[name]'],
  ['networks?where[nosuchfield][equals]=x', 'where[nosuchfield]'],
  ['networks?where[createdAt][greater_than]=yesterday', 'where[createdAt][greater_than]'],
  ['networks?where[foundedYear][equals]=nineteen', 'where[foundedYear][equals]'],
  ['contacts?where[publicListing.consent][equals]=maybe', 'where[publicListing.consent][equals]'],
  ['networks?where[or][0][district][in]=1,x', 'where[or][0][district][in][1]'],
  ['networks?where[name][near]=1,2', 'where[name][near]'],
  ['networks?joins[workingGroups][page]=-1', 'joins[workingGroups][page]'],
  ['networks?joins[nosuchjoin][limit]=1', 'joins[nosuchjoin]'],
  ['networks?joins[contacts][sort]=name', 'joins[contacts][sort]'],
  ['fields-of-action?where[name][all]=1,x', 'where[name][all]'],
  ['payload-locked-documents?where[document][exists]=true', 'where[document][exists]'],
  ['networks/versions?where[parent][equals]=abc', 'where[parent][equals]'],
]

describe('malformed queries', () => {
  it.each(CASES)('GET %s is a 400 naming %s', async (query, field) => {
    const response = await rest('GET', query)
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data?.field ?? response.json.errors[0].message).toBe(field)
    expect(response.json.errors[0].message).toMatch(new RegExp(`^${field.replace(/[[\]().]/g, '\\$&')}: `))
    expect(JSON.stringify(response.json)).not.toMatch(/at .+\.js:\d+|stack/)
  })

  it('answers the same queries over GraphQL with a 400 error naming the argument', async () => {
    for (const [query, field] of [
      [`{ Networks(where: { district: { in: ["x"] } }) { docs { id } } }`, 'where[district][in][0]'],
      [`{ Networks(page: -5) { docs { id } } }`, 'page'],
      [`{ Networks(limit: 5000) { docs { id } } }`, 'limit'],
      [`{ Networks(where: { name: { equals: "a\\u0000b" } }) { docs { id } } }`, 'where[name][equals]'],
      // GraphQL input objects have no prototype: the message must still quote them.
      [`{ countPrinciples(where: { network: { in: [{}] } }) { totalDocs } }`, 'where[network][in][0]'],
    ] as const) {
      const response = await gql(query)
      const error = response.json.errors?.[0]
      expect({
        query,
        status: error?.extensions?.statusCode,
        field: error?.extensions?.data?.field ?? error?.message,
      }).toEqual({ query, status: 400, field: expect.stringContaining(field) })
    }
  })

  it('refuses a NUL character in written data, naming the field, and writes nothing', async () => {
    const name = `${unique('Netz')}\u0000`
    const response = await rest('POST', 'networks?draft=true', { token: author, body: { district, name } })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].message).toBe('name: contains a NUL character (\\u0000).')
    expect(
      (await payload.count({ collection: 'networks', where: { district: { equals: district } } })).totalDocs,
    ).toBe(0)
  })

  it('answers routes a collection does not have with a 4xx, not 500', async () => {
    for (const [method, path] of [
      ['GET', 'fields-of-action/versions'],
      ['GET', 'districts/versions/1'],
      ['POST', 'media/versions/1'],
      ['POST', 'users/verify/abc'],
      ['GET', 'payload-migrations'],
    ] as const) {
      const response = await rest(method, path, { token: author })
      // 404, or 400 where the path reads as a document id ("versions" is not one).
      expect({ method, path, refused: [400, 404].includes(response.status) }).toEqual({
        method,
        path,
        refused: true,
      })
    }
  })

  it('checks ids in the path of every route that has one before PostgreSQL sees them', async () => {
    for (const [method, path] of [
      ['GET', 'networks/versions/1.5'],
      ['POST', 'networks/versions/-5'],
      ['POST', 'networks/access/99999999999'],
      ['POST', 'districts/access/Infinity'],
      ['POST', 'networks/0/duplicate'],
      ['DELETE', 'networks/NaN'],
    ] as const) {
      const response = await rest(method, path, { token: author })
      expect({ method, path, status: response.status, message: response.json.errors[0].message }).toEqual({
        method,
        path,
        status: 400,
        message: expect.stringMatching(/^id: .* is not an id of (a version of )?(networks|districts): /),
      })
    }
  })

  it('refuses malformed write bodies with 400 or 415, before any access check or parser fails', async () => {
    const send = (path: string, body: BodyInit, contentType: string) =>
      rest('POST', path, { token: author, headers: { 'Content-Type': contentType }, raw: body })
    const cases: Array<[string, BodyInit, string, number, RegExp]> = [
      ['networks', '[1, 2]', 'application/json', 400, /must be a JSON object/],
      ['networks', '5', 'application/json', 400, /must be a JSON object/],
      ['networks', '{"name": ', 'application/json', 400, /not valid JSON/],
      [
        'networks',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        'application/json',
        400,
        /nests 5000 levels deep/,
      ],
      ['networks', 'name=x', 'text/plain', 415, /application\/json/],
      [
        'media',
        '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1',
        'multipart/form-data; boundary=x',
        400,
        /form is malformed/,
      ],
      ['media', 'irgendwas', 'multipart/form-data', 400, /Content-Type is not usable/],
      [
        'media',
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.png"\r\nContent-Type: image/png\r\n\r\nPNG\r\n--x--\r\n',
        'multipart/form-data; boundary=x',
        400,
        /^file: the file name contains control characters/i,
      ],
    ]
    for (const [path, body, contentType, status, message] of cases) {
      const response = await send(path, body, contentType)
      expect({ path, contentType, status: response.status }).toEqual({ path, contentType, status })
      expect(response.json.errors[0].message).toMatch(message)
    }
  })

  it('refuses a read by POST whose JSON body is empty (Payload failed with 500 parsing it)', async () => {
    for (const header of ['X-HTTP-Method-Override', 'X-Payload-HTTP-Method-Override']) {
      const empty = await rest('POST', 'networks/access', {
        token: author,
        headers: { 'Content-Type': 'application/json', [header]: 'GET' },
        raw: '',
      })
      expect({ header, status: empty.status }).toEqual({ header, status: 400 })
      expect(empty.json.errors[0].message).toMatch(/^The body is empty: a read by POST/)
    }
    const query = await rest('POST', 'networks', {
      token: author,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-HTTP-Method-Override': 'GET' },
      raw: `where[district][equals]=${district}&limit=1`,
    })
    expect(query.status).toBe(200)
    expect(query.json.docs).toEqual(expect.any(Array))
  })

  it('names what is missing or misplaced in a write', async () => {
    const empty = await rest('POST', 'networks?draft=true', { token: author })
    expect(empty.status).toBe(400)
    expect(empty.json.errors[0].message).toBe('data: send the document as a JSON object of fields.')
    const bulk = await rest('PATCH', 'networks', { token: author, body: { summary: 'alle' } })
    expect(bulk.status).toBe(400)
    expect(bulk.json.errors[0].message).toMatch(/^where: chooses the networks to update/)
    const form = uploadForm('x', 'datei.txt', 'text/plain', { district, name: unique('Netz') })
    const file = await rest('POST', 'networks', { token: author, body: form })
    expect(file.status).toBe(400)
    expect(file.json.errors[0].message).toBe('file: networks take no files.')
    const forgot = await rest('POST', 'users/forgot-password', { body: {} })
    expect(forgot.status).toBe(400)
  })

  it('answers a missing preference with 404', async () => {
    expect((await rest('DELETE', 'payload-preferences/gibt-es-nicht', { token: author })).status).toBe(404)
  })

  it('still answers well-formed queries of every kind', async () => {
    for (const query of [
      `networks?where[district][in]=${district},${district}`,
      'networks?where[id][greater_than]=0&limit=0',
      'networks?where[_status][equals]=published&sort=-updatedAt,name',
      'networks?where[createdAt][greater_than]=2020-01-01&page=2&limit=1000',
      'networks?where[name][like]=Netz&depth=3',
      `networks?where[and][0][district][equals]=${district}&where[and][1][name][exists]=true`,
      'contacts?where[publicListing.consent][equals]=true',
      'networks?joins[workingGroups][limit]=2&joins[workingGroups][sort]=-kind&depth=1',
    ]) {
      expect({ query, status: (await rest('GET', query)).status }).toEqual({ query, status: 200 })
    }
  })
})
