import type { DistrictContent } from '../types'

/**
 * Source: the self-description of the Netzwerk Integration im Saalekreis published by the
 * Integrationskoordination des Saalekreises (Merseburg) on the website of the Landkreis Saalekreis.
 * Prose in our own words; names, titles and contact data as published.
 */
export const saalekreis: DistrictContent = {
  district: 'saalekreis',
  source: {
    network: 'Netzwerk Integration im Saalekreis',
    page: 'Seite der Integrationskoordination des Saalekreises (Merseburg) auf dem Internetauftritt des Landkreises Saalekreis',
    publishedBy: 'Landkreis Saalekreis, Integrationskoordination (Internetauftritt des Landkreises)',
  },
  networks: [
    {
      slug: 'netzwerk-integration',
      name: { de: 'Netzwerk Integration im Saalekreis', en: 'Integration Network Saalekreis' },
      summary:
        'Beratungs- und Informationsplattform ohne Mitgliedschaft: Vereine, Einrichtungen und Zuwanderungsgruppen aus dem Saalekreis, deren Leute sich haupt- oder ehrenamtlich um Integration kümmern; abgestimmt von der Integrationskoordinatorin des Landkreises.',
      description: `Wer mitmacht:
- Vertreterinnen und Vertreter von Vereinen und Einrichtungen im Saalekreis
- Vertreterinnen und Vertreter der im Kreis ansässigen Zuwanderungsgruppen
- Menschen, die sich beruflich oder im Ehrenamt für die Integration von MigrantInnen im Saalekreis und in seinen Kommunen einsetzen

So arbeitet das Netzwerk:
- freiwilliger Zusammenschluss, alle Beteiligten gleichberechtigt, aus Überzeugung und Motivation dabei
- Netzwerksitzungen mehrmals im Jahr, abgestimmt von der Integrationskoordinatorin des Landkreises Saalekreis
- Arbeitsgruppen entstehen bei Bedarf; mitarbeiten kann jede und jeder, deren Thema die Integrationsbelange des Landkreises berührt
- keine Mitgliedschaftsstrukturen: das Netzwerk ist eine Plattform für Beratung und Information`,
      meetingRhythm: 'mehrmals im Jahr',
      carrier: 'Landkreis Saalekreis (Integrationskoordination)',
      membershipModel: 'no-formal-membership',
      membershipNote:
        'Keine Mitgliedschaft: Mitarbeiten kann, wer thematisch mit den Integrationsbelangen des Landkreises zu tun hat. Arbeitsgruppen bilden sich nach Bedarf.',
      referenceFrameworks: [
        { title: 'Nationaler Integrationsplan' },
        {
          title: 'Landesintegrationskonzept Sachsen-Anhalt (2014)',
          url: 'http://www.integriert-in-sachsen-anhalt.de/integrationspolitik',
        },
      ],
      coordinatingContacts: ['integrationskoordination'],
    },
  ],
  principles: [
    {
      slug: 'nationaler-integrationsplan-und-landesintegrationskonzept',
      network: 'netzwerk-integration',
      title: {
        de: 'Orientierung am Nationalen Integrationsplan und am Landesintegrationskonzept',
        en: 'Guided by the National Integration Plan and the State Integration Concept',
      },
      text: `Richtschnur sind der Nationale Integrationsplan und das Landesintegrationskonzept von 2014; das Netzwerk hilft, die darin festgelegten Integrationsziele umzusetzen.

Landesintegrationskonzept: http://www.integriert-in-sachsen-anhalt.de/integrationspolitik`,
    },
    {
      slug: 'zuwanderung-als-herausforderung-und-chance',
      network: 'netzwerk-integration',
      title: {
        de: 'Zuwanderung als Herausforderung und Chance',
        en: 'Immigration as a challenge and an opportunity',
      },
      text: 'Zuwanderung stellt den Saalekreis und seine Kommunen vor Aufgaben – und gibt ihnen zugleich die Gelegenheit, sich weiterzuentwickeln.',
    },
    {
      slug: 'integration-als-teilhabe-und-wechselseitiger-prozess',
      network: 'netzwerk-integration',
      title: {
        de: 'Integration als Teilhabe und wechselseitiger Prozess',
        en: 'Integration as participation and a mutual process',
      },
      text: `Integration hat für das Netzwerk zwei Seiten:
- Partizipation: MigrantInnen nehmen gleichberechtigt am gesellschaftlichen Leben teil.
- Gegenseitigkeit: Einheimische und Zugewanderte sind beide gefordert, daran mitzuwirken.`,
    },
    {
      slug: 'toleranz-und-wertschaetzung-auf-augenhoehe',
      network: 'netzwerk-integration',
      title: {
        de: 'Toleranz und Wertschätzung auf gleicher Augenhöhe',
        en: 'Tolerance and appreciation on an equal footing',
      },
      text: `Gutes Miteinander verlangt von beiden Seiten:
- Toleranz
- Wertschätzung kultureller Vielfalt
- Verständnis für Traditionen und Lebensgewohnheiten
- die Bereitschaft, auch über Wertvorstellungen auf Augenhöhe zu diskutieren und zu streiten`,
    },
    {
      slug: 'friedliches-zusammenleben',
      network: 'netzwerk-integration',
      title: { de: 'Friedliches Zusammenleben und Austausch', en: 'Peaceful coexistence and exchange' },
      text: 'Ziel ist, dass die Menschen im Landkreis Saalekreis friedlich zusammenleben und miteinander im Austausch stehen.',
    },
  ],
  targetGroups: [
    {
      slug: 'bleibeberechtigte-migranten',
      name: { de: 'Bleibeberechtigte Migranten und Migrantinnen', en: 'Migrants with the right to remain' },
      category: 'migrants-with-residence',
      networks: ['netzwerk-integration'],
    },
    {
      slug: 'auslaender',
      name: { de: 'Ausländer und Ausländerinnen', en: 'Foreign nationals' },
      category: 'foreign-nationals',
      networks: ['netzwerk-integration'],
    },
    {
      slug: 'menschen-unterschiedlicher-religionen',
      name: { de: 'Menschen unterschiedlicher Religionen', en: 'People of different religions' },
      category: 'religious-communities',
      networks: ['netzwerk-integration'],
    },
    {
      slug: 'internationale-studierende',
      name: { de: 'Internationale Studierende', en: 'International students' },
      category: 'students',
      networks: ['netzwerk-integration'],
    },
    {
      slug: 'asylbewerber-geduldete-fluechtlinge',
      name: {
        de: 'AsylbewerberInnen, Geduldete, Flüchtlinge',
        en: 'Asylum seekers, tolerated persons, refugees',
      },
      category: 'refugees-asylum',
      networks: ['netzwerk-integration'],
    },
    {
      slug: 'unbegleitete-minderjaehrige-fluechtlinge',
      name: { de: 'Unbegleitete minderjährige Flüchtlinge', en: 'Unaccompanied minor refugees' },
      category: 'unaccompanied-minors',
      networks: ['netzwerk-integration'],
    },
    {
      slug: 'institutionen-und-vereine',
      name: {
        de: 'Institutionen und Vereine, die MigrantInnen fördern und ihre Interessen vertreten',
        en: 'Institutions and associations that support migrants and represent their interests',
      },
      category: 'organisations',
      networks: ['netzwerk-integration'],
    },
    {
      slug: 'touristen-und-gaeste',
      name: {
        de: 'Touristen und Gäste aus dem Ausland (z. B. über Städtepartnerschaften)',
        en: 'Tourists and guests from abroad (e.g. through town twinning)',
      },
      category: 'guests',
      networks: ['netzwerk-integration'],
    },
  ],
  actors: [
    {
      slug: 'integrationskoordination',
      name: 'Integrationskoordination des Saalekreises',
      shortName: 'IK',
      kind: 'authority',
      description:
        'Zentrale Anlaufstelle der Integrationsarbeit im Landkreis; die Integrationskoordinatorin plant die Netzwerksitzungen und stimmt die Arbeitsgruppen ab.',
      memberships: [{ network: 'netzwerk-integration', role: 'coordination' }],
      address: { street: 'Geusaer Straße 81e', postalCode: '06217', city: 'Merseburg' },
      places: ['integrationskoordination'],
      phones: [{ number: '03461 40 2228' }, { number: '03461 40 2235' }],
    },
    {
      slug: 'auslaenderbehoerde',
      name: 'Ausländerbehörde des Saalekreises',
      kind: 'authority',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'sozialamt',
      name: 'Sozialamt des Saalekreises',
      kind: 'authority',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'migrationsberatung-fuer-erwachsene-zuwanderer',
      name: {
        de: 'Migrationsberatung für erwachsene Zuwanderer',
        en: 'Migration advice for adult immigrants',
      },
      shortName: 'MBE',
      kind: 'advice-centre',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'jugendmigrationsdienst',
      name: { de: 'Jugendmigrationsdienst', en: 'Youth migration service' },
      shortName: 'JMD',
      kind: 'advice-centre',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'landesverwaltungsamt-referat-505',
      name: 'Landesverwaltungsamt Sachsen-Anhalt, Referat 505',
      kind: 'authority',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'bamf',
      name: 'Bundesamt für Migration und Flüchtlinge',
      shortName: 'BAMF',
      kind: 'authority',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'integration-durch-sport',
      name: 'Landeskoordinator des Programms „Integration durch Sport“',
      kind: 'sports',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['freizeit-gesundheit-und-sport'],
    },
    {
      slug: 'agentur-fuer-arbeit',
      name: 'Agentur für Arbeit',
      kind: 'employment-agency',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['arbeit-und-ausbildung'],
    },
    {
      slug: 'jobcenter',
      name: { de: 'Jobcenter (Leistungsträger nach dem SGB II)', en: 'Job centre (SGB II benefits agency)' },
      kind: 'employment-agency',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['arbeit-und-ausbildung'],
    },
    {
      slug: 'politische-vertretungen-von-zuwanderern',
      name: {
        de: 'Politische Vertretungen von Zuwanderern (sofern vorhanden)',
        en: 'Political representation of immigrants (where it exists)',
      },
      kind: 'political-body',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['politische-partizipation'],
    },
    {
      slug: 'migrantenselbstorganisationen',
      name: { de: 'Migrantenselbstorganisationen', en: 'Migrant self-organisations' },
      shortName: 'MSO',
      kind: 'migrant-organisation',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'interessierte-zuwanderer-und-buerger',
      name: { de: 'Interessierte Zuwanderer und Bürger', en: 'Interested immigrants and citizens' },
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'lokale-integrationsprojekte',
      name: {
        de: 'Mitarbeitende lokaler Integrationsprojekte',
        en: 'Staff of local integration projects',
      },
      kind: 'initiative',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'bildungstraeger',
      name: { de: 'Bildungsträger', en: 'Education providers' },
      kind: 'education-provider',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'volkshochschulen',
      name: { de: 'Volkshochschulen', en: 'Adult education centres' },
      kind: 'education-provider',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['sprache'],
    },
    {
      slug: 'politische-parteien',
      name: { de: 'Politische Parteien', en: 'Political parties' },
      kind: 'political-body',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'gewerkschaften',
      name: { de: 'Gewerkschaften', en: 'Trade unions' },
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'kirchen-und-religionsgemeinschaften',
      name: { de: 'Kirchen und Religionsgemeinschaften', en: 'Churches and religious communities' },
      kind: 'religious-community',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['kultur-und-religion'],
    },
    {
      slug: 'industrie-und-handelskammer',
      name: 'Industrie- und Handelskammer',
      shortName: 'IHK',
      kind: 'chamber',
      description: 'Vertretung der Arbeitgeber im Netzwerk.',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['arbeit-und-ausbildung'],
    },
    {
      slug: 'handwerkskammer',
      name: 'Handwerkskammer',
      shortName: 'HWK',
      kind: 'chamber',
      description: 'Vertretung der Arbeitgeber im Netzwerk.',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['arbeit-und-ausbildung'],
    },
    {
      slug: 'initiativgruppen',
      name: { de: 'Initiativgruppen', en: 'Citizen initiatives' },
      kind: 'initiative',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'sportbuende-und-sportvereine',
      name: { de: 'Sportbünde und Sportvereine', en: 'Sports federations and clubs' },
      kind: 'sports',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['freizeit-gesundheit-und-sport'],
    },
    {
      slug: 'stadtteilarbeit-und-stadtentwicklung',
      name: {
        de: 'Mitarbeitende aus Stadtteilarbeit und Stadtentwicklung (etwa „Soziale Stadt“)',
        en: 'Staff from neighbourhood work and urban development (such as “Soziale Stadt”)',
      },
      kind: 'initiative',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
  ],
  contacts: [
    {
      slug: 'integrationskoordination',
      kind: 'office',
      name: 'Integrationskoordination des Saalekreises',
      position: 'Koordination für Zugewanderte und Flüchtlinge',
      actor: 'integrationskoordination',
      networks: ['netzwerk-integration'],
      phones: [{ number: '03461 40 2228' }, { number: '03461 40 2235' }],
      address: { street: 'Geusaer Straße 81e', postalCode: '06217', city: 'Merseburg' },
      place: 'integrationskoordination',
      officeHours: { byAppointmentOnly: true, note: 'nach Terminvereinbarung' },
      responsibilities: [
        { text: 'Anlaufstelle für sämtliche Integrationsakteure im Landkreis' },
        { text: 'Netzwerkstelle für Behörden, Organisationen, Vereine und Verbände, lokal wie regional' },
        { text: 'Strukturen der Integrationsarbeit aufbauen, Angebote koordinieren' },
        { text: 'Ehrenamtliche betreuen und koordinieren' },
        { text: 'Hilfe bei der Schulanmeldung ausländischer Kinder' },
      ],
    },
  ],
  workingGroups: [],
  goals: [
    {
      slug: 'foerderung-des-miteinanders',
      network: 'netzwerk-integration',
      kind: 'goal',
      title: {
        de: 'Miteinander von MigrantInnen und Einwohnern des Saalekreises fördern',
        en: 'Fostering togetherness between migrants and the people of Saalekreis',
      },
      description:
        'Leitbild: ein lebenswerter, toleranter und weltoffener Landkreis. Besonders im Blick: die Integration von Zugewanderten.',
      targetGroups: [
        'bleibeberechtigte-migranten',
        'auslaender',
        'menschen-unterschiedlicher-religionen',
        'internationale-studierende',
        'asylbewerber-geduldete-fluechtlinge',
        'unbegleitete-minderjaehrige-fluechtlinge',
        'institutionen-und-vereine',
        'touristen-und-gaeste',
      ],
    },
    {
      slug: 'informationen-ueber-aktivitaeten-verbreiten',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Über Integrationsaktivitäten informieren',
        en: 'Spreading the word about integration activities',
      },
      description:
        'Bekannt machen und verbreiten, was für die Integration von MigrantInnen und Zugewanderten geschieht.',
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'oeffentlichkeitsarbeit-staerken',
      network: 'netzwerk-integration',
      kind: 'task',
      title: { de: 'Öffentlichkeitsarbeit stärken', en: 'Strengthening public relations' },
      description: 'Kanäle: Amtsblatt, Presse, Internetpräsenz des Landkreises Saalekreis.',
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'beispiele-gelungener-integration',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Gelungene Integration öffentlich zeigen',
        en: 'Showing successful integration in public',
      },
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'uebersicht-ueber-angebote',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Überblick über aktuelle Angebote für MigrantInnen',
        en: 'An overview of current services for migrants',
      },
      description: 'Wo nötig: Bedarf ermitteln und Angebote empfehlen.',
    },
    {
      slug: 'abstimmung-von-projekten',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Projekte von Netzwerkmitgliedern und Behörden aufeinander abstimmen',
        en: 'Aligning the projects of network members and authorities',
      },
    },
    {
      slug: 'lobbyarbeit',
      network: 'netzwerk-integration',
      kind: 'task',
      title: { de: 'Lobbyarbeit für zugewanderte Menschen', en: 'Advocacy for immigrants' },
      description:
        'Die Anliegen Zugewanderter in alle Gremien tragen – kommunal, auf Landes- und auf Bundesebene.',
      fieldsOfAction: ['politische-partizipation'],
    },
    {
      slug: 'institutionen-mit-kompetenz-von-zugewanderten-staerken',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Institutionen mit der Kompetenz Zugewanderter stärken',
        en: 'Strengthening institutions with the skills of immigrants',
      },
      description: `Aufgabenbereich: Unterstützungsangebote von MigrantInnen

Zum Beispiel in Sozialarbeit, Jugendhilfe und Sprachvermittlung.`,
      fieldsOfAction: ['oeffnung-der-regelangebote'],
    },
    {
      slug: 'interkulturelle-oeffnung-von-behoerden',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Behörden und andere öffentliche Dienste bei der interkulturellen Öffnung unterstützen',
        en: 'Helping authorities and other public services open up interculturally',
      },
      description: 'Aufgabenbereich: Unterstützungsangebote von MigrantInnen',
      fieldsOfAction: ['oeffnung-der-regelangebote', 'interkulturelle-arbeit'],
    },
    {
      slug: 'willkommenspakete',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Willkommens- und Infopakete für Zugewanderte',
        en: 'Welcome and information packages for immigrants',
      },
      description: `Aufgabenbereich: Unterstützungsangebote von MigrantInnen

Inhalt festlegen, Verteilung koordinieren.`,
      fieldsOfAction: ['oeffnung-der-regelangebote'],
    },
    {
      slug: 'informationsaustausch-erleichtern',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Informationsaustausch zu integrationsrelevanten Themen erleichtern',
        en: 'Making it easier to share information on integration topics',
      },
      description: 'Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen',
      fieldsOfAction: ['soziale-integration-und-partizipation'],
    },
    {
      slug: 'ansprechpartner-und-hilfestrukturen-veroeffentlichen',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Verzeichnis der Ansprechpartner, Infrastruktur und Hilfen für Zugewanderte',
        en: 'A directory of contacts, infrastructure and support for immigrants',
      },
      description: `Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen

Die Angaben werden aktuell gehalten und veröffentlicht.`,
      fieldsOfAction: ['soziale-integration-und-partizipation', 'information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'aerzteliste-mit-sprachkompetenzen',
      network: 'netzwerk-integration',
      kind: 'task',
      title: { de: 'Ärzteliste mit Sprachkompetenzen', en: 'A list of doctors and the languages they speak' },
      description: `Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen

Liste anlegen, laufend aktualisieren, veröffentlichen.`,
      fieldsOfAction: ['soziale-integration-und-partizipation', 'freizeit-gesundheit-und-sport'],
    },
    {
      slug: 'orte-der-begegnung',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Begegnung und kulturellen Austausch ermöglichen',
        en: 'Making encounters and cultural exchange possible',
      },
      description: `Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen

Bestehende Orte der Begegnung unterstützen, fehlende neu schaffen.`,
      fieldsOfAction: ['soziale-integration-und-partizipation', 'kultur-und-religion'],
    },
    {
      slug: 'pflege-der-eigenen-identitaet',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'MigrantInnen helfen, Identität und kulturelle Prägung zu bewahren',
        en: 'Helping migrants keep their identity and cultural traditions',
      },
      description: `Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen

Zum Beispiel bei Festen und Feiertagen.`,
      fieldsOfAction: ['soziale-integration-und-partizipation', 'kultur-und-religion'],
    },
    {
      slug: 'migrantenselbstorganisationen-unterstuetzen',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Unterstützung von Migrantenselbstorganisationen und Migranteninitiativen',
        en: 'Supporting migrant self-organisations and migrant initiatives',
      },
      description: 'Aufgabenbereich: Politische Teilhabe und Partizipation für Zugewanderte',
      fieldsOfAction: ['politische-partizipation'],
    },
    {
      slug: 'migrantenselbsthilfegruppen-aufbauen',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Selbsthilfe und Integration in Arbeit und Gesellschaft fördern',
        en: 'Supporting self-help and integration into work and society',
      },
      description: `Aufgabenbereich: Politische Teilhabe und Partizipation für Zugewanderte

Unterstützt werden Integrationsbemühungen im Sozial- und Arbeitsleben sowie neue Migrantenselbsthilfegruppen und Initiativen.`,
      fieldsOfAction: ['politische-partizipation', 'arbeit-und-ausbildung'],
    },
    {
      slug: 'zusammenarbeit-mit-anderen-netzwerken',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Kooperation mit Netzwerken und Institutionen gleicher Ziele',
        en: 'Cooperation with networks and institutions that share its goals',
      },
      description: `Aufgabenbereich: Politische Teilhabe und Partizipation für Zugewanderte

Die Zusammenarbeit wird organisiert und unterstützt.`,
      fieldsOfAction: ['politische-partizipation'],
    },
  ],
  // The one address of the text: the office under „Koordination für Zugewanderte und Flüchtlinge“,
  // opening hours „nach Terminvereinbarung“.
  places: [
    {
      slug: 'integrationskoordination',
      name: {
        de: 'Integrationskoordination des Saalekreises',
        en: 'Saalekreis Integration Coordination Office',
      },
      address: { street: 'Geusaer Straße 81e', postalCode: '06217', city: 'Merseburg' },
      owner: 'integrationskoordination',
      openingHours: { byAppointmentOnly: true, note: 'nach Terminvereinbarung' },
    },
  ],
  offers: [
    // The tasks listed under the Integrationskoordination des Saalekreises, at its office.
    {
      slug: 'anlaufstelle-fuer-integrationsakteure',
      title: {
        de: 'Anlaufstelle für Akteure der Integrationsarbeit',
        en: 'Point of contact for everyone working on integration',
      },
      summary:
        'Die Integrationskoordination ist im Landkreis die erste Adresse für alle, die an der Integration mitwirken, und verbindet Behörden, Organisationen, Vereine und Verbände vor Ort und in der Region.',
      description: `Was die Integrationskoordination dafür tut:
- Ansprechpartnerin für sämtliche Integrationsakteure im Landkreis
- Netzwerkstelle für lokale und regionale Behörden, Organisationen, Vereine und Verbände
- baut Strukturen der Integrationsarbeit auf und stimmt Angebote aufeinander ab`,
      offerTypes: ['vernetzung-und-koordination'],
      provider: 'integrationskoordination',
      networks: ['netzwerk-integration'],
      targetGroups: ['institutionen-und-vereine'],
      places: [{ place: 'integrationskoordination' }],
      contacts: ['integrationskoordination'],
      cost: { free: null },
      registration: 'appointment',
    },
    {
      slug: 'betreuung-von-ehrenamtlichen',
      title: {
        de: 'Betreuung und Koordination von Ehrenamtlichen',
        en: 'Support and coordination for volunteers',
      },
      summary:
        'Die Integrationskoordination des Saalekreises betreut Ehrenamtliche in der Integrationsarbeit und koordiniert ihren Einsatz.',
      offerTypes: ['ehrenamt-und-engagement'],
      provider: 'integrationskoordination',
      networks: ['netzwerk-integration'],
      places: [{ place: 'integrationskoordination' }],
      contacts: ['integrationskoordination'],
      cost: { free: null },
      registration: 'appointment',
    },
    {
      slug: 'hilfe-bei-der-schulanmeldung',
      title: {
        de: 'Hilfe bei der Schulanmeldung ausländischer Kinder',
        en: 'Help with enrolling foreign children at school',
      },
      summary:
        'Die Integrationskoordination des Saalekreises hilft, wenn ein ausländisches Kind an einer Schule angemeldet werden soll.',
      offerTypes: ['kinder-und-familie', 'bildung-und-ausbildung'],
      provider: 'integrationskoordination',
      networks: ['netzwerk-integration'],
      fieldsOfAction: ['schule-und-bildung'],
      places: [{ place: 'integrationskoordination' }],
      contacts: ['integrationskoordination'],
      cost: { free: null },
      registration: 'appointment',
    },
    // „Beratungsstellen für Zuwanderer wie MEB und JMD“ among the network's members: no address,
    // hours or languages given.
    {
      slug: 'migrationsberatung-fuer-erwachsene-zuwanderer',
      title: {
        de: 'Migrationsberatung für erwachsene Zuwanderer (MBE)',
        en: 'Migration advice for adult immigrants (MBE)',
      },
      summary:
        'Eine der Beratungsstellen für Zugewanderte, die im Netzwerk Integration im Saalekreis mitarbeiten.',
      offerTypes: ['beratung'],
      provider: 'migrationsberatung-fuer-erwachsene-zuwanderer',
      networks: ['netzwerk-integration'],
      cost: { free: null },
      registration: null,
    },
    {
      slug: 'jugendmigrationsdienst',
      title: {
        de: 'Beratung im Jugendmigrationsdienst (JMD)',
        en: 'Counselling at the Youth Migration Service (JMD)',
      },
      summary:
        'Der Jugendmigrationsdienst gehört zu den Beratungsstellen für Zugewanderte, die im Netzwerk Integration im Saalekreis mitarbeiten.',
      offerTypes: ['beratung'],
      provider: 'jugendmigrationsdienst',
      networks: ['netzwerk-integration'],
      cost: { free: null },
      registration: null,
    },
  ],
}
