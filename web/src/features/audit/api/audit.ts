import { useInfiniteQuery } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { ManagerAuditQuery } from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';

const ManagerAuditDocument = graphql(`
  query ManagerAudit($entity: String, $actorEmail: String, $providerCode: String, $after: String) {
    auditEvents(
      entity: $entity
      actorEmail: $actorEmail
      providerCode: $providerCode
      first: 20
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          entity
          entityId
          entityName
          actorEmail
          providerCode
          before
          after
        }
      }
    }
  }
`);

export type AuditEvent = ManagerAuditQuery['auditEvents']['edges'][number]['node'];

export interface AuditFilters {
  entity: string;
  actorEmail: string;
  providerCode: string;
}

/** The audit log, newest first, 20 events a page; filters left empty do not filter. */
export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: managerKeys.audit(filters),
    staleTime: 0,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      execute(
        ManagerAuditDocument,
        {
          entity: filters.entity || null,
          actorEmail: filters.actorEmail.trim() || null,
          providerCode: filters.providerCode || null,
          after: pageParam,
        },
        { signal },
      ).then((data) => data.auditEvents),
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null),
  });
}
