import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { myTasks, type Task, type TaskList } from '../endpoints/myTasks'
import { formatDateTime } from '../lib/formatDateTime'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

const TEXT = {
  de: {
    title: 'Meine Aufgaben',
    awaitingReview: 'Warten auf Prüfung',
    changesRequested: 'Änderungen erbeten',
    submitted: 'Von mir eingereicht',
    stale: 'Zu prüfen (lange nicht als geprüft bestätigt)',
    translations: 'Übersetzungen (veröffentlichte Einträge)',
    missing: 'fehlt',
    outdated: 'veraltet',
    brokenLinks: 'Fehlerhafte Links',
    none: 'Nichts zu tun.',
    never: 'nie geprüft',
    more: (n: number) => `und ${n} weitere`,
  },
  en: {
    title: 'My tasks',
    awaitingReview: 'Awaiting review',
    changesRequested: 'Changes requested',
    submitted: 'Submitted by me',
    stale: 'To verify (not confirmed as current for long)',
    translations: 'Translations (published entries)',
    missing: 'missing',
    outdated: 'outdated',
    brokenLinks: 'Broken links',
    none: 'Nothing to do.',
    never: 'never verified',
    more: (n: number) => `and ${n} more`,
  },
}

const List = ({
  list,
  label,
  more,
  name,
  never,
}: {
  list: TaskList
  label: string
  more: (n: number) => string
  name: string
  /** What an entry without a date shows (the stale list: never verified). */
  never?: string
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
              · {task.collection} · {task.at ? formatDateTime(task.at) : (never ?? '')}
            </span>
            {task.comment ? <div className="my-tasks__comment">„{task.comment}“</div> : null}
            {task.url ? (
              <div className="my-tasks__url">
                <code>{task.url}</code> ({task.problem})
              </div>
            ) : null}
          </li>
        ))}
        {list.total > list.docs.length ? <li>{more(list.total - list.docs.length)}</li> : null}
      </ul>
    </section>
  )

/**
 * "Meine Aufgaben" on the dashboard (a server component, read with the user's access): drafts
 * waiting for my review, my drafts sent back or waiting, entries due for a check, broken links,
 * and missing or outdated translations per locale, each entry linking to the document.
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
    ['brokenLinks', tasks.brokenLinks, text.brokenLinks],
  ] as const
  const translations = tasks.missingTranslations
    .map(({ locale, total }) => ({
      locale,
      missing: total,
      outdated: tasks.outdatedTranslations.find((entry) => entry.locale === locale)?.total ?? 0,
    }))
    .filter(({ missing, outdated }) => missing + outdated > 0)
  const empty = lists.every(([, list]) => list.total === 0) && translations.length === 0
  return (
    <div className="my-tasks" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{text.title}</h2>
      {empty ? <p>{text.none}</p> : null}
      {lists.map(([name, list, label]) => (
        <List
          key={name}
          name={name}
          list={list}
          label={label}
          more={text.more}
          never={name === 'stale' ? text.never : undefined}
        />
      ))}
      {translations.length ? (
        <section className="my-tasks__list" data-list="translations">
          <h3 style={{ margin: 'var(--base) 0 calc(var(--base) / 2)' }}>{text.translations}</h3>
          <ul style={{ margin: 0, paddingLeft: 'var(--base)' }}>
            {translations.map(({ locale, missing, outdated }) => (
              <li key={locale} data-locale={locale}>
                {locale.toUpperCase()}:{' '}
                {[
                  missing ? `${missing} ${text.missing}` : null,
                  outdated ? `${outdated} ${text.outdated}` : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
