import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { matrixTable } from '../../access/matrixTable'

/** Table rows as trimmed cells, without the alignment row (Prettier pads both). */
const cells = (markdown: string) =>
  markdown
    .trim()
    .split('\n')
    .filter((line, index) => line.startsWith('|') && index !== 1)
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )

describe('docs/roles.md', () => {
  it('shows the role matrix exactly as access/matrix.ts defines it', () => {
    const roles = fs.readFileSync('docs/roles.md', 'utf8')
    const section = roles.split('<!-- role-matrix:start -->')[1]?.split('<!-- role-matrix:end -->')[0]
    expect(section, 'docs/roles.md lacks the role-matrix markers').toBeDefined()
    expect(cells(section!)).toEqual(cells(matrixTable()))
  })
})
