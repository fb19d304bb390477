import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import { signedInAs } from '../../../test/session';
import { Proposals } from './Proposals';

const MANAGER = {
  id: 'user-2',
  email: 'manager.sa-dk@demo.servicekatalog.example',
  name: 'Mette Kundeansvarlig',
  role: 'ACCOUNT_MANAGER' as const,
  providerCode: 'SA-DK',
  agency: null,
  locale: 'da',
  mustChangePassword: false,
};

const PROPOSAL = {
  id: 'p1',
  providerCode: 'SA-DK',
  agencyName: 'Eksempelstyrelsen',
  title: 'Payslips in English',
  description: 'For our researchers.',
  serviceCode: null,
  status: 'OPEN',
  nextStatuses: ['UNDER_REVIEW', 'DECLINED'],
  response: null,
  respondedAt: null,
  respondedByName: null,
  voteCount: 1,
  myAgencyVoted: false,
  createdAt: '2026-11-20T10:00:00.000Z',
  version: 1,
};

function centre(providerCode: string) {
  return {
    providers: [{ code: 'SA-DK', name: 'Statens Administration', locale: 'da' }],
    catalogue: { services: [] },
    me: { id: 'user-2', role: 'ACCOUNT_MANAGER', providerCode, agency: null },
  };
}

function list() {
  return {
    proposals: {
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [{ node: PROPOSAL }],
    },
  };
}

async function openForm() {
  fireEvent.click(await screen.findByRole('button', { name: /^Respond\W+Payslips in English$/ }));
  return screen.getByRole('textbox', { name: /^Response to the agencies/ });
}

describe('responding to a proposal', () => {
  beforeEach(async () => {
    signedInAs(MANAGER);
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('offers the statuses the API allows next and sends status, response and version', async () => {
    const api = mockApi({
      ProposalCentre: () => centre('SA-DK'),
      Proposals: list,
      RespondToProposal: (variables) => ({
        respondToProposal: {
          ...PROPOSAL,
          status: variables.status,
          response: variables.response,
          nextStatuses: ['UNDER_REVIEW', 'PLANNED', 'DECLINED', 'DONE'],
          respondedAt: '2026-11-29T10:00:00.000Z',
          respondedByName: 'Mette Kundeansvarlig',
          version: 2,
        },
      }),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<Proposals providerCode="SA-DK" />);
    const response = await openForm();
    const status = screen.getByRole('combobox', { name: 'New status' });
    expect(
      within(status)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Under review', 'Declined']);
    fireEvent.click(screen.getByRole('button', { name: 'Send the response' }));
    expect(await screen.findByText('Write the response to the agencies.')).toBeTruthy();
    expect(api.calls.some((call) => call.operation === 'RespondToProposal')).toBe(false);
    fireEvent.change(response, { target: { value: ' We are looking into it. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the response' }));
    await waitFor(() => expect(screen.getByText('We are looking into it.')).toBeTruthy());
    expect(api.calls.find((call) => call.operation === 'RespondToProposal')?.variables).toEqual({
      id: 'p1',
      status: 'UNDER_REVIEW',
      response: 'We are looking into it.',
      expectedVersion: 1,
    });
    expect(screen.getByText(/sent; the proposal is now Under review\./)).toBeTruthy();
  });

  it('says in words that someone else responded meanwhile, and reloads on request', async () => {
    const api = mockApi({
      ProposalCentre: () => centre('SA-DK'),
      Proposals: list,
      RespondToProposal: () => graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' }),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<Proposals providerCode="SA-DK" />);
    fireEvent.change(await openForm(), { target: { value: 'Declined.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the response' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed the proposal meanwhile');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    const before = api.calls.filter((call) => call.operation === 'Proposals').length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the proposals' }));
    await waitFor(() =>
      expect(api.calls.filter((call) => call.operation === 'Proposals').length).toBe(before + 1),
    );
  });

  it('offers no response to a manager of another centre', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(mockApi({ ProposalCentre: () => centre('DFO-NO'), Proposals: list }).fetchMock),
    );
    renderWithApp(<Proposals providerCode="SA-DK" />);
    await screen.findByRole('heading', { name: 'Payslips in English' });
    expect(screen.queryByRole('button', { name: /^Respond/ })).toBeNull();
  });
});
