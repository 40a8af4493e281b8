import { splitList, parseChoice } from '../../src/lib/inputs.js';
import { ConfigurationError } from '../../src/lib/errors.js';
test('splitList', () => {
  expect(splitList('a, b\n# c\nd')).toEqual(['a', 'b', 'd']);
  expect(() => parseChoice('fail-on', 'severe', ['critical', 'high'])).toThrow(ConfigurationError);
});
