/**
 * The pages the reference server writes itself, checked in a real browser: axe on the whole page (every rule, WCAG 2.2's
 * too: harness.ts assertAxeClean) and the keyboard (from the top of the page, Tab reaches every control in turn, each
 * with a focus you can see; the state that follows is reached by pressing Enter on the button, as a keyboard user would).
 *
 * - The stop page a message's "stop all messages" link opens (server/src/messages/stop-page.ts): asking, stopped,
 *   opened again when already stopped, turned back on; in English and Welsh, standard and easy read.
 * - The answer page an invitation's link opens (server/src/people/answer-page.ts): asking (interested, not this time),
 *   answered (with a reference; on the waiting list), opened again when already answered, closed; English and Welsh.
 * - A link that does not work (either page): it names no one, so it is said in the council's page languages
 *   (PAGE_LANGUAGES=en,cy here: English, then a Welsh section).
 * - The pages an embedded list's card and a board's item link to without JavaScript (server/src/embed/pages.ts).
 *
 * One server on its embedded database, one browser, one tab: the pages are visited in turn. The links are signed as
 * the server signs them (its MESSAGES_SECRET and CONTACT_KEY are set here), for people made through the API.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ContactHasher } from '../../server/src/contacts.js';
import { addressOf } from '../../server/src/messages/preferences.js';
import { signToken } from '../../server/src/messages/tokens.js';
import { signInvitation } from '../../server/src/people/invitation-message.js';
import { assertAxeClean, assertNoProblems, openPage, useServerAndBrowser, WAIT_MS, type OpenPage } from './harness.js';

const MESSAGES_SECRET = 'e2e-server-pages-messages-secret-0123456789';
const CONTACT_KEY = 'e2e-server-pages-contact-key-0123456789';

const e2e = useServerAndBrowser({ env: () => ({ MESSAGES_SECRET, CONTACT_KEY, PAGE_LANGUAGES: 'en,cy' }) });

type Language = 'en-GB' | 'cy';
type Reading = 'standard' | 'easy-read';

/** A profile for `address` that wants invitations about carers, its messages in this language and reading level. */
async function person(address: string, language: Language, readingLevel: Reading): Promise<string> {
  const made = await e2e.server.json<{ profile: { id: string } }>('/profiles', {
    method: 'POST',
    headers: { 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      name: 'Rhi',
      importantToMe: 'Being listened to.',
      experience: 'Caring for my dad.',
      consent: true,
      contact: { method: 'email', detail: address },
      topics: ['carers'],
      messages: { channel: 'email', language, readingLevel, frequency: 'each_time' },
    }),
  });
  return made.profile.id;
}

/** The token a message's "stop all messages" link carries for `address` (server/src/messages/links.ts). */
const stopToken = (address: string) => signToken(MESSAGES_SECRET, 'unsubscribe', addressOf({ method: 'email', detail: address }, { hasher: new ContactHasher(CONTACT_KEY) }).personKey);

interface Control {
  name: string;
  /** Matches :focus-visible and draws an outline or a shadow. */
  focusSeen: boolean;
}

// Strings, not functions: tsx would add a helper the page does not have to a nested function.
const DESCRIBE = `(element) => (element.localName + ' "' + (element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 60) + '"')`;
const CONTROLS = `(() => {
  const describe = ${DESCRIBE};
  // Every control, whether or not Tab can reach it (a button taken out of the order is one Tab cannot reach), and
  // anything else put in the order.
  return Array.from(document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]'))
    .filter((element) => !element.disabled && element.getClientRects().length > 0 && (element.tabIndex >= 0 || !element.matches('[tabindex]:not(a, button, input, select, textarea, summary)')))
    .map(describe);
})()`;
const FOCUSED = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return null;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none';
  return { name: (${DESCRIBE})(element), focusSeen: element.matches(':focus-visible') && (outline || shadow) };
})()`;

/**
 * From the top of the page, Tab reaches every control in document order, each with a focus you can see. Returns the
 * controls in the order reached; the focus stays on the last (Tab once more would leave the page, and in a headless
 * browser the next Tab does not come back into it).
 */
async function tabThrough(page: Page, what: string): Promise<string[]> {
  const controls = (await page.evaluate(CONTROLS)) as string[];
  const reached: Control[] = [];
  for (let press = 0; press < controls.length; press += 1) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(FOCUSED)) as Control | null;
    if (!focused || reached.some((control) => control.name === focused.name)) break;
    reached.push(focused);
  }
  assert.deepEqual(reached.map((control) => control.name), controls, `${what}: Tab reaches every control, in order`);
  const unseen = reached.filter((control) => !control.focusSeen).map((control) => control.name);
  assert.deepEqual(unseen, [], `${what}: every control shows where the focus is`);
  return controls;
}

/** The page now shown is axe-clean, in `lang`, with this h1; Tab reaches `buttons` (and only those), each focus seen. */
async function check(open: OpenPage, what: string, expected: { lang: Language; h1: string | RegExp; buttons: string[] }): Promise<void> {
  const { page } = open;
  await page.waitForLoadState('load');
  assert.equal(await page.getAttribute('html', 'lang'), expected.lang, `${what}: the page's language`);
  const h1 = (await page.locator('h1').textContent())?.trim() ?? '';
  if (typeof expected.h1 === 'string') assert.equal(h1, expected.h1, `${what}: its heading`);
  else assert.match(h1, expected.h1, `${what}: its heading`);
  await assertAxeClean(page, what);
  const controls = await tabThrough(page, what);
  assert.deepEqual(controls, expected.buttons.map((label) => `button "${label}"`), `${what}: its controls`);
}

