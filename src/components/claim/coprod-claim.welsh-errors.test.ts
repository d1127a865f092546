import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { payApi, ROSA } from '../../../test/helpers/pay-fixtures.js';
import { addExpense, chooseReceipt, fillAndSend, openQuery } from './coprod-claim.states.js';
import type { CoprodClaim } from './coprod-claim.component.js';
import './coprod-claim.js';

/**
 * Issue 11: a Welsh reader whose claim the server refuses (a 422 naming the sessions chosen, with
 * the server's English words) reads the refusal in Welsh, worded from its code.
 */
const ENGLISH = 'These sessions are already in a claim.';

/** The adapter, except that the server refuses the claim's sessions (a 422 naming attendanceIds, with English words). */
const refusingClaim = (api: CoprodApi): CoprodApi =>
  new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key === 'createClaim') return async () => Promise.reject(invalid([field('attendanceIds', 'not-allowed', ENGLISH)]));
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<coprod-claim>: the server’s refusal of a claim, in Welsh (issue 11)', () => {
  it('the claim form: sessions the server refuses are worded in Welsh, not the server’s English', async () => {
    sessionStorage.clear();
    const element = await fixture<CoprodClaim>(html`<coprod-claim id="claim" locale="cy" .adapter=${refusingClaim(payApi('attended').api)} .meToken=${ROSA}></coprod-claim>`);
    await fillAndSend(element);
    const welsh = 'Does dim modd gwneud hyn ar hyn o bryd';
    await until(() => text(element, 'form[part="form"] .error-summary').includes(welsh), `"${welsh}" in the claim form's summary`);
    expect(shadow(element).querySelector('form[part="form"] .has-error #field-attendanceIds'), 'the error at the sessions').to.not.equal(null);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain(ENGLISH);
    expect(shadow(element).querySelector('form[part="form"] [data-form-failure]'), 'a field problem, not a general failure').to.equal(null);
  });

  it('the receipt: a file the server refuses as too big is worded in Welsh at the control and in the form’s summary (focused); a good file clears it, and the claim is kept', async () => {
    sessionStorage.clear();
    const TOO_BIG = 'The receipt is too large.';
    let uploads = 0;
    const api = payApi('attended').api;
    const refusing = new Proxy(api, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        // The first upload is refused as the server does (413, the receipt's code, English words); the next goes through.
        if (key === 'uploadReceipt')
          return async (...args: Parameters<NonNullable<CoprodApi['uploadReceipt']>>) =>
            uploads++ === 0
              ? Promise.reject(new ApiError('validation', TOO_BIG, { status: 413, problem: { type: 'about:blank', title: TOO_BIG, status: 413, detail: TOO_BIG, errors: [field('receipt', 'too-big', TOO_BIG)] } }))
              : target.uploadReceipt!(...args);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const element = await fixture<CoprodClaim>(html`<coprod-claim id="claim" locale="cy" .adapter=${refusing} .meToken=${ROSA}></coprod-claim>`);
    await addExpense(element);
    typeInto(element, '#field-note', 'Des i mewn car.');
    const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'bws.jpg', { type: 'image/jpeg' });
    await chooseReceipt(element, photo());
    const welsh = 'Gall derbynneb fod hyd at 10 MB';
    await until(() => text(element, 'form[part="form"] .error-summary').includes(welsh), `"${welsh}" in the claim form's summary`);
    expect(text(element, '.has-error #field-expenses-0-receipt-error'), 'at the receipt control').to.contain(welsh);
    expect(shadow(element).querySelector('form[part="form"] .error-summary a[href="#field-expenses-0-receipt"]'), 'the summary links to the control').to.not.equal(null);
    expect(shadow(element).activeElement?.classList.contains('error-summary'), 'the summary has focus').to.equal(true);
    expect(shadow(element).querySelector('#field-expenses-0-receipt')?.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(element).textContent, 'the server’s English').to.not.contain(TOO_BIG);
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-note')!.value, 'the claim kept').to.equal('Des i mewn car.');
    await chooseReceipt(element, photo());
    await until(() => shadow(element).querySelector('[data-receipt]'), 'the attached receipt');
    expect(shadow(element).querySelector('form[part="form"] .error-summary'), 'no summary once a good file is chosen').to.equal(null);
    expect(text(element, '[data-expense]'), 'nor at the control').to.not.contain(welsh);
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-note')!.value).to.equal('Des i mewn car.');
  });

  it('the answer to a staff question: a refusal by field is worded in Welsh at the box and in its own summary (focused, linked); a failure is a Welsh alert; what was typed stays and a retry of the same answer is the same attempt', async () => {
    sessionStorage.clear();
    const TOO_LONG = 'The answer is too long.';
    const keys: string[] = [];
    const api = payApi('queried').api;
    const refusing = new Proxy(api, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        // The first answer is refused as the server does (422 naming `text`, English words), the second is lost on the way; the third goes through.
        if (key === 'answerClaimQuery')
          return async (...args: Parameters<NonNullable<CoprodApi['answerClaimQuery']>>) => {
            keys.push(args[2].idempotencyKey ?? '');
            if (keys.length === 1) throw invalid([field('text', 'too-long', TOO_LONG)]);
            if (keys.length === 2) throw new ApiError('network', 'Failed to fetch');
            return target.answerClaimQuery!(...args);
          };
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const element = await fixture<CoprodClaim>(html`<coprod-claim id="claim" locale="cy" .adapter=${refusing} .meToken=${ROSA}></coprod-claim>`);
    await until(() => shadow(element).querySelector('form.answer textarea'), 'the answer box');
    const box = () => shadow(element).querySelector<HTMLTextAreaElement>('form.answer textarea')!;
    const send = () => shadow(element).querySelector<HTMLButtonElement>('form.answer button[type="submit"]')!.click();

    // Nothing typed: asked in Welsh, in the box's own summary, which takes focus and links to the box.
    send();
    await until(() => text(element, 'form.answer .error-summary').includes('Ysgrifennwch eich ateb'), 'the Welsh "write your answer" in the summary');
    expect(keys, 'nothing sent').to.have.length(0);
    expect(shadow(element).activeElement?.closest('form.answer .error-summary'), 'the summary has focus').to.not.equal(null);
    const link = shadow(element).querySelector<HTMLAnchorElement>('form.answer .error-summary a')!;
    expect(link.getAttribute('href')).to.equal(`#${box().id}`);
    expect(box().getAttribute('aria-invalid')).to.equal('true');

    // The server refuses the field by its code: Welsh words from the code, at the box and in the summary, never the English.
    typeInto(element, `#${box().id}`, 'Do, 4 awr.');
    await until(() => !shadow(element).querySelector('form.answer .error-summary'), 'the error gone once answered');
    send();
    const welsh = 'Defnyddiwch 2,000 nod neu lai';
    await until(() => text(element, 'form.answer .error-summary').includes(welsh), `"${welsh}" in the answer's summary`);
    expect(text(element, 'form.answer .has-error'), 'at the box').to.contain(welsh);
    expect(shadow(element).activeElement?.closest('form.answer .error-summary'), 'the summary has focus').to.not.equal(null);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain(TOO_LONG);
    expect(shadow(element).querySelector('form.answer [data-form-failure]'), 'a field problem, not a general failure').to.equal(null);
    expect(box().value, 'what was typed is kept').to.equal('Do, 4 awr.');
    const summaryTitle = shadow(element).querySelector('form.answer .error-summary [id$="-summary-title"]');
    expect(summaryTitle?.id, 'a title id of its own, not the claim form’s').to.match(/^answer-.+-summary-title$/);

    // Changed and sent again: lost on the way, said in Welsh in a focused alert, the answer kept.
    typeInto(element, `#${box().id}`, 'Do, 4 awr. Byddaf yn ei bostio.');
    send();
    await until(() => shadow(element).querySelector('form.answer [data-form-failure]'), 'the failure');
    const failure = text(element, 'form.answer [data-form-failure]');
    expect(failure).to.contain('Nid oeddem yn gallu cysylltu â’r gwasanaeth');
    expect(failure).to.not.contain('Failed to fetch');
    await until(() => shadow(element).activeElement?.hasAttribute('data-form-failure'), 'focus on the failure');
    expect(box().value).to.equal('Do, 4 awr. Byddaf yn ei bostio.');
    expect(keys[1], 'a changed answer is a new attempt').to.not.equal(keys[0]);

    // The same answer again: the same attempt (one idempotency key), and it is sent.
    send();
    await until(() => text(element, '[data-status="queried"], [data-status="submitted"]').includes('Mae eich ateb wedi’i anfon'), 'the answer sent');
    expect(keys).to.have.length(3);
    expect(keys[2], 'the retry is the same attempt').to.equal(keys[1]);
  });

  it('"Something wrong? Tell us": nothing typed, or a refusal by field, is worded in Welsh at the box and in its own summary (focused, linked); a failure is a focused Welsh alert; what was typed stays, through a cancel too; a retry of the same words is the same attempt (session 18, prefs)', async () => {
    sessionStorage.clear();
    const TOO_LONG = 'The text is too long.';
    const keys: string[] = [];
    const api = payApi('attended').api;
    const refusing = new Proxy(api, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        // The first question is refused as the server does (422 naming `text`, English words), the second is lost on the way; the third goes through.
        if (key === 'queryMyAttendance')
          return async (...args: Parameters<NonNullable<CoprodApi['queryMyAttendance']>>) => {
            keys.push(args[2].idempotencyKey ?? '');
            if (keys.length === 1) throw invalid([field('text', 'too-long', TOO_LONG)]);
            if (keys.length === 2) throw new ApiError('network', 'Failed to fetch');
            return target.queryMyAttendance!(...args);
          };
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const element = await fixture<CoprodClaim>(html`<coprod-claim id="claim" locale="cy" .adapter=${refusing} .meToken=${ROSA}></coprod-claim>`);
    await openQuery(element);
    const box = () => shadow(element).querySelector<HTMLTextAreaElement>('form.query textarea')!;
    const send = () => shadow(element).querySelector<HTMLButtonElement>('form.query button[type="submit"]')!.click();
    expect(shadow(element).activeElement, 'the box has focus when opened').to.equal(box());

    // Nothing typed: asked in Welsh, in the box's own summary, which takes focus and links to the box.
    send();
    await until(() => text(element, 'form.query .error-summary').includes('Dywedwch wrthym beth sydd o’i le'), 'the Welsh "tell us what is wrong" in the summary');
    expect(keys, 'nothing sent').to.have.length(0);
    expect(shadow(element).activeElement?.closest('form.query .error-summary'), 'the summary has focus').to.not.equal(null);
    expect(shadow(element).querySelector<HTMLAnchorElement>('form.query .error-summary a')!.getAttribute('href')).to.equal(`#${box().id}`);
    expect(box().getAttribute('aria-invalid')).to.equal('true');
    expect(text(element, 'form.query .has-error'), 'at the box').to.contain('Dywedwch wrthym beth sydd o’i le');

    // Typed: the error goes. Cancelled and opened again: what was typed is still there, with no error.
    typeInto(element, `#${box().id}`, 'Roeddwn i yno am 3 awr, nid 2.');
    await until(() => !shadow(element).querySelector('form.query .error-summary'), 'the error gone once answered');
    shadow(element).querySelector<HTMLButtonElement>('form.query button[type="button"]')!.click();
    await until(() => !shadow(element).querySelector('form.query'), 'the box closed');
    await openQuery(element);
    expect(box().value, 'kept through a cancel').to.equal('Roeddwn i yno am 3 awr, nid 2.');

    // The server refuses the field by its code: Welsh words from the code, at the box and in the summary, never the English.
    send();
    const welsh = 'Defnyddiwch 2,000 nod neu lai';
    await until(() => text(element, 'form.query .error-summary').includes(welsh), `"${welsh}" in the box's summary`);
    expect(text(element, 'form.query .has-error'), 'at the box').to.contain(welsh);
    expect(shadow(element).activeElement?.closest('form.query .error-summary'), 'the summary has focus').to.not.equal(null);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain(TOO_LONG);
    expect(shadow(element).querySelector('form.query [data-form-failure]'), 'a field problem, not a general failure').to.equal(null);
    expect(box().value, 'what was typed is kept').to.equal('Roeddwn i yno am 3 awr, nid 2.');
    const summaryTitle = shadow(element).querySelector('form.query .error-summary [id$="-summary-title"]');
    expect(summaryTitle?.id, 'a title id of its own, not the claim form’s').to.match(/^query-.+-summary-title$/);

    // Changed and sent again: lost on the way, said in Welsh in a focused alert, the words kept.
    typeInto(element, `#${box().id}`, 'Roeddwn i yno am 3 awr.');
    send();
    await until(() => shadow(element).querySelector('form.query [data-form-failure]'), 'the failure');
    const failure = text(element, 'form.query [data-form-failure]');
    expect(failure).to.contain('Nid oeddem yn gallu cysylltu â’r gwasanaeth');
    expect(failure).to.not.contain('Failed to fetch');
    await until(() => shadow(element).activeElement?.hasAttribute('data-form-failure'), 'focus on the failure');
    expect(box().value).to.equal('Roeddwn i yno am 3 awr.');
    expect(keys[1], 'changed words are a new attempt').to.not.equal(keys[0]);

    // The same words again: the same attempt (one idempotency key), and it is sent; focus on the line that says so.
    send();
    await until(() => shadow(element).querySelector('[data-query="waiting"]'), 'the question waiting');
    expect(keys).to.have.length(3);
    expect(keys[2], 'the retry is the same attempt').to.equal(keys[1]);
    await until(() => shadow(element).activeElement?.id.endsWith('-sent'), 'focus on the line that says it was sent');
  });

  it('the claim form: a send lost on the way is said in Welsh (the core words), not the error’s English; the claim is kept', async () => {
    sessionStorage.clear();
    const losing = new Proxy(payApi('attended').api, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (key === 'createClaim') return async () => Promise.reject(new ApiError('network', 'Failed to fetch'));
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const element = await fixture<CoprodClaim>(html`<coprod-claim id="claim" locale="cy" .adapter=${losing} .meToken=${ROSA}></coprod-claim>`);
    await fillAndSend(element);
    await until(() => shadow(element).querySelector('form[part="form"] [data-form-failure]'), 'the failure');
    const failure = text(element, 'form[part="form"] [data-form-failure]');
    expect(failure).to.contain('Nid oeddem yn gallu cysylltu â’r gwasanaeth');
    expect(failure, 'the error’s English').to.not.contain('Failed to fetch');
    expect(shadow(element).querySelector<HTMLInputElement>('#field-expenses-0-miles')!.value).to.equal('12');
  });
});
