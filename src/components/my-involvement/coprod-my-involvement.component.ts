import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CoprodApi } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import type { MyInvolvement, MySession } from '../../api/types.js';
import { CoprodElement } from '../../core/coprod-element.js';
import type { CoprodErrorAction } from '../../events/events.js';
import { FormController, formStyles } from '../../core/forms/index.js';
import { heading } from '../../core/heading.js';
import { formatDate, readingsReady } from '../../core/i18n.js';
import { emptyView, errorView, loadingView } from '../../core/status-views.js';
import { myInvolvementCatalog } from './coprod-my-involvement.messages.js';
import { myInvolvementStyles } from './coprod-my-involvement.styles.js';
import { feedbackView, interestsView, isEmpty } from './internal/page-views.js';
import { AskedItem, askedAgain } from './internal/asked-item.js';
import { ErasePart } from './internal/erase-part.js';
import { PayPart } from './internal/pay-part.js';
import { LookedPart } from './internal/looked-part.js';
import { SuitsPart } from './internal/suits-part.js';
import type { InvitationsPart } from './internal/invitations-part.js';
import { LazyEqualityPart } from './internal/equality-part-lazy.js';
import type { EqualityView } from './internal/equality-part.js';
import { PreferencesPart } from './internal/preferences-part.js';
import { MeSession, profileThroughMe, takeLinkFromPage } from './internal/session.js';
import { askView, sentView, validateAsk, validateCode, validateKey, wordSignInProblem, type AskValues, type CodeValues, type KeyValues, type Notice, type Strings } from './internal/sign-in-views.js';

/** The profile form, loaded the first time a page has a profile to show (most visits are about feedback). */
let profileForm: Promise<unknown> | undefined;
const loadProfileForm = () => (profileForm ??= import('../profile-form/coprod-profile-form.js'));
/** "You are invited" and its words, loaded the first time a page is shown signed in. */
let invitationsPart: Promise<typeof import('./internal/invitations-part.js')> | undefined;

/**
 * What the element is showing: exactly one at a time.
 * - `ask`: the sign-in form, with why the person is here again (`notice`).
 * - `sent`: "check your email", or the code form after a text.
 * - `signing-in`: a link from the page address is being exchanged.
 * - `page`: signed in; the page loads and shows.
 * - `erased`: everything was erased; the person is signed out.
 */
type Mode =
  | { kind: 'ask'; notice: Notice }
  | { kind: 'sent'; channel: 'email' | 'text'; address: string; minutes: number }
  | { kind: 'signing-in' }
  | { kind: 'page' }
  | { kind: 'erased' };

/**
 * A person's own page: what they told the council (profile, interests, feedback) and what
 * happened to it. Opened by a single-use link sent by email, a six-digit code sent by text,
 * or a profile number with its private key. No account, no password; the sign-in is held in
 * memory only.
 *
 * @fires {CustomEvent<SignedInDetail>} coprod-signed-in - Signed in. `detail: { signedInWith }` (email, text or profile).
 * @fires {CustomEvent<SignedOutDetail>} coprod-signed-out - Signed out, or the sign-in ended. `detail: { reason }`.
 * @fires {CustomEvent<ErasedDetail>} coprod-erased - The person erased everything. `detail: { profiles, interests, feedbackRemoved, feedbackAnonymised }` (counts only).
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - A call failed. `detail: { action, kind, message }`.
 *
 * @csspart section - Each section of the page.
 * @csspart card - Each interest and feedback item.
 */
export class CoprodMyInvolvement extends CoprodElement {
  static override styles = [...CoprodElement.styles, formStyles, myInvolvementStyles];
  static override messages = myInvolvementCatalog;

  /**
   * The token of a sign-in link, for hosts that route the link themselves. Without it the
   * element takes `#coprod-sign-in=<token>` from the page address (and removes it).
   */
  @property({ attribute: false }) signInLink?: string;

  /**
   * Where the page shows one opportunity, so the titles of the person's interests and of
   * "Opportunities that may suit you" link to it: `{id}` is replaced by the opportunity's id
   * (`/get-involved/{id}`); an address without `{id}` gets `?opportunity=<id>`, which
   * `<coprod-opportunity-list>` opens. Without it the titles are plain text.
   */
  @property({ attribute: 'opportunity-href' }) opportunityHref?: string;

