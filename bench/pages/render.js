/**
 * Runs in the page. Exposes `window.bench` with three measurements, each returning
 * milliseconds from performance.now():
 *  - list(n): a fresh <coprod-opportunity-list> fed n opportunities by an adapter whose
 *    data is ready; from the moment listOpportunities' promise resolves to n cards in
 *    its shadow DOM ("dom"), and to the end of the next frame ("frame").
 *  - baseline(n): the same cards rendered with plain lit-html and no component logic.
 *  - filter(n, word, how): n cards loaded, then a keyword typed; from the input event to
 *    the re-rendered list. how = 'enter' submits at once; 'typing' waits for the pause.
 */
/* eslint-disable import-x/no-unresolved -- absolute paths served by the bench's static server, resolved by the browser */
import { InMemoryApi } from '/dist/in-memory.js';
import { html, svg, render } from '/__bench/lit-html.js';

const listModule = import('/dist/elements/coprod-opportunity-list.js').then(
  () => true,
  (error) => String(error?.message ?? error),
);
/* eslint-enable import-x/no-unresolved */
const stage = document.getElementById('stage');
/** bench/profile.mjs sets this to profile only the measured moments ('start', 'dom', 'frame' of 'list', 'baseline' or 'filter'). */
const mark = (moment, what) => window.benchProfile?.(moment, what);
const inner = new InMemoryApi();

