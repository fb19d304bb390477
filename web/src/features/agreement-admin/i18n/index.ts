import { registerTexts } from '../../../i18n/register-texts';
import da from './lazy/da.json';
import en from './lazy/en.json';
import fi from './lazy/fi.json';
import is from './lazy/is.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

// The agreement pages' texts (under the manage area's `manager` key) travel with its lazy route.
registerTexts({ en, da, nb, sv, fi, is });
