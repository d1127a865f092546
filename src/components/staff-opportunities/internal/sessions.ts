import type { components } from '../../../api/schema.generated.js';

export type Session = components['schemas']['Session'];

/** One dated session as the form holds it: a UK date and UK wall-clock times, as typed. */
export interface SessionValues {
  date: string;
  start: string;
  end: string;
  label: string;
  venue: string;
  onlineLink: string;
}

export const blankSession = (): SessionValues => ({ date: '', start: '', end: '', label: '', venue: '', onlineLink: '' });

const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A timestamp as the UK date (YYYY-MM-DD) and wall-clock time (HH:MM) it falls on. */
export function ukLocal(value: string | number): { date: string; time: string } {
  const parts = Object.fromEntries(ukParts.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/**
 * The UTC timestamp of a UK date and wall-clock time (GMT or BST), or undefined when the
 * time does not exist that day (the hour the clocks skip in spring) or is not a time.
 */
export function fromUkLocal(date: string, time: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const guess = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(guess)) return undefined;
  // The UK is at UTC or one hour ahead of it: try both and keep the one that reads back.
  for (const offsetHours of [0, 1]) {
    const candidate = guess - offsetHours * 3_600_000;
    const local = ukLocal(candidate);
    if (local.date === date && local.time === time) return new Date(candidate).toISOString();
  }
  return undefined;
}

export function fromSession(session: Session): SessionValues {
  const start = ukLocal(session.start);
  return {
    date: start.date,
    start: start.time,
    end: session.end ? ukLocal(session.end).time : '',
    label: session.label ?? '',
    venue: session.venue ?? '',
    onlineLink: session.onlineLink ?? '',
  };
}

/** The session for the request body; a time that cannot be read is left as typed for the server to refuse. */
export function toSession(values: SessionValues): Session {
  const label = values.label.trim();
  const venue = values.venue.trim();
  const onlineLink = values.onlineLink.trim();
  const end = values.end.trim();
  return {
    start: fromUkLocal(values.date.trim(), values.start.trim()) ?? `${values.date.trim()}T${values.start.trim()}`,
    ...(end ? { end: fromUkLocal(values.date.trim(), end) ?? `${values.date.trim()}T${end}` } : {}),
    ...(label ? { label } : {}),
    ...(venue ? { venue } : {}),
    ...(onlineLink ? { onlineLink } : {}),
  };
}
