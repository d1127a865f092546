/*
 * The staff page's sign-in. When the server names an OpenID provider (/staff-sign-in.json:
 * `npm start` runs a local one), staff sign in there: the <coprod-provider> is given the
 * issuer and client id, and the widgets and this page share one sign-in (`staffSignIn`), whose
 * tokens stay in memory. Otherwise (a server started with DEV_TOKEN=true) the page takes
 * the pasted development token, kept in sessionStorage (this tab only) and handed to the
 * provider through its `token` property. The widgets never store a token. The page's one
 * widget is <coprod-staff-workspace>: every staff section, with what waits in each.
 */
// eslint-disable-next-line import-x/no-unresolved -- the server serves the built widgets at /widgets/
import { staffSignIn } from '/widgets/staff-sign-in.js';

const STORAGE_KEY = 'anytown-demo-staff-token';
const API = '/api/v1';

const provider = document.getElementById('staff-provider');
const form = document.getElementById('sign-in-form');
const field = document.getElementById('staff-token');
const fieldError = document.getElementById('token-error');
const signedInAs = document.getElementById('signed-in-as');
const signOutButton = document.getElementById('sign-out');
const workspace = document.getElementById('workspace');

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
  // The workspace puts focus on its section's heading once it has the token (focus was on the form, now gone).
  if (!restoring) workspace.scrollIntoView({ block: 'start' });
}

async function signOut() {
  if (account) return account.signOut();
  sessionStorage.removeItem(STORAGE_KEY);
  token = '';
  await customElements.whenDefined('coprod-provider');
  provider.token = undefined;
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

/** Signed in or out through the council's provider: the page follows the shared sign-in. */
function followAccount() {
  const signedIn = account.signedIn;
  show(signedIn);
  const error = document.getElementById('account-error');
  error.hidden = !account.failure;
  error.textContent = account.failure ? 'Error: the sign-in did not finish. Try again.' : '';
  if (!signedIn) return;
  signedInAs.textContent = account.name ? `You are signed in as ${account.name}.` : 'You are signed in.';
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