  /** @internal */ @state() private mode: Mode = { kind: 'ask', notice: undefined };
  /** @internal */ @state() private loadCount = 0;
  /**
   * @internal What the page says about a profile save's "How often": `not-kept`, saved but it could not go to the preferences
   * (review P2). Said until the next save. Opened with a profile key (no address proved), the profile form says in its own saved
   * panel, under the heading that takes focus, that a choice made with proof stays and that messages turned off stay off (review
   * S0), as it does on its own: the page reads itself again quietly after a save, so that panel and its focus stay.
   */
  @state() private oftenNotice: 'not-kept' | undefined;

  private readonly session = new MeSession();
  /** "Who looked at your profile" (issue 20): its own Task and view. */
  private readonly looked = new LookedPart(this, () => [this.api, this.mode.kind === 'page' ? this.session.current?.token : undefined] as const);
  /** "Opportunities that may suit you" (issue 18): its own Task and view. */
  private readonly suits = new SuitsPart(this, () => [this.api, this.mode.kind === 'page' ? this.session.current?.token : undefined, Boolean(this.page?.profiles.length)] as const);
  /** Claims and the involvement record (issue 16): its own Task and view; not with a profile key. */
  private readonly pay = new PayPart(this, () => [this.api, this.mode.kind === 'page' && this.session.current?.signedInWith !== 'profile' ? this.session.current?.token : undefined] as const);
  /** "You are invited" (issue 15): the person's unanswered invitations, answered right there; loaded on first use. */
  private invitations: InvitationsPart | undefined;
  /** Its module could not be fetched: no busy mark left standing for a part that will not come. */
  @state() private invitationsLost = false;
  /** Who is taking part (issue 17): the optional equality questions, loaded when the person opens them. */
  private readonly equality = new LazyEqualityPart(this, () => [this.api, this.mode.kind === 'page' ? this.session.current?.token : undefined, Boolean(this.page?.profiles.length)] as const);
  private profileApi: { base: CoprodApi; api: CoprodApi } | undefined;
  /** The feedback item or attendance to show once the page has loaded after signing in (`?feedback=<id>`, `?attendance=<id>`). */
  private readonly asked = new AskedItem(this);
  private page: MyInvolvement | undefined;

  private get strings(): Strings {
    return this.t as Strings;
  }

  /** @internal */
  readonly askForm: FormController<AskValues> = new FormController<AskValues>(this, { initial: { channel: 'email', address: '' }, fieldOrder: ['channel', 'address'], validate: (v) => validateAsk(v, this.strings), word: (p) => wordSignInProblem(p, this.strings, this.askForm.values.channel) });
  /** @internal */
  readonly codeForm = new FormController<CodeValues>(this, { initial: { code: '' }, fieldOrder: ['code'], validate: (v) => validateCode(v, this.strings), aliases: { address: 'code' }, word: (p) => wordSignInProblem(p, this.strings, 'text') });
  /** @internal */
  readonly keyForm = new FormController<KeyValues>(this, { initial: { profileId: '', key: '' }, fieldOrder: ['profileId', 'key'], validate: (v) => validateKey(v, this.strings), word: (p) => wordSignInProblem(p, this.strings) });

  /** The person's message preferences: its own Task, form and "saved". */
  private readonly preferences = new PreferencesPart(this, () => this.strings, () => [this.api, this.mode.kind === 'page' ? this.session.current : undefined, this.page?.profiles] as const, (signal) => this.session.options(signal), (text) => {
    // Only a save of the preferences speaks: how often is saved there now.
    this.oftenNotice = undefined;
    this.announce(text);
  }, () => [this.config.locale, this.config.readingLevel] as const);

  private readonly eraser = new ErasePart(this, {
    api: () => this.api,
    me: () => this.session.options(),
    announce: (text) => this.announce(text),
    erased: (counts) => {
      this.session.set(undefined);
      this.page = undefined;
      this.mode = { kind: 'erased' };
      this.emit('coprod-erased', counts);
      this.announce(this.strings('erasedTitle'));
    },
    failed: (error) => (error.kind === 'unauthorized' ? this.signedOut('ended') : this.failed('erase', error)),
  });