/** Enter on the page's one button, which {@link check} tabbed to (a keyboard user's way to the next state): waits for the page it posts to. */
async function pressTheButton(page: Page): Promise<void> {
  assert.equal(await page.evaluate('window.__before = true; document.activeElement.localName'), 'button', 'the focus is on the button');
  await page.keyboard.press('Enter');
  // Not waitInPage: an evaluate made while the page is leaving fails, and that is only "not yet".
  const until = Date.now() + WAIT_MS;
  while (!(await page.evaluate("window.__before === undefined && document.readyState === 'complete'").catch(() => false))) {
    if (Date.now() > until) throw new Error(`The page the button posts to did not load within ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const STOP = {
  'en-GB/standard': { asked: 'Stop messages to this address?', stopped: 'You will not get any more messages', on: 'Your messages are back on', stop: 'Stop all messages', turnOn: 'Turn messages back on' },
  'cy/standard': { asked: 'Atal negeseuon i’r cyfeiriad hwn?', stopped: 'Ni fyddwch yn cael rhagor o negeseuon', on: 'Mae eich negeseuon ymlaen eto', stop: 'Atal pob neges', turnOn: 'Troi negeseuon yn ôl ymlaen' },
  'en-GB/easy-read': { asked: 'Stop our messages?', stopped: 'We have stopped our messages', on: 'Your messages are back on', stop: 'Stop all messages', turnOn: 'Turn messages back on' },
  'cy/easy-read': { asked: 'Atal ein negeseuon?', stopped: 'Rydyn ni wedi atal ein negeseuon', on: 'Mae eich negeseuon ymlaen eto', stop: 'Atal pob neges', turnOn: 'Troi negeseuon yn ôl ymlaen' },
} as const;

const ANSWER = {
  'en-GB': { interested: 'Yes, I am interested', notThisTime: 'Not this time', thanks: 'Thank you: we have your interest', told: 'Thank you for telling us', closed: 'This opportunity has closed' },
  cy: { interested: 'Oes, mae gen i ddiddordeb', notThisTime: 'Dim y tro hwn', thanks: 'Diolch: mae eich diddordeb gennym', told: 'Diolch am ddweud wrthym', closed: 'Mae’r cyfle hwn wedi cau' },
} as const;

describe('the pages the server writes itself: axe and the keyboard', () => {
  test('the stop page in each reading (asking, stopped, stopped already, back on), a stop link that does not work, the answer page in each state, and the no-script item pages', async () => {
    const run = randomUUID().slice(0, 8);
    // Every person first (the pages only read them), then one tab visits every page in turn.
    const readers = await Promise.all(
      (Object.keys(STOP) as (keyof typeof STOP)[]).map(async (reading) => {
        const [language, readingLevel] = reading.split('/') as [Language, Reading];
        const address = `stop.${language}.${readingLevel}.${run}@example.org`;
        await person(address, language, readingLevel);
        return { reading, language, address };
      }),
    );

    // An opportunity of its own (open, for carers) and the people invited to it: English and Welsh.
    const staff = { staff: true } as const;
    const [organisation] = (await e2e.server.json<{ organisations: { id: string }[] }>('/taxonomy')).organisations;
    const brief = {
      title: 'Carers’ breaks: what would help',
      summary: 'Tell us what would make a break possible for you.',
      description: 'One online meeting.',
      experienceNeeded: 'You look after someone.',
      timeCommitment: { summary: '1 meeting of 2 hours' },
      when: { summary: 'A Tuesday in June' },
      where: { modes: ['online'] },
      howToGetInvolved: 'Say you are interested and we will ring you.',
      closingDate: '2031-04-20',
      topics: ['carers'],
      organisationId: organisation!.id,
      accessibility: ['captions'],
      payment: { type: 'paid', amountPence: 2000, unit: 'hour', expensesCovered: ['travel'] },
      places: 4,
      status: 'open',
      translations: { cy: { title: 'Seibiannau gofalwyr: beth fyddai’n helpu' } },
    };
    const opportunity = await e2e.server.json<{ id: string; title: string }>('/opportunities', { ...staff, method: 'POST', headers: { 'idempotency-key': randomUUID() }, body: JSON.stringify(brief) });
    const invitees = {
      enYes: await person(`answer.en.yes.${run}@example.org`, 'en-GB', 'standard'),
      cyNo: await person(`answer.cy.no.${run}@example.org`, 'cy', 'standard'),
      cyWaiting: await person(`answer.cy.waiting.${run}@example.org`, 'cy', 'standard'),
      enClosed: await person(`answer.en.closed.${run}@example.org`, 'en-GB', 'standard'),
      cyClosed: await person(`answer.cy.closed.${run}@example.org`, 'cy', 'standard'),
    };
    const invited = await e2e.server.json<{ invited: { id: string; profileId: string }[]; skipped: unknown[] }>(`/opportunities/${opportunity.id}/invitations`, {
      ...staff,
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
      body: JSON.stringify({ profileIds: Object.values(invitees) }),
    });
    assert.deepEqual(invited.skipped, [], 'everyone is invited');
    const answerLink = (profileId: string, answer: 'interested' | 'not_this_time') =>
      `/invitation?token=${encodeURIComponent(signInvitation(MESSAGES_SECRET, invited.invited.find((i) => i.profileId === profileId)!.id))}&answer=${answer}`;
    const setStatus = async (status: 'filled' | 'closed') => {
      const etag = (await e2e.server.api(`/opportunities/${opportunity.id}`, staff)).headers.get('etag')!;
      const put = await e2e.server.api(`/opportunities/${opportunity.id}`, { ...staff, method: 'PUT', headers: { 'if-match': etag }, body: JSON.stringify({ ...brief, status }) });
      assert.equal(put.status, 200, await put.text());
    };

    const [listed] = (await e2e.server.json<{ items: { id: string }[] }>('/opportunities?limit=1&sort=closing')).items;
    const [item] = (await e2e.server.json<{ items: { id: string; reference: string }[] }>('/feedback?limit=1')).items;
    assert.ok(listed && item, 'the seed has an opportunity and a published feedback item');
    const shown = await e2e.server.json<{ title: string; closingDate?: string | null; translations?: { cy?: { title?: string } } }>(`/opportunities/${encodeURIComponent(listed.id)}`);
    assert.ok(shown.closingDate, 'the opportunity that closes first has a closing date');
    /** Its closing date as the widgets write it ("14 December 2026", "14 Rhagfyr 2026"; the day held to its month). */
    const closingWords = (lang: 'en' | 'cy') => {
      const [year, month, day] = shown.closingDate!.split('-').map(Number) as [number, number, number];
      const months = lang === 'cy' ? 'Ionawr,Chwefror,Mawrth,Ebrill,Mai,Mehefin,Gorffennaf,Awst,Medi,Hydref,Tachwedd,Rhagfyr' : 'January,February,March,April,May,June,July,August,September,October,November,December';
      return `${day}\u00a0${months.split(',')[month - 1]} ${year}`;
    };

    const url = (path: string) => `${e2e.server.url}${path}`;
    const open = await openPage(e2e.browser, url('/unsubscribe?token=not-a-real-token'));
    const { page } = open;
    const visit = (path: string) => page.goto(url(path));
    try {
      await check(open, 'a stop link that does not work (English, then Welsh)', { lang: 'en-GB', h1: 'This link does not work', buttons: [] });
      assert.equal(await page.locator('section[lang="cy"] h2').textContent(), 'Nid yw’r ddolen hon yn gweithio');

      for (const { reading, address } of readers) {
        const words = STOP[reading];
        const lang = reading.startsWith('cy') ? 'cy' : 'en-GB';
        const proof = `token=${encodeURIComponent(stopToken(address))}`;
        await visit(`/unsubscribe?${proof}`);
        await check(open, `stop page, ${reading}, asking`, { lang, h1: words.asked, buttons: [words.stop] });
        await pressTheButton(page);
        await check(open, `stop page, ${reading}, stopped`, { lang, h1: words.stopped, buttons: [words.turnOn] });
        await visit(`/unsubscribe?${proof}`);
        await check(open, `stop page, ${reading}, opened again when stopped already`, { lang, h1: words.stopped, buttons: [words.turnOn] });
        await pressTheButton(page);
        await check(open, `stop page, ${reading}, back on`, { lang, h1: words.on, buttons: [words.stop] });
      }

      await visit('/invitation?token=not-a-real-token&answer=interested');
      await check(open, 'an invitation link that does not work (English, then Welsh)', { lang: 'en-GB', h1: 'This invitation link does not work', buttons: [] });

      await visit(answerLink(invitees.enYes, 'interested'));
      await check(open, 'answer page, English, asking "interested"', { lang: 'en-GB', h1: `Say you are interested in “${opportunity.title}”?`, buttons: [ANSWER['en-GB'].interested] });
      await pressTheButton(page);
      await check(open, 'answer page, English, interested (with a reference)', { lang: 'en-GB', h1: ANSWER['en-GB'].thanks, buttons: [] });
      assert.match(await page.locator('main').textContent() ?? '', /Your reference is /);
      await visit(answerLink(invitees.enYes, 'interested'));
      await check(open, 'answer page, English, opened again when answered already', { lang: 'en-GB', h1: ANSWER['en-GB'].thanks, buttons: [] });

      await visit(answerLink(invitees.cyNo, 'not_this_time'));
      await check(open, 'answer page, Welsh, asking "not this time"', { lang: 'cy', h1: /^Dweud “dim y tro hwn” i “Seibiannau gofalwyr/, buttons: [ANSWER.cy.notThisTime] });
      await pressTheButton(page);
      await check(open, 'answer page, Welsh, not this time', { lang: 'cy', h1: ANSWER.cy.told, buttons: [] });
      await visit(answerLink(invitees.cyNo, 'not_this_time'));
      await check(open, 'answer page, Welsh, opened again when answered already', { lang: 'cy', h1: ANSWER.cy.told, buttons: [] });

      await setStatus('filled');
      await visit(answerLink(invitees.cyWaiting, 'interested'));
      await check(open, 'answer page, Welsh, asking "interested"', { lang: 'cy', h1: /^Dweud bod gennych ddiddordeb yn “Seibiannau gofalwyr/, buttons: [ANSWER.cy.interested] });
      await pressTheButton(page);
      await check(open, 'answer page, Welsh, interested (on the waiting list)', { lang: 'cy', h1: ANSWER.cy.thanks, buttons: [] });
      assert.match(await page.locator('main').textContent() ?? '', /rhestr aros/);

      await setStatus('closed');
      await visit(answerLink(invitees.enClosed, 'interested'));
      await check(open, 'answer page, English, closed', { lang: 'en-GB', h1: ANSWER['en-GB'].closed, buttons: [] });
      await visit(answerLink(invitees.cyClosed, 'interested'));
      await check(open, 'answer page, Welsh, closed', { lang: 'cy', h1: ANSWER.cy.closed, buttons: [] });

      for (const lang of ['en', 'cy'] as const) {
        await visit(`/embed/opportunity?opportunity=${encodeURIComponent(listed.id)}&lang=${lang}`);
        const title = (lang === 'cy' && shown.translations?.cy?.title) || shown.title;
        await check(open, `the no-script opportunity page (${lang})`, { lang: lang === 'cy' ? 'cy' : 'en-GB', h1: title, buttons: [] });
        const closing = page.locator('dd time');
        assert.equal(await closing.getAttribute('datetime'), shown.closingDate, `the no-script opportunity page (${lang}): the closing date's <time>`);
        assert.equal(await closing.textContent(), closingWords(lang), `the no-script opportunity page (${lang}): the closing date in words`);
        await visit(`/embed/opportunity?opportunity=${encodeURIComponent(listed.id)}&lang=${lang}&reading-level=easy-read`);
        assert.equal(await page.locator('dt', { has: page.locator('xpath=following-sibling::dd[1]/time') }).textContent(), lang === 'cy' ? 'Diwrnod olaf i ddweud ie' : 'Last day to say yes', `easy read (${lang})`);
        await visit(`/embed/feedback?feedback=${encodeURIComponent(item.id)}&lang=${lang}`);
        await check(open, `the no-script feedback page (${lang})`, { lang: lang === 'cy' ? 'cy' : 'en-GB', h1: lang === 'cy' ? `Adborth ${item.reference}` : `Feedback ${item.reference}`, buttons: [] });
      }
      // Meant, and logged by the browser as errors: a link that does not work answers 400 or 404, a closed
      // opportunity 410, and the server has no /favicon.ico. Anything else (a script error, a CSP violation) fails.
      const meant = /^Failed to load resource: the server responded with a status of (400|404|410) .*\((.*\/(unsubscribe|invitation)\?token=.*|.*\/favicon\.ico)\)$/;
      open.problems.consoleErrors = open.problems.consoleErrors.filter((text) => !meant.test(text));
      await assertNoProblems(open, 'the server’s own pages');
    } finally {
      await open.close();
    }
  });
});
