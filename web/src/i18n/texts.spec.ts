import { describeTranslations } from '../test/translations';
import agreementsDa from '../features/agreements/i18n/lazy/da.json';
import agreementsEn from '../features/agreements/i18n/lazy/en.json';
import agreementsNb from '../features/agreements/i18n/lazy/nb.json';
import agreementsSv from '../features/agreements/i18n/lazy/sv.json';
import quotesDa from '../features/quotes/i18n/lazy/da.json';
import quotesEn from '../features/quotes/i18n/lazy/en.json';
import quotesNb from '../features/quotes/i18n/lazy/nb.json';
import quotesSv from '../features/quotes/i18n/lazy/sv.json';
import sessionDa from '../features/session/i18n/da.json';
import sessionEn from '../features/session/i18n/en.json';
import sessionNb from '../features/session/i18n/nb.json';
import sessionSv from '../features/session/i18n/sv.json';
import da from './locales/da.json';
import en from './locales/en.json';
import nb from './locales/nb.json';
import sv from './locales/sv.json';

// The texts every page shares, and those of the features without a texts spec of their own.
describeTranslations('the shared interface texts', en, { da, nb, sv });
describeTranslations('the quote texts', quotesEn, { da: quotesDa, nb: quotesNb, sv: quotesSv });
describeTranslations('the sign-in texts', sessionEn, { da: sessionDa, nb: sessionNb, sv: sessionSv });
describeTranslations('the agreement texts', agreementsEn, {
  da: agreementsDa,
  nb: agreementsNb,
  sv: agreementsSv,
});
