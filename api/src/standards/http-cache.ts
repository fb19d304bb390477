import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A response body with its strong entity tag, computed once when the body is built. */
export interface TaggedBody {
  body: string;
  etag: string;
}

export function tagged(body: string): TaggedBody {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * Anonymous reads of published catalogues (DESIGN, "Caching"): the answer carries an ETag and is
 * 304 when the client already holds it. A version in force today may be replaced by a publish, so
 * it is cached briefly; a named published version never changes.
 */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  tag: TaggedBody,
  options: { contentType: string; immutable: boolean; vary: string },
): FastifyReply {
  reply
    .header('etag', tag.etag)
    .header('cache-control', options.immutable ? 'public, max-age=86400, immutable' : 'public, max-age=60')
    .header('vary', options.vary);
  if (matches(request.headers['if-none-match'], tag.etag)) return reply.status(304).send();
  return reply.status(200).type(options.contentType).send(tag.body);
}

// RFC 9110 §13.1.2: If-None-Match compares weakly and may list several tags, or be "*".
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}
