/**
 * Every public attribute of every element is live: frameworks (React, Vue, Svelte as
 * properties, Angular as attributes) and CMS scripts set them after the first render, and
 * the widget must follow.
 *
 * The list of attributes is custom-elements.json (built by `npm run build`), so an attribute
 * added later is in this test at once; it fails until `probes` below says how to drive it.
 * For each attribute of each element, three widgets are compared:
 *   1. one that starts with the `from` value (or without the attribute), and settles;
 *   2. the same widget after `setAttribute(name, to)`, settled again;
 *   3. a fresh widget that starts with `to`.
 * What a widget shows (its shadow DOM and nested widgets', form values, the colours of its
 * base) and the last request it made per operation must be the same in 2 and 3 (it followed
 * the change), and must differ between 1 and 3 (the attribute shows at all, so the test
 * cannot pass by seeing nothing).
 */
import { expect } from '@open-wc/testing';
import { InMemoryApi } from '../../src/api/in-memory.js';
import type { CoprodApi } from '../../src/api/api.js';
import { probedTags, probes, type Probe } from './live-attributes.probes.js';
import { stillLoading } from '../helpers/loaded.js';
import '../../src/components/provider/coprod-provider.js';
import '../../src/components/opportunity-list/coprod-opportunity-list.js';
import '../../src/components/opportunity/coprod-opportunity.js';
import '../../src/components/profile-form/coprod-profile-form.js';
import '../../src/components/feedback-loop/coprod-feedback-loop.js';
import '../../src/components/staff-opportunities/coprod-staff-opportunities.js';
import '../../src/components/staff-interest/coprod-staff-interest.js';
import '../../src/components/staff-feedback/coprod-staff-feedback.js';
import '../../src/components/my-involvement/coprod-my-involvement.js';
import '../../src/components/claim/coprod-claim.js';
import '../../src/components/staff-claims/coprod-staff-claims.js';
import '../../src/components/staff-people/coprod-staff-people.js';
import '../../src/components/staff-insights/coprod-staff-insights.js';
import '../../src/components/staff-audit/coprod-staff-audit.js';
import '../../src/components/staff-workspace/coprod-staff-workspace.js';
import '../../src/components/evaluation/coprod-evaluation.js';
import '../../src/components/involvement-results/coprod-involvement-results.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}

const response = await fetch('/custom-elements.json');
if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run build` first');
const manifest = (await response.json()) as Manifest;
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName));

/** Last call per operation: adapter method and arguments, or HTTP method, path and Authorization. */
type CallLog = Map<string, string>;

const NOW = new Date();

function recordingAdapter(log: CallLog, api: CoprodApi = new InMemoryApi({ now: NOW })): CoprodApi {
  const skipSignals = (key: string, value: unknown): unknown => (key === 'signal' ? undefined : value);
  return new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        log.set(`adapter ${String(key)}`, JSON.stringify(args, skipSignals));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Answers every request with a 404 problem, recording it: enough to see where a widget asks, and with which token. */
function recordingFetch(log: CallLog): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    log.set(`${request.method} ${url.pathname.replace(/^\/[^/]+\/v1\//, '/')}`, `${url.pathname}${url.search} ${request.headers.get('Authorization') ?? 'no token'}`);
    return new Response(JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404 }), {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json' },
    });
  };
}

/** What a person would notice: the text, structure, links and form values, in every nested shadow root, and the base's colours. */
function serialize(node: Node, depth = 0): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? `${'  '.repeat(depth)}"${text}"\n` : '';
  }
  if (!(node instanceof Element) || node instanceof HTMLStyleElement) return node instanceof DocumentFragment ? children(node, depth) : '';
  const attributes = [...node.attributes].map((attribute) => `${attribute.name}="${attribute.value}"`).sort();
  if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement) attributes.push(`.value="${node.value}"`);
  if (node instanceof HTMLInputElement) attributes.push(`.checked=${node.checked}`);
  // Whether a heading can be seen (`hide-heading` keeps it for screen readers only).
  if (/^h[1-6]$/.test(node.localName)) attributes.push(`seen=${node.getBoundingClientRect().width > 1}`);
  if (node.getAttribute('part') === 'base') {
    const style = getComputedStyle(node);
    attributes.push(`color=${style.color}`, `background=${style.backgroundColor}`);
  }
  const inner = (node.shadowRoot ? children(node.shadowRoot, depth + 1) : '') + children(node, depth + 1);
  return `${'  '.repeat(depth)}<${node.localName} ${attributes.join(' ')}>\n${inner}`;
}

function children(parent: Node, depth: number): string {
  return [...parent.childNodes].map((child) => serialize(child, depth)).join('');
}

interface Mounted {
  element: HTMLElement;
  snapshot(): string;
  /** What the widget shows, without the requests it made. */
  view(): string;
  remove(): void;
}

