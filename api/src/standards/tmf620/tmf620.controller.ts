import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseAcceptLanguage } from '../../common/i18n/accept-language.js';
import { writeJson } from '../exact-json.js';
import { sendCached, tagged } from '../http-cache.js';
import { TmfError, TmfErrorFilter } from './tmf-error.js';
import { fieldsParam, listQuery } from './tmf-query.js';
import { isTmfResourceName, type TmfResourceName } from './tmf-resource.js';
import { TMF_BASE_PATH, Tmf620Service } from './tmf620.service.js';

/**
 * TMF620 Product Catalog Management v5, the read part: GET /{resource} (offset, limit, fields;
 * X-Total-Count and X-Result-Count) and GET /{resource}/{id} for productCatalog, category,
 * productOffering, productOfferingPrice and productSpecification. Public and anonymous.
 */
@Controller(TMF_BASE_PATH.slice(1))
@UseFilters(TmfErrorFilter)
export class Tmf620Controller {
  constructor(private readonly tmf: Tmf620Service) {}

  @Get(':resource')
  async list(
    @Param('resource') resource: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const name = resourceName(resource);
    const page = await this.tmf.list(name, listQuery(query), languagesOf(request));
    reply.header('x-total-count', String(page.total)).header('x-result-count', String(page.items.length));
    return send(request, reply, writeJson(page.items));
  }

  @Get(':resource/:id')
  async get(
    @Param('resource') resource: string,
    @Param('id') id: string,
    @Query('fields') fields: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const name = resourceName(resource);
    const item = await this.tmf.get(name, id, fieldsParam(fields), languagesOf(request));
    return send(request, reply, writeJson(item));
  }
}

function resourceName(resource: string): TmfResourceName {
  if (!isTmfResourceName(resource))
    throw TmfError.notFound(`This API has no resource ${JSON.stringify(resource.slice(0, 64))}.`);
  return resource;
}

function languagesOf(request: FastifyRequest): string[] {
  return parseAcceptLanguage(request.headers['accept-language']);
}

// The version in force may change with a publish, so answers are cached briefly and revalidated.
function send(request: FastifyRequest, reply: FastifyReply, body: string): FastifyReply {
  return sendCached(request, reply, tagged(body), {
    contentType: 'application/json; charset=utf-8',
    immutable: false,
    vary: 'Accept-Language',
  });
}
