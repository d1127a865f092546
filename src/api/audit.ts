/**
 * The audit trail, readable (issue 20), written once for the server and the in-memory adapter:
 * the export's columns and CSV, and which audited operations a person sees as "staff looked
 * at (or changed) your profile".
 */
import { csvFile } from './csv.js';
import type { AuditEvent, ProfileView } from './types.js';

/** The export's columns, always in this order (the contract lists them too). */
export const AUDIT_EXPORT_COLUMNS = ['id', 'at', 'actor', 'action', 'reason', 'subject_ids', 'detail'] as const;

/** The events as the export's CSV, oldest first as given. */
export function auditCsv(events: readonly AuditEvent[]): string {
  const lines = events.map((e) => [e.id, e.at, e.actor, e.action, e.reason, e.subjectIds.join(' '), e.detail ? JSON.stringify(e.detail) : '']);
  return csvFile([[...AUDIT_EXPORT_COLUMNS], ...lines]);
}

/**
 * The operations a person is shown (`listMyProfileViews`): staff opening one profile, and staff
 * correcting or deleting it. A profile among many in a list or search is not shown: the person
 * would see dozens of lines for one search, none of which means someone read their page.
 */
export const PROFILE_VIEW_ACTIONS: Readonly<Record<string, ProfileView['what']>> = {
  getProfile: 'looked',
  getPerson: 'looked',
  // The messages sent to them (GET /messages?profileId=, the staff "who was told"); only that read names the profile.
  listMessages: 'looked',
  // The list of letters and calls to make by hand (their address and what it says), with the profiles of the people in it.
  listMessagesByHand: 'looked',
  updateProfile: 'changed',
  deleteProfile: 'deleted',
};

/** The person's view of one audit event about their profile (no member of staff named). */
export function profileViewOf(event: Pick<AuditEvent, 'at' | 'action' | 'reason'>, profileId: string): ProfileView | undefined {
  const what = PROFILE_VIEW_ACTIONS[event.action];
  return what ? { at: event.at, profileId, what, reason: event.reason } : undefined;
}
