/**
 * An iCalendar file (RFC 5545) for an opportunity, built in the browser: one event per
 * session, or an all-day reminder on the closing date when there are no sessions.
 */
import type { Opportunity } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { localised } from '../../../shared/card/plain-words.js';

const CRLF = '\r\n';

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded: CRLF then one space (RFC 5545 3.1), never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function dateValue(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export interface CalendarOptions {
  locale: Locale;
  /** A link back to the opportunity. */
  url?: string;
  /** When the file was made (DTSTAMP). Default: now. */
  now?: Date;
  /** The summary of the closing-date reminder, e.g. "Closing date: …". */
  closingLabel?: (title: string) => string;
}

/** Whether there is anything to put in a calendar. */
export function hasCalendarEvents(opportunity: Opportunity): boolean {
  return (opportunity.when.sessions?.length ?? 0) > 0 || !!opportunity.closingDate;
}

export function calendarFile(opportunity: Opportunity, options: CalendarOptions): string {
  const brief = localised(opportunity, options.locale);
  const stamp = utcStamp(options.now ?? new Date());
  const venue = opportunity.where.venue;
  const location = venue ? [venue.name, venue.address, venue.postcode].filter(Boolean).join(', ') : opportunity.where.modes.includes('online') ? (opportunity.where.onlineDetails ?? '') : '';
  const description = [brief.summary, options.url].filter(Boolean).join('\n\n');
  const common = (): string[] => [
    `DTSTAMP:${stamp}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(options.url ? [`URL:${options.url}`] : []),
  ];
  const events: string[][] = [];
  const sessions = opportunity.when.sessions ?? [];
  sessions.forEach((session, index) => {
    const start = new Date(session.start);
    const end = session.end ? new Date(session.end) : new Date(start.getTime() + 3_600_000);
    const summary = session.label ? `${brief.title}: ${session.label}` : brief.title;
    events.push([`UID:${opportunity.id}-${index + 1}@coprod-widgets`, `DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(end)}`, `SUMMARY:${escapeText(summary)}`, ...common()]);
  });
  if (sessions.length === 0 && opportunity.closingDate) {
    const summary = options.closingLabel ? options.closingLabel(brief.title) : `Closing date: ${brief.title}`;
    events.push([
      `UID:${opportunity.id}-closing@coprod-widgets`,
      `DTSTART;VALUE=DATE:${dateValue(opportunity.closingDate)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(opportunity.closingDate))}`,
      `SUMMARY:${escapeText(summary)}`,
      ...common(),
    ]);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//coprod-widgets//Opportunity//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => ['BEGIN:VEVENT', ...event, 'END:VEVENT']),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name from the title: letters, digits and dashes. */
export function calendarFileName(opportunity: Opportunity): string {
  const slug = opportunity.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || opportunity.id}.ics`;
}
