import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs } from '../../../test/session';
import { ProposalForm } from './ProposalForm';

const SERVICES = [
  { code: 'PAY', nameTranslations: { en: 'Payroll and refund service' } },
  { code: 'STATEMENT', nameTranslations: { en: 'Accounts statement' } },
];

function created(input: Record<string, unknown>) {
  return {
    createProposal: {
      id: 'p9',
      providerCode: 'SA-DK',
      agencyName: 'Eksempelstyrelsen',
      title: input.title,
      description: input.description,
      serviceCode: input.serviceCode,
      status: 'OPEN',
      nextStatuses: ['UNDER_REVIEW', 'DECLINED'],
      response: null,
      respondedAt: null,
      respondedByName: null,
      voteCount: 0,
      myAgencyVoted: false,
      createdAt: '2026-11-29T10:00:00.000Z',
      version: 1,
    },
  };
}

function show(onCreated = vi.fn()) {
  renderWithApp(
    <ProposalForm providerCode="SA-DK" services={SERVICES} onCreated={onCreated} onCancel={vi.fn()} />,
  );
  return onCreated;
}

const field = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name}`) });

describe('ProposalForm', () => {
  beforeEach(async () => {
    signedInAs(CUSTOMER);
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows what is missing at each field and in a summary that takes the focus; nothing is sent', async () => {
    const api = mockApi({});
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    show();
    fireEvent.change(field('Title'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the proposal' }));
    const summary = await screen.findByRole('heading', {
      name: 'Correct 2 things before sending the proposal',
    });
    await waitFor(() => expect(summary.closest('[tabindex]')).toBe(document.activeElement));
    expect(screen.getByRole('link', { name: 'Give the proposal a title.' }).getAttribute('href')).toBe(
      `#${field('Title').id}`,
    );
    await waitFor(() => expect(field('Title').getAttribute('aria-invalid')).toBe('true'));
    await waitFor(() => expect(field('What and why').getAttribute('aria-invalid')).toBe('true'));
    // The message at the field is tied to it, so a screen reader reads it with the field.
    const describedBy = (field('Title').getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      'Give the proposal a title.',
    );
    expect(screen.getAllByText('Describe what you propose and why.').length).toBeGreaterThan(0);
    expect(api.calls).toEqual([]);
  });

  it('refuses a title over 200 characters before sending', async () => {
    vi.stubGlobal('fetch', vi.fn(mockApi({}).fetchMock));
    show();
    fireEvent.change(field('Title'), { target: { value: 'x'.repeat(201) } });
    fireEvent.change(field('What and why'), { target: { value: 'Why.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the proposal' }));
    expect(
      await screen.findByRole('link', { name: 'The title must have at most 200 characters.' }),
    ).toBeTruthy();
  });

  it('sends the trimmed proposal with the chosen service', async () => {
    const api = mockApi({ CreateProposal: ({ input }) => created(input as Record<string, unknown>) });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    const onCreated = show();
    fireEvent.change(field('Title'), { target: { value: '  Payslips in English ' } });
    fireEvent.change(field('What and why'), { target: { value: ' For our researchers. ' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Service' }), { target: { value: 'PAY' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the proposal' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(api.calls[0].variables).toEqual({
      input: {
        providerCode: 'SA-DK',
        title: 'Payslips in English',
        description: 'For our researchers.',
        serviceCode: 'PAY',
      },
    });
  });

  it("shows the API's refusal of a field at that field", async () => {
    const api = mockApi({
      CreateProposal: () => graphQLErrors({ code: 'BAD_USER_INPUT', field: 'input.serviceCode' }),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    show();
    fireEvent.change(field('Title'), { target: { value: 'Statement earlier' } });
    fireEvent.change(field('What and why'), { target: { value: 'By the 10th.' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Service' }), { target: { value: 'STATEMENT' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the proposal' }));
    const message =
      "This service is not in the centre's catalogue in force. Choose another, or a new service.";
    expect(await screen.findByRole('link', { name: message })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Service' }).getAttribute('aria-invalid')).toBe('true');
  });
});
