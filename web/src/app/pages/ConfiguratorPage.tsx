import { useParams } from 'react-router';
import { Configurator } from '../../features/configurator/components/Configurator';
import { SaveQuote } from '../../features/quotes/components/SaveQuote';

/**
 * `/centres/:providerCode/configure?…`: the configurator (loaded on demand with the pricing
 * engine), with "Save as quote" beside the price.
 */
export default function ConfiguratorPage() {
  const { providerCode = '' } = useParams();
  return (
    <Configurator
      providerCode={providerCode}
      actions={(configuration, { complete }) => (
        <SaveQuote configuration={configuration} complete={complete} />
      )}
    />
  );
}
