/** Attendance in the page: staff record and correct it, the person asks about it (issue 16), as the reference server does. */
import type { CallOptions, MeCallOptions, UpdateOptions, WriteOptions } from './api.js';
import type { AttendanceRow, PayBook } from './in-memory-pay-book.js';
import { check, field, invalid, personOf, problem } from './in-memory-pay-support.js';
import { noTimeProblem } from './pay-logic.js';
import { attendanceChangeRules, attendanceQueryRules, attendanceRules } from './rules.js';
import type { Attendance, AttendanceChange, AttendanceInput, ContactPreference, Id } from './types.js';

export class InMemoryAttendance {
  constructor(private readonly book: PayBook) {}

  // Staff

  async listAttendance(opportunityId: Id, options?: CallOptions): Promise<Attendance[]> {
    const { book } = this;
    await book.world.settle(options);
    book.role('attendance', 'finance');
    book.opportunity(opportunityId);
    return book.attendance
      .filter((r) => r.record.opportunityId === opportunityId)
      .sort((a, b) => (a.record.sessionStart < b.record.sessionStart ? -1 : a.record.sessionStart > b.record.sessionStart ? 1 : a.record.name.localeCompare(b.record.name)))
      .map((r) => book.attendanceView(r));
  }

  async recordAttendance(opportunityId: Id, input: AttendanceInput, options?: WriteOptions): Promise<Attendance> {
    const { book } = this;
    await book.world.settle(options);
    book.role('attendance');
    return book.world.once(`recordAttendance:${opportunityId}`, options, input, () => {
      book.opportunity(opportunityId);
      check(attendanceRules, input);
      const noTime = noTimeProblem(input.activityMinutes, input.prepMinutes ?? 0);
      if (noTime) throw invalid([noTime]);
      let name: string;
      let contact: ContactPreference;
      if (input.interestId) {
        const interest = book.world.interest(opportunityId, input.interestId);
        if (!interest) throw invalid([field('interestId', 'not-found', 'There is no expression of interest with that id in this opportunity.')]);
        ({ name, contact } = interest);
      } else if (input.person) ({ name, contact } = input.person);
      else throw invalid([field('interestId', 'required', 'Choose who took part, or add them by hand.')]);
      const person = personOf(contact);
      if (book.attendance.some((r) => r.record.opportunityId === opportunityId && r.person === person && r.record.sessionStart === input.sessionStart)) {
        throw problem('conflict', 409, 'This person is already recorded for this session.');
      }
      const now = book.world.now();
      const row: AttendanceRow = {
        record: {
          id: book.world.newId('att'),
          opportunityId,
          sessionStart: new Date(input.sessionStart).toISOString(),
          interestId: input.interestId ?? null,
          name: name.trim(),
          role: input.role?.trim() || null,
          activityMinutes: input.activityMinutes,
          prepMinutes: input.prepMinutes ?? 0,
          note: input.note?.trim() || null,
          query: null,
          createdAt: now,
          updatedAt: now,
        },
        person,
        recordedBy: book.options.staffSubject,
        revision: 0,
      };
      book.attendance.push(row);
      return book.attendanceView(row);
    });
  }

  async getAttendance(id: Id, options?: CallOptions): Promise<Attendance> {
    const { book } = this;
    await book.world.settle(options);
    book.role('attendance', 'finance');
    return book.attendanceView(book.findAttendance(id));
  }

  async updateAttendance(id: Id, change: AttendanceChange, options?: UpdateOptions): Promise<Attendance> {
    const { book } = this;
    await book.world.settle(options);
    book.role('attendance');
    const row = book.findAttendance(id);
    check(attendanceChangeRules, change);
    if (Object.keys(change).length === 0) throw invalid([field('activityMinutes', 'required', 'Change something.')]);
    book.checkVersion(row.revision, options?.ifMatch);
    const claim = book.claimOf(row.record.id);
    const hours = change.activityMinutes !== undefined || change.prepMinutes !== undefined;
    if (hours && claim && (claim.claim.status === 'approved' || claim.claim.status === 'paid')) throw problem('conflict', 409, 'The hours are in a claim that is approved or paid.');
    const noTime = hours ? noTimeProblem(change.activityMinutes ?? row.record.activityMinutes, change.prepMinutes ?? row.record.prepMinutes) : undefined;
    if (noTime) throw invalid([noTime]);
    if (change.answer !== undefined && !row.record.query) throw invalid([field('answer', 'not-allowed', 'There is no question to answer.')]);
    const r = row.record;
    if (change.activityMinutes !== undefined) r.activityMinutes = change.activityMinutes;
    if (change.prepMinutes !== undefined) r.prepMinutes = change.prepMinutes;
    if (change.role !== undefined) r.role = change.role.trim() || null;
    if (change.note !== undefined) r.note = change.note.trim() || null;
    const now = book.world.now();
    if (change.answer !== undefined && r.query) r.query = { ...r.query, answer: change.answer.trim(), answeredAt: now };
    r.updatedAt = now;
    row.revision += 1;
    return book.attendanceView(row);
  }

  // The person

  async queryMyAttendance(attendanceId: Id, text: string, options: MeCallOptions & WriteOptions): Promise<Attendance> {
    const { book } = this;
    await book.world.settle(options);
    const person = book.me(options.meToken);
    return book.world.once(`queryMyAttendance:${attendanceId}:${person}`, options, { text }, () => {
      const row = book.attendance.find((r) => r.record.id === attendanceId && r.person === person);
      if (!row) throw problem('not-found', 404, 'There is no attendance of yours with that id.');
      check(attendanceQueryRules, { text });
      if (row.record.query && !row.record.query.answer) throw problem('conflict', 409, 'Your last question is still waiting for an answer.');
      const now = book.world.now();
      row.record.query = { text: text.trim(), askedAt: now, answer: null, answeredAt: null };
      row.record.updatedAt = now;
      row.revision += 1;
      return book.attendanceView(row);
    });
  }
}
