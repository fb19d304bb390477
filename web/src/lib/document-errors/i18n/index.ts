import { registerTexts } from '../../../i18n/register-texts';
import da from './lazy/da.json';
import en from './lazy/en.json';
import fi from './lazy/fi.json';
import is from './lazy/is.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

// Document errors are shown only in the account managers' area, so their texts travel with the
// code that shows them (a lazy route's chunk), not with the first route as the texts of
// features/*/i18n/<language>.json do.
registerTexts({ en, da, nb, sv, fi, is });
