import { Module, type DynamicModule } from '@nestjs/common';
import { WEB_ROOT, WebAppController } from './web-app.controller.js';

/** Serves the built web app's pages; only present when web/dist exists. */
@Module({})
export class WebAppModule {
  static forRoot(root: string): DynamicModule {
    return {
      module: WebAppModule,
      controllers: [WebAppController],
      providers: [{ provide: WEB_ROOT, useValue: root }],
    };
  }
}
