import { ContextConsumer } from '@lit/context';
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CoprodApi } from '../api/api.js';
import { HttpApi } from '../api/http-client.js';
import { announce } from './announcer.js';
import {
  firstSet,
  normaliseLocale,
  normaliseReadingLevel,
  onConfigure,
  pageConfig,
  type CoprodConfig,
  type Locale,
  type ReadingLevel,
  type TokenSource,
} from './config.js';
import { configContext } from './context.js';
import { translator, type Catalog, type MessageSet, type Translate } from './i18n.js';
import { baseStyles } from './styles.js';
import { watchPageLanguage } from './page-language.js';

/** The configuration an element ends up with, after attributes, provider and page defaults. */
export interface ResolvedConfig {
  apiBase: string | undefined;
  token: TokenSource | undefined;
  locale: Locale;
  readingLevel: ReadingLevel;
  adapter: CoprodApi | undefined;
  headers: Record<string, string> | undefined;
}

/**
 * One HTTP client per API base, headers and token, shared by every widget that uses them
 * (so they share its ETag cache), and the same object on every read: widgets' load tasks
 * compare it by identity, and a new client on each read would make them reload forever.
 * A token getter keys its clients through a WeakMap, so they go when the getter does; string
 * tokens (refreshed JWTs) keep only the most recently used few.
 */
const clientsByTokenGetter = new WeakMap<object, Map<string, HttpApi>>();
const clientsByToken = new Map<string, HttpApi>();
const STRING_TOKEN_CLIENTS = 8;

/** @internal Exported for tests. */
export function httpApiFor(apiBase: string, token: TokenSource | undefined, headers: Record<string, string> | undefined): HttpApi {
  const base = JSON.stringify([apiBase, headers ?? {}]);
  if (typeof token === 'function') {
    let clients = clientsByTokenGetter.get(token);
    if (!clients) clientsByTokenGetter.set(token, (clients = new Map()));
    let client = clients.get(base);
    if (!client) clients.set(base, (client = new HttpApi({ baseUrl: apiBase, token, headers })));
    return client;
  }
  const key = JSON.stringify([base, token ?? '']);
  let client = clientsByToken.get(key);
  if (client) clientsByToken.delete(key);
  else client = new HttpApi({ baseUrl: apiBase, token, headers });
  clientsByToken.set(key, client);
  if (clientsByToken.size > STRING_TOKEN_CLIENTS) clientsByToken.delete(clientsByToken.keys().next().value!);
  return client;
}

/**
 * The base of every `coprod-*` widget: configuration from its own attributes, the nearest
 * `<coprod-provider>` and `configure()`, in that order; the API it should talk to; its
 * strings in the right language and reading level; `coprod-*` events; announcements.
 *
 * Subclasses set `static messages` and implement `renderContent()`.
 *
 * @cssproperty --coprod-font-family - Font of the widget. Default: the host page's.
 * @cssproperty --coprod-font-size - Base font size; everything inside scales from it. Default: inherited.
 * @cssproperty --coprod-color-text - Text colour.
 * @cssproperty --coprod-color-muted - Secondary text colour.
 * @cssproperty --coprod-color-surface - Background of the widget and its cards.
 * @cssproperty --coprod-color-surface-alt - Background of panels and tags.
 * @cssproperty --coprod-color-border - Borders of inputs and cards.
 * @cssproperty --coprod-color-accent - Buttons and highlights.
 * @cssproperty --coprod-color-accent-text - Text on buttons.
 * @cssproperty --coprod-color-link - Links.
 * @cssproperty --coprod-color-focus - Focus ring (default GOV.UK yellow).
 * @cssproperty --coprod-color-error - Error messages and borders.
 * @cssproperty --coprod-color-success - Success panels.
 * @cssproperty --coprod-radius - Corner radius.
 * @cssproperty --coprod-space - Base spacing unit.
 * @csspart base - The widget's outer wrapper.
 */
export abstract class CoprodElement extends LitElement {
  static override styles = [baseStyles];

  /** Strings of this widget; every key in English and Welsh. @internal */
  static messages: Catalog<MessageSet>;

