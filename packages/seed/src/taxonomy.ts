import type { Taxonomy } from './contract.js';

/** Topics, areas (fictional wards) and organisations of the fictional Anytown Council. */
export function createTaxonomy(): Taxonomy {
  return {
    topics: [
      { id: 'adult-social-care', name: { en: 'Adult social care', cy: 'Gofal cymdeithasol oedolion' } },
      { id: 'mental-health', name: { en: 'Mental health', cy: 'Iechyd meddwl' } },
      { id: 'carers', name: { en: 'Carers', cy: 'Gofalwyr' } },
      { id: 'learning-disability', name: { en: 'Learning disability', cy: 'Anabledd dysgu' } },
      { id: 'housing', name: { en: 'Housing', cy: 'Tai' } },
      { id: 'transport', name: { en: 'Transport', cy: 'Trafnidiaeth' } },
      { id: 'young-people', name: { en: 'Young people', cy: 'Pobl ifanc' } },
      { id: 'older-people', name: { en: 'Older people', cy: 'Pobl hŷn' } },
      { id: 'public-health', name: { en: 'Public health', cy: 'Iechyd y cyhoedd' } },
      {
        id: 'deaf-sensory-loss',
        name: { en: 'Deaf and sensory loss', cy: 'Byddardod a cholli synhwyrau' },
      },
      { id: 'digital-services', name: { en: 'Digital services', cy: 'Gwasanaethau digidol' } },
    ],
    areas: [
      { id: 'town-centre', name: { en: 'Town Centre', cy: 'Canol y Dref' } },
      { id: 'riverside', name: { en: 'Riverside', cy: 'Glan yr Afon' } },
      { id: 'northgate', name: { en: 'Northgate', cy: 'Porth y Gogledd' } },
      { id: 'millbrook', name: { en: 'Millbrook', cy: 'Nant y Felin' } },
      { id: 'castle-hill', name: { en: 'Castle Hill', cy: 'Bryn y Castell' } },
      { id: 'oakfield', name: { en: 'Oakfield', cy: 'Maes y Deri' } },
    ],
    organisations: [
      { id: 'anytown-council', name: { en: 'Anytown Council', cy: 'Cyngor Tref Unrhywle' } },
      {
        id: 'anytown-carers-centre',
        name: { en: 'Anytown Carers Centre', cy: 'Canolfan Gofalwyr Unrhywle' },
      },
      {
        id: 'riverside-mental-health-forum',
        name: { en: 'Riverside Mental Health Forum', cy: 'Fforwm Iechyd Meddwl Glan yr Afon' },
      },
      {
        id: 'deaf-community-anytown',
        name: { en: 'Deaf Community Anytown', cy: 'Cymuned Fyddar Unrhywle' },
      },
      {
        id: 'anytown-ld-partnership',
        name: {
          en: 'Anytown Learning Disability Partnership',
          cy: 'Partneriaeth Anabledd Dysgu Unrhywle',
        },
      },
      { id: 'youth-voice-anytown', name: { en: 'Youth Voice Anytown', cy: 'Llais Ieuenctid Unrhywle' } },
      {
        id: 'northgate-older-peoples-network',
        name: { en: "Northgate Older People's Network", cy: 'Rhwydwaith Pobl Hŷn Porth y Gogledd' },
      },
    ],
  };
}
