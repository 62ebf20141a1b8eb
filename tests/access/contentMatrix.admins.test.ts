import { contentMatrixSuite, SPLIT } from './contentMatrix'

// The role matrix for district content: district admins, a member of two districts, the state admin.
contentMatrixSuite(SPLIT.admins)
