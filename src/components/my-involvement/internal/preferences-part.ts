/**
 * The person's message preferences on their own page (issue 15): its own Task (what the server
 * holds), form and "saved" line, so the page's hook is one field and one line. With a profile,
 * "Invitations to take part" (issue 18) joins the form: wish-part.ts and the taxonomy's topics
 * load with the preferences, and one Save sends both.
 */
import { Task, TaskStatus } from '@lit/task';
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { ApiError } from '../../../api/errors.js';
import type { MessagePreferencesState, MySession, Profile } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { FormController } from '../../../core/forms/index.js';
import { readingsReady } from '../../../core/i18n.js';
import { loadTaxonomy } from '../../../core/vocabulary.js';
import { preferenceValues, preferencesView, type PreferenceValues } from './preferences-view.js';
import type { Strings } from './sign-in-views.js';
import type { Wish } from './wish-part.js';

type Row = Pick<MessagePreferencesState, 'language' | 'readingLevel' | 'frequency'>;
const sameRow = (shown: Partial<Row> | undefined, row: Row): boolean =>
  shown?.language === row.language && shown.readingLevel === row.readingLevel && shown.frequency === row.frequency;

type Args = readonly [CoprodApi | undefined, MySession | undefined, readonly Profile[] | undefined];

export class PreferencesPart {
  readonly form: FormController<PreferenceValues>;
  #saved = false;
  #wish: Wish | undefined;
  #profiles: readonly Profile[] = [];
  /** The row as the page's profiles show it: as loaded, then as last saved. */
  #row: MessagePreferencesState | undefined;
  readonly #task: Task<Args, MessagePreferencesState | null | undefined>;

  /**
   * `args` gives the API, the session (undefined while signed out) and the person's profiles;
   * `me` the options of a `/me` call; `announce` speaks "saved"; `reading` the page's locale
   * and reading level.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly strings: () => Strings,
    args: () => Args,
    private readonly me: (signal?: AbortSignal) => MeCallOptions,
    private readonly announce: (text: string) => void,
    private readonly reading: () => readonly [Locale, ReadingLevel],
  ) {
    this.form = new FormController<PreferenceValues>(host, {
      initial: { channel: 'email', language: 'en-GB', readingLevel: 'standard', frequency: 'each_time', wanted: 'all', topics: [] },
      fieldOrder: ['channel', 'frequency', 'language', 'readingLevel', 'invitations.wanted', 'invitations.topics'],
      word: (p) => this.strings()('fieldProblem', p.code, p.limit),
      validate: (values) => this.#wish?.validate(values) ?? {},
      onChange: () => {
        this.#saved = false;
      },
    });
    /** undefined while loading, null when the person never asked to hear back. */
    this.#task = new Task(host, {
      args,
      task: async ([api, session, profiles], { signal }) => {
        if (!api?.getMessagePreferences || !session || session.signedInWith === 'profile') return undefined;
        this.#profiles = profiles ?? [];
        try {
          const [state, wish] = await Promise.all([api.getMessagePreferences(this.me(signal)), this.#profiles.length && api.updateMyProfile ? this.#loadWish(api, signal) : undefined]);
          this.#wish = wish;
          this.form.reset(preferenceValues(state, wish?.of(this.#profiles) ?? { wanted: 'all', topics: [] }));
          this.#row = state;
          return state;
        } catch (error) {
          if ((error as ApiError).kind === 'not-found') return null;
          throw error;
        }
      },
    });
  }

  /** The wish's fields, their words in the page's reading, and the topics (none shown if the taxonomy fails). */
  async #loadWish(api: CoprodApi, signal: AbortSignal): Promise<Wish> {
    const [locale, level] = this.reading();
    const [{ Wish }, taxonomy] = await Promise.all([import('./wish-part.js'), loadTaxonomy(api, signal).catch(() => undefined)]);
    await readingsReady(locale, level);
    return new Wish(locale, level, taxonomy);
  }

  readonly #save = async (event: Event, api: CoprodApi): Promise<void> => {
    event.preventDefault();
    if (!api.updateMessagePreferences) return;
    const wish = this.#wish;
    const saved = await this.form.submit(async ({ wanted, topics, ...change }) => {
      const state = await api.updateMessagePreferences!(change, this.me());
      // The page's profiles now say what GET /me shows on them, so the profile form opened next reads what is saved (review M1):
      // this row on the profiles of the address signed in, its own how often on a profile of another address (reached by its id).
      const now = await api.getMyInvolvement?.(this.me()).catch(() => undefined);
      const before = this.#row;
      this.#row = state;
      for (const profile of this.#profiles) {
        if (!now) {
          // Not read again (review N1): a profile that showed this row as it was shows what was saved, so "Change my
          // profile" does not undo the choice just made; a profile showing anything else keeps its own.
          if (before && sameRow(profile.messages, before)) profile.messages = { language: state.language, readingLevel: state.readingLevel, frequency: state.frequency };
          continue;
        }
        const shown = now.profiles.find((p) => p.id === profile.id);
        if (shown?.messages) profile.messages = shown.messages;
        else if (shown) delete profile.messages;
      }
      await wish?.save(api, this.#profiles, { wanted, topics }, this.me());
      return state;
    });
    if (!saved) return;
    this.form.reset(preferenceValues(saved, { wanted: this.form.values.wanted, topics: this.form.values.topics }));
    this.#saved = true;
    this.host.requestUpdate();
    this.announce(this.strings()('preferencesSaved'));
  };

  render(api: CoprodApi | undefined, level: number): TemplateResult | typeof nothing {
    if (!api?.getMessagePreferences) return nothing;
    const t = this.strings();
    const wish = this.#wish?.render(this.form, t('errorPrefix'), this.reading()[0]);
    return preferencesView({ t, level, state: this.#task.value, failed: this.#task.status === TaskStatus.ERROR, form: this.form, saved: this.#saved, wish, onSave: (event) => void this.#save(event, api) });
  }
}
