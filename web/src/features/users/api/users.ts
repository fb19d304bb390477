import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type {
  CreateUserInput,
  ManagedUserFieldsFragment,
  Role,
  UpdateUserInput,
} from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';

graphql(`
  fragment ManagedUserFields on User {
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
`);

const ManagerUsersDocument = graphql(`
  query ManagerUsers($role: Role, $first: Int!, $after: String) {
    users(role: $role, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ManagedUserFields
        }
      }
    }
  }
`);

const ManagerUserDocument = graphql(`
  query ManagerUser($id: ID!) {
    user(id: $id) {
      ...ManagedUserFields
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

const ManagerClearSignInLockDocument = graphql(`
  mutation ManagerClearSignInLock($email: String!) {
    clearSignInLock(email: $email)
  }
`);

export type ManagedUser = ManagedUserFieldsFragment;

export const userKeys = {
  all: [...managerKeys.all, 'users'] as const,
  list: (role: Role | null) => [...userKeys.all, 'list', role] as const,
  one: (id: string) => [...userKeys.all, 'one', id] as const,
};

/**
 * Every user by e-mail, or those with one role, 50 a page. Administrators only. Filtered by the
 * API, so the count and the pages are of the filtered list, however many users there are.
 */
export function useUserList(role: Role | null = null) {
  return useInfiniteQuery({
    queryKey: userKeys.list(role),
    staleTime: 0,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      execute(ManagerUsersDocument, { role, first: 50, after: pageParam }, { signal }).then(
        (data) => data.users,
      ),
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null),
  });
}

/** One user, or null when there is none with this id. Administrators only. */
export function useUser(id: string) {
  return useQuery({
    queryKey: userKeys.one(id),
    staleTime: 0,
    queryFn: ({ signal }) => execute(ManagerUserDocument, { id }, { signal }).then((data) => data.user),
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

/** Lifts the sign-in lock of an e-mail; resolves to whether failed attempts were counted for it. */
export function clearSignInLock(email: string): Promise<boolean> {
  return execute(ManagerClearSignInLockDocument, { email }).then((data) => data.clearSignInLock);
}

/**
 * The one way the users' pages refresh the cache after a change: refetched in the background (a
 * form stays open with what was typed), or, for a new user, the lists dropped so the list the page
 * goes to never shows its old rows under the notice that the user was added.
 */
export function useUserCache() {
  const queryClient = useQueryClient();
  return {
    changed: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
    created: () => void queryClient.resetQueries({ queryKey: userKeys.all }),
  };
}
