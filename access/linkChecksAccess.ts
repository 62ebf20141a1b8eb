import { serverWrittenAccess } from './serverWrittenAccess'

/** The link check's row of the role matrix: the members of a district read its results. */
export const linkChecksAccess = serverWrittenAccess('linkChecks', 'district')
