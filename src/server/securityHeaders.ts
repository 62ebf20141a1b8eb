import helmet from 'helmet'

/**
 * Helmet's defaults, with two changes for a headless CMS: media must be embeddable by
 * frontends on other origins (cross-origin resource policy), and the admin's Next
 * runtime needs inline scripts, so no content security policy is set here.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  })
