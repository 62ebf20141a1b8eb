/** Prints the role matrix as the Markdown table docs/roles.md shows: `npm run -s matrix`. */
import { matrixTable } from '../../access/matrixTable'

console.log(matrixTable())
