import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMessage } from '../src/messages/catalog.js';
import { invitationTemplate } from '../src/messages/templates-invitations.js';
import { signInvitation, verifyInvitation } from '../src/people/invitation-message.js';

const data = {
  event: 'invitation' as const,
  title: "Help write the carers' strategy", titleCy: 'Helpu i ysgrifennu’r strategaeth gofalwyr',
  summary: 'Shape how Anytown supports unpaid carers.', summaryCy: 'Llunio sut mae Unrhywle yn cefnogi gofalwyr di-dâl.',
  easyRead: 'Help us make a plan for carers.',
  when: 'Tuesdays, 10am', whenCy: 'Dydd Mawrth, 10yb', time: '4 meetings', paid: true, author: 'Co-production lead',
  interestedUrl: 'https://council.example/invitation?token=t&answer=interested', notThisTimeUrl: 'https://council.example/invitation?token=t&answer=not_this_time',
  at: '2026-03-01T10:00:00Z',
};
const links = { item: 'https://council.example/me', unsubscribe: 'https://council.example/unsubscribe?token=u' };

test('the invitation says what, when and pay in the person\'s language and reading level, with both one-click answers', () => {
  const en = renderMessage(invitationTemplate.with(data), 'en-GB', 'standard', links);
  assert.equal(en.subject, "You are invited: Help write the carers' strategy");
  assert.match(en.body, /Shape how Anytown supports unpaid carers\.\n\nWhen: Tuesdays, 10am\nTime it takes: 4 meetings\nYou will be paid for your time\./);
  assert.ok(en.body.includes(`Say you are interested (no need to sign in):\n${data.interestedUrl}`));
  assert.ok(en.body.includes(`Not this time:\n${data.notThisTimeUrl}`));
  assert.ok(en.body.includes(links.unsubscribe));
  const cy = renderMessage(invitationTemplate.with(data), 'cy', 'easy-read', links);
  assert.equal(cy.subject, 'Gwahoddiad: Helpu i ysgrifennu’r strategaeth gofalwyr');
  assert.match(cy.body, /Hoffem i chi helpu gyda hyn\./);
  assert.match(cy.body, /Pryd: Dydd Mawrth, 10yb/);
  assert.ok(cy.body.includes(`Rwyf eisiau gwneud hyn:\n${data.interestedUrl}`));
  assert.ok(renderMessage(invitationTemplate.with(data), 'en-GB', 'easy-read', links).body.includes('Help us make a plan for carers.'));
});

test('answer links are signed: a changed id or signature is refused', () => {
  const token = signInvitation('secret', 'inv-1');
  assert.equal(verifyInvitation('secret', token), 'inv-1');
  assert.equal(verifyInvitation('other-secret', token), undefined);
  assert.equal(verifyInvitation('secret', token.replace('inv-1', 'inv-2')), undefined);
  assert.equal(verifyInvitation('secret', 'inv-1'), undefined);
});
