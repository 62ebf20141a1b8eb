import type { DistrictContent } from '../types'

/**
 * Source: the self-description of the Netzwerk für die Integration von Migrant*innen published by the
 * Koordinierungsstelle Integration of the Landkreis Stendal. Prose in our own words; names, titles
 * and contact data as published.
 */
export const stendal: DistrictContent = {
  district: 'stendal',
  source: {
    network: 'Netzwerk für die Integration von Migrant*innen',
    page: 'Seite der Koordinierungsstelle Integration des Landkreises Stendal',
    publishedBy: 'Landkreis Stendal, Koordinierungsstelle Integration (Internetauftritt des Landkreises)',
  },
  networks: [
    {
      slug: 'netzwerk-integration-von-migrantinnen',
      name: {
        de: 'Netzwerk für die Integration von Migrant*innen',
        en: 'Network for the Integration of Migrants',
      },
      summary:
        'Zusammenschluss von Einrichtungen, Akteuren und Institutionen, die im Landkreis Stendal die Anliegen von Migrant*innen vertreten; geleitet von den Integrationskoordinator*innen des Landkreises.',
      description: `Ziel: Teilhabe Zugewanderter in Gesellschaft, Wirtschaft, Kultur und Politik – erreicht über zahlreiche Projekte und Maßnahmen, die das Netzwerk anstößt.

Zielgruppen:
- die Zugewanderten selbst
- die etablierte Bevölkerung, die mit einer Willkommenskultur aus Offenheit, Toleranz und Neugierde zur Integration beiträgt

Arbeitsweise:
- Die Akteure treffen sich regelmäßig, stellen Projekte und Aufgaben ihrer Einrichtungen vor (abgeschlossene wie neue), benennen Probleme und suchen gemeinsam nach Lösungen. Die so entstehenden Synergien verbessern die Lebenssituation der Migrant*innen.
- Aus den langjährigen Erfahrungen der Beteiligten – ihren Handlungsfeldern, Arbeitsstrukturen und Sichtweisen – entstehen realistische und innovative Ansätze für Arbeit und Projekte, deren Erfolgsaussichten relativ hoch sind.
- Alle Akteure sind fachkundig, haben selbst Erfahrung in der Integrationsarbeit und sind zusätzlich in eigenen Netzwerken aktiv. Das ermöglicht Systemübergänge und eine individuelle Unterstützung von Migrantinnen und Migranten.
- Migrant*innen wirken in jedem Teil des Netzwerkes mit und werden zum eigenen Handeln ermutigt.

Angestrebtes Ergebnis: Migrantinnen und Migranten finden dauerhaft Anschluss im sozialen Umfeld und in der Arbeitswelt. Die vielen Projekte und Maßnahmen aus dem Netzwerk wirken nachhaltig, setzen am Gemeinwesen an und helfen wesentlich, Konflikte zu begleiten und friedlich beizulegen.

Leitung: Frau Maria-Alexandra Jonas und Herr Jakob Wernike (Integrationskoordinator*innen des Landkreises Stendal).`,
      foundedYear: 2000,
      meetingRhythm: 'in regelmäßigen Abständen',
      history: `- 2000 bis 2003: Modellprojekt „Netzwerk für die Integration von Migranten“; Bund und Land Sachsen-Anhalt haben es als kommunales Integrationsprojekt angestoßen und finanziert.
- ab Juni 2003: Träger war die Hansestadt Stendal, die Leitung übernahm Frau Liane Bischoff.
- seit 2009: Das Netzwerk umfasst den ganzen Landkreis; das Land Sachsen-Anhalt fördert es weiter.`,
      funding: 'Land Sachsen-Anhalt',
      coordinatingContacts: ['maria-alexandra-jonas', 'jakob-wernike'],
    },
  ],
  principles: [
    {
      slug: 'einbeziehung-der-migrantinnen',
      network: 'netzwerk-integration-von-migrantinnen',
      title: {
        de: 'Einbeziehung der Migrant*innen in allen Teilen des Netzwerkes',
        en: 'Involving migrants in every part of the network',
      },
      text: 'Migrant*innen wirken in jedem Teil des Netzwerkes mit und werden ermutigt, selbst aktiv zu werden.',
    },
    {
      slug: 'zugewanderte-und-etablierte-bevoelkerung',
      network: 'netzwerk-integration-von-migrantinnen',
      title: {
        de: 'Zugewanderte und etablierte Bevölkerung als Zielgruppe',
        en: 'Immigrants and the established population as target groups',
      },
      text: 'Integration richtet sich an beide Seiten: an die Zugewanderten und an die etablierte Bevölkerung, die mit einer Willkommenskultur aus Offenheit, Toleranz und Neugierde selbst zur Integration beiträgt.',
    },
    {
      slug: 'nachhaltige-gemeinwesenorientierte-projekte',
      network: 'netzwerk-integration-von-migrantinnen',
      title: {
        de: 'Nachhaltige und gemeinwesenorientierte Projekte',
        en: 'Sustainable, community-oriented projects',
      },
      text: 'Die Projekte und Maßnahmen aus dem Netzwerk sollen dauerhaft wirken, am Gemeinwesen ansetzen und wesentlich dazu beitragen, Konflikte zu begleiten und friedlich beizulegen.',
    },
    {
      slug: 'langjaehrige-erfahrungen-und-perspektiven',
      network: 'netzwerk-integration-von-migrantinnen',
      title: {
        de: 'Nutzung langjähriger Erfahrungen und verschiedenster Perspektiven',
        en: 'Drawing on long experience and a wide range of perspectives',
      },
      text: 'Die Akteure bringen viele Jahre Erfahrung aus ihren Handlungsfeldern und Arbeitsstrukturen mit, dazu eigene Sichtweisen und ganz unterschiedliche Perspektiven. Daraus entstehen realistische und innovative Ansätze für Arbeit und Projekte, deren Erfolgsaussichten relativ hoch sind.',
    },
    {
      slug: 'kompetente-akteure-mit-eigenen-netzwerken',
      network: 'netzwerk-integration-von-migrantinnen',
      title: {
        de: 'Kompetente Akteure mit eigenen Netzwerken',
        en: 'Competent actors with networks of their own',
      },
      text: 'Jeder Akteur bringt Fachkompetenz und eigene Erfahrung in der Integrationsarbeit mit und ist zusätzlich in eigenen Netzwerken aktiv. Über diese Verbindungen gelingen Systemübergänge, und Migrantinnen und Migranten erhalten individuelle Unterstützung.',
    },
  ],
  targetGroups: [
    {
      slug: 'zugewanderte',
      name: { de: 'Zugewanderte', en: 'Immigrants' },
      category: 'migrants-with-residence',
      networks: ['netzwerk-integration-von-migrantinnen'],
    },
    {
      slug: 'etablierte-bevoelkerung',
      name: { de: 'Etablierte Bevölkerung', en: 'Established population' },
      description:
        'Trägt mit einer Willkommenskultur aus Offenheit, Toleranz und Neugierde zur Integration bei.',
      category: 'general-public',
      networks: ['netzwerk-integration-von-migrantinnen'],
    },
  ],
  actors: [
    {
      slug: 'integrationskoordination',
      name: 'Integrationskoordinatoren des Landkreises Stendal',
      kind: 'authority',
      description:
        'Koordinierungsstelle Integration: Frau Maria-Alexandra Jonas und Herr Jakob Wernike, Integrationskoordinator*innen des Landkreises Stendal, leiten das Netzwerk.',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'coordination' }],
      emails: [{ address: 'integration@landkreis-stendal.de' }],
    },
    {
      slug: 'migrationsberatung-drk-stendal',
      name: 'Migrationsberatung – DRK – Stendal',
      shortName: 'DRK',
      kind: 'advice-centre',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
    },
    {
      slug: 'gesonderte-beratung-drk-stendal',
      name: 'Gesonderte Beratung – DRK – Stendal',
      shortName: 'DRK',
      kind: 'advice-centre',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
    },
    {
      slug: 'jugendmigrationsdienst-awo',
      name: 'Jugendmigrationsdienst – AWO',
      shortName: 'JMD',
      kind: 'advice-centre',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
      fieldsOfAction: ['jugend-und-soziales'],
    },
    {
      slug: 'gemeinschaftsunterkunft',
      name: { de: 'Gemeinschaftsunterkunft', en: 'Communal accommodation' },
      kind: 'accommodation',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
    },
    {
      slug: 'bildungstraeger',
      name: { de: 'Bildungsträger', en: 'Education providers' },
      kind: 'education-provider',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
    },
    {
      slug: 'jobcenter',
      name: { de: 'Jobcenter', en: 'Job centre' },
      kind: 'employment-agency',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
      fieldsOfAction: ['arbeit-und-ausbildung'],
    },
    {
      slug: 'schulen-und-kindertagesstaetten',
      name: { de: 'Schulen und Kindertagesstätten', en: 'Schools and day-care centres' },
      kind: 'school-daycare',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
      fieldsOfAction: ['schule-und-bildung'],
    },
    {
      slug: 'gleichstellungsstellen',
      name: 'Gleichstellungsstellen des Landkreises und der Hansestadt Stendal',
      kind: 'authority',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
      fieldsOfAction: ['gleichberechtigung-von-frauen-und-maedchen'],
    },
    {
      slug: 'jugendeinrichtungen',
      name: { de: 'Jugendeinrichtungen', en: 'Youth facilities' },
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
      fieldsOfAction: ['jugend-und-soziales'],
    },
    {
      slug: 'evangelischer-kirchenkreis-stendal',
      name: 'Evangelischer Kirchenkreis Stendal',
      kind: 'religious-community',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
      fieldsOfAction: ['kultur-und-religion'],
    },
    {
      slug: 'stendaler-migranteninitiative',
      name: 'Stendaler Migranteninitiative (SteM e.V.)',
      shortName: 'SteM',
      kind: 'migrant-organisation',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
    },
    {
      slug: 'islamische-gemeinde-stendal',
      name: 'Islamische Gemeinde Stendal e.V.',
      kind: 'religious-community',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
      fieldsOfAction: ['kultur-und-religion'],
    },
    {
      slug: 'regionale-netzwerkstelle-fuer-schulsozialarbeit',
      name: 'Regionale Netzwerkstelle für Schulsozialarbeit',
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
      fieldsOfAction: ['schule-und-bildung'],
    },
    {
      slug: 'lokale-projekte-buendnisse-vereine-stiftungen',
      name: {
        de: 'Lokale Projekte, Bündnisse, Vereine, Stiftungen, Ehrenamtskoordinator*innen',
        en: 'Local projects, alliances, associations, foundations, volunteer coordinators',
      },
      kind: 'initiative',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
    },
    {
      slug: 'hochschule-magdeburg-stendal',
      name: 'Hochschule Magdeburg-Stendal',
      kind: 'university',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
    },
    {
      slug: 'fachkraft-im-fokus',
      name: 'Fachkraft im Fokus',
      kind: 'initiative',
      memberships: [{ network: 'netzwerk-integration-von-migrantinnen', role: 'member' }],
      fieldsOfAction: ['arbeit-und-ausbildung'],
    },
  ],
  contacts: [
    {
      slug: 'koordinierungsstelle-integration',
      kind: 'office',
      name: 'Koordinierungsstelle Integration',
      actor: 'integrationskoordination',
      networks: ['netzwerk-integration-von-migrantinnen'],
      emails: [{ address: 'integration@landkreis-stendal.de' }],
      responsibilities: [
        {
          text: 'Netz aller Beteiligten der Integrationsarbeit: Organisationen, Vereine, Institutionen und Wohlfahrtsverbände',
        },
        {
          text: 'Beratungs- und Betreuungsstrukturen mit den für Migrant*innen zuständigen Ämtern verbinden',
        },
        {
          text: 'Verbindung auch zu Kirchen, Schulen und Bildungseinrichtungen, zu Politik und Verwaltung, Verbänden und Vereinen, Runden Tischen, Privatpersonen u. a.',
        },
      ],
    },
    {
      slug: 'maria-alexandra-jonas',
      kind: 'person',
      salutation: 'frau',
      name: 'Maria-Alexandra Jonas',
      position: 'Integrationskoordinatorin des Landkreises Stendal',
      organisationalUnit: 'Koordinierungsstelle Integration',
      actor: 'integrationskoordination',
      networks: ['netzwerk-integration-von-migrantinnen'],
      phones: [{ number: '03931 60-7040' }],
      emails: [{ address: 'maria.jonas@landkreis-stendal.de' }],
    },
    {
      slug: 'jakob-wernike',
      kind: 'person',
      salutation: 'herr',
      name: 'Jakob Wernike',
      position: 'Integrationskoordinator des Landkreises Stendal',
      organisationalUnit: 'Koordinierungsstelle Integration',
      actor: 'integrationskoordination',
      networks: ['netzwerk-integration-von-migrantinnen'],
      phones: [{ number: '03931 60-8059' }],
      emails: [{ address: 'jakob.wernike@landkreis-stendal.de' }],
    },
  ],
  workingGroups: [],
  goals: [
    {
      slug: 'teilhabe-am-gesellschaftlichen-leben',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'goal',
      title: {
        de: 'Teilhabe Zugewanderter in Gesellschaft, Wirtschaft, Kultur und Politik',
        en: 'Participation of immigrants in society, the economy, culture and politics',
      },
      description: 'Der Weg dorthin: viele Projekte und Maßnahmen, die das Netzwerk anstößt.',
      fieldsOfAction: ['soziale-integration-und-partizipation'],
      targetGroups: ['zugewanderte'],
    },
    {
      slug: 'nachhaltige-integration-in-umfeld-und-arbeitswelt',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'goal',
      title: {
        de: 'Nachhaltige Integration in soziales Umfeld und Arbeitswelt',
        en: 'Lasting integration into the social environment and working life',
      },
      description: 'Das angestrebte Ergebnis der Netzwerkarbeit; dafür entstehen vielfältige Projekte.',
      fieldsOfAction: ['soziale-integration-und-partizipation', 'arbeit-und-ausbildung'],
      targetGroups: ['zugewanderte'],
    },
    {
      slug: 'verbesserung-der-lebenssituationen',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'goal',
      title: {
        de: 'Bessere Lebenssituationen für Migrant*innen',
        en: 'Better living situations for migrants',
      },
      description:
        'Beitrag dazu: Synergien aus den regelmäßigen Treffen, bei denen die Akteure Probleme benennen und zusammen nach Lösungen suchen.',
      targetGroups: ['zugewanderte'],
    },
    {
      slug: 'willkommenskultur',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'goal',
      title: {
        de: 'Willkommenskultur aus Offenheit, Toleranz und Neugierde',
        en: 'A welcoming culture of openness, tolerance and curiosity',
      },
      description: 'So trägt die etablierte Bevölkerung zur Integration bei.',
      targetGroups: ['etablierte-bevoelkerung'],
    },
    {
      slug: 'projekte-und-massnahmen-initiieren',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'task',
      title: {
        de: 'Viele nachhaltig wirkende Projekte und Maßnahmen anstoßen',
        en: 'Starting many projects and measures with a lasting effect',
      },
    },
    {
      slug: 'projekte-und-aufgaben-erlaeutern',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'task',
      title: {
        de: 'Projekte und Aufgaben der Einrichtungen bei den Treffen vorstellen',
        en: "Presenting the institutions' projects and tasks at the meetings",
      },
      description: 'Abgeschlossene wie neue, bei den regelmäßigen Treffen der Akteure.',
    },
    {
      slug: 'probleme-aufzeigen-und-loesungen-erarbeiten',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'task',
      title: {
        de: 'Probleme benennen, gemeinsam Lösungen finden',
        en: 'Naming problems and finding solutions together',
      },
    },
  ],
  // The text gives no postal address (the Koordinierungsstelle: e-mail and phones only).
  places: [],
  offers: [
    // What the text says the Koordinierungsstelle Integration does.
    {
      slug: 'vernetzung-der-integrationsarbeit',
      title: {
        de: 'Vernetzung der Integrationsarbeit im Landkreis Stendal',
        en: 'Connecting integration work in the Stendal district',
      },
      summary:
        'Die Koordinierungsstelle Integration bringt alle zusammen, die im Landkreis an der Integration von Migrant*innen mitwirken, und verknüpft Beratung und Betreuung mit den zuständigen Ämtern, mit Politik, Verwaltung und Zivilgesellschaft.',
      description: `Wen die Koordinierungsstelle miteinander verbindet:
- Organisationen, Vereine, Institutionen und Wohlfahrtsverbände der Integrationsarbeit
- Beratungs- und Betreuungsstrukturen und die für Migrant*innen zuständigen Ämter
- Politik und Verwaltung, Verbände, Kirchen, Schulen, Bildungseinrichtungen, Runde Tische, Privatpersonen und andere`,
      offerTypes: ['vernetzung-und-koordination'],
      provider: 'integrationskoordination',
      networks: ['netzwerk-integration-von-migrantinnen'],
      contacts: ['koordinierungsstelle-integration', 'maria-alexandra-jonas', 'jakob-wernike'],
      cost: { free: null },
      registration: null,
    },
    // The counselling services in the list of Netzwerkakteure, which the text calls providers of
    // integration services: no address, hours or languages given.
    {
      slug: 'migrationsberatung-drk-stendal',
      title: {
        de: 'Migrationsberatung des DRK Stendal',
        en: 'Migration advice of the German Red Cross (DRK) in Stendal',
      },
      summary:
        'Beratungsangebot des DRK in Stendal, Akteur im Netzwerk für die Integration von Migrant*innen.',
      offerTypes: ['beratung'],
      provider: 'migrationsberatung-drk-stendal',
      networks: ['netzwerk-integration-von-migrantinnen'],
      cost: { free: null },
      registration: null,
    },
    {
      slug: 'gesonderte-beratung-drk-stendal',
      title: {
        de: 'Gesonderte Beratung des DRK Stendal',
        en: 'Separate counselling of the German Red Cross (DRK) in Stendal',
      },
      summary:
        'Ein weiteres Beratungsangebot des DRK in Stendal, ebenfalls Akteur im Netzwerk für die Integration von Migrant*innen.',
      offerTypes: ['beratung'],
      provider: 'gesonderte-beratung-drk-stendal',
      networks: ['netzwerk-integration-von-migrantinnen'],
      cost: { free: null },
      registration: null,
    },
    {
      slug: 'jugendmigrationsdienst-awo',
      title: {
        de: 'Jugendmigrationsdienst der AWO',
        en: 'Youth Migration Service of the AWO',
      },
      summary:
        'Beratung des Jugendmigrationsdienstes in Trägerschaft der AWO, Akteur im Netzwerk für die Integration von Migrant*innen.',
      offerTypes: ['beratung'],
      provider: 'jugendmigrationsdienst-awo',
      networks: ['netzwerk-integration-von-migrantinnen'],
      fieldsOfAction: ['jugend-und-soziales'],
      cost: { free: null },
      registration: null,
    },
  ],
}
