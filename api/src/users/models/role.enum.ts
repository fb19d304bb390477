import { registerEnumType } from '@nestjs/graphql';
import type { Role } from '../../auth/actor.js';

/** The GraphQL enum `Role`; its values are the {@link Role} strings themselves. */
export const RoleEnum = {
  ADMIN: 'ADMIN',
  ACCOUNT_MANAGER: 'ACCOUNT_MANAGER',
  CUSTOMER: 'CUSTOMER',
} as const satisfies { [R in Role]: R };

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a signed-in user may do (DESIGN, "Who may do what").',
  valuesMap: {
    ADMIN: { description: 'Administers users, providers and agencies; may do everything.' },
    ACCOUNT_MANAGER: {
      description: "Works for a provider: maintains its catalogue and decides its customers' quotes.",
    },
    CUSTOMER: { description: 'Works for a customer agency: configures, saves and submits quotes.' },
  },
});
