/**
 * "Invitations to take part" in the person's message preferences (issue 18 item 3): send me
 * invitations, only about these topics (the taxonomy's topics revealed under it), or none. Loaded
 * with the preferences only when the person has a profile, as invitations go to a profile. The
 * wish is the profile's `invitations` (InvitationWish), so saving it puts each of the person's
 * profiles back with only that changed (PUT /me/profiles/{id}); the server's suggestions and
 * invitations leave out whoever asked not to be invited about an opportunity's topics.
 */
import { html, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { ApiError } from '../../../api/errors.js';
import type { InvitationWish, Profile, Taxonomy } from '../../../api/types.js';
import { noteVersion, versionOf } from '../../../api/versions.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { choiceGroup, fieldId, type FormController } from '../../../core/forms/index.js';
import { translator } from '../../../core/i18n.js';
import { termChoice } from '../../../core/term-choice.js';
import { wishMessages } from './wish.messages.js';

export interface WishValues {
  wanted: InvitationWish['wanted'];
  topics: string[];
}

/** The page's copy of a profile becomes `saved`, with the version it was saved at. */
const follow = (profile: Profile, saved: Profile) => noteVersion(Object.assign(profile, saved), versionOf(saved));

const wishOf = (profiles: readonly Profile[]): WishValues => ({ wanted: profiles[0]?.invitations?.wanted ?? 'all', topics: [...(profiles[0]?.invitations?.topics ?? [])] });

const wishFrom = (values: WishValues): InvitationWish => (values.wanted === 'some' ? { wanted: 'some', topics: values.topics } : { wanted: values.wanted });

export class Wish {
  readonly t;

  constructor(
    locale: Locale,
    level: ReadingLevel,
    readonly taxonomy: Taxonomy | undefined,
  ) {
    this.t = translator(wishMessages, locale, level);
  }

  /** The form's wish from the person's first profile (the page saves the same wish to each). */
  of(profiles: readonly Profile[]): WishValues {
    return wishOf(profiles);
  }

  /** "Only about these topics" with none ticked is the one mistake the person can make here. */
  validate(values: WishValues): Record<string, string> {
    return values.wanted === 'some' && !values.topics.length ? { 'invitations.topics': this.t('wishTopicsNeeded') } : {};
  }

  /** Puts back each profile whose wish changed, with nothing else changed; the page's copy follows. */
  async save(api: CoprodApi, profiles: readonly Profile[], values: WishValues, me: MeCallOptions): Promise<void> {
    const wish = wishFrom(values);
    for (const profile of profiles) {
      if (JSON.stringify(wishFrom(wishOf([profile]))) === JSON.stringify(wish)) continue;
      // No `messages`: the server takes a frequency sent as the person's choice, and this one is only what the page read (review M1).
      const { id, createdAt: _created, updatedAt: _updated, messages: _messages, ...input } = profile;
      try {
        follow(profile, await api.updateMyProfile!(id, { ...input, invitations: wish }, { ...me, ifMatch: versionOf(profile) }));
      } catch (error) {
        // Changed in another tab (412): the page's copy becomes what is saved now, the choices on
        // screen stay, and the next Save puts the wish on what is saved now (nothing of theirs lost).
        const now = (error as ApiError).kind === 'conflict' ? (await api.getMyInvolvement!(me).catch(() => undefined))?.profiles.find((p) => p.id === id) : undefined;
        if (now) follow(profile, now);
        throw error;
      }
    }
  }

  render<V extends WishValues>(form: FormController<V>, errorPrefix: string, locale: Locale): TemplateResult {
    const t = this.t;
    const { wanted, topics } = form.values;
    const topicBoxes = choiceGroup({
      id: fieldId('invitations.topics'),
      label: t('wishTopics'),
      errorPrefix,
      error: form.error('invitations.topics'),
      type: 'checkbox',
      // A topic with no Welsh name is its English one, marked (textIn's rule via termChoice).
      choices: (this.taxonomy?.topics ?? []).map((term) => {
        const { value, label, lang } = termChoice(term, locale);
        return { value, label: html`<span lang=${lang}>${label}</span>` };
      }),
      selected: topics,
      onChange: (chosen) => form.update({ topics: chosen } as Partial<V>),
    });
    return html`${choiceGroup({
      id: fieldId('invitations.wanted'),
      label: t('wishLegend'),
      hint: t('wishHint'),
      errorPrefix,
      error: form.error('invitations.wanted'),
      type: 'radio',
      choices: [
        { value: 'all', label: t('wishAll') },
        { value: 'some', label: t('wishSome'), reveal: topicBoxes },
        { value: 'none', label: t('wishNone') },
      ],
      selected: [wanted],
      onChange: ([value]) => form.update({ wanted: value } as Partial<V>),
    })}`;
  }
}
