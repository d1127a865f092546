import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CoprodApi } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import type { InMemoryApi } from '../../api/in-memory.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { failingOn, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { byHandActed, CARERS, changedByOthers, showByHand, chooseReason, inviteTwo, poolShown, showTold, startChange, states, suggestionsShown, staffActed, TOLD_BERNIE, toldRowsApi } from './coprod-staff-people.states.js';
import type { CoprodStaffPeople } from './coprod-staff-people.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-people.js';

describeStates(states);

/** The part of what has focus inside the widget (text, never the node: chai describing a node hangs the browser). */
const focusedPart = (element: HTMLElement) => shadow(element).activeElement?.getAttribute('part') ?? `none (${document.activeElement?.tagName ?? ''})`;
const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(api: CoprodApi, opportunityId: string | undefined = CARERS, locale = 'en-GB') {
  const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN} locale=${locale}>
    <coprod-staff-people opportunity-id=${opportunityId ?? ''}></coprod-staff-people>
  </coprod-provider>`);
  return root.querySelector<CoprodStaffPeople>('coprod-staff-people')!;
}

describe('<coprod-staff-people>', () => {
  it('in Welsh, topics with no Welsh name are their English names marked lang="en-GB": the topic filter’s options and each person’s topics (textIn’s rule)', async () => {
    const api = staffApi();
    const taxonomy = api.getTaxonomy.bind(api);
    api.getTaxonomy = async (...args) => {
      const got = await taxonomy(...args);
      got.topics[0]!.name.cy = '';
      return got;
    };
    const topics = (await taxonomy()).topics;
    const element = await render(api, undefined, 'cy');
    const option = await until(() => shadow(element).querySelector<HTMLOptionElement>(`#pool-topic option[value="${topics[0]!.id}"]`), 'the topic filter');
    expect([option.textContent?.trim(), option.getAttribute('lang')], 'no Welsh name: English, marked').to.deep.equal([topics[0]!.name.en, 'en-GB']);
    const welsh = shadow(element).querySelector<HTMLOptionElement>(`#pool-topic option[value="${topics[1]!.id}"]`)!;
    expect([welsh.textContent?.trim(), welsh.getAttribute('lang')], 'a Welsh name, unmarked').to.deep.equal([topics[1]!.name.cy, null]);
    await until(() => shadow(element).querySelector('.facts'), 'a person’s facts');
    const marked = [...shadow(element).querySelectorAll('.facts [lang="en-GB"]')].map((e) => e.textContent?.trim());
    expect(marked, 'a person’s topic with no Welsh name, marked').to.include(topics[0]!.name.en);
  });

  it('who was told over InMemoryApi\'s message log: what staff did is listed; a letter is marked sent by hand once (audited), a second press ignored, and keeps the focus', async () => {
    const api = staffApi();
    await staffActed(api);
    const element = await render(api, undefined);
    await showTold()(element);
    const rows = () => [...shadow(element).querySelectorAll('[part="told"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows()).to.have.length(2);
    expect(rows()[0]).to.match(/^An update on their feedback · .* · Email \(b•••@example\.com\) · Sent$/);
    expect(rows()[1]).to.match(/^An invitation · .* · Email \(b•••@example\.com\) · Sent$/);
    expect(shadow(element).querySelector('[part="told-done"]'), 'nothing to do by hand for email').to.equal(null);

    const sian = await render(api, undefined);
    await showTold('prof-sian')(sian);
    expect(text(sian, '[part="told"]')).to.contain('Letter (by hand) (Flat 3, Heron Court, Riverside, Anytown AT2 5HC) · For staff to send by hand');
    let marks = 0;
    const mark = api.markMessageDone.bind(api);
    Object.defineProperty(api, 'markMessageDone', { value: (...args: Parameters<typeof mark>) => ((marks += 1), mark(...args)) });
    clickOn(sian, '[part="told-done"]');
    clickOn(sian, '[part="told-done"]');
    const done = await until(() => shadow(sian).querySelector('[data-told="done"]'), 'sent by hand');
    expect(marks, 'a second press while marking does nothing').to.equal(1);
    expect(done!.textContent).to.contain('Sent by hand');
    expect(shadow(sian).querySelector('[part="told-done"]')).to.equal(null);
    expect(shadow(sian).activeElement === done, 'the focus stays on the row').to.equal(true);
    expect((await api.listAuditEvents({})).items.some((e) => e.action === 'markMessageDone' && e.subjectIds.length === 1), 'audited').to.equal(true);
  });

  it('messages to send by hand (issue 15): one list of every letter and supporter message waiting, oldest first, with who, what it says and since when; one marked sent (audited) keeps the focus; the read is audited with its reason', async () => {
    const api = staffApi();
    await byHandActed(api);
    const element = await render(api, undefined);
    expect(shadow(element).querySelector('[part="by-hand"]'), 'asked for with a button, not on opening').to.equal(null);
    await showByHand()(element);
    expect(focusedPart(element)).to.equal('by-hand');
    expect(text(element, '[part="by-hand"]')).to.equal('2 messages waiting');
    const cards = (el = element) => [...shadow(el).querySelectorAll<HTMLElement>('[data-by-hand]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(cards()).to.have.length(2);
    expect(cards()[0]).to.match(/^Letter \(by hand\): An invitation To: Flat 3, Heron Court, Riverside, Anytown AT2 5HC Waiting since .+ What it says .+ Mark as sent by hand$/);
    expect(cards()[1]).to.match(/^Through their supporter \(by hand\): A decision on their feedback To: Her son Dafydd, 07700 900456 Waiting since .+ What it says Your feedback [A-Z0-9-]+: we are considering it Mark as sent by hand$/, 'the status in words, as the server’s message says it, never its code (issue 14)');
    const audited = (await api.listAuditEvents({})).items.filter((e) => e.action === 'listMessagesByHand');
    expect(audited.map((e) => e.reason), 'audited with its reason').to.deep.equal(['contact', 'contact']);
    // The two messages, and apart from them (review MUST-FIX 2) the profile of the person the letter
    // goes to, so her "staff looked at your profile" shows it; none for the feedback giver.
    expect(audited.map((e) => e.subjectIds.length).sort()).to.deep.equal([1, 2]);
    expect(audited.find((e) => e.subjectIds.length === 1)?.subjectIds).to.deep.equal(['prof-sian']);
    // A letter keeps its lines (subject, blank line, body) for staff to copy (review SHOULD 7).
    const says = shadow(element).querySelector<HTMLElement>('[part="by-hand-says"]')!;
    expect(getComputedStyle(says).whiteSpace).to.equal('pre-line');
    // …and the easy-read intro its one idea a line.
    expect(getComputedStyle(shadow(element).querySelector('#by-hand-title + p')!).whiteSpace).to.equal('pre-line');

    clickOn(element, '[part="by-hand-done"]');
    const done = await until(() => shadow(element).querySelector('[data-by-hand="done"]'), 'sent by hand');
    expect(done!.textContent).to.contain('Sent by hand');
    expect(shadow(element).activeElement === done, 'the focus stays on the message').to.equal(true);
    expect((await api.listMessagesByHand({ reason: 'contact' })).total, 'off the list').to.equal(1);
    expect((await api.getStaffSummary()).byHand, 'the workspace count').to.deep.equal({ waiting: 1, overdue: 0, respondWithinDays: null });

    // The people role alone: a message about feedback is left out, and not counted (who gave feedback is the feedback team's).
    api.messages.roles = ['staff', 'people'];
    const other = await render(api, undefined);
    await showByHand()(other);
    expect(text(other, '[part="by-hand"]')).to.equal('Nothing is waiting to be sent by hand.');
    expect(cards(other)).to.have.length(0);
    expect(shadow(other).innerHTML).not.to.contain('Dafydd');
    expect(shadow(other).innerHTML).not.to.contain('considering');
    expect((await api.getStaffSummary()).byHand, 'not counted either').to.deep.equal({ waiting: 0, overdue: 0, respondWithinDays: null });
    api.messages.roles = ['staff', 'feedback'];
    expect((await api.getStaffSummary()).byHand, 'no count without the people role').to.equal(null);
    expect(await api.listMessagesByHand({ reason: 'contact' }).then(() => 'listed', (e: ApiError) => e.kind)).to.equal('forbidden');
  });

  it('messages to send by hand page on with "Show more"; the focus goes to the first new one', async () => {
    const api = staffApi();
    await byHandActed(api);
    const paged = Object.assign(Object.create(api) as InMemoryApi, { listMessagesByHand: (q: { reason: 'contact'; cursor?: string }) => api.listMessagesByHand({ ...q, limit: 1 }) });
    const element = await render(paged, undefined);
    await showByHand()(element);
    expect(shadow(element).querySelectorAll('[data-by-hand]')).to.have.length(1);
    clickOn(element, '[part="by-hand-more"]');
    await until(() => shadow(element).querySelectorAll('[data-by-hand]').length === 2, 'the next page');
    expect(shadow(element).activeElement?.textContent).to.contain('Her son Dafydd');
    expect(shadow(element).querySelector('[part="by-hand-more"]'), 'no more').to.equal(null);
  });

  it('who was told, with the people role alone: the feedback item is not named, in the answer or on the panel (review 13)', async () => {
    const api = staffApi();
    await staffActed(api);
    const [feedbackId] = (await api.listMessages({ profileId: 'prof-bernie', reason: 'contact' })).items.filter((m) => m.event === 'feedback_update').map((m) => m.subjectId);
    expect(feedbackId, 'the feedback team sees which item').to.be.a('string');
    api.messages.roles = ['staff', 'people'];
    const items = (await api.listMessages({ profileId: 'prof-bernie', reason: 'contact' })).items;
    expect(items.find((m) => m.event === 'feedback_update')!.subjectId).to.equal(null);
    const element = await render(api, undefined);
    await showTold()(element);
    expect(text(element, '[part="told"]')).to.contain('An update on their feedback');
    expect(shadow(element).innerHTML).not.to.contain(feedbackId!);
  });

  it('who was told (issue 15): an opened profile shows, when asked, every message sent to that person and whether it arrived; the focus goes to the list', async () => {
    const api = toldRowsApi();
    const asked: unknown[] = [];
    const list = api.listMessages!;
    api.listMessages = (query, options) => (asked.push(query), list(query, options));
    const element = await render(api, undefined);
    await showTold()(element);
    expect(asked).to.deep.equal([{ profileId: 'prof-bernie', reason: 'find-people' }], 'asked only when the button is pressed, for that person, with the reason given for looking');
    const items = [...shadow(element).querySelectorAll('[part="told"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'Staff corrected their profile · 16 March 2026 · Email (b•••@example.org) · In the weekly summary: Failed',
      'An invitation · 9 March 2026 · Email (b•••@example.org) · Arrived',
      'A decision on their feedback · 2 March 2026 · Text (••• 123) · Failed Why it failed: The phone number is not in use.',
      'Our answer to their interest · 20 February 2026 · Letter (by hand) (12 Mill Lane, Anytown) · For staff to send by hand Mark as sent by hand',
    ]);
    expect(focusedPart(element)).to.equal('told');

    // An event this version has no word for shows a general word, never its key.
    const later = toldRowsApi();
    later.listMessages = async () => ({ items: [{ ...TOLD_BERNIE[1]!, event: 'something_new' as never }] });
    const newer = await render(later, undefined);
    await showTold()(newer);
    expect(shadow(newer).querySelector('[part="told"] li')!.textContent).to.match(/^\s*A message · /);

    // While the messages load, the button stays where the focus is, and says it is busy.
    let answer!: () => void;
    const slow = toldRowsApi();
    const list2 = slow.listMessages!;
    slow.listMessages = (query, options) => new Promise<void>((resolve) => (answer = resolve)).then(() => list2(query, options));
    const waiting = await render(slow, undefined);
    await poolShown(waiting);
    clickOn(waiting, '[data-person="prof-bernie"] [part="open"]');
    await until(() => shadow(waiting).querySelector('[part="told-show"]'), 'the messages button');
    shadow(waiting).querySelector<HTMLElement>('[part="told-show"]')!.focus();
    clickOn(waiting, '[part="told-show"]');
    await until(() => shadow(waiting).querySelector('[part="told-show"][aria-busy="true"]'), 'the busy button');
    expect(focusedPart(waiting)).to.equal('told-show');
    expect(shadow(waiting).querySelector('[part="told-show"]')!.textContent!.trim()).to.equal('Getting the messages…');
    answer();
    await until(() => shadow(waiting).querySelector('[part="told"]'), 'the messages');
    expect(focusedPart(waiting)).to.equal('told');

    const failing = staffApi();
    Object.defineProperty(failing, 'listMessages', { value: () => Promise.reject(new ApiError('server', 'Failed', { status: 503 })) });
    const welsh = await render(failing, undefined, 'cy');
    await showTold('prof-bernie', '[part="told-error"]')(welsh);
    expect(focusedPart(welsh)).to.equal('told-error');

    // An adapter without "who was told": no button.
    const bare = staffApi();
    Object.defineProperty(bare, 'listMessages', { value: undefined });
    const without = await render(bare, undefined);
    await poolShown(without);
    clickOn(without, '[data-person="prof-bernie"] [part="open"]');
    await until(() => shadow(without).querySelector('[part="person-detail"]'), 'the profile');
    expect(shadow(without).querySelector('[part="told-show"]')).to.equal(null);
  });

  // Session 26's screenshots: "Show the messages we sent them" touched the heading under it, "Correct, delete or erase".
  it('leaves room between "Show the messages we sent them" and the heading under it', async () => {
    const element = await render(toldRowsApi(), undefined);
    await poolShown(element);
    clickOn(element, '[data-person="prof-bernie"] [part="open"]');
    const button = await until(() => shadow(element).querySelector<HTMLElement>('[part="told-show"]'), 'the messages button');
    const next = shadow(element).querySelector('[part="person-changes"] :is(h1, h2, h3, h4, h5, h6, [role="heading"])')!;
    expect(next.textContent!.trim()).to.equal('Correct, delete or erase');
    const gap = next.getBoundingClientRect().top - button.getBoundingClientRect().bottom;
    expect(gap, 'space between the button and the heading, in px').to.be.at.least(10);
  });

  it('suggests Bernie for the carers strategy with reasons in plain words and what to arrange', async () => {
    const element = await render(staffApi());
    await suggestionsShown(element);
    const bernie = text(element, '[part="suggestion"][data-person="prof-bernie"]');
    expect(bernie).to.match(/Cares about [^.]*Carers/i);
    expect(bernie).to.contain('Has not been asked in the last 3 months');
    expect(bernie).to.match(/Needs: Papers sent in advance\. (This opportunity offers it|Not yet arranged)\./);
    // The best fit comes first: the carers strategy is about carers, and Bernie is a carer.
    expect(shadow(element).querySelector('[part="suggestion"]')!.getAttribute('data-person')).to.equal('prof-bernie');
  });

  // Session 20's screenshots: "Topics, skills…" was black text, while every other "show more" is a link.
  it('shows each suggestion’s “Topics, skills…” as a link, as “More filters”', async () => {
    const element = await render(staffApi());
    await suggestionsShown(element);
    const summary = shadow(element).querySelector<HTMLElement>('[part="suggestion"] details > summary')!;
    const probe = document.createElement('span');
    probe.setAttribute('style', 'color: var(--_link)');
    summary.parentElement!.append(probe);
    expect(getComputedStyle(summary).color).to.equal(getComputedStyle(probe).color);
    expect(getComputedStyle(summary).textDecorationLine).to.equal('underline');
    probe.remove();
  });

  it('filters the pool by topic and skill, and the read is recorded with the reason chosen', async () => {
    const api = staffApi();
    const element = await render(api, undefined);
    await poolShown(element);
    const all = shadow(element).querySelectorAll('[part="person"]').length;
    const reason = shadow(element).querySelector<HTMLSelectElement>('#pool-reason')!;
    reason.value = 'person-asked';
    reason.dispatchEvent(new Event('change'));
    const topic = shadow(element).querySelector<HTMLSelectElement>('#pool-topic')!;
    topic.value = 'deaf-sensory-loss';
    topic.dispatchEvent(new Event('change'));
    const skill = shadow(element).querySelector<HTMLInputElement>('#pool-skill')!;
    skill.value = 'bsl';
    skill.dispatchEvent(new InputEvent('input'));
    clickOn(element, '[part="search"]');
    await until(() => shadow(element).querySelectorAll('[part="person"]').length === 1, 'one person left');
    expect(all).to.be.greaterThan(1);
    expect(text(element, '[part="person"]')).to.contain('Tobi');
    expect(api.people.reads.at(-1)).to.deep.equal({ action: 'listPeople', reason: 'person-asked', ids: ['prof-tobi'] });
    clickOn(element, '[part="open"]');
    await until(() => shadow(element).querySelector('[part="person-detail"]'), 'the profile');
    expect(text(element, '[part="person-detail"]')).to.contain('BSL is my language');
    expect(api.people.reads.at(-1)).to.deep.equal({ action: 'getPerson', reason: 'person-asked', ids: ['prof-tobi'] });
  });

  it('"More filters" stays open when a filter is cleared, and the focus stays on the box (review MUST-FIX 3)', async () => {
    const element = await render(staffApi(), undefined);
    await poolShown(element);
    const details = shadow(element).querySelector<HTMLDetailsElement>('details.more-filters')!;
    expect(details.open).to.equal(false);
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.click();
    await toggled;
    const box = shadow(element).querySelector<HTMLInputElement>('#pool-training')!;
    box.focus();
    box.click();
    await element.updateComplete;
    box.click();
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(box.checked).to.equal(false);
    expect(details.open, 'still open').to.equal(true);
    expect(shadow(element).activeElement === box, `the focus is on the box, not ${focusedPart(element)}`).to.equal(true);
  });

  it('invites the people chosen, lists them, and shows who answered', async () => {
    const api: InMemoryApi = staffApi();
    const element = await render(api);
    await inviteTwo(element);
    await until(() => shadow(element).querySelectorAll('[part="invitations"] li').length === 2, 'two invitations');
    expect(text(element, '.row-result')).to.contain('Invited 2 people');
    expect(text(element, '[part="invitations"]')).to.contain('Bernie: Invited, no answer yet');
    // Both now show as invited among the suggestions, with nothing left to tick.
    await until(() => text(element, '[data-person="prof-bernie"]').includes('Already invited'), 'Bernie marked invited');
    const list = await api.listInvitations(CARERS);
    const bernie = list.items.find((i) => i.name === 'Bernie')!;
    const answered = await api.answerInvitation({ token: api.people.tokenFor(bernie.id)!, answer: 'interested' });
    expect(answered.reference).to.match(/^INT-/);
    const again = await render(api);
    await until(() => text(again, '[part="invitations"]').includes('Bernie: Interested'), 'Bernie interested');
    expect(text(again, '[part="invitations"]')).to.contain('Now an expression of interest');
  });

  it('invite again after a network failure: the retry sends the same idempotency key (cannot invite twice)', async () => {
    const api: InMemoryApi = staffApi();
    const keys: (string | undefined)[] = [];
    const invite = api.invitePeople.bind(api);
    const adapter = new Proxy(api, {
      get(target, key, receiver) {
        if (key === 'invitePeople')
          return async (...args: Parameters<InMemoryApi['invitePeople']>) => {
            keys.push(args[2]?.idempotencyKey);
            if (keys.length === 1) throw new ApiError('network', 'offline');
            return invite(...args);
          };
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const element = await render(adapter);
    await inviteTwo(element);
    await until(() => shadow(element).querySelector('[data-form-failure]'), 'the network failure');
    clickOn(element, '[part="invite"]');
    await until(() => text(element, '.row-result').includes('Invited 2 people'), 'invited on the retry');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
  });

  it('says the people role is needed when the server refuses', async () => {
    const element = await render(failingOn(staffApi(), ['listPeople', 'listSuggestions', 'listInvitations'], 'forbidden'));
    await until(() => shadow(element).querySelector('[part="no-role"]'), 'the role message');
    expect(text(element, '[part="no-role"]')).to.contain('needs the people role');
  });

  it('corrects a profile only with a reason, sent with the version it was read at', async () => {
    const api = staffApi();
    const element = await render(api, undefined);
    await startChange(element, 'correct');
    typeInto(element, '#field-name', 'Bernadette');
    clickOn(element, '[part="change-yes"]');
    await until(() => shadow(element).querySelector('#field-reason-error'), 'the reason asked for');
    // The GOV.UK error summary, focused, links to the reason.
    expect(focusedPart(element)).to.equal('error-summary');
    expect(text(element, '[part="change-correct"] [part="error-summary"] a[href="#field-reason"]')).to.equal('Choose why you are making this change');
    expect((await api.getProfile('prof-bernie')).name).to.equal('Bernie', 'nothing saved without a reason');
    chooseReason(element, 'person-asked');
    clickOn(element, '[part="change-yes"]');
    await until(() => text(element, '[part="change-done"]').includes('Bernadette’s profile was corrected'), 'the correction saved');
    await until(() => focusedPart(element) === 'change-done', 'focus on the result, not lost to the page with the form');
    expect((await api.getProfile('prof-bernie')).name).to.equal('Bernadette');
    expect(text(element, '[data-person="prof-bernie"] h4, [data-person="prof-bernie"] [part="person-changes"]')).to.not.contain('Save the correction');
  });

  it('says so when someone else changed the profile since it was opened, keeps what was typed, and loads their change into the rest', async () => {
    const api = staffApi();
    const element = await render(api, undefined);
    await startChange(element, 'correct');
    await changedByOthers(api);
    typeInto(element, '#field-experience', 'Caring for my mum for ten years.');
    chooseReason(element, 'person-asked');
    clickOn(element, '[part="change-yes"]');
    await until(() => shadow(element).querySelector('#change-problem'), 'the conflict');
    expect(text(element, '#change-problem')).to.contain('Someone changed this profile since you opened it');
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-experience')!.value).to.equal('Caring for my mum for ten years.');
    expect((await api.getProfile('prof-bernie')).experience).to.not.equal('Caring for my mum for ten years.');
    clickOn(element, '[part="load-theirs"]');
    await until(() => focusedPart(element) === 'change-loaded', 'their change loaded, and said so');
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-networks')!.value).to.equal('Carers’ café', 'their change shows');
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-experience')!.value).to.equal('Caring for my mum for ten years.', 'what was typed is kept');
    expect(shadow(element).querySelector<HTMLSelectElement>('#field-reason')!.value).to.equal('person-asked');
    clickOn(element, '[part="change-yes"]');
    await until(() => text(element, '[part="change-done"]').includes('profile was corrected'), 'the correction saved over their version');
    const saved = await api.getProfile('prof-bernie');
    expect([saved.experience, saved.networks]).to.deep.equal(['Caring for my mum for ten years.', 'Carers’ café'], 'neither change lost');
  });

  it('shows fields the server refused beside them and in an error summary, worded in Welsh from their codes', async () => {
    const element = await render(staffApi(), undefined, 'cy');
    await startChange(element, 'correct');
    typeInto(element, '#field-importantToMe', '');
    typeInto(element, '#field-name', 'B'.repeat(201));
    chooseReason(element, 'records');
    clickOn(element, '[part="change-yes"]');
    await until(() => shadow(element).querySelector('#field-importantToMe-error'), 'the field error');
    expect(text(element, '#field-importantToMe-error')).to.equal('Atebwch y cwestiwn hwn');
    expect(text(element, '#field-name-error')).to.equal('Defnyddiwch 200 nod neu lai');
    const links = [...shadow(element).querySelectorAll('[part="error-summary"] a')].map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`);
    expect(links).to.deep.equal([`#field-name ${text(element, '#field-name-error')}`, '#field-importantToMe Atebwch y cwestiwn hwn']);
    expect(focusedPart(element)).to.equal('error-summary');
    expect(shadow(element).querySelector('#field-importantToMe')!.getAttribute('aria-describedby')).to.equal('field-importantToMe-error');
  });

  it('deletes a profile after the confirm step, and "No, keep it" changes nothing', async () => {
    const api = staffApi();
    const element = await render(api, undefined);
    await startChange(element, 'delete');
    expect(text(element, '[part="change-delete"]')).to.contain('Delete Bernie’s profile?');
    clickOn(element, '[part="change-no"]');
    await until(() => !shadow(element).querySelector('[part="change-delete"]'), 'the confirm step closed');
    expect((await api.getProfile('prof-bernie')).name).to.equal('Bernie');
    clickOn(element, '[part="delete"]');
    await until(() => shadow(element).querySelector('[part="change-delete"]'), 'the confirm step again');
    chooseReason(element, 'duplicate');
    clickOn(element, '[part="change-yes"]');
    await until(() => text(element, '[part="change-done"]').includes('Bernie’s profile was deleted'), 'the result');
    await until(() => !shadow(element).querySelector('[data-person="prof-bernie"]'), 'Bernie gone from the pool and the suggestions');
    await until(() => focusedPart(element) === 'change-done', 'focus on the result, not lost with her card');
    const gone = await api.getProfile('prof-bernie').then(() => 'still there', (error: { kind?: string }) => error.kind);
    expect(gone).to.equal('not-found');
  });

  it('erases everything the person gave, with a reason, and says what went', async () => {
    const api = staffApi();
    const element = await render(api, undefined);
    await startChange(element, 'erase');
    expect(text(element, '[part="change-erase"]')).to.contain('No message is sent');
    chooseReason(element, 'person-asked');
    clickOn(element, '[part="change-yes"]');
    await until(() => text(element, '[part="change-done"]').startsWith('Everything Bernie gave us was erased'), 'the result');
    await until(() => !shadow(element).querySelector('[data-person="prof-bernie"]'), 'Bernie gone from the pool and the suggestions');
    await until(() => focusedPart(element) === 'change-done', 'focus on the result, not lost with her card');
  });
});

// A co-production lead's look (session 23): at 320 px "Why are you looking?" showed "To find people for an opportunit".
// A control must show the reader's choice whole: every choice of the search form, in every reading, fits its control.
describe('<coprod-staff-people> search form at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  for (const [locale, level] of [['en-GB', 'standard'], ['cy', 'standard'], ['en-GB', 'easy-read'], ['cy', 'easy-read']] as const) {
    it(`shows each choice whole (${locale}, ${level})`, async () => {
      // A council page's text: GOV.UK's 19 px in Arial (the screenshots' page).
      document.body.style.font = '19px Arial, sans-serif';
      try {
        const root = await fixture(html`<coprod-provider .adapter=${staffApi()} token=${STAFF_TOKEN} locale=${locale} reading-level=${level}><coprod-staff-people></coprod-staff-people></coprod-provider>`);
        const element = root.querySelector<CoprodStaffPeople>('coprod-staff-people')!;
        await poolShown(element);
        const form = shadow(element).querySelector<HTMLFormElement>('.pool-form')!;
        form.querySelector('details')!.open = true;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const cut: string[] = [];
        for (const select of form.querySelectorAll('select')) {
          // The width the select would take to show this option whole (its own words, padding and arrow, as the browser
          // draws them), beside the width it has.
          for (const option of select.options) {
            const probe = select.cloneNode(false) as HTMLSelectElement;
            probe.removeAttribute('id');
            probe.append(option.cloneNode(true));
            probe.setAttribute('style', 'width: max-content; max-width: none; display: inline-block');
            select.after(probe);
            if (probe.offsetWidth > select.offsetWidth) cut.push(`${select.id}: ${option.text.trim()}`);
            probe.remove();
          }
        }
        for (const label of form.querySelectorAll<HTMLElement>('label, legend')) if (label.scrollWidth > label.clientWidth + 1) cut.push(`${label.textContent!.trim()} (wider than its box)`);
        expect(cut, 'choices cut short').to.deep.equal([]);
      } finally {
        document.body.style.font = '';
      }
    });
  }
});
