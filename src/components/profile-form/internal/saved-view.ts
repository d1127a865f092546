import type { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from '../../../api/errors.js';
import type { Profile, Taxonomy } from '../../../api/types.js';
import { heading } from '../../../core/heading.js';
import { icon } from '../../../core/icons.js';
import { editIcon, printIcon, trashIcon } from '../../../core/icons-more.js';
import { errorView, loadingView } from '../../../core/status-views.js';
import type { ViewContext } from './context.js';
import type { DeleteController } from './delete-controller.js';
import { profileView } from './profile-view.js';

export interface SavedView {
  profile: Profile;
  /** Set right after a save: the notice with the profile number (and the private key, once created). */
  justSaved?: 'created' | 'updated' | undefined;
  /** The save set "How often" where the address was not proved: the words that a choice made with proof stays. */
  oftenStays?: string | undefined;
  /** Shown with `oftenStays`: messages turned off before stay off, and where to turn them on (review S0). */
  offStays?: string | undefined;
  /** The private key of a profile created in this element, to show once with the notice. */
  privateKey: string | undefined;
  taxonomy: Taxonomy | undefined;
  deletion: DeleteController;
  onEdit: () => void;
  /** "Print or save as PDF": the widget alone on paper (core/print-alone.ts). */
  onPrint: () => void;
}

/** The saved profile, its print / change / delete actions and the delete confirmation. */
export function savedProfile(context: ViewContext, view: SavedView): TemplateResult {
  const { t, locale, level } = context;
  const { profile } = view;
  return html`${view.justSaved
      ? html`<div class="panel success" part="saved-notice">
          ${heading(level, html`${icon('check')} ${t(view.justSaved === 'created' ? 'savedTitle' : 'updatedTitle')}`, {
            id: 'saved-title',
            className: 'panel-title',
            tabindex: '-1',
          })}
          ${view.oftenStays ? html`<p class="lines" data-often-stays>${view.oftenStays}</p>` : nothing}
          ${view.offStays ? html`<p class="lines" data-off-stays>${view.offStays}</p>` : nothing}
          <p>${t('profileNumberIntro')} <strong class="profile-number">${profile.id}</strong></p>
          <p class="lines">${t('profileNumberHint')}</p>
          ${view.privateKey
            ? html`<p>${t('privateKeyIntro')} <strong class="private-key">${view.privateKey}</strong></p>
                <p class="lines">${t('privateKeyKeep')}</p>
                <p class="lines">${t('privateKeyAfterClose')}</p>`
            : nothing}
        </div>`
      : nothing}
    ${profileView({ profile, t, locale, taxonomy: view.taxonomy, level })}
    <div class="button-group actions no-print" part="actions">
      <button type="button" class="button secondary" data-print @click=${view.onPrint}>${icon(printIcon)} ${t('print')}</button>
      <button type="button" class="button secondary" id="edit-button" @click=${view.onEdit}>${icon(editIcon)} ${t('edit')}</button>
      <button type="button" class="button warning" id="delete-button" @click=${view.deletion.open}>${icon(trashIcon)} ${t('delete')}</button>
    </div>
    ${deleteDialog(context, view.deletion)}`;
}

function deleteDialog({ t, level }: ViewContext, deletion: DeleteController): TemplateResult {
  return html`<dialog id="delete-dialog" class="confirm" part="dialog" aria-labelledby="delete-title" aria-describedby="delete-body" @close=${deletion.closed}>
    ${heading(level, t('deleteTitle'), { id: 'delete-title', className: 'panel-title' })}
    <p id="delete-body" class="lines">${t('deleteBody')}</p>
    ${deletion.error
      ? html`<p class="error-message" role="alert"><span class="visually-hidden">${t('errorPrefix')}</span> ${t('apiError', deletion.error.kind)}</p>`
      : nothing}
    <div class="button-group">
      <button type="button" class="button warning" aria-disabled=${deletion.deleting ? 'true' : 'false'} @click=${deletion.confirm}>
        ${deletion.deleting ? t('deleting') : t('deleteConfirm')}
      </button>
      <button type="button" class="button secondary keep-button" @click=${deletion.keep}>${t('deleteCancel')}</button>
    </div>
  </dialog>`;
}

/** After deleting: what happened, and a way to start a new profile. */
export function deletedView({ t, level }: ViewContext, onStartNew: () => void): TemplateResult {
  return html`<div class="panel success">
    ${heading(level, t('deletedTitle'), { id: 'deleted-title', className: 'panel-title', tabindex: '-1' })}
    <p class="lines">${t('deletedBody')}</p>
    <button type="button" class="button secondary" @click=${onStartNew}>${t('startNew')}</button>
  </div>`;
}

/** Opening a saved profile: "loading", or what went wrong with "try again" and the fallback link. */
export function loadingProfile({ t, level }: ViewContext, loader: Task<readonly unknown[], Profile | undefined>, fallbackHref: string | undefined): unknown {
  const loading = (): unknown => loadingView(t('loadingProfile'), { rows: 4 });
  return loader.render({
    initial: loading,
    pending: loading,
    complete: loading,
    error: (error) =>
      errorView({
        title: t('loadFailedTitle'),
        message: t('apiError', error instanceof ApiError ? error.kind : 'server'),
        retryLabel: t('retry'),
        onRetry: () => loader.run(),
        headingLevel: level,
        fallback: fallbackHref ? { href: fallbackHref, label: t('fallbackLink') } : undefined,
      }),
  });
}
