import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { apiFor } from '../../api/http-clients.js';
import { firstSet, normaliseLocale, normaliseReadingLevel, onConfigure, pageConfig, type CoprodConfig, type Locale, type ReadingLevel, type TokenSource } from '../config.js';
import { configContext } from '../context.js';
import { watchPageLanguage } from '../page-language.js';
import { linkedReading, onReaderChoice, readerChoice, takeReadingFromLink } from '../reader-choice.js';

/** The configuration an element ends up with, after attributes, provider and page defaults. */
export interface ResolvedConfig {
  apiBase: string | undefined;
  token: TokenSource | undefined;
  locale: Locale;
  readingLevel: ReadingLevel;
  adapter: CoprodApi | undefined;
  headers: Record<string, string> | undefined;
  /** The adapter if one is given, else an HTTP client for `apiBase`; `undefined` when neither is set. */
  api: CoprodApi | undefined;
  issuer: string | undefined;
  clientId: string | undefined;
  /** The staff sign-in for `issuer` and `clientId`, when both are set and a staff widget is on the page. */
  signIn: SignInSession | undefined;
}

/** What a sign-in session gives the configuration: while signed in, its token getter is the token. */
export interface SignInSession {
  readonly signedIn: boolean;
  readonly token: () => Promise<string | undefined>;
  onChange(listener: () => void): () => void;
}

let sessionFor: ((issuer: string, clientId: string) => SignInSession) | undefined;

/** The staff sign-in module registers itself here, so public widgets do not carry it. @internal */
export function registerSignInSessions(factory: (issuer: string, clientId: string) => SignInSession): void {
  sessionFor = factory;
}

/** What the element itself says (its attributes and properties). */
export interface OwnConfig {
  apiBase?: string | undefined;
  token?: TokenSource | undefined;
  locale?: string | undefined;
  readingLevel?: string | undefined;
  adapter?: CoprodApi | undefined;
  /** The element shows a reading switch: the person's choice wins over everything above. */
  showReadingSwitch?: boolean;
  issuer?: string | undefined;
  clientId?: string | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & OwnConfig;

/**
 * Resolves an element's configuration once per update: its own attributes, then the
 * nearest `<coprod-provider>`, then `configure()`'s page-wide defaults, then the page's
 * `lang`. It asks for an update when any of those change (a provider's new token, a
 * `configure()` call, the page switching language), and the element reads the result
 * (`value`) during that update and after it, so every part of one render sees the same
 * configuration.
 */
export class ConfigController implements ReactiveController {
  private readonly host: Host;
  private provided: CoprodConfig | undefined;
  private pageLanguage: string | undefined;
  private resolved: ResolvedConfig | undefined;
  private stops: (() => void)[] = [];
  private watched: { session: SignInSession; stop: () => void } | undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: configContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        this.changed();
      },
    });
  }

  hostConnected(): void {
    takeReadingFromLink();
    this.pageLanguage = this.languageFromPage();
    this.stops.push(
      onConfigure(() => this.changed()),
      // A switch's choice moves the widgets with a switch; a link's reading (taken as another widget connects) moves them all: each looks again.
      onReaderChoice(() => this.changed()),
      watchPageLanguage(() => {
        const language = this.languageFromPage();
        if (language === this.pageLanguage) return;
        this.pageLanguage = language;
        this.changed();
      }),
    );
  }

  hostDisconnected(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
    this.watch(undefined);
  }

  /** Works the configuration out afresh; the element calls this at the start of each update. */
  resolve(): ResolvedConfig {
    const own = this.host;
    const provided = this.provided ?? {};
    const page = pageConfig();
    const chosen = own.showReadingSwitch ? readerChoice() : {};
    const linked = linkedReading();
    const issuer = firstSet(own.issuer, provided.issuer, page.issuer);
    const clientId = firstSet(own.clientId, provided.clientId, page.clientId);
    const signIn = issuer && clientId ? sessionFor?.(issuer, clientId) : undefined;
    if (this.host.isConnected) this.watch(signIn);
    const config = {
      apiBase: firstSet(own.apiBase, provided.apiBase, page.apiBase),
      token: firstSet(own.token, provided.token, page.token) ?? (signIn?.signedIn ? signIn.token : undefined),
      locale: normaliseLocale(firstSet(chosen.locale, linked.locale, own.locale, provided.locale, page.locale, this.pageLanguage)) ?? 'en-GB',
      readingLevel: normaliseReadingLevel(firstSet(chosen.readingLevel, linked.readingLevel, own.readingLevel, provided.readingLevel, page.readingLevel)) ?? 'standard',
      adapter: firstSet(own.adapter, provided.adapter, page.adapter),
      headers: firstSet(provided.headers, page.headers),
    };
    this.resolved = { ...config, api: apiFor(config), issuer, clientId, signIn };
    return this.resolved;
  }

  /** The configuration of the current (or last) update. */
  get value(): ResolvedConfig {
    return this.resolved ?? this.resolve();
  }

  /** Follows the sign-in session in use, so signing in or out updates the element. */
  private watch(session: SignInSession | undefined): void {
    if (this.watched?.session === session) return;
    this.watched?.stop();
    this.watched = session && { session, stop: session.onChange(() => this.changed()) };
  }

  private changed(): void {
    this.resolved = undefined;
    this.host.requestUpdate();
  }

  private languageFromPage(): string | undefined {
    const host = this.host;
    const withLang = host.parentElement?.closest('[lang]') ?? (host.getRootNode() as ShadowRoot).host?.closest('[lang]');
    return withLang?.getAttribute('lang') ?? document.documentElement.lang ?? undefined;
  }
}
