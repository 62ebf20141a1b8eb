import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { myTasks, STALE_AFTER_MONTHS, type Task, type TaskList } from '../endpoints/myTasks'
import { DATE_TIME_FORMAT } from '../lib/adminFormats'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

const TEXT = {
  de: {
    title: 'Meine Aufgaben',
    awaitingReview: 'Warten auf Prüfung',
    changesRequested: 'Änderungen erbeten',
    submitted: 'Von mir eingereicht',
    stale: `Seit mehr als ${STALE_AFTER_MONTHS} Monaten unverändert`,
    missingTranslations: 'Fehlende Übersetzungen (veröffentlicht)',
    none: 'Nichts zu tun.',
    more: (n: number) => `und ${n} weitere`,
  },
  en: {
    title: 'My tasks',
    awaitingReview: 'Awaiting review',
    changesRequested: 'Changes requested',
    submitted: 'Submitted by me',
    stale: `Unchanged for more than ${STALE_AFTER_MONTHS} months`,
    missingTranslations: 'Missing translations (published)',
    none: 'Nothing to do.',
    more: (n: number) => `and ${n} more`,
  },
}

const two = (n: number) => String(n).padStart(2, '0')
/** DATE_TIME_FORMAT in Berlin time, without a date library in the bundle. */
const shown = (iso: string | null) => {
  if (!iso) return ''
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('de-DE', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map(({ type, value }) => [type, value]),
  )
  return DATE_TIME_FORMAT.replace('dd', two(Number(parts.day)))
    .replace('MM', two(Number(parts.month)))
    .replace('yyyy', String(parts.year))
    .replace('HH', two(Number(parts.hour)))
    .replace('mm', two(Number(parts.minute)))
}

const List = ({
  list,
  label,
  more,
  name,
}: {
  list: TaskList
  label: string
  more: (n: number) => string
  name: string
}) =>
  list.total === 0 ? null : (
    <section className={`my-tasks__list my-tasks__list--${name}`} data-list={name}>
      <h3 style={{ margin: 'var(--base) 0 calc(var(--base) / 2)' }}>
        {label} ({list.total})
      </h3>
      <ul style={{ margin: 0, paddingLeft: 'var(--base)' }}>
        {list.docs.map((task: Task) => (
          <li key={`${task.collection}/${task.id}`}>
            <a href={task.adminUrl}>{task.title}</a>{' '}
            <span style={{ color: 'var(--theme-elevation-500)' }}>
              · {task.collection} · {shown(task.at)}
            </span>
            {task.comment ? <div className="my-tasks__comment">„{task.comment}“</div> : null}
          </li>
        ))}
        {list.total > list.docs.length ? <li>{more(list.total - list.docs.length)}</li> : null}
      </ul>
    </section>
  )

/**
 * "Meine Aufgaben" on the dashboard (a server component, read with the user's access): drafts
 * waiting for my review, my drafts sent back or waiting, entries due for a check, and missing
 * translations, each linking to the document.
 */
export const MyTasks = async ({ payload, user, i18n }: Props) => {
  if (!user) return null
  const text = TEXT[i18n?.language === 'en' ? 'en' : 'de']
  const tasks = await myTasks(payload, user)
  const lists = [
    ['changesRequested', tasks.changesRequested, text.changesRequested],
    ['awaitingReview', tasks.awaitingReview, text.awaitingReview],
    ['submitted', tasks.submitted, text.submitted],
    ['stale', tasks.stale, text.stale],
  ] as const
  const translations = tasks.missingTranslations.filter(({ total }) => total > 0)
  const empty = lists.every(([, list]) => list.total === 0) && translations.length === 0
  return (
    <div className="my-tasks" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{text.title}</h2>
      {empty ? <p>{text.none}</p> : null}
      {lists.map(([name, list, label]) => (
        <List key={name} name={name} list={list} label={label} more={text.more} />
      ))}
      {translations.length ? (
        <section className="my-tasks__list" data-list="missingTranslations">
          <h3 style={{ margin: 'var(--base) 0 calc(var(--base) / 2)' }}>{text.missingTranslations}</h3>
          <p style={{ margin: 0 }}>
            {translations.map(({ locale, total }) => `${locale.toUpperCase()}: ${total}`).join(' · ')}
          </p>
        </section>
      ) : null}
    </div>
  )
}
