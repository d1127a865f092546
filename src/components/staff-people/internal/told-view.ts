/**
 * Who was told (issue 15), for one person: every message sent to them (to their address, and
 * about their invitations and interests), newest first, from `GET /messages?profileId=`: what it
 * was about, when, how (the address masked, whole for what staff send by hand) and whether it
 * arrived. Asked for with a button, not on opening the profile: each look is audited.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageLog } from '../../../api/types.js';
import { heading } from '../../../core/heading.js';
import type { Words } from './words.js';

/** Not asked yet, being asked, the messages, or why they could not be had (already worded). */
export type Told = undefined | 'loading' | MessageLog | string;

/** The event's word; a general one for an event this version has no word for (never its key). */
function eventWord(t: Words['t'], event: string): string {
  const key = `told_${event}`;
  const word = t(key);
  return word === key ? t('told_other') : word;
}

/**
 * `onDone` marks a letter, call or supporter's message as sent by hand (audited on the server);
 * `marking(id)` says whether that message is being marked (BusyController). Absent when the adapter cannot.
 */
export function toldView(w: Words & { level: number }, told: Told, onShow: () => void, onDone?: (id: string) => void, marking?: (id: string) => boolean): TemplateResult {
  const { t } = w;
  const body =
    told === undefined || told === 'loading'
      ? // While loading the button stays (aria-disabled, so it keeps the focus) and says so. In a
        // button group, whose space below keeps the next heading off it (it touched "Correct, delete or erase").
        html`<div class="button-group"><button type="button" class="button secondary" part="told-show" aria-disabled=${told === 'loading' ? 'true' : 'false'} aria-busy=${told === 'loading' ? 'true' : 'false'}
          @click=${() => told === undefined && onShow()}>${t(told === 'loading' ? 'toldLoading' : 'toldShow')}</button></div>`
      : typeof told === 'string'
          ? html`<p class="inline-error" part="told-error" role="alert" tabindex="-1">${told}</p>`
          : told.items.length
            ? html`<ul class="invitation-list" part="told" tabindex="-1">
                ${told.items.map(
                  (m) =>
                    html`<li data-told=${m.status} id=${`told-${m.id}`} tabindex="-1">
                      ${eventWord(t, m.event)} · ${t('toldOn', m.createdAt)} · ${t(`toldChannel_${m.channel}`)}${m.to ? ` (${m.to})` : ''} · <strong>${m.status === 'summarised' && m.summaryStatus ? t('toldInSummary', t(`toldStatus_${m.summaryStatus}`)) : t(`toldStatus_${m.status}`)}</strong>
                      ${m.failureReason ? html`<br />${t('toldWhy', m.failureReason)}` : nothing}
                      ${m.status === 'manual' && onDone
                        ? html`<br /><button type="button" class="button secondary" part="told-done" data-message=${m.id} aria-disabled=${marking?.(m.id) ? 'true' : 'false'}
                              @click=${() => onDone(m.id)}>${t('toldMarkDone')}</button>`
                        : nothing}
                    </li>`,
                )}
              </ul>`
            : html`<p part="told" tabindex="-1">${t('toldNone')}</p>`;
  return html`${heading(w.level, t('toldTitle'))} ${body}`;
}
