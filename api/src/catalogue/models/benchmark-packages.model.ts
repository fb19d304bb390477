import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('BenchmarkPackages', {
  description:
    'The service package the Nordic price benchmark prices per kind of standard profile; null: that kind is not offered.',
})
export class BenchmarkPackagesModel {
  @Field(() => String, { nullable: true, description: 'Code of the package for payroll only.' })
  PAYROLL!: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the package for accounting only.' })
  ACCOUNTING!: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the package for payroll and accounting.' })
  BOTH!: string | null;
}
