import { registerTexts } from '../../../i18n/register-texts';
import da from './lazy/da.json';
import en from './lazy/en.json';
import fi from './lazy/fi.json';
import is from './lazy/is.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

// The comparison's texts across centres travel with its lazy route chunk (the rest of the page's
// texts are the shared ones under "compare").
registerTexts({ en, da, nb, sv, fi, is });
