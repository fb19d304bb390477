import { registerTexts } from '../../../i18n/register-texts';
import da from './lazy/da.json';
import en from './lazy/en.json';
import fi from './lazy/fi.json';
import is from './lazy/is.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

// The pages' texts travel with their lazy route chunks; only the header link's text (./<lang>.json
// beside this file) is bundled with the first route.
registerTexts({ en, da, nb, sv, fi, is });
