import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import type { CoprodConfig, TokenSource } from '../../core/config.js';
import { firstSet, normaliseLocale, normaliseReadingLevel } from '../../core/config.js';
import { onReaderChoice, readerChoice } from '../../core/reader-choice.js';
import { readingSwitch, readingSwitchStyles } from '../../core/reading-switch.js';
import { baseStyles } from '../../core/styles.js';
import { configContext } from '../../core/context.js';

/**
 * Hands configuration to every `coprod-*` element inside it. An element's own attributes
 * still win. Providers nest: an inner provider inherits what it does not set itself.
 *
 * @summary Shares API base, token, language and reading level with the widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class CoprodProvider extends LitElement {
  static override styles = [
    baseStyles,
    readingSwitchStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /**
   * The attributes and properties, documented on their fields below, as Lit's `static properties`
   * rather than decorators (as the list and the board do): with decorators the all-in-one loads
   * Lit's decorators for this element alone. The fields below only type them
   * (`useDefineForClassFields` is false: a field without a value emits nothing; a default is set
   * through Lit's accessor).
   * @internal
   */
  /* eslint-disable lit/no-classfield-shadowing -- the fields below emit no own property over Lit's accessors (see above). */
  static override properties = {
    apiBase: { attribute: 'api-base' },
    token: {},
    locale: {},
    readingLevel: { attribute: 'reading-level' },
    adapter: { attribute: false },
    headers: { attribute: false },
    issuer: {},
    clientId: { attribute: 'client-id' },
    showReadingSwitch: { type: Boolean, attribute: 'show-reading-switch' },
  };
  /* eslint-enable lit/no-classfield-shadowing */

  /** Base URL of the API, e.g. `https://council.example/api/v1`. */
  apiBase?: string;

  /** Bearer token, or a function that returns one (for example from the host site's sign-in). Prefer the property. */
  token?: TokenSource;

  /** `en-GB` or `cy`. */
  locale?: string;

  /** `standard` or `easy-read`. */
  readingLevel?: string;

  /** An object implementing `CoprodApi`, used instead of HTTP. */
  adapter?: CoprodApi;

  /** Extra headers sent with every HTTP request. */
  headers?: Record<string, string>;

  /** The council's OpenID provider, e.g. `https://login.microsoftonline.com/<tenant>/v2.0`; with `client-id` and no `token`, staff widgets offer "Sign in". */
  issuer?: string;

  /** The public client id staff sign in with at `issuer` (authorisation code with PKCE, tokens kept in memory). */
  clientId?: string;

  /** Shows "Cymraeg"/"English" and "Easy read"/"Standard words" above the widgets; the person's choice applies to every widget inside and is kept for the tab. */
  showReadingSwitch = false;

  private stopListening: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onReaderChoice(() => {
      if (!this.showReadingSwitch) return;
      this.publish();
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  private readonly outer = new ContextConsumer(this, {
    context: configContext,
    subscribe: true,
    callback: () => this.publish(),
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.publish();
  }

  private publish(): void {
    const outer: CoprodConfig = this.outer.value ?? {};
    const chosen = this.showReadingSwitch ? readerChoice() : {};
    const next: CoprodConfig = {
      apiBase: firstSet(this.apiBase, outer.apiBase),
      token: firstSet(this.token, outer.token),
      locale: firstSet(chosen.locale, this.locale, outer.locale),
      readingLevel: firstSet(chosen.readingLevel, this.readingLevel as CoprodConfig['readingLevel'], outer.readingLevel),
      adapter: firstSet(this.adapter, outer.adapter),
      headers: firstSet(this.headers, outer.headers),
      issuer: firstSet(this.issuer, outer.issuer),
      clientId: firstSet(this.clientId, outer.clientId),
    };
    const current = this.provider.value ?? {};
    const changed = (Object.keys(next) as (keyof CoprodConfig)[]).some((key) => next[key] !== current[key]);
    if (changed) this.provider.setValue(next);
  }

  protected override render(): unknown {
    if (!this.showReadingSwitch) return html`<slot></slot>`;
    const config = this.provider.value ?? {};
    const page = this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    const locale = normaliseLocale(firstSet(config.locale, page)) ?? 'en-GB';
    const readingLevel = normaliseReadingLevel(config.readingLevel) ?? 'standard';
    return html`<div lang=${locale}>${readingSwitch(this, locale, readingLevel)}</div><slot></slot>`;
  }
}
