/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormController, type FieldErrors } from '../../src/core/forms/form-controller.js';

/** A host with no DOM: enough for the controller's errors-clear rule (review S3). */
function host() {
  const root = { querySelector: () => null, querySelectorAll: () => [] };
  return { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true), shadowRoot: root } as never;
}

interface Contact {
  method: 'email' | 'phone';
  detail: string;
}

test('a client error that still fails takes the check’s current words (Phone chosen after an email error)', async () => {
  const form = new FormController<Contact>(host(), {
    initial: { method: 'email', detail: '' },
    validate: (v): FieldErrors => (v.detail ? {} : { 'contact.detail': v.method === 'email' ? 'Enter your email address' : 'Enter your phone number' }),
    word: (p) => p.code,
    fieldOrder: ['contact.method', 'contact.detail'],
  });
  await form.submit(async () => 'sent');
  assert.deepEqual(form.errors, { 'contact.detail': 'Enter your email address' });
  form.update({ method: 'phone' });
  assert.deepEqual(form.errors, { 'contact.detail': 'Enter your phone number' });
  form.update({ detail: '01234 567890' });
  assert.deepEqual(form.errors, {});
});

test('a server error on a flat dotted key goes when that key is answered, not before', () => {
  const form = new FormController<Record<string, string>>(host(), { initial: {}, validate: () => ({}), word: (p) => p.code, fieldOrder: [] });
  form.errors = { 'ratings.voice': 'Choose an answer', 'ratings.power': 'Choose an answer' };
  form.update({ 'ratings.voice': 'agree' });
  assert.deepEqual(form.errors, { 'ratings.power': 'Choose an answer' });
});

test('a server error on a nested value goes only for the answered path', () => {
  const form = new FormController<{ ratings: Record<string, string>; note: string }>(host(), { initial: { ratings: {}, note: '' }, validate: () => ({}), word: (p) => p.code, fieldOrder: [] });
  form.errors = { 'ratings.voice': 'Choose an answer', 'ratings.power': 'Choose an answer', note: 'Too long' };
  form.update({ ratings: { voice: 'agree' } }, 'ratings.voice');
  assert.deepEqual(form.errors, { 'ratings.power': 'Choose an answer', note: 'Too long' });
  form.update({ note: 'short' });
  assert.deepEqual(form.errors, { 'ratings.power': 'Choose an answer' });
});

test('with two forms on one element, each focuses its own error summary, not the other form’s', async () => {
  const focused: string[] = [];
  const summary = (name: string, href: string) => ({ querySelector: (s: string) => (s === `[href="#${href}"]` ? {} : null), focus: () => focused.push(name) });
  const summaries = [summary('ask', 'field-address'), summary('code', 'field-code')];
  const root = { querySelector: () => summaries[0], querySelectorAll: () => summaries };
  const element = { addController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true), shadowRoot: root } as never;
  const form = new FormController<{ code: string }>(element, { initial: { code: '' }, validate: (v): FieldErrors => (v.code ? {} : { code: 'Enter the code' }), word: (p) => p.code, fieldOrder: ['code'] });
  await form.submit(async () => 'sent');
  await Promise.resolve();
  assert.deepEqual(focused, ['code']);
});
