/**
 * The person's message preferences on their own page (issue 15): its own Task (what the server
 * holds), form and "saved" line, so the page's hook is one field and one line.
 */
import { Task, TaskStatus } from '@lit/task';
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { ApiError } from '../../../api/errors.js';
import type { MessagePreferencesState, MySession } from '../../../api/types.js';
import { FormController } from '../../../core/forms/index.js';
import { preferenceValues, preferencesView, type PreferenceValues } from './preferences-view.js';
import type { Strings } from './sign-in-views.js';

export class PreferencesPart {
  readonly form: FormController<PreferenceValues>;
  #saved = false;
  readonly #task: Task<readonly [CoprodApi | undefined, MySession | undefined], MessagePreferencesState | null | undefined>;

  /**
   * `args` gives the API and the session (undefined while signed out); `me` the options of a
   * `/me` call; `announce` speaks "saved".
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly strings: () => Strings,
    args: () => readonly [CoprodApi | undefined, MySession | undefined],
    private readonly me: (signal?: AbortSignal) => MeCallOptions,
    private readonly announce: (text: string) => void,
  ) {
    this.form = new FormController<PreferenceValues>(host, {
      initial: { channel: 'email', language: 'en-GB', readingLevel: 'standard', frequency: 'each_time' },
      fieldOrder: ['channel', 'frequency', 'language', 'readingLevel'],
      word: (p) => this.strings()('fieldProblem', p.code, p.limit),
      validate: () => ({}),
      onChange: () => {
        this.#saved = false;
      },
    });
    /** undefined while loading, null when the person never asked to hear back. */
    this.#task = new Task(host, {
      args,
      task: async ([api, session], { signal }) => {
        if (!api?.getMessagePreferences || !session || session.signedInWith === 'profile') return undefined;
        try {
          const state = await api.getMessagePreferences(this.me(signal));
          this.form.reset(preferenceValues(state));
          return state;
        } catch (error) {
          if ((error as ApiError).kind === 'not-found') return null;
          throw error;
        }
      },
    });
  }

  readonly #save = async (event: Event, api: CoprodApi): Promise<void> => {
    event.preventDefault();
    if (!api.updateMessagePreferences) return;
    const saved = await this.form.submit((values) => api.updateMessagePreferences!(values, this.me()));
    if (!saved) return;
    this.form.reset(preferenceValues(saved));
    this.#saved = true;
    this.host.requestUpdate();
    this.announce(this.strings()('preferencesSaved'));
  };

  render(api: CoprodApi | undefined, level: number): TemplateResult | typeof nothing {
    if (!api?.getMessagePreferences) return nothing;
    const t = this.strings();
    return preferencesView({ t, level, state: this.#task.value, failed: this.#task.status === TaskStatus.ERROR, form: this.form, saved: this.#saved, onSave: (event) => void this.#save(event, api) });
  }
}
