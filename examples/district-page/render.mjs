#!/usr/bin/env node
/**
 * Renders one district's integration network as a static HTML page, from the public API only
 * (GET /api/districts/:slug/directory). No dependencies: Node 20 or newer.
 *
 *   node examples/district-page/render.mjs saalekreis > saalekreis.html
 *   CMS_URL=https://cms.example.org LOCALE=en node examples/district-page/render.mjs halle-saale
 */
const [slug] = process.argv.slice(2)
const base = process.env.CMS_URL ?? 'http://localhost:3000'
const locale = process.env.LOCALE ?? 'de'

if (!slug) {
  console.error('usage: node examples/district-page/render.mjs <district-slug>   (e.g. saalekreis)')
  process.exit(2)
}

const escape = (value) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch],
  )

/** Plain text of a Lexical rich-text value, paragraph by paragraph. */
const paragraphs = (richText) =>
  (richText?.root?.children ?? []).map((node) =>
    node.type === 'list'
      ? `<ul>${node.children.map((item) => `<li>${escape(item.children.map((t) => t.text).join(''))}</li>`).join('')}</ul>`
      : `<p>${escape((node.children ?? []).map((t) => t.text ?? '').join(''))}</p>`,
  )

const WEEKDAYS = { mo: 'Mo', tu: 'Di', we: 'Mi', th: 'Do', fr: 'Fr', sa: 'Sa', su: 'So' }

const contactHtml = (contact) => {
  const address = contact.address ?? {}
  const hours = contact.officeHours ?? {}
  const lines = [
    `<h3>${escape(contact.name)}</h3>`,
    contact.position ? `<p>${escape(contact.position)}</p>` : '',
    address.street
      ? `<p>${escape(address.street)}, ${escape(address.postalCode)} ${escape(address.city)}</p>`
      : '',
    ...(contact.phones ?? []).map(
      (phone) => `<p>Telefon: <a href="tel:${escape(phone.number)}">${escape(phone.number)}</a></p>`,
    ),
    ...(contact.emails ?? []).map(
      (email) => `<p>E-Mail: <a href="mailto:${escape(email.address)}">${escape(email.address)}</a></p>`,
    ),
    hours.byAppointmentOnly ? '<p>Sprechzeiten: nach Terminvereinbarung</p>' : '',
    ...(hours.slots ?? []).map(
      (slot) => `<p>${WEEKDAYS[slot.day]} ${escape(slot.opens)}–${escape(slot.closes)}</p>`,
    ),
  ]
  return `<section class="contact">${lines.join('')}</section>`
}

const response = await fetch(
  `${base}/api/districts/${encodeURIComponent(slug)}/directory?locale=${encodeURIComponent(locale)}`,
)
if (!response.ok) {
  console.error(`The CMS answered ${response.status}: ${await response.text()}`)
  process.exit(1)
}
const directory = await response.json()
const networkHtml = (network) => {
  const principles = directory.principles.filter((p) => p.network === network.id)
  const networkGoals = directory.goals.filter((g) => g.network === network.id)
  const workingGroups = directory.workingGroups.filter((g) => g.network === network.id)
  return `<article>
  <h2>${escape(network.name)}</h2>
  ${network.summary ? `<p class="summary">${escape(network.summary)}</p>` : ''}
  ${paragraphs(network.description).join('\n  ')}
  ${network.foundedYear ? `<p>Gegründet: ${escape(network.foundedYear)}</p>` : ''}
  ${network.website ? `<p><a href="${escape(network.website)}">${escape(network.website)}</a></p>` : ''}
  ${principles.length ? `<h3>Grundsätze</h3><ul>${principles.map((p) => `<li><strong>${escape(p.title)}</strong></li>`).join('')}</ul>` : ''}
  ${networkGoals.length ? `<h3>Ziele und Aufgaben</h3><ul>${networkGoals.map((g) => `<li>${escape(g.title)}</li>`).join('')}</ul>` : ''}
  ${workingGroups
    .map((group) => {
      const goals = directory.goals.filter((g) => g.workingGroup === group.id)
      return `<section><h3>${escape(group.name)}</h3>${paragraphs(group.profile).join('')}${
        goals.length ? `<ul>${goals.map((g) => `<li>${escape(g.title)}</li>`).join('')}</ul>` : ''
      }</section>`
    })
    .join('\n  ')}
</article>`
}
process.stdout.write(`<!doctype html>
<html lang="${escape(locale)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Integrationsnetzwerk ${escape(directory.district.name)}</title>
  <style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}.contact{border-top:1px solid #ccc}</style>
</head>
<body>
  <h1>Integrationsnetzwerk ${escape(directory.district.name)}</h1>
  ${directory.networks.map(networkHtml).join('\n')}
  ${directory.targetGroups.length ? `<h2>Zielgruppen</h2><ul>${directory.targetGroups.map((t) => `<li>${escape(t.name)}</li>`).join('')}</ul>` : ''}
  ${directory.actors.length ? `<h2>Akteure</h2><ul>${directory.actors.map((a) => `<li>${escape(a.name)}${a.shortName ? ` (${escape(a.shortName)})` : ''}</li>`).join('')}</ul>` : ''}
  ${directory.contacts.length ? `<h2>Kontakt</h2>${directory.contacts.map(contactHtml).join('')}` : ''}
  <footer><p>Stand: ${escape(directory.generatedAt)}</p></footer>
</body>
</html>
`)
