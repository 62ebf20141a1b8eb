import type { DistrictContent } from '../types'

/**
 * Source: the page „Netzwerk Integration“ („Austauschen und helfen.“) of the Landkreis Börde, which
 * points to the network's website www.netzwerk-integration-boerdekreis.de. Prose in our own words;
 * names and titles as published.
 */
export const boerde: DistrictContent = {
  district: 'boerde',
  source: {
    network: 'Netzwerk „Integration für Migrantinnen und Migranten“',
    page: 'Seite „Netzwerk Integration“ der Koordinierungsstelle für Migration des Landkreises Börde',
    publishedBy: 'Landkreis Börde, Koordinierungsstelle für Migration',
    url: 'https://www.netzwerk-integration-boerdekreis.de',
  },
  networks: [
    {
      slug: 'netzwerk-integration',
      name: {
        de: 'Netzwerk „Integration für Migrantinnen und Migranten“',
        en: 'Network “Integration for Migrants”',
      },
      summary:
        'Netzwerk aus Integrationsakteuren und Multiplikatoren im Landkreis Börde für eine gemeinsame, abgestimmte Arbeit mit und für Menschen mit Migrationshintergrund; angebunden an die Koordinierungsstelle für Migration des Landkreises.',
      description: `Wer mitwirkt:
- Vertreterinnen und Vertreter der Kommunen
- Beratungsstellen und Hilfsdienste
- Gemeinschaftsunterkünfte
- Vereine und Kirchen
- engagierte Bürgerinnen und Bürger

Eine Koordinierungsgruppe hilft, das Netzwerk „Integration für Migrantinnen und Migranten“ zu pflegen.

Die Koordinierungsstelle für Migration der Kreisverwaltung:
- verbindet das Netzwerk mit der Verwaltung; das ist für das ganze Netzwerk grundlegend, weil nur so Verwaltung und Netzwerkakteure verlässlich miteinander kommunizieren
- baut die Netzwerkstrukturen aus und pflegt sie, damit Multiplikatoren der Verwaltung und lokale Akteure besser zusammenarbeiten
- setzt auf Knowhow-Transfer: Strategien, Konzepte und Arbeitsansätze sollen in und zwischen den Institutionen wechselseitig ausgetauscht werden
- sorgt in den Gruppen unter ihrer Leitung für effizientes Arbeiten mit klaren Zielen und Funktionsweisen
- setzt sich dort, wo auf lokaler Ebene (z. B. in Gemeinden) Vernetzung fehlt, dafür ein, dass die Akteure in das bestehende Integrationsnetzwerk eingebunden werden, oder unterstützt sie aktiv, so weit sie kann
- hält Verwaltung und Zivilgesellschaft in Verbindung, etwa über Kontakte zwischen Gemeinwesenarbeit, Beratungsstellen, Behörden, Vereinen und Migrationsdiensten

Austausch und Vertrauen: Vertrauen entsteht über eine regelmäßige Plattform für Information und Kommunikation, auf der Integrationsakteure und Multiplikatoren aktuelle Informationen teilen. Dafür richtet der Landkreis jährliche Netzwerkvollversammlungen und themenbezogene Arbeitskreise aus oder unterstützt sie.

Website: Im Landkreis Börde kommt lokalen Akteuren, Vereinen und Initiativen eine maßgebende Rolle zu. Die Website des Netzwerkes zeigt transparent, welche Akteure im Landkreis tätig sind und was das Netzwerk anbietet – als Überblick über die regionale Vernetzung und als Grundlage, um Bedarfe zu erkennen. Sie informiert über die Netzwerkarbeit, verbindet die Akteure und stärkt die Beratungsstrukturen.`,
      website: 'https://www.netzwerk-integration-boerdekreis.de',
      foundedYear: 2008,
      meetingRhythm: 'jährliche Netzwerkvollversammlung, themenbezogene Arbeitskreise',
      history: `- seit 2008: Das Netzwerk „Integration für Migrantinnen und Migranten“ im Landkreis Börde wird kontinuierlich ausgebaut, unterstützt und gepflegt.
- In den Jahren seitdem ist daraus ein funktionierendes Netzwerk von Integrationsakteuren und Multiplikatoren gewachsen, das für den Zusammenhalt zentral ist und eine kooperative, koordinierte Arbeit mit und für Menschen mit Migrationshintergrund erlaubt.`,
      carrier: 'Landkreis Börde (Koordinierungsstelle für Migration)',
      coordinatingContacts: ['koordinierungsstelle-fuer-migration'],
    },
  ],
  principles: [
    {
      slug: 'anbindung-an-die-koordinierungsstelle-fuer-migration',
      network: 'netzwerk-integration',
      title: {
        de: 'Anbindung an die verwaltungseigene Koordinierungsstelle für Migration',
        en: "Link to the administration's own Coordination Office for Migration",
      },
      text: 'Das Netzwerk Integration ist an die verwaltungseigene Koordinierungsstelle für Migration angebunden. Für das ganze Netzwerk ist das grundlegend: Nur so funktioniert die Kommunikation zwischen Verwaltung und Netzwerkakteuren.',
    },
    {
      slug: 'vertrauen-durch-regelmaessigen-austausch',
      network: 'netzwerk-integration',
      title: {
        de: 'Vertrauen durch eine regelmäßige Informations- und Kommunikationsplattform',
        en: 'Trust through a regular information and communication platform',
      },
      text: 'Eine regelmäßige Plattform für Information und Kommunikation schafft das Vertrauen, das Integrationsakteure und Multiplikatoren für den Knowhow-Transfer und den Austausch aktueller Informationen brauchen.',
    },
    {
      slug: 'massgebende-rolle-lokaler-akteure',
      network: 'netzwerk-integration',
      title: {
        de: 'Maßgebende Rolle lokaler Akteure und Initiativen',
        en: 'The decisive role of local actors and initiatives',
      },
      text: 'Im Landkreis Börde kommt lokalen Akteuren, Vereinen und allen weiteren Akteuren und Initiativen der Integrationsarbeit eine maßgebende Rolle zu.',
    },
  ],
  targetGroups: [
    {
      slug: 'menschen-mit-migrationshintergrund',
      name: { de: 'Menschen mit Migrationshintergrund', en: 'People with a migration background' },
      category: 'migrants-with-residence',
      networks: ['netzwerk-integration'],
    },
    {
      slug: 'integrationsakteure-und-multiplikatoren',
      name: { de: 'Integrationsakteure und Multiplikatoren', en: 'Integration actors and multipliers' },
      category: 'professionals',
      networks: ['netzwerk-integration'],
    },
  ],
  actors: [
    {
      slug: 'koordinierungsstelle-fuer-migration',
      name: 'Koordinierungsstelle für Migration des Landkreises Börde',
      kind: 'authority',
      description:
        'Verwaltungseigene Koordinierungsstelle des Landkreises Börde; das Netzwerk Integration ist an sie angebunden, sie baut die Netzwerkstrukturen aus und pflegt sie.',
      memberships: [{ network: 'netzwerk-integration', role: 'coordination' }],
    },
    {
      slug: 'kommunen-des-landkreises-boerde',
      name: { de: 'Kommunen des Landkreises Börde', en: 'Municipalities of the Börde district' },
      kind: 'authority',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'beratungsstellen',
      name: { de: 'Beratungsstellen', en: 'Advice centres' },
      kind: 'advice-centre',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'hilfsdienste',
      name: { de: 'Hilfsdienste', en: 'Aid services' },
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'gemeinschaftsunterkuenfte',
      name: { de: 'Gemeinschaftsunterkünfte', en: 'Communal accommodation centres' },
      kind: 'accommodation',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'vereine',
      name: { de: 'Vereine', en: 'Associations' },
      kind: 'association',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'kirchen',
      name: { de: 'Kirchen', en: 'Churches' },
      kind: 'religious-community',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
    {
      slug: 'engagierte-buergerinnen-und-buerger',
      name: { de: 'Engagierte Bürgerinnen und Bürger', en: 'Committed citizens' },
      kind: 'other',
      memberships: [{ network: 'netzwerk-integration', role: 'member' }],
    },
  ],
  contacts: [
    {
      slug: 'koordinierungsstelle-fuer-migration',
      kind: 'office',
      name: 'Koordinierungsstelle für Migration des Landkreises Börde',
      actor: 'koordinierungsstelle-fuer-migration',
      networks: ['netzwerk-integration'],
      responsibilities: [
        { text: 'Funktionierende Kommunikation zwischen Verwaltung und Netzwerkakteuren sichern' },
        {
          text: 'Netzwerkstrukturen ausbauen und pflegen, damit Multiplikatoren der Verwaltung und lokale Akteure besser zusammenarbeiten',
        },
        {
          text: 'In den selbst geleiteten Gruppen für effizientes Arbeiten mit klaren Zielen und Funktionsweisen sorgen',
        },
        {
          text: 'Wo lokale Vernetzung fehlt (z. B. auf Gemeindeebene): die Einbindung in das bestehende Integrationsnetzwerk anstoßen',
        },
        { text: 'Lokale Akteure aktiv unterstützen, so weit möglich' },
        {
          text: 'Verwaltung und Zivilgesellschaft dauerhaft vernetzen, z. B. über Kontakte zwischen Gemeinwesenarbeit, Beratungsstellen, Behörden, Vereinen und Migrationsdiensten',
        },
      ],
    },
  ],
  workingGroups: [
    {
      slug: 'koordinierungsgruppe',
      network: 'netzwerk-integration',
      name: { de: 'Koordinierungsgruppe', en: 'Coordination group' },
      kind: 'koordinierungsgruppe',
      profile:
        'Hilft dabei, das Netzwerk „Integration für Migrantinnen und Migranten“ zu pflegen. Ihre Hauptaufgaben stehen unter den Aufgaben der Gruppe.',
      memberActors: [],
    },
  ],
  goals: [
    {
      slug: 'repraesentation-des-netzwerkes',
      workingGroup: 'koordinierungsgruppe',
      kind: 'task',
      title: { de: 'Repräsentation des Netzwerkes', en: 'Representing the network' },
    },
    {
      slug: 'planung-und-organisation-gemeinsamer-aktivitaeten',
      workingGroup: 'koordinierungsgruppe',
      kind: 'task',
      title: {
        de: 'Gemeinsame Aktivitäten mit planen und organisieren',
        en: 'Helping to plan and organise joint activities',
      },
    },
    {
      slug: 'buendelung-von-informationen',
      workingGroup: 'koordinierungsgruppe',
      kind: 'task',
      title: { de: 'Bündelung von Informationen', en: 'Pooling information' },
    },
    {
      slug: 'festlegung-von-zielen-und-ausrichtung',
      workingGroup: 'koordinierungsgruppe',
      kind: 'task',
      title: {
        de: 'Mitwirkung an Zielen und Ausrichtung des Netzwerkes',
        en: "Helping to set the network's goals and direction",
      },
    },
    {
      slug: 'kooperative-und-koordinierte-arbeit',
      network: 'netzwerk-integration',
      kind: 'goal',
      title: {
        de: 'Arbeit mit und für Menschen mit Migrationshintergrund gemeinsam und abgestimmt gestalten',
        en: 'Shaping work with and for people with a migration background jointly and in a coordinated way',
      },
      targetGroups: ['menschen-mit-migrationshintergrund'],
    },
    {
      slug: 'knowhow-transfer',
      network: 'netzwerk-integration',
      kind: 'goal',
      title: {
        de: 'Knowhow-Transfer zwischen den Institutionen',
        en: 'Transferring know-how between the institutions',
      },
      description:
        'Strategien, Konzepte und Arbeitsansätze wechselseitig austauschen, in und zwischen den Institutionen. Dazu baut die Koordinierungsstelle für Migration die Netzwerkstrukturen aus und pflegt sie, damit Multiplikatoren der Verwaltung und lokale Akteure besser zusammenarbeiten.',
      targetGroups: ['integrationsakteure-und-multiplikatoren'],
    },
    {
      slug: 'netzwerkvollversammlungen-und-arbeitskreise',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Jährliche Netzwerkvollversammlungen und themenbezogene Arbeitskreise',
        en: 'Annual general assemblies of the network and topic-based working circles',
      },
      description:
        'Der Landkreis richtet sie aus oder unterstützt sie. Sie sind die regelmäßige Plattform, auf der Integrationsakteure und Multiplikatoren aktuelle Informationen teilen.',
      targetGroups: ['integrationsakteure-und-multiplikatoren'],
    },
    {
      slug: 'effiziente-arbeitsweise-in-den-gruppen',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Effizientes Arbeiten in den selbst geleiteten Gruppen',
        en: 'Efficient work in the groups it leads itself',
      },
      description:
        'Klare Ziele und Funktionsweisen überall dort, wo die Koordinierungsstelle für Migration selbst die Leitung hat.',
    },
    {
      slug: 'einbindung-lokaler-akteure',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Lücken in der lokalen Vernetzung schließen',
        en: 'Closing gaps in local networking',
      },
      description:
        'Fehlen vor Ort (z. B. auf Gemeindeebene) die nötigen Strukturen, wirbt die Koordinierungsstelle für die Einbindung in das bestehende Integrationsnetzwerk oder unterstützt die Akteure aktiv, so weit sie kann.',
    },
    {
      slug: 'vernetzung-zwischen-verwaltung-und-zivilgesellschaft',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Verwaltung und Zivilgesellschaft dauerhaft vernetzen',
        en: 'Keeping administration and civil society connected',
      },
      description:
        'Zum Beispiel über Kontakte zwischen Gemeinwesenarbeit, Beratungsstellen, Behörden, Vereinen und Migrationsdiensten.',
    },
    {
      slug: 'akteure-und-angebote-auf-der-website',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Akteure und Angebote im Landkreis Börde auf der Netzwerk-Website zeigen',
        en: "Showing the actors and services in the Börde district on the network's website",
      },
      description:
        'Transparente Darstellung als Überblick über die regionale Vernetzung und als Grundlage, um Bedarfe abzuleiten. Die Website (www.netzwerk-integration-boerdekreis.de) informiert über die Netzwerkarbeit, verbindet die Akteure und stärkt die Beratungsstrukturen.',
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
  ],
  // The page gives no address of the Koordinierungsstelle für Migration.
  places: [],
  offers: [
    // What the page says the Koordinierungsstelle für Migration does for the network's actors.
    {
      slug: 'vernetzung-von-verwaltung-und-integrationsakteuren',
      title: {
        de: 'Vernetzung von Verwaltung und Integrationsakteuren',
        en: 'Connecting the administration with integration actors',
      },
      summary:
        'Die Koordinierungsstelle für Migration des Landkreises Börde pflegt und erweitert das Netzwerk, bindet lokale Akteure ein und unterstützt sie im Rahmen ihrer Möglichkeiten.',
      description: `Was die Koordinierungsstelle für Migration anbietet:
- eine verlässliche Verbindung zwischen Kreisverwaltung und Netzwerkakteuren
- Knowhow-Transfer: Strategien, Konzepte und Arbeitsansätze werden in und zwischen den Institutionen ausgetauscht
- wo vor Ort (etwa in einer Gemeinde) Vernetzung fehlt: Hilfe, um in das bestehende Integrationsnetzwerk zu kommen, oder aktive Unterstützung, so weit möglich
- Kontakte zwischen Gemeinwesenarbeit, Beratungsstellen, Behörden, Vereinen und Migrationsdiensten`,
      offerTypes: ['vernetzung-und-koordination'],
      provider: 'koordinierungsstelle-fuer-migration',
      networks: ['netzwerk-integration'],
      targetGroups: ['integrationsakteure-und-multiplikatoren'],
      contacts: ['koordinierungsstelle-fuer-migration'],
      cost: { free: null },
      registration: null,
    },
  ],
}
