import * as migration_20261124_232354_initial from './20261124_232354_initial'
import * as migration_20261125_001823_content_slugs from './20261125_001823_content_slugs'
import * as migration_20261125_004410_auth_hardening from './20261125_004410_auth_hardening'
import * as migration_20261125_004848_media_visibility from './20261125_004848_media_visibility'
import * as migration_20261125_011908_review_requests from './20261125_011908_review_requests'
import * as migration_20261125_043000_search_index from './20261125_043000_search_index'
import * as migration_20261130_193000_sign_in_attempts from './20261130_193000_sign_in_attempts'
import * as migration_20261201_025619_offers_and_places from './20261201_025619_offers_and_places'
import * as migration_20261201_093621_team_workflow from './20261201_093621_team_workflow'
import * as migration_20261201_112914_review_audit_actions from './20261201_112914_review_audit_actions'
import * as migration_20261201_150714_content_currency from './20261201_150714_content_currency'

export const migrations = [
  {
    up: migration_20261124_232354_initial.up,
    down: migration_20261124_232354_initial.down,
    name: '20261124_232354_initial',
  },
  {
    up: migration_20261125_001823_content_slugs.up,
    down: migration_20261125_001823_content_slugs.down,
    name: '20261125_001823_content_slugs',
  },
  {
    up: migration_20261125_004410_auth_hardening.up,
    down: migration_20261125_004410_auth_hardening.down,
    name: '20261125_004410_auth_hardening',
  },
  {
    up: migration_20261125_004848_media_visibility.up,
    down: migration_20261125_004848_media_visibility.down,
    name: '20261125_004848_media_visibility',
  },
  {
    up: migration_20261125_011908_review_requests.up,
    down: migration_20261125_011908_review_requests.down,
    name: '20261125_011908_review_requests',
  },
  {
    up: migration_20261125_043000_search_index.up,
    down: migration_20261125_043000_search_index.down,
    name: '20261125_043000_search_index',
  },
  {
    up: migration_20261130_193000_sign_in_attempts.up,
    down: migration_20261130_193000_sign_in_attempts.down,
    name: '20261130_193000_sign_in_attempts',
  },
  {
    up: migration_20261201_025619_offers_and_places.up,
    down: migration_20261201_025619_offers_and_places.down,
    name: '20261201_025619_offers_and_places',
  },
  {
    up: migration_20261201_093621_team_workflow.up,
    down: migration_20261201_093621_team_workflow.down,
    name: '20261201_093621_team_workflow',
  },
  {
    up: migration_20261201_112914_review_audit_actions.up,
    down: migration_20261201_112914_review_audit_actions.down,
    name: '20261201_112914_review_audit_actions',
  },
  {
    up: migration_20261201_150714_content_currency.up,
    down: migration_20261201_150714_content_currency.down,
    name: '20261201_150714_content_currency',
  },
]
