import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { renderWithApp } from '../../../test/render';
import type { AuditEvent } from '../api/audit';
import '../../../lib/manage/i18n';
import '../i18n';
import { AuditEventItem } from './AuditEventItem';

function event(entity: string, action: string): AuditEvent {
  return {
    id: `event-${entity}-${action}`,
    at: '2026-11-29T08:00:00.000Z',
    action,
    entity,
    entityId: 'entity-1',
    entityName: null,
    actorEmail: 'someone@example.org',
    providerCode: 'DFO-NO',
    before: null,
    after: null,
  };
}

/** The event's heading line: action, then the kind of thing and its name. */
function headline(): string {
  return screen.getByText((_, element) => element?.classList.contains('audit-event__head') ?? false)
    .textContent as string;
}

describe('AuditEventItem', () => {
  afterEach(async () => {
    cleanup();
    await act(() => i18next.changeLanguage('en'));
  });

  it.each([
    ['en', 'Proposal', 'VOTE', 'Voted Proposal Faster travel claims'],
    ['en', 'Proposal', 'WITHDRAW_VOTE', 'Withdrew the vote Proposal Faster travel claims'],
    ['en', 'Proposal', 'RESPOND', 'Responded Proposal Faster travel claims'],
    ['en', 'BenchmarkFigure', 'DELETE', 'Deleted Benchmark figure Faster travel claims'],
    ['da', 'Proposal', 'VOTE', 'Stemte Forslag Faster travel claims'],
    ['nb', 'BenchmarkFigure', 'CREATE', 'Opprettet Benchmarktall Faster travel claims'],
    ['sv', 'Proposal', 'RESPOND', 'Svarade Förslag Faster travel claims'],
  ])('words a %s %s event with action %s', async (language, entity, action, expected) => {
    await act(() => i18next.changeLanguage(language));
    renderWithApp(<AuditEventItem event={event(entity, action)} name="Faster travel claims" />);
    expect(headline().replace(/\s+/g, ' ').trim()).toBe(expected);
  });

  it('names the catalogue item an edit was about in the reader’s language, its code after the name', async () => {
    await act(() => i18next.changeLanguage('da'));
    const edit = {
      ...event('CatalogueVersion', 'UPDATE_SERVICE'),
      entityName: '2',
      before: { code: 'LON-REGNSKAB', name: { da: 'Lønservice', en: 'Payroll service' } },
      after: { code: 'LON-REGNSKAB', name: { da: 'Lønservice', en: 'Payroll service' } },
    };
    renderWithApp(<AuditEventItem event={edit} name={edit.entityName} />);
    expect(headline().replace(/\s+/g, ' ').trim()).toContain('Lønservice (LON-REGNSKAB)');
    expect(headline()).toContain('2');
  });
});
