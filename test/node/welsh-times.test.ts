/**
 * Welsh for evening as a time of day is "gyda’r nos" ("noswaith" is an evening event), and "yn
 * poeni am" is to worry about: the person's reasons, staff's reasons and the labels say it so (issue 18).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../src/core/i18n.js';
import { suitsWords } from '../../src/shared/suits/suits.messages.js';
import { staffPeopleMessages } from '../../src/components/staff-people/coprod-staff-people.messages.js';

describe('Welsh times of day and topics in the reasons (issue 18): one rule, src/shared/suits/times.ts, from the time codes', () => {
  it('the person\'s reasons: "yn y bore a gyda’r nos"', () => {
    const t = translator(suitsWords, 'cy', 'standard');
    assert.equal(t('suits_times', ['morning', 'evening']), 'Rydych ar gael yn y bore a gyda’r nos');
    assert.equal(translator(suitsWords, 'en-GB', 'standard')('suits_times', ['afternoon', 'evening']), 'You are free in the afternoon and evening');
  });

  it('staff\'s reasons and labels: the same, and "â diddordeb mewn", not "yn poeni am" (worry about)', () => {
    const t = translator(staffPeopleMessages, 'cy', 'standard');
    assert.equal(t('time_evening'), 'Gyda’r nos');
    assert.equal(t('reason_times', ['morning', 'afternoon', 'evening']), 'Ar gael yn y bore, yn y prynhawn a gyda’r nos');
    assert.equal(translator(staffPeopleMessages, 'en-GB', 'standard')('reason_times', ['morning']), 'Free in the morning');
    assert.equal(t('reason_topic', ['Gofalwyr']), 'Â diddordeb mewn Gofalwyr');
    assert.doesNotMatch(t('weight_topic'), /poeni/);
  });
});
