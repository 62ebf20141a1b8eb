import { MAGDEBURG_FIELDS_OF_ACTION } from '../fieldsOfAction'
import type { DistrictContent } from '../types'

/** Source: ../shared/seeds/004_a761de9ea3f16c65.txt (Landeshauptstadt Magdeburg). */
export const magdeburg: DistrictContent = {
  district: 'magdeburg',
  source: {
    file: '004_a761de9ea3f16c65.txt',
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
        'Seit 2005 bestehendes Netzwerk, in dem Ämter der Landeshauptstadt Magdeburg, die Integrationsbeauftragte, der Beirat für Integration und Migration, die Wohlfahrtsverbände, das Jobcenter, Bildungsträger, Beratungsstellen, Vereine und Initiativen zusammenarbeiten.',
      description: `Seit 2005 gibt es das Magdeburger Netzwerk für Integrations- und Ausländerarbeit. In diesem Netzwerk arbeiten neben verschiedenen Ämtern der Landeshauptstadt Magdeburg, der Integrationsbeauftragten und dem Beirat für Integration und Migration, die Wohlfahrtsverbände, das Jobcenter, Bildungsträger, Beratungsstellen, Vereine und Initiativen mit.

Als Basis für die Zusammenarbeit im Netzwerk wurden verbindliche Grundsätze festgelegt. Das Netzwerk hat zur spezifischen Bearbeitung der einzelnen Handlungsfelder der Integrationsarbeit drei Arbeitsgruppen gebildet.`,
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
    },
  ],
  workingGroups: [],
  goals: [
    {
      slug: 'rahmenbedingungen-fuer-die-integration-verbessern',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'goal',
      title: {
        de: 'Verbesserung der Rahmenbedingungen für die Integration von bleibeberechtigten Personen mit Migrationshintergrund',
        en: 'Improving the conditions for the integration of persons with a migration background who have the right to remain',
      },
      targetGroups: ['bleibeberechtigte-personen-mit-migrationshintergrund'],
    },
    {
      slug: 'lebensbedingungen-verbessern',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'goal',
      title: {
        de: 'Verbesserung der Lebensbedingungen für nicht bleibeberechtigte Personen und AsylbewerberInnen für die Dauer des Aufenthaltes bzw. bis zur Klärung des Asylverfahrens',
        en: 'Improving the living conditions of persons without the right to remain and of asylum seekers for the duration of their stay or until their asylum procedure is settled',
      },
      targetGroups: ['nicht-bleibeberechtigte-personen-und-asylbewerberinnen'],
    },
    {
      slug: 'partizipation-und-mitbestimmung-erweitern',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'focus',
      title: {
        de: 'Erweiterung der Partizipation und Mitbestimmung der Personen mit Migrationshintergrund, aber auch der freien Träger der Integrationsarbeit',
        en: 'Extending the participation and co-determination of persons with a migration background, and also of the independent providers of integration work',
      },
      fieldsOfAction: ['soziale-integration-und-partizipation', 'politische-partizipation'],
    },
    {
      slug: 'empfehlungen-und-stellungnahmen-zur-integrationspolitik',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'focus',
      title: {
        de: 'Erarbeitung von Empfehlungen und Stellungnahmen zur städtischen Integrationspolitik (z. B. hinsichtlich der zu entwickelnden Leitlinien, strategischen Ziele und Maßnahmen zur Umsetzung der städtischen Integrationspolitik)',
        en: "Drawing up recommendations and statements on the city's integration policy (e.g. regarding the guidelines, strategic goals and measures to be developed for implementing the city's integration policy)",
      },
    },
    {
      slug: 'erfahrungsaustausch-aller-akteure',
      network: 'netzwerk-integrations-und-auslaenderarbeit',
      kind: 'focus',
      title: {
        de: 'Organisieren des Erfahrungsaustauschs aller Akteure zu Fragen und Problemen, die sich in der Integrationsarbeit ergeben',
        en: 'Organising the exchange of experience among all actors on questions and problems that arise in integration work',
      },
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
        de: 'Anregung von Aktivitäten bzw. die Initiierung und Koordinierung von gemeinsamen Projekten in allen Handlungsfeldern der Integrationsarbeit',
        en: 'Encouraging activities and initiating and coordinating joint projects in all fields of action of integration work',
      },
      description: `- Sprache
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
}
