import type { Profile } from './contract.js';
import { at } from './helpers.js';

/** Five fictional One Page Profiles. */
export function createProfiles(now: Date): Profile[] {
  return [
    {
      id: 'prof-bernie',
      name: 'Bernie',
      picture: null,
      importantToMe:
        'My son Callum, who is 29 and has a learning disability. Being treated as an expert in his life, not a nuisance. A cup of tea and a proper conversation, not a tick-box form.',
      experience:
        "I have been a family carer for nearly 30 years. I have been through children's services, the move to adult services, direct payments and hiring personal assistants. I chaired the parent carers' forum for six years.",
      networks:
        "Anytown Carers Centre; the parent carers' forum; the Thursday coffee morning at Riverside Community Hub; lots of other mums on WhatsApp.",
      howToHelp: {
        needs: ['papers_in_advance', 'breaks'],
        details:
          'Please send papers at least a week before. I can only come if Callum has cover, so I need to know dates early. Replacement care paid for, please.',
      },
      contact: { method: 'email', detail: 'bernie.quillfeather@example.com' },
      topics: ['carers', 'learning-disability', 'adult-social-care'],
      skills: ['Chairing meetings', 'Reading long documents', 'Knowing the system inside out'],
      availability: {
        days: ['tue', 'thu'],
        times: ['morning'],
        modes: ['in_person', 'online'],
        notes: "Term-time is easier, when Callum's day service is open.",
      },
      trainingWanted: 'How to influence commissioning decisions.',
      consent: true,
      createdAt: at(now, -210, 10, 5),
      updatedAt: at(now, -32, 19, 40),
    },
    {
      id: 'prof-tobi',
      name: 'Tobi',
      picture: null,
      importantToMe:
        'BSL is my language. Deaf people getting information at the same time as everyone else. My two children, and my football team.',
      experience:
        'I am Deaf and I was born in Anytown. I have used housing, social care and GP services with and without interpreters. I help run the Deaf youth football club and I make BSL videos for Deaf Community Anytown.',
      networks: 'Deaf Community Anytown; the Deaf football club; Deaf parents online group.',
      howToHelp: {
        needs: ['bsl', 'captions', 'papers_in_advance'],
        details:
          'Book a qualified BSL interpreter, and tell me who it is. Send papers as a BSL video or in plain English. Please do not phone me.',
      },
      contact: { method: 'text', detail: '07700 900 123 (text or WhatsApp video only)' },
      topics: ['deaf-sensory-loss', 'housing', 'digital-services'],
      otherTopics: 'Sport and leisure',
      skills: ['BSL', 'Video editing', 'Coaching'],
      availability: {
        days: ['sat', 'sun', 'wed'],
        times: ['evening', 'morning'],
        modes: ['online', 'in_person'],
      },
      trainingWanted: 'How council budgets work.',
      consent: true,
      createdAt: at(now, -150, 20, 15),
      updatedAt: at(now, -150, 20, 15),
    },
    {
      id: 'prof-nasrin',
      name: 'Nasrin',
      picture: null,
      importantToMe:
        'Being believed. Services that see the whole person, not just a diagnosis. My faith, my garden and my nieces.',
      experience:
        'I have lived with bipolar disorder for 20 years, including two hospital stays. I now work part time as a peer support worker. I use a screen reader because of sight loss, so I notice when websites do not work.',
      networks: 'Riverside Mental Health Forum; a women\'s wellbeing group at my mosque; the Hearing Voices group.',
      howToHelp: {
        needs: ['breaks', 'quiet_space', 'papers_in_advance', 'extra_time'],
        details:
          'Electronic papers that work with a screen reader (Word, not scanned PDFs). I may need to step out of a meeting for a few minutes.',
      },
      contact: { method: 'email', detail: 'nasrin.k@example.org' },
      topics: ['mental-health', 'digital-services', 'public-health'],
      skills: ['Peer support', 'Testing websites with a screen reader', 'Facilitation'],
      availability: {
        days: ['mon', 'wed', 'fri'],
        times: ['afternoon'],
        modes: ['online', 'phone'],
      },
      trainingWanted: 'Co-facilitation training, so I can run workshops with staff.',
      consent: true,
      createdAt: at(now, -95, 13, 0),
      updatedAt: at(now, -11, 14, 25),
    },
    {
      id: 'prof-jimmy',
      name: 'Jimmy',
      picture: null,
      importantToMe:
        'My own flat. My job at the garden centre on Tuesdays and Fridays. Seeing my girlfriend. Being asked, not told.',
      experience:
        'I have a learning disability. I live in supported living in Oakfield. I am on the self-advocacy group at Anytown Learning Disability Partnership. I helped make the easy-read leaflets about day services.',
      networks: 'Anytown Learning Disability Partnership self-advocates; my church youth group; the garden centre team.',
      howToHelp: {
        needs: ['easy_read', 'carer_or_supporter', 'extra_time', 'breaks'],
        details: 'Please use easy read and short words. My support worker Carys comes with me. Give me time to answer.',
      },
      contact: {
        method: 'supporter',
        detail: 'Carys Bellweather, Anytown Learning Disability Partnership, 01632 960 415',
      },
      topics: ['learning-disability', 'transport', 'adult-social-care'],
      skills: ['Checking easy read', 'Gardening', 'Telling my story'],
      availability: {
        days: ['mon', 'wed', 'thu'],
        times: ['morning', 'afternoon'],
        modes: ['in_person'],
        notes: 'Not Tuesdays or Fridays: I am at work.',
      },
      trainingWanted: 'Speaking at big meetings.',
      consent: true,
      createdAt: at(now, -60, 11, 30),
      updatedAt: at(now, -60, 11, 30),
    },
    {
      id: 'prof-sian',
      name: 'Siân',
      picture: null,
      importantToMe:
        'Staying in my own home. Speaking Welsh, my first language. Keeping in touch with friends now that I cannot drive.',
      experience:
        'I am 78 and I have macular degeneration, so I have lost most of my central vision. I was a primary school teacher for 35 years. I have had a home adaptation and I use Dial-a-Ride every week.',
      networks: "Northgate Older People's Network; the Welsh chapel choir; the sight loss support group at Northgate Library.",
      howToHelp: {
        needs: ['large_print', 'papers_in_advance', 'hearing_loop'],
        details:
          'Papers in large print (at least 20 point, bold), posted a week before. I can take part in Welsh or English. Transport to meetings, please.',
      },
      contact: { method: 'post', detail: 'Flat 3, Heron Court, Riverside, Anytown AT2 5HC' },
      topics: ['older-people', 'deaf-sensory-loss', 'transport', 'housing'],
      otherTopics: 'Welsh language services',
      skills: ['Teaching', 'Welsh speaker', 'Proofreading (with my magnifier)'],
      availability: {
        days: ['mon', 'tue', 'wed', 'thu'],
        times: ['morning', 'afternoon'],
        modes: ['in_person', 'phone'],
        notes: 'I do not use a computer.',
      },
      trainingWanted: 'I would like to learn to use a tablet with large text.',
      consent: true,
      createdAt: at(now, -40, 10, 0),
      updatedAt: at(now, -15, 10, 45),
    },
  ];
}
