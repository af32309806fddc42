import type { FormInstance } from 'antd';
import type { ApiError } from '../../../contract/result';
import { issueText } from '../lib/errors';

/**
 * Puts main's field issues on the form fields they name (`path` → field), and
 * says whether any landed, so the caller shows a general message only for the rest.
 */
export function showFieldIssues<T>(form: FormInstance<T>, error: ApiError, fields: Record<string, string>): boolean {
  const onForm = (error.issues ?? []).filter((i) => fields[i.path]);
  form.setFields(onForm.map((i) => ({ name: fields[i.path]! as never, errors: [issueText(i.message)] })));
  return onForm.length > 0;
}
