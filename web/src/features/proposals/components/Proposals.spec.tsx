import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { lastLocation, renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs, signedOut } from '../../../test/session';
import { Proposals } from './Proposals';

type Node = Record<string, unknown> & { id: string; title: string };

function proposal(n: number, changes: Record<string, unknown> = {}): Node {
  return {
    id: `p${n}`,
    providerCode: 'SA-DK',
    agencyName: 'Eksempelstyrelsen',
    title: `Proposal ${n}`,
    description: `What proposal ${n} asks for.`,
    serviceCode: null,
    status: 'OPEN',
    nextStatuses: ['UNDER_REVIEW', 'DECLINED'],
    response: null,
    respondedAt: null,
    respondedByName: null,
    voteCount: 0,
    myAgencyVoted: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    version: 1,
    ...changes,
  };
}

function page(nodes: Node[], total = nodes.length, hasNextPage = false) {
  return {
    proposals: {
      totalCount: total,
      pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
      edges: nodes.map((node) => ({ node })),
    },
  };
}

type Me = {
  id: string;
  role: string;
  providerCode: string | null;
  agency: { id: string; providerCode: string } | null;
};

const CUSTOMER_ME: Me = {
  id: 'user-1',
  role: 'CUSTOMER',
  providerCode: null,
  agency: { id: 'agency-1', providerCode: 'SA-DK' },
};

function centre(me: Me | null) {
  return {
    providers: [{ code: 'SA-DK', name: 'Statens Administration', locale: 'da' }],
    catalogue: {
      services: [
        {
          code: 'PAY',
          nameTranslations: { en: 'Payroll and refund service', da: 'Løn- og refusionsservice' },
        },
        { code: 'STATEMENT', nameTranslations: { da: 'Kontoudtog' } },
      ],
    },
    me,
  };
}

function show(path = '/centres/SA-DK/proposals') {
  return renderWithApp(<Proposals providerCode="SA-DK" />, { path });
}

