import { textInputProblemKey } from '../../../lib/text-input';

/** A new proposal as its form keeps it: the texts as typed; serviceCode "" for a new service. */
export interface ProposalForm {
  title: string;
  description: string;
  serviceCode: string;
}

export const EMPTY_PROPOSAL: ProposalForm = { title: '', description: '', serviceCode: '' };

export type ProposalField = keyof ProposalForm;

/** One problem at a field: the i18n key of its words. */
export interface FieldProblem {
  field: ProposalField;
  key: string;
}

/** The problems the browser can see before asking the API, in the order of the fields. */
export function proposalProblems(form: ProposalForm): FieldProblem[] {
  const title = textInputProblemKey(form.title, 'title', {
    empty: 'proposals.form.errors.titleRequired',
    tooLong: 'proposals.form.errors.titleTooLong',
  });
  const description = textInputProblemKey(form.description, 'description', {
    empty: 'proposals.form.errors.descriptionRequired',
    tooLong: 'proposals.form.errors.descriptionTooLong',
  });
  return [
    ...(title ? [{ field: 'title' as const, key: title }] : []),
    ...(description ? [{ field: 'description' as const, key: description }] : []),
  ];
}

/** The response's problem, if the browser can see one: the i18n key. */
export function responseProblem(response: string): string | null {
  return textInputProblemKey(response, 'response', {
    empty: 'proposals.respond.errors.required',
    tooLong: 'proposals.respond.errors.tooLong',
  });
}
