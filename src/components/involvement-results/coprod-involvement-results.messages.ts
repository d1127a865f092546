import { defineMessages, mergeCatalogs } from '../../core/i18n.js';
import { evaluationResultsMessages } from '../../shared/evaluation/results.messages.js';

const own = defineMessages({
  'en-GB': {
    title: 'How well did we involve you?',
    intro: 'People who took part in our activities told us how it went, on the ten ingredients of co-production. Nobody is named, and small numbers are never shown.',
    tooFewPublic: (threshold: number) => `Results appear here once at least ${threshold} people have said how it went, so that no answer can be traced to a person.`,
    changedTitle: 'What changed because of what you said',
    loadErrorTitle: 'The results could not be loaded',
    loadErrorBody: 'Something went wrong on our side. Try again in a few minutes.',
    tooFewActivity: (threshold: number) => `Not enough answers about this activity yet. Its results show here on their own once at least ${threshold} people have said how it went; until then they are counted only with other activities, so that no answer can be traced to a person.`,
  },
  cy: {
    title: 'Pa mor dda y gwnaethom eich cynnwys chi?',
    intro: 'Dywedodd pobl a gymerodd ran yn ein gweithgareddau wrthym sut aeth hi, ar ddeg cynhwysyn cyd-gynhyrchu. Nid oes neb yn cael ei enwi, ac ni ddangosir niferoedd bach byth.',
    tooFewPublic: (threshold: number) => `Bydd canlyniadau’n ymddangos yma pan fydd o leiaf ${threshold} o bobl wedi dweud sut aeth hi, fel na ellir olrhain ateb i unigolyn.`,
    changedTitle: 'Beth newidiodd oherwydd yr hyn a ddywedoch chi',
    loadErrorTitle: 'Nid oedd modd llwytho’r canlyniadau',
    loadErrorBody: 'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni mewn ychydig funudau.',
    tooFewActivity: (threshold: number) => `Dim digon o atebion am y gweithgaredd hwn eto. Bydd ei ganlyniadau’n ymddangos yma ar eu pen eu hunain pan fydd o leiaf ${threshold} o bobl wedi dweud sut aeth hi; tan hynny fe’u cyfrifir gyda gweithgareddau eraill yn unig, fel na ellir olrhain ateb i unigolyn.`,
  },
  easyRead: {
    'en-GB': {
      title: 'How well did we work with you?',
      intro: 'People told us how it went.\nWe do not show names.\nWe do not show small numbers.',
      tooFewPublic: (threshold: number) => `Not enough people have answered yet.\nWe show results when ${threshold} people have answered.\nThis keeps answers private.`,
      changedTitle: 'What we changed because of you',
      loadErrorTitle: 'We cannot show the results',
      loadErrorBody: 'Something went wrong.\nIt is our fault, not yours.\nTry again in a few minutes.',
      tooFewActivity: (threshold: number) => `Not enough people have answered about this yet.\nWe show it when ${threshold} people have answered.\nThis keeps answers private.`,
    },
    cy: {
      title: 'Pa mor dda y gwnaethom weithio gyda chi?',
      intro: 'Dywedodd pobl wrthym sut aeth hi.\nDydyn ni ddim yn dangos enwau.\nDydyn ni ddim yn dangos niferoedd bach.',
      tooFewPublic: (threshold: number) => `Does dim digon o bobl wedi ateb eto.\nRydyn ni’n dangos canlyniadau pan fydd ${threshold} o bobl wedi ateb.\nMae hyn yn cadw atebion yn breifat.`,
      changedTitle: 'Beth wnaethon ni ei newid oherwydd chi',
      loadErrorTitle: 'Allwn ni ddim dangos y canlyniadau',
      loadErrorBody: 'Aeth rhywbeth o’i le.\nEin bai ni yw hyn, nid eich bai chi.\nRhowch gynnig arall arni mewn ychydig funudau.',
      tooFewActivity: (threshold: number) => `Does dim digon o bobl wedi ateb am hyn eto.\nRydyn ni’n ei ddangos pan fydd ${threshold} o bobl wedi ateb.\nMae hyn yn cadw atebion yn breifat.`,
    },
  },
});

export const involvementResultsMessages = mergeCatalogs(evaluationResultsMessages, own);
