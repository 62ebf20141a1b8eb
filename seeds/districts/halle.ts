import type { DistrictContent } from '../types'

/** Source: ../shared/seeds/002_9b1575388b22bb20.txt (Stadt Halle (Saale)). */
export const halle: DistrictContent = {
  district: 'halle-saale',
  source: {
    file: '002_9b1575388b22bb20.txt',
    publishedBy:
      'Stadt Halle (Saale), Beauftragte für Integration und Migration (Informationsblatt des Netzwerks)',
    url: 'http://www.integration.halle.de',
  },
  networks: [
    {
      slug: 'netzwerk-integration-und-migration',
      name: { de: 'Netzwerk für Integration und Migration', en: 'Network for Integration and Migration' },
      summary:
        'Kommunales Netzwerk der Stadt Halle (Saale), 2002 ins Leben gerufen, in dem ca. 70 Personen aus mehr als 50 Institutionen zusammenarbeiten, um möglichst viele Akteure aus dem Migrationsbereich in die Planung und Realisation von Projekten und Veranstaltungen sowie in die Lösung von Problemen einzubeziehen.',
      description: `Im Jahr 2002 wurde in Halle (Saale) das kommunale Netzwerk für Integration und Migration ins Leben gerufen. Darin arbeiten ca. 70 Personen aus mehr als 50 Institutionen zusammen (Stand 2006). Ziel und Aufgabe des Netzwerkes ist es, möglichst viele Akteure aus dem Migrationsbereich in die konkrete Planung und Realisation von Projekten und Veranstaltungen, aber auch bei der Lösung von Problemen im Migrationsbereich mit einzubeziehen.

Die Integrationspolitik der Stadt Halle (Saale) basiert auf der Idee, dass sich eine produktive und nachhaltige Integrationsarbeit nur im Rahmen einer kontinuierlichen und vertrauensvollen Zusammenarbeit möglichst vieler Akteure verwirklichen lässt. Durch die aktive Einbindung aller Netzwerkmitglieder in Entscheidungsprozesse, durch eine transparente Informationspolitik innerhalb des Netzwerks sowie durch eine enge Zusammenarbeit bei der Installation neuer Projekte ist Integration in Halle (Saale) zu einer gemeinschaftlichen Aufgabe geworden, der sich viele Menschen verpflichtet fühlen.`,
      website: 'http://www.integration.halle.de',
      foundedYear: 2002,
      history: `Das Netzwerk für Integration und Migration der Stadt Halle (Saale) besteht aus sechs Fachgruppen:
- Arbeit und Einkommen
- Deutschunterricht
- Kindertagesstätten, Schule und Berufsausbildung
- Interkulturelle Kompetenz
- Gesellschaftliches Leben, Kultur, Freizeit, Gesundheit und Sport
- Wohnumfeld

Alle Fachgruppen tagen vierteljährlich. Die Mitglieder jeder Fachgruppe wählen eine Koordinatorin bzw. einen Koordinator. Diese/r ist gleichzeitig Mitglied in der Steuerungsgruppe des Netzwerks, deren Vorsitz die Beauftragte für Integration und Migration der Stadt Halle (Saale) innehat. Als wichtiges Gremium ist der Ausländerbeirat in jeder Fachgruppe vertreten und ist außerdem mit einer Vertreterin bzw. einem Vertreter in der Steuerungsgruppe aktiv. Die Beauftragte für Integration und Migration der Stadt Halle (Saale) ist gegenüber dem Stadtrat sowie den Gremien der Stadt rechenschaftspflichtig.

Die Profile und Ziele der einzelnen Fachgruppen werden fortlaufend dem Bedarf in den einzelnen Stadtgebieten angepasst.

Durch die Mitarbeit der Vorsitzenden des Netzwerks in verschiedenen Bündnissen und Arbeitsgruppen steht das Netzwerk auch mit überregionalen Initiativen in Kontakt.`,
      carrier: 'Stadt Halle (Saale)',
      membershipModel: 'open',
      membershipNote:
        'Das Netzwerk für Integration und Migration ist offen für den Beitritt neuer Mitglieder.',
      sizeStatement: 'ca. 70 Personen aus mehr als 50 Institutionen (Stand 2006)',
      alliances: [
        {
          name: 'Bundeskonferenz der Beauftragten der Bundesregierung für Migration, Flüchtlinge und Integration',
        },
        { name: 'Runder Tisch gegen Ausländerfeindlichkeit Sachsen-Anhalt' },
        { name: 'Bündnis für Zuwanderung und Integration in Sachsen-Anhalt' },
        { name: 'Netzwerk für Demokratie und Toleranz in Sachsen-Anhalt' },
        { name: 'Arbeitsgruppe des Ausländerbeauftragten von Sachsen-Anhalt' },
      ],
      coordinatingContacts: ['beauftragte-fuer-integration-und-migration'],
    },
  ],
  principles: [
    {
      slug: 'kontinuierliche-und-vertrauensvolle-zusammenarbeit',
      network: 'netzwerk-integration-und-migration',
      title: {
        de: 'Kontinuierliche und vertrauensvolle Zusammenarbeit möglichst vieler Akteure',
        en: 'Continuous, trusting cooperation among as many actors as possible',
      },
      text: 'Die Integrationspolitik der Stadt Halle (Saale) basiert auf der Idee, dass sich eine produktive und nachhaltige Integrationsarbeit nur im Rahmen einer kontinuierlichen und vertrauensvollen Zusammenarbeit möglichst vieler Akteure verwirklichen lässt.',
    },
    {
      slug: 'aktive-einbindung-aller-netzwerkmitglieder',
      network: 'netzwerk-integration-und-migration',
      title: {
        de: 'Aktive Einbindung aller Netzwerkmitglieder in Entscheidungsprozesse',
        en: 'Actively involving all network members in decision-making',
      },
      text: 'Durch die aktive Einbindung aller Netzwerkmitglieder in Entscheidungsprozesse […] ist Integration in Halle (Saale) zu einer gemeinschaftlichen Aufgabe geworden, der sich viele Menschen verpflichtet fühlen.',
    },
    {
      slug: 'transparente-informationspolitik',
      network: 'netzwerk-integration-und-migration',
      title: {
        de: 'Transparente Informationspolitik innerhalb des Netzwerks',
        en: 'Transparent information policy within the network',
      },
      text: 'Durch eine transparente Informationspolitik innerhalb des Netzwerks […] ist Integration in Halle (Saale) zu einer gemeinschaftlichen Aufgabe geworden, der sich viele Menschen verpflichtet fühlen.',
    },
    {
      slug: 'enge-zusammenarbeit-bei-neuen-projekten',
      network: 'netzwerk-integration-und-migration',
      title: {
        de: 'Enge Zusammenarbeit bei der Installation neuer Projekte',
        en: 'Close cooperation when setting up new projects',
      },
      text: 'Durch eine enge Zusammenarbeit bei der Installation neuer Projekte ist Integration in Halle (Saale) zu einer gemeinschaftlichen Aufgabe geworden, der sich viele Menschen verpflichtet fühlen.',
    },
  ],
  targetGroups: [
    {
      slug: 'anspruchsberechtigte-migrantinnen-und-migranten',
      name: { de: 'Anspruchsberechtigte Migrantinnen und Migranten', en: 'Migrants entitled to support' },
      category: 'workers',
      networks: ['netzwerk-integration-und-migration'],
    },
    {
      slug: 'kinder-und-jugendliche-mit-migrationshintergrund',
      name: {
        de: 'Kinder und Jugendliche mit Migrationshintergrund',
        en: 'Children and young people with a migration background',
      },
      category: 'children-youth',
      networks: ['netzwerk-integration-und-migration'],
    },
    {
      slug: 'kinder-jugendliche-und-familien',
      name: {
        de: 'Kinder, Jugendliche und Familien mit und ohne Migrationshintergrund',
        en: 'Children, young people and families with and without a migration background',
      },
      category: 'children-youth',
      networks: ['netzwerk-integration-und-migration'],
    },
    {
      slug: 'studenten',
      name: { de: 'Studenten', en: 'Students' },
      category: 'students',
      networks: ['netzwerk-integration-und-migration'],
    },
    {
      slug: 'anwohner',
      name: { de: 'Anwohner', en: 'Local residents' },
      category: 'general-public',
      networks: ['netzwerk-integration-und-migration'],
    },
    {
      slug: 'gaeste',
      name: { de: 'Gäste', en: 'Guests' },
      category: 'guests',
      networks: ['netzwerk-integration-und-migration'],
    },
  ],
  actors: [
    {
      slug: 'beauftragte-fuer-integration-und-migration',
      name: 'Beauftragte für Integration und Migration der Stadt Halle (Saale)',
      kind: 'authority',
      description:
        'Hat den Vorsitz der Steuerungsgruppe des Netzwerks inne und ist gegenüber dem Stadtrat sowie den Gremien der Stadt rechenschaftspflichtig. Durch ihre Mitarbeit in verschiedenen Bündnissen und Arbeitsgruppen steht das Netzwerk auch mit überregionalen Initiativen in Kontakt.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'coordination' }],
    },
    {
      slug: 'auslaenderbeirat',
      name: 'Ausländerbeirat der Stadt Halle (Saale)',
      kind: 'political-body',
      description:
        'Als wichtiges Gremium ist der Ausländerbeirat in jeder Fachgruppe vertreten und ist außerdem mit einer Vertreterin bzw. einem Vertreter in der Steuerungsgruppe aktiv.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
    },
    {
      slug: 'netzwerk-der-migrantenorganisationen',
      name: 'Netzwerk der Migrantenorganisationen',
      kind: 'migrant-organisation',
      description:
        'Lokales Netzwerk von Migrantenorganisationen, dessen Aufbau und aktive Einbindung in das Netzwerk für Integration und Migration ein besonderes Interesse gilt. Um die Bedeutung eines solchen Gremiums zu unterstreichen, wird eine Vertreterin bzw. ein Vertreter des Netzwerks der Migrantenorganisationen in der Steuerungsgruppe mitarbeiten.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
    },
    {
      slug: 'polizeidirektion-halle-dezernat-praevention',
      name: 'Polizeidirektion Halle, Dezernat „Prävention“',
      kind: 'authority',
      description: 'Vorhandene Kooperation des Netzwerks, die ausgebaut und intensiviert werden soll.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'partner' }],
    },
    {
      slug: 'hochschulen-der-stadt-halle',
      name: 'Hochschulen der Stadt Halle (Saale)',
      kind: 'university',
      description: 'Vorhandene Kooperation des Netzwerks, die ausgebaut und intensiviert werden soll.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'partner' }],
    },
    {
      slug: 'arge-sgb-ii-halle',
      name: 'ARGE SGB II Halle GmbH',
      kind: 'employment-agency',
      description: 'Vorhandene Kooperation des Netzwerks, die ausgebaut und intensiviert werden soll.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'partner' }],
      fieldsOfAction: ['arbeit-und-ausbildung'],
    },
    {
      slug: 'landesverwaltungsamt',
      name: 'Landesverwaltungsamt Sachsen-Anhalt',
      kind: 'authority',
      description: 'Vorhandene Kooperation des Netzwerks, die ausgebaut und intensiviert werden soll.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'partner' }],
    },
    {
      slug: 'bamf',
      name: 'Bundesamt für Migration und Flüchtlinge',
      shortName: 'BAMF',
      kind: 'authority',
      description: 'Vorhandene Kooperation des Netzwerks, die ausgebaut und intensiviert werden soll.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'partner' }],
    },
    {
      slug: 'mieterbeiraete',
      name: { de: 'Mieterbeiräte', en: "Tenants' councils" },
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
    {
      slug: 'wohnungsgesellschaften',
      name: { de: 'Wohnungsgesellschaften', en: 'Housing companies' },
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
    {
      slug: 'begegnungsstaetten',
      name: { de: 'Begegnungsstätten', en: 'Community centres' },
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
    {
      slug: 'beratungsstellen',
      name: { de: 'Beratungsstellen', en: 'Advice centres' },
      kind: 'advice-centre',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
    {
      slug: 'bildungseinrichtungen',
      name: { de: 'Bildungseinrichtungen', en: 'Educational institutions' },
      kind: 'education-provider',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
    {
      slug: 'soziale-dienste',
      name: { de: 'Soziale Dienste', en: 'Social services' },
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
    {
      slug: 'quartiermanagements',
      name: { de: 'Quartiermanagements', en: 'Neighbourhood management offices' },
      kind: 'initiative',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
    {
      slug: 'migrantenwerkstatt',
      name: 'Migrantenwerkstatt',
      kind: 'initiative',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
  ],
  contacts: [
    {
      slug: 'beauftragte-fuer-integration-und-migration',
      kind: 'office',
      name: 'Beauftragte für Integration und Migration der Stadt Halle (Saale)',
      position: 'Vorsitz der Steuerungsgruppe des Netzwerks',
      actor: 'beauftragte-fuer-integration-und-migration',
      networks: ['netzwerk-integration-und-migration'],
      responsibilities: [
        { text: 'Vorsitz der Steuerungsgruppe des Netzwerks für Integration und Migration' },
        { text: 'Rechenschaftspflicht gegenüber dem Stadtrat sowie den Gremien der Stadt' },
        {
          text: 'Mitarbeit in verschiedenen Bündnissen und Arbeitsgruppen, durch die das Netzwerk mit überregionalen Initiativen in Kontakt steht',
        },
      ],
    },
  ],
  workingGroups: [
    {
      slug: 'fachgruppe-arbeit-und-einkommen',
      network: 'netzwerk-integration-und-migration',
      name: { de: 'Arbeit und Einkommen', en: 'Work and income' },
      kind: 'fachgruppe',
      profile: `Die Fachgruppe „Arbeit und Einkommen“ befasst sich mit der Integration von Menschen mit Migrationshintergrund auf dem Arbeitsmarkt. Die umfassende Einbeziehung anspruchsberechtigter Migrantinnen und Migranten in Fördermöglichkeiten der Agentur für Arbeit, von Bildungs- und Ausbildungseinrichtungen und anderen Trägern (z. B. durch Praktika, Trainingsmaßnahmen, Existenzgründungen etc.) kann dem Problem der erhöhten Arbeitslosigkeit von Migrantinnen und Migranten entgegenwirken.

Die Mitglieder der Fachgruppe wählen eine Koordinatorin bzw. einen Koordinator. Diese/r ist gleichzeitig Mitglied in der Steuerungsgruppe des Netzwerks.`,
      meetingRhythm: 'vierteljährlich',
      memberActors: ['auslaenderbeirat'],
      fieldsOfAction: ['arbeit-und-ausbildung'],
      targetGroups: ['anspruchsberechtigte-migrantinnen-und-migranten'],
    },
    {
      slug: 'fachgruppe-deutschunterricht',
      network: 'netzwerk-integration-und-migration',
      name: { de: 'Deutschunterricht', en: 'German language teaching' },
      kind: 'fachgruppe',
      profile: `Das Erlernen der deutschen Sprache gehört zu den wichtigsten Voraussetzungen für eine erfolgreiche Integration. Im gegenseitigen Verstehen und Verstandenwerden wird interkultureller Austausch oft erst möglich. Daher ist es wünschenswert, möglichst vielen Migrantinnen und Migranten das Erlernen der deutschen Sprache zu ermöglichen.

Die Fachgruppe „Deutschunterricht“ befasst sich mit einer Optimierung von Angeboten rund um den Deutschunterricht.

Die Mitglieder der Fachgruppe wählen eine Koordinatorin bzw. einen Koordinator. Diese/r ist gleichzeitig Mitglied in der Steuerungsgruppe des Netzwerks.`,
      meetingRhythm: 'vierteljährlich',
      memberActors: ['auslaenderbeirat'],
      fieldsOfAction: ['sprache'],
    },
    {
      slug: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      network: 'netzwerk-integration-und-migration',
      name: {
        de: 'Kindertagesstätten, Schule und Berufsausbildung',
        en: 'Day care, school and vocational training',
      },
      kind: 'fachgruppe',
      profile: `Das Ziel der Fachgruppe „Kindertagesstätten, Schule, Berufsausbildung“ ist die Unterstützung und Förderung von Maßnahmen, die der Integration von Kindern und Jugendlichen mit Migrationshintergrund im Erziehungswesen, in der Schule, der offenen Kinder- und Jugendarbeit, in der Berufsausbildung sowie im Bereich der Gesundheitserziehung und Gesunderhaltung dienen.

Die Mitglieder der Fachgruppe wählen eine Koordinatorin bzw. einen Koordinator. Diese/r ist gleichzeitig Mitglied in der Steuerungsgruppe des Netzwerks.`,
      meetingRhythm: 'vierteljährlich',
      memberActors: ['auslaenderbeirat'],
      fieldsOfAction: ['schule-und-bildung', 'arbeit-und-ausbildung'],
      targetGroups: ['kinder-und-jugendliche-mit-migrationshintergrund'],
    },
    {
      slug: 'fachgruppe-interkulturelle-kompetenz',
      network: 'netzwerk-integration-und-migration',
      name: { de: 'Interkulturelle Kompetenz', en: 'Intercultural competence' },
      kind: 'fachgruppe',
      profile: `Probleme, Missverständnisse und Kommunikationsschwierigkeiten zwischen Migrant*innen und Deutschen haben ihre Ursache häufig in mangelndem Wissen übereinander. Die Fachgruppe „Interkulturelle Kompetenz“ unterstützt Angebote zur Förderung gegenseitigen Verstehens.

Die Mitglieder der Fachgruppe wählen eine Koordinatorin bzw. einen Koordinator. Diese/r ist gleichzeitig Mitglied in der Steuerungsgruppe des Netzwerks.`,
      meetingRhythm: 'vierteljährlich',
      memberActors: ['auslaenderbeirat'],
      fieldsOfAction: ['interkulturelle-arbeit'],
    },
    {
      slug: 'fachgruppe-gesellschaftliches-leben',
      network: 'netzwerk-integration-und-migration',
      name: {
        de: 'Gesellschaftliches Leben, Kultur, Freizeit, Gesundheit und Sport',
        en: 'Social life, culture, leisure, health and sport',
      },
      kind: 'fachgruppe',
      profile: `Das Ziel der Fachgruppe „Gesellschaftliches Leben, Kultur, Freizeit, Gesundheit und Sport“ ist, die Integration von MigrantInnen in allen Bereichen des sozialen, kulturellen und kommunalpolitischen Lebens zu fördern. Zielgruppen sind Kinder, Jugendliche und Familien mit und ohne Migrationshintergrund, Studenten, Anwohner, Gäste.

Die Fachgruppe engagiert sich in folgenden Bereichen:
- Kinder- und Jugendsozialarbeit
- Kultur/Gemeinwesen
- Ausbildung/Sport/Sprache/Gesundheit

Die Mitglieder der Fachgruppe wählen eine Koordinatorin bzw. einen Koordinator. Diese/r ist gleichzeitig Mitglied in der Steuerungsgruppe des Netzwerks.`,
      meetingRhythm: 'vierteljährlich',
      memberActors: ['auslaenderbeirat'],
      fieldsOfAction: ['kultur-und-religion', 'freizeit-gesundheit-und-sport', 'jugend-und-soziales'],
      targetGroups: ['kinder-jugendliche-und-familien', 'studenten', 'anwohner', 'gaeste'],
    },
    {
      slug: 'fachgruppe-wohnumfeld',
      network: 'netzwerk-integration-und-migration',
      name: { de: 'Wohnumfeld', en: 'Neighbourhood and living environment' },
      kind: 'fachgruppe',
      profile: `Die Fachgruppe Wohnumfeld versteht sich als Multiplikationsinstanz für Akteure wohnumfeldbezogener Migrationsarbeit (Mieterbeiräte, Wohnungsgesellschaften, Begegnungsstätten, Beratungsstellen, Bildungseinrichtungen, soziale Dienste, Quartiermanagements, Migrantenwerkstatt).

Interkulturelle Arbeit im Wohnumfeld bedeutet praxisbezogen eine Mischung von Beratung, Qualifizierung, Hilfe zur Selbsthilfe, Eigenengagement, Feste feiern, soziale und politische Auseinandersetzungen sowie Wohnumfeldverbesserung – also jede Aktivität, die ein Miteinander multikultureller Bewohnerschaften fördert.

Erfahrungsaustausch und Kooperationsbeziehungen der sozialen Einrichtungen im Netzwerk haben einen hohen Stellenwert für die gemeinsame Arbeit. Auf dieser Ebene eröffnen sich Optimierungsmöglichkeiten, welche im Alleingang nicht immer zu realisieren wären.

Die Mitglieder der Fachgruppe wählen eine Koordinatorin bzw. einen Koordinator. Diese/r ist gleichzeitig Mitglied in der Steuerungsgruppe des Netzwerks.`,
      meetingRhythm: 'vierteljährlich',
      memberActors: [
        'auslaenderbeirat',
        'mieterbeiraete',
        'wohnungsgesellschaften',
        'begegnungsstaetten',
        'beratungsstellen',
        'bildungseinrichtungen',
        'soziale-dienste',
        'quartiermanagements',
        'migrantenwerkstatt',
      ],
      fieldsOfAction: ['wohnen-und-nachbarschaft'],
    },
    {
      slug: 'steuerungsgruppe',
      network: 'netzwerk-integration-und-migration',
      name: { de: 'Steuerungsgruppe', en: 'Steering group' },
      kind: 'steuerungsgruppe',
      profile: `Die von den Mitgliedern jeder Fachgruppe gewählten Koordinatorinnen bzw. Koordinatoren sind gleichzeitig Mitglieder der Steuerungsgruppe des Netzwerks, deren Vorsitz die Beauftragte für Integration und Migration der Stadt Halle (Saale) innehat.

Der Ausländerbeirat ist mit einer Vertreterin bzw. einem Vertreter in der Steuerungsgruppe aktiv.

Um die Bedeutung eines lokalen Netzwerks von Migrantenorganisationen zu unterstreichen, wird eine Vertreterin bzw. ein Vertreter des Netzwerks der Migrantenorganisationen in der Steuerungsgruppe mitarbeiten.`,
      chair: 'beauftragte-fuer-integration-und-migration',
      memberActors: [
        'beauftragte-fuer-integration-und-migration',
        'auslaenderbeirat',
        'netzwerk-der-migrantenorganisationen',
      ],
    },
  ],
  goals: [
    // Netzwerk
    {
      slug: 'akteure-aus-dem-migrationsbereich-einbeziehen',
      network: 'netzwerk-integration-und-migration',
      kind: 'goal',
      title: {
        de: 'Möglichst viele Akteure aus dem Migrationsbereich in die konkrete Planung und Realisation von Projekten und Veranstaltungen, aber auch bei der Lösung von Problemen im Migrationsbereich mit einbeziehen',
        en: 'Involving as many actors from the field of migration as possible in the concrete planning and realisation of projects and events, and also in solving problems in the field of migration',
      },
    },
    {
      slug: 'netzwerkstrukturen-effektivieren-und-ausbauen',
      network: 'netzwerk-integration-und-migration',
      kind: 'goal',
      title: {
        de: 'Die Netzwerkstrukturen im Migrationsbereich weiter effektivieren und ausbauen',
        en: 'Making the network structures in the field of migration more effective and expanding them',
      },
      description:
        'Vorhandene Kooperationen mit dem Dezernat „Prävention“ der Polizeidirektion Halle, den Hochschulen der Stadt Halle (Saale) sowie mit der ARGE SGB II Halle GmbH, dem Landesverwaltungsamt und dem Bundesamt für Migration und Flüchtlinge sollen ausgebaut und intensiviert werden.',
    },
    {
      slug: 'netzwerk-der-migrantenorganisationen-aufbauen',
      network: 'netzwerk-integration-und-migration',
      kind: 'goal',
      title: {
        de: 'Aufbau eines lokalen Netzwerks von Migrantenorganisationen und dessen aktive Einbindung in das Netzwerk für Integration und Migration',
        en: 'Building a local network of migrant organisations and actively involving it in the Network for Integration and Migration',
      },
      description:
        'Um die Bedeutung eines solchen Gremiums zu unterstreichen, wird eine Vertreterin bzw. ein Vertreter des Netzwerks der Migrantenorganisationen in der Steuerungsgruppe des Netzwerks für Integration und Migration mitarbeiten.',
      fieldsOfAction: ['politische-partizipation'],
    },
    // Fachgruppe Arbeit und Einkommen
    {
      slug: 'informationsangebote-zu-praktika-und-existenzgruendungen',
      workingGroup: 'fachgruppe-arbeit-und-einkommen',
      kind: 'goal',
      title: {
        de: 'Mit Hilfe von Informationsangeboten soll erreicht werden, dass die Vermittlung und der Zugang von Menschen mit Migrationshintergrund in Praktika, Trainingsmaßnahmen, Existenzgründungen orientierter erfolgt und vorhandene, freie Kapazitäten ausgefüllt werden',
        en: 'Using information services so that people with a migration background are placed in and gain access to internships, training measures and business start-ups in a more targeted way, and existing free places are filled',
      },
    },
    {
      slug: 'kontakt-zu-institutionen-und-angebote-zusammenstellen',
      workingGroup: 'fachgruppe-arbeit-und-einkommen',
      kind: 'goal',
      title: {
        de: 'Die Fachgruppe nimmt Kontakt mit Institutionen, Bildungs- und Beratungsinstituten, Vereinen, Verbänden und Organisationen auf, stellt verschiedene Angebote zusammen und gestaltet eine geeignete Form der Weitergabe dieser Informationen',
        en: 'The group contacts institutions, education and advice providers, associations, federations and organisations, compiles their various offers and designs a suitable way of passing this information on',
      },
    },
    {
      slug: 'uebersicht-berufseinstieg-und-arbeitsgelegenheiten',
      workingGroup: 'fachgruppe-arbeit-und-einkommen',
      kind: 'goal',
      title: {
        de: 'Die Fachgruppe erarbeitet eine Übersicht über Angebote und Möglichkeiten des Einstiegs in das Berufsleben sowie über Möglichkeiten von Arbeitsgelegenheiten in verschiedenen Einrichtungen einschließlich der Informationen über die Zugangsbedingungen',
        en: 'The group compiles an overview of offers and ways into working life and of work opportunities in various institutions, including information on the conditions of access',
      },
    },
    {
      slug: 'tagungen-und-gespraechsrunden-fuer-traeger-und-migranten',
      workingGroup: 'fachgruppe-arbeit-und-einkommen',
      kind: 'goal',
      title: {
        de: 'Es werden Tagungen bzw. Gesprächsrunden zu ausgewählten Themen für Träger und MigrantInnen organisiert',
        en: 'Organising conferences and discussion rounds on selected topics for providers and migrants',
      },
    },
    // Fachgruppe Deutschunterricht
    {
      slug: 'qualitaet-der-deutschangebote-sichern',
      workingGroup: 'fachgruppe-deutschunterricht',
      kind: 'goal',
      title: {
        de: 'Qualitative Sicherung bzw. Verbesserung der Angebote zur Vermittlung der deutschen Sprache',
        en: 'Assuring and improving the quality of German language courses',
      },
    },
    {
      slug: 'synergien-zwischen-beratungsstellen-und-sprachkursanbietern',
      workingGroup: 'fachgruppe-deutschunterricht',
      kind: 'goal',
      title: {
        de: 'Synergien zwischen Beratungsstellen und Sprachkursanbietern nutzen / Vernetzung vorhandener Angebote',
        en: 'Using synergies between advice centres and language course providers / networking existing services',
      },
    },
    {
      slug: 'weiterbildung-information-und-verbindung-zu-partnern',
      workingGroup: 'fachgruppe-deutschunterricht',
      kind: 'goal',
      title: {
        de: 'Fachliche Weiterbildungsangebote, Informationen über Kursangebote, Multiplikatorenschulungen, Erfahrungsaustausch und die Verbindung zu Partnern (wie Ausländerbeauftragte, Bundesamt für Migration und Flüchtlinge, Agentur für Arbeit, Ausländerbehörde, Sozialamt, Polizeidirektion und Verwaltungsamt im Bereich der Schulen)',
        en: 'Professional training, information on courses, training for multipliers, exchange of experience and links to partners (such as the commissioner for foreigners, the Federal Office for Migration and Refugees, the employment agency, the immigration office, the social welfare office, the police directorate and the administrative office responsible for schools)',
      },
    },
    {
      slug: 'weitergabe-von-informationen-an-fachgruppenmitglieder',
      workingGroup: 'fachgruppe-deutschunterricht',
      kind: 'goal',
      title: {
        de: 'Schnellstmögliche und umfassende Weitergabe von Informationen und gesetzlichen Grundlagen an die Fachgruppenmitglieder',
        en: 'Passing on information and the legal framework to group members as quickly and fully as possible',
      },
    },
    {
      slug: 'fachliche-weiterbildungen-fuer-fachgruppenmitglieder',
      workingGroup: 'fachgruppe-deutschunterricht',
      kind: 'goal',
      title: {
        de: 'Fachliche Weiterbildungen für Fachgruppenmitglieder',
        en: 'Professional development for group members',
      },
    },
    // Fachgruppe Kindertagesstätten, Schule und Berufsausbildung
    {
      slug: 'sensibilisierung-von-fachkraeften-in-bildung-und-ausbildung',
      workingGroup: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      kind: 'goal',
      title: {
        de: 'Sensibilisierung und Information von ErzieherInnen, LehrerInnen, BerufsvermittlerInnen und Ausbildungseinrichtungen über die rechtlichen und kulturellen Unterschiede sowie über die Befindlichkeiten und Lebenssituationen von Migrant*innen und -jugendlichen',
        en: 'Raising the awareness of and informing nursery teachers, teachers, careers advisers and training institutions about legal and cultural differences and about the sensitivities and living situations of migrant children and young people',
      },
      targetGroups: ['kinder-und-jugendliche-mit-migrationshintergrund'],
    },
    {
      slug: 'handlungsbedarf-in-bildung-und-erziehung-ermitteln',
      workingGroup: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      kind: 'goal',
      title: {
        de: 'Handlungsbedarf in den Bereichen Bildung und Erziehung ermitteln, formulieren und an die entsprechenden Entscheidungsträger weiterleiten',
        en: 'Identifying and formulating the need for action in education and upbringing and passing it on to the relevant decision-makers',
      },
    },
    {
      slug: 'initiativen-und-projekte-im-bildungsbereich-vernetzen',
      workingGroup: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      kind: 'goal',
      title: {
        de: 'Unterstützung, Koordinierung und Vernetzung von Initiativen und Projekten, die den Bildungsbereich betreffen',
        en: 'Supporting, coordinating and networking initiatives and projects in the field of education',
      },
    },
    {
      slug: 'angebotskatalog-erstellen-und-verteilen',
      workingGroup: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      kind: 'goal',
      title: {
        de: 'Angebotskatalog der Projekt- und Maßnahmenträger der Arbeitsgruppe erstellen und an entsprechende Einrichtungen und Migrant*innenhaushalte verteilen',
        en: "Compiling a catalogue of the offers of the group's project and programme providers and distributing it to the relevant institutions and to migrant households",
      },
    },
    {
      slug: 'austausch-durch-fachberatungen-und-konferenzen',
      workingGroup: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      kind: 'goal',
      title: {
        de: 'Durch Fachberatungen und Konferenzen soll die Möglichkeit zu gegenseitigem Austausch gegeben werden',
        en: 'Providing opportunities for mutual exchange through specialist consultations and conferences',
      },
    },
    // Fachgruppe Interkulturelle Kompetenz
    {
      slug: 'fortbildungsangebote-zur-interkulturellen-kommunikation',
      workingGroup: 'fachgruppe-interkulturelle-kompetenz',
      kind: 'goal',
      title: {
        de: 'Entwicklung und Vermittlung von Fortbildungsangeboten zur Qualifizierung von MitarbeiterInnen verschiedener Behörden, sozialer und medizinischer Einrichtungen sowie VertreterInnen von Betrieben, Vereinen, Organisationen, Initiativen, Selbstorganisationen von Migrant*innen, pädagogischen MitarbeiterInnen u. ä.',
        en: 'Developing and arranging further training to qualify staff of various authorities and of social and medical institutions, as well as representatives of companies, associations, organisations, initiatives, migrant self-organisations, educational staff and the like',
      },
      description: 'Sie werden in Hinblick auf interkulturelle Kommunikation sensibilisiert.',
    },
    {
      slug: 'angebote-zum-konfliktmanagement',
      workingGroup: 'fachgruppe-interkulturelle-kompetenz',
      kind: 'goal',
      title: {
        de: 'Entwicklung und Vermittlung von Angeboten zum Konfliktmanagement',
        en: 'Developing and arranging conflict management services',
      },
    },
    {
      slug: 'angebote-der-mitglieder-bekannt-machen',
      workingGroup: 'fachgruppe-interkulturelle-kompetenz',
      kind: 'goal',
      title: {
        de: 'Die Fachgruppe Interkulturelle Kompetenz macht die unterschiedlichen Angebote ihrer Mitglieder in der Öffentlichkeit bekannt und informiert über Fortbildungsangebote',
        en: "The group makes its members' various services known to the public and provides information on further training",
      },
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
    {
      slug: 'organisation-von-tagungen',
      workingGroup: 'fachgruppe-interkulturelle-kompetenz',
      kind: 'goal',
      title: { de: 'Organisation von Tagungen', en: 'Organising conferences' },
    },
    // Fachgruppe Gesellschaftliches Leben, Kultur, Freizeit, Gesundheit und Sport
    {
      slug: 'kinder-und-jugendsozialarbeit',
      workingGroup: 'fachgruppe-gesellschaftliches-leben',
      kind: 'focus',
      title: { de: 'Kinder- und Jugendsozialarbeit', en: 'Social work with children and young people' },
      description:
        'Freizeitangebote und Workshops für Kinder, Jugendliche und Familien, Ferienfreizeiten und Erlebniswochenenden, interkulturelle Projekte im Jugend- und Schulbereich, Internationaler Jugendaustausch, Organisation und Durchführung von Gemeinwesen-, Freizeit-, Sport- und Kulturevents, Präventionsveranstaltungen, Praktikantenbetreuung.',
      fieldsOfAction: ['jugend-und-soziales'],
      targetGroups: ['kinder-jugendliche-und-familien'],
    },
    {
      slug: 'kultur-und-gemeinwesen',
      workingGroup: 'fachgruppe-gesellschaftliches-leben',
      kind: 'focus',
      title: { de: 'Kultur/Gemeinwesen', en: 'Culture and community' },
      description:
        'Beratungsangebote für deutsche und ausländische Bürgerinnen und Bürger, Förderung der Verständigung zwischen Deutschen und MigrantInnen untereinander, Unterstützung von gesellschaftlichen und kulturellen Aktivitäten von MigrantInnen, EinwohnerInnen und Organisationen; Gemeinwesenarbeit, Familienstammtische, Länderabende, Ausstellungen und Fachtagungen; Angebote zur Integration ausländischer Studenten (z. B.: Tandemabende, Jobvermittlung).',
      fieldsOfAction: ['kultur-und-religion'],
      targetGroups: ['studenten'],
    },
    {
      slug: 'ausbildung-sport-sprache-gesundheit',
      workingGroup: 'fachgruppe-gesellschaftliches-leben',
      kind: 'focus',
      title: { de: 'Ausbildung/Sport/Sprache/Gesundheit', en: 'Training, sport, language and health' },
      description:
        'Weiterbildung für MultiplikatorInnen der Kinder- und Jugendarbeit (Interkulturelle Bildung); Integration durch Sport (Maßnahmen zur Integration von MigrantInnen in unsere Gesellschaft); sprachliche (praktische) Anwenderkurse für MigrantInnen; Muttersprachlicher Unterricht für Kinder und Jugendliche und Erwachsene (Arabisch, Vietnamesisch); Telefonische, persönliche, psychosoziale und medizinische Beratung sowie Information und Prävention.',
      fieldsOfAction: ['freizeit-gesundheit-und-sport', 'sprache'],
    },
    // Fachgruppe Wohnumfeld
    {
      slug: 'zusammenleben-verschiedener-kulturkreise',
      workingGroup: 'fachgruppe-wohnumfeld',
      kind: 'goal',
      title: {
        de: 'Förderung des Zusammenlebens verschiedener Kulturkreise',
        en: 'Promoting coexistence between people from different cultures',
      },
    },
    {
      slug: 'akzeptanz-und-toleranz-erfahren',
      workingGroup: 'fachgruppe-wohnumfeld',
      kind: 'goal',
      title: {
        de: 'Gegenseitiges Erleben – Erfahren von Akzeptanz und Toleranz',
        en: 'Getting to know one another – experiencing acceptance and tolerance',
      },
    },
    {
      slug: 'gesellschaftliche-teilhabe-im-wohnumfeld',
      workingGroup: 'fachgruppe-wohnumfeld',
      kind: 'goal',
      title: {
        de: 'Gesellschaftliche Teilhabe aller im direkten Wohnumfeld',
        en: 'Social participation of everyone in the immediate neighbourhood',
      },
    },
    {
      slug: 'stadtteiluebergreifende-vernetzung-der-akteure',
      workingGroup: 'fachgruppe-wohnumfeld',
      kind: 'goal',
      title: {
        de: 'Stadtteilübergreifende Vernetzung der Akteure im Netzwerk',
        en: 'Networking the actors in the network across city districts',
      },
    },
  ],
}
