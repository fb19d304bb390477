import { registerTexts } from '../../../i18n/register-texts';
import da from './lazy/da.json';
import en from './lazy/en.json';
import fi from './lazy/fi.json';
import is from './lazy/is.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

// The manager area's texts travel with its lazy route, not with the first route: JSON files
// directly in this folder are bundled eagerly (only the "Manage" link's text lives there).
registerTexts({ en, da, nb, sv, fi, is });