  private readonly loader = new Task(this, {
    args: () => [this.api, this.mode.kind === 'page' ? this.session.current?.token : undefined, this.loadCount] as const,
    task: async ([api, token], { signal }) => {
      if (!api?.getMyInvolvement || !token) return undefined;
      return api.getMyInvolvement(this.session.options(signal));
    },
    onComplete: (page) => {
      this.page = page;
    },
    onError: (error) => {
      if ((error as ApiError).kind === 'unauthorized') this.signedOut('ended');
      else this.failed('load', error);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.takeLink();
    window.addEventListener('hashchange', this.takeLink);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.takeLink);
  }

  /** A link opened in this tab while the page is already showing arrives as a change of fragment. */
  private readonly takeLink = (): void => {
    const link = takeLinkFromPage();
    if (link) void this.exchange({ link });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('signInLink') && this.signInLink) void this.exchange({ link: this.signInLink });
  }

  /** Signed in from a link to one feedback item: once the page is drawn, the focus goes to it (or the page says it is not theirs). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.mode.kind === 'page' && this.page && this.shadowRoot && this.asked.drawn(this.shadowRoot, this.page, this.page.signedInWith !== 'profile')) {
      this.announce(this.strings('feedbackNotYours'));
      this.requestUpdate();
    }
  }

  private get available(): boolean {
    const api = this.api;
    return !!api?.requestSignIn && !!api.startMySession && !!api.getMyInvolvement;
  }

  // Signing in

  private async exchange(proof: { link: string }): Promise<void> {
    this.mode = { kind: 'signing-in' };
    this.announce(this.strings('signingIn'));
    const api = this.api;
    try {
      if (!api?.startMySession) throw new ApiError('not-found', 'Not available.');
      this.signedIn(await api.startMySession(proof));
    } catch (error) {
      const kind = (error as ApiError).kind;
      this.mode = { kind: 'ask', notice: kind === 'unauthorized' || kind === 'validation' ? 'failed' : undefined };
      if (kind !== 'unauthorized' && kind !== 'validation') this.failed('sign-in', error);
      else this.announce(this.strings('linkFailedTitle'));
    }
  }

  private signedIn(session: MySession): void {
    this.session.set(session);
    this.page = undefined;
    this.asked.start();
    this.eraser.reset();
    this.mode = { kind: 'page' };
    this.emit('coprod-signed-in', { signedInWith: session.signedInWith });
  }

  private signedOut(notice: Notice): void {
    this.session.set(undefined);
    this.page = undefined;
    this.mode = { kind: 'ask', notice };
    this.emit('coprod-signed-out', { reason: notice === 'signed-out' ? 'signed-out' : 'ended' });
  }

  private readonly ask = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const api = this.api;
    if (!api?.requestSignIn) return;
    const sent = await this.askForm.submit(async (values, idempotencyKey) => {
      const { locale, readingLevel } = this.config;
      // Asked from a message's link to one feedback item or attendance: the link sent opens the page there again.
      return api.requestSignIn!({ channel: values.channel, address: values.address.trim(), locale, readingLevel, ...askedAgain() }, { idempotencyKey });
    });
    if (!sent) return;
    this.codeForm.reset({ code: '' });
    this.mode = { kind: 'sent', channel: sent.channel, address: this.askForm.values.address.trim(), minutes: sent.expiresInMinutes };
    await this.updateComplete;
    this.shadowRoot?.getElementById('sent-title')?.focus();
    this.announce(sent.channel === 'email' ? this.strings('checkEmailTitle') : this.strings('codeTitle'));
  };

  private readonly enterCode = async (event: Event): Promise<void> => {
    event.preventDefault();
    const api = this.api;
    if (!api?.startMySession || this.mode.kind !== 'sent') return;
    const address = this.mode.address;
    const session = await this.codeForm.submit((values, idempotencyKey) => api.startMySession!({ address, code: values.code.replace(/\s/g, '') }, { idempotencyKey }));
    if (session) this.signedIn(session);
  };

  private readonly openWithKey = async (event: Event): Promise<void> => {
    event.preventDefault();
    const api = this.api;
    if (!api?.startMySession) return;
    const session = await this.keyForm.submit((values, idempotencyKey) => api.startMySession!({ profileId: values.profileId.trim(), key: values.key.trim() }, { idempotencyKey }));
    if (session) {
      this.keyForm.reset({ profileId: '', key: '' });
      this.signedIn(session);
    }
  };

  private readonly startOver = async (): Promise<void> => {
    this.mode = { kind: 'ask', notice: undefined };
    await this.updateComplete;
    this.shadowRoot?.getElementById('field-address')?.focus();
  };

  private readonly signOut = async (): Promise<void> => {
    const api = this.api;
    if (this.session.current && api?.endMySession) await api.endMySession(this.session.options()).catch(() => undefined);
    this.signedOut('signed-out');
    // The button pressed is gone with the page: the focus goes to what is said, not to the document's start (session 28);
    // the focused heading is what a screen reader says, once (no live-region announcement as well).
    await this.updateComplete;
    this.shadowRoot?.getElementById('signed-out-title')?.focus();
  };

  private failed(action: CoprodErrorAction, error: unknown): void {
    this.reportError(action, error);
    this.announce(this.strings('apiError', (error as ApiError | undefined)?.kind ?? 'server'));
  }

  private readonly reload = (): void => {
    this.loadCount += 1;
  };

  /**
   * A profile saved: the page again, in place, so the form keeps its saved panel and the focus on its heading (it announced
   * "saved" itself). Drawn anew, it lost both, and what the panel says with them.
   */
  private readonly savedProfile = (): void => void this.quietly(() => this.loader.run());

