import { anyRoute as any, type Mutation, setHeader } from './mutation'

/** Mutations of the method and the headers: forged credentials, odd values, sizes and duplicates. */

const FORGED_JWT = [
  'JWT eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIn0.',
  'JWT eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIiwic2lkIjoieCJ9.c2lnbmF0dXJl',
  'JWT a.b.c',
  'JWT ',
  'JWT',
  'JWT %00',
  'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x',
  'JWT ' + 'A'.repeat(5000),
]

export const HEADER_MUTATIONS: Mutation[] = [
  {
    kind: 'auth:forged-jwt',
    applies: any,
    apply: (d, b) => ((d.persona = 'anonymous'), setHeader(d, 'Authorization', b.random.pick(FORGED_JWT))),
  },
  {
    kind: 'auth:garbage-api-key',
    applies: any,
    apply: (d, b) => (
      (d.persona = 'anonymous'),
      setHeader(
        d,
        'Authorization',
        b.random.pick([
          'users API-Key abc',
          'users API-Key ',
          'nope API-Key x',
          'users API-Key %00',
          `users API-Key ${'k'.repeat(4000)}`,
          '__proto__ API-Key x',
        ]),
      )
    ),
  },
  {
    kind: 'auth:garbage-cookie',
    applies: any,
    apply: (d, b) => (
      (d.persona = 'anonymous'),
      setHeader(
        d,
        'Cookie',
        b.random.pick([
          'payload-token=%E0%A4%A',
          'payload-token=',
          'payload-token=a.b.c; payload-token=x',
          '=; ;;',
          `payload-token=${'x'.repeat(6000)}`,
          'payload-token="\x00"',
        ]),
      )
    ),
  },
  {
    kind: 'header:accept-language',
    applies: any,
    apply: (d, b) =>
      setHeader(
        d,
        'Accept-Language',
        b.random.pick(['xx', '*;q=abc', 'de-DE,de;q=0.9,en;q=-1', '', ',,,', 'a'.repeat(3000), '\xff\xfe']),
      ),
  },
  {
    kind: 'header:method-override',
    applies: (t) => t.method === 'POST',
    apply: (d, b) =>
      setHeader(
        d,
        b.random.pick(['X-Payload-HTTP-Method-Override', 'X-HTTP-Method-Override']),
        b.random.pick(['GET', 'DELETE', 'FOO', 'get', '']),
      ),
  },
  {
    kind: 'header:content-type',
    applies: any,
    apply: (d, b) =>
      setHeader(
        d,
        'Content-Type',
        b.random.pick([
          'application/json; charset=utf-99',
          'multipart/form-data',
          'multipart/form-data; boundary=',
          'text/plain',
          '',
          'application/x-www-form-urlencoded',
          '*/*',
          'application/json; boundary=x',
        ]),
      ),
  },
  {
    kind: 'header:huge',
    applies: any,
    apply: (d, b) =>
      setHeader(
        d,
        b.random.pick(['X-Fuzz', 'Referer', 'User-Agent']),
        'h'.repeat(b.random.pick([4000, 12_000, 20_000])),
      ),
  },
  {
    kind: 'header:origin',
    applies: any,
    apply: (d, b) =>
      setHeader(d, 'Origin', b.random.pick(['null', 'http://evil.example', '', 'http://%00', 'file://'])),
  },
  {
    kind: 'header:range',
    applies: any,
    apply: (d, b) =>
      setHeader(
        d,
        'Range',
        b.random.pick([
          'bytes=99999999999-',
          'bytes=-5-',
          'bytes=abc',
          'bytes=0-0,1-1,2-2',
          'bytes=5-1',
          'items=0-1',
        ]),
      ),
  },
  {
    kind: 'header:accept',
    applies: any,
    apply: (d, b) =>
      setHeader(d, 'Accept', b.random.pick(['text/html', '*/*;q=abc', 'application/x-nope', '', 'image/*'])),
  },
  {
    kind: 'header:duplicate',
    applies: any,
    apply: (d, b) =>
      d.headers.push([b.random.pick(['Content-Type', 'Authorization', 'Accept-Language', 'Cookie']), 'x']),
  },
  {
    kind: 'header:expect',
    applies: any,
    apply: (d, b) => setHeader(d, 'Expect', b.random.pick(['100-continue', 'nope'])),
  },
  {
    kind: 'header:host',
    applies: any,
    apply: (d, b) =>
      setHeader(
        d,
        'Host',
        b.random.pick(['evil.example', '[::1]', 'localhost:99999', 'a b', '%00', 'xn--', '..']),
      ),
  },
  {
    kind: 'header:forwarded',
    applies: any,
    apply: (d, b) =>
      setHeader(
        d,
        b.random.pick(['X-Forwarded-For', 'X-Forwarded-Host', 'X-Forwarded-Proto', 'Forwarded']),
        b.random.pick(['999.1.1.1', 'evil.example', 'gopher', '%00', 'for=;by=']),
      ),
  },
]

export const METHOD_MUTATIONS: Mutation[] = [
  {
    kind: 'method:unexpected',
    applies: any,
    apply: (d, b) =>
      (d.method = b.random.pick(
        ['PUT', 'PATCH', 'DELETE', 'POST', 'GET'].filter((m) => m !== d.template.method),
      )),
  },
  {
    kind: 'method:unknown',
    applies: any,
    apply: (d, b) => (d.method = b.random.pick(['FOO', 'PROPFIND', 'TRACE', 'SEARCH', 'PURGE'])),
  },
  { kind: 'method:head', applies: any, apply: (d) => (d.method = 'HEAD') },
  { kind: 'method:options', applies: any, apply: (d) => (d.method = 'OPTIONS') },
  { kind: 'method:lowercase', applies: any, apply: (d) => (d.method = d.method.toLowerCase()) },
]
