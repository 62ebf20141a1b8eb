const GERMAN = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss' } as const

/**
 * URL slug from a German name: umlauts transliterated the German way (ä → ae, ß → ss),
 * other accents stripped, everything else collapsed to single hyphens.
 */
export const slugify = (value: string): string =>
  value
    .replace(/[äöüßÄÖÜẞ]/g, (ch) => GERMAN[ch as keyof typeof GERMAN])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
