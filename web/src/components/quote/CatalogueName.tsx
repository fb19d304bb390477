import { LangText, type CatalogueString } from '../ui/CatalogueText';

/**
 * A catalogue item by its name in the reader's language; with `showCode` (the centre's own staff,
 * who also work with codes) its code follows, secondary: "Lønservice (LON-REGNSKAB)". The code is
 * not repeated when no name is known and the code stands in for it.
 */
export function CatalogueName({
  name,
  code,
  showCode,
}: {
  name: CatalogueString;
  code: string;
  showCode: boolean;
}) {
  return (
    <>
      <LangText {...name} />
      {showCode && name.text !== code && <span className="catalogue-code"> ({code})</span>}
    </>
  );
}
