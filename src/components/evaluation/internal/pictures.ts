import { svg, type TemplateResult } from 'lit';
import type { Agreement, FeltAnswer } from '../../../api/types.js';
import { LADDER } from '../../../core/ladder.js';

/** Mouths from very sad to very happy: a picture beside each answer (decorative; the words say it). */
const MOUTHS: Record<Exclude<Agreement, 'not_for_this'>, string> = {
  strongly_disagree: 'M10 31q10-9 20 0',
  disagree: 'M11 29q9-5 18 0',
  neither: 'M11 27h18',
  agree: 'M11 25q9 6 18 0',
  strongly_agree: 'M10 24q10 11 20 0z',
};

export function answerPicture(answer: Agreement): TemplateResult {
  const face =
    answer === 'not_for_this'
      ? svg`<circle cx="20" cy="20" r="15"/><path d="M9.5 30.5l21-21"/>`
      : svg`<circle cx="20" cy="20" r="15"/><circle cx="14.5" cy="16" r="1.8" class="fill"/><circle cx="25.5" cy="16" r="1.8" class="fill"/><path d=${MOUTHS[answer]}/>`;
  return svg`<svg class="picture" viewBox="0 0 40 40" aria-hidden="true" focusable="false">${face}</svg>`;
}

/** A ladder with the rung highlighted (not sure: a question mark). */
export function rungPicture(rung: FeltAnswer): TemplateResult {
  if (rung === 'not_sure') return svg`<svg class="picture" viewBox="0 0 40 40" aria-hidden="true" focusable="false"><circle cx="20" cy="20" r="15"/><path d="M15 15a5 5 0 1 1 6 5v4M21 29v1"/></svg>`;
  const step = LADDER.indexOf(rung);
  return svg`<svg class="picture" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
    <path d="M12 3v34M28 3v34"/>
    ${LADDER.map((_, i) => svg`<path d=${`M12 ${35 - i * 5}h16`} class=${i === step ? 'rung-on' : ''}/>`)}
  </svg>`;
}
