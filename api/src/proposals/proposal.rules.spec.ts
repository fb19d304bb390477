import { describe, expect, it } from 'vitest';
import { ConflictError } from '../common/errors/domain-error.js';
import { PROPOSAL_STATUSES } from './proposal.entity.js';
import { assertMove, CLOSED_STATUSES, isClosed, PROPOSAL_MOVES, VOTABLE_STATUSES } from './proposal.rules.js';

describe('proposal status moves', () => {
  it('nothing ever moves back to OPEN, and closed proposals do not move at all', () => {
    for (const from of PROPOSAL_STATUSES) expect(PROPOSAL_MOVES[from]).not.toContain('OPEN');
    for (const closed of CLOSED_STATUSES) expect(PROPOSAL_MOVES[closed]).toEqual([]);
  });

  it('every status but the closed ones can still reach a closed one', () => {
    for (const from of VOTABLE_STATUSES)
      expect(PROPOSAL_MOVES[from].some((to) => isClosed(to) || PROPOSAL_MOVES[to].some(isClosed))).toBe(true);
  });

  it('votable and closed statuses split the statuses', () => {
    expect([...VOTABLE_STATUSES, ...CLOSED_STATUSES].sort()).toEqual([...PROPOSAL_STATUSES].sort());
  });

  it('a refused move is CONFLICT naming where the proposal may go', () => {
    expect(() => assertMove('OPEN', 'DONE')).toThrow(ConflictError);
    let refusal: unknown = null;
    try {
      assertMove('OPEN', 'PLANNED');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).extensions).toEqual({
      reason: 'MOVE_NOT_ALLOWED',
      status: 'OPEN',
      allowed: ['UNDER_REVIEW', 'DECLINED'],
    });
    expect(() => assertMove('UNDER_REVIEW', 'PLANNED')).not.toThrow();
  });
});
