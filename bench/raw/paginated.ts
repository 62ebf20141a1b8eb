/** Payload's paginated list envelope (@payloadcms/drizzle find/findMany), from a page and a count. */
export const paginated = (
  docs: unknown[],
  totalDocs: number,
  limit: number,
  page: number,
  /** Whether the where needs a join (e.g. on a hasMany relationship): Payload then selects distinct ids first. */
  distinct: boolean,
) => {
  // With distinct ids first, an empty page short-circuits to this fixed answer.
  if (distinct && docs.length === 0) {
    return {
      docs,
      hasNextPage: false,
      hasPrevPage: false,
      limit,
      nextPage: null,
      page: 1,
      pagingCounter: 0,
      prevPage: null,
      totalDocs: 0,
      totalPages: 0,
    }
  }
  if (totalDocs === 0) {
    return {
      docs,
      hasNextPage: false,
      hasPrevPage: false,
      limit,
      nextPage: null,
      page,
      pagingCounter: 1,
      prevPage: null,
      totalDocs: docs.length,
      totalPages: 1,
    }
  }
  const totalPages = Math.ceil(totalDocs / limit)
  const hasPrevPage = page > 1
  const hasNextPage = totalPages > page
  return {
    docs,
    hasNextPage,
    hasPrevPage,
    limit,
    nextPage: hasNextPage ? page + 1 : null,
    page,
    pagingCounter: (page - 1) * limit + 1,
    prevPage: hasPrevPage ? page - 1 : null,
    totalDocs,
    totalPages,
  }
}
