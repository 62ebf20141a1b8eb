import type { ResidenceSituationSeed } from './types'

/**
 * Residence situations (Aufenthaltssituationen) an offer's eligibility can name, the same in
 * every district because the law behind them is federal. A taxonomy of the project, not content
 * of the source texts: none of the five texts ties an offer to one of them.
 */
export const RESIDENCE_SITUATIONS: ResidenceSituationSeed[] = [
  {
    slug: 'asylsuchende',
    name: { de: 'Asylsuchende', en: 'Asylum seekers' },
    description: {
      de: 'Im Asylverfahren, mit Ankunftsnachweis oder Aufenthaltsgestattung.',
      en: 'In the asylum procedure, with a proof of arrival or a permission to stay pending the procedure.',
    },
  },
  {
    slug: 'anerkannte-schutzberechtigte',
    name: { de: 'Anerkannte Schutzberechtigte', en: 'Recognised beneficiaries of protection' },
    description: {
      de: 'Asylberechtigte, anerkannte Flüchtlinge, subsidiär Schutzberechtigte und Menschen mit festgestelltem Abschiebungsverbot.',
      en: 'Persons entitled to asylum, recognised refugees, beneficiaries of subsidiary protection and persons whose deportation is prohibited.',
    },
  },
  {
    slug: 'geduldete',
    name: { de: 'Geduldete', en: 'Persons with a Duldung (temporary suspension of deportation)' },
    description: {
      de: 'Zur Ausreise verpflichtet, die Abschiebung ist aber vorübergehend ausgesetzt (Duldung, § 60a AufenthG).',
      en: 'Obliged to leave, but deportation is temporarily suspended (Duldung, section 60a Residence Act).',
    },
  },
  {
    slug: 'schutzsuchende-aus-der-ukraine',
    name: {
      de: 'Schutzsuchende aus der Ukraine (§ 24 AufenthG)',
      en: 'People seeking protection from Ukraine (section 24 Residence Act)',
    },
    description: {
      de: 'Mit vorübergehendem Schutz nach § 24 AufenthG.',
      en: 'With temporary protection under section 24 of the Residence Act.',
    },
  },
  {
    slug: 'eu-buergerinnen-und-buerger',
    name: { de: 'EU-Bürgerinnen und -Bürger', en: 'EU citizens' },
    description: {
      de: 'Staatsangehörige eines anderen EU-Staats, die Freizügigkeit genießen (ebenso EWR und Schweiz).',
      en: 'Nationals of another EU member state who enjoy freedom of movement (likewise the EEA and Switzerland).',
    },
  },
  {
    slug: 'drittstaatsangehoerige-mit-aufenthaltstitel',
    name: {
      de: 'Drittstaatsangehörige mit Aufenthaltstitel',
      en: 'Third-country nationals with a residence title',
    },
    description: {
      de: 'Zum Beispiel zum Arbeiten, Studieren oder im Familiennachzug.',
      en: 'For example for work, study or family reunification.',
    },
  },
  { slug: 'eingebuergerte', name: { de: 'Eingebürgerte', en: 'Naturalised citizens' } },
  {
    slug: 'spaetaussiedlerinnen-und-spaetaussiedler',
    name: { de: 'Spätaussiedlerinnen und Spätaussiedler', en: 'Late repatriates of German descent' },
    description: {
      de: 'Nach dem Bundesvertriebenengesetz aufgenommen, vor allem aus den Nachfolgestaaten der Sowjetunion.',
      en: 'Admitted under the Federal Expellees Act, mostly from the successor states of the Soviet Union.',
    },
  },
]
