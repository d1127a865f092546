/*
 * Demo only: the staff page's stand-in for a real sign-in. The host page, not the widgets,
 * decides where a token lives: here it is kept in sessionStorage (this tab only) and handed
 * to the <coprod-provider> through its `token` property. The widgets never store it.
 */
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

function show(signedIn) {
  for (const element of document.querySelectorAll('[data-signed-in]')) element.hidden = !signedIn;
  for (const element of document.querySelectorAll('[data-signed-out]')) element.hidden = signedIn;
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
  return fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
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
    if (token) void loadOpportunities();
  });
}

show(false);
const kept = sessionStorage.getItem(STORAGE_KEY);
if (kept) void signIn(kept, { restoring: true });
