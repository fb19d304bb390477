import saDk from './catalogues/sa-dk.json' with { type: 'json' };
import dfoNo from './catalogues/dfo-no.json' with { type: 'json' };
import sscSe from './catalogues/ssc-se.json' with { type: 'json' };
import palkeetFi from './catalogues/palkeet-fi.json' with { type: 'json' };
import fjsIs from './catalogues/fjs-is.json' with { type: 'json' };
import type { Role } from '../auth/actor.js';

/** The five demo catalogues, kept as catalogue documents (DESIGN, "Demo data"). */
export const DEMO_CATALOGUES: readonly unknown[] = [saDk, dfoNo, sscSe, palkeetFi, fjsIs];

/**
 * The languages every text of a centre's demo catalogue is written in: the centre's own language(s)
 * and English (DESIGN, "Centres side by side": Finland is bilingual, so Palkeet writes fi and sv).
 */
export const DEMO_CATALOGUE_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  'SA-DK': ['da', 'en'],
  'DFO-NO': ['nb', 'en'],
  'SSC-SE': ['sv', 'en'],
  'PALKEET-FI': ['fi', 'sv', 'en'],
  'FJS-IS': ['is', 'en'],
};

export interface DemoAgency {
  key: string;
  name: string;
  country: string;
  /** Made up for the demo: passes the country's check digit, is not a real registration. */
  organisationNumber: string;
  providerCode: string;
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  {
    key: 'dk',
    name: 'Eksempelstyrelsen',
    country: 'DK',
    organisationNumber: '31250005',
    providerCode: 'SA-DK',
  },
  {
    key: 'no',
    name: 'Eksempeldirektoratet',
    country: 'NO',
    organisationNumber: '912345009',
    providerCode: 'DFO-NO',
  },
  {
    key: 'se',
    name: 'Exempelmyndigheten',
    country: 'SE',
    organisationNumber: '202200-1008',
    providerCode: 'SSC-SE',
  },
  {
    key: 'fi',
    name: 'Esimerkkivirasto',
    country: 'FI',
    organisationNumber: '2345678-0',
    providerCode: 'PALKEET-FI',
  },
  {
    key: 'is',
    name: 'Dæmastofnun',
    country: 'IS',
    organisationNumber: '550120-1279',
    providerCode: 'FJS-IS',
  },
];

/** Demo-only password of every demo user; listed in the README. Never loaded outside demo data. */
export const DEMO_PASSWORD = 'servicekatalog-demo';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  providerCode?: string;
  agencyKey?: string;
  locale: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.servicekatalog.example', name: 'Demo Administrator', role: 'ADMIN', locale: 'en' },
  {
    email: 'manager.sa-dk@demo.servicekatalog.example',
    name: 'Mette Kundeansvarlig',
    role: 'ACCOUNT_MANAGER',
    providerCode: 'SA-DK',
    locale: 'da',
  },
  {
    email: 'manager.dfo-no@demo.servicekatalog.example',
    name: 'Nils Kundeansvarlig',
    role: 'ACCOUNT_MANAGER',
    providerCode: 'DFO-NO',
    locale: 'nb',
  },
  {
    email: 'manager.ssc-se@demo.servicekatalog.example',
    name: 'Sara Kundansvarig',
    role: 'ACCOUNT_MANAGER',
    providerCode: 'SSC-SE',
    locale: 'sv',
  },
  {
    email: 'manager.palkeet-fi@demo.servicekatalog.example',
    name: 'Pia Asiakkuuspäällikkö',
    role: 'ACCOUNT_MANAGER',
    providerCode: 'PALKEET-FI',
    locale: 'fi',
  },
  {
    email: 'manager.fjs-is@demo.servicekatalog.example',
    name: 'Sigrún Þjónustustjóri',
    role: 'ACCOUNT_MANAGER',
    providerCode: 'FJS-IS',
    locale: 'is',
  },
  {
    email: 'kunde@eksempelstyrelsen.example',
    name: 'Karen Økonomimedarbejder',
    role: 'CUSTOMER',
    agencyKey: 'dk',
    locale: 'da',
  },
  {
    email: 'kunde@eksempeldirektoratet.example',
    name: 'Kari Økonomirådgiver',
    role: 'CUSTOMER',
    agencyKey: 'no',
    locale: 'nb',
  },
];
