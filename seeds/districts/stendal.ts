import type { DistrictContent } from '../types'

/** Source: ../shared/seeds/001_b98a3d9d56e447b1.txt (Landkreis Stendal). */
export const stendal: DistrictContent = {
  district: 'stendal',
  source: {
    file: '001_b98a3d9d56e447b1.txt',
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
        'Das Netzwerk verbindet unterschiedliche Einrichtungen, Akteure und Institutionen, die sich für die Belange von Migrant*innen des Landkreises Stendal einsetzen.',
      description: `Das Netzwerk verbindet unterschiedliche Einrichtungen, Akteure und Institutionen, die sich für die Belange von Migrant*innen des Landkreises Stendal einsetzen.

Ziel des Netzwerkes ist es, Zugewanderten eine Teilhabe am gesellschaftlichen, wirtschaftlichen, kulturellen und politischen Leben zu ermöglichen. Das geschieht durch die Initiierung einer Vielzahl von Projekten und Maßnahmen. Bei den vom Netzwerk ausgehenden Integrationsprozessen sind nicht nur die Zugewanderten selbst Zielgruppe, sondern auch die etablierte Bevölkerung, die durch eine Willkommenskultur der Offenheit, Toleranz und Neugierde zur Integration beitragen kann.

Die Akteure treffen sich in regelmäßigen Abständen, um einrichtungsspezifische, abgeschlossene bzw. neue Projekte und Aufgaben zu erläutern. Es werden Probleme aufgezeigt und gemeinsam wird versucht, Lösungsmöglichkeiten zu erarbeiten. Dies schafft Synergien zur Verbesserung der Lebenssituationen der Migrant*innen.

Durch die Nutzung langjähriger Erfahrungen der Akteure aus ihren Handlungsfeldern, ihren Arbeitsstrukturen, individuellen Sichtweisen und aus verschiedensten Perspektiven entstehen realistische, innovative Arbeits- und Projektansätze mit relativ hohen Erfolgsaussichten.

Das Netzwerk wird durch die Integrationskoordinator*innen des Landkreises Stendal, Frau Maria-Alexandra Jonas und Herrn Jakob Wernike, geleitet.

Alle Akteure sind kompetent und verfügen über eigene Erfahrungen auf dem Gebiet der Integrationsarbeit. Jeder arbeitet darüber hinaus in eigenen Netzwerken, so dass auf dieser Grundlage miteinander interagiert werden kann. Systemübergänge werden so möglich und die Migrantinnen und Migranten werden individuell unterstützt. Als Ergebnis der Netzwerkarbeit soll die nachhaltige Integration der Migrantinnen und Migranten in das soziale Umfeld und in die Arbeitswelt erreicht werden. Dazu werden vielfältige Projekte initiiert.

In allen Teilen des Netzwerkes werden die Migrant*innen einbezogen und deren Handeln aktiviert. Aus dem Netzwerk entsteht eine Vielzahl von Projekten und Maßnahmen, die nachhaltig wirken. Sie sind gemeinwesenorientiert und tragen wesentlich zur Begleitung und friedlichen Lösung von Konflikten bei.`,
      foundedYear: 2000,
      meetingRhythm: 'in regelmäßigen Abständen',
      history: `Als Modellprojekt wurde das Netzwerk für die Integration von Migranten von 2000 bis 2003 durch den Bund und das Land Sachsen-Anhalt als kommunales Integrationsprojekt angeregt und gefördert. Seit Juni 2003 war die Hansestadt Stendal dessen Träger. Frau Liane Bischoff hatte die Leitung übernommen.

Seit 2009 ist das Netzwerk auf den Landkreis erweitert worden und wird vom Land Sachsen-Anhalt weitergefördert.`,
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
      text: 'In allen Teilen des Netzwerkes werden die Migrant*innen einbezogen und deren Handeln aktiviert.',
    },
    {
      slug: 'zugewanderte-und-etablierte-bevoelkerung',
      network: 'netzwerk-integration-von-migrantinnen',
      title: {
        de: 'Zugewanderte und etablierte Bevölkerung als Zielgruppe',
        en: 'Immigrants and the established population as target groups',
      },
      text: 'Bei den vom Netzwerk ausgehenden Integrationsprozessen sind nicht nur die Zugewanderten selbst Zielgruppe, sondern auch die etablierte Bevölkerung, die durch eine Willkommenskultur der Offenheit, Toleranz und Neugierde zur Integration beitragen kann.',
    },
    {
      slug: 'nachhaltige-gemeinwesenorientierte-projekte',
      network: 'netzwerk-integration-von-migrantinnen',
      title: {
        de: 'Nachhaltige und gemeinwesenorientierte Projekte',
        en: 'Sustainable, community-oriented projects',
      },
      text: 'Aus dem Netzwerk entsteht eine Vielzahl von Projekten und Maßnahmen, die nachhaltig wirken. Sie sind gemeinwesenorientiert und tragen wesentlich zur Begleitung und friedlichen Lösung von Konflikten bei.',
    },
    {
      slug: 'langjaehrige-erfahrungen-und-perspektiven',
      network: 'netzwerk-integration-von-migrantinnen',
      title: {
        de: 'Nutzung langjähriger Erfahrungen und verschiedenster Perspektiven',
        en: 'Drawing on long experience and a wide range of perspectives',
      },
      text: 'Durch die Nutzung langjähriger Erfahrungen der Akteure aus ihren Handlungsfeldern, ihren Arbeitsstrukturen, individuellen Sichtweisen und aus verschiedensten Perspektiven entstehen realistische, innovative Arbeits- und Projektansätze mit relativ hohen Erfolgsaussichten.',
    },
    {
      slug: 'kompetente-akteure-mit-eigenen-netzwerken',
      network: 'netzwerk-integration-von-migrantinnen',
      title: {
        de: 'Kompetente Akteure mit eigenen Netzwerken',
        en: 'Competent actors with networks of their own',
      },
      text: 'Alle Akteure sind kompetent und verfügen über eigene Erfahrungen auf dem Gebiet der Integrationsarbeit. Jeder arbeitet darüber hinaus in eigenen Netzwerken, so dass auf dieser Grundlage miteinander interagiert werden kann. Systemübergänge werden so möglich und die Migrantinnen und Migranten werden individuell unterstützt.',
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
        'Die etablierte Bevölkerung kann durch eine Willkommenskultur der Offenheit, Toleranz und Neugierde zur Integration beitragen.',
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
        'Die Integrationskoordinator*innen des Landkreises Stendal, Frau Maria-Alexandra Jonas und Herr Jakob Wernike, leiten das Netzwerk für die Integration von Migrant*innen (Koordinierungsstelle Integration).',
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
          text: 'Vernetzung aller an der Integration von Migrant*innen beteiligten Organisationen, Vereine, Institutionen und Wohlfahrtsverbände',
        },
        {
          text: 'Verknüpfung der verschiedenen Beratungs- und Betreuungsstrukturen und der für Migrant*innen zuständigen Ämter',
        },
        {
          text: 'Verknüpfung von Politik und Verwaltung, Verbänden und Vereinen, Kirchen, Schulen, Bildungseinrichtungen, Runden Tischen, Privatpersonen u. a.',
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
        de: 'Zugewanderten eine Teilhabe am gesellschaftlichen, wirtschaftlichen, kulturellen und politischen Leben ermöglichen',
        en: 'Enabling immigrants to take part in social, economic, cultural and political life',
      },
      description: 'Das geschieht durch die Initiierung einer Vielzahl von Projekten und Maßnahmen.',
      fieldsOfAction: ['soziale-integration-und-partizipation'],
      targetGroups: ['zugewanderte'],
    },
    {
      slug: 'nachhaltige-integration-in-umfeld-und-arbeitswelt',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'goal',
      title: {
        de: 'Nachhaltige Integration der Migrantinnen und Migranten in das soziale Umfeld und in die Arbeitswelt',
        en: 'Lasting integration of migrants into their social environment and the world of work',
      },
      description:
        'Als Ergebnis der Netzwerkarbeit soll die nachhaltige Integration der Migrantinnen und Migranten in das soziale Umfeld und in die Arbeitswelt erreicht werden. Dazu werden vielfältige Projekte initiiert.',
      fieldsOfAction: ['soziale-integration-und-partizipation', 'arbeit-und-ausbildung'],
      targetGroups: ['zugewanderte'],
    },
    {
      slug: 'verbesserung-der-lebenssituationen',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'goal',
      title: {
        de: 'Verbesserung der Lebenssituationen der Migrant*innen',
        en: 'Improving the living situations of migrants',
      },
      description:
        'Die regelmäßigen Treffen der Akteure, bei denen Probleme aufgezeigt und gemeinsam Lösungsmöglichkeiten erarbeitet werden, schaffen Synergien zur Verbesserung der Lebenssituationen der Migrant*innen.',
      targetGroups: ['zugewanderte'],
    },
    {
      slug: 'willkommenskultur',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'goal',
      title: {
        de: 'Eine Willkommenskultur der Offenheit, Toleranz und Neugierde, mit der die etablierte Bevölkerung zur Integration beitragen kann',
        en: 'A welcoming culture of openness, tolerance and curiosity through which the established population can contribute to integration',
      },
      targetGroups: ['etablierte-bevoelkerung'],
    },
    {
      slug: 'projekte-und-massnahmen-initiieren',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'task',
      title: {
        de: 'Initiierung einer Vielzahl von Projekten und Maßnahmen, die nachhaltig wirken',
        en: 'Initiating a wide range of projects and measures with a lasting effect',
      },
    },
    {
      slug: 'projekte-und-aufgaben-erlaeutern',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'task',
      title: {
        de: 'Erläuterung einrichtungsspezifischer, abgeschlossener bzw. neuer Projekte und Aufgaben bei den regelmäßigen Treffen der Akteure',
        en: 'Presenting institution-specific, completed and new projects and tasks at the regular meetings of the actors',
      },
    },
    {
      slug: 'probleme-aufzeigen-und-loesungen-erarbeiten',
      network: 'netzwerk-integration-von-migrantinnen',
      kind: 'task',
      title: {
        de: 'Probleme aufzeigen und gemeinsam Lösungsmöglichkeiten erarbeiten',
        en: 'Pointing out problems and working out possible solutions together',
      },
    },
  ],
}
