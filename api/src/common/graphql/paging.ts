import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { BadUserInputError } from '../errors/domain-error.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Relay-style paging arguments (DESIGN: lists that can grow are connections). */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.`,
  })
  @IsOptional()
  @Min(1, { message: 'first must be at least 1.' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `cursor` of the edge to continue after.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  after?: string | null;
}

@ObjectType('PageInfo', { description: 'Where a page lies in its list (Relay).' })
export class PageInfo {
  @Field({ description: 'True when there are more items after this page.' })
  hasNextPage!: boolean;

  @Field({
    description: 'True when this page starts after the beginning of the list (an `after` cursor was given).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page: pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares the GraphQL types `<Name>Connection` and `<Name>Edge` for a node type. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a list, with its cursor.` })
  class EdgeType {
    @Field(() => node, { description: `The ${name}.` })
    node!: T;

    @Field({ description: 'Opaque position of the item: pass it as `after` to continue after it.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of a list of ${name} items (a Relay connection).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of the page, in list order.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Where the page lies in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Cursors are opaque to clients: base64url of the key the list is ordered by. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor)
    throw new BadUserInputError('after is not a cursor of this list.', field);
  return key;
}

/**
 * The key of a cursor made from a JSON array (`JSON.stringify([name, id])`), when `isKey` accepts
 * its shape; anything else is BAD_USER_INPUT on `after`, like any other foreign cursor.
 */
export function decodeJsonCursor<K>(cursor: string, isKey: (parsed: unknown) => parsed is K): K {
  const key = decodeCursor(cursor);
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    parsed = undefined;
  }
  if (!isKey(parsed)) throw new BadUserInputError('after is not a cursor of this list.', 'after');
  return parsed;
}

/**
 * Builds a connection from one page fetched with `limit = size + 1` rows (the extra row only
 * tells whether there is a next page).
 */
export function connectionOf<R, T>(
  rows: R[],
  size: number,
  totalCount: number,
  afterGiven: boolean,
  keyOf: (row: R) => string,
  toNode: (row: R) => T,
): ConnectionShape<T> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ node: toNode(row), cursor: encodeCursor(keyOf(row)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: afterGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function pageSize(first: number | null | undefined): number {
  return first ?? DEFAULT_PAGE_SIZE;
}
