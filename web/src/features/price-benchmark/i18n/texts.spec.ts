import { describeTranslations } from '../../../test/translations';
import daLink from './da.json';
import enLink from './en.json';
import nbLink from './nb.json';
import svLink from './sv.json';
import da from './lazy/da.json';
import en from './lazy/en.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

describeTranslations('the price benchmark texts', en, { da, nb, sv });
describeTranslations('the header link to the price benchmark', enLink, {
  da: daLink,
  nb: nbLink,
  sv: svLink,
});
