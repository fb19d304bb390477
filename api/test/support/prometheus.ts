/** One sample of a Prometheus text exposition, keyed `name{label="value",…}` as written. */
export type PrometheusSamples = Map<string, number>;

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\.)*"';
// Prometheus parses NaN and Inf in any case (Go's ParseFloat); prom-client writes "Nan".
const VALUE = '(?:[Nn][Aa][Nn]|[+-]?[Ii][Nn][Ff]|[+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)';
const SAMPLE = new RegExp(`^(${NAME})(\\{(?:${LABEL}(?:,${LABEL})*,?)?\\})? (${VALUE})(?: -?\\d+)?$`);
const HELP = new RegExp(`^# HELP (${NAME}) .*$`);
const TYPE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SUFFIXES = ['_bucket', '_sum', '_count', '_total', '_created'];

/**
 * Parses the Prometheus text format (version 0.0.4) strictly: every line is a HELP, a TYPE or a
 * sample of a declared family, else it throws naming the line. Returns the samples.
 */
export function parsePrometheusText(text: string): PrometheusSamples {
  const families = new Set<string>();
  const samples: PrometheusSamples = new Map();
  text.split('\n').forEach((line, index) => {
    if (line === '' || HELP.test(line)) return;
    const type = TYPE.exec(line);
    if (type) {
      families.add(type[1]);
      return;
    }
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`line ${index + 1} is not Prometheus text: ${line}`);
    const [, name, labels = '', value] = sample;
    const family = [name, ...SUFFIXES.filter((s) => name.endsWith(s)).map((s) => name.slice(0, -s.length))];
    if (!family.some((candidate) => families.has(candidate))) {
      throw new Error(`line ${index + 1}: sample of an undeclared metric: ${line}`);
    }
    samples.set(`${name}${labels}`, Number(value));
  });
  return samples;
}
