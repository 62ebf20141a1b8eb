import type * as GraphQL from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { InputError } from '../lib/inputError'
import { postgresDbOf } from '../lib/postgresDb'
import { BadParameter, filtersOf, findOffers } from './findOffers'

/**
 * The GraphQL twin of GET /api/offers/find: `findOffers(…)` with the same filters, checked by
 * the same code (a bad one is an error naming it in `extensions.data.field`), and the same answer as
 * typed objects.
 */
export const findOffersQuery: GraphQLExtension = (graphQL) => {
  const {
    GraphQLBoolean,
    GraphQLFloat,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = graphQL
  const list = (type: GraphQL.GraphQLOutputType) =>
    new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)))
  const object = (name: string, fields: Record<string, GraphQL.GraphQLOutputType>, description?: string) =>
    new GraphQLObjectType({
      name,
      description,
      fields: Object.fromEntries(Object.entries(fields).map(([key, type]) => [key, { type }])),
    })

  const Term = object('FoundOfferTerm', {
    id: new GraphQLNonNull(GraphQLInt),
    slug: GraphQLString,
    name: GraphQLString,
  })
  const TargetGroupTerm = object('FoundOfferTargetGroup', {
    id: new GraphQLNonNull(GraphQLInt),
    slug: GraphQLString,
    name: GraphQLString,
    category: GraphQLString,
  })
  const Place = object('FoundOfferPlace', {
    id: new GraphQLNonNull(GraphQLInt),
    slug: GraphQLString,
    name: GraphQLString,
    address: object('FoundOfferPlaceAddress', {
      addition: GraphQLString,
      street: GraphQLString,
      postalCode: GraphQLString,
      city: GraphQLString,
    }),
    coordinates: object('FoundOfferPlaceCoordinates', { latitude: GraphQLFloat, longitude: GraphQLFloat }),
    distanceKm: GraphQLFloat,
    openNow: new GraphQLNonNull(GraphQLBoolean),
    opensNext: GraphQLString,
    closesAt: GraphQLString,
    byAppointmentOnly: new GraphQLNonNull(GraphQLBoolean),
    hoursNote: GraphQLString,
    exceptionNote: GraphQLString,
    accessibility: object('FoundOfferPlaceAccessibility', {
      stepFreeEntrance: GraphQLString,
      accessibleToilet: GraphQLString,
      lift: GraphQLString,
      hearingLoop: GraphQLString,
      disabledParking: GraphQLString,
    }),
  })
  const Offer = object(
    'FoundOffer',
    {
      id: new GraphQLNonNull(GraphQLInt),
      slug: GraphQLString,
      title: GraphQLString,
      summary: GraphQLString,
      district: object('FoundOfferDistrict', { id: new GraphQLNonNull(GraphQLInt), slug: GraphQLString }),
      offerTypes: list(Term),
      targetGroups: list(TargetGroupTerm),
      fieldsOfAction: list(Term),
      languages: list(GraphQLString),
      provider: Term,
      cost: object('FoundOfferCost', { free: GraphQLBoolean, note: GraphQLString }),
      registration: GraphQLString,
      online: object('FoundOfferOnline', { url: GraphQLString, remote: GraphQLBoolean }),
      eligibility: object('FoundOfferEligibility', { ageFrom: GraphQLInt, ageTo: GraphQLInt }),
      period: object('FoundOfferPeriod', { from: GraphQLString, to: GraphQLString }),
      distanceKm: GraphQLFloat,
      openNow: new GraphQLNonNull(GraphQLBoolean),
      opensNext: GraphQLString,
      places: list(Place),
    },
    'A published offer as GET /api/offers/find answers it.',
  )
  const Result = object('FoundOffers', {
    docs: list(Offer),
    totalDocs: new GraphQLNonNull(GraphQLInt),
    limit: new GraphQLNonNull(GraphQLInt),
    page: new GraphQLNonNull(GraphQLInt),
    totalPages: new GraphQLNonNull(GraphQLInt),
    hasNextPage: new GraphQLNonNull(GraphQLBoolean),
    hasPrevPage: new GraphQLNonNull(GraphQLBoolean),
    at: new GraphQLNonNull(GraphQLString),
  })

  return {
    findOffers: {
      type: new GraphQLNonNull(Result),
      description:
        'Published offers by place, language, target group, type, cost and opening time (as GET /api/offers/find).',
      args: {
        district: { type: GraphQLString, description: 'Slug or id.' },
        near: { type: GraphQLString, description: '"latitude,longitude" in degrees.' },
        radius: { type: GraphQLFloat, description: 'km, with near (default 25, at most 200).' },
        language: { type: GraphQLString, description: 'ISO 639-1 code, or gsg.' },
        targetGroup: { type: GraphQLString, description: 'Category, slug or id.' },
        offerType: { type: GraphQLString, description: 'Slug or id.' },
        field: { type: GraphQLString, description: 'Field of action: slug or id.' },
        free: { type: GraphQLBoolean },
        openAt: {
          type: GraphQLString,
          description: '"now" or a date and time (Berlin time without an offset).',
        },
        q: { type: GraphQLString },
        locale: { type: GraphQLString },
        limit: { type: GraphQLInt },
        page: { type: GraphQLInt },
      },
      resolve: async (_: unknown, args: Record<string, unknown>, context: { req: PayloadRequest }) => {
        const now = new Date()
        // The REST parameters as strings: one reading and one set of checks for both.
        const query = Object.fromEntries(
          Object.entries(args)
            .filter(([, value]) => value !== undefined && value !== null)
            .map(([key, value]) => [key, String(value)]),
        )
        try {
          const db = postgresDbOf(context.req.payload)
          const filters = await filtersOf(query, db, now)
          return (await findOffers(db, filters, now)).result
        } catch (error) {
          // A 400 naming the argument, as Payload answers bad input (logged at info, not as an error).
          if (error instanceof BadParameter) throw new InputError(error.parameter, error.message)
          throw error
        }
      },
    },
  }
}
