import { Benchmarks } from '../../features/benchmarks/components/Benchmarks';

/** `/benchmarks[?centre=…&kpi=…]`: the centres' published unit costs (public). */
export default function BenchmarksPage() {
  return <Benchmarks />;
}