  /** While true, the page's Task shows the page it has while it loads again (no loading view, focus stays). */
  private quiet = false;

  /** After an invitation is answered: the interests and "may suit you" again, in place. */
  private refreshQuietly(): Promise<void> {
    return this.quietly(() => Promise.all([this.loader.run(), this.suits.refresh()]));
  }

  private async quietly(load: () => Promise<unknown>): Promise<void> {
    this.quiet = true;
    try {
      await load();
    } finally {
      this.quiet = false;
    }
  }

  // Rendering

  protected override renderContent(): TemplateResult {
    const { t, level } = { t: this.strings, level: this.level };
    // Until the page opens, the heading says what to do or what is happening (a page's own h1 is often "Your involvement" already).
    const mode = this.available ? this.mode : undefined;
    const title =
      mode?.kind === 'ask' ? t('askTitle') : mode?.kind === 'sent' ? t(mode.channel === 'email' ? 'sentLinkTitle' : 'sentCodeTitle') : mode?.kind === 'signing-in' ? t('signingInTitle') : t('title');
    return html`<section class="my-involvement" aria-labelledby="title">
      ${heading(level, title, { id: 'title' })} ${this.renderMode()}
    </section>`;
  }

  private renderMode(): TemplateResult | typeof nothing {
    const t = this.strings;
    const level = this.level;
    const fallback = this.fallback;
    if (!this.available) return html`<p class="panel notice">${t('notAvailable')} ${fallback ? html`<a href=${fallback.href}>${fallback.label}</a>` : nothing}</p>`;
    switch (this.mode.kind) {
      case 'ask':
        return askView({ t, level, notice: this.mode.notice, ask: this.askForm, key: this.keyForm, onAsk: this.ask, onKey: this.openWithKey });
      case 'sent':
        return sentView({ t, level, ...this.mode, code: this.codeForm, onCode: this.enterCode, onAgain: () => void this.ask(), onOther: () => void this.startOver() });
      case 'signing-in':
        return loadingView(t('signingIn'));
      case 'erased':
        return html`<div class="panel success" role="status">
            ${heading(level + 1, t('erasedTitle'), { className: 'panel-title' })}
            <p class="lines">${t('erased')}</p>
          </div>
          <button class="button secondary" type="button" @click=${this.startOver}>${t('sendLink')}</button>`;
      case 'page':
        return (
          this.loader.render({
          pending: () => (this.quiet && this.page ? this.renderPage(this.page) : loadingView(t('loadingPage'), { rows: 6 })),
          complete: (page) => (page ? this.renderPage(page) : nothing),
          error: (error) =>
            errorView({ title: t('loadFailedTitle'), message: t('apiError', (error as ApiError).kind ?? 'server'), retryLabel: t('retry'), onRetry: this.reload, fallback, headingLevel: level + 1 }),
          }) ?? nothing
        );
    }
  }

  private loadInvitations(): void {
    // The invitations' Welsh or easy-read words arrive with them; the page is not swapped for its skeleton meanwhile.
    void (invitationsPart ??= import('./internal/invitations-part.js')).then(async ({ InvitationsPart }) => {
      await readingsReady(this.config.locale, this.config.readingLevel);
      this.invitations ??= new InvitationsPart(this, () => [this.api, this.mode.kind === 'page' ? this.session.current?.token : undefined] as const, () => this.session.options(), (text) => this.announce(text), () => void this.refreshQuietly());
      this.requestUpdate();
    }, () => (this.invitationsLost = true));
  }

