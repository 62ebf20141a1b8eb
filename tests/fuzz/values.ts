import type { Random } from './random'

/**
 * Hostile values, as byte strings ready to be placed into a path, query or body after the
 * encoding each place needs (see bytes.ts). Each list names what it is for.
 */

/** Numbers out of range for JavaScript, PostgreSQL integer/bigint, or not numbers at all. */
export const NUMBER_ATTACKS = {
  huge: ['99999999999999999999', '1e309', '2147483648', '9223372036854775808', '1' + '0'.repeat(400)],
  negative: ['-5', '-1', '-0', '-99999999999999', '-2147483649'],
  nan: ['abc', 'NaN', '', ' ', 'null', 'undefined', 'true', '[]', '{}'],
  float: ['1.5', '0.0001', '2.9999999999999999', '.5', '1.'],
  exponent: ['1e3', '1E-3', '5e+2', '1e1000'],
  infinity: ['Infinity', '-Infinity', '+Infinity'],
  hex: ['0x10', '0b11', '0o7', '1_000', '١٢', '１２'],
} as const

export type NumberAttack = keyof typeof NUMBER_ATTACKS
export const NUMBER_ATTACK_KINDS = Object.keys(NUMBER_ATTACKS) as NumberAttack[]

/** Percent-escapes that do not decode to UTF-8, or not at all (the review's `%C0`, `%E0%A4%A`, `%`). */
export const INVALID_PERCENT = [
  '%C0',
  '%E0%A4%A',
  '%',
  '%zz',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%E0%80%AF',
  '%%',
  '%2',
]

/** Raw bytes that are not UTF-8 (sent unescaped). */
export const RAW_BYTES = ['\xc0\xaf', '\xff', '\xe0\xa4', '\xed\xa0\x80', '\xfe\xff', '\x80']

/** Identifiers that are not ids: words, injection, unicode digits, escapes. */
export const ID_ATTACKS = {
  word: ['abc', 'null', 'undefined', 'true', 'me', 'count', 'versions'],
  huge: ['99999999999999999999', '2147483648', '9223372036854775808', '1e309'],
  negative: ['-1', '-99999999999'],
  float: ['1.5', '0.1'],
  zero: ['0', '00', '000000001'],
  exponent: ['1e3', '1E2'],
  sql: ["1' OR '1'='1", '1;DROP TABLE users', '1--', "1'--", '1)'],
  unicode: ['١', '１', '①', '𝟙', 'ß', 'ä'],
  whitespace: ['%201', '1%20', '%091', '1%0A', '+1'],
  nul: ['1%00', '%00', '1%00abc'],
  overlong: ['9'.repeat(5000), 'a'.repeat(3000)],
  traversal: ['..%2F..%2Fetc%2Fpasswd', '..%2f', '%2e%2e%2f%2e%2e%2f', '..\\..\\windows', '....//'],
  unknown: ['987654', '424242'],
} as const

export type IdAttack = keyof typeof ID_ATTACKS
export const ID_ATTACK_KINDS = Object.keys(ID_ATTACKS) as IdAttack[]

/** Text values that upset parsers, databases or renderers (already UTF-8 where needed). */
export const STRING_ATTACKS = [
  'a\u0000b',
  '\u0000',
  "O'Brien",
  '"; DROP TABLE networks; --',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '\u202eevil',
  '\ud83d\ude00',
  'Ä'.repeat(50),
  ' ',
  '',
  '\r\n',
  'null',
  '[object Object]',
  '__proto__',
  ':*',
  '!&|<->',
  "'",
]

/** Locale-shaped values that are not locales. */
export const LOCALE_ATTACKS = [
  'xx',
  '*',
  'DE',
  'de-DE',
  'en_US',
  'de,en',
  '__proto__',
  'constructor',
  '..',
  'de%00',
  'a'.repeat(500),
  '%C0',
  'null',
  '',
  'toString',
]

/** Filenames that break naïve handling (for multipart uploads and /file/:filename). */
export const FILENAME_ATTACKS = [
  'a\u0000.png',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  `${'x'.repeat(300)}.png`,
  'ümlaut-تست-файл-😀.png',
  '',
  '.',
  '..',
  '.png',
  'con.png',
  'a/b/c.png',
  'name with spaces and "quotes".png',
  'semi;colon.png',
  '%00.png',
  'file.png%',
  '\u202egnp.exe',
  'a\r\nContent-Type: text/html.png',
]

/** A string of roughly `bytes` length (for overlong values). */
export const overlong = (random: Random, bytes = random.pick([2000, 10_000, 40_000])): string =>
  random.pick(['a', 'ä', '9', '%', '[']).repeat(bytes)

/** JSON nested `levels` deep, as an object or array chain (the review's 5,000 levels). */
export const deepJson = (levels: number, kind: 'object' | 'array' = 'object'): string =>
  kind === 'object'
    ? `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
    : `${'['.repeat(levels)}1${']'.repeat(levels)}`

/** An e-mail address no account has (logins with it never touch a row). */
export const unknownEmail = (random: Random): string => `fuzz-${random.int(0, 1e9)}@unknown.example.invalid`
