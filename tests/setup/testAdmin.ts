/** The state admin every test database starts with. */
export const TEST_ADMIN = { email: 'landesadmin@test.example.org', password: 'ein-langes-Passwort-2026' }
