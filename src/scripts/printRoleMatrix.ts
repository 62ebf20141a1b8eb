/** Prints the role matrix as the Markdown table the README shows: `npm run -s matrix`. */
import { matrixTable } from '../../access/matrixTable'

console.log(matrixTable())
