/**
 * One rule for what a status or an interest answer message says (session 13's noticed copy): the
 * server's templates and InMemoryApi's by-hand stand-in take their words from src/api/message-words.ts,
 * so the stand-in says what the server's message says, in English and Welsh.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { draft } from '../../server/src/messages/templates.js';
import { feedbackSays, interestSays } from '../../src/api/in-memory-messages.js';

const at = '2026-03-01T10:00:00Z';

it('InMemoryApi’s by-hand stand-in says a feedback status and an interest answer in the server’s words, in English and Welsh', () => {
  for (const language of ['en-GB', 'cy'] as const) {
    for (const status of ['received', 'considering', 'changed', 'not_changed'] as const) {
      const server = draft({ event: 'feedback_status', reference: 'FB-4K7Q', status, at }, language, 'standard');
      assert.equal(feedbackSays('FB-4K7Q', status, language), server.subject, `${language} ${status}`);
    }
    for (const status of ['new', 'contacted', 'joined', 'not_this_time'] as const) {
      const server = draft({ event: 'interest_answer', reference: 'EI-7Q2M', opportunity: 'Carers strategy', status, at }, language, 'standard');
      assert.equal(interestSays('EI-7Q2M', status, language), server.lines[0], `${language} ${status}`);
    }
  }
});
