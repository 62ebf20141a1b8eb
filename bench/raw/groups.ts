/** A postal address group (src/fields/addressField.ts). */
export const addressGroup = (x: string) =>
  `json_build_object('addition', ${x}.address_addition, 'street', ${x}.address_street,
     'postalCode', ${x}.address_postal_code, 'city', ${x}.address_city)`

/** A position (src/fields/coordinatesField.ts): degrees as numbers, where they came from. */
export const coordinatesGroup = (x: string) =>
  `json_build_object('latitude', ${x}.coordinates_latitude::float8, 'longitude', ${x}.coordinates_longitude::float8,
     'source', ${x}.coordinates_source, 'geocodingNote', ${x}.coordinates_geocoding_note)`
