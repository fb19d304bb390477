import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { Role } from '../../../lib/graphql/generated/graphql';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUserList, type ManagedUser } from '../api/users';
import { managePaths } from '../../../lib/manage/manage-paths';
import { Notice } from '../../../components/manage/Notice';
import { SelectFilter } from '../../../components/manage/SelectFilter';
import { TableScroll } from '../../../components/ui/TableScroll';

const ROLES: readonly Role[] = ['ADMIN', 'ACCOUNT_MANAGER', 'CUSTOMER'];

/** The role in the address (?role=CUSTOMER); anything else means every role. */
function roleOf(search: URLSearchParams): Role | null {
  const role = search.get('role');
  return ROLES.find((known) => known === role) ?? null;
}

/** Narrows the list to one role; the choice lives in the address, like the agencies' centre filter. */
function RoleFilter({ role, onApply }: { role: Role | null; onApply(role: Role | null): void }) {
  const { t } = useTranslation();
  return (
    <SelectFilter
      id="user-role-filter"
      name={t('manager.users.filters')}
      label={t('manager.users.roleFilter')}
      allLabel={t('manager.users.allRoles')}
      choices={ROLES.map((known) => ({ value: known, label: t(`manager.users.roleChoices.${known}`) }))}
      applyLabel={t('manager.users.apply')}
      value={role ?? ''}
      onApply={(chosen) => onApply(ROLES.find((known) => known === chosen) ?? null)}
    />
  );
}

/** Whom the user works for, in words: an account manager's centre, a customer's agency. */
export function worksFor(user: ManagedUser, t: (key: string) => string): string {
  if (user.role === 'ACCOUNT_MANAGER') return user.providerCode ?? '–';
  if (user.role === 'CUSTOMER') return user.agency?.name ?? '–';
  return t('manager.users.everyCentre');
}

function UserRow({ user }: { user: ManagedUser }) {
  const { t } = useTranslation();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <Link asChild>
          <RouterLink to={managePaths.user(user.id)}>{user.name}</RouterLink>
        </Link>
      </Table.HeaderCell>
      <Table.Cell className="user-email">{user.email}</Table.Cell>
      <Table.Cell>{t(`manager.users.roles.${user.role}`)}</Table.Cell>
      <Table.Cell>{worksFor(user, t)}</Table.Cell>
      <Table.Cell>
        {user.active ? t('manager.users.active') : t('manager.users.inactive')}
        {user.mustChangePassword && (
          <>
            {' '}
            <Tag data-size="sm" data-color="info">
              {t('manager.users.mustChange')}
            </Tag>
          </>
        )}
      </Table.Cell>
    </Table.Row>
  );
}

function UserTable({ users, total }: { users: readonly ManagedUser[]; total: number }) {
  const { t } = useTranslation();
  const caption = t('manager.users.caption', { count: total });
  return (
    <TableScroll label={caption}>
      <Table zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('manager.users.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.users.email')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.users.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.users.worksFor')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.users.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => (
            <UserRow key={user.id} user={user} />
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/**
 * `/manage/users`: every user by e-mail, with their role, whom they work for and whether they can
 * sign in; optionally only those of one role (?role=), filtered by the API since the list is paged.
 */
export function UserList() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const role = roleOf(search);
  const users = useUserList(role);
  useDocumentTitle(t('manager.users.title'));
  const pages = users.data?.pages ?? [];
  const shown = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  return (
    <>
      <Notice />
      <Heading level={1} data-size="lg">
        {t('manager.users.heading')}
      </Heading>
      <Paragraph className="lead">{t('manager.users.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={managePaths.newUser()}>{t('manager.users.create')}</RouterLink>
        </Link>
      </Paragraph>
      <RoleFilter
        key={role ?? ''}
        role={role}
        onApply={(chosen) =>
          setSearch(chosen ? new URLSearchParams({ role: chosen }) : new URLSearchParams())
        }
      />
      {users.isPending ? (
        <LoadingState label={t('manager.users.loading')} />
      ) : users.error ? (
        <QueryFailure
          error={users.error}
          what={t('manager.users.what')}
          onRetry={() => void users.refetch()}
        />
      ) : shown.length === 0 ? (
        <EmptyState>{role ? t('manager.users.emptyRole') : t('manager.users.empty')}</EmptyState>
      ) : (
        <UserTable users={shown} total={pages[0]?.totalCount ?? shown.length} />
      )}
      {users.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void users.fetchNextPage()}
          disabled={users.isFetchingNextPage}
        >
          {t('manager.users.more')}
        </Button>
      )}
    </>
  );
}
