import { MAGDEBURG_FIELDS_OF_ACTION } from '../fieldsOfAction'
import type { DistrictContent } from '../types'

/**
 * Source: the page „Magdeburger Netzwerk für Integrations- und Ausländerarbeit“ on the website of the
 * Landeshauptstadt Magdeburg (contact: Koordinator für Integration und Zuwanderung, Stabsstelle V/02).
 * Prose in our own words; names, titles and the address as published.
 */
export const magdeburg: DistrictContent = {
  district: 'magdeburg',
  source: {
    network: 'Magdeburger Netzwerk für Integrations- und Ausländerarbeit',
    page: 'Seite des Netzwerks auf dem Internetauftritt der Landeshauptstadt Magdeburg',
    publishedBy:
      'Landeshauptstadt Magdeburg, Koordinator für Integration und Zuwanderung (Internetauftritt der Stadt)',
  },
  networks: [
    {
      slug: 'netzwerk-integrations-und-auslaenderarbeit',
      name: {
        de: 'Magdeburger Netzwerk für Integrations- und Ausländerarbeit',
        en: 'Magdeburg Network for Integration and Work with Foreigners',
      },
      summary:
        'Netzwerk seit 2005: Ämter der Landeshauptstadt Magdeburg, Integrationsbeauftragte, Beirat für Integration und Migration, Wohlfahrtsverbände, Jobcenter, Bildungsträger, Beratungsstellen, Vereine und Initiativen arbeiten zusammen.',
      description: `Gegründet 2005; im Text der Stadt auch „Magdeburger Netzwerk für Ausländer- und Integrationsarbeit“ genannt.

Beteiligt sind:
- verschiedene Ämter der Landeshauptstadt Magdeburg
- die Integrationsbeauftragte
- der Beirat für Integration und Migration
- Wohlfahrtsverbände
- das Jobcenter
- Bildungsträger und Beratungsstellen
- Vereine und Initiativen

Grundlage der Zusammenarbeit sind verbindlich vereinbarte Grundsätze. Für die einzelnen Handlungsfelder der Integrationsarbeit hat das Netzwerk drei Arbeitsgruppen eingerichtet.`,
      foundedYear: 2005,
      coordinatingContacts: ['abdoul-coulibaly'],
    },
  ],
  principles: [],
  targetGroups: [
    {
      slug: 'bleibeberechtigte-personen-mit-migrationshintergrund',
      name: {
        de: 'Bleibeberechtigte Personen mit Migrationshintergrund',
        en: 'Persons with a migration background who have the right to remain',
      },
      category: 'migrants-with-residence',
      networks: ['netzwerk-integrations-und-auslaenderarbeit'],
    },
    {
      slug: 'nicht-bleibeberechtigte-personen-und-asylbewerberinnen',
      name: {
        de: 'Nicht bleibeberechtigte Personen und AsylbewerberInnen',
        en: 'Persons without the right to remain and asylum seekers',
      },
      category: 'refugees-asylum',
      networks: ['netzwerk-integrations-und-auslaenderarbeit'],
    },
  ],
  actors: [
    {
      slug: 'aemter-der-landeshauptstadt-magdeburg',
      name: {
        de: 'Ämter der Landeshauptstadt Magdeburg',
        en: 'Municipal offices of the state capital Magdeburg',
      },
      kind: 'authority',
      memberships: [{ network: 'netzwerk-integrations-und-auslaenderarbeit', role: 'member' }],
    },
    {
      slug: 'integrationsbeauftragte',
      name: 'Integrationsbeauftragte der Landeshauptstadt Magdeburg',
      kind: 'authority',
      memberships: [{ network: 'netzwerk-integrations-und-auslaenderarbeit', role: 'member' }],
    },
    {
      slug: 'beirat-fuer-integration-und-migration',
      name: 'Beirat für Integration und Migration',
      kind: 'political-body',
      memberships: [{ network: 'netzwerk-integrations-und-auslaenderarbeit', role: 'member' }],
    },
    {
      slug: 'wohlfahrtsverbaende',
      name: { de: 'Wohlfahrtsverbände', en: 'Welfare associations' },
      kind: 'welfare-association',
      memberships: [{ network: 'netzwerk-integrations-und-auslaenderarbeit', role: 'member' }],
    },
    {
      slug: 'jobcenter',
      name: 'Jobcenter Landeshauptstadt Magdeburg',
      kind: 'employment-agency',
      memberships: [{ network: 'netzwerk-integrations-und-auslaenderarbeit', role: 'member' }],
    },
    {
      slug: 'bildungstraeger',
      name: { de: 'Bildungsträger', en: 'Education providers' },
      kind: 'education-provider',
      memberships: [{ network: 'netzwerk-integrations-und-auslaenderarbeit', role: 'member' }],
    },
    {
      slug: 'beratungsstellen',
      name: { de: 'Beratungsstellen', en: 'Advice centres' },
      kind: 'advice-centre',
      memberships: [{ network: 'netzwerk-integrations-und-auslaenderarbeit', role: 'member' }],
    },
    {
      slug: 'vereine-und-initiativen',
      name: { de: 'Vereine und Initiativen', en: 'Associations and initiatives' },
      kind: 'initiative',
      memberships: [{ network: 'netzwerk-integrations-und-auslaenderarbeit', role: 'member' }],
    },
    {
      slug: 'koordination-integration-und-zuwanderung',
      name: 'Stabsstelle V/02 – Koordination für Integration und Zuwanderung',
      kind: 'authority',
      memberships: [{ network: 'netzwerk-integrations-und-auslaenderarbeit', role: 'coordination' }],
      address: { street: 'Wilhelm-Höpfner-Ring 4', postalCode: '39116', city: 'Magdeburg' },
      places: ['koordination-integration-und-zuwanderung'],
    },
  ],
  contacts: [
    {
      slug: 'abdoul-coulibaly',
      kind: 'person',
      salutation: 'herr',
      name: 'Abdoul Coulibaly',
      position: 'Koordinator für Integration und Zuwanderung',
      organisationalUnit: 'Stabsstelle V/02',
      actor: 'koordination-integration-und-zuwanderung',
      networks: ['netzwerk-integrations-und-auslaenderarbeit'],
      address: { street: 'Wilhelm-Höpfner-Ring 4', postalCode: '39116', city: 'Magdeburg' },
      place: 'koordination-integration-und-zuwanderung',
    },
  ],
  workingGroups: [],
  goals: [
    {
      slug: 'rahmenbedingungen-fuer-die-integration-verbessern',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'goal',
      title: {
        de: 'Bessere Rahmenbedingungen für die Integration',
        en: 'Better conditions for integration',
      },
      description: 'Für bleibeberechtigte Personen mit Migrationshintergrund.',
      targetGroups: ['bleibeberechtigte-personen-mit-migrationshintergrund'],
    },
    {
      slug: 'lebensbedingungen-verbessern',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'goal',
      title: {
        de: 'Bessere Lebensbedingungen für nicht Bleibeberechtigte und AsylbewerberInnen',
        en: 'Better living conditions for people without the right to remain and asylum seekers',
      },
      description: 'Solange der Aufenthalt dauert bzw. bis das Asylverfahren geklärt ist.',
      targetGroups: ['nicht-bleibeberechtigte-personen-und-asylbewerberinnen'],
    },
    {
      slug: 'partizipation-und-mitbestimmung-erweitern',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'focus',
      title: {
        de: 'Mehr Partizipation und Mitbestimmung',
        en: 'More participation and co-determination',
      },
      description:
        'Für Personen mit Migrationshintergrund und ebenso für die freien Träger der Integrationsarbeit.',
      fieldsOfAction: ['soziale-integration-und-partizipation', 'politische-partizipation'],
    },
    {
      slug: 'empfehlungen-und-stellungnahmen-zur-integrationspolitik',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'focus',
      title: {
        de: 'Empfehlungen und Stellungnahmen zur städtischen Integrationspolitik',
        en: "Recommendations and statements on the city's integration policy",
      },
      description:
        'Etwa zu Leitlinien, strategischen Zielen und Maßnahmen, die für die Umsetzung der städtischen Integrationspolitik erst noch zu entwickeln sind.',
    },
    {
      slug: 'erfahrungsaustausch-aller-akteure',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'focus',
      title: {
        de: 'Erfahrungsaustausch aller Akteure organisieren',
        en: 'Organising the exchange of experience among all actors',
      },
      description: 'Zu Fragen und Problemen aus der Integrationsarbeit.',
    },
    {
      slug: 'abstimmung-der-oeffentlichkeitsarbeit',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'focus',
      title: { de: 'Abstimmung der Öffentlichkeitsarbeit', en: 'Coordinating public relations' },
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'gemeinsame-projekte-in-allen-handlungsfeldern',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'focus',
      title: {
        de: 'Aktivitäten anregen, gemeinsame Projekte in allen Handlungsfeldern initiieren und koordinieren',
        en: 'Encouraging activities, initiating and coordinating joint projects in all fields of action',
      },
      description: `Die Handlungsfelder der Integrationsarbeit:
- Sprache
- Arbeit und Ausbildung
- Jugend und Soziales
- Kultur und Religion
- Gleichberechtigung von Frauen und Mädchen mit Migrationshintergrund
- Wohnen/Interkulturelle Konflikte in der Nachbarschaft
- Schule und Bildung
- Interkulturelle Arbeit
- Soziale Integration und Partizipation
- Politische Partizipation
- Soziale Integration sowie Öffnung der Regelangebote`,
      fieldsOfAction: MAGDEBURG_FIELDS_OF_ACTION,
    },
  ],
  // The address under „Ansprechpartner“; the page gives no opening hours.
  places: [
    {
      slug: 'koordination-integration-und-zuwanderung',
      name: {
        de: 'Stabsstelle V/02 – Koordination für Integration und Zuwanderung',
        en: 'Staff unit V/02 – Coordination of integration and immigration',
      },
      address: { street: 'Wilhelm-Höpfner-Ring 4', postalCode: '39116', city: 'Magdeburg' },
      owner: 'koordination-integration-und-zuwanderung',
    },
  ],
  // The page describes the network's aims and tasks, not an offer of its own.
  offers: [],
}
