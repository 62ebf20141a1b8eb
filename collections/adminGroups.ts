/** Navigation groups of the admin, in the order editors meet them. */
export const GROUPS = {
  network: { de: 'Netzwerk', en: 'Network' },
  people: { de: 'Akteure und Kontakte', en: 'Actors and contacts' },
  offers: { de: 'Angebote und Orte', en: 'Offers and places' },
  taxonomies: { de: 'Themen und Zielgruppen', en: 'Topics and target groups' },
  content: { de: 'Inhalte', en: 'Content' },
  administration: { de: 'Verwaltung', en: 'Administration' },
}
