import type { Payload, TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { inviteOptions } from '../../src/components/inviteOptions'
import { invitationExpiryHoursFromEnv } from '../../src/lib/mail/invitationExpiry'
import { createDistrict, createUser } from '../helpers/factories'
import { testPayload } from '../helpers/payload'

/**
 * What "Person einladen" above the users list offers whom (the form itself is exercised in
 * tests/e2e/teamWorkflow.e2e.ts): the districts the user may create accounts in, nothing for
 * those who may create none. The server checks every invitation again (tests/api/userManagement).
 */
let payload: Payload
let districtA: { id: number; name: string }
let districtB: { id: number; name: string }

const offered = (user: TypedUser, language: 'de' | 'en' = 'de') => inviteOptions(payload, user, language)

const member = async (district: number, role: string) =>
  (await createUser(payload, { districts: [{ district, roles: [role] }] })) as unknown as TypedUser

beforeAll(async () => {
  payload = await testPayload()
  districtA = await createDistrict(payload)
  districtB = await createDistrict(payload)
})

describe('inviting from the users list', () => {
  it("offers a district admin their own districts only, with the roles in the admin's language", async () => {
    const props = await offered(await member(districtA.id, 'district-admin'))
    expect(props?.districts).toEqual([{ value: String(districtA.id), label: districtA.name }])
    expect(props?.roles.map(({ label }) => label)).toEqual(
      expect.arrayContaining(['Autorin / Autor', 'Redaktion', 'Lesezugriff']),
    )

    // The link's validity, as the invitation mail states it (INVITATION_EXPIRY_HOURS; a week unset).
    expect(props?.expiryHours).toBe(invitationExpiryHoursFromEnv())

    const english = await offered(await member(districtA.id, 'district-admin'), 'en')
    expect(english?.roles.map(({ label }) => label)).toContain('Author')
  })

  it('offers the state admin every district', async () => {
    const admin = (await createUser(payload, { roles: ['admin'] })) as unknown as TypedUser
    const values = (await offered(admin))?.districts.map(({ value }) => value)
    expect(values).toEqual(expect.arrayContaining([String(districtA.id), String(districtB.id)]))
  })

  it('shows nothing to editors, authors and viewers, who may invite nobody', async () => {
    for (const role of ['editor', 'author', 'viewer']) {
      expect(await offered(await member(districtB.id, role))).toBeNull()
    }
  })
})
