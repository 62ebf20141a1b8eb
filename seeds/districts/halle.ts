import type { DistrictContent } from '../types'

/**
 * Source: „Informationen über das kommunale Netzwerk für Integration und Migration der Stadt Halle
 * (Saale)“, the network's information sheet (current news: www.integration.halle.de). Prose in our
 * own words; names, titles and numbers as published.
 */
export const halle: DistrictContent = {
  district: 'halle-saale',
  source: {
    network: 'Netzwerk für Integration und Migration',
    page: '„Informationen über das kommunale Netzwerk für Integration und Migration der Stadt Halle (Saale)“',
    publishedBy:
      'Stadt Halle (Saale), Beauftragte für Integration und Migration (Informationsblatt des Netzwerks)',
    url: 'http://www.integration.halle.de',
  },
  networks: [
    {
      slug: 'netzwerk-integration-und-migration',
      name: { de: 'Netzwerk für Integration und Migration', en: 'Network for Integration and Migration' },
      summary:
        'Kommunales Netzwerk der Stadt Halle (Saale), gegründet 2002, mit mehr als 50 Institutionen und ca. 70 Personen (Stand 2006). Es holt Akteure aus dem Migrationsbereich in Projekte, Veranstaltungen und die Lösung von Problemen.',
      description: `Gegründet 2002 in Halle (Saale); Stand 2006: mehr als 50 Institutionen mit ca. 70 Personen.

Auftrag: möglichst viele Akteure aus dem Migrationsbereich beteiligen – an Planung und Umsetzung von Projekten und Veranstaltungen ebenso wie an der Lösung von Problemen.

Leitgedanke der städtischen Integrationspolitik: Produktiv und nachhaltig wird Integrationsarbeit nur, wenn viele Akteure dauerhaft und im Vertrauen zusammenarbeiten. Drei Dinge haben dazu geführt, dass in Halle (Saale) viele Menschen Integration als gemeinsame Aufgabe sehen und sich dafür verantwortlich fühlen:
- Netzwerkmitglieder entscheiden aktiv mit
- Informationen werden im Netzwerk offen geteilt
- neue Projekte entstehen in enger Zusammenarbeit`,
      website: 'http://www.integration.halle.de',
      foundedYear: 2002,
      history: `Aufbau: sechs Fachgruppen und eine Steuerungsgruppe.
- Fachgruppen (alphabetisch): Arbeit und Einkommen · Deutschunterricht · Gesellschaftliches Leben, Kultur, Freizeit, Gesundheit und Sport · Interkulturelle Kompetenz · Kindertagesstätten, Schule und Berufsausbildung · Wohnumfeld
- Jede Fachgruppe trifft sich einmal im Quartal und wählt eine Koordinatorin oder einen Koordinator; diese Person gehört zugleich der Steuerungsgruppe an.
- Vorsitz der Steuerungsgruppe: Beauftragte für Integration und Migration der Stadt Halle (Saale); sie legt dem Stadtrat und den städtischen Gremien Rechenschaft ab.
- Der Ausländerbeirat, ein wichtiges Gremium, sitzt in allen Fachgruppen und entsendet eine Person in die Steuerungsgruppe.
- Profile und Ziele der Fachgruppen folgen laufend dem Bedarf der einzelnen Stadtgebiete.
- Weil die Vorsitzende in mehreren Bündnissen und Arbeitsgruppen mitarbeitet, hat das Netzwerk Kontakt zu überregionalen Initiativen.`,
      carrier: 'Stadt Halle (Saale)',
      membershipModel: 'open',
      membershipNote: 'Offen für neue Mitglieder.',
      sizeStatement: 'mehr als 50 Institutionen mit ca. 70 Personen (Stand 2006)',
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
      text: 'Leitidee der städtischen Integrationspolitik: Soll Integrationsarbeit produktiv und nachhaltig sein, müssen möglichst viele Akteure dauerhaft und vertrauensvoll zusammenarbeiten.',
    },
    {
      slug: 'aktive-einbindung-aller-netzwerkmitglieder',
      network: 'netzwerk-integration-und-migration',
      title: {
        de: 'Alle Netzwerkmitglieder entscheiden mit',
        en: 'All network members take part in decisions',
      },
      text: 'Alle Netzwerkmitglieder entscheiden aktiv mit. Das ist ein Grund, warum viele Menschen in Halle (Saale) Integration als ihre gemeinsame Aufgabe sehen.',
    },
    {
      slug: 'transparente-informationspolitik',
      network: 'netzwerk-integration-und-migration',
      title: {
        de: 'Transparente Informationspolitik innerhalb des Netzwerks',
        en: 'Transparent information policy within the network',
      },
      text: 'Informationen werden im Netzwerk offen geteilt – ein weiterer Grund, warum Integration in Halle (Saale) als Aufgabe vieler gilt.',
    },
    {
      slug: 'enge-zusammenarbeit-bei-neuen-projekten',
      network: 'netzwerk-integration-und-migration',
      title: {
        de: 'Neue Projekte in enger Zusammenarbeit',
        en: 'New projects in close cooperation',
      },
      text: 'Neue Projekte werden in enger Abstimmung gemeinsam auf den Weg gebracht; auch das macht Integration in Halle (Saale) zur Sache vieler Menschen.',
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
        de: 'Familien, Kinder und Jugendliche (mit und ohne Migrationshintergrund)',
        en: 'Families, children and young people (with and without a migration background)',
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
        'Leitet die Steuerungsgruppe und ist Stadtrat und städtischen Gremien rechenschaftspflichtig. Über ihre Mitarbeit in Bündnissen und Arbeitsgruppen ist das Netzwerk mit überregionalen Initiativen verbunden.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'coordination' }],
    },
    {
      slug: 'auslaenderbeirat',
      name: 'Ausländerbeirat der Stadt Halle (Saale)',
      kind: 'political-body',
      description:
        'Wichtiges Gremium: in allen Fachgruppen vertreten, dazu mit einer Person in der Steuerungsgruppe.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
    },
    {
      slug: 'netzwerk-der-migrantenorganisationen',
      name: 'Netzwerk der Migrantenorganisationen',
      kind: 'migrant-organisation',
      description:
        'Lokales Netzwerk von Migrantenorganisationen, das aufgebaut und aktiv beteiligt werden soll – ein besonderes Anliegen des Netzwerks für Integration und Migration. Es soll einen Sitz in der Steuerungsgruppe erhalten, als Zeichen für seine Bedeutung.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'member' }],
    },
    {
      slug: 'polizeidirektion-halle-dezernat-praevention',
      name: 'Polizeidirektion Halle, Dezernat „Prävention“',
      kind: 'authority',
      description: 'Bestehende Kooperation, die ausgebaut und vertieft werden soll.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'partner' }],
    },
    {
      slug: 'hochschulen-der-stadt-halle',
      name: 'Hochschulen der Stadt Halle (Saale)',
      kind: 'university',
      description: 'Bestehende Kooperation, die ausgebaut und vertieft werden soll.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'partner' }],
    },
    {
      slug: 'arge-sgb-ii-halle',
      name: 'ARGE SGB II Halle GmbH',
      kind: 'employment-agency',
      description: 'Bestehende Kooperation, die ausgebaut und vertieft werden soll.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'partner' }],
      fieldsOfAction: ['arbeit-und-ausbildung'],
    },
    {
      slug: 'landesverwaltungsamt',
      name: 'Landesverwaltungsamt Sachsen-Anhalt',
      kind: 'authority',
      description: 'Bestehende Kooperation, die ausgebaut und vertieft werden soll.',
      memberships: [{ network: 'netzwerk-integration-und-migration', role: 'partner' }],
    },
    {
      slug: 'bamf',
      name: 'Bundesamt für Migration und Flüchtlinge',
      shortName: 'BAMF',
      kind: 'authority',
      description: 'Bestehende Kooperation, die ausgebaut und vertieft werden soll.',
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
        { text: 'Leitet die Steuerungsgruppe des Netzwerks' },
        { text: 'Legt Stadtrat und städtischen Gremien Rechenschaft ab' },
        {
          text: 'Arbeitet in Bündnissen und Arbeitsgruppen mit und hält so Kontakt zu überregionalen Initiativen',
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
      profile: `Thema: Menschen mit Migrationshintergrund auf dem Arbeitsmarkt.

Ansatz: Anspruchsberechtigte Migrantinnen und Migranten sollen umfassend in Förderangebote einbezogen werden – der Agentur für Arbeit, aber auch von Bildungs- und Ausbildungseinrichtungen und weiteren Trägern (etwa Praktika, Trainingsmaßnahmen, Existenzgründungen). Das wirkt der höheren Arbeitslosigkeit unter Migrantinnen und Migranten entgegen.

Koordination: Die Mitglieder wählen eine Koordinatorin oder einen Koordinator, die bzw. der auch der Steuerungsgruppe angehört.`,
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
      profile: `Deutsch zu lernen ist eine der wichtigsten Grundlagen gelingender Integration: Erst wer versteht und verstanden wird, kann sich oft interkulturell austauschen. Deshalb sollen möglichst viele Migrantinnen und Migranten Deutsch lernen können.

Die Fachgruppe „Deutschunterricht“ arbeitet daran, die Angebote rund um den Deutschunterricht zu verbessern.

Koordination: Die Mitglieder wählen eine Koordinatorin oder einen Koordinator, die bzw. der auch der Steuerungsgruppe angehört.`,
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
      profile: `Die Fachgruppe „Kindertagesstätten, Schule, Berufsausbildung“ unterstützt und fördert Maßnahmen, mit denen Kinder und Jugendliche mit Migrationshintergrund Anschluss finden. Bereiche:
- Erziehungswesen
- Schule
- offene Kinder- und Jugendarbeit
- Berufsausbildung
- Gesundheitserziehung und Gesunderhaltung

Koordination: Die Mitglieder wählen eine Koordinatorin oder einen Koordinator, die bzw. der auch der Steuerungsgruppe angehört.`,
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
      profile: `Wo man zu wenig voneinander weiß, kommt es zwischen Deutschen und Migrant*innen oft zu Problemen, Missverständnissen und Kommunikationsschwierigkeiten. Die Fachgruppe „Interkulturelle Kompetenz“ fördert deshalb Angebote, die gegenseitiges Verstehen unterstützen.

Koordination: Die Mitglieder wählen eine Koordinatorin oder einen Koordinator, die bzw. der auch der Steuerungsgruppe angehört.`,
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
      profile: `Ziel: die Integration von MigrantInnen im gesamten sozialen, kulturellen und kommunalpolitischen Leben fördern.

Zielgruppen: Familien, Kinder und Jugendliche mit wie ohne Migrationshintergrund; Studenten; Anwohner; Gäste.

Arbeitsbereiche:
- Kinder- und Jugendsozialarbeit
- Kultur/Gemeinwesen
- Ausbildung/Sport/Sprache/Gesundheit

Koordination: Die Mitglieder wählen eine Koordinatorin oder einen Koordinator, die bzw. der auch der Steuerungsgruppe angehört.`,
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
      profile: `Rolle der Fachgruppe: Multiplikationsinstanz für alle, die im Wohnumfeld Migrationsarbeit leisten – Begegnungsstätten, Beratungsstellen, Bildungseinrichtungen, Mieterbeiräte, Migrantenwerkstatt, Quartiermanagements, soziale Dienste, Wohnungsgesellschaften.

Interkulturelle Arbeit im Wohnumfeld umfasst in der Praxis:
- Beratung und Qualifizierung
- Hilfe zur Selbsthilfe und Eigenengagement
- gemeinsame Feste
- soziale und politische Auseinandersetzungen
- Verbesserung des Wohnumfelds
Kurz: alles, was das Miteinander multikultureller Bewohnerschaften stärkt.

Für die gemeinsame Arbeit zählen vor allem Erfahrungsaustausch und Kooperation zwischen den sozialen Einrichtungen im Netzwerk: So lässt sich manches verbessern, was eine Einrichtung allein oft nicht schaffen würde.

Koordination: Die Mitglieder wählen eine Koordinatorin oder einen Koordinator, die bzw. der auch der Steuerungsgruppe angehört.`,
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
      profile: `Mitglieder:
- die von den Fachgruppen gewählten Koordinatorinnen und Koordinatoren
- eine Person aus dem Ausländerbeirat
- eine Person aus dem Netzwerk der Migrantenorganisationen (vorgesehen, um dessen Bedeutung zu unterstreichen)

Vorsitz: Beauftragte für Integration und Migration der Stadt Halle (Saale).`,
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
        de: 'Akteure aus dem Migrationsbereich breit beteiligen',
        en: 'Involving actors from the field of migration widely',
      },
      description:
        'An Planung und Umsetzung von Projekten und Veranstaltungen ebenso wie an der Lösung von Problemen im Migrationsbereich.',
    },
    {
      slug: 'netzwerkstrukturen-effektivieren-und-ausbauen',
      network: 'netzwerk-integration-und-migration',
      kind: 'goal',
      title: {
        de: 'Netzwerkstrukturen im Migrationsbereich wirksamer machen und ausbauen',
        en: 'Making the network structures in the field of migration more effective and expanding them',
      },
      description: `Bestehende Kooperationen sollen wachsen und enger werden, mit:
- dem Bundesamt für Migration und Flüchtlinge
- dem Landesverwaltungsamt
- der ARGE SGB II Halle GmbH
- den Hochschulen der Stadt Halle (Saale)
- der Polizeidirektion Halle, Dezernat „Prävention“`,
    },
    {
      slug: 'netzwerk-der-migrantenorganisationen-aufbauen',
      network: 'netzwerk-integration-und-migration',
      kind: 'goal',
      title: {
        de: 'Lokales Netzwerk der Migrantenorganisationen aufbauen und aktiv einbinden',
        en: 'Building a local network of migrant organisations and involving it actively',
      },
      description:
        'Als Zeichen für die Bedeutung dieses Gremiums soll das Netzwerk der Migrantenorganisationen einen Sitz in der Steuerungsgruppe erhalten.',
      fieldsOfAction: ['politische-partizipation'],
    },
    // Fachgruppe Arbeit und Einkommen
    {
      slug: 'informationsangebote-zu-praktika-und-existenzgruendungen',
      workingGroup: 'fachgruppe-arbeit-und-einkommen',
      kind: 'goal',
      title: {
        de: 'Gezieltere Vermittlung in Praktika, Trainingsmaßnahmen und Existenzgründungen',
        en: 'More targeted placement in internships, training measures and business start-ups',
      },
      description:
        'Informationsangebote sollen Menschen mit Migrationshintergrund den Zugang erleichtern und dafür sorgen, dass vorhandene freie Kapazitäten ausgeschöpft werden.',
    },
    {
      slug: 'kontakt-zu-institutionen-und-angebote-zusammenstellen',
      workingGroup: 'fachgruppe-arbeit-und-einkommen',
      kind: 'goal',
      title: { de: 'Angebote sammeln und weitergeben', en: 'Collecting and passing on offers' },
      description:
        'Kontakt zu Vereinen, Verbänden, Organisationen, Institutionen sowie Bildungs- und Beratungsinstituten aufnehmen, ihre Angebote bündeln und in passender Form weitergeben.',
    },
    {
      slug: 'uebersicht-berufseinstieg-und-arbeitsgelegenheiten',
      workingGroup: 'fachgruppe-arbeit-und-einkommen',
      kind: 'goal',
      title: {
        de: 'Übersicht zu Berufseinstieg und Arbeitsgelegenheiten',
        en: 'An overview of ways into work and of work opportunities',
      },
      description:
        'Welche Angebote und Wege ins Berufsleben gibt es, welche Einrichtungen bieten Arbeitsgelegenheiten, und unter welchen Bedingungen ist der Zugang möglich?',
    },
    {
      slug: 'tagungen-und-gespraechsrunden-fuer-traeger-und-migranten',
      workingGroup: 'fachgruppe-arbeit-und-einkommen',
      kind: 'goal',
      title: {
        de: 'Tagungen und Gesprächsrunden für Träger und MigrantInnen',
        en: 'Conferences and discussion rounds for providers and migrants',
      },
      description: 'Zu ausgewählten Themen.',
    },
    // Fachgruppe Deutschunterricht
    {
      slug: 'qualitaet-der-deutschangebote-sichern',
      workingGroup: 'fachgruppe-deutschunterricht',
      kind: 'goal',
      title: {
        de: 'Qualität der Deutschangebote sichern und verbessern',
        en: 'Securing and improving the quality of German courses',
      },
    },
    {
      slug: 'synergien-zwischen-beratungsstellen-und-sprachkursanbietern',
      workingGroup: 'fachgruppe-deutschunterricht',
      kind: 'goal',
      title: {
        de: 'Beratungsstellen und Sprachkursanbieter vernetzen',
        en: 'Linking advice centres and language course providers',
      },
      description: 'Synergien nutzen, vorhandene Angebote verknüpfen.',
    },
    {
      slug: 'weiterbildung-information-und-verbindung-zu-partnern',
      workingGroup: 'fachgruppe-deutschunterricht',
      kind: 'goal',
      title: {
        de: 'Weiterbildung, Kursinformationen, Austausch und Partnerkontakte',
        en: 'Training, course information, exchange and links to partners',
      },
      description: `- fachliche Weiterbildungsangebote und Multiplikatorenschulungen
- Informationen über Kursangebote
- Erfahrungsaustausch
- Verbindung zu Partnern: Agentur für Arbeit, Ausländerbeauftragte, Ausländerbehörde, Bundesamt für Migration und Flüchtlinge, Polizeidirektion, Sozialamt, Verwaltungsamt (Bereich Schulen)`,
    },
    {
      slug: 'weitergabe-von-informationen-an-fachgruppenmitglieder',
      workingGroup: 'fachgruppe-deutschunterricht',
      kind: 'goal',
      title: {
        de: 'Informationen und Rechtsgrundlagen rasch und vollständig an die Mitglieder geben',
        en: 'Passing information and the legal basis on to members quickly and in full',
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
        de: 'Fachkräfte in Kita, Schule und Ausbildung sensibilisieren und informieren',
        en: 'Raising awareness among and informing staff in day care, school and training',
      },
      description: `Wer: ErzieherInnen, LehrerInnen, BerufsvermittlerInnen, Ausbildungseinrichtungen.

Worüber: rechtliche und kulturelle Unterschiede; Befindlichkeiten und Lebenssituationen von Migrant*innen und Migrantenjugendlichen.`,
      targetGroups: ['kinder-und-jugendliche-mit-migrationshintergrund'],
    },
    {
      slug: 'handlungsbedarf-in-bildung-und-erziehung-ermitteln',
      workingGroup: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      kind: 'goal',
      title: {
        de: 'Handlungsbedarf in Bildung und Erziehung ermitteln, ausformulieren und an die zuständigen Entscheidungsträger weitergeben',
        en: 'Identifying and spelling out what needs to be done in education and passing it on to the decision-makers',
      },
    },
    {
      slug: 'initiativen-und-projekte-im-bildungsbereich-vernetzen',
      workingGroup: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      kind: 'goal',
      title: {
        de: 'Initiativen und Projekte im Bildungsbereich unterstützen, koordinieren und vernetzen',
        en: 'Supporting, coordinating and linking education initiatives and projects',
      },
    },
    {
      slug: 'angebotskatalog-erstellen-und-verteilen',
      workingGroup: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      kind: 'goal',
      title: {
        de: 'Angebotskatalog der Projekt- und Maßnahmenträger',
        en: 'A catalogue of what the project and programme providers offer',
      },
      description:
        'Zusammengestellt aus den Trägern der Arbeitsgruppe, verteilt an passende Einrichtungen und an Migrant*innenhaushalte.',
    },
    {
      slug: 'austausch-durch-fachberatungen-und-konferenzen',
      workingGroup: 'fachgruppe-kindertagesstaetten-schule-und-berufsausbildung',
      kind: 'goal',
      title: {
        de: 'Gegenseitiger Austausch in Fachberatungen und Konferenzen',
        en: 'Mutual exchange in specialist consultations and conferences',
      },
    },
    // Fachgruppe Interkulturelle Kompetenz
    {
      slug: 'fortbildungsangebote-zur-interkulturellen-kommunikation',
      workingGroup: 'fachgruppe-interkulturelle-kompetenz',
      kind: 'goal',
      title: {
        de: 'Fortbildungen für interkulturelle Kommunikation entwickeln und vermitteln',
        en: 'Developing and arranging training in intercultural communication',
      },
      description: `Ziel: Qualifizierung und Sensibilisierung für interkulturelle Kommunikation. Für wen:
- MitarbeiterInnen von Behörden sowie von sozialen und medizinischen Einrichtungen
- pädagogische MitarbeiterInnen
- VertreterInnen von Betrieben, Vereinen, Organisationen und Initiativen
- Selbstorganisationen von Migrant*innen u. ä.`,
    },
    {
      slug: 'angebote-zum-konfliktmanagement',
      workingGroup: 'fachgruppe-interkulturelle-kompetenz',
      kind: 'goal',
      title: {
        de: 'Angebote zum Konfliktmanagement entwickeln und vermitteln',
        en: 'Developing and arranging conflict management services',
      },
    },
    {
      slug: 'angebote-der-mitglieder-bekannt-machen',
      workingGroup: 'fachgruppe-interkulturelle-kompetenz',
      kind: 'goal',
      title: {
        de: 'Angebote der Mitglieder öffentlich bekannt machen, über Fortbildungen informieren',
        en: "Making members' services known to the public and informing about training",
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
      description: `- Workshops und Freizeitangebote für Familien, Kinder und Jugendliche
- Ferienfreizeiten, Erlebniswochenenden
- interkulturelle Projekte in Jugendarbeit und Schule
- Internationaler Jugendaustausch
- Gemeinwesen-, Freizeit-, Sport- und Kulturevents organisieren und durchführen
- Präventionsveranstaltungen
- Betreuung von Praktikanten`,
      fieldsOfAction: ['jugend-und-soziales'],
      targetGroups: ['kinder-jugendliche-und-familien'],
    },
    {
      slug: 'kultur-und-gemeinwesen',
      workingGroup: 'fachgruppe-gesellschaftliches-leben',
      kind: 'focus',
      title: { de: 'Kultur/Gemeinwesen', en: 'Culture and community' },
      description: `- Beratung für Bürgerinnen und Bürger, deutsche wie ausländische
- Verständigung zwischen Deutschen und MigrantInnen fördern
- MigrantInnen, EinwohnerInnen und Organisationen bei gesellschaftlichen und kulturellen Aktivitäten unterstützen
- Gemeinwesenarbeit, Familienstammtische, Länderabende, Ausstellungen, Fachtagungen
- Angebote für ausländische Studenten, z. B. Tandemabende und Jobvermittlung`,
      fieldsOfAction: ['kultur-und-religion'],
      targetGroups: ['studenten'],
    },
    {
      slug: 'ausbildung-sport-sprache-gesundheit',
      workingGroup: 'fachgruppe-gesellschaftliches-leben',
      kind: 'focus',
      title: { de: 'Ausbildung/Sport/Sprache/Gesundheit', en: 'Training, sport, language and health' },
      description: `- Interkulturelle Bildung: Fortbildung für MultiplikatorInnen aus der Kinder- und Jugendarbeit
- Integration durch Sport: Maßnahmen, die MigrantInnen in die Gesellschaft einbinden
- praktische Sprachkurse zum Anwenden für MigrantInnen
- muttersprachlicher Unterricht (Arabisch, Vietnamesisch) für Kinder, Jugendliche und Erwachsene
- Beratung am Telefon und persönlich, psychosozial und medizinisch; Information und Prävention`,
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
  // The information sheet gives no address. The offers it lists (mother-tongue lessons in Arabic
  // and Vietnamese, practical language courses, counselling, tandem evenings …) are areas in which
  // the members of the Fachgruppe „Gesellschaftliches Leben, Kultur, Freizeit, Gesundheit und
  // Sport“ are active, tied to no provider: none of them is seeded as an offer.
  places: [],
  offers: [],
}
