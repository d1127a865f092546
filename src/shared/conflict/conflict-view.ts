import { css, html, nothing, type TemplateResult } from 'lit';
import { choiceGroup } from '../../core/forms/index.js';
import { heading } from '../../core/heading.js';
import type { MessageSet, Translate } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { lines } from '../staff/staff-access.js';

export type ConflictChoice = 'mine' | 'theirs' | 'merge';

/** One question where their version and this person's differ, already in words. */
export interface ConflictRow {
  path: string;
  label: string;
  theirs: string;
  mine: string;
  /** The language of the words, where it is not the page's (a Welsh version's Welsh): each side is marked with it. */
  lang?: string;
}

export interface ConflictPanelOptions {
  /** A translator that knows `conflictMessages` (merge them into the widget's catalog). */
  t: Translate<MessageSet>;
  level: number;
  /** Makes ids unique when a widget shows more than one panel (one per row of a list). */
  idPrefix?: string;
  rows: readonly ConflictRow[];
  /** The questions both people changed: each gets a "use mine / use theirs" choice for a merge. */
  clashes: readonly { path: string; label: string }[];
  prefer: Readonly<Record<string, 'mine' | 'theirs'>>;
  onPrefer: (path: string, side: 'mine' | 'theirs') => void;
  onChoose: (choice: ConflictChoice) => void;
}

/**
 * "Someone else changed this since you opened it": their version beside this person's,
 * a choice per question both changed, and keep mine / take theirs / merge by field. Nothing
 * is lost until the person chooses. Shared by the staff brief, the staff interest answers and
 * the staff feedback status.
 */
export function conflictPanel(o: ConflictPanelOptions): TemplateResult {
  const { t } = o;
  const id = `${o.idPrefix ?? ''}conflict`;
  return html`<div class="conflict" id=${id} role="group" aria-labelledby="${id}-title" tabindex="-1" part="conflict">
    ${heading(o.level, html`<span id="${id}-title">${icon('alert')} ${t('conflictTitle')}</span>`)}
    <p>${lines(t('conflictBody'))}</p>
    <div class="table-scroll">
      <table class="conflict-table">
        <thead>
          <tr>
            <th scope="col">${t('conflictField')}</th>
            <th scope="col">${t('conflictTheirs')}</th>
            <th scope="col">${t('conflictMine')}</th>
          </tr>
        </thead>
        <tbody>
          ${o.rows.map(
            (row) => html`<tr>
              <th scope="row">${row.label}</th>
              <td class="pre-line" lang=${(row.theirs && row.lang) || nothing}>${row.theirs || t('conflictEmpty')}</td>
              <td class="pre-line" lang=${(row.mine && row.lang) || nothing}>${row.mine || t('conflictEmpty')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${o.clashes.length
      ? html`<p>${lines(t('mergeHint'))}</p>
          ${o.clashes.map((clash, index) =>
            choiceGroup({
              id: `${id}-choice-${index}`,
              type: 'radio',
              label: clash.label,
              errorPrefix: t('errorPrefix'),
              inline: true,
              selected: [o.prefer[clash.path] ?? 'mine'],
              onChange: ([side]) => o.onPrefer(clash.path, side === 'theirs' ? 'theirs' : 'mine'),
              choices: [
                { value: 'mine', label: t('useMine') },
                { value: 'theirs', label: t('useTheirs') },
              ],
            }),
          )}`
      : nothing}
    <div class="button-group">
      <button type="button" class="button" @click=${() => o.onChoose('mine')}>${t('keepMine')}</button>
      <button type="button" class="button secondary" @click=${() => o.onChoose('theirs')}>${t('takeTheirs')}</button>
      <button type="button" class="button secondary" @click=${() => o.onChoose('merge')}>${t('mergeFields')}</button>
    </div>
  </div>`;
}

export const conflictStyles = css`
  .conflict {
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: 1.5em;
  }
  .table-scroll {
    overflow-x: auto;
    margin-bottom: var(--_space);
  }
  .conflict-table {
    border-collapse: collapse;
    width: 100%;
  }
  .conflict-table th,
  .conflict-table td {
    border-bottom: 1px solid var(--_border);
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
  }
`;
