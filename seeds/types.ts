import type {
  Actor,
  Contact,
  FieldsOfAction,
  Goal,
  Network,
  Principle,
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

/** The slug of another seeded document of the same district (or of a field of action). */
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

export type FieldOfActionSeed = SeedOf<FieldsOfAction, 'name', never>

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
  'name' | 'memberships' | 'fieldsOfAction' | 'targetGroups' | 'logo'
> & {
  name: string | Translated
  memberships?: Array<{ network: Ref; role: MembershipRole }>
  fieldsOfAction?: Ref[]
  targetGroups?: Ref[]
}

/** Consent is recorded by the runner from the district's source: these offices publish it themselves. */
export type ContactSeed = SeedOf<
  Contact,
  never,
  'name' | 'actor' | 'networks' | 'photo' | 'publicListing'
> & {
  name: string
  actor?: Ref
  networks?: Ref[]
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
}
