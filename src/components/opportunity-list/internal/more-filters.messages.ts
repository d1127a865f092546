/**
 * The words of "More filters" on the list (internal/more-filters.ts loads them with it): English,
 * Welsh and easy read. The panel's summary stays in the list's catalog (it shows before them).
 */
import { defineMessages } from '../../../core/i18n.js';

export const moreFiltersMessages = defineMessages({
  'en-GB': {
    topic: 'Topic',
    allTopics: 'All topics',
    area: 'Area',
    allAreas: 'All areas',
    format: 'How you take part',
    pay: 'Pay',
    paidOnly: 'Only show paid opportunities',
    sort: 'Sort by',
    sortClosing: 'Closing soonest',
    sortNewest: 'Newest',
  },
  cy: {
    topic: 'Pwnc',
    allTopics: 'Pob pwnc',
    area: 'Ardal',
    allAreas: 'Pob ardal',
    format: 'Sut rydych yn cymryd rhan',
    pay: 'Tâl',
    paidOnly: 'Dangos cyfleoedd â thâl yn unig',
    sort: 'Trefnu yn ôl',
    sortClosing: 'Yn cau gyntaf',
    sortNewest: 'Mwyaf newydd',
  },
  easyRead: {
    'en-GB': {
      format: 'How you join in',
      paidOnly: 'Only show ones that pay',
      sort: 'Show first',
      sortClosing: 'Ones that end soon',
    },
    cy: {
      format: 'Sut rydych yn ymuno',
      paidOnly: 'Dangos y rhai sy’n talu yn unig',
      sort: 'Dangos yn gyntaf',
      sortClosing: 'Y rhai sy’n cau yn fuan',
    },
  },
  easyReadSame: ['topic', 'allTopics', 'area', 'allAreas', 'pay', 'sortNewest'],
});
