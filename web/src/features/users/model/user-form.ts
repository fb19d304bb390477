import type { CreateUserInput, Role, UpdateUserInput } from '../../../lib/graphql/generated/graphql';
import type { ManagedUser } from '../api/users';
import { textProblems, type LocalProblem } from '../../../lib/manage/form-values';

export const ROLES: readonly Role[] = ['CUSTOMER', 'ACCOUNT_MANAGER', 'ADMIN'];
/** The interface languages, which a user's preferred language is chosen from. */
export const USER_LOCALES = ['en', 'da', 'nb', 'sv', 'fi', 'is'] as const;
/** The API's rule for passwords, checked here too so the message comes in the interface language. */
export const PASSWORD_MIN_LENGTH = 12;

/** A user as the forms keep them; `password` only when creating one. */
export interface UserForm {
  email: string;
  name: string;
  role: Role;
  providerCode: string;
  agencyId: string;
  locale: string;
  password: string;
}

export function userForm(user: ManagedUser | null, locale = 'en'): UserForm {
  return {
    email: user?.email ?? '',
    name: user?.name ?? '',
    role: user?.role ?? 'CUSTOMER',
    providerCode: user?.providerCode ?? '',
    agencyId: user?.agency?.id ?? '',
    locale: user?.locale ?? locale,
    password: '',
  };
}

/**
 * Who the user works for follows from the role: the API refuses a centre for anyone but an
 * account manager and an agency for anyone but a customer, so the other one is sent as null
 * (which also clears it when the role changes) whatever the hidden field still holds.
 */
function attachment(form: UserForm): { providerCode: string | null; agencyId: string | null } {
  return {
    providerCode: form.role === 'ACCOUNT_MANAGER' ? form.providerCode || null : null,
    agencyId: form.role === 'CUSTOMER' ? form.agencyId || null : null,
  };
}

export function passwordProblems(password: string, path = 'password'): LocalProblem[] {
  return password.length < PASSWORD_MIN_LENGTH ? [{ path, key: 'manager.users.passwordTooShort' }] : [];
}

/** A new user signs in with the password typed here and must change it first. */
export function createUserInput(form: UserForm): { input: CreateUserInput; problems: LocalProblem[] } {
  return {
    input: {
      email: form.email.trim(),
      name: form.name.trim(),
      role: form.role,
      ...attachment(form),
      locale: form.locale,
      password: form.password,
      mustChangePassword: true,
    },
    problems: [...textProblems(form.name, 'name', 'name'), ...passwordProblems(form.password)],
  };
}

/** The e-mail is the sign-in name and cannot be changed. */
export function updateUserInput(form: UserForm): { input: UpdateUserInput; problems: LocalProblem[] } {
  return {
    input: { name: form.name.trim(), role: form.role, ...attachment(form), locale: form.locale },
    problems: textProblems(form.name, 'name', 'name'),
  };
}
