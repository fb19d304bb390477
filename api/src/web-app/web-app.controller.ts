import { Controller, Get, Header, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/static';

export const WEB_ROOT = Symbol('WEB_ROOT');

const API_PATH = /^\/(graphql|healthz|readyz|standards|tmf-api)(\/|\?|$)/;

/**
 * The web app's client-side routes (/centres/SA-DK, …): any other GET that asks for HTML gets
 * index.html, so a bookmarked or reloaded deep link works. Files themselves are served by
 * @fastify/static; API paths never fall through to the page.
 */
@Controller()
export class WebAppController {
  constructor(@Inject(WEB_ROOT) private readonly root: string) {}

  @Get('*')
  @Header('cache-control', 'no-cache')
  page(@Req() request: FastifyRequest, @Res() reply: FastifyReply): FastifyReply {
    const wantsHtml = request.headers.accept?.includes('text/html') ?? false;
    if (API_PATH.test(request.url) || !wantsHtml) throw new NotFoundException();
    return reply.type('text/html').sendFile('index.html', this.root);
  }
}
