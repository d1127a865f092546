import { fieldId } from '../../../core/forms/index.js';
import type { FieldControllerHost } from './picture.js';

type SkillProblem = { kind: 'duplicate' | 'tooLong' | 'tooMany'; skill: string };

/** The skills field: a skill typed and added with Enter or a button, shown as removable chips. */
export class SkillsController {
  /** Why the last skill was not added. */
  problem: SkillProblem | undefined;

  constructor(private readonly options: FieldControllerHost) {}

  /** The message at the field: why the skill was not added, else the form's own error. */
  get message(): string | undefined {
    const problem = this.problem;
    if (!problem) return this.options.form.error('skills');
    const t = this.options.t();
    if (problem.kind === 'duplicate') return t('skillDuplicate', problem.skill);
    return t(problem.kind === 'tooLong' ? 'skillTooLong' : 'skillsTooMany');
  }

  reset(): void {
    this.problem = undefined;
  }

  /** Adds the typed skill; false when it was refused (the reason is then at the field). */
  add(options: { quiet?: boolean } = {}): boolean {
    const { form, announce, host } = this.options;
    const skill = form.values.newSkill.trim().replace(/\s+/g, ' ');
    if (!skill) return true;
    const skills = form.values.skills;
    if (skills.some((existing) => existing.toLowerCase() === skill.toLowerCase())) this.problem = { kind: 'duplicate', skill };
    else if (skill.length > 80) this.problem = { kind: 'tooLong', skill };
    else if (skills.length >= 30) this.problem = { kind: 'tooMany', skill };
    else {
      this.problem = undefined;
      form.update({ skills: [...skills, skill], newSkill: '' });
      if (!options.quiet) announce(this.options.t()('skillAdded', skill));
      return true;
    }
    host.requestUpdate();
    if (!options.quiet) announce(this.message!);
    return false;
  }

  readonly type = (value: string): void => {
    this.problem = undefined;
    this.options.form.update({ newSkill: value });
  };

  readonly remove = async (index: number): Promise<void> => {
    const { form, announce, host } = this.options;
    const skills = form.values.skills;
    const removed = skills[index];
    if (removed === undefined) return;
    form.update({ skills: skills.filter((_, i) => i !== index) });
    await host.updateComplete;
    // Focus goes to the chip that took its place, or the one before, or back to the input.
    const buttons = host.shadowRoot?.querySelectorAll<HTMLButtonElement>('.skill-remove') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)] ?? host.shadowRoot?.getElementById(fieldId('skills'));
    next?.focus();
    announce(this.options.t()('skillRemoved', removed));
  };

  readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    // Enter adds the skill rather than submitting the whole form.
    event.preventDefault();
    this.add();
  };
}
