import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { MatchReasonShape as MatchReason, Taxonomy } from '../../api/types.js';
import type { Locale, ReadingLevel } from '../../core/config.js';
import { suitsReasons } from './suits-reasons.js';

// A council's skills have no Welsh, and a topic may have no Welsh name: inside a Welsh sentence
// they carry lang="en-GB", so a screen reader says "Cooking" in English, not as Welsh.
const taxonomy: Taxonomy = {
  topics: [
    { id: 'carers', name: { en: 'Carers', cy: 'Gofalwyr' } },
    { id: 'parks', name: { en: 'Parks' } },
  ],
  areas: [],
  organisations: [],
};
const reasons: MatchReason[] = [
  { code: 'topic', values: ['carers', 'parks'] },
  { code: 'skill', values: ['Listening', 'Cooking', 'Art'] },
];

function reasonsIn(locale: Locale, readingLevel: ReadingLevel): HTMLLIElement[] {
  const host = document.createElement('div');
  render(suitsReasons({ reasons, access: [] }, { locale, readingLevel, level: 3, taxonomy }), host);
  return [...host.querySelectorAll<HTMLLIElement>('[data-reasons] li')];
}
const english = (li: Element) => [...li.querySelectorAll('[lang]')].map((span) => `${span.getAttribute('lang')}:${span.textContent}`);
const words = (li: Element) => li.textContent!.replace(/\s+/g, ' ').trim();

describe('why it may suit you: names with no Welsh inside a Welsh sentence', () => {
  it('marks each skill, and a topic with no Welsh name, lang="en-GB" in Welsh and Welsh easy read; "a" before them does not mutate them', () => {
    for (const level of ['standard', 'easy-read'] as const) {
      const [topic, skill] = reasonsIn('cy', level);
      expect(english(topic!), level).to.deep.equal(['en-GB:Parks']);
      expect(english(skill!), level).to.deep.equal(['en-GB:Listening', 'en-GB:Cooking', 'en-GB:Art']);
      // Welsh "a" mutates Welsh words ("a phobl") but never an English name: not "a Chooking".
      expect(words(skill!), level).to.match(/Listening, Cooking ac Art\.?$/);
      expect(words(topic!), level).to.match(/Gofalwyr a Parks\.?$/);
    }
    expect(words(reasonsIn('cy', 'easy-read')[1]!)).to.equal('Rydych yn dda am Listening, Cooking ac Art.');
    expect(words(reasonsIn('cy', 'standard')[1]!)).to.equal('Mae angen eich sgiliau: Listening, Cooking ac Art');
  });

  it('leaves an English page unmarked', () => {
    for (const li of reasonsIn('en-GB', 'standard')) expect(li.querySelector('[lang]')).to.equal(null);
    expect(reasonsIn('en-GB', 'easy-read').map(words)).to.deep.equal(['You care about Carers and Parks.', 'You are good at Listening, Cooking and Art.']);
  });
});
