import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { opportunityPage } from '../src/embed/pages.js';
import { fixtureSeed } from './fixture-seed.js';
import { cardMessages } from '../../src/shared/card/card.messages.js';

/** The no-JavaScript opportunity page, rendered straight from a brief (no server needed). */
describe('embed opportunity page', () => {
  const opportunities = fixtureSeed().opportunities;
  const find = (id: string) => opportunities.find((o) => o.id === id)!;
  const afterTitle = (page: string) => page.slice(page.indexOf('</h1>'), page.indexOf('<dl>'));

  it('says a cancelled opportunity will not happen, and why, under its title, in English and Welsh', () => {
    const cancelled = { ...find('opp-housing'), status: 'cancelled' as const, cancelledReason: 'The venue has flooded & closed.' };
    const en = afterTitle(opportunityPage(cancelled, 'en-GB'));
    assert.match(en, /This opportunity is cancelled: it will not happen\./);
    assert.match(en, /Why: The venue has flooded &amp; closed\./);
    const cy = afterTitle(opportunityPage(cancelled, 'cy'));
    assert.match(cy, /Mae’r cyfle hwn wedi’i ganslo: ni fydd yn digwydd\./);
    assert.match(cy, /Pam: <span lang="en-GB">The venue has flooded/, 'the council’s English reason, marked');
    assert.doesNotMatch(afterTitle(opportunityPage({ ...cancelled, cancelledReason: undefined }, 'en-GB')), /Why:/);
    // Nothing tells people how to take part in what will not happen, in either language.
    assert.doesNotMatch(opportunityPage(cancelled, 'en-GB'), /How to get involved/);
    assert.doesNotMatch(opportunityPage(cancelled, 'cy'), new RegExp(find('opp-housing').howToGetInvolved.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(opportunityPage(find('opp-housing'), 'en-GB'), /<h2>How to get involved<\/h2>/, 'an open one still says how');
  });

  it('says a closed or filled one takes no more interest, and an open one says nothing of the kind', () => {
    for (const id of ['opp-closed', 'opp-filled']) {
      assert.match(afterTitle(opportunityPage(find(id), 'en-GB')), /no longer taking expressions of interest/);
      assert.match(afterTitle(opportunityPage(find(id), 'cy')), /Nid yw’r cyfle hwn yn derbyn mynegiannau o ddiddordeb mwyach/);
    }
    const open = opportunityPage(find('opp-housing'), 'en-GB');
    assert.doesNotMatch(open, /no longer taking|cancelled/);
  });

  it('in Welsh, marks lang="en-GB" on what the council wrote only in English, and takes an empty Welsh text as none', () => {
    const base = find('opp-housing');
    const o = { ...base, translations: { cy: { title: 'Teitl Cymraeg', summary: '' } }, organisation: { ...base.organisation, name: { en: 'Anytown Carers', cy: '' } } };
    const cy = opportunityPage(o, 'cy');
    assert.match(cy, /<h1>Teitl Cymraeg<\/h1>/, 'a Welsh title has no mark');
    assert.match(cy, /<title>Teitl Cymraeg<\/title>/);
    assert.match(cy, /Cyfle: <span lang="en-GB">Anytown Carers<\/span>/, 'an empty Welsh name falls back to the English, marked');
    assert.ok(cy.includes(`<p lang="en-GB">${base.summary.split(/\n{2,}/)[0]!.trim().replace(/&/g, '&amp;')}`), 'an empty Welsh summary is none: the English, marked');
    assert.match(cy, /<dd lang="en-GB">/, 'the English "when" marked');
    assert.doesNotMatch(opportunityPage(o, 'en-GB').split('<body>')[1]!, /lang=/, 'an English page needs no marks');
  });

  it('writes the closing date as the widgets do, in a <time> with the date itself: English, Welsh, easy read', () => {
    const o = { ...find('opp-housing'), closingDate: '2026-12-14' };
    const closing = (page: string) => /<dt>([^<]*)<\/dt><dd>(.*)<\/dd>/.exec(page.split('\n').find((line) => line.includes('2026-12-14')) ?? '')?.slice(1);
    // The day held to its month by a no-break space (src/core/i18n.ts formatDate), as on the widgets' pages.
    assert.deepEqual(closing(opportunityPage(o, 'en-GB')), ['Closing date', '<time datetime="2026-12-14">14\u00a0December 2026</time>']);
    assert.deepEqual(closing(opportunityPage(o, 'cy')), ['Dyddiad cau', '<time datetime="2026-12-14">14\u00a0Rhagfyr 2026</time>']);
    assert.deepEqual(closing(opportunityPage(o, 'en-GB', 'easy-read')), ['Last day to say yes', '<time datetime="2026-12-14">14\u00a0December 2026</time>']);
    assert.deepEqual(closing(opportunityPage(o, 'cy', 'easy-read')), ['Diwrnod olaf i ddweud ie', '<time datetime="2026-12-14">14\u00a0Rhagfyr 2026</time>']);
    for (const locale of ['en-GB', 'cy'] as const) assert.doesNotMatch(opportunityPage(o, locale).split('<body>')[1]!, />2026-12-14</, 'no ISO date shown');
    // None: no closing date said at all.
    assert.doesNotMatch(opportunityPage({ ...o, closingDate: null }, 'en-GB'), /Closing date|<time/);
  });

  it('names the closing date with the cards’ own words (card.messages.ts), so the two cannot drift apart', () => {
    const o = { ...find('opp-housing'), closingDate: '2026-12-14' };
    const easy = cardMessages.easyRead!;
    const before = { en: easy['en-GB']!.closing, cy: easy.cy!.closing, standard: cardMessages.cy.closing };
    try {
      easy['en-GB']!.closing = 'Card easy closing';
      easy.cy!.closing = 'Cerdyn hawdd cau';
      cardMessages.cy.closing = 'Cerdyn cau';
      assert.match(opportunityPage(o, 'en-GB', 'easy-read'), /<dt>Card easy closing<\/dt>/);
      assert.match(opportunityPage(o, 'cy', 'easy-read'), /<dt>Cerdyn hawdd cau<\/dt>/);
      assert.match(opportunityPage(o, 'cy'), /<dt>Cerdyn cau<\/dt>/);
    } finally {
      easy['en-GB']!.closing = before.en;
      easy.cy!.closing = before.cy;
      cardMessages.cy.closing = before.standard;
    }
  });
});