  private renderPage(page: MyInvolvement): TemplateResult {
    if (!this.invitations) this.loadInvitations();
    const t = this.strings;
    const level = this.level;
    const locale = this.config.locale;
    const view = { t, level, locale, readingLevel: this.config.readingLevel, opportunityHref: this.opportunityHref };
    const keyOnly = page.signedInWith === 'profile';
    return html`<div class="signed-in">
        <p>${t('signedInUntil', formatDate(locale, page.expiresAt, 'time'))}</p>
        <button class="button secondary" type="button" data-sign-out @click=${this.signOut}>${t('signOut')}</button>
      </div>
      ${this.asked.missing ? html`<p class="panel notice" data-feedback-not-yours>${t('feedbackNotYours')}</p>` : nothing}
      ${isEmpty(page) ? emptyView(t('emptyTitle'), t('empty'), undefined, level + 1) : nothing}
      ${keyOnly ? html`<p class="panel notice lines" data-key-only>${t('keyOnly')}</p>` : nothing}
      ${this.invitations?.render({ level: level + 1, locale, readingLevel: this.config.readingLevel, opportunityHref: this.opportunityHref }) ??
      // While the part's module (and its words) is on its way, its place says so (aria-busy): the page is not finished
      // yet, for a screen reader and for a test's "settled" (live-attributes once compared a page taken before it came).
      (this.invitationsLost ? nothing : html`<div aria-busy="true" data-invitations-coming></div>`)}
      ${page.profiles.length ? this.renderProfiles(page) : nothing}
      ${this.looked.render({ level: level + 1, locale, readingLevel: this.config.readingLevel, hasProfile: page.profiles.length > 0 })}
      ${this.suits.render({ level: level + 1, locale, readingLevel: this.config.readingLevel, hasProfile: page.profiles.length > 0, opportunityHref: this.opportunityHref })}
      ${this.equality.render({ level: level + 1, locale, readingLevel: this.config.readingLevel, hasProfile: page.profiles.length > 0, say: this.t as unknown as EqualityView['say'] })}
      ${keyOnly ? nothing : html`${interestsView(view, page.interests)} ${feedbackView(view, page.feedback)}`}
      ${keyOnly ? nothing : this.pay.render({ me: () => this.session.options(), level: this.level + 1, locale, readingLevel: this.config.readingLevel, announce: (text) => this.announce(text), openAttendance: this.asked.attendance })}
      ${keyOnly ? nothing : this.preferences.render(this.api, level)}
      ${this.eraser.render(view, !isEmpty(page))}`;
  }

  /** A profile saved: what happened to its "How often", said on the page (see `oftenNotice`; `unproved` is said by the form). */
  private sayOften(often: 'kept' | 'not-kept' | 'unproved' | undefined): void {
    this.oftenNotice = often === 'not-kept' ? often : undefined;
    if (often === 'not-kept') this.announce(this.strings('frequencyNotKept'));
  }

  private renderProfiles(page: MyInvolvement): TemplateResult {
    void loadProfileForm();
    const api = this.api!;
    if (this.profileApi?.base !== api) this.profileApi = { base: api, api: profileThroughMe(api, this.session, () => this.page?.profiles ?? [], (often) => this.sayOften(often)) };
    const { locale, readingLevel } = this.config;
    return html`<section class="section" part="section" aria-labelledby="profile-title">
      ${heading(this.level + 1, this.strings('profileTitle'), { id: 'profile-title' })}
      ${this.oftenNotice === 'not-kept' ? html`<p class="panel notice" data-frequency-not-kept>${this.strings('frequencyNotKept')}</p>` : nothing}
      ${page.profiles.map(
        (p) => html`<coprod-profile-form
          id=${`my-profile-${p.id}`}
          profile-id=${p.id}
          heading-level=${String(this.subLevel(2))}
          locale=${locale}
          reading-level=${readingLevel}
          .adapter=${this.profileApi!.api}
          .hostSaysOften=${page.signedInWith !== 'profile'}
          .ownPage=${page.signedInWith === 'profile'}
          @coprod-profile-deleted=${this.reload}
          @coprod-profile-saved=${this.savedProfile}
        ></coprod-profile-form>`,
      )}
    </section>`;
  }
}
