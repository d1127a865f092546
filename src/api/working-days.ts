/**
 * Working days (Monday to Friday) between two instants, counted on the UK calendar: the
 * day something arrived does not count, each weekday after it up to and including `to`
 * does. Bank holidays are not known here, so they count as working days.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = ukDay(from);
  const end = ukDay(to);
  if (end <= start) return 0;
  let count = 0;
  const day = new Date(start);
  while (day < end) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/** Whole calendar days between two instants on the UK calendar. */
export function calendarDaysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((ukDay(to).getTime() - ukDay(from).getTime()) / 86_400_000));
}

const ukDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Midnight UTC of the date the instant falls on in the UK. */
function ukDay(instant: Date): Date {
  return new Date(`${ukDate.format(instant)}T00:00:00Z`);
}
