/** The API's limits (DESIGN: title 1–200, description 1–5000, response 1–5000 characters). */
const TITLE_MAX = 200;
const DESCRIPTION_MAX = 5000;
const RESPONSE_MAX = 5000;

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
  const problems: FieldProblem[] = [];
  const title = form.title.trim();
  if (!title) problems.push({ field: 'title', key: 'proposals.form.errors.titleRequired' });
  else if (title.length > TITLE_MAX)
    problems.push({ field: 'title', key: 'proposals.form.errors.titleTooLong' });
  const description = form.description.trim();
  if (!description) problems.push({ field: 'description', key: 'proposals.form.errors.descriptionRequired' });
  else if (description.length > DESCRIPTION_MAX)
    problems.push({ field: 'description', key: 'proposals.form.errors.descriptionTooLong' });
  return problems;
}

/** The response's problem, if the browser can see one: the i18n key. */
export function responseProblem(response: string): string | null {
  const text = response.trim();
  if (!text) return 'proposals.respond.errors.required';
  if (text.length > RESPONSE_MAX) return 'proposals.respond.errors.tooLong';
  return null;
}
