import { defineMessages, plural, withLocale } from '../../core/i18n.js';

/** The words of search and pages in the staff lists (internal/list-paging.ts). */
export const listPagingMessages = defineMessages({
  'en-GB': {
    searchLabel: 'Search',
    searchButton: 'Search',
    clearSearch: 'Clear search',
    searchOpportunitiesHint: 'Words from the title or what it is about',
    // FB‑8M2D with a non-breaking hyphen (U+2011): at 320 px the hint broke the example as "FB-" / "8M2D".
    searchFeedbackHint: 'A reference such as FB‑8M2D, or words from what was said',
    showing: withLocale((locale, from: number, to: number, total: number) =>
      plural(locale, total, { one: `Showing ${from} to ${to} of {n} result`, other: `Showing ${from} to ${to} of {n} results` })),
    searchedFor: (q: string) => `for “${q}”`,
    nothingFound: (q: string) => `Nothing matches “${q}”`,
    nothingFoundBody: 'Check the spelling, try fewer words, or clear the search to see everything.',
    pagesLabel: 'Pages of results',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageNumber: (n: number) => `Page ${n}`,
    moreAbout: 'More about this',
  },
  cy: {
    searchLabel: 'Chwilio',
    searchButton: 'Chwilio',
    clearSearch: 'Clirio’r chwiliad',
    searchOpportunitiesHint: 'Geiriau o’r teitl neu o’r hyn y mae’n ymwneud ag ef',
    searchFeedbackHint: 'Cyfeirnod fel FB‑8M2D, neu eiriau o’r hyn a ddywedwyd',
    showing: withLocale((locale, from: number, to: number, total: number) =>
      plural(locale, total, {
        zero: `Yn dangos ${from} i ${to} o {n} canlyniad`,
        one: `Yn dangos ${from} i ${to} o {n} canlyniad`,
        two: `Yn dangos ${from} i ${to} o {n} ganlyniad`,
        few: `Yn dangos ${from} i ${to} o {n} chanlyniad`,
        many: `Yn dangos ${from} i ${to} o {n} canlyniad`,
        other: `Yn dangos ${from} i ${to} o {n} canlyniad`,
      })),
    searchedFor: (q: string) => `ar gyfer “${q}”`,
    nothingFound: (q: string) => `Does dim byd yn cyfateb i “${q}”`,
    nothingFoundBody: 'Gwiriwch y sillafu, rhowch gynnig ar lai o eiriau, neu cliriwch y chwiliad i weld popeth.',
    pagesLabel: 'Tudalennau o ganlyniadau',
    previousPage: 'Tudalen flaenorol',
    nextPage: 'Tudalen nesaf',
    pageNumber: (n: number) => `Tudalen ${n}`,
    moreAbout: 'Rhagor am hyn',
  },
  easyRead: {
    'en-GB': {
      clearSearch: 'Show everything again',
      searchOpportunitiesHint: 'Type a word from the title.',
      searchFeedbackHint: 'Type the reference, like FB‑8M2D.\nOr type some words.',
      showing: withLocale((locale, from: number, to: number, total: number) => plural(locale, total, { one: 'There is 1 here.', other: `You are looking at ${from} to ${to}.\nThere are {n} in all.` })),
      searchedFor: (q: string) => `You looked for “${q}”.`,
      nothingFound: (q: string) => `We found nothing for “${q}”`,
      nothingFoundBody: 'Check the spelling.\nOr try other words.',
      pagesLabel: 'More pages',
      moreAbout: 'Read more',
    },
    cy: {
      clearSearch: 'Dangos popeth eto',
      searchOpportunitiesHint: 'Teipiwch air o’r teitl.',
      searchFeedbackHint: 'Teipiwch y cyfeirnod, fel FB‑8M2D.\nNeu teipiwch rai geiriau.',
      showing: withLocale((locale, from: number, to: number, total: number) => plural(locale, total, {
        zero: `Rydych chi’n edrych ar ${from} i ${to}.\nMae {n} i gyd.`,
        one: 'Mae 1 yma.',
        two: `Rydych chi’n edrych ar ${from} i ${to}.\nMae {n} i gyd.`,
        few: `Rydych chi’n edrych ar ${from} i ${to}.\nMae {n} i gyd.`,
        many: `Rydych chi’n edrych ar ${from} i ${to}.\nMae {n} i gyd.`,
        other: `Rydych chi’n edrych ar ${from} i ${to}.\nMae {n} i gyd.`,
      })),
      searchedFor: (q: string) => `Roeddech chi’n chwilio am “${q}”.`,
      nothingFound: (q: string) => `Ni ddaethom o hyd i ddim ar gyfer “${q}”`,
      nothingFoundBody: 'Gwiriwch y sillafu.\nNeu rhowch gynnig ar eiriau eraill.',
      pagesLabel: 'Rhagor o dudalennau',
      moreAbout: 'Darllen mwy',
    },
  },
  easyReadSame: ['searchLabel', 'searchButton', 'previousPage', 'nextPage', 'pageNumber'],
});
