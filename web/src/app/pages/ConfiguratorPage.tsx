import { useParams } from 'react-router';
import { Configurator } from '../../features/configurator/components/Configurator';

/** `/centres/:providerCode/configure?…`: the configurator (loaded on demand with the pricing engine). */
export default function ConfiguratorPage() {
  const { providerCode = '' } = useParams();
  return <Configurator providerCode={providerCode} />;
}
