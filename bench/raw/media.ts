/** Payload's upload URLs (payload/uploads/generateFilePathOrURL), computed in SQL. */

/** The characters encodeURIComponent leaves alone. */
const UNRESERVED = `A-Za-z0-9_.!~*''()-`

/** encodeURIComponent in SQL: plain names (the usual case) pass through untouched. */
const encodeUriComponent = (text: string) =>
  `case when ${text} ~ '^[${UNRESERVED}]*$' then ${text} else (
     select string_agg(case when c ~ '^[${UNRESERVED}]$' then c
                            else upper(regexp_replace(encode(convert_to(c, 'UTF8'), 'hex'), '(..)', '%\\1', 'g')) end,
                       '' order by i)
     from regexp_split_to_table(${text}, '') with ordinality as t(c, i)) end`

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

/**
 * A file's URL as Payload prints it: a stored external URL as is, else the API's file route
 * for the filename (with the configured server URL in front), else null.
 */
export const fileUrl = (stored: string, filename: string) => {
  const serverUrl = process.env.SERVER_URL || ''
  // With an empty server URL every stored URL counts as local (startsWith('') holds).
  const external = serverUrl
    ? `when ${stored} not like '/%' and ${stored} not like ${literal(`${serverUrl}%`)} then ${stored}`
    : ''
  return `case ${external} when nullif(${filename}, '') is not null
    then ${literal(`${serverUrl}/api/media/file/`)} || ${encodeUriComponent(filename)} end`
}

const SIZES = ['thumbnail', 'card', 'large']

/** `sizes` of an image: one group per configured image size, all null for files without them. */
export const mediaSizes = (m: string) =>
  `json_build_object(${SIZES.map(
    (size) => `'${size}', json_build_object(
      'url', ${fileUrl(`${m}.sizes_${size}_url`, `${m}.sizes_${size}_filename`)},
      'width', ${m}.sizes_${size}_width, 'height', ${m}.sizes_${size}_height,
      'mimeType', ${m}.sizes_${size}_mime_type, 'filesize', ${m}.sizes_${size}_filesize,
      'filename', ${m}.sizes_${size}_filename)`,
  ).join(', ')})`

/** The lean shape of a populated file (collections/Media defaultPopulate). */
export const mediaLean = (m: string) =>
  `json_build_object('id', ${m}.id, 'alt', ${m}.alt, 'url', ${fileUrl(`${m}.url`, `${m}.filename`)},
    'thumbnailURL', ${fileUrl(`${m}.sizes_thumbnail_url`, `${m}.sizes_thumbnail_filename`)},
    'filename', ${m}.filename, 'mimeType', ${m}.mime_type, 'width', ${m}.width, 'height', ${m}.height,
    'sizes', ${mediaSizes(m)})`
