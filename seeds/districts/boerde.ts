import type { DistrictContent } from '../types'

/** Source: ../shared/seeds/003_cf968a3bd25dfb2c.txt (Landkreis Börde). */
export const boerde: DistrictContent = {
  district: 'boerde',
  source: {
    file: '003_cf968a3bd25dfb2c.txt',
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
        'Netzwerk von Integrationsakteuren und Multiplikatoren im Landkreis Börde, das es ermöglicht, kooperativ und koordiniert die Arbeit mit und für Menschen mit Migrationshintergrund zu gestalten.',
      description: `In dem Netzwerk „Integration für Migrantinnen und Migranten“ sind Vertreter aus den Kommunen, Beratungsstellen, Hilfsdiensten, Gemeinschaftsunterkünften, Vereinen, Kirchen sowie engagierte Bürger aktiv. Es ermöglicht, kooperativ und koordiniert die Arbeit mit und für Menschen mit Migrationshintergrund zu gestalten. Die Pflege des Netzwerkes wird von einer Koordinierungsgruppe unterstützt.

Die Anbindung des Netzwerks Integration an die verwaltungseigene Koordinierungsstelle für Migration ist für das gesamte Netzwerk von grundlegender Bedeutung, da so eine funktionierende Kommunikation zwischen der Verwaltung und den Netzwerkakteuren sichergestellt werden kann. Zur Verbesserung der Zusammenarbeit zwischen den Multiplikatoren der Verwaltung und den lokalen Akteuren pflegt und erweitert die Koordinierungsstelle für Migration die Netzwerkstrukturen. Ziel ist hierbei ein Knowhow-Transfer, um den wechselseitigen Informationsaustausch über Strategien, Konzepte und Arbeitsansätze in und zwischen den jeweiligen Institutionen zu verbessern.

Eine regelmäßige Informations- und Kommunikationsplattform schafft das hierfür notwendige Vertrauen, um den Integrationsakteuren und Multiplikatoren eine Plattform für den Austausch von aktuellen Informationen zu geben. In diesem Zusammenhang realisiert der Landkreis sowohl jährliche Netzwerkvollversammlungen als auch themenbezogene Arbeitskreise bzw. unterstützt diese.

In den Gruppen, die die Koordinierungsstelle für Migration selbst leitet, sorgt sie für eine effiziente Arbeitsweise mit klaren Zielen und Funktionsweisen. Dort, wo notwendige Vernetzungsstrukturen auf lokaler Ebene (z. B. auf Gemeindeebene) fehlen, wirkt die Koordinierungsstelle auf die Einbindung in das bestehende Integrationsnetzwerk hin bzw. unterstützt die Akteure im Rahmen ihrer Möglichkeiten aktiv. Die Vernetzung zwischen Verwaltung und Zivilgesellschaft wird dabei konstant gepflegt, wie etwa durch die Herstellung von diversen Kontakten zwischen der Arbeit im Gemeinwesen, den Beratungsstellen, den Behörden, den Vereinen und den Migrationsdiensten.

Lokale Akteure, Vereine und alle anderen Akteure und Initiativen der Integrationsarbeit spielen im Landkreis Börde eine maßgebende Rolle. Um einen Überblick über die regionale Vernetzungsstruktur zu erhalten und mögliche Bedarfe ableiten zu können, werden auf der Website des Netzwerkes die im Landkreis Börde agierenden Akteure sowie die Angebote des Netzwerkes in transparenter Form dargestellt. Die Website informiert über die Arbeit des Netzwerks, vernetzt die Akteure und unterstützt die Beratungsstrukturen.`,
      website: 'https://www.netzwerk-integration-boerdekreis.de',
      foundedYear: 2008,
      meetingRhythm: 'jährliche Netzwerkvollversammlung, themenbezogene Arbeitskreise',
      history:
        'Seit dem Jahr 2008 wird das im Landkreis Börde bestehende Netzwerk „Integration für Migrantinnen und Migranten“ stetig ausgebaut, unterstützt und gepflegt. Es ist in den vergangenen Jahren gelungen, ein funktionierendes und hinsichtlich des Zusammenhaltes mit einer zentralen Bedeutung bestehendes Netzwerk von Integrationsakteuren und Multiplikatoren zu schaffen, welches es ermöglicht, kooperativ und koordiniert die Arbeit mit und für Menschen mit Migrationshintergrund zu gestalten.',
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
      text: 'Die Anbindung des Netzwerks Integration an die verwaltungseigene Koordinierungsstelle für Migration ist für das gesamte Netzwerk von grundlegender Bedeutung, da so eine funktionierende Kommunikation zwischen der Verwaltung und den Netzwerkakteuren sichergestellt werden kann.',
    },
    {
      slug: 'vertrauen-durch-regelmaessigen-austausch',
      network: 'netzwerk-integration',
      title: {
        de: 'Vertrauen durch eine regelmäßige Informations- und Kommunikationsplattform',
        en: 'Trust through a regular information and communication platform',
      },
      text: 'Eine regelmäßige Informations- und Kommunikationsplattform schafft das für den Knowhow-Transfer notwendige Vertrauen, um den Integrationsakteuren und Multiplikatoren eine Plattform für den Austausch von aktuellen Informationen zu geben.',
    },
    {
      slug: 'massgebende-rolle-lokaler-akteure',
      network: 'netzwerk-integration',
      title: {
        de: 'Maßgebende Rolle lokaler Akteure und Initiativen',
        en: 'The decisive role of local actors and initiatives',
      },
      text: 'Lokale Akteure, Vereine und alle anderen Akteure und Initiativen der Integrationsarbeit spielen im Landkreis Börde eine maßgebende Rolle.',
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
        'Verwaltungseigene Koordinierungsstelle des Landkreises Börde, an die das Netzwerk Integration angebunden ist; sie pflegt und erweitert die Netzwerkstrukturen.',
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
        {
          text: 'Sicherstellung einer funktionierenden Kommunikation zwischen der Verwaltung und den Netzwerkakteuren',
        },
        {
          text: 'Pflege und Erweiterung der Netzwerkstrukturen zur Verbesserung der Zusammenarbeit zwischen den Multiplikatoren der Verwaltung und den lokalen Akteuren',
        },
        {
          text: 'Sorge für eine effiziente Arbeitsweise mit klaren Zielen und Funktionsweisen in den Gruppen, die sie selbst leitet',
        },
        {
          text: 'Hinwirken auf die Einbindung in das bestehende Integrationsnetzwerk, wo notwendige Vernetzungsstrukturen auf lokaler Ebene (z. B. auf Gemeindeebene) fehlen',
        },
        { text: 'Aktive Unterstützung der lokalen Akteure im Rahmen ihrer Möglichkeiten' },
        {
          text: 'Konstante Pflege der Vernetzung zwischen Verwaltung und Zivilgesellschaft, etwa durch die Herstellung von Kontakten zwischen der Arbeit im Gemeinwesen, den Beratungsstellen, den Behörden, den Vereinen und den Migrationsdiensten',
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
        'Die Pflege des Netzwerkes „Integration für Migrantinnen und Migranten“ wird von einer Koordinierungsgruppe unterstützt.',
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
        de: 'Unterstützung bei der Planung und Organisation gemeinsamer Aktivitäten',
        en: 'Supporting the planning and organisation of joint activities',
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
        de: 'Unterstützung bei der Festlegung von Zielen bzw. der Ausrichtung des Netzwerkes',
        en: 'Supporting the setting of goals and the direction of the network',
      },
    },
    {
      slug: 'kooperative-und-koordinierte-arbeit',
      network: 'netzwerk-integration',
      kind: 'goal',
      title: {
        de: 'Die Arbeit mit und für Menschen mit Migrationshintergrund kooperativ und koordiniert gestalten',
        en: 'Shaping the work with and for people with a migration background cooperatively and in a coordinated way',
      },
      targetGroups: ['menschen-mit-migrationshintergrund'],
    },
    {
      slug: 'knowhow-transfer',
      network: 'netzwerk-integration',
      kind: 'goal',
      title: {
        de: 'Knowhow-Transfer, um den wechselseitigen Informationsaustausch über Strategien, Konzepte und Arbeitsansätze in und zwischen den jeweiligen Institutionen zu verbessern',
        en: 'Transferring know-how to improve the mutual exchange of information on strategies, concepts and approaches within and between the institutions involved',
      },
      description:
        'Zur Verbesserung der Zusammenarbeit zwischen den Multiplikatoren der Verwaltung und den lokalen Akteuren pflegt und erweitert die Koordinierungsstelle für Migration die Netzwerkstrukturen.',
      targetGroups: ['integrationsakteure-und-multiplikatoren'],
    },
    {
      slug: 'netzwerkvollversammlungen-und-arbeitskreise',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Jährliche Netzwerkvollversammlungen und themenbezogene Arbeitskreise realisieren bzw. unterstützen',
        en: 'Holding or supporting annual general assemblies of the network and topic-based working circles',
      },
      description:
        'Eine regelmäßige Informations- und Kommunikationsplattform gibt den Integrationsakteuren und Multiplikatoren eine Plattform für den Austausch von aktuellen Informationen.',
      targetGroups: ['integrationsakteure-und-multiplikatoren'],
    },
    {
      slug: 'effiziente-arbeitsweise-in-den-gruppen',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Effiziente Arbeitsweise mit klaren Zielen und Funktionsweisen in den Gruppen, die die Koordinierungsstelle für Migration selbst leitet',
        en: 'Efficient working with clear goals and procedures in the groups led by the Coordination Office for Migration itself',
      },
    },
    {
      slug: 'einbindung-lokaler-akteure',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Wo Vernetzungsstrukturen auf lokaler Ebene fehlen, auf die Einbindung in das bestehende Integrationsnetzwerk hinwirken bzw. die Akteure aktiv unterstützen',
        en: 'Where local networking structures are missing, working towards inclusion in the existing integration network or actively supporting the actors',
      },
      description:
        'Dort, wo notwendige Vernetzungsstrukturen auf lokaler Ebene (z. B. auf Gemeindeebene) fehlen, wirkt die Koordinierungsstelle auf die Einbindung in das bestehende Integrationsnetzwerk hin bzw. unterstützt die Akteure im Rahmen ihrer Möglichkeiten aktiv.',
    },
    {
      slug: 'vernetzung-zwischen-verwaltung-und-zivilgesellschaft',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Konstante Pflege der Vernetzung zwischen Verwaltung und Zivilgesellschaft',
        en: 'Continuously maintaining the links between administration and civil society',
      },
      description:
        'Die Vernetzung wird etwa durch die Herstellung von diversen Kontakten zwischen der Arbeit im Gemeinwesen, den Beratungsstellen, den Behörden, den Vereinen und den Migrationsdiensten gepflegt.',
    },
    {
      slug: 'akteure-und-angebote-auf-der-website',
      network: 'netzwerk-integration',
      kind: 'task',
      title: {
        de: 'Darstellung der im Landkreis Börde agierenden Akteure und der Angebote des Netzwerkes auf der Website des Netzwerkes',
        en: "Presenting the actors working in the Börde district and the services of the network on the network's website",
      },
      description:
        'Die Akteure und Angebote werden in transparenter Form dargestellt, um einen Überblick über die regionale Vernetzungsstruktur zu erhalten und mögliche Bedarfe ableiten zu können. Die Website informiert über die Arbeit des Netzwerks, vernetzt die Akteure und unterstützt die Beratungsstrukturen.',
      fieldsOfAction: ['information-und-oeffentlichkeitsarbeit'],
    },
  ],
}
