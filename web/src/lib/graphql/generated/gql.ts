/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ManagerAgencies($providerCode: String, $first: Int!, $after: String) {\n    agencies(providerCode: $providerCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          organisationNumber\n          country\n          providerCode\n        }\n      }\n    }\n  }\n": typeof types.ManagerAgenciesDocument,
    "\n  query ManagerAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      organisationNumber\n      country\n      providerCode\n      defaultVolumes {\n        driverCode\n        quantity\n      }\n      version\n    }\n  }\n": typeof types.ManagerAgencyDocument,
    "\n  query ManagerAgencyDrivers($providerCode: String!) {\n    catalogue(providerCode: $providerCode) {\n      number\n      drivers {\n        code\n        nameTranslations\n        unitTranslations\n        integer\n      }\n    }\n  }\n": typeof types.ManagerAgencyDriversDocument,
    "\n  mutation ManagerCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.ManagerCreateAgencyDocument,
    "\n  mutation ManagerUpdateAgency($id: ID!, $input: UpdateAgencyInput!, $expectedVersion: Int!) {\n    updateAgency(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.ManagerUpdateAgencyDocument,
    "\n  query ManagerAgreements(\n    $first: Int!\n    $after: String\n    $status: AgreementStatus\n    $agencyId: ID\n    $endingBefore: Date\n  ) {\n    agreements(\n      first: $first\n      after: $after\n      status: $status\n      agencyId: $agencyId\n      endingBefore: $endingBefore\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          providerCode\n          startDate\n          endDate\n          agency {\n            id\n            name\n          }\n          current {\n            price {\n              currency\n              totals {\n                monthly\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ManagerAgreementsDocument,
    "\n  query ManagerAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      reference\n      status\n      providerCode\n      startDate\n      endDate\n      version\n      terminationReason\n      agency {\n        id\n        name\n      }\n      current {\n        catalogueVersion\n        configuration\n        price {\n          serviceLevelCode\n        }\n      }\n      terms {\n        kind\n        startDate\n        endDate\n        catalogueVersion\n        price {\n          currency\n          contractYears\n          totals {\n            monthly\n          }\n          years {\n            year\n            oneTime\n            recurring\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.ManagerAgreementDocument,
    "\n  query ManagerAgreementUsage($id: ID!, $from: String!, $to: String!) {\n    agreement(id: $id) {\n      id\n      version\n      trueUp(from: $from, to: $to)\n      usage(from: $from, to: $to) {\n        month\n        actualAmount\n        forecastAmount\n        engineVersion\n        lines {\n          driverCode\n          forecast\n          actual\n        }\n      }\n      serviceResults(from: $from, to: $to) {\n        month\n        metric\n        serviceCode\n        target\n        value\n        met\n      }\n    }\n  }\n": typeof types.ManagerAgreementUsageDocument,
    "\n  mutation ManagerTerminateAgreement(\n    $id: ID!\n    $expectedVersion: Int!\n    $endDate: Date!\n    $reason: String!\n    $idempotencyKey: String\n  ) {\n    terminateAgreement(\n      id: $id\n      expectedVersion: $expectedVersion\n      endDate: $endDate\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      status\n      endDate\n      version\n      terminationReason\n    }\n  }\n": typeof types.ManagerTerminateAgreementDocument,
    "\n  mutation ManagerRecordVolumes(\n    $agreementId: ID!\n    $expectedVersion: Int!\n    $entries: [VolumeEntryInput!]!\n    $idempotencyKey: String\n  ) {\n    recordVolumes(\n      agreementId: $agreementId\n      expectedVersion: $expectedVersion\n      entries: $entries\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      version\n    }\n  }\n": typeof types.ManagerRecordVolumesDocument,
    "\n  mutation ManagerRecordServiceResults(\n    $agreementId: ID!\n    $expectedVersion: Int!\n    $entries: [ServiceResultInput!]!\n    $idempotencyKey: String\n  ) {\n    recordServiceResults(\n      agreementId: $agreementId\n      expectedVersion: $expectedVersion\n      entries: $entries\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      version\n    }\n  }\n": typeof types.ManagerRecordServiceResultsDocument,
    "\n  query ManagerTermCatalogue($providerCode: String!, $version: Int!) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      id\n      drivers {\n        code\n        integer\n        nameTranslations\n      }\n      serviceLevels {\n        code\n        targets {\n          metric\n          serviceCode\n          nameTranslations\n          value\n          unit\n        }\n      }\n    }\n  }\n": typeof types.ManagerTermCatalogueDocument,
    "\n  query ManagerAgreementAgencies($first: Int!) {\n    agencies(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ManagerAgreementAgenciesDocument,
    "\n  subscription ManagerAgreementChanged($id: ID!) {\n    agreementChanged(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ManagerAgreementChangedDocument,
    "\n  query MyAgreements($first: Int!) {\n    agreements(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          status\n          startDate\n          endDate\n          current {\n            price {\n              currency\n              totals {\n                monthly\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAgreementsDocument,
    "\n  query AgreementDetail($id: ID!) {\n    agreement(id: $id) {\n      id\n      reference\n      status\n      providerCode\n      startDate\n      endDate\n      terminationReason\n      agency {\n        id\n        name\n      }\n      terms {\n        kind\n        startDate\n        endDate\n        catalogueVersion\n        price {\n          currency\n          contractYears\n          upcomingChange {\n            catalogueVersion\n            validFrom\n          }\n          totals {\n            monthly\n          }\n          years {\n            year\n            oneTime\n            recurring\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgreementDetailDocument,
    "\n  query ManagerAudit($entity: String, $actorEmail: String, $providerCode: String, $after: String) {\n    auditEvents(\n      entity: $entity\n      actorEmail: $actorEmail\n      providerCode: $providerCode\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          entityName\n          actorEmail\n          providerCode\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.ManagerAuditDocument,
    "\n  query BenchmarkFigures($providerCode: String, $kpi: BenchmarkKpi, $first: Int, $after: String) {\n    benchmarkFigures(providerCode: $providerCode, kpi: $kpi, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          providerCode\n          year\n          kpi\n          value\n          currency\n          source\n          version\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BenchmarkFiguresDocument,
    "\n  query BenchmarkCentres {\n    providers {\n      code\n      name\n      locale\n      versions {\n        number\n        status\n        currency\n        inForce\n      }\n    }\n  }\n": typeof types.BenchmarkCentresDocument,
    "\n  mutation RecordBenchmarkFigure($input: RecordBenchmarkFigureInput!) {\n    recordBenchmarkFigure(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecordBenchmarkFigureDocument,
    "\n  mutation UpdateBenchmarkFigure($id: ID!, $input: UpdateBenchmarkFigureInput!, $expectedVersion: Int!) {\n    updateBenchmarkFigure(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateBenchmarkFigureDocument,
    "\n  mutation DeleteBenchmarkFigure($id: ID!, $expectedVersion: Int!) {\n    deleteBenchmarkFigure(id: $id, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeleteBenchmarkFigureDocument,
    "\n  query ManagerDiff($providerCode: String!, $from: Int!, $to: Int!) {\n    catalogueDiff(providerCode: $providerCode, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        change\n        code\n        name\n        path\n        before\n        after\n        fields {\n          field\n          before\n          after\n        }\n      }\n    }\n    before: catalogue(providerCode: $providerCode, version: $from) {\n      currency\n      drivers {\n        code\n        unit\n      }\n      services {\n        code\n        name\n      }\n    }\n    after: catalogue(providerCode: $providerCode, version: $to) {\n      currency\n      drivers {\n        code\n        unit\n      }\n      services {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ManagerDiffDocument,
    "\n  mutation ManagerUpsertService($id: ID!, $expectedVersion: Int!, $input: ServiceInput!) {\n    upsertService(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": typeof types.ManagerUpsertServiceDocument,
    "\n  mutation ManagerUpsertServiceLevel($id: ID!, $expectedVersion: Int!, $input: ServiceLevelInput!) {\n    upsertServiceLevel(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": typeof types.ManagerUpsertServiceLevelDocument,
    "\n  mutation ManagerUpsertServicePackage($id: ID!, $expectedVersion: Int!, $input: ServicePackageInput!) {\n    upsertServicePackage(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": typeof types.ManagerUpsertServicePackageDocument,
    "\n  mutation ManagerUpsertCategory($id: ID!, $expectedVersion: Int!, $input: CategoryInput!) {\n    upsertCategory(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": typeof types.ManagerUpsertCategoryDocument,
    "\n  mutation ManagerUpsertVolumeDriver($id: ID!, $expectedVersion: Int!, $input: VolumeDriverInput!) {\n    upsertVolumeDriver(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": typeof types.ManagerUpsertVolumeDriverDocument,
    "\n  mutation ManagerUpdateSettings($id: ID!, $expectedVersion: Int!, $input: CatalogueVersionSettingsInput!) {\n    updateCatalogueVersionSettings(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": typeof types.ManagerUpdateSettingsDocument,
    "\n  mutation ManagerRemoveService($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeService(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": typeof types.ManagerRemoveServiceDocument,
    "\n  mutation ManagerRemoveServiceLevel($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeServiceLevel(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": typeof types.ManagerRemoveServiceLevelDocument,
    "\n  mutation ManagerRemoveServicePackage($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeServicePackage(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": typeof types.ManagerRemoveServicePackageDocument,
    "\n  mutation ManagerRemoveCategory($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeCategory(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": typeof types.ManagerRemoveCategoryDocument,
    "\n  mutation ManagerRemoveVolumeDriver($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeVolumeDriver(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": typeof types.ManagerRemoveVolumeDriverDocument,
    "\n  query ManagerDraft($providerCode: String!, $version: Int!) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      id\n      number\n      status\n      version\n      validFrom\n      currency\n    }\n    exportCatalogue(providerCode: $providerCode, version: $version)\n  }\n": typeof types.ManagerDraftDocument,
    "\n  fragment DraftPricedFields on DraftPriced {\n    draftCurrency\n    firstYearAfter\n    firstYearDifference\n    contractTotalAfter\n    contractTotalDifference\n    validAfter\n    problem\n    problems {\n      field\n      code\n      params\n      message\n    }\n  }\n": typeof types.DraftPricedFieldsFragmentDoc,
    "\n  query ManagerImpact($providerCode: String!) {\n    draftImpact(providerCode: $providerCode) {\n      quoteId\n      reference\n      revision\n      name\n      agencyName\n      status\n      catalogueVersion\n      currency\n      firstYearBefore\n      contractTotalBefore\n      ...DraftPricedFields\n    }\n  }\n": typeof types.ManagerImpactDocument,
    "\n  query ManagerAgreementImpact($providerCode: String!) {\n    draftAgreementImpact(providerCode: $providerCode) {\n      agreementId\n      reference\n      agencyName\n      renewalDate\n      contractYears\n      catalogueVersion\n      currency\n      firstYearBefore\n      contractTotalBefore\n      ...DraftPricedFields\n    }\n  }\n": typeof types.ManagerAgreementImpactDocument,
    "\n  query ManagerValidateCatalogue($document: JSON!) {\n    validateCatalogue(document: $document) {\n      path\n      code\n      params\n      message\n    }\n  }\n": typeof types.ManagerValidateCatalogueDocument,
    "\n  mutation ManagerImportCatalogue($document: JSON!, $replaceDraft: Boolean) {\n    importCatalogue(document: $document, replaceDraft: $replaceDraft) {\n      id\n      number\n      provider {\n        code\n      }\n    }\n  }\n": typeof types.ManagerImportCatalogueDocument,
    "\n  mutation ManagerCreateDraft($providerCode: String!) {\n    createDraft(providerCode: $providerCode) {\n      id\n      number\n      version\n    }\n  }\n": typeof types.ManagerCreateDraftDocument,
    "\n  mutation ManagerDiscardDraft($id: ID!) {\n    discardDraft(id: $id)\n  }\n": typeof types.ManagerDiscardDraftDocument,
    "\n  mutation ManagerPublish($id: ID!, $validFrom: Date, $expectedVersion: Int) {\n    publishCatalogueVersion(id: $id, validFrom: $validFrom, expectedVersion: $expectedVersion) {\n      id\n      number\n      status\n      validFrom\n    }\n  }\n": typeof types.ManagerPublishDocument,
    "\n  query ManagerExport($providerCode: String!, $version: Int) {\n    exportCatalogue(providerCode: $providerCode, version: $version)\n  }\n": typeof types.ManagerExportDocument,
    "\n  query CatalogueBrowser($providerCode: String!, $version: Int) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      id\n      number\n      status\n      validFrom\n      currency\n      inForce\n      provider {\n        code\n        name\n        country\n        locale\n      }\n      categories {\n        code\n        nameTranslations\n      }\n      drivers {\n        code\n        nameTranslations\n        unitTranslations\n        integer\n        standardMeasure\n      }\n      serviceLevels {\n        code\n        nameTranslations\n        rank\n        surchargePercent\n        targets {\n          metric\n          nameTranslations\n          value\n          unit\n          serviceCode\n        }\n      }\n      services {\n        code\n        nameTranslations\n        descriptionTranslations\n        kind\n        status\n        category\n        requires\n        excludes\n        limits {\n          driverCode\n          min\n          max\n        }\n        priceComponents {\n          labelTranslations\n          model\n          period\n          driverCode\n          amount\n          unitPrice\n          tiers {\n            upTo\n            unitPrice\n            flatFee\n          }\n          minimumCharge\n          fromYear\n          toYear\n        }\n        responsibilities {\n          taskTranslations\n          party\n        }\n      }\n      servicePackages {\n        code\n        nameTranslations\n        descriptionTranslations\n        serviceLevelCode\n        discountPercent\n        allowedAddOns\n        items {\n          serviceCode\n          included {\n            driverCode\n            quantity\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogueBrowserDocument,
    "\n  query CompareCentres {\n    providers {\n      code\n      name\n    }\n  }\n": typeof types.CompareCentresDocument,
    "\n  query ExchangeRatesInUse($from: [String!]!, $to: String!) {\n    exchangeRatesInUse(from: $from, to: $to) {\n      id\n      from\n      to\n      rate\n      date\n      source\n    }\n  }\n": typeof types.ExchangeRatesInUseDocument,
    "\n  query PriceBenchmark($profile: StandardProfileInput!, $currency: String!, $at: Date) {\n    priceBenchmark(profile: $profile, currency: $currency, at: $at) {\n      providerCode\n      providerName\n      catalogueVersion\n      currency\n      offered\n      notOfferedReason\n      missingDrivers\n      issueCodes\n      servicePackageCode\n      total\n      pricePerPayslip\n      rateMissing\n      converted {\n        currency\n        total\n        pricePerPayslip\n        rate {\n          id\n          from\n          to\n          rate\n          date\n          source\n        }\n      }\n    }\n  }\n": typeof types.PriceBenchmarkDocument,
    "\n  query ExchangeRates($first: Int, $after: String) {\n    exchangeRates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          date\n          from\n          to\n          rate\n          source\n          version\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExchangeRatesDocument,
    "\n  mutation RecordExchangeRate($input: RecordExchangeRateInput!) {\n    recordExchangeRate(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecordExchangeRateDocument,
    "\n  mutation UpdateExchangeRate($id: ID!, $expectedVersion: Int!, $input: UpdateExchangeRateInput!) {\n    updateExchangeRate(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateExchangeRateDocument,
    "\n  mutation DeleteExchangeRate($id: ID!, $expectedVersion: Int!) {\n    deleteExchangeRate(id: $id, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeleteExchangeRateDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    providerCode\n    agencyName\n    title\n    description\n    serviceCode\n    status\n    nextStatuses\n    response\n    respondedAt\n    respondedByName\n    voteCount\n    myAgencyVoted\n    createdAt\n    version\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  query Proposals($providerCode: String, $status: ProposalStatus, $first: Int, $after: String) {\n    proposals(providerCode: $providerCode, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalFields\n        }\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  query ProposalCentre($providerCode: String!) {\n    providers {\n      code\n      name\n      locale\n    }\n    catalogue(providerCode: $providerCode) {\n      services {\n        code\n        nameTranslations\n      }\n    }\n    me {\n      id\n      role\n      providerCode\n      agency {\n        id\n        providerCode\n      }\n    }\n  }\n": typeof types.ProposalCentreDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!, $idempotencyKey: String) {\n    createProposal(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProposalFields\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation VoteForProposal($id: ID!, $idempotencyKey: String) {\n    voteForProposal(id: $id, idempotencyKey: $idempotencyKey) {\n      ...ProposalFields\n    }\n  }\n": typeof types.VoteForProposalDocument,
    "\n  mutation WithdrawVote($id: ID!, $idempotencyKey: String) {\n    withdrawVote(id: $id, idempotencyKey: $idempotencyKey) {\n      ...ProposalFields\n    }\n  }\n": typeof types.WithdrawVoteDocument,
    "\n  mutation RespondToProposal($id: ID!, $status: ProposalStatus!, $response: String!, $expectedVersion: Int!) {\n    respondToProposal(id: $id, status: $status, response: $response, expectedVersion: $expectedVersion) {\n      ...ProposalFields\n    }\n  }\n": typeof types.RespondToProposalDocument,
    "\n  query Providers {\n    providers {\n      code\n      name\n      country\n      locale\n      versions {\n        number\n        status\n        validFrom\n        currency\n        inForce\n        superseded\n      }\n    }\n  }\n": typeof types.ProvidersDocument,
    "\n  query ManagerInbox($first: Int!, $after: String, $status: QuoteStatus, $agencyId: ID) {\n    quotes(first: $first, after: $after, status: $status, agencyId: $agencyId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayReference\n          name\n          status\n          providerCode\n          submittedAt\n          validUntil\n          expired\n          agency {\n            id\n            name\n          }\n          price {\n            currency\n            totals {\n              firstYear\n              contractTotal\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ManagerInboxDocument,
    "\n  mutation ManagerDecideQuote(\n    $id: ID!\n    $decision: QuoteDecision!\n    $comment: String\n    $expectedVersion: Int!\n    $idempotencyKey: String\n  ) {\n    decideQuote(\n      id: $id\n      decision: $decision\n      comment: $comment\n      expectedVersion: $expectedVersion\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ManagerDecideQuoteDocument,
    "\n  subscription ManagerInboxChanged {\n    quoteInboxChanged {\n      id\n      status\n    }\n  }\n": typeof types.ManagerInboxChangedDocument,
    "\n  subscription ManagerQuoteChanged($id: ID!) {\n    quoteChanged(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ManagerQuoteChangedDocument,
    "\n  query InboxAgencies($first: Int!) {\n    agencies(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InboxAgenciesDocument,
    "\n  query AgenciesToQuoteFor($providerCode: String!, $first: Int!) {\n    agencies(providerCode: $providerCode, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          organisationNumber\n        }\n      }\n    }\n  }\n": typeof types.AgenciesToQuoteForDocument,
    "\n  query UserAgencyChoices($first: Int!) {\n    agencies(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          providerCode\n        }\n      }\n    }\n  }\n": typeof types.UserAgencyChoicesDocument,
    "\n  fragment ManagedUserFields on User {\n    id\n    email\n    name\n    role\n    providerCode\n    locale\n    active\n    mustChangePassword\n    version\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.ManagedUserFieldsFragmentDoc,
    "\n  query ManagerUsers($role: Role, $first: Int!, $after: String) {\n    users(role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ManagedUserFields\n        }\n      }\n    }\n  }\n": typeof types.ManagerUsersDocument,
    "\n  query ManagerUser($id: ID!) {\n    user(id: $id) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.ManagerUserDocument,
    "\n  mutation ManagerCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ManagerCreateUserDocument,
    "\n  mutation ManagerUpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n    updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.ManagerUpdateUserDocument,
    "\n  mutation ManagerDeactivateUser($id: ID!, $expectedVersion: Int!) {\n    deactivateUser(id: $id, expectedVersion: $expectedVersion) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.ManagerDeactivateUserDocument,
    "\n  mutation ManagerReactivateUser($id: ID!, $expectedVersion: Int!) {\n    reactivateUser(id: $id, expectedVersion: $expectedVersion) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.ManagerReactivateUserDocument,
    "\n  mutation ManagerSetOneTimePassword($userId: ID!, $password: String!, $expectedVersion: Int!) {\n    setOneTimePassword(userId: $userId, password: $password, expectedVersion: $expectedVersion) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n": typeof types.ManagerSetOneTimePasswordDocument,
    "\n  mutation ManagerClearSignInLock($email: String!) {\n    clearSignInLock(email: $email)\n  }\n": typeof types.ManagerClearSignInLockDocument,
    "\n  query CatalogueVersions {\n    providers {\n      code\n      versions {\n        number\n        status\n        validFrom\n        inForce\n        superseded\n      }\n    }\n  }\n": typeof types.CatalogueVersionsDocument,
    "\n  query ConfiguratorAgencyDefaults {\n    me {\n      role\n      agency {\n        id\n        name\n        providerCode\n        defaultVolumes {\n          driverCode\n          quantity\n        }\n      }\n    }\n  }\n": typeof types.ConfiguratorAgencyDefaultsDocument,
    "\n  query ConfigurationCatalogue($providerCode: String!, $version: Int) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      number\n      validFrom\n      currency\n      provider {\n        code\n        name\n      }\n      categories {\n        code\n        nameTranslations\n      }\n      drivers {\n        code\n        nameTranslations\n        unitTranslations\n        integer\n      }\n      serviceLevels {\n        code\n        nameTranslations\n        rank\n        surchargePercent\n        targets {\n          metric\n          nameTranslations\n          value\n          unit\n          serviceCode\n        }\n      }\n      services {\n        code\n        nameTranslations\n        kind\n        status\n        category\n      }\n      servicePackages {\n        code\n        nameTranslations\n        descriptionTranslations\n        serviceLevelCode\n        discountPercent\n        allowedAddOns\n        items {\n          serviceCode\n          included {\n            driverCode\n            quantity\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConfigurationCatalogueDocument,
    "\n  query ManagerVersions {\n    providers {\n      code\n      name\n      country\n      locale\n      versions {\n        id\n        number\n        status\n        validFrom\n        inForce\n        superseded\n        currency\n      }\n    }\n  }\n": typeof types.ManagerVersionsDocument,
    "\n  query PriceConfiguration($input: ConfigurationInput!) {\n    priceConfiguration(input: $input) {\n      ...PriceQuoteFields\n    }\n  }\n": typeof types.PriceConfigurationDocument,
    "\n  query CompareConfigurations($inputs: [ConfigurationInput!]!) {\n    compareConfigurations(inputs: $inputs) {\n      ...PriceQuoteFields\n    }\n  }\n": typeof types.CompareConfigurationsDocument,
    "\n  fragment PriceQuoteFields on PriceQuote {\n    currency\n    catalogueVersion\n    contractYears\n    startDate\n    upcomingChange {\n      catalogueVersion\n      validFrom\n    }\n    valid\n    servicePackageCode\n    serviceLevelCode\n    lines {\n      serviceCode\n      componentIndex\n      componentLabel\n      componentLabelTranslations\n      model\n      period\n      driverCode\n      quantity\n      billableQuantity\n      includedQuantity\n      amount\n      firstYear\n      lastYear\n    }\n    years {\n      year\n      oneTime\n      recurring\n      total\n    }\n    totals {\n      monthly\n      firstYear\n      contractTotal\n    }\n    issues {\n      code\n      severity\n      serviceCode\n      driverCode\n      otherServiceCode\n      requiredAnyOf\n    }\n  }\n": typeof types.PriceQuoteFieldsFragmentDoc,
    "\n  query ExportCatalogue($providerCode: String!, $version: Int) {\n    exportCatalogue(providerCode: $providerCode, version: $version)\n  }\n": typeof types.ExportCatalogueDocument,
    "\n  fragment QuoteDetailFields on Quote {\n    id\n    reference\n    displayReference\n    name\n    status\n    revision\n    previousQuoteId\n    latestRevision\n    version\n    validUntil\n    expired\n    providerCode\n    catalogueVersion\n    startDate\n    configuration\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    decisionComment\n    agency {\n      id\n      name\n      organisationNumber\n    }\n    comments {\n      id\n      authorName\n      createdAt\n      text\n    }\n    price {\n      ...PriceQuoteFields\n    }\n  }\n": typeof types.QuoteDetailFieldsFragmentDoc,
    "\n  query Quotes($first: Int, $after: String, $status: QuoteStatus) {\n    quotes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayReference\n          name\n          status\n          revision\n          validUntil\n          expired\n          agency {\n            id\n            name\n          }\n          price {\n            currency\n            totals {\n              firstYear\n              contractTotal\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuotesDocument,
    "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetailFields\n    }\n  }\n": typeof types.QuoteDocument,
    "\n  query QuoteCatalogueNames($providerCode: String!, $version: Int) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      number\n      provider {\n        code\n        name\n      }\n      drivers {\n        code\n        nameTranslations\n      }\n      categories {\n        code\n        nameTranslations\n      }\n      serviceLevels {\n        code\n        nameTranslations\n        targets {\n          metric\n          nameTranslations\n          value\n          unit\n          serviceCode\n        }\n      }\n      services {\n        code\n        nameTranslations\n        category\n      }\n      servicePackages {\n        code\n        nameTranslations\n      }\n    }\n  }\n": typeof types.QuoteCatalogueNamesDocument,
    "\n  mutation SaveQuote($input: SaveQuoteInput!, $idempotencyKey: String) {\n    saveQuote(input: $input, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": typeof types.SaveQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: SaveQuoteInput!, $expectedVersion: Int!, $idempotencyKey: String) {\n    updateQuote(id: $id, input: $input, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": typeof types.UpdateQuoteDocument,
    "\n  mutation ReviseQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {\n    reviseQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": typeof types.ReviseQuoteDocument,
    "\n  mutation SubmitQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {\n    submitQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": typeof types.SubmitQuoteDocument,
    "\n  mutation WithdrawQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {\n    withdrawQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": typeof types.WithdrawQuoteDocument,
    "\n  mutation AddQuoteComment($id: ID!, $text: String!, $idempotencyKey: String) {\n    addQuoteComment(id: $id, text: $text, idempotencyKey: $idempotencyKey) {\n      id\n      authorName\n      createdAt\n      text\n    }\n  }\n": typeof types.AddQuoteCommentDocument,
    "\n  subscription QuoteChanged($id: ID!) {\n    quoteChanged(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.QuoteChangedDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    providerCode\n    agency {\n      id\n      name\n    }\n    locale\n    mustChangePassword\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      mustChangePassword\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query ManagerAgencies($providerCode: String, $first: Int!, $after: String) {\n    agencies(providerCode: $providerCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          organisationNumber\n          country\n          providerCode\n        }\n      }\n    }\n  }\n": types.ManagerAgenciesDocument,
    "\n  query ManagerAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      organisationNumber\n      country\n      providerCode\n      defaultVolumes {\n        driverCode\n        quantity\n      }\n      version\n    }\n  }\n": types.ManagerAgencyDocument,
    "\n  query ManagerAgencyDrivers($providerCode: String!) {\n    catalogue(providerCode: $providerCode) {\n      number\n      drivers {\n        code\n        nameTranslations\n        unitTranslations\n        integer\n      }\n    }\n  }\n": types.ManagerAgencyDriversDocument,
    "\n  mutation ManagerCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.ManagerCreateAgencyDocument,
    "\n  mutation ManagerUpdateAgency($id: ID!, $input: UpdateAgencyInput!, $expectedVersion: Int!) {\n    updateAgency(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.ManagerUpdateAgencyDocument,
    "\n  query ManagerAgreements(\n    $first: Int!\n    $after: String\n    $status: AgreementStatus\n    $agencyId: ID\n    $endingBefore: Date\n  ) {\n    agreements(\n      first: $first\n      after: $after\n      status: $status\n      agencyId: $agencyId\n      endingBefore: $endingBefore\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          providerCode\n          startDate\n          endDate\n          agency {\n            id\n            name\n          }\n          current {\n            price {\n              currency\n              totals {\n                monthly\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ManagerAgreementsDocument,
    "\n  query ManagerAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      reference\n      status\n      providerCode\n      startDate\n      endDate\n      version\n      terminationReason\n      agency {\n        id\n        name\n      }\n      current {\n        catalogueVersion\n        configuration\n        price {\n          serviceLevelCode\n        }\n      }\n      terms {\n        kind\n        startDate\n        endDate\n        catalogueVersion\n        price {\n          currency\n          contractYears\n          totals {\n            monthly\n          }\n          years {\n            year\n            oneTime\n            recurring\n            total\n          }\n        }\n      }\n    }\n  }\n": types.ManagerAgreementDocument,
    "\n  query ManagerAgreementUsage($id: ID!, $from: String!, $to: String!) {\n    agreement(id: $id) {\n      id\n      version\n      trueUp(from: $from, to: $to)\n      usage(from: $from, to: $to) {\n        month\n        actualAmount\n        forecastAmount\n        engineVersion\n        lines {\n          driverCode\n          forecast\n          actual\n        }\n      }\n      serviceResults(from: $from, to: $to) {\n        month\n        metric\n        serviceCode\n        target\n        value\n        met\n      }\n    }\n  }\n": types.ManagerAgreementUsageDocument,
    "\n  mutation ManagerTerminateAgreement(\n    $id: ID!\n    $expectedVersion: Int!\n    $endDate: Date!\n    $reason: String!\n    $idempotencyKey: String\n  ) {\n    terminateAgreement(\n      id: $id\n      expectedVersion: $expectedVersion\n      endDate: $endDate\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      status\n      endDate\n      version\n      terminationReason\n    }\n  }\n": types.ManagerTerminateAgreementDocument,
    "\n  mutation ManagerRecordVolumes(\n    $agreementId: ID!\n    $expectedVersion: Int!\n    $entries: [VolumeEntryInput!]!\n    $idempotencyKey: String\n  ) {\n    recordVolumes(\n      agreementId: $agreementId\n      expectedVersion: $expectedVersion\n      entries: $entries\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      version\n    }\n  }\n": types.ManagerRecordVolumesDocument,
    "\n  mutation ManagerRecordServiceResults(\n    $agreementId: ID!\n    $expectedVersion: Int!\n    $entries: [ServiceResultInput!]!\n    $idempotencyKey: String\n  ) {\n    recordServiceResults(\n      agreementId: $agreementId\n      expectedVersion: $expectedVersion\n      entries: $entries\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      version\n    }\n  }\n": types.ManagerRecordServiceResultsDocument,
    "\n  query ManagerTermCatalogue($providerCode: String!, $version: Int!) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      id\n      drivers {\n        code\n        integer\n        nameTranslations\n      }\n      serviceLevels {\n        code\n        targets {\n          metric\n          serviceCode\n          nameTranslations\n          value\n          unit\n        }\n      }\n    }\n  }\n": types.ManagerTermCatalogueDocument,
    "\n  query ManagerAgreementAgencies($first: Int!) {\n    agencies(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ManagerAgreementAgenciesDocument,
    "\n  subscription ManagerAgreementChanged($id: ID!) {\n    agreementChanged(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": types.ManagerAgreementChangedDocument,
    "\n  query MyAgreements($first: Int!) {\n    agreements(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          status\n          startDate\n          endDate\n          current {\n            price {\n              currency\n              totals {\n                monthly\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyAgreementsDocument,
    "\n  query AgreementDetail($id: ID!) {\n    agreement(id: $id) {\n      id\n      reference\n      status\n      providerCode\n      startDate\n      endDate\n      terminationReason\n      agency {\n        id\n        name\n      }\n      terms {\n        kind\n        startDate\n        endDate\n        catalogueVersion\n        price {\n          currency\n          contractYears\n          upcomingChange {\n            catalogueVersion\n            validFrom\n          }\n          totals {\n            monthly\n          }\n          years {\n            year\n            oneTime\n            recurring\n            total\n          }\n        }\n      }\n    }\n  }\n": types.AgreementDetailDocument,
    "\n  query ManagerAudit($entity: String, $actorEmail: String, $providerCode: String, $after: String) {\n    auditEvents(\n      entity: $entity\n      actorEmail: $actorEmail\n      providerCode: $providerCode\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          entityName\n          actorEmail\n          providerCode\n          before\n          after\n        }\n      }\n    }\n  }\n": types.ManagerAuditDocument,
    "\n  query BenchmarkFigures($providerCode: String, $kpi: BenchmarkKpi, $first: Int, $after: String) {\n    benchmarkFigures(providerCode: $providerCode, kpi: $kpi, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          providerCode\n          year\n          kpi\n          value\n          currency\n          source\n          version\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BenchmarkFiguresDocument,
    "\n  query BenchmarkCentres {\n    providers {\n      code\n      name\n      locale\n      versions {\n        number\n        status\n        currency\n        inForce\n      }\n    }\n  }\n": types.BenchmarkCentresDocument,
    "\n  mutation RecordBenchmarkFigure($input: RecordBenchmarkFigureInput!) {\n    recordBenchmarkFigure(input: $input) {\n      id\n      version\n    }\n  }\n": types.RecordBenchmarkFigureDocument,
    "\n  mutation UpdateBenchmarkFigure($id: ID!, $input: UpdateBenchmarkFigureInput!, $expectedVersion: Int!) {\n    updateBenchmarkFigure(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.UpdateBenchmarkFigureDocument,
    "\n  mutation DeleteBenchmarkFigure($id: ID!, $expectedVersion: Int!) {\n    deleteBenchmarkFigure(id: $id, expectedVersion: $expectedVersion)\n  }\n": types.DeleteBenchmarkFigureDocument,
    "\n  query ManagerDiff($providerCode: String!, $from: Int!, $to: Int!) {\n    catalogueDiff(providerCode: $providerCode, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        change\n        code\n        name\n        path\n        before\n        after\n        fields {\n          field\n          before\n          after\n        }\n      }\n    }\n    before: catalogue(providerCode: $providerCode, version: $from) {\n      currency\n      drivers {\n        code\n        unit\n      }\n      services {\n        code\n        name\n      }\n    }\n    after: catalogue(providerCode: $providerCode, version: $to) {\n      currency\n      drivers {\n        code\n        unit\n      }\n      services {\n        code\n        name\n      }\n    }\n  }\n": types.ManagerDiffDocument,
    "\n  mutation ManagerUpsertService($id: ID!, $expectedVersion: Int!, $input: ServiceInput!) {\n    upsertService(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": types.ManagerUpsertServiceDocument,
    "\n  mutation ManagerUpsertServiceLevel($id: ID!, $expectedVersion: Int!, $input: ServiceLevelInput!) {\n    upsertServiceLevel(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": types.ManagerUpsertServiceLevelDocument,
    "\n  mutation ManagerUpsertServicePackage($id: ID!, $expectedVersion: Int!, $input: ServicePackageInput!) {\n    upsertServicePackage(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": types.ManagerUpsertServicePackageDocument,
    "\n  mutation ManagerUpsertCategory($id: ID!, $expectedVersion: Int!, $input: CategoryInput!) {\n    upsertCategory(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": types.ManagerUpsertCategoryDocument,
    "\n  mutation ManagerUpsertVolumeDriver($id: ID!, $expectedVersion: Int!, $input: VolumeDriverInput!) {\n    upsertVolumeDriver(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": types.ManagerUpsertVolumeDriverDocument,
    "\n  mutation ManagerUpdateSettings($id: ID!, $expectedVersion: Int!, $input: CatalogueVersionSettingsInput!) {\n    updateCatalogueVersionSettings(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n": types.ManagerUpdateSettingsDocument,
    "\n  mutation ManagerRemoveService($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeService(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": types.ManagerRemoveServiceDocument,
    "\n  mutation ManagerRemoveServiceLevel($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeServiceLevel(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": types.ManagerRemoveServiceLevelDocument,
    "\n  mutation ManagerRemoveServicePackage($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeServicePackage(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": types.ManagerRemoveServicePackageDocument,
    "\n  mutation ManagerRemoveCategory($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeCategory(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": types.ManagerRemoveCategoryDocument,
    "\n  mutation ManagerRemoveVolumeDriver($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeVolumeDriver(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n": types.ManagerRemoveVolumeDriverDocument,
    "\n  query ManagerDraft($providerCode: String!, $version: Int!) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      id\n      number\n      status\n      version\n      validFrom\n      currency\n    }\n    exportCatalogue(providerCode: $providerCode, version: $version)\n  }\n": types.ManagerDraftDocument,
    "\n  fragment DraftPricedFields on DraftPriced {\n    draftCurrency\n    firstYearAfter\n    firstYearDifference\n    contractTotalAfter\n    contractTotalDifference\n    validAfter\n    problem\n    problems {\n      field\n      code\n      params\n      message\n    }\n  }\n": types.DraftPricedFieldsFragmentDoc,
    "\n  query ManagerImpact($providerCode: String!) {\n    draftImpact(providerCode: $providerCode) {\n      quoteId\n      reference\n      revision\n      name\n      agencyName\n      status\n      catalogueVersion\n      currency\n      firstYearBefore\n      contractTotalBefore\n      ...DraftPricedFields\n    }\n  }\n": types.ManagerImpactDocument,
    "\n  query ManagerAgreementImpact($providerCode: String!) {\n    draftAgreementImpact(providerCode: $providerCode) {\n      agreementId\n      reference\n      agencyName\n      renewalDate\n      contractYears\n      catalogueVersion\n      currency\n      firstYearBefore\n      contractTotalBefore\n      ...DraftPricedFields\n    }\n  }\n": types.ManagerAgreementImpactDocument,
    "\n  query ManagerValidateCatalogue($document: JSON!) {\n    validateCatalogue(document: $document) {\n      path\n      code\n      params\n      message\n    }\n  }\n": types.ManagerValidateCatalogueDocument,
    "\n  mutation ManagerImportCatalogue($document: JSON!, $replaceDraft: Boolean) {\n    importCatalogue(document: $document, replaceDraft: $replaceDraft) {\n      id\n      number\n      provider {\n        code\n      }\n    }\n  }\n": types.ManagerImportCatalogueDocument,
    "\n  mutation ManagerCreateDraft($providerCode: String!) {\n    createDraft(providerCode: $providerCode) {\n      id\n      number\n      version\n    }\n  }\n": types.ManagerCreateDraftDocument,
    "\n  mutation ManagerDiscardDraft($id: ID!) {\n    discardDraft(id: $id)\n  }\n": types.ManagerDiscardDraftDocument,
    "\n  mutation ManagerPublish($id: ID!, $validFrom: Date, $expectedVersion: Int) {\n    publishCatalogueVersion(id: $id, validFrom: $validFrom, expectedVersion: $expectedVersion) {\n      id\n      number\n      status\n      validFrom\n    }\n  }\n": types.ManagerPublishDocument,
    "\n  query ManagerExport($providerCode: String!, $version: Int) {\n    exportCatalogue(providerCode: $providerCode, version: $version)\n  }\n": types.ManagerExportDocument,
    "\n  query CatalogueBrowser($providerCode: String!, $version: Int) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      id\n      number\n      status\n      validFrom\n      currency\n      inForce\n      provider {\n        code\n        name\n        country\n        locale\n      }\n      categories {\n        code\n        nameTranslations\n      }\n      drivers {\n        code\n        nameTranslations\n        unitTranslations\n        integer\n        standardMeasure\n      }\n      serviceLevels {\n        code\n        nameTranslations\n        rank\n        surchargePercent\n        targets {\n          metric\n          nameTranslations\n          value\n          unit\n          serviceCode\n        }\n      }\n      services {\n        code\n        nameTranslations\n        descriptionTranslations\n        kind\n        status\n        category\n        requires\n        excludes\n        limits {\n          driverCode\n          min\n          max\n        }\n        priceComponents {\n          labelTranslations\n          model\n          period\n          driverCode\n          amount\n          unitPrice\n          tiers {\n            upTo\n            unitPrice\n            flatFee\n          }\n          minimumCharge\n          fromYear\n          toYear\n        }\n        responsibilities {\n          taskTranslations\n          party\n        }\n      }\n      servicePackages {\n        code\n        nameTranslations\n        descriptionTranslations\n        serviceLevelCode\n        discountPercent\n        allowedAddOns\n        items {\n          serviceCode\n          included {\n            driverCode\n            quantity\n          }\n        }\n      }\n    }\n  }\n": types.CatalogueBrowserDocument,
    "\n  query CompareCentres {\n    providers {\n      code\n      name\n    }\n  }\n": types.CompareCentresDocument,
    "\n  query ExchangeRatesInUse($from: [String!]!, $to: String!) {\n    exchangeRatesInUse(from: $from, to: $to) {\n      id\n      from\n      to\n      rate\n      date\n      source\n    }\n  }\n": types.ExchangeRatesInUseDocument,
    "\n  query PriceBenchmark($profile: StandardProfileInput!, $currency: String!, $at: Date) {\n    priceBenchmark(profile: $profile, currency: $currency, at: $at) {\n      providerCode\n      providerName\n      catalogueVersion\n      currency\n      offered\n      notOfferedReason\n      missingDrivers\n      issueCodes\n      servicePackageCode\n      total\n      pricePerPayslip\n      rateMissing\n      converted {\n        currency\n        total\n        pricePerPayslip\n        rate {\n          id\n          from\n          to\n          rate\n          date\n          source\n        }\n      }\n    }\n  }\n": types.PriceBenchmarkDocument,
    "\n  query ExchangeRates($first: Int, $after: String) {\n    exchangeRates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          date\n          from\n          to\n          rate\n          source\n          version\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExchangeRatesDocument,
    "\n  mutation RecordExchangeRate($input: RecordExchangeRateInput!) {\n    recordExchangeRate(input: $input) {\n      id\n      version\n    }\n  }\n": types.RecordExchangeRateDocument,
    "\n  mutation UpdateExchangeRate($id: ID!, $expectedVersion: Int!, $input: UpdateExchangeRateInput!) {\n    updateExchangeRate(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateExchangeRateDocument,
    "\n  mutation DeleteExchangeRate($id: ID!, $expectedVersion: Int!) {\n    deleteExchangeRate(id: $id, expectedVersion: $expectedVersion)\n  }\n": types.DeleteExchangeRateDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    providerCode\n    agencyName\n    title\n    description\n    serviceCode\n    status\n    nextStatuses\n    response\n    respondedAt\n    respondedByName\n    voteCount\n    myAgencyVoted\n    createdAt\n    version\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  query Proposals($providerCode: String, $status: ProposalStatus, $first: Int, $after: String) {\n    proposals(providerCode: $providerCode, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalFields\n        }\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  query ProposalCentre($providerCode: String!) {\n    providers {\n      code\n      name\n      locale\n    }\n    catalogue(providerCode: $providerCode) {\n      services {\n        code\n        nameTranslations\n      }\n    }\n    me {\n      id\n      role\n      providerCode\n      agency {\n        id\n        providerCode\n      }\n    }\n  }\n": types.ProposalCentreDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!, $idempotencyKey: String) {\n    createProposal(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProposalFields\n    }\n  }\n": types.CreateProposalDocument,
    "\n  mutation VoteForProposal($id: ID!, $idempotencyKey: String) {\n    voteForProposal(id: $id, idempotencyKey: $idempotencyKey) {\n      ...ProposalFields\n    }\n  }\n": types.VoteForProposalDocument,
    "\n  mutation WithdrawVote($id: ID!, $idempotencyKey: String) {\n    withdrawVote(id: $id, idempotencyKey: $idempotencyKey) {\n      ...ProposalFields\n    }\n  }\n": types.WithdrawVoteDocument,
    "\n  mutation RespondToProposal($id: ID!, $status: ProposalStatus!, $response: String!, $expectedVersion: Int!) {\n    respondToProposal(id: $id, status: $status, response: $response, expectedVersion: $expectedVersion) {\n      ...ProposalFields\n    }\n  }\n": types.RespondToProposalDocument,
    "\n  query Providers {\n    providers {\n      code\n      name\n      country\n      locale\n      versions {\n        number\n        status\n        validFrom\n        currency\n        inForce\n        superseded\n      }\n    }\n  }\n": types.ProvidersDocument,
    "\n  query ManagerInbox($first: Int!, $after: String, $status: QuoteStatus, $agencyId: ID) {\n    quotes(first: $first, after: $after, status: $status, agencyId: $agencyId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayReference\n          name\n          status\n          providerCode\n          submittedAt\n          validUntil\n          expired\n          agency {\n            id\n            name\n          }\n          price {\n            currency\n            totals {\n              firstYear\n              contractTotal\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ManagerInboxDocument,
    "\n  mutation ManagerDecideQuote(\n    $id: ID!\n    $decision: QuoteDecision!\n    $comment: String\n    $expectedVersion: Int!\n    $idempotencyKey: String\n  ) {\n    decideQuote(\n      id: $id\n      decision: $decision\n      comment: $comment\n      expectedVersion: $expectedVersion\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      status\n      version\n    }\n  }\n": types.ManagerDecideQuoteDocument,
    "\n  subscription ManagerInboxChanged {\n    quoteInboxChanged {\n      id\n      status\n    }\n  }\n": types.ManagerInboxChangedDocument,
    "\n  subscription ManagerQuoteChanged($id: ID!) {\n    quoteChanged(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.ManagerQuoteChangedDocument,
    "\n  query InboxAgencies($first: Int!) {\n    agencies(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InboxAgenciesDocument,
    "\n  query AgenciesToQuoteFor($providerCode: String!, $first: Int!) {\n    agencies(providerCode: $providerCode, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          organisationNumber\n        }\n      }\n    }\n  }\n": types.AgenciesToQuoteForDocument,
    "\n  query UserAgencyChoices($first: Int!) {\n    agencies(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          providerCode\n        }\n      }\n    }\n  }\n": types.UserAgencyChoicesDocument,
    "\n  fragment ManagedUserFields on User {\n    id\n    email\n    name\n    role\n    providerCode\n    locale\n    active\n    mustChangePassword\n    version\n    agency {\n      id\n      name\n    }\n  }\n": types.ManagedUserFieldsFragmentDoc,
    "\n  query ManagerUsers($role: Role, $first: Int!, $after: String) {\n    users(role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ManagedUserFields\n        }\n      }\n    }\n  }\n": types.ManagerUsersDocument,
    "\n  query ManagerUser($id: ID!) {\n    user(id: $id) {\n      ...ManagedUserFields\n    }\n  }\n": types.ManagerUserDocument,
    "\n  mutation ManagerCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      version\n    }\n  }\n": types.ManagerCreateUserDocument,
    "\n  mutation ManagerUpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n    updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.ManagerUpdateUserDocument,
    "\n  mutation ManagerDeactivateUser($id: ID!, $expectedVersion: Int!) {\n    deactivateUser(id: $id, expectedVersion: $expectedVersion) {\n      id\n      active\n      version\n    }\n  }\n": types.ManagerDeactivateUserDocument,
    "\n  mutation ManagerReactivateUser($id: ID!, $expectedVersion: Int!) {\n    reactivateUser(id: $id, expectedVersion: $expectedVersion) {\n      id\n      active\n      version\n    }\n  }\n": types.ManagerReactivateUserDocument,
    "\n  mutation ManagerSetOneTimePassword($userId: ID!, $password: String!, $expectedVersion: Int!) {\n    setOneTimePassword(userId: $userId, password: $password, expectedVersion: $expectedVersion) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n": types.ManagerSetOneTimePasswordDocument,
    "\n  mutation ManagerClearSignInLock($email: String!) {\n    clearSignInLock(email: $email)\n  }\n": types.ManagerClearSignInLockDocument,
    "\n  query CatalogueVersions {\n    providers {\n      code\n      versions {\n        number\n        status\n        validFrom\n        inForce\n        superseded\n      }\n    }\n  }\n": types.CatalogueVersionsDocument,
    "\n  query ConfiguratorAgencyDefaults {\n    me {\n      role\n      agency {\n        id\n        name\n        providerCode\n        defaultVolumes {\n          driverCode\n          quantity\n        }\n      }\n    }\n  }\n": types.ConfiguratorAgencyDefaultsDocument,
    "\n  query ConfigurationCatalogue($providerCode: String!, $version: Int) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      number\n      validFrom\n      currency\n      provider {\n        code\n        name\n      }\n      categories {\n        code\n        nameTranslations\n      }\n      drivers {\n        code\n        nameTranslations\n        unitTranslations\n        integer\n      }\n      serviceLevels {\n        code\n        nameTranslations\n        rank\n        surchargePercent\n        targets {\n          metric\n          nameTranslations\n          value\n          unit\n          serviceCode\n        }\n      }\n      services {\n        code\n        nameTranslations\n        kind\n        status\n        category\n      }\n      servicePackages {\n        code\n        nameTranslations\n        descriptionTranslations\n        serviceLevelCode\n        discountPercent\n        allowedAddOns\n        items {\n          serviceCode\n          included {\n            driverCode\n            quantity\n          }\n        }\n      }\n    }\n  }\n": types.ConfigurationCatalogueDocument,
    "\n  query ManagerVersions {\n    providers {\n      code\n      name\n      country\n      locale\n      versions {\n        id\n        number\n        status\n        validFrom\n        inForce\n        superseded\n        currency\n      }\n    }\n  }\n": types.ManagerVersionsDocument,
    "\n  query PriceConfiguration($input: ConfigurationInput!) {\n    priceConfiguration(input: $input) {\n      ...PriceQuoteFields\n    }\n  }\n": types.PriceConfigurationDocument,
    "\n  query CompareConfigurations($inputs: [ConfigurationInput!]!) {\n    compareConfigurations(inputs: $inputs) {\n      ...PriceQuoteFields\n    }\n  }\n": types.CompareConfigurationsDocument,
    "\n  fragment PriceQuoteFields on PriceQuote {\n    currency\n    catalogueVersion\n    contractYears\n    startDate\n    upcomingChange {\n      catalogueVersion\n      validFrom\n    }\n    valid\n    servicePackageCode\n    serviceLevelCode\n    lines {\n      serviceCode\n      componentIndex\n      componentLabel\n      componentLabelTranslations\n      model\n      period\n      driverCode\n      quantity\n      billableQuantity\n      includedQuantity\n      amount\n      firstYear\n      lastYear\n    }\n    years {\n      year\n      oneTime\n      recurring\n      total\n    }\n    totals {\n      monthly\n      firstYear\n      contractTotal\n    }\n    issues {\n      code\n      severity\n      serviceCode\n      driverCode\n      otherServiceCode\n      requiredAnyOf\n    }\n  }\n": types.PriceQuoteFieldsFragmentDoc,
    "\n  query ExportCatalogue($providerCode: String!, $version: Int) {\n    exportCatalogue(providerCode: $providerCode, version: $version)\n  }\n": types.ExportCatalogueDocument,
    "\n  fragment QuoteDetailFields on Quote {\n    id\n    reference\n    displayReference\n    name\n    status\n    revision\n    previousQuoteId\n    latestRevision\n    version\n    validUntil\n    expired\n    providerCode\n    catalogueVersion\n    startDate\n    configuration\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    decisionComment\n    agency {\n      id\n      name\n      organisationNumber\n    }\n    comments {\n      id\n      authorName\n      createdAt\n      text\n    }\n    price {\n      ...PriceQuoteFields\n    }\n  }\n": types.QuoteDetailFieldsFragmentDoc,
    "\n  query Quotes($first: Int, $after: String, $status: QuoteStatus) {\n    quotes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayReference\n          name\n          status\n          revision\n          validUntil\n          expired\n          agency {\n            id\n            name\n          }\n          price {\n            currency\n            totals {\n              firstYear\n              contractTotal\n            }\n          }\n        }\n      }\n    }\n  }\n": types.QuotesDocument,
    "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetailFields\n    }\n  }\n": types.QuoteDocument,
    "\n  query QuoteCatalogueNames($providerCode: String!, $version: Int) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      number\n      provider {\n        code\n        name\n      }\n      drivers {\n        code\n        nameTranslations\n      }\n      categories {\n        code\n        nameTranslations\n      }\n      serviceLevels {\n        code\n        nameTranslations\n        targets {\n          metric\n          nameTranslations\n          value\n          unit\n          serviceCode\n        }\n      }\n      services {\n        code\n        nameTranslations\n        category\n      }\n      servicePackages {\n        code\n        nameTranslations\n      }\n    }\n  }\n": types.QuoteCatalogueNamesDocument,
    "\n  mutation SaveQuote($input: SaveQuoteInput!, $idempotencyKey: String) {\n    saveQuote(input: $input, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": types.SaveQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: SaveQuoteInput!, $expectedVersion: Int!, $idempotencyKey: String) {\n    updateQuote(id: $id, input: $input, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": types.UpdateQuoteDocument,
    "\n  mutation ReviseQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {\n    reviseQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": types.ReviseQuoteDocument,
    "\n  mutation SubmitQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {\n    submitQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": types.SubmitQuoteDocument,
    "\n  mutation WithdrawQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {\n    withdrawQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n": types.WithdrawQuoteDocument,
    "\n  mutation AddQuoteComment($id: ID!, $text: String!, $idempotencyKey: String) {\n    addQuoteComment(id: $id, text: $text, idempotencyKey: $idempotencyKey) {\n      id\n      authorName\n      createdAt\n      text\n    }\n  }\n": types.AddQuoteCommentDocument,
    "\n  subscription QuoteChanged($id: ID!) {\n    quoteChanged(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.QuoteChangedDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    providerCode\n    agency {\n      id\n      name\n    }\n    locale\n    mustChangePassword\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      mustChangePassword\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerAgencies($providerCode: String, $first: Int!, $after: String) {\n    agencies(providerCode: $providerCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          organisationNumber\n          country\n          providerCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      organisationNumber\n      country\n      providerCode\n      defaultVolumes {\n        driverCode\n        quantity\n      }\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerAgencyDrivers($providerCode: String!) {\n    catalogue(providerCode: $providerCode) {\n      number\n      drivers {\n        code\n        nameTranslations\n        unitTranslations\n        integer\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerAgencyDriversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerCreateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerUpdateAgency($id: ID!, $input: UpdateAgencyInput!, $expectedVersion: Int!) {\n    updateAgency(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerUpdateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerAgreements(\n    $first: Int!\n    $after: String\n    $status: AgreementStatus\n    $agencyId: ID\n    $endingBefore: Date\n  ) {\n    agreements(\n      first: $first\n      after: $after\n      status: $status\n      agencyId: $agencyId\n      endingBefore: $endingBefore\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          providerCode\n          startDate\n          endDate\n          agency {\n            id\n            name\n          }\n          current {\n            price {\n              currency\n              totals {\n                monthly\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      reference\n      status\n      providerCode\n      startDate\n      endDate\n      version\n      terminationReason\n      agency {\n        id\n        name\n      }\n      current {\n        catalogueVersion\n        configuration\n        price {\n          serviceLevelCode\n        }\n      }\n      terms {\n        kind\n        startDate\n        endDate\n        catalogueVersion\n        price {\n          currency\n          contractYears\n          totals {\n            monthly\n          }\n          years {\n            year\n            oneTime\n            recurring\n            total\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerAgreementUsage($id: ID!, $from: String!, $to: String!) {\n    agreement(id: $id) {\n      id\n      version\n      trueUp(from: $from, to: $to)\n      usage(from: $from, to: $to) {\n        month\n        actualAmount\n        forecastAmount\n        engineVersion\n        lines {\n          driverCode\n          forecast\n          actual\n        }\n      }\n      serviceResults(from: $from, to: $to) {\n        month\n        metric\n        serviceCode\n        target\n        value\n        met\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerAgreementUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerTerminateAgreement(\n    $id: ID!\n    $expectedVersion: Int!\n    $endDate: Date!\n    $reason: String!\n    $idempotencyKey: String\n  ) {\n    terminateAgreement(\n      id: $id\n      expectedVersion: $expectedVersion\n      endDate: $endDate\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      status\n      endDate\n      version\n      terminationReason\n    }\n  }\n"): typeof import('./graphql').ManagerTerminateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerRecordVolumes(\n    $agreementId: ID!\n    $expectedVersion: Int!\n    $entries: [VolumeEntryInput!]!\n    $idempotencyKey: String\n  ) {\n    recordVolumes(\n      agreementId: $agreementId\n      expectedVersion: $expectedVersion\n      entries: $entries\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerRecordVolumesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerRecordServiceResults(\n    $agreementId: ID!\n    $expectedVersion: Int!\n    $entries: [ServiceResultInput!]!\n    $idempotencyKey: String\n  ) {\n    recordServiceResults(\n      agreementId: $agreementId\n      expectedVersion: $expectedVersion\n      entries: $entries\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerRecordServiceResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerTermCatalogue($providerCode: String!, $version: Int!) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      id\n      drivers {\n        code\n        integer\n        nameTranslations\n      }\n      serviceLevels {\n        code\n        targets {\n          metric\n          serviceCode\n          nameTranslations\n          value\n          unit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerTermCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerAgreementAgencies($first: Int!) {\n    agencies(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerAgreementAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ManagerAgreementChanged($id: ID!) {\n    agreementChanged(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').ManagerAgreementChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAgreements($first: Int!) {\n    agreements(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          status\n          startDate\n          endDate\n          current {\n            price {\n              currency\n              totals {\n                monthly\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementDetail($id: ID!) {\n    agreement(id: $id) {\n      id\n      reference\n      status\n      providerCode\n      startDate\n      endDate\n      terminationReason\n      agency {\n        id\n        name\n      }\n      terms {\n        kind\n        startDate\n        endDate\n        catalogueVersion\n        price {\n          currency\n          contractYears\n          upcomingChange {\n            catalogueVersion\n            validFrom\n          }\n          totals {\n            monthly\n          }\n          years {\n            year\n            oneTime\n            recurring\n            total\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerAudit($entity: String, $actorEmail: String, $providerCode: String, $after: String) {\n    auditEvents(\n      entity: $entity\n      actorEmail: $actorEmail\n      providerCode: $providerCode\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          entityName\n          actorEmail\n          providerCode\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchmarkFigures($providerCode: String, $kpi: BenchmarkKpi, $first: Int, $after: String) {\n    benchmarkFigures(providerCode: $providerCode, kpi: $kpi, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          providerCode\n          year\n          kpi\n          value\n          currency\n          source\n          version\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').BenchmarkFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchmarkCentres {\n    providers {\n      code\n      name\n      locale\n      versions {\n        number\n        status\n        currency\n        inForce\n      }\n    }\n  }\n"): typeof import('./graphql').BenchmarkCentresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBenchmarkFigure($input: RecordBenchmarkFigureInput!) {\n    recordBenchmarkFigure(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecordBenchmarkFigureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBenchmarkFigure($id: ID!, $input: UpdateBenchmarkFigureInput!, $expectedVersion: Int!) {\n    updateBenchmarkFigure(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateBenchmarkFigureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBenchmarkFigure($id: ID!, $expectedVersion: Int!) {\n    deleteBenchmarkFigure(id: $id, expectedVersion: $expectedVersion)\n  }\n"): typeof import('./graphql').DeleteBenchmarkFigureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerDiff($providerCode: String!, $from: Int!, $to: Int!) {\n    catalogueDiff(providerCode: $providerCode, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        change\n        code\n        name\n        path\n        before\n        after\n        fields {\n          field\n          before\n          after\n        }\n      }\n    }\n    before: catalogue(providerCode: $providerCode, version: $from) {\n      currency\n      drivers {\n        code\n        unit\n      }\n      services {\n        code\n        name\n      }\n    }\n    after: catalogue(providerCode: $providerCode, version: $to) {\n      currency\n      drivers {\n        code\n        unit\n      }\n      services {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerUpsertService($id: ID!, $expectedVersion: Int!, $input: ServiceInput!) {\n    upsertService(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerUpsertServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerUpsertServiceLevel($id: ID!, $expectedVersion: Int!, $input: ServiceLevelInput!) {\n    upsertServiceLevel(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerUpsertServiceLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerUpsertServicePackage($id: ID!, $expectedVersion: Int!, $input: ServicePackageInput!) {\n    upsertServicePackage(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerUpsertServicePackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerUpsertCategory($id: ID!, $expectedVersion: Int!, $input: CategoryInput!) {\n    upsertCategory(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerUpsertCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerUpsertVolumeDriver($id: ID!, $expectedVersion: Int!, $input: VolumeDriverInput!) {\n    upsertVolumeDriver(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerUpsertVolumeDriverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerUpdateSettings($id: ID!, $expectedVersion: Int!, $input: CatalogueVersionSettingsInput!) {\n    updateCatalogueVersionSettings(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerUpdateSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerRemoveService($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeService(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerRemoveServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerRemoveServiceLevel($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeServiceLevel(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerRemoveServiceLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerRemoveServicePackage($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeServicePackage(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerRemoveServicePackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerRemoveCategory($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeCategory(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerRemoveCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerRemoveVolumeDriver($id: ID!, $expectedVersion: Int!, $code: String!) {\n    removeVolumeDriver(id: $id, expectedVersion: $expectedVersion, code: $code) {\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerRemoveVolumeDriverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerDraft($providerCode: String!, $version: Int!) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      id\n      number\n      status\n      version\n      validFrom\n      currency\n    }\n    exportCatalogue(providerCode: $providerCode, version: $version)\n  }\n"): typeof import('./graphql').ManagerDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftPricedFields on DraftPriced {\n    draftCurrency\n    firstYearAfter\n    firstYearDifference\n    contractTotalAfter\n    contractTotalDifference\n    validAfter\n    problem\n    problems {\n      field\n      code\n      params\n      message\n    }\n  }\n"): typeof import('./graphql').DraftPricedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerImpact($providerCode: String!) {\n    draftImpact(providerCode: $providerCode) {\n      quoteId\n      reference\n      revision\n      name\n      agencyName\n      status\n      catalogueVersion\n      currency\n      firstYearBefore\n      contractTotalBefore\n      ...DraftPricedFields\n    }\n  }\n"): typeof import('./graphql').ManagerImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerAgreementImpact($providerCode: String!) {\n    draftAgreementImpact(providerCode: $providerCode) {\n      agreementId\n      reference\n      agencyName\n      renewalDate\n      contractYears\n      catalogueVersion\n      currency\n      firstYearBefore\n      contractTotalBefore\n      ...DraftPricedFields\n    }\n  }\n"): typeof import('./graphql').ManagerAgreementImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerValidateCatalogue($document: JSON!) {\n    validateCatalogue(document: $document) {\n      path\n      code\n      params\n      message\n    }\n  }\n"): typeof import('./graphql').ManagerValidateCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerImportCatalogue($document: JSON!, $replaceDraft: Boolean) {\n    importCatalogue(document: $document, replaceDraft: $replaceDraft) {\n      id\n      number\n      provider {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerImportCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerCreateDraft($providerCode: String!) {\n    createDraft(providerCode: $providerCode) {\n      id\n      number\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerCreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerDiscardDraft($id: ID!) {\n    discardDraft(id: $id)\n  }\n"): typeof import('./graphql').ManagerDiscardDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerPublish($id: ID!, $validFrom: Date, $expectedVersion: Int) {\n    publishCatalogueVersion(id: $id, validFrom: $validFrom, expectedVersion: $expectedVersion) {\n      id\n      number\n      status\n      validFrom\n    }\n  }\n"): typeof import('./graphql').ManagerPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerExport($providerCode: String!, $version: Int) {\n    exportCatalogue(providerCode: $providerCode, version: $version)\n  }\n"): typeof import('./graphql').ManagerExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueBrowser($providerCode: String!, $version: Int) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      id\n      number\n      status\n      validFrom\n      currency\n      inForce\n      provider {\n        code\n        name\n        country\n        locale\n      }\n      categories {\n        code\n        nameTranslations\n      }\n      drivers {\n        code\n        nameTranslations\n        unitTranslations\n        integer\n        standardMeasure\n      }\n      serviceLevels {\n        code\n        nameTranslations\n        rank\n        surchargePercent\n        targets {\n          metric\n          nameTranslations\n          value\n          unit\n          serviceCode\n        }\n      }\n      services {\n        code\n        nameTranslations\n        descriptionTranslations\n        kind\n        status\n        category\n        requires\n        excludes\n        limits {\n          driverCode\n          min\n          max\n        }\n        priceComponents {\n          labelTranslations\n          model\n          period\n          driverCode\n          amount\n          unitPrice\n          tiers {\n            upTo\n            unitPrice\n            flatFee\n          }\n          minimumCharge\n          fromYear\n          toYear\n        }\n        responsibilities {\n          taskTranslations\n          party\n        }\n      }\n      servicePackages {\n        code\n        nameTranslations\n        descriptionTranslations\n        serviceLevelCode\n        discountPercent\n        allowedAddOns\n        items {\n          serviceCode\n          included {\n            driverCode\n            quantity\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueBrowserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareCentres {\n    providers {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').CompareCentresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangeRatesInUse($from: [String!]!, $to: String!) {\n    exchangeRatesInUse(from: $from, to: $to) {\n      id\n      from\n      to\n      rate\n      date\n      source\n    }\n  }\n"): typeof import('./graphql').ExchangeRatesInUseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceBenchmark($profile: StandardProfileInput!, $currency: String!, $at: Date) {\n    priceBenchmark(profile: $profile, currency: $currency, at: $at) {\n      providerCode\n      providerName\n      catalogueVersion\n      currency\n      offered\n      notOfferedReason\n      missingDrivers\n      issueCodes\n      servicePackageCode\n      total\n      pricePerPayslip\n      rateMissing\n      converted {\n        currency\n        total\n        pricePerPayslip\n        rate {\n          id\n          from\n          to\n          rate\n          date\n          source\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PriceBenchmarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangeRates($first: Int, $after: String) {\n    exchangeRates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          date\n          from\n          to\n          rate\n          source\n          version\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ExchangeRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExchangeRate($input: RecordExchangeRateInput!) {\n    recordExchangeRate(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecordExchangeRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExchangeRate($id: ID!, $expectedVersion: Int!, $input: UpdateExchangeRateInput!) {\n    updateExchangeRate(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateExchangeRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteExchangeRate($id: ID!, $expectedVersion: Int!) {\n    deleteExchangeRate(id: $id, expectedVersion: $expectedVersion)\n  }\n"): typeof import('./graphql').DeleteExchangeRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id\n    providerCode\n    agencyName\n    title\n    description\n    serviceCode\n    status\n    nextStatuses\n    response\n    respondedAt\n    respondedByName\n    voteCount\n    myAgencyVoted\n    createdAt\n    version\n  }\n"): typeof import('./graphql').ProposalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals($providerCode: String, $status: ProposalStatus, $first: Int, $after: String) {\n    proposals(providerCode: $providerCode, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalCentre($providerCode: String!) {\n    providers {\n      code\n      name\n      locale\n    }\n    catalogue(providerCode: $providerCode) {\n      services {\n        code\n        nameTranslations\n      }\n    }\n    me {\n      id\n      role\n      providerCode\n      agency {\n        id\n        providerCode\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalCentreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!, $idempotencyKey: String) {\n    createProposal(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProposalFields\n    }\n  }\n"): typeof import('./graphql').CreateProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteForProposal($id: ID!, $idempotencyKey: String) {\n    voteForProposal(id: $id, idempotencyKey: $idempotencyKey) {\n      ...ProposalFields\n    }\n  }\n"): typeof import('./graphql').VoteForProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawVote($id: ID!, $idempotencyKey: String) {\n    withdrawVote(id: $id, idempotencyKey: $idempotencyKey) {\n      ...ProposalFields\n    }\n  }\n"): typeof import('./graphql').WithdrawVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToProposal($id: ID!, $status: ProposalStatus!, $response: String!, $expectedVersion: Int!) {\n    respondToProposal(id: $id, status: $status, response: $response, expectedVersion: $expectedVersion) {\n      ...ProposalFields\n    }\n  }\n"): typeof import('./graphql').RespondToProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Providers {\n    providers {\n      code\n      name\n      country\n      locale\n      versions {\n        number\n        status\n        validFrom\n        currency\n        inForce\n        superseded\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerInbox($first: Int!, $after: String, $status: QuoteStatus, $agencyId: ID) {\n    quotes(first: $first, after: $after, status: $status, agencyId: $agencyId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayReference\n          name\n          status\n          providerCode\n          submittedAt\n          validUntil\n          expired\n          agency {\n            id\n            name\n          }\n          price {\n            currency\n            totals {\n              firstYear\n              contractTotal\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerDecideQuote(\n    $id: ID!\n    $decision: QuoteDecision!\n    $comment: String\n    $expectedVersion: Int!\n    $idempotencyKey: String\n  ) {\n    decideQuote(\n      id: $id\n      decision: $decision\n      comment: $comment\n      expectedVersion: $expectedVersion\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerDecideQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ManagerInboxChanged {\n    quoteInboxChanged {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ManagerInboxChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ManagerQuoteChanged($id: ID!) {\n    quoteChanged(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerQuoteChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxAgencies($first: Int!) {\n    agencies(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InboxAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgenciesToQuoteFor($providerCode: String!, $first: Int!) {\n    agencies(providerCode: $providerCode, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          organisationNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgenciesToQuoteForDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserAgencyChoices($first: Int!) {\n    agencies(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          providerCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UserAgencyChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedUserFields on User {\n    id\n    email\n    name\n    role\n    providerCode\n    locale\n    active\n    mustChangePassword\n    version\n    agency {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ManagedUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerUsers($role: Role, $first: Int!, $after: String) {\n    users(role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ManagedUserFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerUser($id: ID!) {\n    user(id: $id) {\n      ...ManagedUserFields\n    }\n  }\n"): typeof import('./graphql').ManagerUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerUpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n    updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerDeactivateUser($id: ID!, $expectedVersion: Int!) {\n    deactivateUser(id: $id, expectedVersion: $expectedVersion) {\n      id\n      active\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerDeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerReactivateUser($id: ID!, $expectedVersion: Int!) {\n    reactivateUser(id: $id, expectedVersion: $expectedVersion) {\n      id\n      active\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerSetOneTimePassword($userId: ID!, $password: String!, $expectedVersion: Int!) {\n    setOneTimePassword(userId: $userId, password: $password, expectedVersion: $expectedVersion) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n"): typeof import('./graphql').ManagerSetOneTimePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagerClearSignInLock($email: String!) {\n    clearSignInLock(email: $email)\n  }\n"): typeof import('./graphql').ManagerClearSignInLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueVersions {\n    providers {\n      code\n      versions {\n        number\n        status\n        validFrom\n        inForce\n        superseded\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfiguratorAgencyDefaults {\n    me {\n      role\n      agency {\n        id\n        name\n        providerCode\n        defaultVolumes {\n          driverCode\n          quantity\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConfiguratorAgencyDefaultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationCatalogue($providerCode: String!, $version: Int) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      number\n      validFrom\n      currency\n      provider {\n        code\n        name\n      }\n      categories {\n        code\n        nameTranslations\n      }\n      drivers {\n        code\n        nameTranslations\n        unitTranslations\n        integer\n      }\n      serviceLevels {\n        code\n        nameTranslations\n        rank\n        surchargePercent\n        targets {\n          metric\n          nameTranslations\n          value\n          unit\n          serviceCode\n        }\n      }\n      services {\n        code\n        nameTranslations\n        kind\n        status\n        category\n      }\n      servicePackages {\n        code\n        nameTranslations\n        descriptionTranslations\n        serviceLevelCode\n        discountPercent\n        allowedAddOns\n        items {\n          serviceCode\n          included {\n            driverCode\n            quantity\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConfigurationCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerVersions {\n    providers {\n      code\n      name\n      country\n      locale\n      versions {\n        id\n        number\n        status\n        validFrom\n        inForce\n        superseded\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').ManagerVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceConfiguration($input: ConfigurationInput!) {\n    priceConfiguration(input: $input) {\n      ...PriceQuoteFields\n    }\n  }\n"): typeof import('./graphql').PriceConfigurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareConfigurations($inputs: [ConfigurationInput!]!) {\n    compareConfigurations(inputs: $inputs) {\n      ...PriceQuoteFields\n    }\n  }\n"): typeof import('./graphql').CompareConfigurationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceQuoteFields on PriceQuote {\n    currency\n    catalogueVersion\n    contractYears\n    startDate\n    upcomingChange {\n      catalogueVersion\n      validFrom\n    }\n    valid\n    servicePackageCode\n    serviceLevelCode\n    lines {\n      serviceCode\n      componentIndex\n      componentLabel\n      componentLabelTranslations\n      model\n      period\n      driverCode\n      quantity\n      billableQuantity\n      includedQuantity\n      amount\n      firstYear\n      lastYear\n    }\n    years {\n      year\n      oneTime\n      recurring\n      total\n    }\n    totals {\n      monthly\n      firstYear\n      contractTotal\n    }\n    issues {\n      code\n      severity\n      serviceCode\n      driverCode\n      otherServiceCode\n      requiredAnyOf\n    }\n  }\n"): typeof import('./graphql').PriceQuoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCatalogue($providerCode: String!, $version: Int) {\n    exportCatalogue(providerCode: $providerCode, version: $version)\n  }\n"): typeof import('./graphql').ExportCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteDetailFields on Quote {\n    id\n    reference\n    displayReference\n    name\n    status\n    revision\n    previousQuoteId\n    latestRevision\n    version\n    validUntil\n    expired\n    providerCode\n    catalogueVersion\n    startDate\n    configuration\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    decisionComment\n    agency {\n      id\n      name\n      organisationNumber\n    }\n    comments {\n      id\n      authorName\n      createdAt\n      text\n    }\n    price {\n      ...PriceQuoteFields\n    }\n  }\n"): typeof import('./graphql').QuoteDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quotes($first: Int, $after: String, $status: QuoteStatus) {\n    quotes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayReference\n          name\n          status\n          revision\n          validUntil\n          expired\n          agency {\n            id\n            name\n          }\n          price {\n            currency\n            totals {\n              firstYear\n              contractTotal\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QuotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetailFields\n    }\n  }\n"): typeof import('./graphql').QuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteCatalogueNames($providerCode: String!, $version: Int) {\n    catalogue(providerCode: $providerCode, version: $version) {\n      number\n      provider {\n        code\n        name\n      }\n      drivers {\n        code\n        nameTranslations\n      }\n      categories {\n        code\n        nameTranslations\n      }\n      serviceLevels {\n        code\n        nameTranslations\n        targets {\n          metric\n          nameTranslations\n          value\n          unit\n          serviceCode\n        }\n      }\n      services {\n        code\n        nameTranslations\n        category\n      }\n      servicePackages {\n        code\n        nameTranslations\n      }\n    }\n  }\n"): typeof import('./graphql').QuoteCatalogueNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuote($input: SaveQuoteInput!, $idempotencyKey: String) {\n    saveQuote(input: $input, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n"): typeof import('./graphql').SaveQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuote($id: ID!, $input: SaveQuoteInput!, $expectedVersion: Int!, $idempotencyKey: String) {\n    updateQuote(id: $id, input: $input, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n"): typeof import('./graphql').UpdateQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {\n    reviseQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n"): typeof import('./graphql').ReviseQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {\n    submitQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n"): typeof import('./graphql').SubmitQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {\n    withdrawQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {\n      ...QuoteDetailFields\n    }\n  }\n"): typeof import('./graphql').WithdrawQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddQuoteComment($id: ID!, $text: String!, $idempotencyKey: String) {\n    addQuoteComment(id: $id, text: $text, idempotencyKey: $idempotencyKey) {\n      id\n      authorName\n      createdAt\n      text\n    }\n  }\n"): typeof import('./graphql').AddQuoteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuoteChanged($id: ID!) {\n    quoteChanged(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').QuoteChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    providerCode\n    agency {\n      id\n      name\n    }\n    locale\n    mustChangePassword\n  }\n"): typeof import('./graphql').SessionUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      mustChangePassword\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