async function seedOpportunities() {
  const items = [];
  let cursor;
  do {
    const page = await inner.listOpportunities({ limit: 100, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
const seed = await seedOpportunities();

/** n opportunities cloned from the seed, each with its own id and title. */
function makeItems(n) {
  return Array.from({ length: n }, (_, i) => {
    const clone = structuredClone(seed[i % seed.length]);
    clone.id = `${clone.id}-${i}`;
    clone.title = `${clone.title} (${i + 1})`;
    return clone;
  });
}

const words = (q) => (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
const text = (o) => [o.title, o.summary, o.description, ...(o.skills ?? []), o.translations?.cy?.title, o.translations?.cy?.summary, o.translations?.cy?.description].filter((s) => typeof s === 'string').join('\n').toLowerCase();
const matching = (items, q) => {
  const wanted = words(q);
  return items.filter((o) => wanted.every((w) => text(o).includes(w)));
};

/**
 * An in-memory adapter whose data is ready: listOpportunities answers from `items` (all of
 * them in one page, whatever the limit); everything else is the shared in-memory adapter.
 * `onResolve` is called when listOpportunities' promise resolves.
 */
function readyAdapter(items, onResolve) {
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'listOpportunities') {
        return async (query = {}) => {
          const found = matching(items, query.q);
          const page = { items: found, total: found.length, nextCursor: null };
          await null;
          mark('start', 'data');
          onResolve(performance.now());
          return page;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Cards drawn: the list's items (each holds one card). Counted from the list's children, not by a
 * query over the whole shadow root: the MutationObserver below asks after every change, and a query
 * over 1,000 cards' nodes took 10-15% of the keyword filter's time (bench/profile.mjs), the bench's
 * own cost rather than the widget's.
 */
const cardsIn = (root) => root.querySelector('.cards')?.childElementCount ?? 0;

/**
 * How many cards the list draws at first (DRAWN_PAGE in its internal/more-pages.ts): the others of
 * an answer wait for "Show more", and its count says the total. The floors draw as many.
 */
const DRAWN = 50;
/** The figure in the list's count ("195 opportunities"), digits only. */
const countIn = (root) => Number(root.querySelector('.results-bar p')?.textContent.replace(/\D/g, '') || NaN);
/** The list shows the answer with `total` results: its count says so, and its first page of cards is drawn. */
const showing = (root, total) => countIn(root) === total && cardsIn(root) === Math.min(total, DRAWN);

/** Resolves with performance.now() when `test()` holds after a DOM change under `root`. */
function when(root, test) {
  return new Promise((resolve) => {
    if (test()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/** performance.now() after the next frame has been produced. */
const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );

const settle = async () => {
  globalThis.gc?.();
  await nextFrame();
  await nextFrame();
};

async function clearStage() {
  stage.replaceChildren();
  await settle();
}

async function mountList(items) {
  const ready = await listModule;
  if (ready !== true) throw new Error(`coprod-opportunity-list module did not load: ${ready}`);
  let resolvedAt;
  const element = document.createElement('coprod-opportunity-list');
  element.adapter = readyAdapter(items, (t) => (resolvedAt = t));
  element.limit = 100;
  stage.append(element);
  const root = element.renderRoot ?? element.shadowRoot;
  const dom = await when(root, () => showing(root, items.length));
  mark('dom', 'list');
  const frame = await nextFrame();
  mark('frame', 'list');
  return { element, root, dom: dom - resolvedAt, frame: frame - resolvedAt };
}

async function list(n) {
  await clearStage();
  const { dom, frame } = await mountList(makeItems(n));
  return { dom, frame };
}

// The floor: the same card markup and icons, with lit-html alone and no component logic.
const icon = svg`<path d="M4 12l5 5L20 6"/>`;
const fact = (label, value) => html`<div class="fact"><dt><svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${icon}</svg> ${label}</dt><dd>${value}</dd></div>`;
const card = (o) => html`<li>
  <article class="card" part="card" data-opportunity-id=${o.id}>
    <h3 class="card-title"><a href=${`?opportunity=${o.id}`}>${o.title}</a></h3>
    <p class="summary">${o.summary}</p>
    <dl class="facts" part="facts">
      ${fact('When', o.when.summary)} ${fact('Where', o.where.modes.join(', '))} ${fact('Time', o.timeCommitment.summary)}
      ${fact('Pay', o.payment.type)} ${fact('Closing date', o.closingDate ?? '')}
    </dl>
    <ul class="access-list">${o.accessibility.map((feature) => html`<li><svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${icon}</svg> ${feature}</li>`)}</ul>
    <p class="organisation">Run by ${o.organisation.name}</p>
  </article>
</li>`;
const baselineStyles = `.cards{list-style:none;padding:0;margin:0;display:grid;gap:1em}.card{border:2px solid;border-radius:4px;padding:1em}
.facts{display:grid;gap:.4em}.fact{display:grid;grid-template-columns:minmax(6em,max-content) 1fr;gap:.25em .75em}.fact dd{margin:0}
.icon{width:1.2em;height:1.2em;fill:none;stroke:currentColor}.access-list{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em}`;

async function baseline(n) {
  await clearStage();
  const items = makeItems(n);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(baselineStyles);
  root.adoptedStyleSheets = [sheet];
  stage.append(host);
  let resolvedAt;
  const data = readyAdapter(items, (t) => (resolvedAt = t)).listOpportunities({});
  const page = await data;
  // eslint-disable-next-line lit-a11y/no-redundant-role -- the widget's own markup: list-style none drops list semantics in Safari
  render(html`<ul class="cards" role="list">${page.items.slice(0, DRAWN).map(card)}</ul>`, root);
  const dom = await when(root, () => cardsIn(root) === Math.min(n, DRAWN));
  mark('dom', 'baseline');
  const frame = await nextFrame();
  mark('frame', 'baseline');
  return { dom: dom - resolvedAt, frame: frame - resolvedAt };
}

async function filter(n, word, how = 'enter') {
  await clearStage();
  const items = makeItems(n);
  const expected = matching(items, word).length;
  if (expected === 0 || expected === n) throw new Error(`"${word}" should match some but not all of ${n} opportunities`);
  const { root } = await mountList(items);
  await settle();
  const input = root.querySelector('input[type="search"], #field-q');
  if (!input) throw new Error('no keyword input in the list');
  mark('start', 'filter');
  const start = performance.now();
  input.value = word;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: word }));
  if (how === 'enter') (input.form ?? root.querySelector('form')).requestSubmit();
  const dom = await when(root, () => showing(root, expected));
  mark('dom', 'filter');
  const frame = await nextFrame();
  mark('frame', 'filter');
  return { dom: dom - start, frame: frame - start, matched: expected };
}

/**
 * The floor for the keyword filter: the same DOM change as the list's, with plain lit-html (the
 * baseline's markup and styles, and the list's content-visibility on each item): the first page of
 * the n cards drawn, then drawn again as the first page of the ones matching `word`; from that
 * render call to the cards in the DOM and to the next frame.
 */
async function filterBaseline(n, word) {
  await clearStage();
  const items = makeItems(n);
  const found = matching(items, word);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${baselineStyles}\n.cards>li{content-visibility:auto;contain-intrinsic-block-size:auto 12em}`);
  root.adoptedStyleSheets = [sheet];
  stage.append(host);
  // eslint-disable-next-line lit-a11y/no-redundant-role -- the widget's own markup: list-style none drops list semantics in Safari
  const draw = (list) => render(html`<ul class="cards" role="list">${list.map(card)}</ul>`, root);
  draw(items.slice(0, DRAWN));
  await when(root, () => cardsIn(root) === Math.min(n, DRAWN));
  await settle();
  mark('start', 'filterBaseline');
  const start = performance.now();
  draw(found.slice(0, DRAWN));
  const dom = await when(root, () => cardsIn(root) === Math.min(found.length, DRAWN));
  mark('dom', 'filterBaseline');
  const frame = await nextFrame();
  mark('frame', 'filterBaseline');
  return { dom: dom - start, frame: frame - start, matched: found.length };
}

/** JS heap (bytes, after a full GC) with n cards on the stage: `how` = 'list' (the widget) or 'baseline' (plain lit-html). */
async function heap(n, how) {
  await (how === 'list' ? list(n) : baseline(n));
  await settle();
  globalThis.gc?.();
  return performance.memory?.usedJSHeapSize ?? NaN;
}

/**
 * JS heap (bytes, after a full GC) with all n cards drawn: the list shows 50 at a time, so "Show more"
 * is pressed until every card is in its shadow DOM; plain lit-html draws the n cards at once.
 */
async function heapDrawn(n, how) {
  if (how === 'list') {
    await clearStage();
    const { root } = await mountList(makeItems(n));
    while (cardsIn(root) < n) {
      const drawn = cardsIn(root);
      const more = root.querySelector('.show-more');
      if (!more) throw new Error(`no "Show more" after ${drawn} of ${n} cards`);
      more.click();
      await when(root, () => cardsIn(root) > drawn);
    }
  } else {
    await clearStage();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    stage.append(host);
    // eslint-disable-next-line lit-a11y/no-redundant-role -- the widget's own markup (see baseline)
    render(html`<ul class="cards" role="list">${makeItems(n).map(card)}</ul>`, root);
  }
  await settle();
  globalThis.gc?.();
  return performance.memory?.usedJSHeapSize ?? NaN;
}

window.bench = { list, baseline, filter, filterBaseline, heap, heapDrawn, seedSize: seed.length, listModule: await listModule };
window.benchReady = true;
