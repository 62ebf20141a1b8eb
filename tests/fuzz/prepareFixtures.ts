/**
 * Adds what the seed lacks and the fuzzer wants to hit, before the server starts: two uploaded
 * files (one public in Stendal, one private in Halle), a draft on top of a published document
 * and a document in the trash. Runs in its own process with DATABASE_URL and MEDIA_DIR set
 * (see fuzzTarget.ts), like tests/setup/prepareDatabase.ts.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { TINY_PNG } from './multipart'

const payload = await getPayload({ config })

const districtId = async (slug: string) => {
  const { docs } = await payload.find({
    collection: 'districts',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`The seed has no district ${slug}`)
  return docs[0].id
}

const png = Buffer.from(TINY_PNG, 'latin1')
for (const [slug, name, isPublic] of [
  ['stendal', 'fuzz-public.png', true],
  ['halle-saale', 'fuzz-private.png', false],
] as const) {
  await payload.create({
    collection: 'media',
    data: { alt: `Fuzz ${name}`, public: isPublic, district: await districtId(slug) },
    file: { data: png, mimetype: 'image/png', name, size: png.length },
  })
}

// A draft newer than the published version, and a document in the trash, in the viewer's district.
const stendal = await districtId('stendal')
const { docs: principles } = await payload.find({
  collection: 'principles',
  where: { district: { equals: stendal } },
  limit: 2,
  depth: 0,
  sort: 'id',
})
if (principles[0]) {
  await payload.update({
    collection: 'principles',
    id: principles[0].id,
    data: { title: 'Entwurf (Fuzz)' },
    draft: true,
  })
}
if (principles[1]) {
  await payload.update({
    collection: 'principles',
    id: principles[1].id,
    data: { deletedAt: new Date('2026-01-01').toISOString() },
  })
}
console.log('Fuzz fixtures ready.')
// No payload.destroy(): the adapter may hang ending its pool (PITFALLS.md); exiting closes it.
process.exit(0)
