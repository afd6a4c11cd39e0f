/** A JSON Schema (draft 2020-12) validator for the open data tests: Ajv, strict, all errors named. */
import { Ajv2020 } from 'ajv/dist/2020.js';

export function validator(schema: object): (data: unknown) => string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`));
}