/** Puts `tag` in the page with `attributes`, over the API the probe asks for. */
function mount(tag: string, attributes: Record<string, string | undefined>, probe: Probe): Mounted {
  const log: CallLog = new Map();
  const container = document.createElement('div');
  document.body.append(container);
  const element = document.createElement(tag) as HTMLElement & { adapter?: CoprodApi };
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  // The provider shows nothing itself: a list inside it shows what it provides.
  const widget = tag === 'coprod-provider' ? element.appendChild(document.createElement(probe.child ?? 'coprod-opportunity-list')) as HTMLElement & { adapter?: CoprodApi } : element;
  if ((probe.api ?? 'adapter') === 'adapter') widget.adapter = recordingAdapter(log, probe.adapter?.());
  if (probe.api === 'http') fetchLogs.push(log);
  container.append(element);
  const view = () => `${children(element.shadowRoot ?? document.createDocumentFragment(), 0)}${tag === 'coprod-provider' ? children(element, 0) : ''}`;
  return {
    element,
    view,
    snapshot: () => `${view()}\n${[...log].sort().map(([key, value]) => `${key}: ${value}`).join('\n')}`,
    remove: () => container.remove(),
  };
}

/** The HTTP logs of the widgets now in the page; the fetch stub writes to the newest. */
const fetchLogs: CallLog[] = [];

/**
 * Resolves once nothing in the widget is loading (no skeleton or busy part on screen, no load on its way:
 * test/helpers/loaded.ts) and what it shows has then stayed the same for a few checks. Sameness alone
 * was not enough: on a loaded machine a claim's skeleton stayed put for three checks while its answer
 * was on the way, and the test compared "Loading" with the fresh widget's error panel.
 */
async function settle(mounted: Mounted, look: (mounted: Mounted) => string = (m) => m.snapshot()): Promise<string> {
  let last = '';
  let same = 0;
  let busy: string | undefined;
  const started = performance.now();
  while (same < 3) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    busy = stillLoading(mounted.element);
    const now = look(mounted);
    same = !busy && now === last ? same + 1 : 0;
    last = now;
    // A bound for a failure's message, not a wait for success: a widget loading for ever fails here.
    if (performance.now() - started > 20_000) throw new Error(`${mounted.element.localName} never settled${busy ? ` (${busy})` : ''}`);
  }
  return last;
}

/** The first lines where two snapshots differ, for a readable failure. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  const at = index === -1 ? left.length : index;
  return `line ${at + 1}:\n  after the change: ${left[at] ?? '(end)'}\n  fresh widget:     ${right[at] ?? '(end)'}`;
}

describe('every public attribute is live', function () {
  this.timeout(30_000);
  const realFetch = window.fetch;
  const address = location.href;
  afterEach(() => history.replaceState(history.state, '', address));
  before(() => {
    window.fetch = (input, init) => recordingFetch(fetchLogs.at(-1) ?? new Map())(input, init);
  });
  after(() => {
    window.fetch = realFetch;
  });

  it('has a probe for every attribute in custom-elements.json, and none for attributes that are gone', () => {
    const missing = elements.flatMap((element) => (element.attributes ?? []).filter((attribute) => !probes(element.tagName!)[attribute.name]).map((attribute) => `${element.tagName} ${attribute.name}`));
    expect(missing, 'attributes with no probe in live-attributes.probes.ts').to.deep.equal([]);
    // An attribute that drops out of the manifest (a base class the analyzer no longer reads) would escape this test.
    const gone = probedTags.flatMap((tag) => {
      const listed = elements.find((element) => element.tagName === tag)?.attributes?.map((attribute) => attribute.name) ?? [];
      return Object.keys(probes(tag)).filter((name) => !listed.includes(name)).map((name) => `${tag} ${name}`);
    });
    expect(gone, 'probed attributes that custom-elements.json no longer lists').to.deep.equal([]);
    expect(elements.length).to.be.greaterThan(5);
  });

  for (const element of elements) {
    const tag = element.tagName!;
    for (const { name } of element.attributes ?? []) {
      const probe = probes(tag)[name];
      if (!probe) continue;
      if (probe.notYet) {
        it.skip(`<${tag} ${name}> (not probed yet: ${probe.notYet})`, () => undefined);
        continue;
      }
      it(`<${tag} ${name}> follows a change from ${probe.from ?? '(none)'} to ${probe.to}`, async () => {
        const base = { ...probe.with, [name]: probe.from };
        const look = (mounted: Mounted) => (probe.viewOnly ? mounted.view() : mounted.snapshot());
        const first = mount(tag, base, probe);
        try {
          await settle(first);
          await probe.prepare?.(first.element);
          await probe.act?.(first.element);
          const before = await settle(first, look);
          if (probe.to === undefined) first.element.removeAttribute(name);
          else first.element.setAttribute(name, probe.to);
          await settle(first);
          await probe.act?.(first.element);
          const changed = await settle(first, look);
          first.remove();

          const fresh = mount(tag, { ...probe.with, [name]: probe.to }, probe);
          try {
            await settle(fresh);
            await probe.prepare?.(fresh.element);
            await probe.act?.(fresh.element);
            let expected = await settle(fresh, look);
            // On a loaded machine a fresh widget can hold still for the settle window while its
            // first answer is still on the way: look again (up to 2 s) before calling the change unseen.
            for (let again = 0; again < 4 && (before === expected || changed !== expected); again++) {
              await new Promise((resolve) => setTimeout(resolve, 500));
              expected = await settle(fresh, look);
            }
            expect(before === expected, `<${tag}> looks and asks the same with ${name}=${probe.from} and ${probe.to}: the probe shows nothing`).to.equal(false);
            expect(changed === expected, `<${tag}> did not follow ${name} (${firstDifference(changed, expected)})`).to.equal(true);
          } finally {
            fresh.remove();
          }
        } finally {
          first.remove();
          fetchLogs.length = 0;
        }
      });
    }
  }
});
