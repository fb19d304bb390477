import { describeTranslations } from '../test/translations';
import agreementsDa from '../features/agreements/i18n/lazy/da.json';
import agreementsEn from '../features/agreements/i18n/lazy/en.json';
import agreementsFi from '../features/agreements/i18n/lazy/fi.json';
import agreementsIs from '../features/agreements/i18n/lazy/is.json';
import agreementsNb from '../features/agreements/i18n/lazy/nb.json';
import agreementsSv from '../features/agreements/i18n/lazy/sv.json';
import managerLinkDa from '../features/catalogue-editing/i18n/da.json';
import managerLinkEn from '../features/catalogue-editing/i18n/en.json';
import managerLinkFi from '../features/catalogue-editing/i18n/fi.json';
import managerLinkIs from '../features/catalogue-editing/i18n/is.json';
import managerLinkNb from '../features/catalogue-editing/i18n/nb.json';
import managerLinkSv from '../features/catalogue-editing/i18n/sv.json';
import quotesDa from '../components/quote/i18n/lazy/da.json';
import quotesEn from '../components/quote/i18n/lazy/en.json';
import quotesFi from '../components/quote/i18n/lazy/fi.json';
import quotesIs from '../components/quote/i18n/lazy/is.json';
import quotesNb from '../components/quote/i18n/lazy/nb.json';
import quotesSv from '../components/quote/i18n/lazy/sv.json';
import sessionDa from '../features/session/i18n/da.json';
import sessionEn from '../features/session/i18n/en.json';
import sessionFi from '../features/session/i18n/fi.json';
import sessionIs from '../features/session/i18n/is.json';
import sessionNb from '../features/session/i18n/nb.json';
import sessionSv from '../features/session/i18n/sv.json';
import da from './locales/da.json';
import en from './locales/en.json';
import fi from './locales/fi.json';
import is from './locales/is.json';
import nb from './locales/nb.json';
import sv from './locales/sv.json';

// The texts every page shares, and those of the features without a texts spec of their own.
describeTranslations('the shared interface texts', en, { da, nb, sv, fi, is });
describeTranslations('the quote texts', quotesEn, {
  da: quotesDa,
  nb: quotesNb,
  sv: quotesSv,
  fi: quotesFi,
  is: quotesIs,
});
describeTranslations('the sign-in texts', sessionEn, {
  da: sessionDa,
  nb: sessionNb,
  sv: sessionSv,
  fi: sessionFi,
  is: sessionIs,
});

// The manager's "Manage" link is on every page (the area's own texts are checked in its features).
describeTranslations('the header link to the manager area', managerLinkEn, {
  da: managerLinkDa,
  nb: managerLinkNb,
  sv: managerLinkSv,
  fi: managerLinkFi,
  is: managerLinkIs,
});
describeTranslations('the agreement texts', agreementsEn, {
  da: agreementsDa,
  nb: agreementsNb,
  sv: agreementsSv,
  fi: agreementsFi,
  is: agreementsIs,
});
