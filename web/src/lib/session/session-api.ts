import { execute } from '../graphql/client';
import { graphql } from '../graphql/generated';
import type { SessionUserFieldsFragment } from '../graphql/generated/graphql';
import type { SessionUser } from './session-store';

graphql(`
  fragment SessionUserFields on User {
    id
    email
    name
    role
    providerCode
    agency {
      id
      name
    }
    locale
    mustChangePassword
  }
`);

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      mustChangePassword
      user {
        ...SessionUserFields
      }
    }
  }
`);

const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

function toUser(user: SessionUserFieldsFragment, mustChangePassword = user.mustChangePassword): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    providerCode: user.providerCode ?? null,
    agency: user.agency ? { id: user.agency.id, name: user.agency.name } : null,
    locale: user.locale,
    mustChangePassword,
  };
}

/** `login`, sent without any token the browser still holds. */
export async function requestLogin(
  email: string,
  password: string,
): Promise<{ token: string; user: SessionUser }> {
  const { login } = await execute(LoginDocument, { email, password }, { anonymous: true });
  return { token: login.token, user: toUser(login.user, login.mustChangePassword) };
}

/** `me`: the signed-in user as the API knows them now (null: the token is not accepted). */
export async function requestMe(): Promise<SessionUser | null> {
  const { me } = await execute(MeDocument, {});
  return me ? toUser(me) : null;
}

export async function requestPasswordChange(currentPassword: string, newPassword: string): Promise<void> {
  await execute(ChangePasswordDocument, { currentPassword, newPassword });
}

/** `logout`: the API revokes every token of the user (all their devices), `token` included. */
export async function requestLogout(token: string): Promise<void> {
  await execute(LogoutDocument, {}, { token });
}