  /** Base URL of the API, e.g. `https://council.example/api/v1`. */
  @property({ attribute: 'api-base', reflect: false }) apiBase?: string;

  /** Bearer token (a staff token, or a host sign-in token), or a function returning one. Prefer setting it as a property. */
  @property({ attribute: 'token' }) token?: TokenSource;

  /** `en-GB` or `cy`. Defaults to the provider's, then the page's `lang`. */
  @property({ reflect: false }) locale?: string;

  /** `standard` or `easy-read`. */
  @property({ attribute: 'reading-level' }) readingLevel?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** An object implementing `CoprodApi`, used instead of HTTP. */
  @property({ attribute: false }) adapter?: CoprodApi;

  /** @internal */
  @state() protected pageLanguage: string | undefined;

  /** @internal */
  @state() protected providedConfig: CoprodConfig | undefined;

  private readonly configConsumer = new ContextConsumer(this, {
    context: configContext,
    subscribe: true,
    callback: (value) => {
      this.providedConfig = value;
    },
  });

  private stopWatching: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching.push(
      onConfigure(() => this.requestUpdate()),
      watchPageLanguage(() => {
        this.pageLanguage = this.languageFromPage();
      }),
    );
    this.pageLanguage = this.languageFromPage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
  }

  /** @internal */
  get config(): ResolvedConfig {
    const provided = this.configConsumer.value ?? this.providedConfig ?? {};
    const page = pageConfig();
    return {
      apiBase: firstSet(this.apiBase, provided.apiBase, page.apiBase),
      token: firstSet(this.token, provided.token, page.token),
      locale: normaliseLocale(firstSet(this.locale, provided.locale, page.locale, this.pageLanguage)) ?? 'en-GB',
      readingLevel: normaliseReadingLevel(firstSet(this.readingLevel, provided.readingLevel, page.readingLevel)) ?? 'standard',
      adapter: firstSet(this.adapter, provided.adapter, page.adapter),
      headers: firstSet(provided.headers, page.headers),
    };
  }

  /**
   * The API this element talks to: the adapter if one is given, else HTTP to `api-base`.
   * `undefined` when neither is configured (the widget then shows its fallback).
   * @internal
   */
  get api(): CoprodApi | undefined {
    const { adapter, apiBase, token, headers } = this.config;
    if (adapter) return adapter;
    if (apiBase) return httpApiFor(apiBase, token, headers);
    return undefined;
  }

  /** @internal */
  get easyRead(): boolean {
    return this.config.readingLevel === 'easy-read';
  }

  /** @internal */
  get resolvedLocale(): Locale {
    return this.config.locale;
  }

  /** The widget's strings in its locale and reading level. @internal */
  protected get t(): Translate<MessageSet> {
    const { locale, readingLevel } = this.config;
    return translator((this.constructor as typeof CoprodElement).messages, locale, readingLevel);
  }

  /**
   * Fires a bubbling, composed `coprod-*` event so the host page can listen for it
   * (analytics, routing) without touching the widget. Returns false if a listener
   * called `preventDefault()`.
   * @internal
   */
  protected emit<T>(name: `coprod-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }));
  }

  /** Speaks politely through the page's live region. @internal */
  protected announce(message: string): void {
    announce(message);
  }

  private languageFromPage(): string | undefined {
    const withLang = this.parentElement?.closest('[lang]') ?? (this.getRootNode() as ShadowRoot).host?.closest('[lang]');
    return withLang?.getAttribute('lang') ?? document.documentElement.lang ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { locale, readingLevel } = this.config;
    this.toggleAttribute('data-easy-read', readingLevel === 'easy-read');
    this.dataset['locale'] = locale;
  }

  protected override render(): TemplateResult {
    const { locale } = this.config;
    return html`<div part="base" class="root ${this.easyRead ? 'easy-read' : ''}" lang=${locale === 'cy' ? 'cy' : 'en-GB'}>
      ${this.renderContent()}
    </div>`;
  }

  /** The widget's content, inside the themed root. */
  protected abstract renderContent(): unknown;
}
