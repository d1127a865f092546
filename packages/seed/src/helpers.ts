/**
 * Date helpers for the seed. Everything is computed from `now` in UTC so the
 * output is the same for the same `now`, whatever the machine's time zone.
 * Session times are written as UK wall-clock times (GMT or BST) and stored in UTC.
 */
import type { Opportunity, Term, Weekday } from './contract.js';

export type Session = NonNullable<Opportunity['when']['sessions']>[number];

const HOUR = 3_600_000;

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Midnight UTC on the day of `now`, plus `days`, at `hour`:`minute` UTC. */
export function daysFrom(now: Date, days: number, hour = 9, minute = 0): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hour, minute, 0, 0);
  return d;
}

/** An ISO 8601 timestamp (UTC, with Z) `days` from the day of `now`. Use negative days for the past. */
export function at(now: Date, days: number, hour = 9, minute = 0): string {
  return daysFrom(now, days, hour, minute).toISOString();
}

/** A YYYY-MM-DD date `days` from the day of `now`. */
export function dateFrom(now: Date, days: number): string {
  return daysFrom(now, days, 12).toISOString().slice(0, 10);
}

/** The last Sunday of a month (0-based) at 01:00 UTC, when UK clocks change. */
function lastSundayAt1am(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  const day = last.getUTCDate() - last.getUTCDay();
  return Date.UTC(year, month, day, 1);
}

/** 1 during British Summer Time, else 0. */
export function ukOffsetHours(time: number): number {
  const year = new Date(time).getUTCFullYear();
  return time >= lastSundayAt1am(year, 2) && time < lastSundayAt1am(year, 9) ? 1 : 0;
}

function parseTime(hhmm: string): [number, number] {
  const [h, m] = hhmm.split(':').map(Number);
  return [h ?? 0, m ?? 0];
}

/** UK wall-clock time on the first `weekday` at least `minDays` after `now`, as a UTC instant. */
export function ukTime(now: Date, minDays: number, weekday: Weekday, hhmm: string): Date {
  const day = daysFrom(now, minDays, 12);
  const target = WEEKDAYS.indexOf(weekday);
  while (day.getUTCDay() !== target) day.setUTCDate(day.getUTCDate() + 1);
  const [h, m] = parseTime(hhmm);
  const local = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h, m);
  return new Date(local - ukOffsetHours(local) * HOUR);
}

/** A session on the first `weekday` at least `minDays` after `now`, from `from` to `to` UK time. */
export function session(
  now: Date,
  minDays: number,
  weekday: Weekday,
  from: string,
  to: string,
  label?: string,
): Session {
  const start = ukTime(now, minDays, weekday, from);
  const end = ukTime(now, minDays, weekday, to);
  // Keep `end` on the same day as `start` (ukTime searches forward independently).
  end.setUTCFullYear(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const s: Session = { start: start.toISOString(), end: end.toISOString() };
  if (label) s.label = label;
  return s;
}

function toUkLocal(iso: string): Date {
  const t = Date.parse(iso);
  return new Date(t + ukOffsetHours(t) * HOUR);
}

/** "10am", "12:30pm". */
function clock(d: Date): string {
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const suffix = h >= 12 ? 'pm' : 'am';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${h12}${suffix}` : `${h12}:${String(m).padStart(2, '0')}${suffix}`;
}

/** "Tuesday 14 May". */
export function dayName(iso: string): string {
  const d = toUkLocal(iso);
  return `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`;
}

/** "3 March 2025" for a timestamp or date. */
export function longDate(isoOrDate: string): string {
  const d = isoOrDate.length === 10 ? new Date(`${isoOrDate}T12:00:00Z`) : toUkLocal(isoOrDate);
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Tuesday 14 May, 10am to 12:30pm". */
export function describeSession(s: Session): string {
  const start = toUkLocal(s.start);
  const time = s.end ? `${clock(start)} to ${clock(toUkLocal(s.end))}` : clock(start);
  return `${dayName(s.start)}, ${time}`;
}

/**
 * One line per session: "Workshop 1: Tuesday 14 May, 10am to 12:30pm". The label leads, not in brackets after
 * the time: a label with its own brackets ("Planning meeting (online)") then never nests them (issue 14).
 */
export function describeSessions(sessions: Session[]): string {
  return sessions
    .map((s) => `${s.label ? `${s.label}: ` : ''}${describeSession(s)}`)
    .join('; ');
}

/** Finds a term by id, or throws (a typo in the seed should fail loudly). */
export function term(terms: Term[], id: string): Term {
  const found = terms.find((t) => t.id === id);
  if (!found) throw new Error(`Seed refers to unknown term "${id}"`);
  return { id: found.id, name: { ...found.name } };
}
