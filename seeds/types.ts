import type {
  Actor,
  Contact,
  FieldsOfAction,
  Goal,
  Network,
  Offer,
  OfferType,
  Place,
  Principle,
  ResidenceSituation,
  TargetGroup,
  WorkingGroup,
} from '../payload-types'
import type { StateDistrict } from '../src/lib/state'

/** A short label in German, as published, with its English translation. */
export type Translated = { de: string; en: string }

/**
 * Long text in German as published: paragraphs separated by a blank line; consecutive
 * lines starting with "- " form a bulleted list. The runner turns it into rich text.
 */
export type Prose = string

/** The slug of another seeded document of the same district, or of a term of a state-wide taxonomy. */
export type Ref = string

/** Written by Payload or by the runner, never by a seed module. */
type Managed =
  'id' | 'district' | 'slug' | 'translations' | 'createdAt' | 'updatedAt' | 'deletedAt' | '_status'
type RichTextKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends { root: unknown } ? K : never }[keyof T]
type JoinKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends { docs?: unknown } ? K : never }[keyof T]

/**
 * A seed entry for a document of type T: its slug (the upsert key within the district),
 * translated labels, prose for rich text, relationships as slugs, everything else as in
 * payload-types.ts.
 */
type SeedOf<T, Labels extends keyof T, Refs extends keyof T> = { slug: string } & {
  [K in Labels]: Translated
} & { [K in RichTextKeys<T>]?: Prose } & Omit<T, Managed | Labels | Refs | RichTextKeys<T> | JoinKeys<T>>

/** A district the seed creates: as the plugin's state lists it (`state` option, src/plugin/states/). */
export type DistrictSeed = StateDistrict

/**
 * A term of a state-wide taxonomy (fields of action, offer types, residence situations): its slug
 * (the upsert key, and how district content names it), its name and, where the term needs one, a
 * short description, both in German and English.
 */
type TaxonomySeed<T extends FieldsOfAction | OfferType | ResidenceSituation> = SeedOf<
  T,
  'name',
  'description'
> & { description?: Translated }

export type FieldOfActionSeed = TaxonomySeed<FieldsOfAction>
export type OfferTypeSeed = TaxonomySeed<OfferType>
export type ResidenceSituationSeed = TaxonomySeed<ResidenceSituation>

/**
 * The state-wide taxonomies, each under its collection's slug in camelCase (seedPlan's
 * `taxonomies`): written before any district, shared by all of them.
 */
export type StateWideContent = {
  fieldsOfAction: FieldOfActionSeed[]
  offerTypes: OfferTypeSeed[]
  residenceSituations: ResidenceSituationSeed[]
}

export type NetworkSeed = SeedOf<Network, 'name', 'coordinatingContacts' | 'downloads'> & {
  coordinatingContacts?: Ref[]
}

export type PrincipleSeed = SeedOf<Principle, 'title', 'network' | 'order'> & { network: Ref }

export type GoalSeed = SeedOf<
  Goal,
  'title',
  'network' | 'workingGroup' | 'fieldsOfAction' | 'targetGroups' | 'order'
> &
  ({ network: Ref; workingGroup?: never } | { workingGroup: Ref; network?: never }) & {
    fieldsOfAction?: Ref[]
    targetGroups?: Ref[]
  }

export type TargetGroupSeed = SeedOf<TargetGroup, 'name', 'networks'> & { networks?: Ref[] }

export type WorkingGroupSeed = SeedOf<
  WorkingGroup,
  'name',
  'network' | 'chair' | 'memberActors' | 'fieldsOfAction' | 'targetGroups'
> & {
  network: Ref
  chair?: Ref
  memberActors?: Ref[]
  fieldsOfAction?: Ref[]
  targetGroups?: Ref[]
}

type MembershipRole = NonNullable<Actor['memberships']>[number]['role']

/** Proper names of organisations stay German; generic ones ("Bildungsträger") may be translated. */
export type ActorSeed = SeedOf<
  Actor,
  never,
  'name' | 'memberships' | 'fieldsOfAction' | 'targetGroups' | 'logo' | 'places'
> & {
  name: string | Translated
  memberships?: Array<{ network: Ref; role: MembershipRole }>
  fieldsOfAction?: Ref[]
  targetGroups?: Ref[]
  /** The places where the text says the actor receives people. */
  places?: Ref[]
}

/** Consent is recorded by the runner from the district's source: these offices publish it themselves. */
export type ContactSeed = SeedOf<
  Contact,
  never,
  'name' | 'actor' | 'networks' | 'photo' | 'publicListing' | 'place'
> & {
  name: string
  actor?: Ref
  networks?: Ref[]
  /** The place where the text says the office or person is found. */
  place?: Ref
}

/**
 * A place the text gives an address for. Coordinates stay empty: the seed looks nothing up (the
 * runner writes with `skipGeocoding`), and the texts give no positions.
 */
export type PlaceSeed = SeedOf<Place, 'name', 'owner' | 'coordinates'> & { owner?: Ref }

type OfferRow = Omit<NonNullable<Offer['places']>[number], 'place' | 'id'> & { place: Ref }
type Eligibility = Omit<NonNullable<Offer['eligibility']>, 'residenceSituations'> & {
  residenceSituations?: Ref[]
}

/**
 * An offer the text describes, linked by slug to its provider, places, contacts, networks,
 * working group, target groups and the state-wide fields of action, offer types and residence
 * situations. `cost` and `registration` must be stated: Payload's defaults (free of charge, no
 * registration) would be claims the texts do not make, so an entry gives `null` where its text is
 * silent.
 */
export type OfferSeed = SeedOf<
  Offer,
  'title',
  | 'offerTypes'
  | 'provider'
  | 'workingGroup'
  | 'networks'
  | 'fieldsOfAction'
  | 'targetGroups'
  | 'places'
  | 'contacts'
  | 'eligibility'
  | 'cost'
  | 'registration'
> & {
  offerTypes?: Ref[]
  provider?: Ref
  workingGroup?: Ref
  networks?: Ref[]
  fieldsOfAction?: Ref[]
  targetGroups?: Ref[]
  places?: OfferRow[]
  contacts?: Ref[]
  eligibility?: Eligibility
  cost: { free: boolean | null; note?: string }
  registration: Offer['registration']
}

/**
 * The published self-description a district's seed is taken from, cited as seeds/README.md cites
 * it: by the network's name and the page. The runner records the citation as the source of the
 * contacts' public listing.
 */
export type SourceRef = {
  /** The network's name as published. */
  network: string
  /** The page (or information sheet) that describes it. */
  page: string
  /** Who published it: the district or city and its office. */
  publishedBy: string
  /** The address the page gives for the network, when it gives one. */
  url?: string
}

/** Everything one source text says about one district's network, as documents. */
export type DistrictContent = {
  /** Slug of the district, one of the state's (src/plugin/states/, the plugin's `state` option). */
  district: string
  /** Where the text was published. */
  source: SourceRef
  networks: NetworkSeed[]
  principles: PrincipleSeed[]
  targetGroups: TargetGroupSeed[]
  actors: ActorSeed[]
  contacts: ContactSeed[]
  workingGroups: WorkingGroupSeed[]
  goals: GoalSeed[]
  /** Only places the text gives an address for. */
  places: PlaceSeed[]
  /** Only offers the text describes, with a provider it names. */
  offers: OfferSeed[]
}
