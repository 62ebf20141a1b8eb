import { expect, it } from 'vitest'

import { contentMatrixSuite, PERSONAS, SPLIT } from './contentMatrix'

// The role matrix for district content: anonymous clients and the district roles up to editor.
contentMatrixSuite(SPLIT.members)

it('the two files of the suite run every persona once', () => {
  expect([...SPLIT.members, ...SPLIT.admins].sort()).toEqual(PERSONAS.map(({ name }) => name).sort())
})
