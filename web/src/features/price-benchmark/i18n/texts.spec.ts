import { describeTranslations } from '../../../test/translations';
import daLink from './da.json';
import enLink from './en.json';
import fiLink from './fi.json';
import isLink from './is.json';
import nbLink from './nb.json';
import svLink from './sv.json';
import da from './lazy/da.json';
import en from './lazy/en.json';
import fi from './lazy/fi.json';
import is from './lazy/is.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

describeTranslations('the price benchmark texts', en, { da, nb, sv, fi, is });
describeTranslations('the header link to the price benchmark', enLink, {
  da: daLink,
  nb: nbLink,
  sv: svLink,
  fi: fiLink,
  is: isLink,
});
