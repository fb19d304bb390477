import {
  BadRequestException,
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendCached } from '../http-cache.js';
import { integerParam, isProviderCodeParam } from '../request-checks.js';
import { CpsvApService, type CpsvApFormat } from './cpsv-ap.service.js';

/**
 * GET /standards/cpsv-ap/{providerCode}[?version=N]: the provider's published catalogue as CPSV-AP
 * 3.2.0 — JSON-LD, or Turtle for `Accept: text/turtle`. Public and anonymous: drafts do not exist here.
 */
@Controller('standards/cpsv-ap')
export class CpsvApController {
  constructor(private readonly cpsvAp: CpsvApService) {}

  @Get(':providerCode')
  async export(
    @Param('providerCode') providerCode: string,
    @Query('version') versionParam: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    if (!isProviderCodeParam(providerCode)) throw new BadRequestException('Not a provider code.');
    const version = integerParam(versionParam, 1, 999_999_999);
    if (version === null) throw new BadRequestException('version must be a whole number from 1.');
    const format = formatOf(request.headers.accept);
    const found = await this.cpsvAp.export(providerCode, version, format);
    if (!found)
      throw new NotFoundException(
        `No published catalogue ${providerCode}${version ? ` version ${version}` : ''}.`,
      );
    return sendCached(request, reply, found.tag, {
      contentType: format === 'turtle' ? 'text/turtle; charset=utf-8' : 'application/ld+json; charset=utf-8',
      immutable: found.fixedVersion,
      vary: 'Accept',
    });
  }
}

/** Turtle when the client asks for it at least as much as for JSON-LD; JSON-LD otherwise. */
function formatOf(accept: string | undefined): CpsvApFormat {
  const weights = new Map<string, number>();
  for (const part of (accept ?? '').split(',')) {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    weights.set(type.trim(), q === undefined ? 1 : Number(q));
  }
  const turtle = weights.get('text/turtle') ?? 0;
  const jsonLd = Math.max(weights.get('application/ld+json') ?? 0, weights.get('application/json') ?? 0);
  return turtle > 0 && turtle >= jsonLd ? 'turtle' : 'jsonld';
}
