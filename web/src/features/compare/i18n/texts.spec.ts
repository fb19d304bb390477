import { describeTranslations } from '../../../test/translations';
import da from './lazy/da.json';
import en from './lazy/en.json';
import fi from './lazy/fi.json';
import is from './lazy/is.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

describeTranslations('the texts of comparing across centres', en, { da, nb, sv, fi, is });
