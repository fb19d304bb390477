import { useParams } from 'react-router';
import { Configurator } from '../../features/configurator/components/Configurator';
import { SaveQuote } from '../../features/quotes/components/SaveQuote';

/**
 * `/centres/:providerCode/configure?…`: the configurator (loaded on demand with the pricing
 * engine), with "Save as quote" beside the price. A signed-in customer's new configuration starts
 * with their agency's default volumes.
 */
export default function ConfiguratorPage() {
  const { providerCode = '' } = useParams();
  return (
    <Configurator
      providerCode={providerCode}
      startWithAgencyDefaults
      actions={(configuration, { complete }) => (
        <SaveQuote configuration={configuration} complete={complete} />
      )}
    />
  );
}
