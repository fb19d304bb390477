import { registerTexts } from '../../../i18n/register-texts';
import da from './lazy/da.json';
import en from './lazy/en.json';
import fi from './lazy/fi.json';
import is from './lazy/is.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

// Every part of the proposals feature loads on demand (the proposals page, and the link on the
// catalogue page), so its texts travel with that code rather than with the first route:
// features/*/i18n/*.json directly in this folder would be bundled eagerly.
registerTexts({ en, da, nb, sv, fi, is });
