import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CoprodApi } from '../api/api.js';
import { errorKind } from '../api/errors.js';
import type { CoprodErrorAction, CoprodEventDetails, CoprodEventName } from '../events/events.js';
import { announce } from './announcer.js';
import type { TokenSource } from './config.js';
import { ConfigController, type ResolvedConfig } from './controllers/config-controller.js';
import { clampHeadingLevel } from './heading.js';
import { mergeCatalogs, readingsReady, translator, type Catalog, type MessageSet, type Translate } from './i18n.js';
import { coreMessages } from './messages.js';
import { notConfiguredView } from './status-views.js';
import { baseStyles } from './styles.js';
import { readingSwitch, readingSwitchStyles } from './reading-switch.js';

export type { ResolvedConfig };

/** Each widget's own strings with the core ones (loading, errors, form chrome) under them, merged once per catalog. */
const withCore = new WeakMap<Catalog<MessageSet>, Catalog<MessageSet>>();
function withCoreStrings(own: Catalog<MessageSet>): Catalog<MessageSet> {
  let merged = withCore.get(own);
  if (!merged) withCore.set(own, (merged = mergeCatalogs(coreMessages, own)));
  return merged;
}

/**
 * The base of every `coprod-*` widget. It holds only what every widget needs: the
 * configuration attributes (resolved by a `ConfigController`), the widget's strings in its
 * language and reading level, the heading level and fallback link, the one "not
 * configured" view, typed `coprod-*` events and announcements. Anything else a widget
 * needs (drafts, a busy button, slots) is a controller it adds.
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
 * @csspart not-configured - The panel shown when no API or adapter is configured.
 */
export abstract class CoprodElement extends LitElement {
  static override styles = [baseStyles, readingSwitchStyles];

  /**
   * The configuration attributes, documented on their fields below. Written as `static properties`
   * rather than decorators: every module with decorators carries the decorators' helper, and this
   * one is in every widget. (The fields below only type them: with `useDefineForClassFields`
   * false a field without a value emits nothing, and a default is set through Lit's accessor, as
   * with decorators.)
   * @internal
   */
  /* eslint-disable lit/no-classfield-shadowing -- the fields below emit no own property over Lit's accessors (see above). */
  static override properties = {
    apiBase: { attribute: 'api-base' },
    token: {},
    locale: {},
    readingLevel: { attribute: 'reading-level' },
    theme: { reflect: true },
    adapter: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    hideHeading: { attribute: 'hide-heading', type: Boolean, reflect: true },
    fallbackHref: { attribute: 'fallback-href' },
    showReadingSwitch: { type: Boolean, attribute: 'show-reading-switch' },
  };
  /* eslint-enable lit/no-classfield-shadowing */

  /** Strings of this widget; every key in English and Welsh. The core strings are added by the base class. @internal */
  static messages: Catalog<MessageSet>;

  /** Base URL of the API, e.g. `https://council.example/api/v1`. */
  apiBase?: string;

  /** Bearer token (a staff token, or a host sign-in token), or a function returning one. Prefer setting it as a property. */
  token?: TokenSource;

  /** `en-GB` or `cy`. Defaults to the provider's, then the page's `lang`. */
  locale?: string;

  /** `standard` or `easy-read`. */
  readingLevel?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /** An object implementing `CoprodApi`, used instead of HTTP. */
  adapter?: CoprodApi;

  /** The level of the widget's top heading, 2 to 6, so it fits the page's outline. Default 2. */
  headingLevel = 2;

  /**
   * Hides the widget's own top heading from sight (a screen reader still reads it), for a
   * page that already has a heading saying the same, e.g. "Find an opportunity" above the
   * list's "Opportunities to get involved". Headings inside the widget stay.
   */
  hideHeading = false;

  /** A page on the council's own site to link to when the widget cannot work (no API, or the service is down). */
  fallbackHref?: string;

  /** Shows "Cymraeg"/"English" and "Easy read"/"Standard words" at the top; the person's choice is kept for the tab. */
  showReadingSwitch = false;

  private readonly configuration = new ConfigController(this);
  private lastReported: unknown;

  /** The configuration of this update: attributes, then provider, then `configure()`, then the page's `lang`. */
  protected get config(): ResolvedConfig {
    return this.configuration.value;
  }

  /** The API this widget talks to, or `undefined` when none is configured. */
  protected get api(): CoprodApi | undefined {
    return this.configuration.value.api;
  }

  protected get easyRead(): boolean {
    return this.config.readingLevel === 'easy-read';
  }

  /** The widget's top heading level (`heading-level`, clamped to 2–6). */
  protected get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  /**
   * A heading level `depth` steps below the widget's top heading. Past 6 it goes on
   * counting (7, 8...), and `heading()` renders those as `role="heading"` with
   * `aria-level`, so a child never shares its parent's level.
   */
  protected subLevel(depth = 1): number {
    return this.level + depth;
  }

