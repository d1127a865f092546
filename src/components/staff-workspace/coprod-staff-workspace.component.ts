import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StaffCount, StaffSummary } from '../../api/types.js';
import { heading } from '../../core/heading.js';
import { mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { lines, staffAccess } from '../../shared/staff/staff-access.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { staffMessages } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { staffWorkspaceMessages } from './coprod-staff-workspace.messages.js';
import { staffWorkspaceStyles } from './coprod-staff-workspace.styles.js';
import { fromHash, SECTIONS, toHash, type Section } from './internal/sections.js';

/** What the staff widgets fire when something changes what is waiting: the counts are read again. */
const CHANGES = [
  'coprod-opportunity-saved',
  'coprod-opportunity-status-changed',
  'coprod-interest-updated',
  'coprod-feedback-updated',
  'coprod-feedback-merged',
  'coprod-claim-decided',
  'coprod-attendance-recorded',
  'coprod-message-done',
] as const;

/**
 * The co-production lead's home: one navigation between the staff sections (opportunities,
 * the people interested, feedback, pay and claims), each showing its own staff widget, with
 * how many things wait in each and how many are overdue. "See who is interested" on an
 * opportunity opens the interest section for it. The section (and opportunity) is kept in
 * the address (`#coprod-staff=interest&opportunity=...`), so reload and Back work; focus
 * moves to the section's heading on each move, and to it after signing in.
 *
 * Needs a staff token (attribute, provider or `configure()`); without one it shows a
 * "Sign in to see this" state and makes no request. Each section's widget also works alone.
 *
 * @summary The staff workspace: every staff section in one place, with what is waiting.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Counting what is waiting failed. Detail: `{ action: 'load', kind, message }`. The sections' widgets fire their own events, which bubble out of the workspace.
 * @csspart base - The outer wrapper.
 * @csspart sign-in - The "Sign in to see this" panel.
 * @csspart sign-in-link - The sign-in link.
 * @csspart nav - The list of sections.
 * @csspart section - The section being shown.
 */
export class CoprodStaffWorkspace extends StaffElement {
  static override styles = [...StaffElement.styles, staffStyles, staffWorkspaceStyles];
  static override messages = mergeCatalogs(staffMessages, staffWorkspaceMessages);

  /** The section shown first when the address names none: `opportunities` (default), `interest`, `feedback` or `claims`. */
  @property() section = 'opportunities';

  /** The opportunity whose interest (and attendance) to show; the address may name one instead. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;

  /** The section and opportunity the address names, over the attributes; none when it names none. @internal */
  @state() private addressed: { section: string; opportunityId: string | undefined } | undefined;
  /** @internal */ @state() private signedIn = false;
  private readonly loaded = new Set<string>();
  private focusAfterUpdate = false;
  private readonly onHashChange = () => this.followHash(true);
  private readonly onChange = () => void this.summary.run();
  /** A choice of opportunity inside a section is kept in the address (replacing it: no extra Back step). */
  private readonly onChosen = (event: CustomEvent<{ opportunityId: string | null }>) => {
    const opportunityId = event.detail.opportunityId ?? undefined;
    const section = this.current.id;
    this.addressed = { section, opportunityId };
    if (fromHash(window.location.hash) || !window.location.hash) history.replaceState(history.state, '', toHash(section, opportunityId));
  };

  private readonly summary = this.loadTask(
    () => 0,
    async (api, _key, signal): Promise<StaffSummary | undefined> => (api.getStaffSummary ? api.getStaffSummary({ signal }) : undefined),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.followHash(false);
    window.addEventListener('hashchange', this.onHashChange);
    for (const type of CHANGES) this.addEventListener(type, this.onChange);
    this.addEventListener('coprod-opportunity-chosen', this.onChosen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    for (const type of CHANGES) this.removeEventListener(type, this.onChange);
    this.removeEventListener('coprod-opportunity-chosen', this.onChosen);
  }

  /** The section and opportunity the address names, if it names one of ours. */
  private followHash(moved: boolean): void {
    const hash = window.location.hash;
    const wanted = fromHash(hash);
    // Another address of the page's own (#sign-in) leaves the section as it is; none at all goes back to the first.
    if (!wanted && hash && hash !== '#') return;
    this.addressed = wanted;
    if (moved) this.focusAfterUpdate = true;
  }

  private get current(): Section {
    const id = this.addressed?.section ?? this.section;
    return SECTIONS.find((s) => s.id === id) ?? SECTIONS[0]!;
  }

  private get chosenOpportunity(): string | undefined {
    return this.addressed ? this.addressed.opportunityId : this.opportunityId || undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Signing in is the one moment focus would otherwise be lost (the sign-in form goes away).
    const signedIn = staffAccess(this.config) === 'ok';
    if (signedIn && !this.signedIn) this.focusAfterUpdate ||= this.focusIsLost();
    this.signedIn = signedIn;
    const section = this.current;
    if (!this.loaded.has(section.id)) {
      this.loaded.add(section.id);
      void section.load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    this.shadowRoot?.getElementById('section-heading')?.focus();
  }

  /** Focus is nowhere useful: on the page's body, or inside this workspace. */
  private focusIsLost(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === this || this.contains(active);
  }

  protected override renderSignedIn(): unknown {
    const section = this.current;
    const interestHref = `${toHash('interest')}&opportunity={id}`;
    return html`${heading(this.level, this.t('title'))}
      <p>${lines(this.t('intro'))}</p>
      <nav aria-label=${this.t('nav')} part="nav">
        <ul class="sections">
          ${SECTIONS.map((s) => this.renderLink(s, s === section))}
        </ul>
      </nav>
      ${this.summary.render({ error: () => html`<p class="subtle">${this.t('countsUnavailable')}</p>` })}
      <div class="section" part="section">
        ${heading(this.subLevel(), this.t(`section_${section.id}` as 'section_opportunities'), { id: 'section-heading', tabindex: '-1' })}
        ${section.render({ config: this.config, level: this.subLevel(), signInHref: this.signInHref, opportunityId: this.chosenOpportunity, interestHref })}
      </div>`;
  }

  private renderLink(section: Section, current: boolean): TemplateResult {
    const name = this.t(`section_${section.id}` as 'section_opportunities');
    const summary = this.summary.value;
    const count = summary && section.count ? section.count(summary) : null;
    const href = toHash(section.id, this.chosenOpportunity);
    return html`<li>
      <a href=${href} class="section-link" aria-current=${current ? 'page' : nothing}>
        <span class="name">${name}</span>
        ${count ? this.renderCount(section.id, count) : nothing}
      </a>
    </li>`;
  }

  private renderCount(id: string, count: StaffCount): TemplateResult {
    const say = this.t as unknown as (key: string, n: number) => string;
    if (!count.waiting && !count.overdue) return html`<span class="count">${this.t('nothingWaiting')}</span>`;
    return html`<span class="count">${say(`waiting_${id}`, count.waiting)}</span>
      ${count.overdue ? html`<span class="count overdue">${icon('alert')} ${say(`overdue_${id}`, count.overdue)}</span>` : nothing}`;
  }
}
