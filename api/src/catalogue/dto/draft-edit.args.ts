import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsString, Length, Min } from 'class-validator';
import {
  CatalogueVersionSettingsInput,
  CategoryInput,
  ServiceInput,
  ServiceLevelInput,
  ServicePackageInput,
  VolumeDriverInput,
} from './catalogue-item.inputs.js';

/** Which draft an edit applies to, and the `version` of it the editor saw (optimistic locking). */
@ArgsType()
export class DraftTargetArgs {
  @Field(() => ID, { description: 'Id of the draft catalogue version.' })
  @IsString()
  id!: string;

  @Field(() => Int, {
    description:
      "The draft's `version` as you last read it. If someone changed the draft since, the edit is refused with CONFLICT and nothing is saved.",
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class RemoveDraftItemArgs extends DraftTargetArgs {
  @Field({ description: 'Code of the item to remove.' })
  @IsString()
  @Length(1, 64)
  code!: string;
}

@ArgsType()
export class UpsertCategoryArgs extends DraftTargetArgs {
  @Field(() => CategoryInput)
  input!: CategoryInput;
}

@ArgsType()
export class UpsertVolumeDriverArgs extends DraftTargetArgs {
  @Field(() => VolumeDriverInput)
  input!: VolumeDriverInput;
}

@ArgsType()
export class UpsertServiceLevelArgs extends DraftTargetArgs {
  @Field(() => ServiceLevelInput)
  input!: ServiceLevelInput;
}

@ArgsType()
export class UpsertServiceArgs extends DraftTargetArgs {
  @Field(() => ServiceInput)
  input!: ServiceInput;
}

@ArgsType()
export class UpsertServicePackageArgs extends DraftTargetArgs {
  @Field(() => ServicePackageInput)
  input!: ServicePackageInput;
}

@ArgsType()
export class UpdateCatalogueVersionSettingsArgs extends DraftTargetArgs {
  @Field(() => CatalogueVersionSettingsInput)
  input!: CatalogueVersionSettingsInput;
}

@ArgsType()
export class ProviderCodeArgs {
  @Field({ description: 'Code of the provider, e.g. "SA-DK".' })
  @IsString()
  @Length(1, 32)
  providerCode!: string;
}