  /** The widget's strings (its own over the core ones) in its locale and reading level. */
  protected get t(): Translate<MessageSet> {
    const { locale, readingLevel } = this.config;
    return translator(withCoreStrings((this.constructor as typeof CoprodElement).messages), locale, readingLevel);
  }

  /** The fallback link, for the error and not-configured views. */
  protected get fallback(): { href: string; label: string } | undefined {
    return this.fallbackHref ? { href: this.fallbackHref, label: this.t('fallbackLink') } : undefined;
  }

  /**
   * Fires a bubbling, composed `coprod-*` event so the host page can listen for it
   * (analytics, routing) without touching the widget. The name and detail are checked
   * against `CoprodEventDetails`. Returns false if a listener called `preventDefault()`.
   */
  protected emit<N extends CoprodEventName>(name: N, detail: CoprodEventDetails[N], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }));
  }

  /**
   * Fires `coprod-error` for a failed `action`, once per error, with the message the reader
   * was shown. A cancelled call is not an error.
   */
  protected reportError(action: CoprodErrorAction, error: unknown): void {
    const kind = errorKind(error);
    if (kind === 'aborted' || error === this.lastReported) return;
    this.lastReported = error;
    this.emit('coprod-error', { action, kind, message: this.t('apiError', kind) });
  }

  /** Speaks politely through the page's live region. */
  protected announce(message: string): void {
    announce(message);
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.configuration.resolve();
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { locale, readingLevel } = this.config;
    this.toggleAttribute('data-easy-read', readingLevel === 'easy-read');
    this.dataset['locale'] = locale;
    // The styles find the top heading to hide (\`hide-heading\`) by its level.
    this.dataset['headingTag'] = `h${this.level}`;
  }

  /**
   * Server-rendered content (a declarative shadow root) hydrates only once the reader's
   * strings are here, so the first render matches it instead of replacing it with a skeleton.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && this.shadowRoot?.firstElementChild) {
      this.configuration.resolve();
      const waiting = readingsReady(this.config.locale, this.config.readingLevel);
      if (waiting) return waiting.then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  protected override render(): TemplateResult {
    const { locale, readingLevel } = this.config;
    // Welsh or easy-read strings still on their way (built bundles load them on first use):
    // the skeleton, without a word of English, until they arrive.
    const waiting = readingsReady(locale, readingLevel);
    if (waiting) void waiting.then(() => this.requestUpdate());
    // Only until the widget has drawn its content in this reading. After that, what is still
    // loading belongs to a part loaded later (a record, a form, another widget's words), which
    // waits for its own words: swapping the whole widget for the skeleton would lose the
    // reader's place and focus (seen: a Welsh page opened at one feedback item lost its focus
    // when the invitations part arrived).
    const reading = `${locale} ${readingLevel}`;
    const skeleton = waiting !== undefined && this.drawnIn !== reading;
    if (!skeleton) this.drawnIn = reading;
    return html`<div part="base" class="root ${this.easyRead ? 'easy-read' : ''}" lang=${locale === 'cy' ? 'cy' : 'en-GB'}>
      ${this.showReadingSwitch ? readingSwitch(this, locale, readingLevel) : nothing}${skeleton ? this.renderWaiting() : this.configured ? this.renderContent() : this.renderNotConfigured()}
    </div>`;
  }

  /**
   * The locale and reading level this widget last drew its content in. Not `#drawnIn`: in a class
   * with decorators the build turns a `#private` field into a WeakMap and helper calls (about
   * 0.1 KB gzip in every widget).
   * @internal
   */
  private drawnIn: string | undefined;

  /** What stands in while the reader's strings load: a skeleton with no words in it. Widgets may reserve their own height. */
  protected renderWaiting(): TemplateResult {
    return html`<div class="loading" part="loading" aria-busy="true">
      <span class="skeleton skeleton-row" aria-hidden="true"></span><span class="skeleton skeleton-row" aria-hidden="true"></span
      ><span class="skeleton skeleton-row" aria-hidden="true"></span>
    </div>`;
  }

  /** Whether the widget has what it needs to work; by default, an API. */
  protected get configured(): boolean {
    return !!this.api;
  }

  /** What the "not configured" view says: a short message, and a heading if the widget wants one. */
  protected notConfiguredText(): { title?: string; body: string } {
    return { body: this.t('notConfigured') };
  }

  /** The one view for a widget with no API: a short message and the fallback link. */
  protected renderNotConfigured(): TemplateResult {
    return notConfiguredView({ ...this.notConfiguredText(), level: this.level, fallback: this.fallback });
  }

  /** The widget's content, inside the themed root. */
  protected abstract renderContent(): unknown;
}
