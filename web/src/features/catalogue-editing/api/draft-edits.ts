import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type {
  CatalogueVersionSettingsInput,
  CategoryInput,
  ServiceInput,
  ServiceLevelInput,
  ServicePackageInput,
  VolumeDriverInput,
} from '../../../lib/graphql/generated/graphql';

// Every edit answers with the draft's new `version`, the counter the next edit must send.

const UpsertServiceDocument = graphql(`
  mutation ManagerUpsertService($id: ID!, $expectedVersion: Int!, $input: ServiceInput!) {
    upsertService(id: $id, expectedVersion: $expectedVersion, input: $input) {
      version
    }
  }
`);
const UpsertServiceLevelDocument = graphql(`
  mutation ManagerUpsertServiceLevel($id: ID!, $expectedVersion: Int!, $input: ServiceLevelInput!) {
    upsertServiceLevel(id: $id, expectedVersion: $expectedVersion, input: $input) {
      version
    }
  }
`);
const UpsertServicePackageDocument = graphql(`
  mutation ManagerUpsertServicePackage($id: ID!, $expectedVersion: Int!, $input: ServicePackageInput!) {
    upsertServicePackage(id: $id, expectedVersion: $expectedVersion, input: $input) {
      version
    }
  }
`);
const UpsertCategoryDocument = graphql(`
  mutation ManagerUpsertCategory($id: ID!, $expectedVersion: Int!, $input: CategoryInput!) {
    upsertCategory(id: $id, expectedVersion: $expectedVersion, input: $input) {
      version
    }
  }
`);
const UpsertVolumeDriverDocument = graphql(`
  mutation ManagerUpsertVolumeDriver($id: ID!, $expectedVersion: Int!, $input: VolumeDriverInput!) {
    upsertVolumeDriver(id: $id, expectedVersion: $expectedVersion, input: $input) {
      version
    }
  }
`);
const UpdateSettingsDocument = graphql(`
  mutation ManagerUpdateSettings($id: ID!, $expectedVersion: Int!, $input: CatalogueVersionSettingsInput!) {
    updateCatalogueVersionSettings(id: $id, expectedVersion: $expectedVersion, input: $input) {
      version
    }
  }
`);
const RemoveServiceDocument = graphql(`
  mutation ManagerRemoveService($id: ID!, $expectedVersion: Int!, $code: String!) {
    removeService(id: $id, expectedVersion: $expectedVersion, code: $code) {
      version
    }
  }
`);
const RemoveServiceLevelDocument = graphql(`
  mutation ManagerRemoveServiceLevel($id: ID!, $expectedVersion: Int!, $code: String!) {
    removeServiceLevel(id: $id, expectedVersion: $expectedVersion, code: $code) {
      version
    }
  }
`);
const RemoveServicePackageDocument = graphql(`
  mutation ManagerRemoveServicePackage($id: ID!, $expectedVersion: Int!, $code: String!) {
    removeServicePackage(id: $id, expectedVersion: $expectedVersion, code: $code) {
      version
    }
  }
`);
const RemoveCategoryDocument = graphql(`
  mutation ManagerRemoveCategory($id: ID!, $expectedVersion: Int!, $code: String!) {
    removeCategory(id: $id, expectedVersion: $expectedVersion, code: $code) {
      version
    }
  }
`);
const RemoveVolumeDriverDocument = graphql(`
  mutation ManagerRemoveVolumeDriver($id: ID!, $expectedVersion: Int!, $code: String!) {
    removeVolumeDriver(id: $id, expectedVersion: $expectedVersion, code: $code) {
      version
    }
  }
`);

interface Target {
  id: string;
  expectedVersion: number;
}

/** The upsert of each kind of item; each resolves to the draft's new version. */
export const upsert = {
  services: (target: Target, input: ServiceInput) =>
    execute(UpsertServiceDocument, { ...target, input }).then((d) => d.upsertService.version),
  serviceLevels: (target: Target, input: ServiceLevelInput) =>
    execute(UpsertServiceLevelDocument, { ...target, input }).then((d) => d.upsertServiceLevel.version),
  servicePackages: (target: Target, input: ServicePackageInput) =>
    execute(UpsertServicePackageDocument, { ...target, input }).then((d) => d.upsertServicePackage.version),
  categories: (target: Target, input: CategoryInput) =>
    execute(UpsertCategoryDocument, { ...target, input }).then((d) => d.upsertCategory.version),
  drivers: (target: Target, input: VolumeDriverInput) =>
    execute(UpsertVolumeDriverDocument, { ...target, input }).then((d) => d.upsertVolumeDriver.version),
};

/** The removal of each kind of item by code. */
export const remove = {
  services: (target: Target, code: string) =>
    execute(RemoveServiceDocument, { ...target, code }).then((d) => d.removeService.version),
  serviceLevels: (target: Target, code: string) =>
    execute(RemoveServiceLevelDocument, { ...target, code }).then((d) => d.removeServiceLevel.version),
  servicePackages: (target: Target, code: string) =>
    execute(RemoveServicePackageDocument, { ...target, code }).then((d) => d.removeServicePackage.version),
  categories: (target: Target, code: string) =>
    execute(RemoveCategoryDocument, { ...target, code }).then((d) => d.removeCategory.version),
  drivers: (target: Target, code: string) =>
    execute(RemoveVolumeDriverDocument, { ...target, code }).then((d) => d.removeVolumeDriver.version),
};

export function updateSettings(target: Target, input: CatalogueVersionSettingsInput): Promise<number> {
  return execute(UpdateSettingsDocument, { ...target, input }).then(
    (d) => d.updateCatalogueVersionSettings.version,
  );
}
