import type { IntakeFormState, TextPath } from './use-intake-form';
import { readText } from './use-intake-form';

/** Props that tie a field to the form by its store path: value, change, leave, message. */
export function bind(state: IntakeFormState, path: TextPath) {
  return {
    id: path,
    value: readText(state.form, path),
    onText: (text: string) => state.setText(path, text),
    onBlur: () => state.touch(path),
    errorKey: state.errorOf(path),
    'data-field': path,
  };
}