describe('Proposals', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows anyone the proposals with status, votes, service and the centre’s response', async () => {
    signedOut();
    const answered = proposal(1, {
      title: 'Payslips in English',
      serviceCode: 'PAY',
      status: 'UNDER_REVIEW',
      voteCount: 2,
      response: 'We are looking into it.',
      respondedAt: '2026-11-21T09:00:00.000Z',
      respondedByName: 'Mette Kundeansvarlig',
    });
    const api = mockApi({
      ProposalCentre: () => centre(null),
      Proposals: () => page([answered, proposal(2)]),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    show();
    const card = within(
      (await screen.findByRole('heading', { name: 'Payslips in English' })).closest('article')!,
    );
    expect(card.getByText('Under review')).toBeTruthy();
    expect(card.getByText('2 votes')).toBeTruthy();
    expect(card.getByText(/Changes the service Payroll and refund service \(PAY\)/)).toBeTruthy();
    expect(card.getByText('We are looking into it.')).toBeTruthy();
    expect(card.getByText(/Mette Kundeansvarlig/)).toBeTruthy();
    expect(screen.getByText(/A new service/)).toBeTruthy();
    // Reading needs no sign-in; voting and proposing do.
    expect(screen.queryByRole('button', { name: /Vote/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Write a proposal' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/login?next=%2Fcentres%2FSA-DK%2Fproposals',
    );
    expect(screen.getByText('Showing 2 of 2 proposals.')).toBeTruthy();
  });

  it('names a service in the interface language, and marks a name it has only in another language with that language', async () => {
    signedOut();
    const api = mockApi({
      ProposalCentre: () => centre(null),
      Proposals: () => page([proposal(1, { serviceCode: 'PAY' }), proposal(2, { serviceCode: 'STATEMENT' })]),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    show();
    const article = async (title: string) =>
      (await screen.findByRole('heading', { name: title })).closest('article')!;
    const english = within(await article('Proposal 1')).getByText(/Payroll and refund service/);
    expect(english.closest('[lang]')?.getAttribute('lang')).not.toBe('da');
    const danish = within(await article('Proposal 2')).getByText('Kontoudtog');
    expect(danish.getAttribute('lang')).toBe('da');
    expect(danish.closest('p')?.textContent).toMatch(/Changes the service Kontoudtog \(STATEMENT\)/);
  });

  it('keeps the status filter in the address and asks the API for that status', async () => {
    signedOut();
    const api = mockApi({
      ProposalCentre: () => centre(null),
      Proposals: ({ status }) => page(status === 'PLANNED' ? [] : [proposal(1)]),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    show();
    await screen.findByRole('heading', { name: 'Proposal 1' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Show proposals' }), {
      target: { value: 'PLANNED' },
    });
    expect(await screen.findByText('No proposals in this status.')).toBeTruthy();
    expect(lastLocation.current).toBe('/centres/SA-DK/proposals?status=PLANNED');
    expect(api.calls.filter((call) => call.operation === 'Proposals').at(-1)?.variables).toMatchObject({
      providerCode: 'SA-DK',
      status: 'PLANNED',
    });
  });

  it('reads the status filter from the address', async () => {
    signedOut();
    const api = mockApi({
      ProposalCentre: () => centre(null),
      Proposals: () => page([proposal(1, { status: 'DONE', nextStatuses: [] })]),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    show('/centres/SA-DK/proposals?status=DONE');
    await screen.findByRole('heading', { name: 'Proposal 1' });
    expect((screen.getByRole('combobox', { name: 'Show proposals' }) as HTMLSelectElement).value).toBe(
      'DONE',
    );
    expect(api.calls.find((call) => call.operation === 'Proposals')?.variables.status).toBe('DONE');
  });

  it('lets a customer of the centre vote and withdraw, with aria-pressed and a polite announcement', async () => {
    signedInAs(CUSTOMER);
    let current = proposal(1, { voteCount: 3 });
    const api = mockApi({
      ProposalCentre: () => centre(CUSTOMER_ME),
      Proposals: () => page([current]),
      VoteForProposal: () => {
        current = { ...current, voteCount: 4, myAgencyVoted: true };
        return { voteForProposal: current };
      },
      WithdrawVote: () => {
        current = { ...current, voteCount: 3, myAgencyVoted: false };
        return { withdrawVote: current };
      },
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    show();
    const button = await screen.findByRole('button', { name: /^Vote\W+Proposal 1$/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Vote\W+Proposal 1$/ }).getAttribute('aria-pressed')).toBe(
        'true',
      ),
    );
    expect(screen.getByText('4 votes')).toBeTruthy();
    const live = screen.getAllByRole('status').find((element) => element.textContent?.includes('counted'));
    expect(live?.textContent).toBe("Your agency's vote for “Proposal 1” is counted. It has 4 votes.");
    fireEvent.click(screen.getByRole('button', { name: /^Vote\W+Proposal 1$/ }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Vote\W+Proposal 1$/ }).getAttribute('aria-pressed')).toBe(
        'false',
      ),
    );
    expect(screen.getByText(/is withdrawn\. It has 3 votes\./)).toBeTruthy();
    expect(api.calls.filter((call) => call.operation === 'VoteForProposal')[0].variables).toEqual({
      id: 'p1',
    });
  });

  it('says so when a colleague voted first, and asks for the list again', async () => {
    signedInAs(CUSTOMER);
    const api = mockApi({
      ProposalCentre: () => centre(CUSTOMER_ME),
      Proposals: () => page([proposal(1)]),
      VoteForProposal: () => graphQLErrors({ code: 'CONFLICT', reason: 'ALREADY_VOTED' }),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    show();
    fireEvent.click(await screen.findByRole('button', { name: /^Vote\W+Proposal 1$/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your agency had already voted');
    await waitFor(() => expect(api.calls.filter((call) => call.operation === 'Proposals').length).toBe(2));
  });

  it('offers no vote on a closed proposal, and nothing to a customer of another centre', async () => {
    signedInAs(CUSTOMER);
    const other: Me = { ...CUSTOMER_ME, agency: { id: 'agency-9', providerCode: 'DFO-NO' } };
    const api = mockApi({ ProposalCentre: () => centre(other), Proposals: () => page([proposal(1)]) });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    show();
    await screen.findByRole('heading', { name: 'Proposal 1' });
    expect(screen.queryByRole('button', { name: /Vote/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Write a proposal' })).toBeNull();
    cleanup();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockApi({
          ProposalCentre: () => centre(CUSTOMER_ME),
          Proposals: () => page([proposal(2, { status: 'DECLINED', nextStatuses: [] })]),
        }).fetchMock,
      ),
    );
    show();
    await screen.findByRole('heading', { name: 'Proposal 2' });
    expect(screen.queryByRole('button', { name: /Vote/ })).toBeNull();
  });

  it('says when there is no such centre', async () => {
    signedOut();
    vi.stubGlobal('fetch', vi.fn(mockApi({ ProposalCentre: () => centre(null) }).fetchMock));
    renderWithApp(<Proposals providerCode="XX" />, { path: '/centres/XX/proposals' });
    expect(await screen.findByText('No centre has the code XX.')).toBeTruthy();
  });
});
