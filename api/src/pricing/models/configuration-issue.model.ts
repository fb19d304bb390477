import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/scalars.js';

/**
 * A rule the configuration breaks (DESIGN pricing rule 4). One GraphQL type for every code; the
 * fields that explain one code are null for the others.
 */
@ObjectType('ConfigurationIssue', {
  description:
    'A rule the configuration breaks. It is still priced as far as it can be, but cannot be submitted while an ERROR remains.',
})
export class ConfigurationIssueModel {
  @Field({
    description:
      'MISSING_DEPENDENCY, EXCLUDED_COMBINATION, MISSING_VOLUME, VOLUME_OUT_OF_RANGE, ADDON_NOT_ALLOWED, DEPRECATED_SERVICE or NOTHING_SELECTED (serviceCode null).',
  })
  code!: string;

  @Field({ description: 'ERROR (the configuration is not valid) or WARNING (it is).' })
  severity!: string;

  @Field(() => String, { nullable: true, description: 'The service the issue is about.' })
  serviceCode!: string | null;

  @Field({ description: 'English explanation for a person.' })
  message!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'MISSING_DEPENDENCY: selecting any one of these services fixes it.',
  })
  requiredAnyOf?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'EXCLUDED_COMBINATION: the selected service that may not go with serviceCode.',
  })
  otherServiceCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'MISSING_VOLUME and VOLUME_OUT_OF_RANGE: the volume driver concerned.',
  })
  driverCode?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'VOLUME_OUT_OF_RANGE: the quantity given.' })
  quantity?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "VOLUME_OUT_OF_RANGE: the service's lower limit (inclusive); null: none.",
  })
  min?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "VOLUME_OUT_OF_RANGE: the service's upper limit (inclusive); null: none.",
  })
  max?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ADDON_NOT_ALLOWED: the service package that does not allow the add-on.',
  })
  servicePackageCode?: string;
}
