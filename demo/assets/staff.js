/*
 * The staff page's sign-in. When the server names an OpenID provider (/staff-sign-in.json:
 * `npm start` runs a local one), staff sign in there: the <coprod-provider> is given the
 * issuer and client id, and the widgets and this page share one sign-in (`staffSignIn`), whose
 * tokens stay in memory. Otherwise (a server started with DEV_TOKEN=true) the page takes
 * the pasted development token, kept in sessionStorage (this tab only) and handed to the
 * provider through its `token` property. The widgets never store a token.
 */
// eslint-disable-next-line import-x/no-unresolved -- the server serves the built widgets at /widgets/
import { staffSignIn } from '/widgets/coprod-widgets.js';

const STORAGE_KEY = 'anytown-demo-staff-token';
const API = '/api/v1';
const STATUSES = ['draft', 'open', 'closed', 'filled'];
const STATUS_WORDS = { draft: 'draft', open: 'open', closed: 'closed', filled: 'filled' };

const provider = document.getElementById('staff-provider');
const form = document.getElementById('sign-in-form');
const field = document.getElementById('staff-token');
const fieldError = document.getElementById('token-error');
const signedInAs = document.getElementById('signed-in-as');
const signOutButton = document.getElementById('sign-out');
const chooser = document.getElementById('interest-opportunity');
const interest = document.querySelector('coprod-staff-interest');

let token = '';
/** The OpenID sign-in, when the server names a provider. */
let account;

/** Which sign-in the signed-out panel offers: 'account' or 'dev-token'. */
let mode = 'dev-token';

function show(signedIn) {
  for (const element of document.querySelectorAll('[data-signed-in]')) element.hidden = !signedIn;
  for (const element of document.querySelectorAll('[data-signed-out]')) element.hidden = signedIn || !element.hasAttribute(`data-${mode}`);
}

function nameIn(jwt) {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload));
    return typeof claims.name === 'string' ? claims.name : '';
  } catch {
    return '';
  }
}

function showError(message) {
  fieldError.hidden = !message;
  fieldError.textContent = message ? `Error: ${message}` : '';
  field.setAttribute('aria-describedby', message ? 'token-error staff-token-hint' : 'staff-token-hint');
  if (message) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

async function staffGet(path) {
  const bearer = account ? await account.token() : token;
  return fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' } });
}

/** The staff member's opportunities, newest first, for the interest chooser. */
async function loadOpportunities(select) {
  const query = new URLSearchParams({ sort: 'newest', limit: '100' });
  for (const status of STATUSES) query.append('status', status);
  const response = await staffGet(`/opportunities?${query}`);
  if (!response.ok) return;
  const { items } = await response.json();
  const chosen = select ?? chooser.value;
  chooser.replaceChildren(new Option('Choose an opportunity', ''));
  for (const opportunity of items) {
    const option = new Option(`${opportunity.title} (${STATUS_WORDS[opportunity.status] ?? opportunity.status})`, opportunity.id);
    chooser.append(option);
  }
  if (chosen && items.some((opportunity) => opportunity.id === chosen)) chooser.value = chosen;
  choose(chooser.value);
}

function choose(id) {
  if (!interest) return;
  for (const widget of [interest, document.querySelector('coprod-staff-claims')]) {
    if (!widget) continue;
    if (id) widget.setAttribute('opportunity-id', id);
    else widget.removeAttribute('opportunity-id');
  }
}

async function signIn(candidate, { restoring = false } = {}) {
  token = candidate;
  const check = await staffGet('/opportunities?status=draft&limit=1').catch(() => undefined);
  if (!check || !check.ok) {
    token = '';
    if (restoring) {
      sessionStorage.removeItem(STORAGE_KEY);
      return;
    }
    showError(
      !check
        ? 'we could not reach the server. Check that it is running, then try again.'
        : 'this token was not accepted. It may have expired, or not be a staff token: copy the newest one from the server log.',
    );
    field.focus();
    return;
  }
  showError('');
  sessionStorage.setItem(STORAGE_KEY, token);
  await customElements.whenDefined('coprod-provider');
  provider.token = token;
  const name = nameIn(token);
  signedInAs.textContent = name ? `You are signed in as ${name}.` : 'You are signed in.';
  field.value = '';
  show(true);
  await loadOpportunities();
  if (!restoring) document.getElementById('opportunities-heading').scrollIntoView({ block: 'start' });
}

async function signOut() {
  if (account) return account.signOut();
  sessionStorage.removeItem(STORAGE_KEY);
  token = '';
  await customElements.whenDefined('coprod-provider');
  provider.token = undefined;
  chooser.replaceChildren(new Option('Choose an opportunity', ''));
  choose('');
  show(false);
  field.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const candidate = field.value.trim();
  if (!candidate) {
    showError('paste the staff token.');
    field.focus();
    return;
  }
  void signIn(candidate);
});

signOutButton.addEventListener('click', () => void signOut());
chooser.addEventListener('change', () => choose(chooser.value));

// When <coprod-staff-opportunities> creates, edits, publishes, closes or fills an
// opportunity (bubbling, composed events), the chooser is refreshed to match.
for (const type of ['coprod-opportunity-saved', 'coprod-opportunity-status-changed']) {
  document.addEventListener(type, () => {
    if (token || account?.signedIn) void loadOpportunities();
  });
}

/** Signed in or out through the council's provider: the page follows the shared sign-in. */
function followAccount() {
  const signedIn = account.signedIn;
  show(signedIn);
  const error = document.getElementById('account-error');
  error.hidden = !account.failure;
  error.textContent = account.failure ? 'Error: the sign-in did not finish. Try again.' : '';
  if (!signedIn) return;
  signedInAs.textContent = account.name ? `You are signed in as ${account.name}.` : 'You are signed in.';
  void loadOpportunities();
}

async function start() {
  const where = await fetch('/staff-sign-in.json').then((response) => (response.ok ? response.json() : {})).catch(() => ({}));
  if (where.issuer && where.clientId) {
    mode = 'account';
    account = staffSignIn({ issuer: where.issuer, clientId: where.clientId });
    await customElements.whenDefined('coprod-provider');
    Object.assign(provider, { issuer: where.issuer, clientId: where.clientId });
    account.onChange(followAccount);
    document.getElementById('account-sign-in').addEventListener('click', () => void account.signIn());
    followAccount();
    return;
  }
  show(false);
  const kept = sessionStorage.getItem(STORAGE_KEY);
  if (kept) void signIn(kept, { restoring: true });
}

show(false);
void start();
