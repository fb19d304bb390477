import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type {
  CreateUserInput,
  ManagerUsersQuery,
  UpdateUserInput,
} from '../../../lib/graphql/generated/graphql';
import { managerKeys } from './versions';

const ManagerUsersDocument = graphql(`
  query ManagerUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          name
          role
          providerCode
          locale
          active
          mustChangePassword
          version
          agency {
            id
            name
          }
        }
      }
    }
  }
`);

const ManagerCreateUserDocument = graphql(`
  mutation ManagerCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      version
    }
  }
`);

const ManagerUpdateUserDocument = graphql(`
  mutation ManagerUpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {
    updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

const ManagerDeactivateUserDocument = graphql(`
  mutation ManagerDeactivateUser($id: ID!, $expectedVersion: Int!) {
    deactivateUser(id: $id, expectedVersion: $expectedVersion) {
      id
      active
      version
    }
  }
`);

const ManagerReactivateUserDocument = graphql(`
  mutation ManagerReactivateUser($id: ID!, $expectedVersion: Int!) {
    reactivateUser(id: $id, expectedVersion: $expectedVersion) {
      id
      active
      version
    }
  }
`);

const ManagerSetOneTimePasswordDocument = graphql(`
  mutation ManagerSetOneTimePassword($userId: ID!, $password: String!, $expectedVersion: Int!) {
    setOneTimePassword(userId: $userId, password: $password, expectedVersion: $expectedVersion) {
      id
      mustChangePassword
      version
    }
  }
`);

export type ManagedUser = ManagerUsersQuery['users']['edges'][number]['node'];

export const userKeys = {
  all: [...managerKeys.all, 'users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
  one: (id: string) => [...userKeys.all, 'one', id] as const,
};

/** As many as one request may ask for. */
const LARGEST_PAGE = 100;

/** Every user by e-mail, 50 a page. Administrators only. */
export function useUserList() {
  return useInfiniteQuery({
    queryKey: userKeys.list(),
    staleTime: 0,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      execute(ManagerUsersDocument, { first: 50, after: pageParam }, { signal }).then((data) => data.users),
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null),
  });
}

/**
 * One user, or null when there is none with this id. The API has no query for a single user, so
 * this walks the list (by e-mail, 100 a page) until it finds them: an administrator's list is short.
 */
export function useUser(id: string) {
  return useQuery({
    queryKey: userKeys.one(id),
    staleTime: 0,
    queryFn: async ({ signal }) => {
      let after: string | null = null;
      for (;;) {
        const page: ManagerUsersQuery['users'] = await execute(
          ManagerUsersDocument,
          { first: LARGEST_PAGE, after },
          { signal },
        ).then((data) => data.users);
        const found = page.edges.find((edge) => edge.node.id === id);
        if (found) return found.node;
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return null;
        after = page.pageInfo.endCursor;
      }
    },
  });
}

/** Each change resolves to the user's new lock counter, what the next change must expect. */
export function createUser(input: CreateUserInput): Promise<number> {
  return execute(ManagerCreateUserDocument, { input }).then((data) => data.createUser.version);
}

export function updateUser(id: string, input: UpdateUserInput, expectedVersion: number): Promise<number> {
  return execute(ManagerUpdateUserDocument, { id, input, expectedVersion }).then(
    (data) => data.updateUser.version,
  );
}

export function setUserActive(id: string, active: boolean, expectedVersion: number): Promise<number> {
  return active
    ? execute(ManagerReactivateUserDocument, { id, expectedVersion }).then(
        (data) => data.reactivateUser.version,
      )
    : execute(ManagerDeactivateUserDocument, { id, expectedVersion }).then(
        (data) => data.deactivateUser.version,
      );
}

export function setOneTimePassword(
  userId: string,
  password: string,
  expectedVersion: number,
): Promise<number> {
  return execute(ManagerSetOneTimePasswordDocument, { userId, password, expectedVersion }).then(
    (data) => data.setOneTimePassword.version,
  );
}
