import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CpsvApController } from './cpsv-ap/cpsv-ap.controller.js';
import { CpsvApService } from './cpsv-ap/cpsv-ap.service.js';
import { PublishedCatalogues } from './published-catalogues.js';
import { Tmf620Controller } from './tmf620/tmf620.controller.js';
import { Tmf620Service } from './tmf620/tmf620.service.js';

/**
 * Published catalogues in the standards other public systems read (DESIGN, "Standards exports"):
 * CPSV-AP 3.2.0 and the read part of TMF620 v5, over plain HTTP GET. Reads the catalogue domain
 * through its services only, and only published versions.
 */
@Module({
  imports: [CatalogueModule],
  controllers: [CpsvApController, Tmf620Controller],
  providers: [PublishedCatalogues, CpsvApService, Tmf620Service],
})
export class StandardsModule {}
