import { Field, InputType, Int } from '@nestjs/graphql';
import { checkedElsewhere } from '../../common/validation/input-validation.pipe.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { VolumeInput } from './volume.input.js';

/**
 * A configuration to price. Deliberately without class-validator rules: the pricing engine of
 * shared/ checks every field (DESIGN pricing rule 5) and reports all problems at once; the
 * validation pipe passes it on as it is (checkedElsewhere, below).
 */
@InputType('ConfigurationInput', {
  description:
    'A configuration to price: a service package, extra services, a service level, volumes and a contract length.',
})
export class ConfigurationInput {
  @Field({ description: 'Code of the provider whose catalogue prices the configuration, e.g. "DFO-NO".' })
  providerCode!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "Number of the catalogue version to price against; default: the version in force today (UTC). Drafts only for the centre's managers.",
  })
  catalogueVersion?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the service package; none: only the services in serviceCodes.',
  })
  servicePackageCode?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Extra services (add-ons or à la carte), in the order picked. A code also in the package counts once, as a package item.',
  })
  serviceCodes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Code of the service level; default: the package's, else the level with the lowest rank.",
  })
  serviceLevelCode?: string | null;

  @Field(() => [VolumeInput], {
    nullable: true,
    description: 'Quantities of the volume drivers; each driver at most once.',
  })
  volumes?: VolumeInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Contract length in years, 1 to 10; default 1.' })
  contractYears?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The contract's first day (UTC), 2000-01-01 to ten years after today; default today. Without catalogueVersion the configuration is priced against the version in force on this day (none: BAD_USER_INPUT on startDate, code NO_VERSION_IN_FORCE).",
  })
  startDate?: string | null;
}

checkedElsewhere(ConfigurationInput);
