import type { DistrictContent } from '../types'

/** Source: ../shared/seeds/000_bfa938d57607d8fd.txt (Landkreis Saalekreis). */
export const saalekreis: DistrictContent = {
  district: 'saalekreis',
  source: {
    file: '000_bfa938d57607d8fd.txt',
    publishedBy: 'Landkreis Saalekreis, Integrationskoordination (Internetauftritt des Landkreises)',
  },
  networks: [
    {
      slug: 'netzwerk-integration',
      name: { de: 'Netzwerk Integration im Saalekreis', en: 'Integration Network Saalekreis' },
      summary:
        'Freiwilliger und gleichberechtigter Zusammenschluss von Vereinen, Einrichtungen und Zuwanderungsgruppen, die sich beruflich oder ehrenamtlich für die Integration von MigrantInnen im Saalekreis einsetzen.',
      description: `Das Netzwerk ist ein freiwilliger und gleichberechtigter Zusammenschluss von verschiedenen Akteuren, die von der Mitarbeit im lokalen Integrationsnetzwerk überzeugt und dazu motiviert sind. Ihm gehören sowohl VertreterInnen aus unterschiedlichen Vereinen und Einrichtungen des Saalekreises an als auch aus ansässigen Zuwanderungsgruppen. Die im Netzwerk vertretenen Personen arbeiten beruflich oder ehrenamtlich an der Integration von MigrantInnen im Saalekreis und dessen Kommunen.

Die Integrationskoordinatorin des Landkreises Saalekreis stimmt die mehrfach im Jahr stattfindenden Netzwerksitzungen und verschiedenen Arbeitsgruppen ab, die nach Bedarf gebildet werden. Die Mitarbeit in der Arbeitsgruppe steht jedem frei, solange es thematisch einen Bezug zu den Integrationsbelangen des Landkreises gibt. Somit ist das Netzwerk eine Beratungs- und Informationsplattform ohne Mitgliedschaftsstrukturen.`,
      meetingRhythm: 'mehrmals im Jahr',
      carrier: 'Landkreis Saalekreis (Integrationskoordination)',
      membershipModel: 'no-formal-membership',
      membershipNote:
        'Die Mitarbeit steht jedem frei, solange es thematisch einen Bezug zu den Integrationsbelangen des Landkreises gibt. Arbeitsgruppen werden nach Bedarf gebildet.',
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
      text: 'Das Netzwerk orientiert sein Handeln am Nationalen Integrationsplan und dem Landesintegrationskonzept von 2014. Es arbeitet daran mit, die dort verankerten Integrationsziele zu realisieren.',
    },
    {
      slug: 'zuwanderung-als-herausforderung-und-chance',
      network: 'netzwerk-integration',
      title: {
        de: 'Zuwanderung als Herausforderung und Chance',
        en: 'Immigration as a challenge and an opportunity',
      },
      text: 'Das Netzwerk sieht Zuwanderung zum einen als Herausforderung, zum anderen aber auch als Chance für den Saalekreis und seine Kommunen, um sich weiter zu entwickeln.',
    },
    {
      slug: 'integration-als-teilhabe-und-wechselseitiger-prozess',
      network: 'netzwerk-integration',
      title: {
        de: 'Integration als Teilhabe und wechselseitiger Prozess',
        en: 'Integration as participation and a mutual process',
      },
      text: `Das Netzwerk versteht Integration
- einerseits als die Partizipation und gleichberechtigte Teilhabe der MigrantInnen am gesellschaftlichen Leben und
- andererseits als einen wechselseitigen Prozess, an dem Einheimische wie Zugewanderte arbeiten müssen.`,
    },
    {
      slug: 'toleranz-und-wertschaetzung-auf-augenhoehe',
      network: 'netzwerk-integration',
      title: {
        de: 'Toleranz und Wertschätzung auf gleicher Augenhöhe',
        en: 'Tolerance and appreciation on an equal footing',
      },
      text: 'Toleranz, Wertschätzung der kulturellen Vielfalt sowie Verständnis für Traditionen und Lebensgewohnheiten als Voraussetzung von gutem Miteinander sind von beiden Seiten gefordert. Dies umfasst auch die Diskussion und die Auseinandersetzung über bestimmte Wertvorstellungen auf gleicher Augenhöhe.',
    },
    {
      slug: 'friedliches-zusammenleben',
      network: 'netzwerk-integration',
      title: { de: 'Friedliches Zusammenleben und Austausch', en: 'Peaceful coexistence and exchange' },
      text: 'Das Netzwerk befördert das friedliche Zusammenleben und den Austausch zwischen den Menschen im Landkreis Saalekreis.',
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
        de: 'Institutionen und Vereine, die sich für die Interessen von MigrantInnen einsetzen und sie fördern',
        en: 'Institutions and associations that stand up for and promote the interests of migrants',
      },
      category: 'organisations',
      networks: ['netzwerk-integration'],
    },
    {
      slug: 'touristen-und-gaeste',
      name: {
        de: 'Touristen oder Gäste aus anderen Ländern, zum Beispiel im Rahmen der Städtepartnerschaften',
        en: 'Tourists or guests from other countries, for example through town twinning',
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
        'Anlaufstelle für alle Akteure der Integrationsarbeit im Landkreis; die Integrationskoordinatorin stimmt die Netzwerksitzungen und Arbeitsgruppen ab.',
      memberships: [{ network: 'netzwerk-integration', role: 'coordination' }],
      address: { street: 'Geusaer Straße 81e', postalCode: '06217', city: 'Merseburg' },
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
        de: 'Politische Vertretungen von Zuwanderern (wenn solche vorhanden sind)',
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
        de: 'Mitarbeitende aus der Stadtteilarbeit oder Stadtentwicklungsprozessen wie z. B. „Soziale Stadt“',
        en: 'Staff from neighbourhood work or urban development such as “Soziale Stadt”',
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
      officeHours: { byAppointmentOnly: true, note: 'nach Terminvereinbarung' },
      responsibilities: [
        { text: 'Anlaufstelle für alle Akteure der Integrationsarbeit im Landkreis' },
        {
          text: 'Netzwerkstelle für die lokalen und regionalen Behörden, Organisationen, Vereine und Verbände',
        },
        { text: 'Aufbau von Strukturen in der Integrationsarbeit und Koordination von Angeboten' },
        { text: 'Betreuung und Koordination von Ehrenamtlichen' },
        { text: 'Hilfestellung bei der Schulanmeldung von ausländischen Kindern' },
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
        de: 'Förderung des Miteinanders zwischen MigrantInnen und Einwohnern des Saalekreises für einen lebenswerten, toleranten und weltoffenen Landkreis, wobei der Integration von Zugewanderten besonderes Augenmerk gilt',
        en: 'Fostering togetherness between migrants and residents of Saalekreis for a liveable, tolerant and open-minded district, with particular attention to the integration of immigrants',
      },
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
        de: 'Veröffentlichung und Verbreitung von Informationen über Aktivitäten, die der Integration von MigrantInnen und Zugewanderten dienen',
        en: 'Publishing and spreading information about activities that serve the integration of migrants and immigrants',
      },
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'oeffentlichkeitsarbeit-staerken',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Öffentlichkeitsarbeit stärken, z. B. durch Veröffentlichungen im Amtsblatt, in der Presse und der Internetpräsenz des Landkreises Saalekreis',
        en: 'Strengthening public relations, e.g. through publications in the official gazette, the press and the website of Saalekreis',
      },
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'beispiele-gelungener-integration',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Vorstellen von Beispielen gelungener Integration in der Öffentlichkeit',
        en: 'Presenting examples of successful integration to the public',
      },
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'uebersicht-ueber-angebote',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Übersicht über aktuelle Angebote für MigrantInnen, gegebenenfalls Bedarfsermittlung und Empfehlungen für Angebote erstellen',
        en: 'Keeping an overview of current services for migrants and, where needed, assessing needs and recommending services',
      },
    },
    {
      slug: 'abstimmung-von-projekten',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Abstimmung von Projekten zwischen Mitgliedern des Netzwerkes und Behörden',
        en: 'Coordinating projects between network members and authorities',
      },
    },
    {
      slug: 'lobbyarbeit',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Lobbyarbeit, z. B. durch Einbringen der Interessenlage von zugewanderten Menschen in allen kommunalen, landes- und bundesweiten Gremien',
        en: 'Advocacy, e.g. by bringing the interests of immigrants into all municipal, state and federal bodies',
      },
      fieldsOfAction: ['politische-partizipation'],
    },
    {
      slug: 'institutionen-mit-kompetenz-von-zugewanderten-staerken',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Institutionen (z. B. Sozialarbeit, Jugendhilfe, Sprachvermittlung) mit der Kompetenz von Zugewanderten stärken',
        en: 'Strengthening institutions (e.g. social work, youth welfare, language mediation) with the skills of immigrants',
      },
      description: 'Aufgabenbereich: Unterstützungsangebote von MigrantInnen',
      fieldsOfAction: ['oeffnung-der-regelangebote'],
    },
    {
      slug: 'interkulturelle-oeffnung-von-behoerden',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Unterstützung der interkulturellen Öffnung von Behörden und weiteren öffentlichen Dienstleistungen',
        en: 'Supporting the intercultural opening of authorities and other public services',
      },
      description: 'Aufgabenbereich: Unterstützungsangebote von MigrantInnen',
      fieldsOfAction: ['oeffnung-der-regelangebote', 'interkulturelle-arbeit'],
    },
    {
      slug: 'willkommenspakete',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Willkommenspakete bzw. Infopakete für Zugewanderte festlegen und koordinieren',
        en: 'Defining and coordinating welcome and information packages for immigrants',
      },
      description: 'Aufgabenbereich: Unterstützungsangebote von MigrantInnen',
      fieldsOfAction: ['oeffnung-der-regelangebote'],
    },
    {
      slug: 'informationsaustausch-erleichtern',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Informationsaustausch zu integrationsrelevanten Themen erleichtern',
        en: 'Making it easier to exchange information on integration topics',
      },
      description: 'Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen',
      fieldsOfAction: ['soziale-integration-und-partizipation'],
    },
    {
      slug: 'ansprechpartner-und-hilfestrukturen-veroeffentlichen',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Angaben zu Ansprechpartnern und Infrastrukturen, Hilfestrukturen für Zugewanderte aktualisieren und veröffentlichen',
        en: 'Updating and publishing details of contacts, infrastructure and support structures for immigrants',
      },
      description: 'Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen',
      fieldsOfAction: ['soziale-integration-und-partizipation', 'information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'aerzteliste-mit-sprachkompetenzen',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Eine Übersicht von Ärzten mit Sprachkompetenzen erstellen, die entsprechende Ärzteliste aktualisieren und veröffentlichen',
        en: 'Compiling, updating and publishing a list of doctors with language skills',
      },
      description: 'Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen',
      fieldsOfAction: ['soziale-integration-und-partizipation', 'freizeit-gesundheit-und-sport'],
    },
    {
      slug: 'orte-der-begegnung',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Orte der Begegnung und des kulturellen Austauschs unterstützen und bei Bedarf neue schaffen',
        en: 'Supporting places of encounter and cultural exchange and creating new ones where needed',
      },
      description: 'Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen',
      fieldsOfAction: ['soziale-integration-und-partizipation', 'kultur-und-religion'],
    },
    {
      slug: 'pflege-der-eigenen-identitaet',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Unterstützung bei der Pflege der eigenen Identität der MigrantInnen, bei der Pflege der eigenen kulturellen Prägungen z. B. bei Festen und Feiertagen',
        en: 'Supporting migrants in maintaining their own identity and cultural traditions, e.g. at festivals and holidays',
      },
      description: 'Aufgabenbereich: Gesellschaftliche Teilhabe für Migranten und Migrantinnen',
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
        de: 'Die Integrationsbemühungen in das Sozial- und Arbeitsleben sowie den Aufbau von Migrantenselbsthilfegruppen und Initiativen unterstützen',
        en: 'Supporting integration into social and working life and the founding of migrant self-help groups and initiatives',
      },
      description: 'Aufgabenbereich: Politische Teilhabe und Partizipation für Zugewanderte',
      fieldsOfAction: ['politische-partizipation', 'arbeit-und-ausbildung'],
    },
    {
      slug: 'zusammenarbeit-mit-anderen-netzwerken',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Organisation und Unterstützung der Zusammenarbeit mit anderen Netzwerken und Institutionen, die übereinstimmende Ziele anstreben',
        en: 'Organising and supporting cooperation with other networks and institutions that pursue the same goals',
      },
      description: 'Aufgabenbereich: Politische Teilhabe und Partizipation für Zugewanderte',
      fieldsOfAction: ['politische-partizipation'],
    },
  ],
}
