/**
 * Who was told (issue 15), for one person: every message sent to them (to their address, and
 * about their invitations and interests), newest first, from `GET /messages?profileId=`: what it
 * was about, when, how (the address masked, whole for what staff send by hand) and whether it
 * arrived. Asked for with a button, not on opening the profile: each look is audited.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageLog } from '../../../api/types.js';
import { heading } from '../../../core/heading.js';
import { loadingView } from '../../../core/status-views.js';
import type { Words } from './words.js';

/** Not asked yet, being asked, the messages, or why they could not be had (already worded). */
export type Told = undefined | 'loading' | MessageLog | string;

export function toldView(w: Words & { level: number }, told: Told, onShow: () => void): TemplateResult {
  const { t } = w;
  const body =
    told === undefined
      ? html`<button type="button" class="button secondary" part="told-show" @click=${onShow}>${t('toldShow')}</button>`
      : told === 'loading'
        ? loadingView(t('toldLoading'), { rows: 1 })
        : typeof told === 'string'
          ? html`<p class="inline-error" part="told-error" role="alert" tabindex="-1">${told}</p>`
          : told.items.length
            ? html`<ul class="invitation-list" part="told" tabindex="-1">
                ${told.items.map(
                  (m) =>
                    html`<li data-told=${m.status}>
                      ${t(`told_${m.event}`)} · ${t('toldOn', m.createdAt)} · ${t(`toldChannel_${m.channel}`)}${m.to ? ` (${m.to})` : ''} · <strong>${t(`toldStatus_${m.status}`)}</strong>
                      ${m.failureReason ? html`<br />${t('toldWhy', m.failureReason)}` : nothing}
                    </li>`,
                )}
              </ul>`
            : html`<p part="told" tabindex="-1">${t('toldNone')}</p>`;
  return html`${heading(w.level, t('toldTitle'))} ${body}`;
}
