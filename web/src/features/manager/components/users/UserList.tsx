import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../../components/ui/QueryState';
import { useDocumentTitle } from '../../../../lib/use-document-title';
import { useUserList, type ManagedUser } from '../../api/users';
import { managePaths } from '../../manage-paths';
import { Notice } from '../Notice';
import { TableScroll } from '../TableScroll';

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

/** `/manage/users`: every user by e-mail, with their role, whom they work for and whether they can sign in. */
export function UserList() {
  const { t } = useTranslation();
  const users = useUserList();
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
      {users.isPending ? (
        <LoadingState label={t('manager.users.loading')} />
      ) : users.error ? (
        <QueryFailure
          error={users.error}
          what={t('manager.users.what')}
          onRetry={() => void users.refetch()}
        />
      ) : shown.length === 0 ? (
        <EmptyState>{t('manager.users.empty')}</EmptyState>
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
